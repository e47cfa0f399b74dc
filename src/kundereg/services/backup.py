"""Encrypted backups of the SQLite register: take, verify, rotate, restore.

A backup is a consistent online snapshot (SQLite's backup API, so the app may stay open),
checked with ``PRAGMA quick_check``, encrypted with AES-256-GCM under a key derived from the
backup passphrase with scrypt, written to ``<name>.partial`` and renamed into place only once
it decrypts back to the snapshot's SHA-256: a backup file either exists complete and
verifiable or not at all. The plaintext snapshot lives in the data folder's ``tmp/`` for the
seconds it takes and is swept at the next start if the process dies.

File layout: ``MAGIC``, a 4-byte header length, the JSON header (KDF parameters, salt, nonce
prefix, SHA-256 and size of the plaintext, schema revision, time), then chunks of at most
1 MiB, each ``4-byte length + ciphertext``. A chunk's nonce is the file's random prefix plus
its index, and its associated data binds the header, the index and whether it is the last
chunk, so chunks cannot be reordered, dropped or cut off unnoticed.

The header also carries the audit trail's head at the snapshot (``audit_head``), which is
written to the anchor file as well, and every destination gets a copy of the erasure ledger
stamped current as of the backup (services.ledger). Restoring is services.restore.
"""
from __future__ import annotations

import base64
import hashlib
import json
import logging
import os
import secrets
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from ..db import migrate, models, sqlite_driver
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission
from ..domain.errors import KunderegError, StateError, StorageError, ValidationError
from ..domain.report_data import BackupInfo
from ..locations import Locations
from .access import StaffSession, require
from .audit import AuditAction, record as audit
from .anchors import GENESIS, Anchor, AnchorFile
from .erasure import ledger_rows
from .files import PARTIAL_SUFFIX, write_atomically
from .ledger import LEDGER_FILENAME, LedgerFile

log = logging.getLogger(__name__)

MAGIC = b"KUNDEREG-BACKUP\n"
FORMAT = 1
SUFFIX = ".kbak"
PARTIAL = PARTIAL_SUFFIX
CHUNK = 1 << 20
MIN_PASSPHRASE = 10
# scrypt at OWASP's recommended cost: about a third of a second and 128 MB per derivation.
KDF_N, KDF_R, KDF_P = 2 ** 17, 8, 1
_NAME_TIME = "%Y%m%d-%H%M%S"


class BackupError(KunderegError):
    """A backup file that cannot be read: wrong passphrase, damaged or not a backup at all."""


@dataclass(frozen=True, slots=True)
class BackupFile:
    path: Path
    taken_at: datetime
    size_bytes: int
    sha256: str


def check_passphrase(passphrase: str | None) -> str:
    if not passphrase or len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", "must be at least {n} characters long.", n=MIN_PASSPHRASE)
    return passphrase


def backup_name(taken_at: datetime) -> str:
    return f"kundereg-{taken_at.astimezone(timezone.utc):{_NAME_TIME}}Z{SUFFIX}"


def taken_at_from_name(path: Path) -> datetime | None:
    stem = path.name
    if not (stem.startswith("kundereg-") and stem.endswith("Z" + SUFFIX)):
        return None
    try:
        return datetime.strptime(stem[len("kundereg-"):-len("Z" + SUFFIX)], _NAME_TIME).replace(tzinfo=timezone.utc)
    except ValueError:
        return None


# -- taking a backup ------------------------------------------------------------------------------

