"""The identity gate: a person's full record is shown only after a verification or a reason.

Methods: photo ID checked at the counter (its type recorded, never its number); a knowledge
check (the person states a phone, email or ticket number and the app compares without
revealing the stored value); a one-time code sent to the registered email (or by SMS through
a gateway); or, without the person present, a business reason from the shop's purposes.
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import select

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain import validation as v
from ..domain.access import (DEFAULT_REASONS, KnowledgeField, Permission, PhotoIdType, VerificationFailed,
                             VerificationMethod, mask_email, mask_phone)
from ..domain.errors import NotFoundError, StateError, ValidationError
from ..domain.text import fold
from .access import PendingCode, StaffSession, Verification, require
from .audit import AuditAction, record
from .mail import CodeSender
from .shop import get_shop

CODE_LIFETIME = timedelta(minutes=10)
MAX_CODE_ATTEMPTS = 5
MAX_KNOWLEDGE_FAILURES = 3


class IdentityService:
    def __init__(self, db: Database, senders: dict[VerificationMethod, CodeSender] | None = None,
                 clock: Callable[[], datetime] = utcnow) -> None:
        self._db = db
        self._senders = dict(senders or {})
        self._now = clock

    def code_channels(self) -> list[VerificationMethod]:
        return list(self._senders)

    def reasons(self) -> dict[str, str]:
        """Purpose code -> description; the shop profile will supply its own purposes."""
        return dict(DEFAULT_REASONS)

    def verify_photo_id(self, staff: StaffSession | None, customer_id: int, id_type: PhotoIdType | str) -> Verification:
        require(staff, Permission.VIEW_CUSTOMER)
        try:
            kind = PhotoIdType(id_type)
        except ValueError:
            raise ValidationError("id_type", "must be one of: {types}.",
                                  types=", ".join(t.value for t in PhotoIdType)) from None
        return self._grant(staff, customer_id, VerificationMethod.PHOTO_ID, kind.value)

    def verify_knowledge(self, staff: StaffSession | None, customer_id: int, field: KnowledgeField | str,
                         stated: str) -> Verification:
        """Compare what the person says with what we hold; a mismatch reveals nothing."""
        require(staff, Permission.VIEW_CUSTOMER)
        try:
            field = KnowledgeField(field)
        except ValueError:
            raise ValidationError("stated_value", "must be about mobile, email or ticket.") from None
        if staff.failed_checks(customer_id) >= MAX_KNOWLEDGE_FAILURES:
            raise StateError("Too many wrong answers for this customer. Check photo ID or send a code instead.")
        with self._db.read() as session:
            customer = session.get(models.Customer, customer_id)
            if customer is None:
                raise NotFoundError("Customer", customer_id)
            matches = self._matches(session, customer, field, stated or "")
        if matches:
            return self._grant(staff, customer_id, VerificationMethod.KNOWLEDGE, field.value)
        failures = staff.count_failed_check(customer_id)
        with self._db.transaction() as session:
            record(session, AuditAction.IDENTITY_CHECK_FAILED, staff_id=staff.actor.staff_id,
                   customer_id=customer_id, method=VerificationMethod.KNOWLEDGE.value, field=field.value,
                   failures=failures)
        raise VerificationFailed("What the person stated does not match the register.")

    def _matches(self, session, customer: models.Customer, field: KnowledgeField, stated: str) -> bool:
        if field is KnowledgeField.MOBILE:
            if not customer.mobile:
                return False
            try:
                return v.phone(stated, customer.country) == customer.mobile
            except ValidationError:
                return False
        if field is KnowledgeField.EMAIL:
            return bool(customer.email) and fold(stated.strip()) == fold(customer.email)
        digits = stated.strip().lstrip("#")
        if not digits.isdigit() or len(digits) > 12:
            return False
        return session.scalar(select(models.Purchase.id).where(
            models.Purchase.number == int(digits), models.Purchase.customer_id == customer.id)) is not None

    def send_code(self, staff: StaffSession | None, customer_id: int,
                  channel: VerificationMethod = VerificationMethod.EMAIL_CODE) -> str:
        """Send a one-time code to the registered address; returns it masked for the screen."""
        require(staff, Permission.VIEW_CUSTOMER)
        sender = self._senders.get(channel)
        if sender is None:
            raise StateError("Sending codes by {channel} is not set up.", channel=channel.value)
        with self._db.read() as session:
            customer = session.get(models.Customer, customer_id)
            if customer is None:
                raise NotFoundError("Customer", customer_id)
            address = customer.email if channel is VerificationMethod.EMAIL_CODE else customer.mobile
        if not address:
            raise StateError("The customer has no registered {what} to send a code to.",
                             what="email" if channel is VerificationMethod.EMAIL_CODE else "mobile")
        code = f"{secrets.randbelow(10**6):06d}"
        salt = secrets.token_bytes(16)
        sender.send(address, code, get_shop(self._db).name)
        staff.set_code(customer_id, PendingCode(_digest(code, salt), salt, self._now() + CODE_LIFETIME))
        with self._db.transaction() as session:
            record(session, AuditAction.CODE_SENT, staff_id=staff.actor.staff_id, customer_id=customer_id,
                   channel=channel.value)
        return mask_email(address) if channel is VerificationMethod.EMAIL_CODE else mask_phone(address)

    def confirm_code(self, staff: StaffSession | None, customer_id: int, code: str,
                     channel: VerificationMethod = VerificationMethod.EMAIL_CODE) -> Verification:
        require(staff, Permission.VIEW_CUSTOMER)
        pending = staff.pending_code(customer_id)
        if pending is None or pending.expires < self._now():
            staff.drop_code(customer_id)
            raise StateError("No valid code is waiting for this customer. Send a new one.")
        pending.attempts += 1
        if hmac.compare_digest(_digest((code or "").strip(), pending.salt), pending.digest):
            return self._grant(staff, customer_id, channel, None)
        if pending.attempts >= MAX_CODE_ATTEMPTS:
            staff.drop_code(customer_id)
        with self._db.transaction() as session:
            record(session, AuditAction.IDENTITY_CHECK_FAILED, staff_id=staff.actor.staff_id,
                   customer_id=customer_id, method=channel.value, attempts=pending.attempts)
        raise VerificationFailed("The code is wrong.")

    def state_reason(self, staff: StaffSession | None, customer_id: int, reason: str) -> Verification:
        """Back-office access without the person present, for one of the shop's purposes."""
        require(staff, Permission.VIEW_CUSTOMER)
        if reason not in self.reasons():
            raise ValidationError("reason", "must be one of: {codes}.", codes=", ".join(self.reasons()))
        return self._grant(staff, customer_id, VerificationMethod.BUSINESS_REASON, reason)

    def close_record(self, staff: StaffSession, customer_id: int) -> None:
        staff.forget(customer_id)

    def _grant(self, staff: StaffSession, customer_id: int, method: VerificationMethod,
               detail: str | None) -> Verification:
        epoch = staff.epoch
        with self._db.transaction() as session:
            if session.get(models.Customer, customer_id) is None:
                raise NotFoundError("Customer", customer_id)
            action = AuditAction.BUSINESS_REASON if method is VerificationMethod.BUSINESS_REASON \
                else AuditAction.IDENTITY_VERIFIED
            record(session, action, staff_id=staff.actor.staff_id, customer_id=customer_id,
                   method=method.value, detail=detail)
        verification = Verification(method, self._now(), detail)
        if not staff.grant(customer_id, verification, epoch):
            raise StateError("The app was locked while the identity check ran; check again after unlocking.")
        return verification


