"""Opening a register: resolve where it lives, upgrade its schema, re-apply erasures, hand back a Database."""
from __future__ import annotations

import logging
import shutil

from ..db import migrate
from ..db.database import Database
from ..locations import Locations
from .erasure import reconcile_ledger
from .ledger import LedgerFile

log = logging.getLogger(__name__)


def open_register(locations: Locations) -> Database:
    locations.data_dir.mkdir(parents=True, exist_ok=True)
    sweep_scratch(locations)
    db = Database.open(locations.db_url)
    migrate.upgrade(db.engine, locations.backup_dir)
    # Before anyone can see data: a restored or copied-back file must not show erased people.
    reconcile_ledger(db, ledger_file(locations))
    return db


def ledger_file(locations: Locations) -> LedgerFile:
    return LedgerFile(locations.ledger_path)


def sweep_scratch(locations: Locations) -> None:
    """Remove what a backup or restore cut short left behind (plaintext snapshots)."""
    if locations.tmp_dir.exists():
        shutil.rmtree(locations.tmp_dir, ignore_errors=True)
        log.info("removed leftovers of an interrupted backup or restore")
    for partial in (locations.data_dir / "receipts").glob("*.partial"):
        partial.unlink(missing_ok=True)  # a receipt cut short; the erasure itself stands
