"""Customer use cases: create, update with a version check, get, search.

Every call names the acting staff member. Search returns only what is needed to pick the
right person (name, masked phone and email); the full record needs the identity gate.
"""
from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from ..db import models, search_index
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission, VerificationMethod
from ..domain.consent_purposes import is_marketing
from ..domain.customer_rules import derived_columns, normalise_customer
from ..domain.errors import ConflictError, NotFoundError, StateError
from ..domain.records import CUSTOMER_FIELDS, Customer, CustomerHit, CustomerInput
from ..domain.search_text import parse_query
from .access import StaffSession, Verification, require, require_verified
from .audit import AuditAction, record
from .shop import get_shop

MAX_PAGE = 500


class CustomerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, staff: StaffSession | None, data: CustomerInput) -> Customer:
        """Register a new customer. Whoever registers the person has them in front of them,
        so the new record counts as verified for this session."""
        actor = require(staff, Permission.EDIT_CUSTOMER)
        values = normalise_customer(data, get_shop(self._db).country)
        now = utcnow()
        with self._db.transaction() as session:
            row = models.Customer(id=next_customer_id(session), **values, **derived_columns(values),
                                  created_at=now, updated_at=now, last_activity_at=now)
            session.add(row)
            session.flush()
            record(session, AuditAction.CUSTOMER_CREATED, staff_id=actor.staff_id, customer_id=row.id,
                   fields=sorted(f for f in CUSTOMER_FIELDS if values.get(f) not in (None, "")))
            result = to_record(row)
        staff.grant(result.id, Verification(VerificationMethod.CREATED, now))
        return result

    def update(self, staff: StaffSession | None, customer_id: int, expected_version: int,
               data: CustomerInput) -> Customer:
        """Write all fields, but only if nobody saved the customer since ``expected_version``."""
        actor = require(staff, Permission.EDIT_CUSTOMER)
        require_verified(staff, customer_id)
        values = normalise_customer(data, get_shop(self._db).country)
        try:
            with self._db.transaction() as session:
                row = _load(session, customer_id)
                if row.version != expected_version:
                    raise ConflictError("Customer", customer_id)
                refuse_if_restricted(row)
                changed = sorted(f for f in CUSTOMER_FIELDS if getattr(row, f) != values.get(f))
                if not changed:
                    return to_record(row)
                for name, value in {**values, **derived_columns(values)}.items():
                    setattr(row, name, value)
                row.updated_at = utcnow()
                session.flush()
                record(session, AuditAction.CUSTOMER_CHANGED, staff_id=actor.staff_id, customer_id=customer_id,
                       fields=changed)
                return to_record(row)
        except StaleDataError:  # another connection committed between our read and write
            raise ConflictError("Customer", customer_id) from None

    def restrict(self, staff: StaffSession | None, customer_id: int, expected_version: int) -> Customer:
        """GDPR Art. 18: keep the record but stop changing or using it until lifted."""
        return self._set_restriction(staff, customer_id, expected_version, restricted=True)

    def lift_restriction(self, staff: StaffSession | None, customer_id: int, expected_version: int) -> Customer:
        return self._set_restriction(staff, customer_id, expected_version, restricted=False)

    def _set_restriction(self, staff, customer_id: int, expected_version: int, restricted: bool) -> Customer:
        actor = require(staff, Permission.HANDLE_REQUEST)
        require_verified(staff, customer_id)
        try:
            with self._db.transaction() as session:
                row = _load(session, customer_id)
                if row.version != expected_version:
                    raise ConflictError("Customer", customer_id)
                if (row.restricted_at is not None) == restricted:
                    raise StateError("Customer {id} is already {state}.", id=customer_id,
                                     state="restricted" if restricted else "not restricted")
                row.restricted_at = utcnow() if restricted else None
                session.flush()
                record(session, AuditAction.CUSTOMER_CHANGED, staff_id=actor.staff_id, customer_id=customer_id,
                       fields=["restricted_at"], restricted=restricted)
                return to_record(row)
        except StaleDataError:
            raise ConflictError("Customer", customer_id) from None

    def object_to_marketing(self, staff: StaffSession | None, customer_id: int) -> Customer:
        """GDPR Art. 21(2)-(3): no direct marketing from now on; marketing consents are withdrawn."""
        actor = require(staff, Permission.RECORD_ORDER)
        require_verified(staff, customer_id)
        now = utcnow()
        with self._db.transaction() as session:
            row = _load(session, customer_id)
            withdrawn = apply_objection(session, row, actor.staff_id, now)
            record(session, AuditAction.MARKETING_OBJECTION, staff_id=actor.staff_id, customer_id=customer_id,
                   consents_withdrawn=withdrawn)
            return to_record(row)

    def get(self, staff: StaffSession | None, customer_id: int) -> Customer:
        actor = require(staff, Permission.VIEW_CUSTOMER)
        verification = require_verified(staff, customer_id)
        with self._db.transaction() as session:
            result = to_record(_load(session, customer_id))
            record(session, AuditAction.CUSTOMER_VIEWED, staff_id=actor.staff_id, customer_id=customer_id,
                   basis=verification.method.value)
            return result

    def search(self, staff: StaffSession | None, text: str, limit: int = 100, offset: int = 0) -> list[CustomerHit]:
        """Ranked matches (exact word, word start, anywhere); empty text lists everyone by name."""
        require(staff, Permission.SEARCH)
        limit = max(1, min(limit, MAX_PAGE))
        with self._db.single_read() as conn:
            return search_index.search(conn, parse_query(text), limit, max(0, offset))


