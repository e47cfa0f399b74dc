"""Purchases, orders and tickets: record, move through the status flow, history, pickup list."""
from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from sqlalchemy import case, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from ..db import models
from ..db.database import TICKET_NUMBER_LOCK, Database, serialise
from ..db.types import utcnow
from ..domain import validation as v
from ..domain.enums import STATUS_FLOW, PurchaseStatus, ServiceEventKind, ServiceEventStatus
from ..domain.errors import ConflictError, NotFoundError, StateError, ValidationError
from ..domain.retention import DocumentKind
from ..domain.records import (Purchase, PurchaseHistory, PurchaseInput, PurchaseLine, ReadyTicket,
                              ServiceEvent, display_name)
from ..domain.access import Permission
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .customers import refuse_if_restricted
from .notices import queue_ticket_notice
from .shop import get_shop

MAX_LINES = 200


class PurchaseService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def record(self, staff: StaffSession | None, customer_id: int, data: PurchaseInput) -> Purchase:
        actor = require(staff, Permission.RECORD_ORDER)
        require_verified(staff, customer_id)
        shop = get_shop(self._db)
        lines, total, currency, description = _validate(data, shop.currency)
        when = data.purchased_at or utcnow()
        if when.tzinfo is None:
            raise ValidationError("purchased_at", "must carry a time zone.")
        for attempt in range(3):
            try:
                with self._db.transaction() as session:
                    customer = session.get(models.Customer, customer_id)
                    if customer is None:
                        raise NotFoundError("Customer", customer_id)
                    refuse_if_restricted(customer)
                    serialise(session, TICKET_NUMBER_LOCK)  # PCs on one server: one max() + 1 at a time
                    number = (session.scalar(select(func.max(models.Purchase.number))) or 0) + 1
                    row = models.Purchase(
                        number=number, customer_id=customer_id, purchased_at=when, description=description,
                        total_minor=total, currency=currency, status=PurchaseStatus.RECEIVED.value,
                        status_changed_at=when, due_date=data.due_date, staff_id=actor.staff_id,
                        document_kind=document_kind_for(customer),
                        lines=[models.PurchaseLine(position=i, description=line.description,
                                                   quantity=line.quantity, unit_price_minor=line.unit_price_minor)
                               for i, line in enumerate(lines)])
                    session.add(row)
                    touch(session, customer_id, when)
                    session.flush()
                    audit(session, AuditAction.ORDER_RECORDED, staff_id=actor.staff_id, customer_id=customer_id,
                          ticket=number)
                    return to_record(row)
            except IntegrityError:
                # Another PC took the same ticket number in between; take the next one.
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")

    def set_status(self, staff: StaffSession | None, purchase_id: int, status: PurchaseStatus | str,
                   expected_version: int | None = None, notify: bool = True) -> Purchase:
        """Move a ticket on. Not behind the identity gate: the ticket itself is what the
        person shows at the counter, and the pickup list works from it.

        Turning ready queues the pickup notice in the same transaction (services.notices), unless
        ``notify`` is False; the outbox sender sends it."""
        actor = require(staff, Permission.RECORD_ORDER)
        try:
            new = PurchaseStatus(status)
        except ValueError:
            raise ValidationError("status", "is not a known status.") from None
        try:
            with self._db.transaction() as session:
                row = _load(session, purchase_id)
                if expected_version is not None and row.version != expected_version:
                    raise ConflictError("Ticket", row.number)
                old = PurchaseStatus(row.status)
                if new not in STATUS_FLOW[old]:
                    raise StateError("Ticket {number} cannot go from {old} to {new}.",
                                     number=row.number, old=words(old), new=words(new))
                now = utcnow()
                row.status = new.value
                row.status_changed_at = now
                if row.customer_id is not None:
                    touch(session, row.customer_id, now)
                if notify and new is PurchaseStatus.READY and old is not PurchaseStatus.READY:
                    queue_ticket_notice(session, row, now=now)
                session.flush()
                audit(session, AuditAction.ORDER_STATUS_CHANGED, staff_id=actor.staff_id,
                      customer_id=row.customer_id, ticket=row.number, old=old.value, new=new.value)
                return to_record(row)
        except StaleDataError:
            raise ConflictError("Ticket", purchase_id) from None

    def get(self, staff: StaffSession | None, purchase_id: int) -> Purchase:
        require(staff, Permission.RECORD_ORDER)
        with self._db.read() as session:
            row = _load(session, purchase_id)
            if row.customer_id is not None:
                require_verified(staff, row.customer_id)
            return to_record(row)

    def history(self, staff: StaffSession | None, customer_id: int) -> PurchaseHistory:
        actor = require(staff, Permission.VIEW_CUSTOMER)
        require_verified(staff, customer_id)
        with self._db.transaction() as session:
            if session.get(models.Customer, customer_id) is None:
                raise NotFoundError("Customer", customer_id)
            audit(session, AuditAction.HISTORY_VIEWED, staff_id=actor.staff_id, customer_id=customer_id,
                  part="purchases")
            rows = session.scalars(
                select(models.Purchase).where(models.Purchase.customer_id == customer_id)
                .options(selectinload(models.Purchase.lines))
                .order_by(models.Purchase.purchased_at.desc(), models.Purchase.id.desc())).all()
            purchases = tuple(to_record(r) for r in rows)
        totals: dict[str, int] = defaultdict(int)
        for p in purchases:
            if p.status not in (PurchaseStatus.CANCELLED, PurchaseStatus.RETURNED):
                totals[p.currency] += p.total_minor
        return PurchaseHistory(purchases, dict(totals))

    def ready_for_pickup(self, staff: StaffSession | None) -> list[ReadyTicket]:
        """Tickets that are ready but not collected, oldest first, with the mobile to notify."""
        actor = require(staff, Permission.VIEW_PICKUP)
        with self._db.transaction() as session:
            rows = session.execute(
                select(models.Purchase, models.Customer)
                .join(models.Customer, models.Customer.id == models.Purchase.customer_id)
                .where(models.Purchase.status == PurchaseStatus.READY.value)
                .options(selectinload(models.Purchase.lines))
                .order_by(models.Purchase.status_changed_at, models.Purchase.number)).all()
            audit(session, AuditAction.PICKUP_LIST_VIEWED, staff_id=actor.staff_id, tickets=len(rows))
            return [ReadyTicket(purchase_id=p.id, number=p.number, customer_id=c.id,
                                customer_name=display_name(c.first_name, c.last_name, c.company_name),
                                mobile=c.mobile, description=to_record(p).summary, total_minor=p.total_minor,
                                currency=p.currency, ready_since=p.status_changed_at, version=p.version)
                    for p, c in rows]

    def add_service_event(self, staff: StaffSession | None, customer_id: int, kind: ServiceEventKind | str,
                          description: str, purchase_id: int | None = None) -> ServiceEvent:
        actor = require(staff, Permission.RECORD_ORDER)
        require_verified(staff, customer_id)
        try:
            kind = ServiceEventKind(kind)
        except ValueError:
            raise ValidationError("kind", "must be return, complaint or repair.") from None
        text = v.text("description", description, required=True, multiline=True)
        with self._db.transaction() as session:
            customer = session.get(models.Customer, customer_id)
            if customer is None:
                raise NotFoundError("Customer", customer_id)
            refuse_if_restricted(customer)
            if purchase_id is not None:
                purchase = session.get(models.Purchase, purchase_id)
                if purchase is None or purchase.customer_id != customer_id:
                    raise ValidationError("number", "does not belong to this customer.")
            now = utcnow()
            row = models.ServiceEvent(customer_id=customer_id, purchase_id=purchase_id, kind=kind.value,
                                      status=ServiceEventStatus.OPEN.value, description=text, opened_at=now,
                                      staff_id=actor.staff_id)
            session.add(row)
            touch(session, customer_id, now)
            session.flush()
            audit(session, AuditAction.SERVICE_EVENT_RECORDED, staff_id=actor.staff_id, customer_id=customer_id,
                  event=row.id, kind=kind.value)
            return event_record(row)

    def close_service_event(self, staff: StaffSession | None, event_id: int,
                            status: ServiceEventStatus | str) -> ServiceEvent:
        actor = require(staff, Permission.RECORD_ORDER)
        try:
            status = ServiceEventStatus(status)
        except ValueError:
            raise ValidationError("status", "must be resolved or rejected.") from None
        if status is ServiceEventStatus.OPEN:
            raise ValidationError("status", "must be resolved or rejected.")
        with self._db.transaction() as session:
            row = session.get(models.ServiceEvent, event_id)
            if row is None:
                raise NotFoundError("Service event", event_id)
            require_verified(staff, row.customer_id)
            if row.status != ServiceEventStatus.OPEN.value:
                raise StateError("Service event {id} is already closed.", id=event_id)
            row.status, row.closed_at = status.value, utcnow()
            session.flush()
            audit(session, AuditAction.SERVICE_EVENT_CLOSED, staff_id=actor.staff_id, customer_id=row.customer_id,
                  event=row.id, status=status.value)
            return event_record(row)

    def service_events(self, staff: StaffSession | None, customer_id: int) -> list[ServiceEvent]:
        actor = require(staff, Permission.VIEW_CUSTOMER)
        require_verified(staff, customer_id)
        with self._db.transaction() as session:
            audit(session, AuditAction.HISTORY_VIEWED, staff_id=actor.staff_id, customer_id=customer_id,
                  part="service_events")
            rows = session.scalars(select(models.ServiceEvent)
                                   .where(models.ServiceEvent.customer_id == customer_id)
                                   .order_by(models.ServiceEvent.opened_at.desc())).all()
            return [event_record(r) for r in rows]


