"""The store's tables, as SQLAlchemy 2 models.

Every filterable field of a record has its own column (so queries use indexes
and plain SQL), and the full record is kept as JSON beside them, so nothing the
extractor produced is lost and exports can rebuild it exactly. The schema is
created and upgraded by the Alembic migrations in ``store/migrations``, never by
``create_all``: a test checks that the migrations and these models agree.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

#: Plain JSON on both backends: PostgreSQL's ``json`` keeps the keys in the order written,
#: so a record reads back exactly as it was stored (JSONB would sort them).
JSONType = JSON()


class Base(DeclarativeBase):
    """The declarative base of every table in the store."""


class DocumentRow(Base):
    """One input document; ``error`` is set for a document that could not be processed."""

    __tablename__ = "documents"

    doc_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(80), unique=True)
    origin: Mapped[str | None] = mapped_column(Text, index=True)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    published_basis: Mapped[str] = mapped_column(String(20), default="unknown")
    text: Mapped[str] = mapped_column(Text, default="")
    n_chars: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(Text)
    extractor: Mapped[str | None] = mapped_column(String(100))
    ingested_at: Mapped[str] = mapped_column(String(32))
    run_id: Mapped[int | None] = mapped_column(Integer)
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)


class EventRow(Base):
    """One merged event: what every source that reports it says, reconciled."""

    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(200), index=True)
    event_type: Mapped[str | None] = mapped_column(String(60), index=True)
    sub_event_type: Mapped[str | None] = mapped_column(String(60))
    date_start: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10))
    time_precision: Mapped[int | None] = mapped_column(Integer)
    country: Mapped[str | None] = mapped_column(String(8), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    admin2: Mapped[str | None] = mapped_column(Text)
    location_name: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    actor1: Mapped[str | None] = mapped_column(Text)
    actor2: Mapped[str | None] = mapped_column(Text)
    #: Every actor of the event, ``|``-separated and ``|``-framed, for the actor filter.
    actors: Mapped[str] = mapped_column(Text, default="")
    fatalities: Mapped[int | None] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    n_sources: Mapped[int] = mapped_column(Integer, default=1)
    background: Mapped[bool] = mapped_column(Boolean, default=False)
    confidence: Mapped[float] = mapped_column(Float, default=0.0)
    notes: Mapped[str] = mapped_column(Text, default="")
    #: Lower-cased notes, place names, actors and titles, for the text filter.
    search_text: Mapped[str] = mapped_column(Text, default="")
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)
    #: Per-field agreement across sources and the reasons for each merge.
    reconciliation: Mapped[dict[str, Any]] = mapped_column(JSONType)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))


class EventSourceRow(Base):
    """A document that reports a merged event, with the values that document gave."""

    __tablename__ = "event_sources"

    event_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True
    )
    doc_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True
    )
    source_event_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)
    added_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (
        Index("ix_event_sources_doc_id", "doc_id"),
        Index("ix_event_sources_source_event_id", "source_event_id"),
    )


class TallyRow(Base):
    """One merged tally: an aggregate claim, as repeated by every source that reports it."""

    __tablename__ = "tallies"

    tally_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    doc_id: Mapped[str] = mapped_column(String(200), index=True)
    reporter: Mapped[str | None] = mapped_column(Text)
    period_start: Mapped[str | None] = mapped_column(String(10), index=True)
    period_end: Mapped[str | None] = mapped_column(String(10))
    #: ISO codes, ``|``-separated and ``|``-framed.
    area: Mapped[str] = mapped_column(Text, default="")
    metric: Mapped[str | None] = mapped_column(String(60), index=True)
    qualifier: Mapped[str | None] = mapped_column(Text)
    party: Mapped[str | None] = mapped_column(Text)
    value: Mapped[int | None] = mapped_column(Integer)
    parent: Mapped[str | None] = mapped_column(String(200))
    n_sources: Mapped[int] = mapped_column(Integer, default=1)
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)
    reconciliation: Mapped[dict[str, Any]] = mapped_column(JSONType)


class TallySourceRow(Base):
    """A document that states a merged tally, with the tally as that document gave it."""

    __tablename__ = "tally_sources"

    tally_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("tallies.tally_id", ondelete="CASCADE"), primary_key=True
    )
    doc_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), primary_key=True
    )
    source_tally_id: Mapped[str] = mapped_column(String(200), primary_key=True)
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)

    __table_args__ = (
        Index("ix_tally_sources_doc_id", "doc_id"),
        Index("ix_tally_sources_source_tally_id", "source_tally_id"),
    )


class ConsistencyRow(Base):
    """A total checked against its parts."""

    __tablename__ = "consistency"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[int | None] = mapped_column(Integer)
    parts_sum: Mapped[int] = mapped_column(Integer, default=0)
    verdict: Mapped[str] = mapped_column(String(20), index=True)
    metric: Mapped[str | None] = mapped_column(String(60))
    explanation: Mapped[str] = mapped_column(Text, default="")
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)


class StatementRow(Base):
    """A quote and who said it."""

    __tablename__ = "statements"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    doc_id: Mapped[str] = mapped_column(
        String(200), ForeignKey("documents.doc_id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer, default=0)
    speaker: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[str | None] = mapped_column(Text)
    quote: Mapped[str] = mapped_column(Text, default="")
    record: Mapped[dict[str, Any]] = mapped_column(JSONType)


class IngestRunRow(Base):
    """One ``eventcoder ingest`` run: what it was asked and what it did."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[str] = mapped_column(String(32))
    finished_at: Mapped[str | None] = mapped_column(String(32))
    inputs: Mapped[list[str]] = mapped_column(JSONType)
    n_seen: Mapped[int] = mapped_column(Integer, default=0)
    n_added: Mapped[int] = mapped_column(Integer, default=0)
    n_skipped: Mapped[int] = mapped_column(Integer, default=0)
    n_failed: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="running")