def apply_objection(session, row: models.Customer, staff_id: int, now) -> int:
    """The objection itself, shared with completing an objection request: marked on the record,
    and every active marketing consent withdrawn. Returns how many were withdrawn."""
    if row.marketing_objection_at is None:
        row.marketing_objection_at = now
    withdrawn = 0
    for consent in session.scalars(select(models.Consent).where(
            models.Consent.customer_id == row.id, models.Consent.withdrawn_at.is_(None))):
        if is_marketing_purpose(consent.purpose):
            consent.withdrawn_at, consent.withdrawn_by = now, staff_id
            withdrawn += 1
    session.flush()
    return withdrawn


def is_marketing_purpose(purpose: str) -> bool:
    """Consents for direct marketing, which an objection ends (domain.consent_purposes: newsletter,
    marketing_sms, their older stored labels, and imported keys starting marketing or newsletter)."""
    return is_marketing(purpose)


def refuse_if_restricted(row: models.Customer) -> None:
    if row.restricted_at is not None:
        raise StateError("Customer {id} is restricted (GDPR Art. 18): the record is read-only until the "
                         "restriction is lifted.", id=row.id)


def _load(session, customer_id: int) -> models.Customer:
    row = session.get(models.Customer, customer_id)
    if row is None:
        raise NotFoundError("Customer", customer_id)
    return row


def next_customer_id(session) -> int | None:
    """SQLite hands out max(rowid) + 1, so erasing the newest customer would give their number to
    the next one, and the audit trail and receipts name customers by number. Past the erased
    ones too (the erasure ledger); other databases' sequences never go back (None: use them)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    newest = session.scalar(select(func.max(models.Customer.id))) or 0
    erased = session.scalar(select(func.max(models.ErasureLedger.customer_id))) or 0
    return max(newest, erased) + 1


def to_record(row: models.Customer) -> Customer:
    return Customer(
        id=row.id, version=row.version, first_name=row.first_name, last_name=row.last_name,
        mobile=row.mobile, email=row.email, street=row.street, postal_code=row.postal_code,
        city=row.city, country=row.country, company_name=row.company_name, org_number=row.org_number,
        invoice_email=row.invoice_email, notes=row.notes, created_at=row.created_at,
        updated_at=row.updated_at, last_activity_at=row.last_activity_at, restricted_at=row.restricted_at,
        marketing_objection_at=row.marketing_objection_at)
