"""The store backends the store, ingest and export tests run on: SQLite always, PostgreSQL
when EVENTCODER_TEST_POSTGRES_URL names a server (each test gets a fresh database there).

Test modules declare ``store_url = backend_fixture()`` to get a parametrised fixture.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

POSTGRES_ENV = "EVENTCODER_TEST_POSTGRES_URL"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


def _server_url() -> str:
    from eventcoder.store.api import normalise_url

    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"{POSTGRES_ENV} is not set: no PostgreSQL server to test against")
    return normalise_url(url)


def fresh_postgres_database() -> Iterator[str]:
    """Create an empty database on the test server, yield its URL, drop it afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    server = make_url(_server_url())
    name = f"eventcoder_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield server.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def make_store_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
    else:
        yield from fresh_postgres_database()


def backend_fixture() -> Callable[..., Any]:
    """A fixture yielding a URL of an empty store, once per backend."""

    @pytest.fixture(params=BACKENDS)
    def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
        yield from make_store_url(request.param, tmp_path)

    return store_url