def _digest(code: str, salt: bytes) -> str:
    return hashlib.sha256(salt + code.encode("utf-8", "replace")).hexdigest()


def pass_gate(identity: IdentityService, staff: StaffSession | None, customer_id: int,
              method: VerificationMethod | str, detail: str | None = None, *,
              stated: Callable[[str], str] | None = None, code: Callable[[str], str] | None = None) -> Verification:
    """Every way through the gate in one call, for the GUI and the CLI alike.

    ``detail`` is the photo-ID type, the knowledge field or the business reason's purpose.
    ``stated(field)`` returns what the person states for a knowledge check; for a one-time code,
    the code is sent first and ``code(masked_address)`` returns what the person read out."""
    gates = (VerificationMethod.PHOTO_ID, VerificationMethod.KNOWLEDGE, VerificationMethod.EMAIL_CODE,
             VerificationMethod.SMS_CODE, VerificationMethod.BUSINESS_REASON)
    if method not in gates:
        raise ValidationError("method", "must be one of: {types}.", types=", ".join(gates))
    method = VerificationMethod(method)
    if method is VerificationMethod.PHOTO_ID:
        return identity.verify_photo_id(staff, customer_id, detail or "")
    if method is VerificationMethod.BUSINESS_REASON:
        return identity.state_reason(staff, customer_id, detail or "")
    if method is VerificationMethod.KNOWLEDGE:
        require(staff, Permission.VIEW_CUSTOMER)  # before anyone is asked for a value
        if stated is None:
            raise ValueError("a knowledge check needs stated=")
        return identity.verify_knowledge(staff, customer_id, detail or "", stated(detail or ""))
    if code is None:  # EMAIL_CODE or SMS_CODE
        raise ValueError("a one-time code needs code=")
    where = identity.send_code(staff, customer_id, method)
    return identity.confirm_code(staff, customer_id, code(where), method)
