"""The dashboard's JSON API: everything the pages show, under ``/api``.

Every endpoint reads through the store's parameterised queries. The one that writes,
``POST /api/ingest``, answers 403 unless the server was started with ``--allow-ingest``,
and it takes the text in the request body: no endpoint opens a path a request names.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from eventcoder.export import EXPORTERS
from eventcoder.inputs import MAX_CHARS
from eventcoder.records import Event
from eventcoder.store import Store, TallyFilter
from eventcoder.web import queries, views
from eventcoder.web.filters import SharedFilters, shared_filters

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api", tags=["api"])

#: Media type and file suffix of each export format.
EXPORT_MEDIA: dict[str, tuple[str, str]] = {
    "acled-csv": ("text/csv; charset=utf-8", "acled.csv"),
    "ucdp-csv": ("text/csv; charset=utf-8", "ucdp.csv"),
    "geojson": ("application/geo+json", "geojson"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "jsonl": ("application/x-ndjson", "jsonl"),
}

#: Columns the event table can be sorted by (the store's orderable columns).
SORTABLE = ("date_start", "date_end", "fatalities", "n_sources", "country", "event_type",
            "confidence", "updated_at", "event_id")

MAX_PAGE = 500
MAX_MAP_POINTS = 20_000


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
FiltersDep = Annotated[SharedFilters, Depends(shared_filters)]


def event_row(record: dict[str, Any]) -> dict[str, Any]:
    """An event as one row of the table: the columns shown and what links them."""
    location = record.get("location") or {}
    return {
        "event_id": record.get("event_id"),
        "date_start": record.get("date_start"),
        "date_end": record.get("date_end"),
        "time_precision": record.get("time_precision"),
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "location": location.get("name") or location.get("place"),
        "country": location.get("country"),
        "admin1": location.get("admin1"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "actor1": record.get("actor1"),
        "actor2": record.get("actor2"),
        "fatalities": record.get("fatalities"),
        "fatalities_low": record.get("fatalities_low"),
        "fatalities_high": record.get("fatalities_high"),
        "n_sources": record.get("n_sources"),
        "background": bool(record.get("background")),
        "notes": record.get("notes"),
    }


@router.get("/summary", summary="How much the store holds")
def summary(request: Request, store: StoreDep) -> dict[str, Any]:
    """Counts of documents, failures, events, tallies, findings and statements."""
    return {**store.summary(), "allow_ingest": bool(request.app.state.allow_ingest),
            "export_formats": list(EXPORT_MEDIA)}


@router.get("/events", summary="Events matching the filters, sorted and paged")
def events(
    store: StoreDep,
    filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    order_by: Annotated[str, Query(pattern=r"^-?[a-z_]+$",
                                   description="A column, '-' first for descending: "
                                               + ", ".join(SORTABLE))] = "-date_start",
) -> dict[str, Any]:
    """One page of events (``items``) and how many match in all (``total``)."""
    if order_by.lstrip("-") not in SORTABLE:
        raise HTTPException(422, f"cannot sort by {order_by!r}: use one of {list(SORTABLE)}")
    selected = filters.event_filter()
    rows = store.events(selected, limit=limit, offset=offset, order_by=order_by)
    return {"total": store.count_events(selected), "offset": offset, "limit": limit,
            "order_by": order_by, "items": [event_row(r) for r in rows]}


@router.get("/events/{event_id}", summary="One event with its sources and evidence")
def event_detail(event_id: Annotated[str, PathParam(max_length=200)],
                 store: StoreDep) -> dict[str, Any]:
    """The merged event, each source's text and values, and every evidence span located.

    ``fields`` lists each field's value and spans (``source_index`` points into
    ``sources``); ``comparison`` gives each source's value of the compared fields and
    whether they agree; ``unmatched`` lists spans whose offsets do not read their text.
    """
    view = views.event_view(store, event_id)
    if view is None:
        raise HTTPException(404, f"no event {event_id!r}")
    event = view["event"]
    return {
        "event": event,
        "fields": view["fields"],
        "comparison": view["comparison"],
        "unmatched": view["unmatched"],
        "explanation": store.explain(event_id),
    }


@router.get("/map", summary="Located events as points for the map")
def map_points(
    store: StoreDep, filters: FiltersDep,
    limit: Annotated[int, Query(ge=1, le=MAX_MAP_POINTS)] = MAX_MAP_POINTS,
) -> dict[str, Any]:
    """Points (biggest first), how many events have coordinates and how many have none."""
    return queries.map_points(store, filters.event_filter(), limit=limit)


@router.get("/timeline", summary="Events and fatalities per week or month, by type")
def timeline(
    store: StoreDep, filters: FiltersDep,
    interval: Literal["auto", "week", "month"] = "auto",
) -> dict[str, Any]:
    """Buckets from the first to the last matching event, empty ones included.

    ``auto`` counts by week when the events span less than about half a year.
    """
    rows = queries.daily_counts(store, filters.event_filter())
    return queries.timeline(rows, interval).to_dict()


@router.get("/facets", summary="The values each filter can take")
def facets(store: StoreDep, filters: FiltersDep) -> dict[str, Any]:
    """Countries, regions, event types and actors with their counts under the other filters."""
    return queries.facets(store, filters.event_filter())


@router.get("/stats", summary="Counts grouped by month, country, type, actor ...")
def stats(
    store: StoreDep, filters: FiltersDep,
    by: Annotated[str, Query(pattern=r"^[a-z_0-9,]+$",
                             description="Comma-separated keys: month, year, country, admin1, "
                                         "event_type, sub_event_type, actor, actor2")] = "month",
) -> list[dict[str, Any]]:
    try:
        return store.stats(by.split(","), filters.event_filter())
    except ValueError as exc:
        raise HTTPException(422, str(exc)) from exc


@router.get("/tallies", summary="Tallies as trees, with their consistency findings")
def tallies(
    store: StoreDep, filters: FiltersDep,
    metric: Annotated[str | None, Query(max_length=60)] = None,
    reporter: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
) -> dict[str, Any]:
    """Each tally under the one it breaks down; findings name their tallies' ids.

    The shared filters apply as they mean for tallies: ``country`` is an area the tally
    covers, the date range overlaps its period, ``actor`` matches its reporter.
    """
    view = views.tallies_view(store, _tally_filter(filters, metric, reporter), limit=limit)
    return {"total": view["total"], "shown": view["shown"], "tallies": view["roots"],
            "findings": [{k: v for k, v in f.items() if k != "part_records"}
                         for f in view["findings"]]}


def _tally_filter(filters: SharedFilters, metric: str | None,
                  reporter: str | None) -> TallyFilter:
    return TallyFilter(
        area=filters.country.upper() if filters.country else None, metric=metric or None,
        reporter=reporter or filters.actor,
        date_from=filters.date_from.isoformat() if filters.date_from else None,
        date_to=filters.date_to.isoformat() if filters.date_to else None)


@router.get("/consistency", summary="Consistency findings of totals and their breakdowns")
def consistency(
    store: StoreDep,
    verdict: Literal["consistent", "mismatch", "partial"] | None = None,
    doc_id: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    return store.consistency(verdict=verdict, doc_id=doc_id, limit=limit, offset=offset)


@router.get("/documents/{doc_id}", summary="One document with its text and records")
def document(doc_id: Annotated[str, PathParam(max_length=200)], store: StoreDep) -> dict[str, Any]:
    found = store.document(doc_id)
    if found is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    return found


@router.get("/export", summary="The events of the current filter in an export format",
            response_class=FileResponse)
def export(
    store: StoreDep, filters: FiltersDep,
    export_format: Annotated[Literal["acled-csv", "ucdp-csv", "geojson", "parquet", "jsonl"],
                             Query(alias="format")] = "acled-csv",
) -> FileResponse:
    """A download: ACLED- or UCDP-compatible CSV, GeoJSON, Parquet or JSON Lines.

    The file is written by the same exporter ``eventcoder export`` uses, into a
    temporary folder the server makes, and removed once sent.
    """
    folder = Path(tempfile.mkdtemp(prefix="eventcoder-export-"))
    media_type, suffix = EXPORT_MEDIA[export_format]
    path = folder / f"events.{suffix}"
    try:
        count = EXPORTERS[export_format](store, path, filters.event_filter())
    except Exception:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    stamp = date.today().isoformat()
    return FileResponse(
        path, media_type=media_type, filename=f"eventcoder-{stamp}.{suffix}",
        headers={"X-Event-Count": str(count)},
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )


class IngestRequest(BaseModel):
    """A report to read into the store: its text and what is known about it."""

    text: str = Field(min_length=1, max_length=MAX_CHARS)
    published: date | None = None
    source: str | None = Field(default=None, max_length=200)
    title: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=2000, pattern=r"^https?://")
    id: str | None = Field(default=None, max_length=200, pattern=r"^[A-Za-z0-9_.:-]+$")


_INGEST_LOCK = threading.Lock()


@router.post("/ingest", summary="Read one report into the store (needs --allow-ingest)",
             status_code=201, responses={403: {"description": "the server is read-only"}})
def ingest(body: IngestRequest, request: Request, store: StoreDep) -> dict[str, Any]:
    """Extract the report's records, store them and merge its events with stored ones."""
    if not request.app.state.allow_ingest:
        raise HTTPException(403, "this server is read-only: start it with --allow-ingest")
    from eventcoder.inputs import document_from_text

    document = document_from_text(body.text, published=body.published, source=body.source,
                                  url=body.url, title=body.title, doc_id=body.id)
    with _INGEST_LOCK:
        extractor = request.app.state.extractor
        if extractor is None:
            from eventcoder.pipeline import RulePipeline

            extractor = request.app.state.extractor = RulePipeline()
        records = extractor(document)
        result = store.add_extraction(records)
    source_ids = [str(r.event_id) for r in records if isinstance(r, Event)]
    merged_ids = {store.event_id_of(source_id) for source_id in source_ids}
    return {**result.to_dict(), "event_ids": sorted(i for i in merged_ids if i)}


__all__ = ["EXPORT_MEDIA", "SORTABLE", "event_row", "router"]
