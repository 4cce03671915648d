"""The corpus store: documents and the records extracted from them, in SQLite or PostgreSQL.

Open one with :func:`open_store` and a URL (a plain path means a SQLite file).
Each document and all its records are written in one transaction, so a run
killed at any moment leaves whole documents or none; a document whose content
hash is already stored adds nothing, so re-running an ingest is always safe.
Events reported by several documents are merged (see :mod:`eventcoder.reconcile`)
into one event with several sources; the values each source gave are kept.

Example::

    >>> from eventcoder.store import open_store, EventFilter
    >>> store = open_store("sqlite:///corpus.db")
    >>> store.events(EventFilter(country="IQ", min_fatalities=1), limit=20)
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlalchemy import (
    ColumnElement,
    Engine,
    create_engine,
    delete,
    event,
    exists,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from eventcoder.records import (
    Consistency,
    Document,
    Event,
    Record,
    Statement,
    Tally,
    record_from_dict,
)
from eventcoder.store import migrate
from eventcoder.store.schema import (
    ConsistencyRow,
    DocumentRow,
    EventRow,
    EventSourceRow,
    IngestRunRow,
    StatementRow,
    TallyRow,
    TallySourceRow,
)

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///eventcoder.db"

#: Stored events whose dates lie within this many days of a new event's are merge candidates.
CANDIDATE_WINDOW_DAYS = 7

IngestStatus = Literal["added", "skipped", "failed"]


@dataclass(slots=True)
class EventFilter:
    """What ``events``, ``count_events``, ``stats`` and the exports select; None means any.

    ``country`` is an ISO 3166 alpha-2 code; ``actor`` and ``admin1`` match a part of
    the name, case-insensitively; the date range selects events that overlap it;
    ``text`` searches the notes, places and actors of events and the text of their
    source documents.
    """

    country: str | None = None
    admin1: str | None = None
    actor: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    min_fatalities: int | None = None
    text: str | None = None
    doc_id: str | None = None
    min_sources: int | None = None
    include_background: bool = True


@dataclass(slots=True)
class TallyFilter:
    """What ``tallies`` selects: area (ISO code), metric, reporter (a part of it), period."""

    area: str | None = None
    metric: str | None = None
    reporter: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    doc_id: str | None = None


@dataclass(slots=True)
class IngestResult:
    """What storing one document did."""

    doc_id: str
    status: IngestStatus
    n_events: int = 0
    n_merged: int = 0
    n_tallies: int = 0
    n_consistency: int = 0
    n_statements: int = 0
    error: str | None = None
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class MergeDecision:
    """How one new event was stored: as a new merged event or as a source of a stored one."""

    source_event_id: str
    event_id: str
    merged: bool
    explanation: dict[str, Any] = field(default_factory=dict)


def normalise_url(url: str | Path | None) -> str:
    """A SQLAlchemy URL from what a user types: a path, ``sqlite:///...`` or ``postgresql://...``.

    ``postgresql://`` and ``postgres://`` use psycopg 3.
    """
    if url is None or url == "":
        return DEFAULT_URL
    text = str(url)
    if "://" not in text:
        return f"sqlite:///{text}"
    scheme, rest = text.split("://", 1)
    return f"{_SCHEMES.get(scheme, scheme)}://{rest}"


_SCHEMES = {"postgresql": "postgresql+psycopg", "postgres": "postgresql+psycopg"}


def _sqlite_engine(url: str) -> Engine:
    # A long busy timeout lets readers (the dashboard, `eventcoder events`) work during an ingest.
    engine = create_engine(url, connect_args={"timeout": 60})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        # WAL: readers never block the writer and see the last committed document.
        cursor.execute("PRAGMA journal_mode=WAL")
        # NORMAL is durable across process kills in WAL mode; only a power cut may lose
        # the last transactions, never corrupt the file.
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    return engine


def _server_engine(url: str) -> Engine:
    return create_engine(url, pool_pre_ping=True)


#: How to make an engine for each SQLAlchemy backend name.
ENGINE_FACTORIES: dict[str, Callable[[str], Engine]] = {
    "sqlite": _sqlite_engine,
    "postgresql": _server_engine,
}


def open_store(url: str | Path | None = DEFAULT_URL, *, upgrade: bool = True) -> Store:
    """Open (and create or upgrade) the store at ``url``; a plain path is a SQLite file."""
    full = normalise_url(url)
    backend = make_url(full).get_backend_name()
    if backend not in ENGINE_FACTORIES:
        raise ValueError(
            f"unsupported database {full!r}: use a SQLite path or a postgresql:// URL"
        )
    engine = ENGINE_FACTORIES[backend](full)
    if upgrade:
        migrate.upgrade(engine)
    return Store(engine)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _framed(values: Iterable[str | None]) -> str:
    """``|a|b|``: a list in one column that a LIKE '%|a|%' finds exactly."""
    items = [v for v in values if v]
    return "|" + "|".join(items) + "|" if items else ""


def _unframed(value: str | None) -> list[str]:
    return [v for v in (value or "").split("|") if v]


def _rename_doc_id(value: Any, old: str, new: str) -> Any:
    """Replace a document id everywhere in a record's JSON form (``doc_id``, ``doc_ids`` and
    the keys of an event's ``tellings``)."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            if key == "doc_id" and item == old:
                out[key] = new
            elif key == "doc_ids" and isinstance(item, list):
                out[key] = [new if v == old else v for v in item]
            elif key == "tellings" and isinstance(item, dict):
                out[key] = {new if d == old else d: t for d, t in item.items()}
            else:
                out[key] = _rename_doc_id(item, old, new)
        return out
    if isinstance(value, list):
        return [_rename_doc_id(v, old, new) for v in value]
    return value


def killed_range(record: dict[str, Any]) -> tuple[int | None, int | None]:
    """Low and high totals of people killed, from an event's casualties."""
    lows: list[int] = []
    highs: list[int] = []
    for casualty in record.get("casualties") or []:
        if casualty.get("kind") != "killed":
            continue
        count = casualty.get("count")
        low = casualty.get("low", count)
        high = casualty.get("high", count)
        if low is None:
            low = count
        if high is None:
            high = count
        if low is not None:
            lows.append(int(low))
        if high is not None:
            highs.append(int(high))
    if not lows and not highs:
        fatalities = record.get("fatalities")
        return fatalities, fatalities
    return (sum(lows) if lows else None), (sum(highs) if highs else None)


