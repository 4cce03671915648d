"""Events as flat rows: one column a value, for DataFrames, Parquet and GeoJSON properties."""

from __future__ import annotations

import json
from typing import Any

#: The flat columns of an event, in order.
FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "event_type", "sub_event_type", "date_start", "date_end", "time_precision",
    "date_basis", "location_name", "place", "country", "admin1", "admin2", "latitude",
    "longitude", "geo_precision", "geonames_id", "actor1", "assoc_actor_1", "actor2",
    "assoc_actor_2", "fatalities", "fatalities_low", "fatalities_high", "killed", "wounded",
    "detained", "abducted", "equipment", "background", "notes", "confidence", "n_sources",
    "doc_ids", "extractor",
)


def casualty_totals(record: dict[str, Any]) -> dict[str, int | None]:
    """Best counts of people killed, wounded, detained and abducted over all parties."""
    totals: dict[str, int | None] = {"killed": None, "wounded": None, "detained": None,
                                     "abducted": None}
    for casualty in record.get("casualties") or []:
        kind = casualty.get("kind")
        count = casualty.get("count")
        if kind not in totals:
            continue
        if count is None:
            count = casualty.get("low")
        if count is not None:
            totals[kind] = (totals[kind] or 0) + int(count)
        elif totals[kind] is None and casualty.get("qualifier") == "zero":
            totals[kind] = 0
    return totals


def flat_event(record: dict[str, Any]) -> dict[str, Any]:
    """One event record as a flat row (lists joined with ``; ``)."""
    location = record.get("location") or {}
    row: dict[str, Any] = {
        "event_id": record.get("event_id"),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "date_start": record.get("date_start"),
        "date_end": record.get("date_end"),
        "time_precision": record.get("time_precision"),
        "date_basis": record.get("date_basis"),
        "location_name": location.get("name"),
        "place": location.get("place"),
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "geo_precision": location.get("geo_precision"),
        "geonames_id": location.get("geonames_id"),
        "actor1": record.get("actor1"),
        "assoc_actor_1": "; ".join(record.get("assoc_actor_1") or []),
        "actor2": record.get("actor2"),
        "assoc_actor_2": "; ".join(record.get("assoc_actor_2") or []),
        "fatalities": record.get("fatalities"),
        "fatalities_low": record.get("fatalities_low"),
        "fatalities_high": record.get("fatalities_high"),
        **casualty_totals(record),
        "equipment": "; ".join(record.get("equipment") or []),
        "background": bool(record.get("background")),
        "notes": record.get("notes") or "",
        "confidence": record.get("confidence"),
        "n_sources": record.get("n_sources") or len(record.get("doc_ids") or []) or 1,
        "doc_ids": "; ".join(record.get("doc_ids") or [record.get("doc_id") or ""]),
        "extractor": record.get("extractor"),
    }
    return row


def json_cell(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)