def take_backup(staff: StaffSession | None, db: Database, locations: Locations, passphrase: str,
                out_dir: Path | None = None, *, keep_daily: int | None = None, keep_weekly: int | None = None,
                progress: Callable[[int, int], None] | None = None, kdf_n: int | None = None) -> BackupFile:
    """Snapshot, encrypt, verify, rename into place, record, rotate. ``staff`` None: a scheduled run.

    ``kdf_n``: the scrypt cost, KDF_N unless given (read at call time, so the test suite can lower it)."""
    kdf_n = KDF_N if kdf_n is None else kdf_n
    if staff is not None:
        require(staff, Permission.BACKUP)
    check_passphrase(passphrase)
    db_path = _sqlite_path(db)
    out_dir = Path(out_dir) if out_dir is not None else locations.backup_dir
    out_dir.mkdir(parents=True, exist_ok=True)
    locations.tmp_dir.mkdir(parents=True, exist_ok=True)
    taken_at = utcnow().replace(microsecond=0)
    target = out_dir / backup_name(taken_at)
    if target.exists():
        raise StateError("A backup from this very second exists already; try again in a moment.")
    snapshot = locations.tmp_dir / f"snapshot-{secrets.token_hex(6)}.sqlite3"
    try:
        _snapshot(db_path, snapshot)
        digest, size = _sha256(snapshot)
        head = _snapshot_head(snapshot)
        header = _header(taken_at, digest, size, kdf_n, head)
        key = _derive(passphrase, header)

        def encrypt_and_verify(partial: Path) -> None:
            _encrypt(snapshot, partial, header, key, progress)
            _verify(partial, key, digest)  # only a backup that decrypts completely takes the name

        write_atomically(target, encrypt_and_verify)
    finally:
        snapshot.unlink(missing_ok=True)
    result = BackupFile(target, taken_at, target.stat().st_size, digest)
    with db.transaction() as session:
        session.add(models.BackupRecord(taken_at=taken_at, file_name=target.name, directory=str(out_dir),
                                        size_bytes=result.size_bytes, sha256=digest))
        shop = session.get(models.Shop, 1)
        audit(session, AuditAction.BACKUP_TAKEN, staff_id=staff.actor.staff_id if staff else None,
              size=result.size_bytes, scheduled=staff is None)
        daily = keep_daily if keep_daily is not None else (shop.backup_keep_daily if shop else 7)
        weekly = keep_weekly if keep_weekly is not None else (shop.backup_keep_weekly if shop else 8)
    _anchor_and_ledger(db, locations, out_dir, taken_at, head)
    rotate(out_dir, daily, weekly, now=taken_at)
    log.info("backup written: %s (%d bytes)", target.name, result.size_bytes)
    return result


def _snapshot_head(snapshot: Path) -> tuple[int, str]:
    conn = sqlite_driver.connect(snapshot)
    try:
        row = conn.execute("SELECT last_id, last_hash FROM audit_head WHERE id = 1").fetchone()
    finally:
        conn.close()
    return (0, GENESIS) if row is None else (int(row[0]), str(row[1]))


def _anchor_and_ledger(db: Database, locations: Locations, out_dir: Path, taken_at: datetime,
                       head: tuple[int, str]) -> None:
    """The snapshot's audit head to the anchor file; the erasure ledger beside the backup and
    beside the register, stamped current as of the backup (a restore elsewhere finds it)."""
    AnchorFile(locations.anchor_path).append(Anchor(head[0], head[1], utcnow(), "backup"))
    with db.read() as session:
        entries = ledger_rows(session)
    for path in {locations.ledger_path, out_dir / LEDGER_FILENAME}:
        LedgerFile(path).complete(entries, taken_at)


def backup_destinations(db: Database, locations: Locations) -> list[Path]:
    """Every folder a backup of this register went to (they each hold a ledger copy)."""
    from sqlalchemy import select

    with db.read() as session:
        recorded = set(session.scalars(select(models.BackupRecord.directory).distinct()))
    return [locations.backup_dir, *(Path(d) for d in sorted(recorded))]


def header_anchors(db: Database, locations: Locations) -> list[Anchor]:
    """The audit head each findable backup's header recorded (read without the passphrase)."""
    anchors = []
    for folder in backup_destinations(db, locations):
        for taken_at, path in backups_in(folder):
            try:
                head = read_header(path)[1].get("audit_head")
                if head is not None:
                    anchors.append(Anchor(int(head["id"]), str(head["hash"]), taken_at, "backup"))
            except (BackupError, OSError, KeyError, TypeError, ValueError):
                log.warning("backup %s: its header names no readable audit head", path.name)
    return anchors


def _sqlite_path(db: Database) -> Path:
    if db.engine.dialect.name != "sqlite" or not db.engine.url.database:
        raise StorageError("kundereg backs up its own SQLite register. Back up a PostgreSQL register "
                           "on the server (pg_dump).")
    return Path(db.engine.url.database)


def _snapshot(db_path: Path, snapshot: Path) -> None:
    src = sqlite_driver.connect(db_path, timeout=30)
    dst = sqlite_driver.connect(snapshot)
    try:
        src.backup(dst)  # one step: a consistent read of the live register, WAL included
        dst.execute("PRAGMA journal_mode=DELETE")
        if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise StorageError("The register failed its integrity check; no backup was written.")
    finally:
        dst.close()
        src.close()