def event_columns(record: dict[str, Any]) -> dict[str, Any]:
    """The filterable columns of an event row, from the event's JSON form."""
    location = record.get("location") or {}
    actors = [
        record.get("actor1"),
        *(record.get("assoc_actor_1") or []),
        record.get("actor2"),
        *(record.get("assoc_actor_2") or []),
    ]
    low, high = killed_range(record)
    search = " ".join(
        str(v)
        for v in (
            record.get("notes"),
            location.get("name"),
            location.get("place"),
            location.get("admin1"),
            location.get("admin2"),
            *actors,
            *(record.get("equipment") or []),
        )
        if v
    ).lower()
    country = location.get("country")
    return {
        "event_type": record.get("event_type"),
        "sub_event_type": record.get("sub_event_type"),
        "date_start": record.get("date_start"),
        "date_end": record.get("date_end") or record.get("date_start"),
        "time_precision": record.get("time_precision"),
        "country": country.upper() if isinstance(country, str) else None,
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "location_name": location.get("name"),
        "place": location.get("place"),
        "latitude": location.get("latitude"),
        "longitude": location.get("longitude"),
        "geo_precision": location.get("geo_precision"),
        "actor1": record.get("actor1"),
        "actor2": record.get("actor2"),
        "actors": _framed(actors),
        "fatalities": record.get("fatalities"),
        "fatalities_low": low,
        "fatalities_high": high,
        "background": bool(record.get("background")),
        "confidence": float(record.get("confidence") or 0.0),
        "notes": record.get("notes") or "",
        "search_text": search,
    }


def _shift(day: str | None, days: int) -> str | None:
    if not day:
        return None
    try:
        return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
    except ValueError:
        return None


#: Comparable fields shown side by side, one value per source, in ``Store.event``.
AGREEMENT_FIELDS: tuple[tuple[str, Callable[[dict[str, Any]], Any]], ...] = (
    ("event_type", lambda r: r.get("event_type")),
    ("sub_event_type", lambda r: r.get("sub_event_type")),
    ("date_start", lambda r: r.get("date_start")),
    ("date_end", lambda r: r.get("date_end")),
    ("place", lambda r: (r.get("location") or {}).get("place")
     or (r.get("location") or {}).get("name")),
    ("country", lambda r: (r.get("location") or {}).get("country")),
    ("admin1", lambda r: (r.get("location") or {}).get("admin1")),
    ("actor1", lambda r: r.get("actor1")),
    ("actor2", lambda r: r.get("actor2")),
    ("fatalities", lambda r: r.get("fatalities")),
)


