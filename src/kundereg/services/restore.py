"""Restoring a backup: who may, which erasures it must honour, and what the new trail records.

The backup is decrypted to ``tmp/``, migrated if it is older, and every erasure ledger that can
be found is merged into it (beside the register, beside the backup file, in the data folder's
backup folder, the live register's table) and replayed, before the file goes in place of the
register. A restore where no ledger current as of the backup's time can be found is refused:
an erased person would come back unnoticed (only ``without_ledger=True`` lets it go ahead, and
the audit entry says so).

Only the owner may restore (``Permission.BACKUP``), logged in against the live register when it
opens, else against the restored one. The new register's audit entry names who restored, from
which backup, how many entries of the replaced trail were dropped and that trail's head hash;
the anchor file gets the replaced head and a "restore" anchor that supersedes anchors of the
dropped entries (``services.anchors.standing``).
"""
from __future__ import annotations

import hashlib
import logging
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DatabaseError

from ..db import migrate, models
from ..db.database import Database
from ..db.engine import sqlite_url
from ..db.types import utcnow
from ..domain.access import Permission
from ..domain.errors import KunderegError, StateError, StorageError
from ..locations import Locations
from .access import StaffSession, require
from .anchors import Anchor, AnchorFile, current_head
from .audit import AuditAction, record as audit
from .auth import AuthService
from .backup import BackupError, _decrypted_chunks, _derive, _journal_mode_delete, _swap_in, read_header
from .erasure import checkpoint, reconcile_ledger
from .ledger import LEDGER_FILENAME, LedgerFile

log = logging.getLogger(__name__)


class NoCurrentLedger(KunderegError):
    """No erasure ledger newer than the backup: people erased since could come back."""


@dataclass(frozen=True, slots=True)
class Credentials:
    username: str
    secret: str


@dataclass(frozen=True, slots=True)
class RestoreReport:
    taken_at: datetime
    schema_revision: str
    reerased: int  # people erased since the backup was taken, erased again before the file went in place
    ledgers: int = 0          # ledger copies found and merged
    dropped_entries: int = 0  # entries of the replaced trail that are not in the restored one
    without_ledger: bool = False


@dataclass(frozen=True, slots=True)
class _Live:
    """What the register being replaced tells the restore (all None: absent or unreadable)."""
    head: tuple[int, str] | None = None
    actor_name: str | None = None


def restore_backup(path: Path, passphrase: str, locations: Locations, *, staff: StaffSession | None = None,
                   credentials: Credentials | None = None, without_ledger: bool = False,
                   progress: Callable[[int, int], None] | None = None) -> RestoreReport:
    """Replace the register with a backup, erasing again everyone erased since it was taken.

    ``staff``: the owner logged in to the live register (the GUI); else ``credentials``, checked
    against the live register or, if that cannot be opened, the restored one. kundereg must be
    closed on this PC: the register file is swapped underneath."""
    db_path = locations.sqlite_path
    if db_path is None:
        raise StorageError("Restoring replaces the SQLite register; this register is not one.")
    path = Path(path)
    if path.is_dir():
        raise BackupError("{name} is a folder, not a backup file.", name=path.name)
    header, meta = read_header(path)
    taken_at = datetime.fromisoformat(meta["taken_at"])
    if staff is not None:
        require(staff, Permission.BACKUP)
    elif credentials is None:
        raise KunderegError("Restoring needs the owner's login.")
    key = _derive(passphrase, header)
    next(_decrypted_chunks(path, key))  # a wrong passphrase is refused before anything is touched
    ledger = LedgerFile(locations.ledger_path)
    live = _read_live(db_path, ledger, credentials if staff is None else None)
    if staff is not None:
        live = _Live(live.head, staff.actor.username)
    sources = _merge_ledgers(ledger, path, locations)
    current = live.head is not None or any(
        stamp is not None and stamp >= taken_at for stamp in (LedgerFile(p).current_as_of() for p in sources))
    if not current and not without_ledger:
        raise NoCurrentLedger(
            "No erasure ledger newer than this backup was found (looked beside the register and the backup "
            "file). People erased since {taken_at} would come back. Put the backup folder's {ledger} beside "
            "the backup, or restore anyway with --without-ledger.", taken_at=f"{taken_at:%Y-%m-%d %H:%M}",
            ledger=LEDGER_FILENAME)
    locations.tmp_dir.mkdir(parents=True, exist_ok=True)
    staged = locations.tmp_dir / f"restore-{secrets.token_hex(6)}.sqlite3"
    try:
        _decrypt_to(path, key, meta, staged, progress)
        staged_db = Database.open(sqlite_url(staged))
        try:
            revision = migrate.current_revision(staged_db.engine)
            if revision is not None and revision > migrate.SCHEMA_HEAD:
                raise StateError("This backup comes from a newer version of kundereg (schema {revision}); "
                                 "update kundereg first.", revision=revision)
            migrate.upgrade(staged_db.engine, None)
            if live.actor_name is None:  # no live register to log in to: the backup's owner restores
                require(AuthService(staged_db).login(credentials.username, credentials.secret), Permission.BACKUP)
                actor_name = credentials.username
            else:
                actor_name = live.actor_name
            replay = reconcile_ledger(staged_db, ledger)
            kept_id, _ = current_head(staged_db)
            dropped = max(live.head[0] - kept_id, 0) if live.head else 0
            with staged_db.transaction() as session:
                staff_id = session.scalar(select(models.Staff.id).where(models.Staff.username == actor_name.strip().lower()))
                audit(session, AuditAction.BACKUP_RESTORED, staff_id=staff_id, reerased=len(replay.reerased),
                      taken_at=meta["taken_at"], backup=path.name, ledgers=len(sources),
                      without_ledger=not current, dropped_entries=dropped,
                      replaced_head=live.head[1] if live.head else None)
            new_head = current_head(staged_db)
            checkpoint(staged_db)
        finally:
            staged_db.close()
        _journal_mode_delete(staged)
        _swap_in(staged, db_path)
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(staged) + suffix).unlink(missing_ok=True)
    anchors, now = AnchorFile(locations.anchor_path), utcnow()
    if live.head is not None:
        anchors.append(Anchor(live.head[0], live.head[1], now, "replaced"))
    anchors.append(Anchor(new_head[0], new_head[1], now, "restore", kept_up_to=kept_id))
    log.info("register restored from a backup taken %s; %d erasure(s) applied again, %d ledger(s) merged, "
             "%d audit entries of the replaced trail dropped", meta["taken_at"], len(replay.reerased),
             len(sources), dropped)
    return RestoreReport(taken_at, meta["schema"], len(replay.reerased), len(sources), dropped, not current)


