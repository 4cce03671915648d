"""Exports of the corpus store: ACLED- and UCDP-compatible CSV, GeoJSON, Parquet, JSON Lines.

Each format is a writer ``(store, path, filters) -> int`` registered in
:data:`EXPORTERS` under the name ``eventcoder export --format`` takes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from eventcoder.store import EventFilter, Store

Writer = Callable[["Store", Path, "EventFilter | None"], int]


def _acled(store: Store, path: Path, filters: EventFilter | None) -> int:
    from eventcoder.export import acled

    return acled.write(store, path, filters)


def _ucdp(store: Store, path: Path, filters: EventFilter | None) -> int:
    from eventcoder.export import ucdp

    return ucdp.write(store, path, filters)


def _geojson(store: Store, path: Path, filters: EventFilter | None) -> int:
    from eventcoder.export import geojson

    return geojson.write(store, path, filters)


def _parquet(store: Store, path: Path, filters: EventFilter | None) -> int:
    from eventcoder.export import parquet

    return parquet.write(store, path, filters)


def _jsonl(store: Store, path: Path, filters: EventFilter | None) -> int:
    from eventcoder.export import jsonl

    return jsonl.write(store, path, filters)


#: Export formats by name; each writes the events ``filters`` selects and returns their number.
EXPORTERS: dict[str, Writer] = {
    "acled-csv": _acled,
    "ucdp-csv": _ucdp,
    "geojson": _geojson,
    "parquet": _parquet,
    "jsonl": _jsonl,
}

__all__ = ["EXPORTERS", "Writer"]
