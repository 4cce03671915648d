"""Score extraction against ACLED exports: the ``notes`` text beside the coders' fields."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from eventcoder.evaluate.countries import iso2
from eventcoder.evaluate.metrics import (
    CodedPlace,
    Confusion,
    Scores,
    actor_matches,
    add_count_measures,
    add_place_measures,
    failed_documents,
    finish_distance,
    main_event,
    predicted_killed,
    snake_case,
)
from eventcoder.evaluate.tables import iter_rows, parse_float, parse_int
from eventcoder.records import Document, Event, Record

log = logging.getLogger(__name__)

#: Columns that make a table an ACLED export.
SIGNATURE = frozenset({"event_date", "event_type", "notes", "fatalities"})

_DATE_FORMATS = ("%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%Y-%m-%d", "%d %b %Y")
_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]\s*$")


@dataclass(slots=True)
class AcledRow:
    """One coded ACLED event and the note it was coded from."""

    row_id: str
    text: str
    event_date: date | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor1: str | None = None
    assoc_actor_1: list[str] = field(default_factory=list)
    actor2: str | None = None
    assoc_actor_2: list[str] = field(default_factory=list)
    country: str | None = None
    iso2: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int = 0

    @property
    def actors(self) -> list[str]:
        named = [self.actor1, *self.assoc_actor_1, self.actor2, *self.assoc_actor_2]
        return [a for a in named if a]


def parse_acled_date(text: str) -> date | None:
    """``9-May-20`` (ACLED's CSV), ``09 May 2020`` or ``2020-05-09`` -> a date."""
    text = text.strip()
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def _names(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def strip_size_tag(notes: str) -> str:
    """Drop ACLED's trailing ``[size=...]`` tag: coders' metadata, not report text."""
    return _SIZE_TAG.sub("", notes)


def row_from_dict(data: Mapping[str, str]) -> AcledRow:
    """An :class:`AcledRow` from one line of an ACLED export."""
    row_id = data.get("event_id_cnty") or data.get("data_id") or ""
    event_date = parse_acled_date(data.get("event_date", ""))
    if data.get("event_date") and event_date is None:
        log.warning("ACLED row %s: unreadable event_date %r", row_id, data.get("event_date"))
    return AcledRow(
        row_id=row_id,
        text=strip_size_tag(data.get("notes", "")),
        event_date=event_date,
        event_type=snake_case(data.get("event_type")),
        sub_event_type=snake_case(data.get("sub_event_type")),
        actor1=data.get("actor1") or None,
        assoc_actor_1=_names(data.get("assoc_actor_1", "")),
        actor2=data.get("actor2") or None,
        assoc_actor_2=_names(data.get("assoc_actor_2", "")),
        country=data.get("country") or None,
        iso2=iso2(data.get("country"), data.get("iso")),
        admin1=data.get("admin1") or None,
        admin2=data.get("admin2") or None,
        location=data.get("location") or None,
        latitude=parse_float(data.get("latitude")),
        longitude=parse_float(data.get("longitude")),
        fatalities=parse_int(data.get("fatalities")) or 0,
    )


def read_acled(path: Path) -> list[AcledRow]:
    """All rows of an ACLED CSV (or XLSX) export."""
    rows = [row_from_dict(d) for d in iter_rows(path)]
    return [r for r in rows if r.row_id]


def _location_names(event: Event) -> list[str | None]:
    return [event.location.name, event.location.place]


def score_acled(rows: Sequence[AcledRow], predictions: Mapping[str, Sequence[Record]]) -> Scores:
    """Score predicted records (by document id = row id) against coded ACLED rows."""
    scores = Scores(format="acled", n_rows=len(rows))
    types = scores.confusions.setdefault("event_type", Confusion("event_type"))
    sub_types = scores.confusions.setdefault("sub_event_type", Confusion("sub_event_type"))
    fatality_pairs = scores.pairs.setdefault("fatalities", [])
    distances: list[float] = []
    for row in rows:
        records = predictions.get(row.row_id, [])
        scores.failed.extend(failed_documents(records))
        event = main_event(records)
        text = row.text
        scores.measure("event.found", "event",
                       "share of rows where a (non-background) event was predicted").add(
            event is not None)

        if row.event_type:
            predicted_type = event.event_type if event else None
            hit = predicted_type == row.event_type
            scores.measure("event_type.accuracy", "event_type",
                           "predicted event type equals coded").add(hit)
            types.add(row.event_type, predicted_type)
            if not hit:
                scores.error(row.row_id, "event_type", row.event_type, predicted_type, 1.0, text)
        if row.sub_event_type:
            predicted_sub = event.sub_event_type if event else None
            hit = predicted_sub == row.sub_event_type
            scores.measure("sub_event_type.accuracy", "sub_event_type",
                           "predicted sub-event type equals coded").add(hit)
            sub_types.add(row.sub_event_type, predicted_sub)
            if not hit:
                scores.error(row.row_id, "sub_event_type", row.sub_event_type, predicted_sub,
                             1.0, text)

        coded_place = CodedPlace(
            row.iso2, row.admin1, row.location,
            (row.latitude, row.longitude)
            if row.latitude is not None and row.longitude is not None else None,
        )
        add_place_measures(scores, row.row_id, text, coded_place,
                           event.location if event else None,
                           _location_names(event) if event else [], distances)

        if row.event_date is not None:
            predicted_start = event.date_start if event else None
            coded = row.event_date.isoformat()
            hit = predicted_start == coded
            scores.measure("date.exact", "date", "predicted start date equals coded date").add(hit)
            in_range = bool(
                event and event.date_start and event.date_start <= coded
                <= (event.date_end or event.date_start)
            )
            scores.measure("date.in_range", "date",
                           "coded date lies within the predicted date range").add(in_range)
            if not hit:
                scores.error(row.row_id, "date", coded, predicted_start, 1.0, text)

        predicted_deaths = (
            event.fatalities if event and event.fatalities is not None else predicted_killed(event)
        )
        add_count_measures(scores, "fatalities", row.fatalities, predicted_deaths, "fatalities")
        fatality_pairs.append((row.row_id, row.fatalities, predicted_deaths))
        if predicted_deaths != row.fatalities:
            scores.error(row.row_id, "fatalities", row.fatalities, predicted_deaths,
                         float(abs(predicted_deaths - row.fatalities)), text)

        predicted_actors: list[str | None] = []
        if event:
            # as the ACLED export writes them: in ACLED's naming where it differs
            predicted_actors = [event.actor_acled_names.get(a, a) if a else a for a in (
                event.actor1, *event.assoc_actor_1, event.actor2, *event.assoc_actor_2)]
        for actor in row.actors:
            hit = actor_matches(actor, predicted_actors)
            scores.measure("actors.found", "actors",
                           "share of coded actors (actor1, actor2 and associated) found among "
                           "the predicted event's actors").add(hit)
            if not hit:
                scores.error(row.row_id, "actors", actor,
                             [a for a in predicted_actors if a], 1.0, text)
        if row.actor1:
            scores.measure("actors.actor1_found", "actors",
                           "coded actor1 found among the predicted event's actors").add(
                actor_matches(row.actor1, predicted_actors))
    finish_distance(scores, distances)
    return scores


def documents_for(rows: Sequence[AcledRow]) -> list[Document]:
    """The documents the extractor reads: one note per row, its id the row's id.

    No publication date is given: ACLED notes state their dates, and the coded
    date must not leak into the input.
    """
    from eventcoder.inputs import document_from_text

    return [document_from_text(row.text, doc_id=row.row_id) for row in rows]
