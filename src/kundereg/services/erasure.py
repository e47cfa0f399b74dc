"""Erasure (GDPR Art. 17): all or nothing, in one transaction, and physically gone afterwards.

The person's contact data, notes, consents, service events and search-index entries are
deleted. Purchases the bookkeeping act of the shop's country still keeps stay as anonymous
accounting records with only what that kind of document must show: a cash receipt keeps no
buyer at all, an invoice keeps the buyer's name, address and organisation number. Each kept
record is stamped with its retention rule and the last day it must be kept; the retention
run deletes it after that. Purchases past retention, and orders no law keeps, are deleted.

After the commit the WAL is checkpointed and truncated. With ``secure_delete`` and FTS5's
``secure-delete`` the erased values are then gone from the database file, its -wal and -shm
files and the index's shadow tables. The erasure ledger (services.ledger) remembers the
customer number and time, so a restored backup cannot bring the person back.
"""
from __future__ import annotations

import io
import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from ..db import models
from ..db.database import Database
from ..db.reclaim import vacuum_full
from ..db.types import utcnow
from ..domain.access import Permission, VerificationMethod
from ..domain.enums import OPEN_STATUSES, PurchaseStatus, RequestChannel, RequestStatus, RequestType
from ..domain.errors import NotFoundError, StateError
from ..domain.languages import check_language
from ..domain.report_data import BackupInfo, ErasureReceiptData, KeptRecords, VerificationInfo
from ..domain.retention import (INVOICE_BUYER_LAW, RULES, DocumentKind, document_date, retain_until,
                                rule_for)
from .access import StaffSession, require
from .audit import AuditAction, record as audit
from .files import write_atomically
from .identity import IdentityService, pass_gate
from .ledger import LedgerEntry, LedgerFile
from .notices import forget_customer as forget_notices
from .profile import controller_info, get_profile
from .requests import RequestService
from .shop import get_shop

log = logging.getLogger(__name__)

CHUNK = 500  # ids per IN (...) list: well under every database's parameter limit
# Every table erase_customer deletes from or rewrites (PostgreSQL rewrites them afterwards).
ERASED_TABLES = ("customer", "purchase", "purchase_line", "service_event", "consent", "data_request",
                 "notice_preference", "outbox_message")

# What each kind of kept record still shows.
KEPT_FIELDS: dict[str, tuple[str, ...]] = {
    DocumentKind.RECEIPT: ("number", "date", "lines", "total"),
    DocumentKind.INVOICE: ("number", "date", "lines", "total", "buyer_name", "buyer_address", "buyer_org_number"),
    "order": ("number", "date", "lines", "total"),
}


@dataclass(frozen=True, slots=True)
class ErasureSummary:
    """What one erasure did, in counts. Plain data: safe to log, audit and print."""

    customer_id: int
    customer_created_at: datetime
    erased: tuple[tuple[str, int], ...]
    kept: tuple[KeptRecords, ...]

    @property
    def kept_count(self) -> int:
        return sum(k.count for k in self.kept)


@dataclass(frozen=True, slots=True)
class ErasurePlan:
    """What erasing a customer would do, for the confirmation dialog (nothing is changed)."""

    customer_id: int
    open_orders: tuple[int, ...]   # ticket numbers that must be finished or cancelled first
    restricted: bool
    purchases_deleted: int
    purchases_kept: int
    latest_kept_until: date | None


@dataclass(frozen=True, slots=True)
class ErasureResult:
    summary: ErasureSummary
    receipt: ErasureReceiptData
    checkpointed: bool  # False when another connection kept the WAL from being truncated
    receipt_path: Path | None = None  # the shop's copy of the receipt (it names no one)


@dataclass(frozen=True, slots=True)
class RequestedErasure:
    """An erasure carried out on the person's request, with the receipt to hand them."""

    result: ErasureResult
    receipt_pdf: bytes
    password: str | None  # set when the receipt is encrypted: give it to the person separately