def _sha256(path: Path) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    with open(path, "rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
            size += len(block)
    return digest.hexdigest(), size


def _header(taken_at: datetime, digest: str, size: int, kdf_n: int, head: tuple[int, str]) -> bytes:
    from .. import __version__

    return json.dumps({
        "format": FORMAT, "app": __version__, "schema": migrate.SCHEMA_HEAD, "taken_at": taken_at.isoformat(),
        "kdf": {"name": "scrypt", "n": kdf_n, "r": KDF_R, "p": KDF_P,
                "salt": base64.b64encode(secrets.token_bytes(16)).decode()},
        "cipher": "AES-256-GCM", "nonce_prefix": base64.b64encode(secrets.token_bytes(4)).decode(),
        "chunk": CHUNK, "plain_sha256": digest, "plain_size": size,
        "audit_head": {"id": head[0], "hash": head[1]},
    }, sort_keys=True).encode()


def _derive(passphrase: str, header: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = json.loads(header)["kdf"]
    if kdf.get("name") != "scrypt" or not (2 ** 10 <= kdf["n"] <= 2 ** 20):
        raise BackupError("The backup file names a key derivation this version does not accept.")
    return Scrypt(salt=base64.b64decode(kdf["salt"]), length=32, n=kdf["n"], r=kdf["r"], p=kdf["p"]).derive(
        passphrase.encode("utf-8"))


def _nonce(prefix: bytes, index: int) -> bytes:
    return prefix + struct.pack(">Q", index)


def _aad(header_hash: bytes, index: int, last: bool) -> bytes:
    return header_hash + struct.pack(">QB", index, last)


def _encrypt(snapshot: Path, partial: Path, header: bytes, key: bytes,
             progress: Callable[[int, int], None] | None) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aes, meta = AESGCM(key), json.loads(header)
    prefix, header_hash, total = base64.b64decode(meta["nonce_prefix"]), hashlib.sha256(header).digest(), \
        meta["plain_size"]
    with open(snapshot, "rb") as src, open(partial, "wb") as dst:
        dst.write(MAGIC + struct.pack(">I", len(header)) + header)
        index, done = 0, 0
        block = src.read(CHUNK)
        while True:
            following = src.read(CHUNK) if block else b""
            last = not following
            sealed = aes.encrypt(_nonce(prefix, index), block, _aad(header_hash, index, last))
            dst.write(struct.pack(">I", len(sealed)) + sealed)
            done += len(block)
            if progress is not None:
                progress(done, total)
            if last:
                break
            block, index = following, index + 1
        dst.flush()
        os.fsync(dst.fileno())


def read_header(path: Path) -> tuple[bytes, dict]:
    try:
        with open(path, "rb") as handle:
            if handle.read(len(MAGIC)) != MAGIC:
                raise BackupError("{name} is not a kundereg backup.", name=path.name)
            (length,) = struct.unpack(">I", handle.read(4))
            header = handle.read(length)
            meta = json.loads(header)
    except FileNotFoundError:
        raise BackupError("The backup file {name} does not exist.", name=path.name) from None
    except (struct.error, ValueError, UnicodeDecodeError):
        raise BackupError("{name} is damaged: its header cannot be read.", name=path.name) from None
    if meta.get("format") != FORMAT:
        raise BackupError("{name} was written by a newer version of kundereg.", name=path.name)
    return header, meta


def _decrypted_chunks(path: Path, key: bytes) -> Iterator[bytes]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header, meta = read_header(path)
    aes, header_hash = AESGCM(key), hashlib.sha256(header).digest()
    prefix = base64.b64decode(meta["nonce_prefix"])
    with open(path, "rb") as handle:
        handle.seek(len(MAGIC) + 4 + len(header))
        index = 0
        while True:
            raw_length = handle.read(4)
            if len(raw_length) < 4:
                raise BackupError("{name} is cut short: the last part is missing.", name=path.name)
            (length,) = struct.unpack(">I", raw_length)
            sealed = handle.read(length)
            following = handle.peek(1)[:1] if hasattr(handle, "peek") else b""
            last = not following
            try:
                yield aes.decrypt(_nonce(prefix, index), sealed, _aad(header_hash, index, last))
            except InvalidTag:
                if index == 0:
                    raise BackupError("The passphrase does not open {name} (or the file is damaged).",
                                      name=path.name) from None
                raise BackupError("{name} is damaged at part {index}.", name=path.name, index=index) from None
            if last:
                return
            index += 1


def _verify(path: Path, key: bytes, digest: str) -> None:
    check = hashlib.sha256()
    for block in _decrypted_chunks(path, key):
        check.update(block)
    if check.hexdigest() != digest:
        raise BackupError("{name} does not decrypt to the register it was taken from.", name=path.name)


def verify_backup(path: Path, passphrase: str) -> dict:
    """Decrypt every part and compare with the recorded checksum; returns the header."""
    header, meta = read_header(path)
    _verify(path, _derive(passphrase, header), meta["plain_sha256"])
    return meta


def _fsync_replace(partial: Path, target: Path) -> None:
    os.replace(partial, target)
    if hasattr(os, "O_DIRECTORY"):  # make the rename itself durable (POSIX)
        fd = os.open(target.parent, os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


# -- rotation -------------------------------------------------------------------------------------

def backups_in(directory: Path) -> list[tuple[datetime, Path]]:
    found = []
    for path in directory.glob(f"kundereg-*{SUFFIX}") if directory.exists() else ():
        taken_at = taken_at_from_name(path)
        if taken_at is not None:
            found.append((taken_at, path))
    return sorted(found)


def rotate(directory: Path, keep_daily: int, keep_weekly: int, now: datetime | None = None) -> list[Path]:
    """Keep the newest backup of each of the last ``keep_daily`` days and ``keep_weekly`` ISO
    weeks; delete the rest and stale partial files.

    No copy is kept past ``expires_on`` (not even the newest): the notice and the erasure
    receipt promise that date, so a shop that stops taking backups still loses the old ones."""
    now = now or utcnow()
    found = backups_in(directory)
    keep: set[Path] = set()
    newest_per_day: dict[date, Path] = {}
    newest_per_week: dict[tuple[int, int], Path] = {}
    for taken_at, path in found:  # ascending: later ones overwrite
        newest_per_day[taken_at.date()] = path
        newest_per_week[tuple(taken_at.isocalendar())[:2]] = path
    for day, path in newest_per_day.items():
        if 0 <= (now.date() - day).days < keep_daily or day > now.date():
            keep.add(path)
    for (year, week), path in newest_per_week.items():
        if _weeks_between(date.fromisocalendar(year, week, 1), now.date()) < keep_weekly:
            keep.add(path)
    removed = [path for _, path in found if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    for stale in directory.glob(f"*{SUFFIX}{PARTIAL}") if directory.exists() else ():
        if now.timestamp() - stale.stat().st_mtime > 3600:
            stale.unlink(missing_ok=True)
    return removed


def backup_folders(db: Database, locations: Locations) -> list[Path]:
    """Every folder this register has written backups to (``backup --out`` included)."""
    from sqlalchemy import select

    with db.read() as session:
        recorded = set(session.scalars(select(models.BackupRecord.directory).distinct()))
    return sorted({Path(locations.backup_dir), *(Path(d) for d in recorded)})


def expire_backups(db: Database, locations: Locations, now: datetime | None = None) -> int:
    """Rotate every backup folder of the register, whether or not a backup is taken today.

    Runs when the register opens and once a day while the app runs (``BackupService.expire``).
    A folder that is gone or unreachable (a USB stick) is skipped and tried again next time."""
    if db.engine.dialect.name != "sqlite":
        return 0
    with db.read() as session:
        shop = session.get(models.Shop, 1)
        daily, weekly = (shop.backup_keep_daily, shop.backup_keep_weekly) if shop else (7, 8)
    removed = 0
    for folder in backup_folders(db, locations):
        try:
            removed += len(rotate(folder, daily, weekly, now=now))
        except OSError as exc:
            log.warning("could not rotate a backup folder (%s)", type(exc).__name__)
    if removed:
        log.info("deleted %d expired backup(s)", removed)
    return removed


def _weeks_between(monday: date, today: date) -> int:
    this_monday = today - timedelta(days=today.weekday())
    return (this_monday - monday).days // 7


def expires_on(taken_at: datetime, keep_daily: int, keep_weekly: int) -> date:
    """The last day rotation can keep a backup taken at ``taken_at`` (it may go sooner)."""
    day = taken_at.date()
    as_daily = day + timedelta(days=max(keep_daily, 1) - 1)
    monday = day - timedelta(days=day.weekday())
    as_weekly = monday + timedelta(weeks=max(keep_weekly, 1) - 1, days=6)
    return max(as_daily, as_weekly)


def backups_holding(db: Database, locations: Locations, at: datetime) -> BackupInfo:
    """Backups taken before ``at`` that still exist: what the erasure receipt says about them."""
    from sqlalchemy import select

    with db.read() as session:
        shop = session.get(models.Shop, 1)
        daily, weekly = (shop.backup_keep_daily, shop.backup_keep_weekly) if shop else (7, 8)
        recorded = [(r.taken_at, Path(r.directory) / r.file_name)
                    for r in session.scalars(select(models.BackupRecord))]
    candidates = {path: taken for taken, path in recorded + backups_in(locations.backup_dir)}
    before = sorted(taken for path, taken in candidates.items() if taken < at and path.exists())
    if not before:
        return BackupInfo(0, None, None, daily, weekly)
    return BackupInfo(len(before), before[-1], max(expires_on(t, daily, weekly) for t in before), daily, weekly)


# -- restoring ------------------------------------------------------------------------------------

def _journal_mode_delete(path: Path) -> None:
    conn = sqlite_driver.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file to move
    finally:
        conn.close()


def _swap_in(staged: Path, db_path: Path) -> None:
    """Put the restored file in place of the register, leaving no stale WAL beside it."""
    if db_path.exists():
        conn = sqlite_driver.connect(db_path, timeout=5)
        try:
            busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
        if busy:
            raise StateError("The register is in use. Close kundereg on this PC and try again.")
    wal, shm = Path(str(db_path) + "-wal"), Path(str(db_path) + "-shm")
    if wal.exists() and wal.stat().st_size:
        raise StateError("The register is in use. Close kundereg on this PC and try again.")
    try:
        _fsync_replace(staged, db_path)
    except PermissionError:
        raise StateError("The register is in use. Close kundereg on this PC and try again.") from None
    wal.unlink(missing_ok=True)
    shm.unlink(missing_ok=True)


class BackupService:
    """The backup use cases for the GUI: one object to inject, holding the register and its folders."""

    def __init__(self, db: Database, locations: Locations) -> None:
        self._db = db
        self._locations = locations

    @property
    def available(self) -> bool:
        return self._db.engine.dialect.name == "sqlite" and self._locations.sqlite_path is not None

    @property
    def backup_dir(self) -> Path:
        return self._locations.backup_dir

    def take(self, staff: StaffSession | None, passphrase: str,
             progress: Callable[[int, int], object] | None = None, *, out_dir: Path | None = None,
             keep_daily: int | None = None, keep_weekly: int | None = None) -> BackupFile:
        return take_backup(staff, self._db, self._locations, passphrase, out_dir, keep_daily=keep_daily,
                           keep_weekly=keep_weekly, progress=progress)

    def restore(self, staff: StaffSession | None, path: Path, passphrase: str,
                progress: Callable[[int, int], object] | None = None, *, without_ledger: bool = False):
        """``without_ledger``: the user confirmed restoring although no erasure ledger newer than
        the backup was found (``services.restore.NoCurrentLedger`` names that risk)."""
        from .restore import restore_backup

        require(staff, Permission.BACKUP)
        read_header(Path(path))  # a wrong file is refused before the register is let go
        self._db.engine.dispose()  # the file is swapped underneath; connections reopen afterwards
        return restore_backup(Path(path), passphrase, self._locations, staff=staff,
                              without_ledger=without_ledger, progress=progress)

    def last_backup_at(self) -> datetime | None:
        from sqlalchemy import func, select

        with self._db.read() as session:
            recorded = session.scalar(select(func.max(models.BackupRecord.taken_at)))
        on_disk = backups_in(self._locations.backup_dir)
        newest = [t for t in (recorded, on_disk[-1][0] if on_disk else None) if t is not None]
        return max(newest) if newest else None

    def due(self, now: datetime | None = None) -> bool:
        """No backup yet today (UTC): the app offers one when it closes."""
        last = self.last_backup_at()
        return self.available and (last is None or last.date() < (now or utcnow()).date())

    def holding(self, at: datetime) -> BackupInfo:
        return backups_holding(self._db, self._locations, at)

    def expire(self, now: datetime | None = None) -> int:
        """Delete expired backups in every folder the register wrote to (the app's daily timer)."""
        return expire_backups(self._db, self._locations, now) if self.available else 0
