"""Models and Alembic migrations agree; upgrading works and copies the register aside first."""
from __future__ import annotations

from kundereg.db import sqlite_driver as sqlite3

import pytest
from alembic import command as alembic_command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from kundereg.db import migrate
from kundereg.db.engine import make_engine
from kundereg.db.search_index import alembic_include_object as include_object
from kundereg.db.models import Base
from kundereg.domain.errors import StorageError
from kundereg.locations import resolve
from kundereg.services.register import open_register


def test_upgrade_empty_database_to_head(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    assert migrate.current_revision(engine) is None
    assert migrate.upgrade(engine, tmp_path / "backups") is None  # nothing to copy when empty
    assert migrate.current_revision(engine) == migrate.head_revision()
    engine.dispose()


def test_models_and_migrations_agree(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"include_object": include_object, "compare_type": True})
        diff = compare_metadata(ctx, Base.metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_back(tmp_path):
    from alembic import command

    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    migrate.upgrade(engine)
    with engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    with engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert names <= {"alembic_version"}
    migrate.upgrade(engine)
    engine.dispose()


def test_every_trigger_survives_all_migrations(tmp_path):
    """A batch migration that recreates the customer table on SQLite would drop the search
    index's triggers without a word; this notices."""
    engine = make_engine(f"sqlite:///{tmp_path / 'r.sqlite3'}")
    migrate.upgrade(engine)
    with engine.connect() as conn:
        triggers = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='trigger'")}
    engine.dispose()
    assert triggers == {"customer_fts_ai", "customer_fts_ad", "customer_fts_au", "audit_entry_no_update",
                        "audit_entry_no_delete"}


def test_one_linear_history_whose_head_the_app_knows():
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [migrate.SCHEMA_HEAD]


def test_sqlite_pragmas(db):
    with db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("busy_timeout") == 5000


def _stamp_older(path, revision="0000old"):
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    conn.close()


def test_register_is_copied_aside_before_migrating_and_the_copy_goes_after(locations, shop, kari, db, monkeypatch):
    """Simulate a newer release: head moves on, the old file is copied before upgrading, and
    the plaintext copy is removed once the upgraded register checks out."""
    db.close()
    head = migrate.head_revision()
    calls, seen = [], []

    def upgrade(cfg, rev):
        calls.append(rev)
        for copy in locations.backup_dir.glob("before-migration-0000old-*.sqlite3"):
            with sqlite3.connect(copy) as conn:
                seen.append(conn.execute("SELECT first_name FROM customer").fetchall())
            conn.close()

    monkeypatch.setattr(migrate, "current_revision", lambda engine: "0000old" if not calls else head)
    monkeypatch.setattr(alembic_command, "upgrade", upgrade)
    reopened = open_register(locations)
    reopened.close()
    assert calls == ["head"] and seen == [[("Kari",)]]
    assert list(locations.backup_dir.glob("before-migration-*")) == []


def test_failed_migration_restores_the_copy_and_explains(locations, shop, kari, db, monkeypatch):
    db.close()

    def broken_upgrade(cfg, rev):
        conn = cfg.attributes["connection"]
        conn.exec_driver_sql("DELETE FROM customer")
        raise RuntimeError("simulated failure in a migration")

    monkeypatch.setattr(migrate, "current_revision", lambda engine: "0000old")
    monkeypatch.setattr(alembic_command, "upgrade", broken_upgrade)
    with pytest.raises(StorageError, match="restored from the copy"):
        open_register(locations)
    with sqlite3.connect(locations.sqlite_path) as conn:
        assert conn.execute("SELECT count(*) FROM customer").fetchone() == (1,)
    conn.close()


def test_unreadable_database_url(tmp_path):
    with pytest.raises(StorageError, match="not valid"):
        make_engine("not a url")
    with pytest.raises(StorageError, match="driver"):
        open_register(resolve(tmp_path, "mysql+nosuchdriver://x/y"))