class ErasureService:
    def __init__(self, db: Database, ledger: LedgerFile | None,
                 backups: Callable[[datetime], BackupInfo] | None = None,
                 today: Callable[[], date] = lambda: utcnow().date(), receipt_dir: Path | None = None,
                 requests: RequestService | None = None, identity: IdentityService | None = None) -> None:
        self._db = db
        self._ledger = ledger
        self._backups = backups
        self._today = today
        self._receipt_dir = receipt_dir
        self._requests = requests or RequestService(db)
        self._identity = identity or IdentityService(db)

    def erase_on_request(self, staff: StaffSession | None, customer_id: int, method: VerificationMethod | str,
                         detail: str | None, language: str, *, channel: RequestChannel | str = RequestChannel.COUNTER,
                         request_ref: str | None = None, password_protect: bool = False,
                         stated: Callable[[str], str] | None = None,
                         code: Callable[[str], str] | None = None) -> RequestedErasure:
        """The whole erasure workflow for a person who asks in person or in writing.

        Uses the request ``request_ref`` or the customer's open erasure request, registering one
        (``channel``) when there is none; checks the person's identity (``services.identity.pass_gate``),
        notes it on the request, erases and renders the receipt (AES-256 with ``password_protect``)."""
        require(staff, Permission.ERASE)
        check_language(language)
        if request_ref:
            request = self._requests.by_reference(staff, request_ref)
            if request.customer_id != customer_id:
                raise StateError("Request {ref} is not about customer {id}.", ref=request.reference, id=customer_id)
        else:
            request = next((r for r in self._requests.requests(staff, open_only=True, customer_id=customer_id)
                            if r.kind is RequestType.ERASURE), None)
        with self._db.read() as session:  # refused before anything is written: no request is left open
            refuse_if_not_erasable(session, customer_id)
        pass_gate(self._identity, staff, customer_id, method, detail, stated=stated, code=code)
        if request is None:
            request = self._requests.register(staff, customer_id, RequestType.ERASURE, channel)
        if request.status is RequestStatus.RECEIVED:
            request = self._requests.confirm_identity(staff, request.id)
        result = self.erase(staff, request.id, language)
        password = None
        if password_protect:
            from ..reports.page import new_report_password

            password = new_report_password()
        pdf = io.BytesIO()
        render_receipt(result.receipt, pdf, password=password)
        return RequestedErasure(result, pdf.getvalue(), password)

    def plan(self, staff: StaffSession | None, customer_id: int) -> ErasurePlan:
        require(staff, Permission.ERASE)
        country = get_shop(self._db).country
        with self._db.read() as session:
            customer = session.get(models.Customer, customer_id)
            if customer is None:
                raise NotFoundError("Customer", customer_id)
            rows = _purchases(session, customer_id)
            fate = _classify(rows, country, self._today())
            return ErasurePlan(
                customer_id=customer_id,
                open_orders=tuple(sorted(r.number for r in rows if PurchaseStatus(r.status) in OPEN_STATUSES)),
                restricted=customer.restricted_at is not None,
                purchases_deleted=len(fate.deleted), purchases_kept=sum(len(ids) for ids in fate.kept.values()),
                latest_kept_until=max((until for (_, _, until) in fate.kept), default=None))

    def erase(self, staff: StaffSession | None, request_id: int, language: str) -> ErasureResult:
        """Carry out an erasure request whose requester's identity was confirmed."""
        actor = require(staff, Permission.ERASE)
        check_language(language)
        shop = get_shop(self._db)
        now = utcnow()
        with self._db.transaction() as session:
            request = session.get(models.DataRequest, request_id)
            if request is None:
                raise NotFoundError("Request", request_id)
            _check_request(request)
            customer = refuse_if_not_erasable(session, request.customer_id)
            summary = erase_customer(session, customer, shop.country, now, self._today())
            session.add(models.ErasureLedger(customer_id=summary.customer_id,
                                             customer_created_at=summary.customer_created_at,
                                             erased_at=now, reason="request"))
            request.extension_reason = request.refusal_reason = None  # free text may name the person
            request.status = RequestStatus.COMPLETED.value
            request.handled_by, request.completed_at = actor.staff_id, now
            audit(session, AuditAction.ERASURE, staff_id=actor.staff_id, customer_id=summary.customer_id,
                  request=request.reference, **{f"erased_{k}": n for k, n in summary.erased},
                  kept=summary.kept_count)
            audit(session, AuditAction.REQUEST_STEP, staff_id=actor.staff_id, customer_id=summary.customer_id,
                  request=request.reference, status=RequestStatus.COMPLETED.value)
            verification = _verification(session, request)
            signer = session.get(models.Staff, actor.staff_id)
            staff_name, staff_role = signer.display_name, signer.role
            reference, received_on = request.reference, request.received_on
        staff.forget(summary.customer_id)
        checkpointed = checkpoint(self._db)
        if self._ledger is not None:
            self._ledger.append([LedgerEntry(summary.customer_id, summary.customer_created_at, now, "request")])
        backups = self._backups(now) if self._backups is not None else BackupInfo(0, None, None, 0, 0)
        receipt = ErasureReceiptData(
            controller=controller_info(get_profile(self._db)), language=language, reference=reference,
            request_received_on=received_on, erased_at=now, verification=verification,
            customer_number=summary.customer_id, erased=summary.erased, kept=summary.kept,
            backups=backups, staff_name=staff_name, staff_role=staff_role)
        log.info("customer %d erased (request %s): %d records kept by law", summary.customer_id, reference,
                 summary.kept_count)
        path = self._file_receipt(receipt) if self._receipt_dir is not None else None
        return ErasureResult(summary, receipt, checkpointed, path)

    def _file_receipt(self, receipt: ErasureReceiptData) -> Path | None:
        """Keep the shop's copy: proof of what was done, and printable again (no personal data)."""
        self._receipt_dir.mkdir(parents=True, exist_ok=True)
        try:
            return write_atomically(self._receipt_dir / f"erasure-{receipt.reference}.pdf",
                                    lambda partial: render_receipt(receipt, partial))
        except OSError as exc:  # the erasure stands; the receipt can be printed from the CLI again
            log.error("could not file the erasure receipt (%s)", type(exc).__name__)
            return None