def _decrypt_to(path: Path, key: bytes, meta: dict, staged: Path, progress) -> None:
    check, done = hashlib.sha256(), 0
    with open(staged, "wb") as out:
        for block in _decrypted_chunks(path, key):
            out.write(block)
            check.update(block)
            done += len(block)
            if progress is not None:
                progress(done, meta["plain_size"])
        out.flush()
        os.fsync(out.fileno())
    if check.hexdigest() != meta["plain_sha256"]:
        raise BackupError("{name} does not decrypt to the register it was taken from.", name=path.name)


def _read_live(db_path: Path, ledger: LedgerFile, credentials: Credentials | None) -> _Live:
    """Copy the live register's ledger rows into the file (an erasure whose file line was lost in
    a crash must survive the register being replaced), read its audit head, and log the owner in
    there. A damaged or absent register is a reason to restore, not to refuse."""
    if not db_path.exists() or db_path.is_dir() or not db_path.stat().st_size:
        return _Live()
    live = Database.open(sqlite_url(db_path))
    try:
        try:
            if migrate.current_revision(live.engine) != migrate.SCHEMA_HEAD:
                return _Live()
            reconcile_ledger(live, ledger)
            head = current_head(live)
            with live.read() as session:
                has_staff = session.scalar(select(models.Staff.id).limit(1)) is not None
        except (DatabaseError, StorageError) as exc:
            log.warning("the register being replaced cannot be read (%s)", type(exc).__name__)
            return _Live()
        if not has_staff:  # a register never set up (kundereg was only started here): it vouches for nothing
            return _Live()
        if credentials is None:
            return _Live(head, None)
        # Logged in where the staff accounts are current: a wrong password here is final.
        require(AuthService(live).login(credentials.username, credentials.secret), Permission.BACKUP)
        return _Live(head, credentials.username)
    finally:
        live.close()


def _merge_ledgers(ledger: LedgerFile, backup: Path, locations: Locations) -> list[Path]:
    """Every ledger copy found, merged into the one beside the register; their paths."""
    candidates = {locations.ledger_path, backup.parent / LEDGER_FILENAME, locations.backup_dir / LEDGER_FILENAME}
    found = sorted({p.resolve() for p in candidates if p.is_file()})
    merged = {e.key: e for p in found for e in LedgerFile(p).read()}
    known = {e.key for e in ledger.read()}
    missing = sorted(e for k, e in merged.items() if k not in known)
    if missing:
        ledger.append(missing)
    return found


