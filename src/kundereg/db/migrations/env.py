"""Alembic environment: always driven programmatically by kundereg.db.migrate."""
from __future__ import annotations

from alembic import context

from kundereg.db.models import Base
from kundereg.db.search_index import alembic_include_object as include_object

config = context.config


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("kundereg migrations run online only")
run_migrations_online()