def agreement(sources: Sequence[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per field: the value each source gave and whether they all agree."""
    out: dict[str, dict[str, Any]] = {}
    for name, getter in AGREEMENT_FIELDS:
        values = {s["doc_id"]: getter(s["record"]) for s in sources}
        given = {repr(v) for v in values.values() if v is not None}
        out[name] = {"values": values, "agree": len(given) <= 1}
    return out


_ORDERABLE = {
    "date_start": EventRow.date_start,
    "date_end": EventRow.date_end,
    "fatalities": EventRow.fatalities,
    "n_sources": EventRow.n_sources,
    "country": EventRow.country,
    "event_type": EventRow.event_type,
    "confidence": EventRow.confidence,
    "updated_at": EventRow.updated_at,
    "event_id": EventRow.event_id,
}

#: The keys ``stats(by=...)`` groups on and the columns behind them.
STATS_KEYS: dict[str, Any] = {
    "month": func.substr(EventRow.date_start, 1, 7),
    "year": func.substr(EventRow.date_start, 1, 4),
    "country": EventRow.country,
    "admin1": EventRow.admin1,
    "event_type": EventRow.event_type,
    "sub_event_type": EventRow.sub_event_type,
    "actor": EventRow.actor1,
    "actor2": EventRow.actor2,
}


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def event_conditions(filters: EventFilter | None) -> list[ColumnElement[bool]]:
    """SQL conditions for an :class:`EventFilter`."""
    f = filters or EventFilter()
    conditions: list[ColumnElement[bool]] = []
    if f.country:
        conditions.append(EventRow.country == f.country.upper())
    if f.admin1:
        conditions.append(EventRow.admin1.ilike(f"%{_like_escape(f.admin1)}%", escape="\\"))
    if f.actor:
        conditions.append(EventRow.actors.ilike(f"%{_like_escape(f.actor)}%", escape="\\"))
    if f.event_type:
        conditions.append(EventRow.event_type == f.event_type)
    if f.sub_event_type:
        conditions.append(EventRow.sub_event_type == f.sub_event_type)
    if f.date_from:
        conditions.append(func.coalesce(EventRow.date_end, EventRow.date_start) >= f.date_from)
    if f.date_to:
        conditions.append(EventRow.date_start <= f.date_to)
    if f.min_fatalities is not None:
        conditions.append(EventRow.fatalities >= f.min_fatalities)
    if f.min_sources is not None:
        conditions.append(EventRow.n_sources >= f.min_sources)
    if not f.include_background:
        conditions.append(EventRow.background.is_(False))
    if f.doc_id:
        conditions.append(
            exists().where(
                EventSourceRow.event_id == EventRow.event_id, EventSourceRow.doc_id == f.doc_id
            )
        )
    if f.text:
        pattern = f"%{_like_escape(f.text.lower())}%"
        in_docs = exists().where(
            EventSourceRow.event_id == EventRow.event_id,
            DocumentRow.doc_id == EventSourceRow.doc_id,
            DocumentRow.text.ilike(pattern, escape="\\"),
        )
        conditions.append(or_(EventRow.search_text.like(pattern, escape="\\"), in_docs))
    return conditions


def tally_conditions(filters: TallyFilter | None) -> list[ColumnElement[bool]]:
    """SQL conditions for a :class:`TallyFilter`."""
    f = filters or TallyFilter()
    conditions: list[ColumnElement[bool]] = []
    if f.area:
        conditions.append(TallyRow.area.like(f"%|{_like_escape(f.area.upper())}|%", escape="\\"))
    if f.metric:
        conditions.append(TallyRow.metric == f.metric)
    if f.reporter:
        conditions.append(TallyRow.reporter.ilike(f"%{_like_escape(f.reporter)}%", escape="\\"))
    if f.date_from:
        conditions.append(
            func.coalesce(TallyRow.period_end, TallyRow.period_start) >= f.date_from
        )
    if f.date_to:
        conditions.append(TallyRow.period_start <= f.date_to)
    if f.doc_id:
        conditions.append(
            exists().where(TallySourceRow.tally_id == TallyRow.tally_id,
                           TallySourceRow.doc_id == f.doc_id)
        )
    return conditions


class Store:
    """Documents, merged events, tallies, consistency findings and statements in one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def backend(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.url.get_backend_name()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` stored and processed (documents to skip).

        A document stored with an error is not among them: it is read again, and
        replaces its failure if it succeeds this time.
        """
        wanted = list(dict.fromkeys(h for h in hashes if h))
        found: set[str] = set()
        with Session(self.engine) as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                found.update(
                    session.scalars(
                        select(DocumentRow.content_hash).where(
                            DocumentRow.content_hash.in_(chunk), DocumentRow.error.is_(None))
                    )
                )
        return found

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """The URLs among ``urls`` already stored as processed documents (pages not to fetch)."""
        wanted = list(dict.fromkeys(u for u in urls if u))
        found: set[str] = set()
        with Session(self.engine) as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                found.update(
                    u
                    for u in session.scalars(
                        select(DocumentRow.url).where(
                            DocumentRow.url.in_(chunk), DocumentRow.error.is_(None)
                        )
                    )
                    if u
                )
        return found

    def doc_id_taken(self, doc_id: str) -> bool:
        with Session(self.engine) as session:
            return session.get(DocumentRow, doc_id) is not None

    def add_extraction(
        self, records: Sequence[Record | dict[str, Any]], *, origin: str | None = None,
        run_id: int | None = None,
    ) -> IngestResult:
        """Store one document and its records in one transaction; merge its events.

        ``records`` is what an extractor returns for one document: the document
        record first, then events, tallies, consistency findings and statements.
        A document whose content hash is stored already adds nothing (``skipped``).
        """
        return self.add_extractions([records], origins=[origin], run_id=run_id)[0]

    def add_extractions(
        self,
        extractions: Sequence[Sequence[Record | dict[str, Any]]],
        *,
        origins: Sequence[str | None] | None = None,
        run_id: int | None = None,
    ) -> list[IngestResult]:
        """Store several documents and their records in one transaction, one after another.

        Documents are stored in order, each seeing the events of those before it,
        so the result does not depend on how a run is cut into batches.
        """
        origins = list(origins) if origins is not None else [None] * len(extractions)
        results: list[IngestResult] = []
        with Session(self.engine) as session, session.begin():
            for records, origin in zip(extractions, origins, strict=True):
                results.append(self._add_one(session, records, origin=origin, run_id=run_id))
        return results

    def _add_one(
        self, session: Session, records: Sequence[Record | dict[str, Any]], *,
        origin: str | None, run_id: int | None,
    ) -> IngestResult:
        dicts = [r if isinstance(r, dict) else _record_dict(r) for r in records]
        if not dicts or dicts[0].get("record") != "document":
            raise ValueError("an extraction starts with its document record")
        doc = dicts[0]
        meta = doc.get("metadata") or {}
        if origin is None:
            origin = _origin_of(meta)
        text = doc.get("text") or ""
        error = doc.get("error")
        content_hash = doc.get("content_hash") or _sha(text)
        if error:
            # A failure is keyed by where it came from and why, not by its (maybe empty)
            # text: two empty files are two failures, the same one twice is one.
            content_hash = "failed:" + _sha(f"{origin or doc.get('doc_id')}\n{error}")
        doc_id = str(doc["doc_id"])
        existing = session.execute(
            select(DocumentRow.doc_id, DocumentRow.error)
            .where(DocumentRow.content_hash == content_hash)
        ).first()
        if existing is not None:
            if existing.error is None or error is not None:
                return IngestResult(doc_id=existing.doc_id, status="skipped", origin=origin,
                                    error=error)
            # It failed before and reads now (a fixed extractor): the failure is history.
            session.execute(delete(DocumentRow).where(DocumentRow.doc_id == existing.doc_id))
            session.flush()
        if session.get(DocumentRow, doc_id) is not None:
            new_id = ("failed-" if error else "d") + content_hash.split(":")[-1][:16]
            log.info("document id %s is taken by another text: storing as %s", doc_id, new_id)
            dicts = [_rename_doc_id(d, doc_id, new_id) for d in dicts]
            doc, doc_id = dicts[0], new_id
        now = _now()
        stored_doc = {k: v for k, v in doc.items() if k != "text"}
        stored_doc["content_hash"] = content_hash
        session.execute(insert(DocumentRow), [{
            "doc_id": doc_id,
            "content_hash": content_hash,
            "origin": origin,
            "source": doc.get("source"),
            "url": doc.get("url"),
            "title": doc.get("title"),
            "published": doc.get("published"),
            "published_basis": doc.get("published_basis") or "unknown",
            "text": text,
            "n_chars": len(text),
            "error": error,
            "extractor": doc.get("extractor"),
            "ingested_at": now,
            "run_id": run_id,
            "record": stored_doc,
        }])
        if error:
            return IngestResult(doc_id=doc_id, status="failed", error=error, origin=origin)
        if origin:
            # The same input failed before and reads now: its old failure is history.
            # A line of a file that reads clears the file's own failure too.
            head, _, line = origin.rpartition(":")
            cleared = [origin, head] if head and line.isdigit() else [origin]
            session.execute(
                delete(DocumentRow).where(
                    DocumentRow.origin.in_(cleared),
                    DocumentRow.error.is_not(None),
                    DocumentRow.doc_id != doc_id,
                ).execution_options(synchronize_session=False)
            )
        session.flush()
        result = IngestResult(doc_id=doc_id, status="added", origin=origin)
        events = [d for d in dicts[1:] if d.get("record") == "event"]
        known: dict[str, Any] = {}  # documents' tellings read for this one, by doc_id
        for decision in self._store_events(session, doc_id, events, now, known):
            result.n_events += 1
            result.n_merged += int(decision.merged)
        tallies = [d for d in dicts[1:] if d.get("record") == "tally"]
        result.n_tallies = self._store_tallies(session, doc_id, tallies, known)
        consistency_rows, statement_rows = [], []
        for seq, item in enumerate(dicts[1:]):
            kind = item.get("record")
            if kind == "consistency":
                consistency_rows.append(_consistency_row(doc_id, seq, item))
            elif kind == "statement":
                statement_rows.append(_statement_row(doc_id, seq, item))
        if consistency_rows:
            session.execute(insert(ConsistencyRow), consistency_rows)
        if statement_rows:
            session.execute(insert(StatementRow), statement_rows)
        result.n_consistency = len(consistency_rows)
        result.n_statements = len(statement_rows)
        session.flush()
        return result

    def _event_candidates(self, session: Session, events: Sequence[Event]) -> list[Event]:
        """Stored merged events the new ones may be other reports of: same country, nearby dates.

        Events with no country or no date are compared with stored events that lack
        them too; :mod:`eventcoder.reconcile` decides.
        """
        found: dict[str, Event] = {}
        for new in events:
            columns = event_columns(new.to_dict())
            conditions: list[ColumnElement[bool]] = []
            if columns["country"]:
                conditions.append(EventRow.country == columns["country"])
            else:
                conditions.append(EventRow.country.is_(None))
            start = _shift(columns["date_start"], -CANDIDATE_WINDOW_DAYS)
            end = _shift(columns["date_end"], CANDIDATE_WINDOW_DAYS)
            if start is None or end is None:
                conditions.append(EventRow.date_start.is_(None))
            else:
                conditions.append(func.coalesce(EventRow.date_end, EventRow.date_start) >= start)
                conditions.append(EventRow.date_start <= end)
            query = (select(EventRow.event_id, EventRow.record).where(*conditions)
                     .order_by(EventRow.event_id).limit(500))
            for row in session.execute(query):
                if row.event_id not in found:
                    found[row.event_id] = _event_from(row.record)
        return [found[k] for k in sorted(found)]

    def _unique_source_id(self, session: Session, model: Any, column: Any, wanted: str,
                          doc_id: str) -> str:
        """A report's id, prefixed with its document's when another document used it."""
        if wanted.startswith(doc_id) and wanted[len(doc_id):len(doc_id) + 1] in ("-", ":"):
            return wanted  # made from this (new, unique) document's id: cannot be taken
        taken = session.scalar(select(func.count()).select_from(model).where(column == wanted))
        return f"{doc_id}:{wanted}" if taken else wanted

    def _store_events(
        self, session: Session, doc_id: str, events: list[dict[str, Any]], now: str,
        known: dict[str, Any],
    ) -> list[MergeDecision]:
        """Reconcile a document's events with the stored ones and persist the merged events."""
        from eventcoder import reconcile

        new: list[Event] = []
        originals: dict[str, dict[str, Any]] = {}
        for item in events:
            report = _event_from(item)
            report.event_id = self._unique_source_id(
                session, EventSourceRow, EventSourceRow.source_event_id, report.event_id, doc_id)
            report.doc_id = doc_id
            report.doc_ids = [doc_id]
            report.members = [report.event_id]
            new.append(report)
            originals[report.event_id] = {**item, "event_id": report.event_id}
        if not new:
            return []
        candidates = {c.event_id: c for c in self._event_candidates(session, new)}
        told = self._tellings(session, doc_id, candidates.values(), known)
        decisions = reconcile.reconcile(new, list(candidates.values()), documents=told)
        by_id = {e.event_id: e for e in new}
        clusters: dict[str, list[Any]] = {}
        for decision in decisions:
            clusters.setdefault(decision.cluster_id, []).append(decision)
        out: list[MergeDecision] = []
        for cluster_id, members in clusters.items():
            joined = members[0].joined
            reports = [by_id[d.record_id] for d in members]
            previous: list[Any] = []
            if joined is not None:
                candidate = candidates[joined]
                merged = reconcile.merge_events([candidate, *reports], documents=told)
                row = session.get(EventRow, joined)
                assert row is not None
                previous = list((row.reconciliation or {}).get("decisions", []))
            else:
                merged = reconcile.merge_events(reports, documents=told)
            merged.event_id = cluster_id
            record = merged.to_dict()
            reconciliation = {"decisions": previous + [d.to_dict() for d in members]}
            values = {"record": record, "reconciliation": reconciliation,
                      "n_sources": merged.source_count, "doc_id": merged.doc_id,
                      "updated_at": now, **event_columns(record)}
            if joined is None:
                session.execute(insert(EventRow), [{"event_id": cluster_id, "created_at": now,
                                                    **values}])
            elif joined == cluster_id:
                session.execute(update(EventRow).where(EventRow.event_id == joined)
                                .values(**values)
                                .execution_options(synchronize_session=False))
            else:
                # The newcomer's id sorts first, so the merged id changes: move the sources.
                created = session.scalar(select(EventRow.created_at)
                                         .where(EventRow.event_id == joined))
                session.add(EventRow(event_id=cluster_id, created_at=created or now, **values))
                session.flush()
                session.execute(update(EventSourceRow).where(EventSourceRow.event_id == joined)
                                .values(event_id=cluster_id))
                session.execute(delete(EventRow).where(EventRow.event_id == joined))
            session.execute(insert(EventSourceRow), [
                {"event_id": cluster_id, "doc_id": doc_id, "source_event_id": d.record_id,
                 "record": originals[d.record_id], "added_at": now} for d in members])
            for decision in members:
                out.append(MergeDecision(
                    decision.record_id, cluster_id, joined is not None or len(members) > 1,
                    decision.to_dict()))
        return out

    def _store_tallies(
        self, session: Session, doc_id: str, tallies: list[dict[str, Any]],
        known: dict[str, Any],
    ) -> int:
        """Reconcile a document's tallies with the stored ones: repeated claims merge."""
        from eventcoder import reconcile

        new: list[Tally] = []
        originals: dict[str, dict[str, Any]] = {}
        renamed: dict[str, str] = {}
        seen: set[str] = set()
        for item in tallies:
            report = _tally_from(item)
            wanted = report.tally_id
            unique = self._unique_source_id(
                session, TallySourceRow, TallySourceRow.source_tally_id, wanted, doc_id)
            while unique in seen:
                unique = f"{unique}~"
            seen.add(unique)
            renamed[wanted] = unique
            report.tally_id = unique
            report.doc_id = doc_id
            report.doc_ids = [doc_id]
            report.members = [unique]
            new.append(report)
        for report in new:
            if report.parent is not None:
                report.parent = renamed.get(report.parent, report.parent)
            originals[report.tally_id] = report.to_dict()
        if not new:
            return 0
        candidates = {c.tally_id: c for c in self._tally_candidates(session, new)}
        told = self._tellings(session, doc_id, candidates.values(), known)
        decisions = reconcile.reconcile_tallies(new, list(candidates.values()), documents=told)
        by_id = {t.tally_id: t for t in new}
        clusters: dict[str, list[Any]] = {}
        for decision in decisions:
            clusters.setdefault(decision.cluster_id, []).append(decision)
        for cluster_id, members in clusters.items():
            joined = members[0].joined
            reports = [by_id[d.record_id] for d in members]
            previous: list[Any] = []
            if joined is not None:
                merged = reconcile.merge_tallies([candidates[joined], *reports], documents=told)
                row = session.get(TallyRow, joined)
                assert row is not None
                previous = list((row.reconciliation or {}).get("decisions", []))
            else:
                merged = reconcile.merge_tallies(reports, documents=told)
            merged.tally_id = cluster_id
            record = merged.to_dict()
            values = {**_tally_columns(record), "n_sources": merged.source_count,
                      "record": record,
                      "reconciliation": {"decisions": previous + [d.to_dict() for d in members]}}
            if joined is None:
                session.execute(insert(TallyRow), [{"tally_id": cluster_id, **values}])
            elif joined == cluster_id:
                session.execute(update(TallyRow).where(TallyRow.tally_id == joined)
                                .values(**values)
                                .execution_options(synchronize_session=False))
            else:
                session.add(TallyRow(tally_id=cluster_id, **values))
                session.flush()
                session.execute(update(TallySourceRow).where(TallySourceRow.tally_id == joined)
                                .values(tally_id=cluster_id))
                session.execute(update(TallyRow).where(TallyRow.parent == joined)
                                .values(parent=cluster_id))
                session.execute(delete(TallyRow).where(TallyRow.tally_id == joined))
            session.execute(insert(TallySourceRow), [
                {"tally_id": cluster_id, "doc_id": doc_id, "source_tally_id": d.record_id,
                 "record": originals[d.record_id]} for d in members])
        # A breakdown points at the merged tally its total belongs to.
        for report in new:
            if report.parent is None:
                continue
            owner = session.scalar(select(TallySourceRow.tally_id)
                                   .where(TallySourceRow.source_tally_id == report.parent))
            mine = session.scalar(select(TallySourceRow.tally_id)
                                  .where(TallySourceRow.source_tally_id == report.tally_id))
            if owner and mine:
                row = session.get(TallyRow, mine)
                if row is not None and row.parent != owner:
                    row.parent = owner
                    row.record = {**row.record, "parent": owner}
        session.flush()
        return len(new)

    def _tellings(self, session: Session, doc_id: str,
                  candidates: Iterable[Event | Tally], known: dict[str, Any]) -> dict[str, Any]:
        """When and by whom the new document and those of the candidates were published:
        what orders their counts when they merge (see :mod:`eventcoder.reconcile`).
        ``known`` holds those already read for this document (its events' candidates,
        then its tallies'): each stored text is read and scanned once."""
        from eventcoder import reconcile

        wanted = {doc_id} | {d for c in candidates for d in (c.doc_ids or [c.doc_id])}
        missing = sorted(wanted - known.keys())
        if missing:
            rows = session.execute(select(DocumentRow.doc_id, DocumentRow.source,
                                          DocumentRow.published, DocumentRow.text,
                                          DocumentRow.record)
                                   .where(DocumentRow.doc_id.in_(missing)))
            known.update(reconcile.tellings(
                Document(doc_id=row.doc_id, text=row.text or "", source=row.source,
                         published=row.published,
                         metadata=dict((row.record or {}).get("metadata") or {}))
                for row in rows))
        return {d: known[d] for d in wanted if d in known}

    def _tally_candidates(self, session: Session, tallies: Sequence[Tally]) -> list[Tally]:
        """Stored merged tallies with the same metric and an overlapping period."""
        found: dict[str, Tally] = {}
        for new in tallies:
            conditions: list[ColumnElement[bool]] = [TallyRow.metric == new.metric]
            if new.period_start and new.period_end:
                conditions.append(func.coalesce(TallyRow.period_end, TallyRow.period_start)
                                  >= new.period_start)
                conditions.append(TallyRow.period_start <= new.period_end)
            else:
                conditions.append(TallyRow.period_start.is_(None))
            query = (select(TallyRow.tally_id, TallyRow.record).where(*conditions)
                     .order_by(TallyRow.tally_id).limit(500))
            for row in session.execute(query):
                if row.tally_id not in found:
                    found[row.tally_id] = _tally_from(row.record)
        return [found[k] for k in sorted(found)]

    def start_run(self, inputs: Sequence[str]) -> int:
        """Record the start of an ingest run; returns its id."""
        with Session(self.engine) as session, session.begin():
            row = IngestRunRow(started_at=_now(), inputs=list(inputs), status="running",
                               n_seen=0, n_added=0, n_skipped=0, n_failed=0)
            session.add(row)
            session.flush()
            return int(row.id)

    def finish_run(self, run_id: int, *, n_seen: int, n_added: int, n_skipped: int,
                   n_failed: int, status: str = "done") -> None:
        """Record what an ingest run did."""
        with Session(self.engine) as session, session.begin():
            session.execute(
                update(IngestRunRow).where(IngestRunRow.id == run_id).values(
                    finished_at=_now(), n_seen=n_seen, n_added=n_added, n_skipped=n_skipped,
                    n_failed=n_failed, status=status)
            )

    def runs(self) -> list[dict[str, Any]]:
        """Every ingest run, newest first."""
        with Session(self.engine) as session:
            rows = session.scalars(select(IngestRunRow).order_by(IngestRunRow.id.desc())).all()
            return [
                {c: getattr(r, c) for c in ("id", "started_at", "finished_at", "inputs",
                                            "n_seen", "n_added", "n_skipped", "n_failed",
                                            "status")}
                for r in rows
            ]

    # ------------------------------------------------------------------ reading

    def events(
        self,
        filters: EventFilter | None = None,
        *,
        limit: int | None = 100,
        offset: int = 0,
        order_by: str = "-date_start",
    ) -> list[dict[str, Any]]:
        """Merged events matching ``filters``: record dicts plus ``n_sources``,
        ``fatalities_low``, ``fatalities_high`` and ``updated_at``.

        ``order_by`` is a column name (``date_start``, ``fatalities``, ``n_sources``,
        ``country``, ``event_type``, ``confidence``, ``updated_at``), ``-`` first for
        descending; ties are broken by ``event_id``.
        """
        descending = order_by.startswith("-")
        key = order_by.lstrip("-")
        if key not in _ORDERABLE:
            raise ValueError(f"cannot order events by {key!r}: use one of {sorted(_ORDERABLE)}")
        column = _ORDERABLE[key]
        ordering = column.desc().nulls_last() if descending else column.asc().nulls_last()
        query = (
            select(EventRow.record, EventRow.n_sources, EventRow.fatalities_low,
                   EventRow.fatalities_high, EventRow.updated_at)
            .where(*event_conditions(filters))
            .order_by(ordering, EventRow.event_id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with Session(self.engine) as session:
            return [
                {**row.record, "n_sources": row.n_sources, "fatalities_low": row.fatalities_low,
                 "fatalities_high": row.fatalities_high, "updated_at": row.updated_at}
                for row in session.execute(query)
            ]

    def iter_events(
        self, filters: EventFilter | None = None, *, batch: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """Every matching event, oldest first, fetched in batches (for exports)."""
        offset = 0
        while True:
            chunk = self.events(filters, limit=batch, offset=offset, order_by="date_start")
            yield from chunk
            if len(chunk) < batch:
                return
            offset += batch

    def count_events(self, filters: EventFilter | None = None) -> int:
        """How many merged events match ``filters``."""
        with Session(self.engine) as session:
            return int(
                session.scalar(
                    select(func.count()).select_from(EventRow).where(*event_conditions(filters))
                ) or 0
            )

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One merged event with its sources (their documents and texts) and reconciliation.

        The result is the event's record plus ``n_sources``, ``sources`` (one entry a
        source event: ``doc_id``, ``source_event_id``, the document's ``source``,
        ``url``, ``title``, ``published``, ``text`` and the ``record`` it gave),
        ``source_values`` (per field, the value of each source and whether they agree),
        the record's own ``agreement`` (each value and the documents that gave it) and
        ``reconciliation`` (each merge decision with its explanation).
        """
        with Session(self.engine) as session:
            row = session.get(EventRow, event_id)
            if row is None:
                return None
            sources = []
            query = (
                select(EventSourceRow, DocumentRow)
                .join(DocumentRow, DocumentRow.doc_id == EventSourceRow.doc_id)
                .where(EventSourceRow.event_id == event_id)
                .order_by(EventSourceRow.added_at, EventSourceRow.doc_id)
            )
            for source_row, doc_row in session.execute(query).all():
                sources.append({
                    "doc_id": source_row.doc_id,
                    "source_event_id": source_row.source_event_id,
                    "source": doc_row.source,
                    "url": doc_row.url,
                    "title": doc_row.title,
                    "published": doc_row.published,
                    "text": doc_row.text,
                    "record": source_row.record,
                })
            return {
                **row.record,
                "n_sources": row.n_sources,
                "fatalities_low": row.fatalities_low,
                "fatalities_high": row.fatalities_high,
                "sources": sources,
                "source_values": agreement(sources),
                "reconciliation": row.reconciliation,
            }

    def event_id_of(self, source_event_id: str) -> str | None:
        """The merged event a single-report event (an extractor's ``event_id``) belongs to."""
        with Session(self.engine) as session:
            return session.scalar(select(EventSourceRow.event_id)
                                  .where(EventSourceRow.source_event_id == source_event_id))

    def explain(self, event_id: str) -> str | None:
        """In plain English: what a merged event holds and why its reports were merged."""
        from eventcoder import reconcile

        found = self.event(event_id)
        if found is None:
            return None
        explanations = [
            reconcile.MatchExplanation.from_dict(d["explanation"])
            for d in (found.get("reconciliation") or {}).get("decisions", [])
            if d.get("explanation")
        ]
        return reconcile.explain(_event_from(found), explanations)

    def tallies(
        self, filters: TallyFilter | None = None, *, limit: int | None = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Tallies matching ``filters``, oldest period first, as record dicts."""
        query = (
            select(TallyRow.record)
            .where(*tally_conditions(filters))
            .order_by(TallyRow.period_start.asc().nulls_last(), TallyRow.doc_id,
                      TallyRow.tally_id)
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        with Session(self.engine) as session:
            return list(session.scalars(query))

    def count_tallies(self, filters: TallyFilter | None = None) -> int:
        with Session(self.engine) as session:
            return int(session.scalar(
                select(func.count()).select_from(TallyRow).where(*tally_conditions(filters))
            ) or 0)

    def consistency(
        self, *, verdict: str | None = None, doc_id: str | None = None,
        limit: int | None = 100, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Consistency findings, mismatches included, as record dicts."""
        conditions: list[ColumnElement[bool]] = []
        if verdict:
            conditions.append(ConsistencyRow.verdict == verdict)
        if doc_id:
            conditions.append(ConsistencyRow.doc_id == doc_id)
        query = (select(ConsistencyRow.record).where(*conditions)
                 .order_by(ConsistencyRow.doc_id, ConsistencyRow.seq).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        with Session(self.engine) as session:
            return list(session.scalars(query))

    def statements(
        self, *, speaker: str | None = None, doc_id: str | None = None,
        limit: int | None = 100, offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Statements (quotes and speakers) as record dicts."""
        conditions: list[ColumnElement[bool]] = []
        if speaker:
            conditions.append(StatementRow.speaker.ilike(f"%{_like_escape(speaker)}%",
                                                         escape="\\"))
        if doc_id:
            conditions.append(StatementRow.doc_id == doc_id)
        query = (select(StatementRow.record).where(*conditions)
                 .order_by(StatementRow.doc_id, StatementRow.seq).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        with Session(self.engine) as session:
            return list(session.scalars(query))

    def stats(
        self, by: Sequence[str], filters: EventFilter | None = None
    ) -> list[dict[str, Any]]:
        """Counts of events, fatalities and source reports grouped by ``by``.

        ``by`` names keys of :data:`STATS_KEYS`: ``month``, ``year``, ``country``,
        ``admin1``, ``event_type``, ``sub_event_type``, ``actor`` (actor1), ``actor2``.
        """
        unknown = [b for b in by if b not in STATS_KEYS]
        if unknown:
            raise ValueError(f"cannot group by {unknown}: use any of {sorted(STATS_KEYS)}")
        keys = [STATS_KEYS[b].label(b) for b in by]
        query = (
            select(
                *keys,
                func.count().label("events"),
                func.coalesce(func.sum(EventRow.fatalities), 0).label("fatalities"),
                func.coalesce(func.sum(EventRow.n_sources), 0).label("reports"),
            )
            .where(*event_conditions(filters))
        )
        if keys:
            query = query.group_by(*[STATS_KEYS[b] for b in by]).order_by(
                *[STATS_KEYS[b].asc().nulls_last() for b in by]
            )
        with Session(self.engine) as session:
            return [
                {**{b: getattr(row, b) for b in by}, "events": int(row.events),
                 "fatalities": int(row.fatalities), "reports": int(row.reports)}
                for row in session.execute(query)
            ]

    def documents(
        self, *, errors: bool | None = None, source: str | None = None,
        limit: int | None = 100, offset: int = 0, with_text: bool = False,
    ) -> list[dict[str, Any]]:
        """Stored documents, in the order they were ingested; ``errors`` selects failed ones."""
        conditions: list[ColumnElement[bool]] = []
        if errors is True:
            conditions.append(DocumentRow.error.is_not(None))
        elif errors is False:
            conditions.append(DocumentRow.error.is_(None))
        if source:
            conditions.append(DocumentRow.source == source)
        query = (select(DocumentRow).where(*conditions)
                 .order_by(DocumentRow.ingested_at, DocumentRow.doc_id).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        with Session(self.engine) as session:
            return [_document_dict(row, with_text=with_text) for row in session.scalars(query)]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        """One document with its text, its events' ids, tallies, findings and statements."""
        with Session(self.engine) as session:
            row = session.get(DocumentRow, doc_id)
            if row is None:
                return None
            out = _document_dict(row, with_text=True)
            out["event_ids"] = list(dict.fromkeys(session.scalars(
                select(EventSourceRow.event_id).where(EventSourceRow.doc_id == doc_id)
                .order_by(EventSourceRow.event_id))))
        out["tallies"] = self.tallies(TallyFilter(doc_id=doc_id), limit=None)
        out["consistency"] = self.consistency(doc_id=doc_id, limit=None)
        out["statements"] = self.statements(doc_id=doc_id, limit=None)
        return out

    def count_documents(self, *, errors: bool | None = None) -> int:
        conditions: list[ColumnElement[bool]] = []
        if errors is True:
            conditions.append(DocumentRow.error.is_not(None))
        elif errors is False:
            conditions.append(DocumentRow.error.is_(None))
        with Session(self.engine) as session:
            return int(session.scalar(
                select(func.count()).select_from(DocumentRow).where(*conditions)) or 0)

    def errors(self) -> list[dict[str, Any]]:
        """Every document that failed: its id, where it came from and why."""
        with Session(self.engine) as session:
            rows = session.execute(
                select(DocumentRow.doc_id, DocumentRow.origin, DocumentRow.url,
                       DocumentRow.error, DocumentRow.ingested_at)
                .where(DocumentRow.error.is_not(None))
                .order_by(DocumentRow.origin, DocumentRow.doc_id)
            ).all()
            return [
                {"doc_id": r.doc_id, "origin": r.origin or r.url, "error": r.error,
                 "ingested_at": r.ingested_at}
                for r in rows
            ]

    def summary(self) -> dict[str, int]:
        """How many documents, failures, events, sources, tallies, findings and statements."""
        with Session(self.engine) as session:
            def count(model: Any) -> int:
                return int(session.scalar(select(func.count()).select_from(model)) or 0)

            return {
                "documents": count(DocumentRow),
                "failed": int(session.scalar(select(func.count()).select_from(DocumentRow)
                                             .where(DocumentRow.error.is_not(None))) or 0),
                "events": count(EventRow),
                "event_sources": count(EventSourceRow),
                "tallies": count(TallyRow),
                "tally_sources": count(TallySourceRow),
                "consistency": count(ConsistencyRow),
                "statements": count(StatementRow),
            }

    def document_sources(self) -> dict[str, str | None]:
        """Every document's outlet, by document id (for exports)."""
        with Session(self.engine) as session:
            return {row.doc_id: row.source for row in
                    session.execute(select(DocumentRow.doc_id, DocumentRow.source))}

    # ------------------------------------------------------------------ dump and import

    def dump(self, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """The store as JSON-ready items: documents, events, tallies, findings, statements.

        With ``filters``, only the selected events, their documents and what those
        documents hold. :meth:`import_records` reads the items back.
        """
        selected = filters is not None and filters != EventFilter()
        with Session(self.engine) as session:
            event_query = select(EventRow).order_by(EventRow.event_id)
            if selected:
                event_query = event_query.where(*event_conditions(filters))
            event_ids = list(session.scalars(select(EventRow.event_id).where(
                *event_conditions(filters)))) if selected else None
            doc_query = select(DocumentRow).order_by(DocumentRow.doc_id)
            if event_ids is not None:
                doc_ids = select(EventSourceRow.doc_id).where(
                    EventSourceRow.event_id.in_(event_ids))
                doc_query = doc_query.where(DocumentRow.doc_id.in_(doc_ids))
            kept: set[str] = set()
            for row in session.scalars(doc_query):
                kept.add(row.doc_id)
                yield {"record": "document", **{k: v for k, v in row.record.items()
                                                if k != "record"},
                       "text": row.text, "origin": row.origin, "ingested_at": row.ingested_at}
            for event_row in session.scalars(event_query):
                sources = session.scalars(
                    select(EventSourceRow).where(EventSourceRow.event_id == event_row.event_id)
                    .order_by(EventSourceRow.doc_id, EventSourceRow.source_event_id)).all()
                yield {**event_row.record,
                       "sources": [{"doc_id": r.doc_id, "source_event_id": r.source_event_id,
                                    "added_at": r.added_at, "record": r.record}
                                   for r in sources],
                       "reconciliation": event_row.reconciliation,
                       "created_at": event_row.created_at, "updated_at": event_row.updated_at}
            for tally_row in session.scalars(select(TallyRow).order_by(TallyRow.tally_id)):
                tally_sources = session.scalars(
                    select(TallySourceRow).where(TallySourceRow.tally_id == tally_row.tally_id)
                    .order_by(TallySourceRow.doc_id, TallySourceRow.source_tally_id)).all()
                if selected and not any(r.doc_id in kept for r in tally_sources):
                    continue
                yield {**tally_row.record,
                       "sources": [{"doc_id": r.doc_id, "source_tally_id": r.source_tally_id,
                                    "record": r.record} for r in tally_sources],
                       "reconciliation": tally_row.reconciliation}
            for finding in session.scalars(select(ConsistencyRow).order_by(
                    ConsistencyRow.doc_id, ConsistencyRow.seq)):
                if not selected or finding.doc_id in kept:
                    yield finding.record
            for statement in session.scalars(select(StatementRow).order_by(
                    StatementRow.doc_id, StatementRow.seq)):
                if not selected or statement.doc_id in kept:
                    yield statement.record

    def import_records(self, items: Iterable[dict[str, Any]]) -> dict[str, int]:
        """Store records read from JSON Lines; returns how many of each kind were added.

        Items from :meth:`dump` (``eventcoder export --format jsonl``) are restored as
        they were, merged events and their sources included. Records as ``eventcoder
        extract`` writes them (a document record, then its records) are stored like an
        ingested document and reconciled. Items already stored are skipped.
        """
        counts = {"documents": 0, "events": 0, "tallies": 0, "consistency": 0,
                  "statements": 0, "skipped": 0}
        group: list[dict[str, Any]] = []

        def flush_group() -> None:
            if group:
                result = self.add_extraction(list(group))
                if result.status == "skipped":
                    counts["skipped"] += 1
                else:
                    counts["documents"] += 1
                    counts["events"] += result.n_events
                    counts["tallies"] += result.n_tallies
                    counts["consistency"] += result.n_consistency
                    counts["statements"] += result.n_statements
                group.clear()

        new_docs: set[str] = set()
        seq: dict[str, int] = {}
        with Session(self.engine) as session, session.begin():
            for item in items:
                kind = item.get("record")
                if kind == "document" and "ingested_at" in item:
                    flush_group()
                    counts[self._import_document(session, item, new_docs)] += 1
                elif kind == "document":
                    flush_group()
                    group.append(item)
                elif kind in ("event", "tally") and "sources" in item:
                    flush_group()
                    counts[self._import_merged(session, item)] += 1
                elif group and item.get("doc_id") == group[0].get("doc_id"):
                    group.append(item)
                elif kind in ("consistency", "statement") and item.get("doc_id") in new_docs:
                    doc_id = str(item["doc_id"])
                    seq[doc_id] = seq.get(doc_id, -1) + 1
                    if kind == "consistency":
                        session.execute(insert(ConsistencyRow),
                                        [_consistency_row(doc_id, seq[doc_id], item)])
                        counts["consistency"] += 1
                    else:
                        session.execute(insert(StatementRow),
                                        [_statement_row(doc_id, seq[doc_id], item)])
                        counts["statements"] += 1
                else:
                    counts["skipped"] += 1
        flush_group()
        return counts

    def _import_document(self, session: Session, item: dict[str, Any],
                         new_docs: set[str]) -> str:
        doc_id = str(item["doc_id"])
        content_hash = item.get("content_hash") or _sha(item.get("text") or "")
        taken = session.scalar(select(func.count()).select_from(DocumentRow).where(
            or_(DocumentRow.doc_id == doc_id, DocumentRow.content_hash == content_hash)))
        if taken:
            return "skipped"
        text = item.get("text") or ""
        record = {k: v for k, v in item.items()
                  if k not in ("text", "origin", "ingested_at", "record")}
        session.add(DocumentRow(
            doc_id=doc_id, content_hash=content_hash, origin=item.get("origin"),
            source=item.get("source"), url=item.get("url"), title=item.get("title"),
            published=item.get("published"),
            published_basis=item.get("published_basis") or "unknown", text=text,
            n_chars=len(text), error=item.get("error"), extractor=item.get("extractor"),
            ingested_at=item.get("ingested_at") or _now(), run_id=None, record=record))
        session.flush()
        new_docs.add(doc_id)
        return "documents"

    def _import_merged(self, session: Session, item: dict[str, Any]) -> str:
        record = {k: v for k, v in item.items()
                  if k not in ("sources", "reconciliation", "created_at", "updated_at")}
        sources = item.get("sources") or []
        reconciliation = item.get("reconciliation") or {"decisions": []}
        if item.get("record") == "event":
            event_id = str(item["event_id"])
            if session.get(EventRow, event_id) is not None:
                return "skipped"
            now = _now()
            session.add(EventRow(
                event_id=event_id, doc_id=record.get("doc_id"), record=record,
                reconciliation=reconciliation,
                n_sources=len({s["doc_id"] for s in sources}) or 1,
                created_at=item.get("created_at") or now,
                updated_at=item.get("updated_at") or now, **event_columns(record)))
            session.flush()
            for source in sources:
                session.add(EventSourceRow(
                    event_id=event_id, doc_id=source["doc_id"],
                    source_event_id=source["source_event_id"],
                    added_at=source.get("added_at") or now, record=source["record"]))
            session.flush()
            return "events"
        tally_id = str(item["tally_id"])
        if session.get(TallyRow, tally_id) is not None:
            return "skipped"
        session.add(TallyRow(tally_id=tally_id, **_tally_columns(record),
                             n_sources=len({s["doc_id"] for s in sources}) or 1,
                             record=record, reconciliation=reconciliation))
        session.flush()
        for source in sources:
            session.add(TallySourceRow(tally_id=tally_id, doc_id=source["doc_id"],
                                       source_tally_id=source["source_tally_id"],
                                       record=source["record"]))
        session.flush()
        return "tallies"

    # ------------------------------------------------------------------ pandas

    def events_df(self, filters: EventFilter | None = None) -> pd.DataFrame:
        """Matching events as a DataFrame, one row an event, location and actors flattened."""
        import pandas as pd

        from eventcoder.export.flat import flat_event

        return pd.DataFrame([flat_event(e) for e in self.iter_events(filters)])

    def tallies_df(self, filters: TallyFilter | None = None) -> pd.DataFrame:
        """Matching tallies as a DataFrame."""
        import pandas as pd

        rows = [{k: v for k, v in t.items() if k != "evidence"}
                for t in self.tallies(filters, limit=None)]
        return pd.DataFrame(rows)

    def stats_df(self, by: Sequence[str], filters: EventFilter | None = None) -> pd.DataFrame:
        """``stats`` as a DataFrame."""
        import pandas as pd

        return pd.DataFrame(self.stats(by, filters), columns=[*by, "events", "fatalities",
                                                              "reports"])

    def documents_df(self, *, errors: bool | None = None) -> pd.DataFrame:
        """Stored documents (without their texts) as a DataFrame."""
        import pandas as pd

        return pd.DataFrame(self.documents(errors=errors, limit=None))


def _record_dict(record: Record) -> dict[str, Any]:
    if isinstance(record, Document):
        return record.to_dict(with_text=True)
    return record.to_dict()


def _origin_of(meta: dict[str, Any]) -> str | None:
    path = meta.get("path") or meta.get("url")
    if not path:
        return None
    line = meta.get("line")
    return f"{path}:{line}" if line else str(path)


def _document_dict(row: DocumentRow, *, with_text: bool) -> dict[str, Any]:
    out = dict(row.record)
    out.update(
        doc_id=row.doc_id, content_hash=row.content_hash, origin=row.origin, source=row.source,
        url=row.url, title=row.title, published=row.published,
        published_basis=row.published_basis, error=row.error, extractor=row.extractor,
        n_chars=row.n_chars, ingested_at=row.ingested_at,
    )
    if with_text:
        out["text"] = row.text
    return out


def _tally_columns(item: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": item.get("doc_id"),
        "reporter": item.get("reporter"),
        "period_start": item.get("period_start"),
        "period_end": item.get("period_end"),
        "area": _framed(str(a).upper() for a in item.get("area") or []),
        "metric": item.get("metric"),
        "qualifier": item.get("qualifier"),
        "party": item.get("party"),
        "value": item.get("value"),
        "parent": item.get("parent"),
    }


def _event_from(item: dict[str, Any]) -> Event:
    record = record_from_dict({**item, "record": "event"})
    assert isinstance(record, Event)
    return record


def _tally_from(item: dict[str, Any]) -> Tally:
    record = record_from_dict({**item, "record": "tally"})
    assert isinstance(record, Tally)
    return record


def _consistency_row(doc_id: str, seq: int, item: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "seq": seq,
        "total": item.get("total"),
        "parts_sum": int(item.get("parts_sum") or 0),
        "verdict": item.get("verdict") or "partial",
        "metric": item.get("metric"),
        "explanation": item.get("explanation") or "",
        "record": item,
    }


def _statement_row(doc_id: str, seq: int, item: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": doc_id,
        "seq": seq,
        "speaker": item.get("speaker"),
        "organisation": item.get("organisation"),
        "quote": item.get("quote") or "",
        "record": item,
    }


__all__ = [
    "Consistency",
    "EventFilter",
    "Event",
    "IngestResult",
    "Statement",
    "Store",
    "Tally",
    "TallyFilter",
    "agreement",
    "event_columns",
    "open_store",
]
