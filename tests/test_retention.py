"""Retention rules: inactive customers, accounting records past their date, old consents."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select, update

from kundereg.db import models
from kundereg.domain.access import PermissionDenied
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.services.ledger import LedgerFile
from kundereg.services.retention import run_retention

LONG_AGO = datetime(2019, 5, 2, tzinfo=timezone.utc)


@pytest.fixture
def ledger(locations):
    return LedgerFile(locations.ledger_path)


def _customer(db, customers, purchases, owner, name, last_activity, status="picked_up", restricted=False):
    person = customers.create(owner, CustomerInput(first_name=name, last_name="Hansen", mobile=None,
                                                   email=f"{name.lower()}@example.no"))
    order = purchases.record(owner, person.id, PurchaseInput(lines=(PurchaseLineInput("Skjorte", 1, 5900),),
                                                             purchased_at=last_activity))
    if status != "received":
        purchases.set_status(owner, order.id, status)
    with db.transaction() as session:
        session.execute(update(models.Purchase).where(models.Purchase.id == order.id)
                        .values(status_changed_at=last_activity))
        session.execute(update(models.Customer).where(models.Customer.id == person.id)
                        .values(last_activity_at=last_activity,
                                restricted_at=datetime.now(timezone.utc) if restricted else None))
    return person


def _set_rules(db, inactive_years=None, consent_years=None):
    with db.transaction() as session:
        shop = session.get(models.Shop, 1)
        shop.inactive_years, shop.consent_years = inactive_years, consent_years


def test_dry_run_lists_and_changes_nothing_apply_erases(db, shop, customers, purchases, consents, owner, ledger,
                                                        audit):
    old = _customer(db, customers, purchases, owner, "Gammel", LONG_AGO)
    busy = _customer(db, customers, purchases, owner, "Travel", LONG_AGO, status="received")
    kept = _customer(db, customers, purchases, owner, "Sperret", LONG_AGO, restricted=True)
    fresh = _customer(db, customers, purchases, owner, "Fersk", datetime.now(timezone.utc) - timedelta(days=30))
    _set_rules(db, inactive_years=3)
    dry = run_retention(db, owner, apply=False, ledger=ledger)
    assert (dry.customers, dry.skipped_open_orders, dry.skipped_restricted) == ((old.id,), (busy.id,), (kept.id,))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(models.Customer)) == 4
    applied = run_retention(db, owner, apply=True, ledger=ledger)
    assert applied.customers == (old.id,)
    with db.read() as session:
        assert session.get(models.Customer, old.id) is None
        assert session.get(models.Customer, fresh.id) is not None
        # The 2019 sale is past Norway's five years after 2019: deleted with the customer.
        assert session.scalar(select(func.count()).select_from(models.Purchase)
                              .where(models.Purchase.customer_id.is_(None))) == 0
        ledger_rows = session.scalars(select(models.ErasureLedger)).all()
        assert [(r.customer_id, r.reason) for r in ledger_rows] == [(old.id, "retention")]
    assert [e.customer_id for e in ledger.read()] == [old.id]
    runs = [e for e in audit.entries(owner, limit=20) if e.action == "retention_run"]
    assert [r.details["applied"] for r in runs] == [True, False]


def test_anonymised_records_past_their_date_are_deleted(db, shop, customers, purchases, owner, ledger):
    person = _customer(db, customers, purchases, owner, "Per", datetime.now(timezone.utc) - timedelta(days=10))
    with db.transaction() as session:
        session.execute(update(models.Purchase).values(customer_id=None, anonymised_at=datetime.now(timezone.utc),
                                                       retain_until=date.today() - timedelta(days=1),
                                                       retention_rule="NO-primary"))
    report = run_retention(db, owner, apply=False, ledger=ledger)
    assert report.records_past_retention == 1 and report.customers == ()
    run_retention(db, None, apply=True, ledger=ledger)  # the app's own run at start
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(models.Purchase)) == 0
        assert session.scalar(select(func.count()).select_from(models.PurchaseLine)) == 0
        assert session.get(models.Customer, person.id) is not None


def test_old_consents_expire_and_leave_the_marketing_list(db, shop, customers, purchases, consents, owner, ledger):
    from kundereg.services.marketing import MarketingService

    person = _customer(db, customers, purchases, owner, "Liv", datetime.now(timezone.utc))
    consents.give(owner, person.id, "newsletter", "counter", at=datetime.now(timezone.utc) - timedelta(days=900))
    assert len(MarketingService(db).marketing_list(owner, "newsletter")) == 1
    _set_rules(db, consent_years=2)
    assert run_retention(db, owner, apply=False, ledger=ledger).consents_expired == 1
    run_retention(db, owner, apply=True, ledger=ledger)
    assert MarketingService(db).marketing_list(owner, "newsletter") == []
    [consent] = consents.history(owner, person.id)
    assert consent.expired_at is not None and not consent.active
    consents.give(owner, person.id, "newsletter", "counter")  # may consent afresh


def test_only_the_owner_runs_retention(db, shop, counter, ledger):
    with pytest.raises(PermissionDenied):
        run_retention(db, counter, apply=True, ledger=ledger)
