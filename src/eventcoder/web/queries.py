"""Read-only queries the dashboard needs beyond the store's own: map points, daily counts,
facets, document texts and tally trees.

They use the store's tables and its :func:`~eventcoder.store.api.event_conditions`, so the
filters mean exactly what they mean for ``eventcoder events`` and the exports, and every
value reaches the database as a bound parameter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any, Literal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from eventcoder.store import EventFilter, Store
from eventcoder.store.api import event_conditions
from eventcoder.store.schema import DocumentRow, EventRow

Interval = Literal["week", "month"]

#: Above this many days between the first and last event, ``auto`` counts by month.
WEEKLY_SPAN_DAYS = 200


def map_points(store: Store, filters: EventFilter, *, limit: int) -> dict[str, Any]:
    """Located events as compact points, biggest first, and how many have no coordinates."""
    conditions = event_conditions(filters)
    located = [*conditions, EventRow.latitude.is_not(None), EventRow.longitude.is_not(None)]
    query = (
        select(EventRow.event_id, EventRow.latitude, EventRow.longitude, EventRow.event_type,
               EventRow.sub_event_type, EventRow.fatalities, EventRow.date_start,
               EventRow.location_name, EventRow.country, EventRow.n_sources,
               EventRow.geo_precision)
        .where(*located)
        .order_by(func.coalesce(EventRow.fatalities, 0).desc(), EventRow.event_id)
        .limit(limit)
    )
    with Session(store.engine) as session:
        points = [
            {"event_id": r.event_id, "lat": r.latitude, "lon": r.longitude,
             "event_type": r.event_type, "sub_event_type": r.sub_event_type,
             "fatalities": r.fatalities, "date": r.date_start, "location": r.location_name,
             "country": r.country, "n_sources": r.n_sources, "geo_precision": r.geo_precision}
            for r in session.execute(query)
        ]
        n_located = int(session.scalar(
            select(func.count()).select_from(EventRow).where(*located)) or 0)
        n_all = int(session.scalar(
            select(func.count()).select_from(EventRow).where(*conditions)) or 0)
    return {"points": points, "located": n_located, "unlocated": n_all - n_located,
            "truncated": n_located > len(points)}


def daily_counts(store: Store, filters: EventFilter) -> list[tuple[str, str, int, int]]:
    """``(day, event_type, events, fatalities)`` for every day with matching events."""
    day = func.substr(EventRow.date_start, 1, 10)
    query = (
        select(day.label("day"), func.coalesce(EventRow.event_type, "unknown").label("type"),
               func.count().label("events"),
               func.coalesce(func.sum(EventRow.fatalities), 0).label("fatalities"))
        .where(*event_conditions(filters), EventRow.date_start.is_not(None))
        .group_by(day, func.coalesce(EventRow.event_type, "unknown"))
        .order_by(day)
    )
    with Session(store.engine) as session:
        return [(str(r.day), str(r.type), int(r.events), int(r.fatalities))
                for r in session.execute(query)]


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _bucket_start(day: date, interval: Interval) -> date:
    if interval == "week":
        return day - timedelta(days=day.weekday())
    return day.replace(day=1)


def _next_bucket(start: date, interval: Interval) -> date:
    if interval == "week":
        return start + timedelta(days=7)
    return date(start.year + start.month // 12, start.month % 12 + 1, 1)


@dataclass(slots=True)
class Timeline:
    """Events and fatalities per period, stacked by event type."""

    interval: Interval
    types: list[str] = field(default_factory=list)
    buckets: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"interval": self.interval, "types": self.types, "buckets": self.buckets}


def timeline(rows: Sequence[tuple[str, str, int, int]],
             interval: Interval | Literal["auto"] = "auto") -> Timeline:
    """Bucket daily counts by week (Monday first) or month, with the empty periods between."""
    dated = [(d, t, n, k) for day, t, n, k in rows if (d := _parse_day(day)) is not None]
    if not dated:
        return Timeline(interval="month" if interval == "auto" else interval)
    first = min(d for d, *_ in dated)
    last = max(d for d, *_ in dated)
    chosen: Interval
    if interval == "auto":
        chosen = "week" if (last - first).days <= WEEKLY_SPAN_DAYS else "month"
    else:
        chosen = interval
    totals: dict[date, dict[str, list[int]]] = defaultdict(dict)
    type_totals: dict[str, int] = defaultdict(int)
    for day, event_type, events, fatalities in dated:
        cell = totals[_bucket_start(day, chosen)].setdefault(event_type, [0, 0])
        cell[0] += events
        cell[1] += fatalities
        type_totals[event_type] += events
    types = sorted(type_totals, key=lambda t: (-type_totals[t], t))
    buckets: list[dict[str, Any]] = []
    start = _bucket_start(first, chosen)
    end_limit = _bucket_start(last, chosen)
    while start <= end_limit:
        after = _next_bucket(start, chosen)
        cells = totals.get(start, {})
        buckets.append({
            "start": start.isoformat(),
            "end": (after - timedelta(days=1)).isoformat(),
            "events": sum(c[0] for c in cells.values()),
            "fatalities": sum(c[1] for c in cells.values()),
            "by_type": {t: {"events": c[0], "fatalities": c[1]} for t, c in cells.items()},
        })
        start = after
    return Timeline(interval=chosen, types=types, buckets=buckets)


def facets(store: Store, filters: EventFilter, *, top: int = 200) -> dict[str, Any]:
    """The values each filter can take, counted under the other filters.

    Each facet ignores its own filter, so choosing a country still lists the others.
    """
    def counted(key: str, without: dict[str, Any]) -> list[dict[str, Any]]:
        rows = store.stats([key], replace(filters, **without))
        values = [{"value": r[key], "events": r["events"], "fatalities": r["fatalities"]}
                  for r in rows if r[key]]
        values.sort(key=lambda v: (-v["events"], str(v["value"])))
        return values[:top]

    actors: dict[str, int] = defaultdict(int)
    for key in ("actor", "actor2"):
        for item in counted(key, {"actor": None}):
            actors[str(item["value"])] += int(item["events"])
    with Session(store.engine) as session:
        span = session.execute(
            select(func.min(EventRow.date_start), func.max(func.coalesce(EventRow.date_end,
                                                                         EventRow.date_start)))
        ).one()
    return {
        "country": counted("country", {"country": None, "admin1": None}),
        "admin1": counted("admin1", {"admin1": None}),
        "event_type": counted("event_type", {"event_type": None, "sub_event_type": None}),
        "sub_event_type": counted("sub_event_type", {"sub_event_type": None}),
        "actor": [{"value": name, "events": n} for name, n in
                  sorted(actors.items(), key=lambda kv: (-kv[1], kv[0]))[:top]],
        "date_min": span[0],
        "date_max": span[1],
    }


def document_texts(store: Store, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Text and metadata of the given documents, by id."""
    wanted = list(dict.fromkeys(doc_ids))
    out: dict[str, dict[str, Any]] = {}
    with Session(store.engine) as session:
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            query = select(DocumentRow.doc_id, DocumentRow.text, DocumentRow.source,
                           DocumentRow.title, DocumentRow.url, DocumentRow.published
                           ).where(DocumentRow.doc_id.in_(chunk))
            for row in session.execute(query):
                out[row.doc_id] = {"doc_id": row.doc_id, "text": row.text or "",
                                   "source": row.source, "title": row.title, "url": row.url,
                                   "published": row.published}
    return out


