"""The register of data-subject requests: received, verified, handled, answered in time.

Each request is due one month after receipt (Art. 12(3)); the owner may extend it by up to
two further months with a reason. Every step is audited. The owner's list is ordered by days
left, overdue ones first.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm.exc import StaleDataError

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain import validation as v
from ..domain.access import Permission, VerificationMethod
from ..domain.deadlines import MAX_EXTENSION_MONTHS, due_date
from ..domain.enums import OPEN_REQUEST_STATUSES, RequestChannel, RequestStatus, RequestType
from ..domain.errors import ConflictError, NotFoundError, StateError, ValidationError
from .access import StaffSession, require
from .audit import AuditAction, record as audit
from .request_effects import apply_request
from .shop import get_shop

# Which status may follow which; refusing or completing ends a request.
_NEXT: dict[RequestStatus, frozenset[RequestStatus]] = {
    RequestStatus.RECEIVED: frozenset({RequestStatus.IDENTITY_VERIFIED, RequestStatus.REFUSED}),
    RequestStatus.IDENTITY_VERIFIED: frozenset({RequestStatus.IN_PROGRESS, RequestStatus.COMPLETED,
                                                RequestStatus.REFUSED}),
    RequestStatus.IN_PROGRESS: frozenset({RequestStatus.COMPLETED, RequestStatus.REFUSED}),
    RequestStatus.COMPLETED: frozenset(),
    RequestStatus.REFUSED: frozenset(),
}


@dataclass(frozen=True, slots=True)
class DataRequest:
    id: int
    reference: str
    kind: RequestType
    channel: RequestChannel
    customer_id: int | None
    received_on: date
    due_on: date
    extension_months: int
    extension_reason: str | None
    status: RequestStatus
    refusal_reason: str | None
    verification_method: str | None
    verification_detail: str | None
    verified_at: datetime | None
    completed_at: datetime | None
    version: int
    days_left: int  # negative when overdue; counted from today for open requests

    @property
    def open(self) -> bool:
        return self.status in OPEN_REQUEST_STATUSES

    @property
    def overdue(self) -> bool:
        return self.open and self.days_left < 0


class RequestService:
    def __init__(self, db: Database, today: Callable[[], date] = lambda: utcnow().date()) -> None:
        self._db = db
        self._today = today

    def register(self, staff: StaffSession | None, customer_id: int, kind: RequestType | str,
                 channel: RequestChannel | str, received_on: date | None = None) -> DataRequest:
        """Record a request as it arrives (counter staff may do this; handling is the owner's)."""
        actor = require(staff, Permission.REGISTER_REQUEST)
        kind = _enum(RequestType, kind, "kind", "is not a request type.")
        channel = _enum(RequestChannel, channel, "channel", "must be counter, email, letter or phone.")
        today = self._today()
        received = received_on or today
        if received > today:
            raise ValidationError("received_on", "cannot be in the future.")
        with self._db.transaction() as session:
            if session.get(models.Customer, customer_id) is None:
                raise NotFoundError("Customer", customer_id)
            year_count = session.scalar(select(func.count()).select_from(models.DataRequest).where(
                models.DataRequest.reference.like(f"{received.year}-%"))) or 0
            row = models.DataRequest(
                reference=f"{received.year}-{year_count + 1:04d}", kind=kind.value, channel=channel.value,
                customer_id=customer_id, received_on=received, due_on=due_date(received),
                status=RequestStatus.RECEIVED.value, registered_by=actor.staff_id)
            session.add(row)
            session.flush()
            audit(session, AuditAction.REQUEST_REGISTERED, staff_id=actor.staff_id, customer_id=customer_id,
                  request=row.reference, kind=kind.value, channel=channel.value)
            return self._record(row)

    def confirm_identity(self, staff: StaffSession | None, request_id: int) -> DataRequest:
        """Note on the request how the person was verified, from this session's verification."""
        actor = require(staff, Permission.HANDLE_REQUEST)
        with self._db.transaction() as session:
            row = self._load(session, request_id)
            verification = staff.verification(row.customer_id) if row.customer_id is not None else None
            if verification is None or verification.method in (VerificationMethod.BUSINESS_REASON,
                                                                VerificationMethod.CREATED):
                raise StateError("Verify the person's identity (photo ID, knowledge check or code) first; "
                                 "a business reason does not verify who made the request.")
            self._move(row, RequestStatus.IDENTITY_VERIFIED)
            row.verification_method, row.verification_detail = verification.method.value, verification.detail
            row.verified_by, row.verified_at = actor.staff_id, verification.at
            audit(session, AuditAction.REQUEST_STEP, staff_id=actor.staff_id, customer_id=row.customer_id,
                  request=row.reference, status=row.status, method=verification.method.value)
            return self._record(row)

    def start(self, staff: StaffSession | None, request_id: int) -> DataRequest:
        return self._step(staff, request_id, RequestStatus.IN_PROGRESS)

    def complete(self, staff: StaffSession | None, request_id: int,
                 changes: Mapping[str, str] | None = None) -> DataRequest:
        """Answer the request by doing what it asks, in the same transaction (services.request_effects):
        a rectification writes ``changes`` (field -> corrected value; required), a restriction
        restricts, an objection ends marketing, a consent withdrawal withdraws (``changes`` may
        name a ``purpose``; default every active consent). An erasure request is completed by
        carrying it out (services.erasure), never by hand while the person is in the register."""
        return self._step(staff, request_id, RequestStatus.COMPLETED, changes=dict(changes or {}))

    def refuse(self, staff: StaffSession | None, request_id: int, reason: str) -> DataRequest:
        reason = v.text("reason", reason, required=True, multiline=True)
        return self._step(staff, request_id, RequestStatus.REFUSED, refusal_reason=reason)

    def extend(self, staff: StaffSession | None, request_id: int, months: int, reason: str) -> DataRequest:
        """Art. 12(3): up to two further months in all, with the reason told to the person."""
        actor = require(staff, Permission.HANDLE_REQUEST)
        reason = v.text("reason", reason, required=True, multiline=True)
        with self._db.transaction() as session:
            row = self._load(session, request_id)
            if RequestStatus(row.status) not in OPEN_REQUEST_STATUSES:
                raise StateError("Request {reference} is closed.", reference=row.reference)
            total = row.extension_months + months
            if isinstance(months, bool) or not isinstance(months, int) or months < 1 or total > MAX_EXTENSION_MONTHS:
                raise ValidationError("extension", "A request can be extended by at most two months in all.")
            if self._today() > row.due_on:
                raise StateError("Request {reference} is already overdue; an extension must be decided "
                                 "within the first month.", reference=row.reference)
            row.extension_months = total
            row.extension_reason = reason
            row.due_on = due_date(row.received_on, total)
            audit(session, AuditAction.REQUEST_STEP, staff_id=actor.staff_id, customer_id=row.customer_id,
                  request=row.reference, extended_months=total)
            return self._record(row)

    def requests(self, staff: StaffSession | None, *, open_only: bool = False,
                 customer_id: int | None = None) -> list[DataRequest]:
        """Open ones by days left (overdue first), then closed ones newest first."""
        require(staff, Permission.HANDLE_REQUEST)
        query = select(models.DataRequest)
        if open_only:
            query = query.where(models.DataRequest.status.in_([s.value for s in OPEN_REQUEST_STATUSES]))
        if customer_id is not None:
            query = query.where(models.DataRequest.customer_id == customer_id)
        with self._db.read() as session:
            rows = [self._record(r) for r in session.scalars(query)]
        return sorted(rows, key=lambda r: (not r.open, r.due_on if r.open else date.max,
                                           -r.received_on.toordinal(), r.reference))

    def get(self, staff: StaffSession | None, request_id: int) -> DataRequest:
        require(staff, Permission.HANDLE_REQUEST)
        with self._db.read() as session:
            return self._record(self._load(session, request_id))

    def by_reference(self, staff: StaffSession | None, reference: str) -> DataRequest:
        require(staff, Permission.HANDLE_REQUEST)
        with self._db.read() as session:
            row = session.scalar(select(models.DataRequest).where(models.DataRequest.reference == reference))
            if row is None:
                raise NotFoundError("Request", reference)
            return self._record(row)

    def _step(self, staff, request_id: int, status: RequestStatus, refusal_reason: str | None = None,
              changes: dict[str, str] | None = None):
        actor = require(staff, Permission.HANDLE_REQUEST)
        country = get_shop(self._db).country if status is RequestStatus.COMPLETED else ""
        try:
            with self._db.transaction() as session:
                row = self._load(session, request_id)
                self._move(row, status)
                if (status is RequestStatus.COMPLETED and row.kind == RequestType.ERASURE.value
                        and row.customer_id is not None):
                    raise StateError("Request {reference} asks for erasure: carry it out with Erase "
                                     "('kundereg erase'), which completes it, or refuse it.",
                                     reference=row.reference)
                row.handled_by = actor.staff_id
                now = utcnow()
                applied = {}
                if status is RequestStatus.COMPLETED:
                    applied = apply_request(session, row, changes or {}, actor.staff_id, now, country)
                    applied.pop("request", None)
                if status in (RequestStatus.COMPLETED, RequestStatus.REFUSED):
                    row.completed_at = now
                if refusal_reason is not None:
                    row.refusal_reason = refusal_reason
                audit(session, AuditAction.REQUEST_STEP, staff_id=actor.staff_id, customer_id=row.customer_id,
                      request=row.reference, status=status.value, **applied)
                return self._record(row)
        except StaleDataError:
            raise ConflictError("Request", request_id) from None

    @staticmethod
    def _move(row: models.DataRequest, status: RequestStatus) -> None:
        current = RequestStatus(row.status)
        if status not in _NEXT[current]:
            raise StateError("Request {reference} cannot go from {old} to {new}.", reference=row.reference,
                             old=current.value.replace("_", " "), new=status.value.replace("_", " "))
        row.status = status.value

    @staticmethod
    def _load(session, request_id: int) -> models.DataRequest:
        row = session.get(models.DataRequest, request_id)
        if row is None:
            raise NotFoundError("Request", request_id)
        return row

    def _record(self, row: models.DataRequest) -> DataRequest:
        return DataRequest(
            id=row.id, reference=row.reference, kind=RequestType(row.kind), channel=RequestChannel(row.channel),
            customer_id=row.customer_id, received_on=row.received_on, due_on=row.due_on,
            extension_months=row.extension_months, extension_reason=row.extension_reason,
            status=RequestStatus(row.status), refusal_reason=row.refusal_reason,
            verification_method=row.verification_method, verification_detail=row.verification_detail,
            verified_at=row.verified_at, completed_at=row.completed_at, version=row.version,
            days_left=(row.due_on - self._today()).days)


def _enum(enum, value, field: str, message: str):
    try:
        return enum(value)
    except ValueError:
        raise ValidationError(field, message) from None