def refuse_if_not_erasable(session: Session, customer_id: int) -> models.Customer:
    """The customer, unless something stands in the way of erasing them now."""
    customer = session.get(models.Customer, customer_id)
    if customer is None:
        raise NotFoundError("Customer", customer_id)
    if customer.restricted_at is not None:
        raise StateError("Customer {id} is restricted (Art. 18). Lift the restriction first if the "
                         "reason for it no longer stands.", id=customer.id)
    open_numbers = session.scalars(select(models.Purchase.number).where(
        models.Purchase.customer_id == customer.id,
        models.Purchase.status.in_([s.value for s in OPEN_STATUSES])).order_by(models.Purchase.number)).all()
    if open_numbers:
        raise StateError("Customer {id} has open orders ({numbers}). Hand them over or cancel them "
                         "before erasing.", id=customer.id, numbers=", ".join(map(str, open_numbers)))
    return customer


def render_receipt(data: ErasureReceiptData, out: str | os.PathLike | BinaryIO, password: str | None = None) -> None:
    from ..reports.erasure_receipt import render_erasure_receipt

    render_erasure_receipt(data, out, password=password)


def _check_request(request: models.DataRequest) -> None:
    if request.kind != RequestType.ERASURE.value:
        raise StateError("Request {reference} is not an erasure request.", reference=request.reference)
    if request.customer_id is None:
        raise StateError("Request {reference} has no customer any more: it was erased already.",
                         reference=request.reference)
    if request.status not in (RequestStatus.IDENTITY_VERIFIED.value, RequestStatus.IN_PROGRESS.value):
        raise StateError("Request {reference} is {status}; confirm the requester's identity on it first.",
                         reference=request.reference, status=request.status)
    if request.verification_method in (None, VerificationMethod.BUSINESS_REASON.value,
                                       VerificationMethod.CREATED.value):
        raise StateError("Request {reference} has no identity check on it.", reference=request.reference)


