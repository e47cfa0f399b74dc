"""Purchases and tickets: recording, status flow, history totals, pickup list, service events."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from kundereg.domain.enums import PurchaseStatus, ServiceEventKind
from kundereg.domain.access import VerificationRequired
from kundereg.domain.errors import ConflictError, StateError, ValidationError
from kundereg.domain.records import PurchaseInput, PurchaseLineInput


def order(*lines, **kw) -> PurchaseInput:
    return PurchaseInput(lines=tuple(PurchaseLineInput(*line) for line in lines), **kw)


def test_record_sums_lines_in_minor_units(purchases, kari, owner):
    p = purchases.record(owner, kari.id, order(("Dress", 1, 29900), ("Skjorte", 3, 8950)))
    assert p.total_minor == 29900 + 3 * 8950
    assert p.currency == "NOK"
    assert p.status is PurchaseStatus.RECEIVED
    assert p.number == 1
    assert purchases.record(owner, kari.id, order(("Gardin", 1, 50000))).number == 2


def test_total_override_and_description_only(purchases, kari, owner):
    p = purchases.record(owner, kari.id, PurchaseInput(description="10 m³ betong B30", total_minor=1_250_000,
                                                due_date=date(2026, 12, 1)))
    assert (p.total_minor, p.lines, p.due_date) == (1_250_000, (), date(2026, 12, 1))


@pytest.mark.parametrize("bad", [
    PurchaseInput(),
    PurchaseInput(lines=(PurchaseLineInput("", 1, 100),)),
    PurchaseInput(lines=(PurchaseLineInput("Dress", 0, 100),)),
    PurchaseInput(description="x", currency="XYZ"),
    PurchaseInput(description="x", purchased_at=datetime(2026, 1, 1)),
])
def test_invalid_orders_write_nothing(purchases, kari, bad, owner):
    with pytest.raises(ValidationError):
        purchases.record(owner, kari.id, bad)
    assert purchases.history(owner, kari.id).purchases == ()


def test_status_flow_and_pickup_list(purchases, kari, owner):
    p = purchases.record(owner, kari.id, order(("Dress", 1, 29900)))
    assert purchases.ready_for_pickup(owner) == []
    ready = purchases.set_status(owner, p.id, "ready", expected_version=p.version)
    [ticket] = purchases.ready_for_pickup(owner)
    assert (ticket.number, ticket.mobile, ticket.customer_name) == (p.number, "+4791234567", "Kari Sørensen")
    assert ticket.description == "Dress"  # no description of its own: what its lines say
    picked = purchases.set_status(owner, p.id, PurchaseStatus.PICKED_UP, expected_version=ready.version)
    assert picked.status is PurchaseStatus.PICKED_UP
    assert purchases.ready_for_pickup(owner) == []
    with pytest.raises(StateError, match="cannot go from picked up to ready"):
        purchases.set_status(owner, p.id, "ready")
    assert purchases.set_status(owner, p.id, "returned").status is PurchaseStatus.RETURNED


def test_stale_status_change_conflicts(purchases, kari, owner):
    p = purchases.record(owner, kari.id, order(("Dress", 1, 29900)))
    purchases.set_status(owner, p.id, "ready", expected_version=p.version)
    with pytest.raises(ConflictError):
        purchases.set_status(owner, p.id, "cancelled", expected_version=p.version)


def test_unknown_status(purchases, kari, owner):
    p = purchases.record(owner, kari.id, order(("Dress", 1, 29900)))
    with pytest.raises(ValidationError, match="Status"):
        purchases.set_status(owner, p.id, "lost")


def test_history_newest_first_with_totals_excluding_cancelled(purchases, kari, owner):
    old = purchases.record(owner, kari.id, order(("Dress", 1, 10000),
                                          purchased_at=datetime(2025, 1, 5, tzinfo=timezone.utc)))
    new = purchases.record(owner, kari.id, order(("Skjorte", 2, 5000)))
    cancelled = purchases.record(owner, kari.id, order(("Gardin", 1, 99900)))
    purchases.set_status(owner, cancelled.id, "cancelled")
    history = purchases.history(owner, kari.id)
    assert [p.id for p in history.purchases] == [cancelled.id, new.id, old.id]
    assert history.totals_by_currency == {"NOK": 20000}


def test_purchase_updates_last_activity(customers, purchases, kari, owner):
    purchases.record(owner, kari.id, order(("Dress", 1, 100)))
    assert customers.get(owner, kari.id).last_activity_at > kari.last_activity_at


def test_service_events(purchases, kari, owner):
    p = purchases.record(owner, kari.id, order(("Dress", 1, 29900)))
    event = purchases.add_service_event(owner, kari.id, ServiceEventKind.COMPLAINT, "Flekk ikke fjernet", p.id)
    assert event.kind is ServiceEventKind.COMPLAINT
    closed = purchases.close_service_event(owner, event.id, "resolved")
    assert closed.closed_at is not None
    with pytest.raises(StateError):
        purchases.close_service_event(owner, event.id, "rejected")
    with pytest.raises(ValidationError, match="Kind"):
        purchases.add_service_event(owner, kari.id, "lost", "x")
    assert [e.id for e in purchases.service_events(owner, kari.id)] == [event.id]


def test_unknown_customer(purchases, owner):
    with pytest.raises(VerificationRequired):
        purchases.record(owner, 12345, order(("Dress", 1, 100)))  # gate first, then existence


def test_consents_keep_history(consents, kari, owner):
    given = consents.give(owner, kari.id, "marketing_sms", "counter")
    with pytest.raises(StateError):
        consents.give(owner, kari.id, "marketing_sms", "web")
    consents.withdraw(owner, given.id)
    again = consents.give(owner, kari.id, "marketing_sms", "web")
    history = consents.history(owner, kari.id)
    assert [c.id for c in history] == [given.id, again.id]
    assert history[0].withdrawn_at is not None and history[1].withdrawn_at is None
    assert history[0].withdrawn_by == owner.actor.staff_id
