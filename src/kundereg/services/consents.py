"""Consent records: given and withdrawn, with time, source and staff, never overwritten."""
from __future__ import annotations

from datetime import datetime

from dataclasses import dataclass

from sqlalchemy import func, select

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain import validation as v
from ..domain.consent_purposes import CONSENT_PURPOSES, purpose_key, stored_forms
from ..domain.enums import ConsentSource
from ..domain.errors import NotFoundError, StateError, ValidationError
from ..domain.access import Permission
from ..domain.records import Consent
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .customers import is_marketing_purpose, refuse_if_restricted


@dataclass(frozen=True, slots=True)
class PurposeInfo:
    key: str
    label: str
    marketing: bool
    active_consents: int


class ConsentService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def give(self, staff: StaffSession | None, customer_id: int, purpose: str, source: ConsentSource | str,
             at: datetime | None = None, *, strict: bool = False) -> Consent:
        """Record a consent. A known purpose is stored by its key; with ``strict`` (the command
        line) anything else is refused, listing the known ones."""
        actor = require(staff, Permission.RECORD_ORDER)
        require_verified(staff, customer_id)
        purpose = v.text("purpose", purpose, required=True)
        if strict:
            with self._db.read() as session:
                purpose = known_purpose(session, purpose)
        else:
            purpose = purpose_key(purpose) or purpose
        try:
            source = ConsentSource(source)
        except ValueError:
            raise ValidationError("source", "must be counter, web, email, phone or letter.") from None
        with self._db.transaction() as session:
            customer = session.get(models.Customer, customer_id)
            if customer is None:
                raise NotFoundError("Customer", customer_id)
            refuse_if_restricted(customer)
            if customer.marketing_objection_at is not None and is_marketing_purpose(purpose):
                raise StateError("The customer has objected to marketing; a marketing consent cannot be recorded.")
            active = session.scalar(select(models.Consent.id).where(
                models.Consent.customer_id == customer_id, models.Consent.purpose == purpose,
                models.Consent.withdrawn_at.is_(None), models.Consent.expired_at.is_(None)))
            if active is not None:
                raise StateError("The customer has already consented to this purpose.")
            row = models.Consent(customer_id=customer_id, purpose=purpose, given_at=at or utcnow(),
                                 source=source.value, staff_id=actor.staff_id)
            session.add(row)
            session.flush()
            audit(session, AuditAction.CONSENT_GIVEN, staff_id=actor.staff_id, customer_id=customer_id,
                  consent=row.id, source=source.value)
            return consent_record(row)

    def withdraw(self, staff: StaffSession | None, consent_id: int, at: datetime | None = None) -> Consent:
        actor = require(staff, Permission.RECORD_ORDER)
        with self._db.transaction() as session:
            row = session.get(models.Consent, consent_id)
            if row is None:
                raise NotFoundError("Consent", consent_id)
            require_verified(staff, row.customer_id)
            if row.withdrawn_at is not None:
                raise StateError("This consent was already withdrawn.")
            row.withdrawn_at = at or utcnow()
            row.withdrawn_by = actor.staff_id
            session.flush()
            audit(session, AuditAction.CONSENT_WITHDRAWN, staff_id=actor.staff_id, customer_id=row.customer_id,
                  consent=row.id)
            return consent_record(row)

    def withdraw_purpose(self, staff: StaffSession | None, customer_id: int, purpose: str) -> Consent:
        """Withdraw the customer's active consent for ``purpose`` (a key, see ``purposes``)."""
        require(staff, Permission.RECORD_ORDER)
        require_verified(staff, customer_id)
        with self._db.read() as session:
            if session.get(models.Customer, customer_id) is None:
                raise NotFoundError("Customer", customer_id)
            found = session.scalar(select(models.Consent.id).where(
                models.Consent.customer_id == customer_id, models.Consent.withdrawn_at.is_(None),
                models.Consent.expired_at.is_(None), models.Consent.purpose.in_(purpose_values(session, purpose))))
        if found is None:
            raise StateError("Customer {id} has no active consent for that purpose.", id=customer_id)
        return self.withdraw(staff, found)

    def purposes(self, staff: StaffSession | None) -> list[PurposeInfo]:
        """The purposes consents can be given for: the stable keys, and any other key the register
        holds (from an import), each with its count of active consents."""
        require(staff, Permission.RECORD_ORDER)
        with self._db.read() as session:
            counts = dict(session.execute(select(models.Consent.purpose, func.count()).where(
                models.Consent.withdrawn_at.is_(None), models.Consent.expired_at.is_(None))
                .group_by(models.Consent.purpose)).all())
            stored = session.scalars(select(models.Consent.purpose).distinct()).all()
        out = [PurposeInfo(p.key, p.label, p.marketing, sum(counts.get(f, 0) for f in stored_forms(p.key)))
               for p in CONSENT_PURPOSES.values()]
        from .customers import is_marketing_purpose

        extra = sorted({s for s in stored if purpose_key(s) is None})
        return out + [PurposeInfo(s, s, is_marketing_purpose(s), counts.get(s, 0)) for s in extra]

    def history(self, staff: StaffSession | None, customer_id: int) -> list[Consent]:
        actor = require(staff, Permission.VIEW_CUSTOMER)
        require_verified(staff, customer_id)
        with self._db.transaction() as session:
            audit(session, AuditAction.CONSENTS_VIEWED, staff_id=actor.staff_id, customer_id=customer_id)
            rows = session.scalars(select(models.Consent).where(models.Consent.customer_id == customer_id)
                                   .order_by(models.Consent.given_at)).all()
            return [consent_record(r) for r in rows]


def consent_record(row: models.Consent) -> Consent:
    return Consent(id=row.id, customer_id=row.customer_id, purpose=row.purpose, given_at=row.given_at,
                   withdrawn_at=row.withdrawn_at, source=row.source, staff_id=row.staff_id,
                   withdrawn_by=row.withdrawn_by, expired_at=row.expired_at)


def known_purpose(session, value: str) -> str:
    """The stable key ``value`` names, or a key the register already holds; an error listing the
    known ones otherwise (a typo must not file a consent nobody will ever find)."""
    key = purpose_key(value)
    if key is not None:
        return key
    stored = session.scalar(select(models.Consent.purpose).where(models.Consent.purpose == value.strip()).limit(1))
    if stored is not None:
        return stored
    others = sorted({s for s in session.scalars(select(models.Consent.purpose).distinct()) if purpose_key(s) is None})
    raise ValidationError("purpose", "is not a known purpose. Known purposes: {keys}.",
                          keys=", ".join([*CONSENT_PURPOSES, *others]))


def purpose_values(session, value: str) -> tuple[str, ...]:
    """What consents for the purpose ``value`` names may be stored as (the key, older labels)."""
    return stored_forms(known_purpose(session, value))
