"""The corpus store: SQLite or PostgreSQL through SQLAlchemy, schema by Alembic migrations."""

from __future__ import annotations

from eventcoder.store.api import (
    DEFAULT_URL,
    EventFilter,
    IngestResult,
    Store,
    TallyFilter,
    normalise_url,
    open_store,
)

__all__ = [
    "DEFAULT_URL",
    "EventFilter",
    "IngestResult",
    "Store",
    "TallyFilter",
    "normalise_url",
    "open_store",
]
