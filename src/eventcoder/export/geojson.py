"""GeoJSON: a FeatureCollection of events, a Point each (null geometry when not geocoded)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.export.flat import flat_event

if TYPE_CHECKING:
    from eventcoder.store import EventFilter, Store


def feature(record: dict[str, Any]) -> dict[str, Any]:
    location = record.get("location") or {}
    lat, lon = location.get("latitude"), location.get("longitude")
    geometry = ({"type": "Point", "coordinates": [lon, lat]}
                if lat is not None and lon is not None else None)
    return {"type": "Feature", "id": record.get("event_id"), "geometry": geometry,
            "properties": flat_event(record)}


def write(store: Store, path: Path, filters: EventFilter | None = None) -> int:
    """Write the selected events as a GeoJSON FeatureCollection; returns how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8") as handle:
        handle.write('{"type": "FeatureCollection", "features": [\n')
        for record in store.iter_events(filters):
            if count:
                handle.write(",\n")
            handle.write(json.dumps(feature(record), ensure_ascii=False))
            count += 1
        handle.write("\n]}\n")
    return count
