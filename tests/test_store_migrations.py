"""The Alembic migrations build exactly the schema the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from eventcoder.store import migrate, open_store
from eventcoder.store.schema import Base
from tests.store_backends import backend_fixture

store_url = backend_fixture()


def test_store_migrations_match_the_models(store_url: str) -> None:
    store = open_store(store_url)
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection)
        assert compare_metadata(context, Base.metadata) == []
        assert migrate.current_revision(connection) == migrate.head_revision()
    store.close()


def test_store_opening_twice_keeps_the_data(store_url: str) -> None:
    from tests.records_factory import extraction

    with open_store(store_url) as store:
        store.add_extraction(extraction("a", "Five soldiers were killed in Baidoa."))
    with open_store(store_url) as store:
        assert store.count_events() == 1
        tables = set(inspect(store.engine).get_table_names())
    assert {"documents", "events", "event_sources", "tallies", "consistency", "statements",
            "ingest_runs", "alembic_version"} <= tables
