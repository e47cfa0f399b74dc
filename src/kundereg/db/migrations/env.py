"""Alembic environment: always driven programmatically by kundereg.db.migrate."""
from __future__ import annotations

from alembic import context

from kundereg.db.models import Base
from kundereg.db.search_index import is_index_table

config = context.config


def include_object(obj, name, type_, reflected, compare_to):
    # The FTS5 virtual table and its shadow tables are created by raw DDL, not by the models.
    return not (type_ == "table" and is_index_table(name))


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
