"""Country names and ISO numeric codes, as coded datasets write them, to ISO 3166 alpha-2."""

from __future__ import annotations

import functools
import json
from importlib import resources

import pycountry


@functools.cache
def _aliases() -> dict[str, str]:
    path = resources.files("eventcoder").joinpath("data/evaluate/country_aliases.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k.casefold(): v for k, v in data["aliases"].items()}


@functools.cache
def iso2_from_name(name: str | None) -> str | None:
    """``Democratic Republic of Congo`` -> ``CD``; None when the name is unknown or empty."""
    if not name or not name.strip():
        return None
    key = name.strip().casefold()
    alias = _aliases().get(key)
    if alias is not None:
        return alias or None
    try:
        return str(pycountry.countries.lookup(name.strip()).alpha_2)
    except LookupError:
        return None


@functools.cache
def iso2_from_numeric(numeric: str | int | None) -> str | None:
    """ISO 3166 numeric code (``804``, ``"076"``) -> alpha-2 (``UA``, ``BR``)."""
    if numeric is None or str(numeric).strip() in ("", "0"):
        return None
    try:
        code = f"{int(float(str(numeric).strip())):03d}"
    except ValueError:
        return None
    country = pycountry.countries.get(numeric=code)
    return str(country.alpha_2) if country is not None else None


def iso2(name: str | None, numeric: str | int | None = None) -> str | None:
    """The alpha-2 code from the numeric code where it resolves, else from the name."""
    return iso2_from_numeric(numeric) or iso2_from_name(name)
