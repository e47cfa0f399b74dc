"""Opening a register (where it lives, schema upgrade, erasures re-applied) and the one place its services are built."""
from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Mapping
from dataclasses import dataclass

from ..db import migrate
from sqlalchemy.exc import DatabaseError

from ..db.database import Database, storage_error
from ..domain.errors import RegisterDamagedError, StorageError
from ..domain.access import VerificationMethod
from ..locations import Locations
from .access import StaffSession
from .anchors import AnchorFile, anchor_head
from .audit import AuditService, ensure_staff_baseline
from .auth import AuthService
from .backup import BackupService, backups_in
from .consents import ConsentService
from .customers import CustomerService
from .erasure import ErasureService, reconcile_ledger
from .export import ExportService
from .identity import IdentityService
from .ledger import LedgerFile
from .mail import SmtpCodeSender, smtp_settings_from_env
from .marketing import MarketingService
from .notice_secrets import KEY_FILE, SecretBox
from .notices import NoticeService
from .prices import PriceService
from .profile import ProfileService
from .purchases import PurchaseService
from .reports import ReportService
from .requests import RequestService
from .tickets import TicketService
from .retention import run_retention

RECEIPTS_DIR = "receipts"  # erasure receipts the shop files (they name no one), in the data folder

log = logging.getLogger(__name__)


def open_register(locations: Locations) -> Database:
    locations.data_dir.mkdir(parents=True, exist_ok=True)
    sweep_scratch(locations)
    check_register_file(locations)
    db = Database.open(locations.db_url)
    try:
        try:
            migrate.upgrade(db.engine, locations.backup_dir)
        except DatabaseError as exc:
            raise _damaged_or(exc, locations) from None
        # Before anyone can see data: a restored or copied-back file must not show erased people.
        reconcile_ledger(db, ledger_file(locations))
        ensure_staff_baseline(db)
        anchor_head(db, anchor_file(locations), "daily", once_a_day=True)
    except RegisterDamagedError as exc:
        db.close()
        raise RegisterDamagedError(exc.reason, newest_backup(locations)) from None
    except BaseException:
        db.close()
        raise
    return db


SQLITE_MAGIC = b"SQLite format 3\x00"


def check_register_file(locations: Locations) -> None:
    """Refuse, before SQLite writes anything into it, a file that is not a whole register: a
    folder, an empty file (cut off: opening it would start a new, empty register over it), or
    one that does not begin like a SQLite database."""
    path = locations.sqlite_path
    if path is None or not os.path.lexists(path):
        return
    if path.is_dir():
        reason = "folder"
    else:
        try:
            with open(path, "rb") as handle:
                start = handle.read(len(SQLITE_MAGIC) + 84)
        except OSError as exc:
            raise StorageError("The register file cannot be read ({kind}).", kind=type(exc).__name__) from None
        if not start:
            reason = "empty"
        elif not start.startswith(SQLITE_MAGIC) or len(start) < 100:
            reason = "not_sqlite"
        else:
            return
    raise RegisterDamagedError(reason, newest_backup(locations))


def _damaged_or(exc: DatabaseError, locations: Locations) -> Exception:
    explained = storage_error(exc)
    if isinstance(explained, RegisterDamagedError):
        return RegisterDamagedError(explained.reason, newest_backup(locations))
    return explained


def newest_backup(locations: Locations) -> str | None:
    found = backups_in(locations.backup_dir) if locations.backup_dir.is_dir() else []
    return found[-1][1].name if found else None


def ledger_file(locations: Locations) -> LedgerFile:
    return LedgerFile(locations.ledger_path)


def anchor_file(locations: Locations) -> AnchorFile:
    return AnchorFile(locations.anchor_path)


def sweep_scratch(locations: Locations) -> None:
    """Remove what a backup or restore cut short left behind (plaintext snapshots)."""
    if locations.tmp_dir.exists():
        shutil.rmtree(locations.tmp_dir, ignore_errors=True)
        log.info("removed leftovers of an interrupted backup or restore")
    for partial in (locations.data_dir / RECEIPTS_DIR).glob("*.partial"):
        partial.unlink(missing_ok=True)  # a receipt cut short; the erasure itself stands


@dataclass(frozen=True)
class Register:
    """Every service of one open register, built once (``build_register``) for the GUI and the CLI.

    ``erasure`` and ``backups`` need the register's folders: they are None for a register opened
    without ``Locations`` (a bare ``Database`` in a test or a benchmark)."""

    db: Database
    customers: CustomerService
    purchases: PurchaseService
    auth: AuthService
    identity: IdentityService
    audit: AuditService
    requests: RequestService
    reports: ReportService
    profile: ProfileService
    export: ExportService
    marketing: MarketingService
    consents: ConsentService
    prices: PriceService
    tickets: TicketService
    locations: Locations | None = None
    erasure: ErasureService | None = None
    backups: BackupService | None = None
    notices: NoticeService | None = None  # its provider credentials need the data folder's key file

    def demo(self, staff: StaffSession | None, customers: int, seed: int = 1, progress=None):
        """Fill the register with fake customers (Faker loads only when asked for)."""
        from .demo import generate

        return generate(self.db, staff, customers=customers, seed=seed, progress=progress)

    def retention(self, staff: StaffSession | None, *, apply: bool):
        """The shop's retention rules (``services.retention.run_retention``), erasures on the ledger."""
        return run_retention(self.db, staff, apply=apply,
                             ledger=ledger_file(self.locations) if self.locations is not None else None)


def build_register(db: Database, locations: Locations | None = None,
                   environ: Mapping[str, str] | None = None) -> Register:
    """The services on ``db``. One-time codes go by email when ``KUNDEREG_SMTP_HOST`` (and
    friends, see ``services.mail.smtp_settings_from_env``) are set in ``environ`` (default: the
    process environment)."""
    senders = {}
    smtp = smtp_settings_from_env(os.environ if environ is None else environ)
    if smtp is not None:
        senders[VerificationMethod.EMAIL_CODE] = SmtpCodeSender(smtp)
    identity, requests = IdentityService(db, senders), RequestService(db)
    erasure = backups = None
    audit = AuditService(db, anchor_file(locations) if locations is not None else None)
    if locations is not None:
        backups = BackupService(db, locations)
        erasure = ErasureService(db, ledger_file(locations), backups=backups.holding,
                                 receipt_dir=locations.data_dir / RECEIPTS_DIR, requests=requests, identity=identity)
    return Register(db=db, customers=CustomerService(db), purchases=PurchaseService(db), auth=AuthService(db),
                    identity=identity, audit=audit, requests=requests,
                    reports=ReportService(db), profile=ProfileService(db), export=ExportService(db),
                    marketing=MarketingService(db), consents=ConsentService(db), prices=PriceService(db),
                    tickets=TicketService(db), locations=locations, erasure=erasure, backups=backups,
                    notices=NoticeService(db, SecretBox(locations.data_dir / KEY_FILE)) if locations else None)