def _verification(session: Session, request: models.DataRequest) -> VerificationInfo | None:
    if request.verification_method is None or request.verified_at is None:
        return None
    verifier = session.get(models.Staff, request.verified_by) if request.verified_by else None
    return VerificationInfo(method=request.verification_method, detail=request.verification_detail,
                            staff_name=verifier.display_name if verifier else "", at=request.verified_at)


# -- the erasure itself, shared by requests, the retention run and ledger replay -------------------

@dataclass(frozen=True, slots=True)
class _PurchaseRow:
    id: int
    number: int
    status: str
    document_kind: str
    purchased_at: datetime
    status_changed_at: datetime | None
    has_note: bool


@dataclass(slots=True)
class _Fate:
    deleted: list[int]
    kept: dict[tuple[str, str, date], list[int]]  # (kind, rule key, until) -> purchase ids
    notes: int  # kept records whose free-text note goes


def _purchases(session: Session, customer_id: int) -> list[_PurchaseRow]:
    # Core rows, not ORM ones: a customer may have thousands of purchases.
    P = models.Purchase.__table__.c
    return [_PurchaseRow(*row) for row in session.connection().execute(
        select(P.id, P.number, P.status, P.document_kind, P.purchased_at, P.status_changed_at,
               P.description.is_not(None)).where(P.customer_id == customer_id))]


def _classify(rows: Iterable[_PurchaseRow], country: str, today: date) -> _Fate:
    fate = _Fate([], defaultdict(list), 0)
    decided: dict[tuple[str, str, int], tuple[str, str, date] | None] = {}  # thousands of rows, few cases
    for row in rows:
        # Retention counts from the end of the document's fiscal (calendar) year: the year decides.
        case = (row.status, row.document_kind, document_date(row.purchased_at, row.status_changed_at).year)
        if case not in decided:
            decided[case] = _decide(case[0], case[1], date(case[2], 1, 1), country, today)
        outcome = decided[case]
        if outcome is None:
            fate.deleted.append(row.id)
            continue
        fate.kept[outcome].append(row.id)
        fate.notes += row.has_note
    return fate


def _decide(status_value: str, document_kind: str, day: date, country: str, today: date):
    """(kind, rule key, until) for a record the law keeps, None for one that goes."""
    status = PurchaseStatus(status_value)
    if status in OPEN_STATUSES:
        status = PurchaseStatus.CANCELLED  # only a replayed erasure meets these: never a sale
    rule = rule_for(country, status)
    if rule is None:
        return None
    until = retain_until(rule, day)
    if until < today:
        return None
    return ("order" if status is PurchaseStatus.CANCELLED else document_kind, rule.key, until)


