"""What the exports share: the ACLED vocabulary, country names and codes, casualty sums."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def acled_vocabulary() -> dict[str, Any]:
    """ACLED's spellings of event types, sub-types, disorder types and inter codes."""
    text = resources.files("eventcoder.data").joinpath("acled_vocabulary.json").read_text(
        encoding="utf-8")
    vocabulary: dict[str, Any] = json.loads(text)
    return vocabulary


@cache
def country(code: str | None) -> tuple[str | None, int | None, str | None]:
    """Name, ISO 3166 numeric code and alpha-3 code of an alpha-2 country code."""
    if not code:
        return None, None, None
    import pycountry

    found = pycountry.countries.get(alpha_2=code.upper())
    if found is None:
        return code, None, None
    return (getattr(found, "common_name", None) or found.name, int(found.numeric),
            found.alpha_3)


def killed(record: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in record.get("casualties") or [] if c.get("kind") == "killed"]


def actor_kind(record: dict[str, Any], name: str | None) -> str | None:
    if not name:
        return None
    kinds = record.get("actor_kinds") or {}
    kind = kinds.get(name)
    if kind is None and name.lower().startswith("civilians"):
        return "civilians"
    return kind
