"""Everything the register holds about one person, read in one go.

The access report (GDPR Art. 15) and the portability export (Art. 20) print the same rows: they
read them here, in the same order, as plain records (``domain.records``), inside the caller's
read transaction. The identity gate and the audit stay with the callers.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..db import models
from ..domain.errors import NotFoundError
from ..domain.records import Consent, Customer, Purchase, ServiceEvent
from ..domain.report_data import RequestSummary
from .consents import consent_record
from .customers import to_record as customer_record
from .purchases import event_record, to_record as purchase_record


@dataclass(frozen=True, slots=True)
class PersonRecords:
    customer: Customer
    consents: tuple[Consent, ...]          # oldest first
    purchases: tuple[Purchase, ...]        # by number, with their lines
    service_events: tuple[ServiceEvent, ...]  # oldest first
    requests: tuple[RequestSummary, ...]   # the person's data-subject requests, oldest first


def person_records(session: Session, customer_id: int) -> PersonRecords:
    """The person's customer record and every row that belongs to it; NotFoundError if none."""
    row = session.get(models.Customer, customer_id)
    if row is None:
        raise NotFoundError("Customer", customer_id)
    purchases = session.scalars(
        select(models.Purchase).where(models.Purchase.customer_id == customer_id)
        .options(selectinload(models.Purchase.lines))
        .order_by(models.Purchase.number, models.Purchase.id)).all()
    events = session.scalars(select(models.ServiceEvent).where(models.ServiceEvent.customer_id == customer_id)
                             .order_by(models.ServiceEvent.opened_at, models.ServiceEvent.id)).all()
    consents = session.scalars(select(models.Consent).where(models.Consent.customer_id == customer_id)
                               .order_by(models.Consent.given_at, models.Consent.id)).all()
    requests = session.scalars(select(models.DataRequest).where(models.DataRequest.customer_id == customer_id)
                               .order_by(models.DataRequest.received_on, models.DataRequest.id)).all()
    return PersonRecords(
        customer=customer_record(row),
        consents=tuple(consent_record(c) for c in consents),
        purchases=tuple(purchase_record(p) for p in purchases),
        service_events=tuple(event_record(e) for e in events),
        requests=tuple(RequestSummary(r.reference, r.kind, r.received_on, r.status,
                                      r.completed_at.date() if r.completed_at else None) for r in requests))