def erase_customer(session: Session, customer: models.Customer, country: str, now: datetime,
                   today: date) -> ErasureSummary:
    """Delete one customer and everything about them the law does not keep, inside ``session``."""
    cid = customer.id
    fate = _classify(_purchases(session, cid), country, today)
    buyer = _buyer(customer, country)
    P = models.Purchase
    for (kind, rule_key, until), ids in fate.kept.items():
        values = dict(customer_id=None, description=None, anonymised_at=now, retain_until=until,
                      retention_rule=rule_key, version=P.version + 1,
                      buyer_name=None, buyer_org_number=None, buyer_address=None)
        if kind == DocumentKind.INVOICE:
            values.update(buyer)
        for chunk in _chunks(ids):
            session.execute(update(P).where(P.id.in_(chunk)).values(**values)
                            .execution_options(synchronize_session=False))
    events = session.execute(delete(models.ServiceEvent).where(models.ServiceEvent.customer_id == cid)
                             .execution_options(synchronize_session=False)).rowcount
    for chunk in _chunks(fate.deleted):
        # Lines go with their purchase (ON DELETE CASCADE), deleted explicitly for databases
        # where the cascade is not enforced.
        session.execute(delete(models.PurchaseLine).where(models.PurchaseLine.purchase_id.in_(chunk))
                        .execution_options(synchronize_session=False))
        session.execute(delete(P).where(P.id.in_(chunk)).execution_options(synchronize_session=False))
    consents = session.execute(delete(models.Consent).where(models.Consent.customer_id == cid)
                               .execution_options(synchronize_session=False)).rowcount
    requests = session.execute(update(models.DataRequest).where(models.DataRequest.customer_id == cid)
                               .values(customer_id=None, extension_reason=None, refusal_reason=None)
                               .execution_options(synchronize_session=False)).rowcount
    erased = [("contact", 1)]
    if customer.street or customer.postal_code or customer.city:
        erased.append(("address", 1))
    if customer.company_name or customer.org_number or customer.invoice_email:
        erased.append(("company", 1))
    if customer.notes or requests:
        erased.append(("notes", 1))
    erased += [("consents", consents), ("service_events", events), ("purchases", len(fate.deleted)),
               ("order_notes", fate.notes), ("search_index", 1), ("verification", 1)]
    forget_notices(session, cid)  # queued notices and the notice choice (services.notices)
    created_at = customer.created_at
    # Core DELETE: the ORM would first load and null the purchases it still believes are linked.
    session.execute(delete(models.Customer).where(models.Customer.id == cid)
                    .execution_options(synchronize_session=False))
    session.expunge(customer)
    kept = tuple(KeptRecords(kind=kind, count=len(ids), fields=_kept_fields(kind, buyer), law=RULES[rule_key].law,
                             buyer_law=INVOICE_BUYER_LAW.get(country) if kind == DocumentKind.INVOICE else None,
                             until=until)
                 for (kind, rule_key, until), ids in sorted(fate.kept.items(), key=lambda item: (item[0][2],
                                                                                               item[0][0])))
    return ErasureSummary(cid, created_at, tuple((k, n) for k, n in erased if n), kept)


def _buyer(customer: models.Customer, country: str) -> dict[str, str | None]:
    """What an invoice must still show of its buyer after an erasure, and no more.

    Norway: bokføringsforskriften § 5-1-1 nr. 3 asks for the buyer's name and address *or*
    organisation number (confirmed in Skatteetaten's "Krav til salgsdokumentet"): with an
    organisation number the address goes. SE (mervärdesskattelagen 17 kap. 24 §), FI
    (arvonlisäverolaki 209 e §) and DK (momsbekendtgørelsen § 58) ask for name and address, and the
    buyer's VAT number where the buyer pays the VAT (reverse charge, intra-EU): the register cannot
    tell those sales apart, so the organisation number stays there."""
    person = " ".join(p for p in (customer.first_name, customer.last_name) if p)
    place = " ".join(p for p in (customer.postal_code, customer.city) if p)
    address = ", ".join(p for p in (customer.street, place, customer.country) if p)
    buyer = {"buyer_name": customer.company_name or person or None, "buyer_org_number": customer.org_number,
             "buyer_address": address or None}
    if country == "NO" and customer.org_number:
        buyer["buyer_address"] = None
    return buyer


