"""The shop's retention rules, applied at start and by `kundereg retention --apply`.

Three rules: customers inactive for longer than the shop's ``inactive_years`` are erased
the same way as on request (their accounting records stay, anonymised, as long as the law
says); anonymised accounting records past their ``retain_until`` date are deleted; consents
older than ``consent_years`` expire. A dry run lists what would happen and changes nothing.
Each run is audited; erased customers go into the erasure ledger.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from sqlalchemy import delete, func, select, update

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission
from ..domain.enums import OPEN_STATUSES
from ..domain.retention import add_years
from .access import StaffSession, require
from .audit import AuditAction, record as audit
from .erasure import CHUNK, checkpoint, erase_customer
from .ledger import LedgerEntry, LedgerFile

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetentionReport:
    applied: bool
    inactive_years: int | None
    inactive_before: date | None
    customers: tuple[int, ...]           # inactive customers erased (or to be erased)
    skipped_open_orders: tuple[int, ...]  # inactive, but with an order still open
    skipped_restricted: tuple[int, ...]   # inactive, but restricted (Art. 18): kept on purpose
    records_past_retention: int          # anonymised accounting records deleted (or to be)
    consent_years: int | None
    consents_expired: int

    @property
    def changes(self) -> int:
        return len(self.customers) + self.records_past_retention + self.consents_expired


def run_retention(db: Database, staff: StaffSession | None, *, apply: bool, ledger: LedgerFile | None,
                  today: Callable[[], date] = lambda: utcnow().date()) -> RetentionReport:
    """``staff`` None is the app's own run at start; a person running it must be the owner."""
    if staff is not None:
        require(staff, Permission.ERASE)
    staff_id = staff.actor.staff_id if staff is not None else None
    day = today()
    now = utcnow()
    erased: list[LedgerEntry] = []
    with db.transaction() as session:
        shop = session.get(models.Shop, 1)
        if shop is None:
            return RetentionReport(False, None, None, (), (), (), 0, None, 0)
        C, P = models.Customer, models.Purchase
        inactive_before = add_years(day, -shop.inactive_years) if shop.inactive_years else None
        chosen: list[int] = []
        skipped_open: list[int] = []
        restricted: list[int] = []
        if inactive_before is not None:
            cutoff = datetime.combine(inactive_before, time.min, tzinfo=timezone.utc)
            candidates = session.execute(select(C.id, C.restricted_at.is_not(None))
                                         .where(C.last_activity_at < cutoff).order_by(C.id)).all()
            with_open = set(session.scalars(select(P.customer_id).where(
                P.customer_id.in_(select(C.id).where(C.last_activity_at < cutoff)),
                P.status.in_([s.value for s in OPEN_STATUSES]))))
            for cid, is_restricted in candidates:
                if is_restricted:
                    restricted.append(cid)
                elif cid in with_open:
                    skipped_open.append(cid)
                else:
                    chosen.append(cid)
        past = select(P.id).where(P.anonymised_at.is_not(None), P.retain_until < day)
        past_ids = session.scalars(past).all()
        consent_cutoff = None
        expiring = 0
        if shop.consent_years:
            consent_cutoff = datetime.combine(add_years(day, -shop.consent_years), time.min, tzinfo=timezone.utc)
            expiring = session.scalar(select(func.count()).select_from(models.Consent).where(
                models.Consent.given_at < consent_cutoff, models.Consent.withdrawn_at.is_(None),
                models.Consent.expired_at.is_(None))) or 0
        if apply:
            for cid in chosen:
                customer = session.get(C, cid)
                summary = erase_customer(session, customer, shop.country, now, day)
                session.add(models.ErasureLedger(customer_id=cid, customer_created_at=summary.customer_created_at,
                                                 erased_at=now, reason="retention"))
                audit(session, AuditAction.ERASURE, staff_id=staff_id, customer_id=cid, reason="retention",
                      kept=summary.kept_count)
                erased.append(LedgerEntry(cid, summary.customer_created_at, now, "retention"))
            for start in range(0, len(past_ids), CHUNK):
                chunk = past_ids[start:start + CHUNK]
                session.execute(delete(models.PurchaseLine).where(models.PurchaseLine.purchase_id.in_(chunk)))
                session.execute(delete(P).where(P.id.in_(chunk)))
            if consent_cutoff is not None:
                session.execute(update(models.Consent).where(
                    models.Consent.given_at < consent_cutoff, models.Consent.withdrawn_at.is_(None),
                    models.Consent.expired_at.is_(None)).values(expired_at=now))
        report = RetentionReport(
            applied=apply, inactive_years=shop.inactive_years, inactive_before=inactive_before,
            customers=tuple(chosen), skipped_open_orders=tuple(skipped_open), skipped_restricted=tuple(restricted),
            records_past_retention=len(past_ids), consent_years=shop.consent_years, consents_expired=expiring)
        audit(session, AuditAction.RETENTION_RUN, staff_id=staff_id, applied=apply, customers=len(chosen),
              records=len(past_ids), consents=expiring, skipped_open=len(skipped_open),
              skipped_restricted=len(restricted))
    if apply and report.changes:
        checkpoint(db)
        if ledger is not None:
            ledger.append(erased)
        log.info("retention applied: %d customers erased, %d records deleted, %d consents expired",
                 len(chosen), len(past_ids), expiring)
    return report
