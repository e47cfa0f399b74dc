"""Erasure, backup and restore on the benchmark register.

Everything runs on a scratch copy of the register (bench/out/.../scratch), so the register a
later ``--reuse`` run measures is never changed. Erasure: three customers with 5,000 purchases
each (over fifteen years, so some are past retention and deleted, most are kept anonymised),
with consents and service events, are added to the 100k register; each ``ErasureService.erase``
is timed whole: the transaction, the search-index clean-up and the WAL checkpoint. Backup and
restore: ``take_backup`` (snapshot, quick_check, encrypt, verify, rename) and ``services.restore``
(decrypt, check, ledger replay, swap) of the whole register, with the production scrypt cost.
"""
from __future__ import annotations

import random
import shutil
import statistics
import time
from datetime import datetime, timedelta, timezone

ERASE_PURCHASES = 5_000
ERASE_RUNS = 3
ERASE_TARGET_S = 0.3
PASSPHRASE = "bench backup passphrase"


def _scratch(ctx):
    from kundereg.db import sqlite_driver
    from kundereg.locations import resolve

    root = ctx.locations.data_dir.parent / "scratch"
    shutil.rmtree(root, ignore_errors=True)
    scratch = resolve(root / "data")
    scratch.data_dir.mkdir(parents=True)
    with sqlite_driver.connect(ctx.sqlite_path) as src, sqlite_driver.connect(scratch.sqlite_path) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return scratch


def _customer_with_history(db, staff_id: int, seed: int) -> int:
    """A business customer with ERASE_PURCHASES finished purchases of one or two lines each."""
    from sqlalchemy import func, insert, select

    from kundereg.db import models
    from kundereg.domain.customer_rules import derived_columns

    rnd = random.Random(seed)
    now = datetime.now(timezone.utc)
    values = dict(first_name=f"Benk{seed}", last_name="Slettesen", mobile=f"+4790{seed:06d}",
                  email=f"benk{seed}@slett.example", street="Slettveien 1", postal_code="0150", city="Oslo",
                  country="NO", company_name=f"Slett {seed} AS", org_number=None, invoice_email=None,
                  notes="Kunde i benkmerket")
    with db.transaction() as session:
        customer = models.Customer(**values, **derived_columns(values), created_at=now, updated_at=now,
                                   last_activity_at=now)
        session.add(customer)
        session.flush()
        number = (session.scalar(select(func.max(models.Purchase.number))) or 0) + 1
        first_id = (session.scalar(select(func.max(models.Purchase.id))) or 0) + 1
        purchases, lines = [], []
        start = now - timedelta(days=15 * 365)
        for i in range(ERASE_PURCHASES):
            at = start + timedelta(minutes=i * 1570 + rnd.randint(0, 600))
            pid = first_id + i
            amount = rnd.randint(100, 5000) * 100
            status = "cancelled" if rnd.random() < 0.03 else rnd.choice(("picked_up", "delivered"))
            purchases.append(dict(id=pid, number=number + i, customer_id=customer.id, purchased_at=at,
                                  description="Levering til byggeplass" if i % 9 == 0 else None,
                                  total_minor=amount, currency="NOK", status=status, status_changed_at=at,
                                  due_date=None, staff_id=staff_id, version=1, document_kind="invoice"))
            lines.append(dict(purchase_id=pid, position=0, description="Betong B30, m³", quantity=1,
                              unit_price_minor=amount))
        session.execute(insert(models.Purchase), purchases)
        session.execute(insert(models.PurchaseLine), lines)
        session.add_all([models.Consent(customer_id=customer.id, purpose="newsletter", given_at=start,
                                        source="counter"),
                         models.ServiceEvent(customer_id=customer.id, kind="complaint", status="resolved",
                                             description="Sprekk i støpen", opened_at=start)])
        return customer.id


def measure(ctx) -> dict[str, float]:
    from kundereg.services.auth import AuthService
    from kundereg.services.backup import take_backup
    from kundereg.services.erasure import ErasureService
    from kundereg.services.identity import IdentityService
    from kundereg.services.register import ledger_file, open_register
    from kundereg.services.requests import RequestService
    from kundereg.services.restore import Credentials, restore_backup

    from bench.run import OWNER, OWNER_PASSWORD

    scratch = _scratch(ctx)
    db = open_register(scratch)
    try:
        owner = AuthService(db).login(OWNER, OWNER_PASSWORD)
        erasure = ErasureService(db, ledger_file(scratch))
        requests, identity = RequestService(db), IdentityService(db)
        seconds, kept = [], 0
        for run in range(ERASE_RUNS):
            cid = _customer_with_history(db, owner.actor.staff_id, seed=run + 1)
            request = requests.register(owner, cid, "erasure", "counter")
            identity.verify_photo_id(owner, cid, "passport")
            requests.confirm_identity(owner, request.id)
            started = time.perf_counter()
            result = erasure.erase(owner, request.id, "nb")
            seconds.append(time.perf_counter() - started)
            kept = result.summary.kept_count
        started = time.perf_counter()
        backup = take_backup(owner, db, scratch, PASSPHRASE, out_dir=scratch.data_dir.parent / "backups")
        backup_s = time.perf_counter() - started
    finally:
        db.close()
    register_mb = scratch.sqlite_path.stat().st_size / 1e6
    started = time.perf_counter()
    restore_backup(backup.path, PASSPHRASE, scratch, credentials=Credentials(OWNER, OWNER_PASSWORD))
    restore_s = time.perf_counter() - started
    shutil.rmtree(scratch.data_dir.parent, ignore_errors=True)
    return {"erase_median_s": statistics.median(seconds), "erase_max_s": max(seconds), "kept": kept,
            "backup_s": backup_s, "restore_s": restore_s, "backup_mb": backup.size_bytes / 1e6,
            "register_mb": register_mb}


def gdpr_rows(ctx) -> list:
    from bench.run import Row

    m = measure(ctx)
    return [
        ctx.judge(f"erasure, customer with {ERASE_PURCHASES:,} purchases (median of {ERASE_RUNS}, incl. index "
                  "clean-up and WAL checkpoint)",
                  f"{m['erase_median_s'] * 1000:.0f} ms (max {m['erase_max_s'] * 1000:.0f} ms; "
                  f"{m['kept']:,} kept anonymised)",
                  f"<= {ERASE_TARGET_S * 1000:.0f} ms", m["erase_max_s"] <= ERASE_TARGET_S),
        Row("backup of the register (snapshot, check, encrypt, verify)",
            f"{m['backup_s']:.1f} s; {m['backup_mb']:.1f} MB file for a {m['register_mb']:.1f} MB register"),
        Row("restore of that backup (decrypt, check, ledger replay, swap)", f"{m['restore_s']:.1f} s"),
    ]