def words(status) -> str:
    """A status as a message shows it ("picked up", "identity verified"), not its stored key."""
    return str(status.value).replace("_", " ")


def document_kind_for(customer: models.Customer) -> str:
    """Businesses are invoiced (the invoice names them); private buyers get a cash receipt."""
    return DocumentKind.INVOICE if customer.org_number or customer.company_name else DocumentKind.RECEIPT


def touch(session: Session, customer_id: int, when: datetime) -> None:
    """Move the customer's last activity forward. A Core UPDATE, so the optimistic-lock version
    stays: an order recorded at the counter is not an edit that should make a form's save conflict."""
    column = models.Customer.last_activity_at
    session.execute(update(models.Customer).where(models.Customer.id == customer_id)
                    .values(last_activity_at=case((column < when, when), else_=column))
                    .execution_options(synchronize_session=False))


def _validate(data: PurchaseInput, shop_currency: str):
    if len(data.lines) > MAX_LINES:
        raise ValidationError("description", "has too many lines (at most {n}).", n=MAX_LINES)
    lines = []
    for line in data.lines:
        text = v.text("description", line.description, required=True)
        if isinstance(line.quantity, bool) or not isinstance(line.quantity, int) or not 0 < line.quantity <= 10_000:
            raise ValidationError("quantity", "must be a whole number from 1 to 10000.")
        lines.append(PurchaseLine(text, line.quantity, v.money_minor(line.unit_price_minor, "unit_price")))
    description = v.text("description", data.description, multiline=True)
    if not description and not lines:
        raise ValidationError("description", "is required when the order has no lines.")
    total = sum(line.amount_minor for line in lines) if data.total_minor is None else v.money_minor(data.total_minor)
    currency = v.currency(data.currency) if data.currency else shop_currency
    return lines, total, currency, description


def _load(session: Session, purchase_id: int) -> models.Purchase:
    row = session.get(models.Purchase, purchase_id)
    if row is None:
        raise NotFoundError("Ticket", purchase_id)
    return row


def to_record(row: models.Purchase) -> Purchase:
    return Purchase(
        id=row.id, number=row.number, customer_id=row.customer_id, purchased_at=row.purchased_at,
        description=row.description,
        lines=tuple(PurchaseLine(l.description, l.quantity, l.unit_price_minor) for l in row.lines),
        total_minor=row.total_minor, currency=row.currency, status=PurchaseStatus(row.status),
        status_changed_at=row.status_changed_at, due_date=row.due_date, version=row.version)


def event_record(row: models.ServiceEvent) -> ServiceEvent:
    return ServiceEvent(id=row.id, customer_id=row.customer_id, purchase_id=row.purchase_id,
                        kind=ServiceEventKind(row.kind), status=ServiceEventStatus(row.status),
                        description=row.description, opened_at=row.opened_at, closed_at=row.closed_at)
