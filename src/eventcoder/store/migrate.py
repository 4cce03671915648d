"""Schema migrations, run programmatically when a store is opened.

The Alembic scripts ship inside the package (``store/migrations``), so an
installed eventcoder upgrades any database it opens to the schema it expects,
SQLite or PostgreSQL alike, without an ``alembic.ini`` on disk.
"""

from __future__ import annotations

import logging
from pathlib import Path

from sqlalchemy import Connection, Engine

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(connection: Connection) -> object:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str | None:
    """The newest migration this version of eventcoder ships."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(connection: Connection) -> str | None:
    """The migration a database is at, or None for an empty database."""
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring a database to the newest schema; a database already there is left untouched."""
    from alembic import command

    head = head_revision()
    with engine.connect() as connection:
        if current_revision(connection) == head:
            return
    with engine.begin() as connection:
        log.info("upgrading the store's schema to %s", head)
        command.upgrade(_config(connection), "head")  # type: ignore[arg-type]
