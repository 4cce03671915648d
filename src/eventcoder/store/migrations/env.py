"""Alembic environment: runs on the connection the store hands it (see ``store.migrate``)."""

from __future__ import annotations

from alembic import context

from eventcoder.store.schema import Base

target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