def _kept_fields(kind: DocumentKind, buyer: dict[str, str | None]) -> tuple[str, ...]:
    """The fields the receipt says were kept: no address on a Norwegian invoice with an org number."""
    fields = KEPT_FIELDS[kind]
    if kind == DocumentKind.INVOICE and buyer["buyer_address"] is None and buyer["buyer_org_number"]:
        return tuple(f for f in fields if f != "buyer_address")
    return fields


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def checkpoint(db: Database) -> bool:
    """Copy the WAL into the database file and truncate it, so old page images are gone too.

    Returns False when a reader on another connection kept the WAL in use; the next
    checkpoint (at the latest when the last connection closes) finishes the job. On
    PostgreSQL the tables an erasure writes are rewritten instead (db.reclaim: what that
    removes and what stays on the server); False when one could not be.
    """
    if db.engine.dialect.name == "postgresql":
        return vacuum_full(db.engine, ERASED_TABLES)
    if db.engine.dialect.name != "sqlite":
        return True
    with db.engine.connect() as conn:
        busy, _, _ = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
    if busy:
        log.warning("WAL checkpoint after erasure was blocked by another connection")
    return not busy


def ledger_rows(session: Session) -> list[LedgerEntry]:
    return [LedgerEntry(r.customer_id, r.customer_created_at, r.erased_at, r.reason)
            for r in session.scalars(select(models.ErasureLedger))]


@dataclass(frozen=True, slots=True)
class ReplayReport:
    reerased: tuple[int, ...]  # customer numbers a restored copy had brought back
    added_to_file: int
    added_to_register: int


def reconcile_ledger(db: Database, ledger: LedgerFile | None, today: date | None = None) -> ReplayReport:
    """Merge the ledger file and table, then erase again everyone on it who is present.

    Run every time a register is opened (and by restore before the file is put in place), so
    a restored backup or an old copy of the database never shows an erased person.
    """
    file_entries = ledger.read() if ledger is not None else []
    now = utcnow()
    L, C = models.ErasureLedger, models.Customer
    returned = (select(C).join(L, (L.customer_id == C.id) & (L.customer_created_at == C.created_at))
                .order_by(C.id))
    # Look first under a read transaction: opening a register to read must not wait for (or take)
    # the write lock while another process writes, and almost always nothing needs doing.
    with db.read() as session:
        table_entries = ledger_rows(session)
        in_table = {e.key for e in table_entries}
        stale = (any(e.key not in in_table for e in file_entries)
                 or session.scalars(returned.limit(1)).first() is not None)
    if not stale:
        return ReplayReport((), len(_complete_file(ledger, file_entries, table_entries)), 0)
    with db.transaction() as session:
        table_entries = ledger_rows(session)
        in_table = {e.key for e in table_entries}
        missing_in_table = [e for e in {e.key: e for e in file_entries}.values() if e.key not in in_table]
        for entry in missing_in_table:
            session.add(models.ErasureLedger(customer_id=entry.customer_id,
                                             customer_created_at=entry.customer_created_at,
                                             erased_at=entry.erased_at, reason=entry.reason))
        session.flush()
        back = session.scalars(returned).all()
        reerased = []
        if back:
            country = session.scalar(select(models.Shop.country)) or ""
            for customer in back:
                summary = erase_customer(session, customer, country, now, today or now.date())
                audit(session, AuditAction.ERASURE_REPLAYED, staff_id=None, customer_id=summary.customer_id,
                      kept=summary.kept_count)
                reerased.append(summary.customer_id)
    missing_in_file = _complete_file(ledger, file_entries, table_entries)
    if reerased:
        checkpoint(db)
        log.warning("erased again %d customer(s) that a restored copy of the register had brought back",
                    len(reerased))
    return ReplayReport(tuple(reerased), len(missing_in_file), len(missing_in_table))


def _missing_in_file(file_entries, table_entries) -> list[LedgerEntry]:
    in_file = {e.key for e in file_entries}
    return sorted(e for e in table_entries if e.key not in in_file)


def _complete_file(ledger: LedgerFile | None, file_entries, table_entries) -> list[LedgerEntry]:
    """Append to the ledger file what only the table knows (a line lost in a crash)."""
    missing = _missing_in_file(file_entries, table_entries)
    if ledger is not None and missing:
        ledger.append(missing)
    return missing
