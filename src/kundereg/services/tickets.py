"""The counter ticket of one order as plain data, for reports/ticket.py and reports/tags.py.

Allowed like opening the order (``PurchaseService.get``): a role that records orders, and the
identity gate passed for the customer. Printing is audited as a report of kind "ticket" with
the ticket number, never its content.
"""
from __future__ import annotations

from sqlalchemy import select

from ..db import models
from ..db.database import Database
from ..domain.access import Permission
from ..domain.errors import NotFoundError, ValidationError
from ..domain.records import display_name
from ..domain.ticket_code import ticket_code
from ..domain.ticket_data import Letterhead, TicketData, TicketLine
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .profile import get_profile

PURPOSES = ("ticket", "tags")


class TicketService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def customer_of(self, staff: StaffSession | None, number: int) -> int | None:
        """Whose ticket this is (for the identity gate before ``ticket``); None for an anonymous order."""
        require(staff, Permission.RECORD_ORDER)
        with self._db.read() as session:
            return _row(session, number).customer_id

    def ticket(self, staff: StaffSession | None, number: int, purpose: str = "ticket") -> TicketData:
        """The ticket of order ``number``; ``purpose`` ("ticket" or "tags") goes into the audit row."""
        actor = require(staff, Permission.RECORD_ORDER)
        if purpose not in PURPOSES:
            raise ValidationError("purpose", "must be one of {codes}.", codes=", ".join(PURPOSES))
        profile = get_profile(self._db)
        with self._db.transaction() as session:
            row = _row(session, number)
            name = ""
            if row.customer_id is not None:
                require_verified(staff, row.customer_id)
                customer = session.get(models.Customer, row.customer_id)
                name = display_name(customer.first_name, customer.last_name, customer.company_name)
            data = TicketData(
                shop=Letterhead(name=profile.name, street=profile.street, postal_code=profile.postal_code,
                                city=profile.city, phone=profile.phone, org_number=profile.org_number),
                language=profile.document_language, country=profile.country, number=row.number,
                code=ticket_code(row.number), received_at=row.purchased_at, due_date=row.due_date,
                lines=tuple(TicketLine(line.description, line.quantity, line.unit_price_minor) for line in row.lines),
                total_minor=row.total_minor, currency=row.currency, customer_name=name,
                description=row.description)
            audit(session, AuditAction.REPORT, staff_id=actor.staff_id, customer_id=row.customer_id,
                  report=purpose, ticket=row.number)
            return data


def _row(session, number: int) -> models.Purchase:
    row = session.scalar(select(models.Purchase).where(models.Purchase.number == number))
    if row is None:
        raise NotFoundError("Ticket", number)
    return row
