"""UCDP GED-compatible CSV: best/low/high deaths, deaths per side, date and place precision.

Deaths are split as UCDP does: ``deaths_civilians`` for parties that are civilians,
``deaths_a`` for side A (actor1 and its associates), ``deaths_b`` for side B, the rest
``deaths_unknown``. ``type_of_violence`` is 1 (state-based) when one side is a state's
forces, 3 (one-sided) when side B is civilians, 2 (non-state) otherwise, and empty
for events that are not political violence.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.export.common import actor_kind, country, killed

if TYPE_CHECKING:
    from eventcoder.store import EventFilter, Store

#: UCDP GED's columns eventcoder fills, in GED's order.
UCDP_COLUMNS: tuple[str, ...] = (
    "id", "year", "type_of_violence", "side_a", "side_b", "number_of_sources",
    "source_article", "where_prec", "where_coordinates", "adm_1", "adm_2", "latitude",
    "longitude", "country", "country_id", "date_prec", "date_start", "date_end", "deaths_a",
    "deaths_b", "deaths_civilians", "deaths_unknown", "best", "high", "low",
)

_VIOLENT = {"battles", "explosions_remote_violence", "violence_against_civilians"}


def date_precision(start: str | None, end: str | None) -> int | None:
    """UCDP's date_prec: 1 the day, 2 two to six days, 3 a week, 4 a month, 5 longer."""
    if not start:
        return None
    try:
        days = (date.fromisoformat(end or start) - date.fromisoformat(start)).days
    except ValueError:
        return None
    if days <= 0:
        return 1
    if days <= 5:
        return 2
    if days <= 7:
        return 3
    if days <= 31:
        return 4
    return 5


def where_precision(location: dict[str, Any]) -> int | None:
    """UCDP's where_prec from ACLED's geo_precision: 1 the place, 2 near it, 4 a province."""
    precision = location.get("geo_precision")
    if precision == 1:
        return 1
    if precision == 2:
        return 2
    if precision == 3 or (location.get("admin1") and not location.get("place")):
        return 4
    if location.get("country"):
        return 6
    return None


def deaths(record: dict[str, Any]) -> dict[str, int]:
    """Best, low and high deaths and the best deaths of each side."""
    side_a = {record.get("actor1"), *(record.get("assoc_actor_1") or [])} - {None}
    side_b = {record.get("actor2"), *(record.get("assoc_actor_2") or [])} - {None}
    out = {"deaths_a": 0, "deaths_b": 0, "deaths_civilians": 0, "deaths_unknown": 0,
           "best": 0, "low": 0, "high": 0}
    for casualty in killed(record):
        count = casualty.get("count")
        low = casualty.get("low")
        high = casualty.get("high")
        best = count if count is not None else (low or 0)
        out["best"] += best
        out["low"] += low if low is not None else best
        out["high"] += high if high is not None else best
        party = casualty.get("party")
        if actor_kind(record, party) == "civilians":
            out["deaths_civilians"] += best
        elif party in side_a:
            out["deaths_a"] += best
        elif party in side_b:
            out["deaths_b"] += best
        else:
            out["deaths_unknown"] += best
    if not killed(record) and record.get("fatalities"):
        fatalities = int(record["fatalities"])
        out.update(best=fatalities, low=fatalities, high=fatalities, deaths_unknown=fatalities)
    return out


def type_of_violence(record: dict[str, Any]) -> int | None:
    if record.get("event_type") not in _VIOLENT:
        return None
    kind_a = actor_kind(record, record.get("actor1"))
    kind_b = actor_kind(record, record.get("actor2"))
    if kind_b == "civilians" or kind_a == "civilians":
        return 3
    if "state_forces" in (kind_a, kind_b):
        return 1
    return 2


def ucdp_row(record: dict[str, Any]) -> dict[str, Any]:
    location = record.get("location") or {}
    name, numeric, _ = country(location.get("country"))
    lat, lon = location.get("latitude"), location.get("longitude")
    start = record.get("date_start")
    return {
        "id": record.get("event_id"),
        "year": int(start[:4]) if start else None,
        "type_of_violence": type_of_violence(record),
        "side_a": record.get("actor1"),
        "side_b": record.get("actor2"),
        "number_of_sources": record.get("n_sources") or len(record.get("doc_ids") or []) or 1,
        "source_article": "; ".join(record.get("doc_ids") or []),
        "where_prec": where_precision(location),
        "where_coordinates": location.get("place") or location.get("name"),
        "adm_1": location.get("admin1"),
        "adm_2": location.get("admin2"),
        "latitude": lat,
        "longitude": lon,
        "country": name,
        "country_id": numeric,
        "date_prec": date_precision(start, record.get("date_end")),
        "date_start": start,
        "date_end": record.get("date_end") or start,
        **deaths(record),
    }


def write(store: Store, path: Path, filters: EventFilter | None = None) -> int:
    """Write the selected events as UCDP GED-compatible CSV; returns how many."""
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(UCDP_COLUMNS), extrasaction="ignore")
        writer.writeheader()
        for record in store.iter_events(filters):
            writer.writerow(ucdp_row(record))
            count += 1
    return count
