"""Bring a register to the newest schema, copying the SQLite file aside first."""
from __future__ import annotations

import logging
import shutil
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Engine, inspect, text

from ..domain.errors import StorageError
from ..logs import safe_traceback
from . import sqlite_driver

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")
# The newest revision, so that a start on an up-to-date register never imports Alembic
# (about an eighth of a second). tests/test_migrations.py keeps it equal to Alembic's head.
SCHEMA_HEAD = "0010"
# pg_advisory_xact_lock key for schema upgrades (any constant shared by every copy of the app:
# "kundereg" as a 64-bit integer). PCs that start together wait for one another here.
MIGRATION_LOCK_KEY = 0x6B756E6465726567


def alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return _revision_on(conn)


def _revision_on(conn) -> str | None:
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def upgrade(engine: Engine, backup_dir: Path | None = None) -> Path | None:
    """Upgrade to head. Returns the path of a safety copy that had to be kept, if any.

    A SQLite file is copied aside first. On failure it is restored from the copy and
    StorageError explains it; on success the copy is deleted once the file passes
    ``PRAGMA quick_check``.
    """
    current = current_revision(engine)
    if current == SCHEMA_HEAD:
        return None
    from alembic import command

    head = head_revision()
    db_path = _sqlite_file(engine)
    copy = None
    if db_path is not None and current is not None and backup_dir is not None:
        copy = _copy_aside(engine, db_path, backup_dir, current)
    try:
        with engine.begin() as conn:
            if engine.dialect.name == "postgresql":
                # Two PCs starting together must not both migrate: the second waits for the
                # first's commit (the lock ends with the transaction), then finds the head.
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                if _revision_on(conn) == SCHEMA_HEAD:
                    log.info("register already migrated by another process")
                    return None
            command.upgrade(alembic_config(conn), "head")
    except Exception as exc:
        log.error("migration from %s to %s failed\n%s", current, head, safe_traceback(exc))
        if copy is not None:
            engine.dispose()
            _restore(copy, db_path)
            raise StorageError(
                "Updating the register from schema {current} to {head} failed ({kind}). "
                "The register was restored from the copy taken before the update: {copy}.",
                current=current, head=head, kind=type(exc).__name__, copy=str(copy)) from exc
        raise StorageError("Creating or updating the register failed ({kind}).",
                           kind=type(exc).__name__) from exc
    log.info("register migrated from %s to %s", current or "empty", head)
    if copy is not None:
        # The copy is plaintext personal data outside the register: once the upgraded file
        # checks out it goes, or it would keep people the shop erases later (the encrypted,
        # rotated backups of services.backup are the long-term copies).
        if _quick_check(engine):
            _remove_copy(copy)
            copy = None
        else:
            log.error("the upgraded register fails its integrity check; the copy is kept: %s", copy)
    return copy


def _quick_check(engine: Engine) -> bool:
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA quick_check").scalar() == "ok"


def _remove_copy(copy: Path) -> None:
    for path in (copy, Path(str(copy) + "-wal"), Path(str(copy) + "-shm")):
        path.unlink(missing_ok=True)


def _sqlite_file(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    name = engine.url.database
    if not name or name == ":memory:":
        return None
    path = Path(name)
    return path if path.exists() else None


def _copy_aside(engine: Engine, db_path: Path, backup_dir: Path, revision: str) -> Path:
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = backup_dir / f"before-migration-{revision}-{stamp}.sqlite3"
    # The online backup API gives a consistent copy that includes what is still in the WAL.
    engine.dispose()
    with sqlite_driver.connect(db_path) as src, sqlite_driver.connect(target) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    log.info("copied the register aside before migrating: %s", target)
    return target


def _restore(copy: Path, db_path: Path) -> None:
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    shutil.copyfile(copy, db_path)