@dataclass(slots=True)
class TallyNode:
    """A tally and the tallies that break it down."""

    tally: dict[str, Any]
    children: list[TallyNode] = field(default_factory=list)
    findings: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {**self.tally, "findings": self.findings,
                "children": [c.to_dict() for c in self.children]}


def tally_forest(
    tallies: Sequence[dict[str, Any]], findings: Sequence[dict[str, Any]],
) -> tuple[list[TallyNode], list[dict[str, Any]]]:
    """Tallies as trees (each under the tally it breaks down) and findings tied to them.

    A finding names source tallies (``doc:tally:N``); merged tallies list theirs in
    ``members``. Each returned finding gains ``total_id`` and ``part_ids`` (merged
    ids) and the values of its parts; findings about tallies not in ``tallies`` are
    dropped.
    """
    nodes = {str(t["tally_id"]): TallyNode(tally=t) for t in tallies if t.get("tally_id")}
    by_member: dict[str, str] = {}
    for tally_id, node in nodes.items():
        by_member[tally_id] = tally_id
        for member in node.tally.get("members") or []:
            by_member[str(member)] = tally_id
    roots: list[TallyNode] = []
    for node in nodes.values():
        parent = node.tally.get("parent")
        if parent and parent in nodes and parent != node.tally.get("tally_id"):
            nodes[parent].children.append(node)
        else:
            roots.append(node)
    tied: list[dict[str, Any]] = []
    for finding in findings:
        total_id = by_member.get(str(finding.get("total_tally")))
        if total_id is None:
            continue
        part_ids = [by_member.get(str(p)) for p in finding.get("part_tallies") or []]
        parts = [nodes[p].tally if p else None for p in part_ids]
        enriched = {**finding, "total_id": total_id, "part_ids": part_ids,
                    "part_records": parts}
        nodes[total_id].findings.append(enriched)
        tied.append(enriched)
    return roots, tied


__all__ = [
    "Interval",
    "Timeline",
    "TallyNode",
    "daily_counts",
    "document_texts",
    "facets",
    "map_points",
    "tally_forest",
    "timeline",
]
