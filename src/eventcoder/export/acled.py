"""ACLED-compatible CSV: ACLED's columns in ACLED's order and spellings, then eventcoder's.

Inter codes are ACLED's numeric actor types (1 state forces ... 8 external/other
forces) from each actor's kind; ``interaction`` joins the two codes, the smaller
first (``17``), or is the first code times ten when there is no second actor.
``region`` is left empty: ACLED's regions are its own grouping of countries.
"""

from __future__ import annotations

import csv
import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eventcoder.export.common import acled_vocabulary, actor_kind, country

if TYPE_CHECKING:
    from eventcoder.store import EventFilter, Store

log = logging.getLogger(__name__)

#: ACLED's columns, in ACLED's order.
ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)

#: eventcoder's columns after ACLED's.
EXTRA_COLUMNS: tuple[str, ...] = (
    "eventcoder_event_id", "date_end", "fatalities_low", "fatalities_high", "n_sources",
    "doc_ids", "confidence",
)


def _spelled(name: Any, spelled: dict[str, str]) -> Any:
    return spelled.get(name, name) if isinstance(name, str) else name


def inter_code(record: dict[str, Any], actor: str | None) -> int | None:
    kind = actor_kind(record, actor)
    if kind is None:
        return None
    codes: dict[str, int] = acled_vocabulary()["inter_codes"]
    return codes.get(kind)


def acled_row(record: dict[str, Any], *, sources: dict[str, str | None],
              updated: str | None = None) -> dict[str, Any]:
    """One merged event as an ACLED row (``sources``: each document's outlet)."""
    vocabulary = acled_vocabulary()
    location = record.get("location") or {}
    name, numeric, alpha3 = country(location.get("country"))
    event_type = record.get("event_type")
    sub_event_type = record.get("sub_event_type")
    inter1 = inter_code(record, record.get("actor1"))
    inter2 = inter_code(record, record.get("actor2"))
    if inter1 is not None and inter2 is not None:
        interaction: int | None = int(f"{min(inter1, inter2)}{max(inter1, inter2)}")
    else:
        interaction = inter1 * 10 if inter1 is not None else None
    disorder = vocabulary["disorder_types_by_sub_event_type"].get(
        sub_event_type, vocabulary["disorder_types"].get(event_type))
    targeted = disorder and "Political violence" in disorder and any(
        actor_kind(record, a) == "civilians"
        for a in (record.get("actor2"), *(record.get("assoc_actor_2") or [])))
    spelled: dict[str, str] = record.get("actor_acled_names") or {}
    doc_ids = record.get("doc_ids") or [record.get("doc_id")]
    outlets = list(dict.fromkeys(s for s in (sources.get(d) for d in doc_ids) if s))
    day = record.get("date_start")
    timestamp = None
    if updated:
        timestamp = int(datetime.fromisoformat(updated).timestamp())
    event_id = record.get("event_id") or ""
    return {
        "event_id_cnty": f"{alpha3 or 'XXX'}-{event_id}",
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": record.get("time_precision"),
        "disorder_type": disorder,
        "event_type": vocabulary["event_types"].get(event_type, event_type),
        "sub_event_type": vocabulary["sub_event_types"].get(sub_event_type, sub_event_type),
        # actors in ACLED's naming where it differs from eventcoder's
        "actor1": _spelled(record.get("actor1"), spelled),
        "assoc_actor_1": "; ".join(_spelled(a, spelled) for a in record.get("assoc_actor_1")
                                   or []),
        "inter1": inter1,
        "actor2": _spelled(record.get("actor2"), spelled),
        "assoc_actor_2": "; ".join(_spelled(a, spelled) for a in record.get("assoc_actor_2")
                                   or []),
        "inter2": inter2,
        "interaction": interaction,
        "civilian_targeting": "Civilian targeting" if targeted else "",
        "iso": numeric,
        "region": "",
        "country": name,
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "admin3": location.get("admin3") or "",
        "location": location.get("place") or location.get("name"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "geo_precision": location.get("geo_precision"),
        "source": "; ".join(outlets),
        "source_scale": "",
        "notes": record.get("notes") or "",
        "fatalities": record.get("fatalities") or 0,
        "tags": "",
        "timestamp": timestamp,
        "eventcoder_event_id": event_id,
        "date_end": record.get("date_end"),
        "fatalities_low": record.get("fatalities_low"),
        "fatalities_high": record.get("fatalities_high"),
        "n_sources": record.get("n_sources") or len(doc_ids),
        "doc_ids": "; ".join(d for d in doc_ids if d),
        "confidence": record.get("confidence"),
    }


def write(store: Store, path: Path, filters: EventFilter | None = None) -> int:
    """Write the selected events as ACLED-compatible CSV; returns how many."""
    sources = store.document_sources()
    count = 0
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*ACLED_COLUMNS, *EXTRA_COLUMNS])
        writer.writeheader()
        for record in store.iter_events(filters):
            writer.writerow(acled_row(record, sources=sources, updated=record.get("updated_at")))
            count += 1
    return count
