"""Move a SQLite register onto an empty PostgreSQL database (issue 19, item 2).

All or nothing: the schema, every row, the sequences, the count comparison and the audit chain
check run in one PostgreSQL transaction (PostgreSQL's DDL is transactional), so a failure or a
killed process leaves the target as empty as it was. Only after the commit is the SQLite file
made read-only with a note beside it, or removed.
"""
from __future__ import annotations

import logging
import os
import stat
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import Connection, func, inspect, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from ..db import migrate, models
from ..db.database import Database
from ..db.engine import make_engine
from ..domain.access import Permission
from .access import require
from ..domain.errors import StorageError
from .audit import verify_rows

log = logging.getLogger(__name__)
BATCH = 2000
NOTE_SUFFIX = ".MOVED.txt"
# Created by the migration itself, so updated to the source's values rather than inserted.
_SEEDED = {"audit_head"}


@dataclass(frozen=True)
class MoveResult:
    counts: dict[str, int]   # rows per table, equal on both sides
    audit_entries: int       # verified on the server
    target: str              # the URL without its password
    source_note: Path | None  # the note beside the read-only file; None when it was removed


def move_register(staff, source: Database, target_url: str, *, remove_source: bool = False,
                  progress=None) -> MoveResult:
    require(staff, Permission.SETTINGS)
    source_path = _sqlite_path(source)
    url = make_url(target_url)
    if url.get_backend_name() != "postgresql":
        raise StorageError("--to must be a PostgreSQL URL (postgresql://user@host/database).")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    shown = url.render_as_string(hide_password=True)
    if migrate.current_revision(source.engine) != migrate.SCHEMA_HEAD:
        raise StorageError("Open the register once with this version of kundereg before moving it.")
    engine = make_engine(url.render_as_string(hide_password=False))
    try:
        with source.engine.connect() as src, engine.begin() as dst:
            # One mover at a time, and never while a PC is migrating the same database.
            dst.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": migrate.MIGRATION_LOCK_KEY})
            _refuse_non_empty(dst)
            from alembic import command

            command.upgrade(migrate.alembic_config(dst), "head")
            counts = _copy_tables(src, dst, progress)
            _set_sequences(dst)
            _compare_counts(dst, counts)
            entries = _verify_chain(dst)
    finally:
        engine.dispose()
    log.info("register moved to PostgreSQL: %d tables, %d audit entries", len(counts), entries)
    source.close()
    note = _retire_source(source_path, shown, remove_source)
    return MoveResult(counts, entries, shown, note)


def _sqlite_path(source: Database) -> Path:
    if source.engine.dialect.name != "sqlite" or not source.engine.url.database:
        raise StorageError("Only a register in a SQLite file can be moved; this one is already on a server.")
    return Path(source.engine.url.database)


def _refuse_non_empty(dst: Connection) -> None:
    tables = sorted(inspect(dst).get_table_names())
    if tables:
        shown = ", ".join(tables[:5]) + (f" and {len(tables) - 5} more" if len(tables) > 5 else "")
        raise StorageError("The target database is not empty (it has the tables {tables}). "
                           "Move the register into a new, empty database.", tables=shown)


def _copy_tables(src: Connection, dst: Connection, progress) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table in models.Base.metadata.sorted_tables:  # parents before children
        rows = src.execute(select(table).order_by(*table.primary_key.columns)).mappings()
        count = 0
        if table.name in _SEEDED:
            for row in rows:
                dst.execute(update(table).where(table.c.id == row["id"]).values(**row))
                count += 1
        else:
            while batch := rows.fetchmany(BATCH):
                dst.execute(table.insert(), [dict(r) for r in batch])
                count += len(batch)
                if progress is not None:
                    progress(table.name, count)
        counts[table.name] = count
    return counts


def _set_sequences(dst: Connection) -> None:
    """Identity sequences continue after the copied ids (customer ids also past the erased ones,
    which the audit trail and receipts still name)."""
    for table in models.Base.metadata.sorted_tables:
        if "id" not in table.c or table.name in _SEEDED:
            continue
        sequence = dst.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if sequence is None:
            continue
        newest = dst.execute(select(func.max(table.c.id))).scalar() or 0
        if table.name == "customer":
            erased = dst.execute(select(func.max(models.ErasureLedger.customer_id))).scalar() or 0
            newest = max(newest, erased)
        if newest:
            dst.execute(text("SELECT setval(:s, :n)"), {"s": sequence, "n": newest})


def _compare_counts(dst: Connection, counts: dict[str, int]) -> None:
    for table in models.Base.metadata.sorted_tables:
        there = dst.execute(select(func.count()).select_from(table)).scalar()
        if there != counts[table.name]:
            raise StorageError("Moving the register failed: {table} has {there} rows on the server, "
                               "{here} in the file. Nothing was kept on the server.",
                               table=table.name, there=there, here=counts[table.name])


def _verify_chain(dst: Connection) -> int:
    with Session(bind=dst) as session:
        head = session.execute(select(models.AuditHead.last_id, models.AuditHead.last_hash)
                               .where(models.AuditHead.id == 1)).one_or_none()
        rows = session.scalars(select(models.AuditEntry).order_by(models.AuditEntry.id))
        report = verify_rows(rows, tuple(head) if head is not None else None)
    if not report.intact:
        raise StorageError("The audit trail does not verify on the server (entry {entry}: {reason}). "
                           "Nothing was kept on the server.", entry=report.first_broken_id, reason=report.problem)
    return report.entries


def _retire_source(path: Path, target: str, remove: bool) -> Path | None:
    files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    if remove:
        for f in files:
            f.unlink(missing_ok=True)
        return None
    note = Path(f"{path}{NOTE_SUFFIX}")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    note.write_text(f"This register was moved to {target} on {stamp}.\n"
                    "This file is kept read-only as it was then; the shop works on the server now.\n"
                    "Connect this PC with: kundereg connect URL\n", encoding="utf-8")
    for f in files:
        if f.exists():
            os.chmod(f, stat.S_IRUSR | stat.S_IRGRP)
    return note
