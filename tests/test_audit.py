"""The audit trail: every access is recorded, the chain shows any tampering, and it holds no personal data."""
from __future__ import annotations

from kundereg.db import sqlite_driver as sqlite3

import pytest

from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput


@pytest.fixture
def busy_day(customers, purchases, consents, identity, auth, owner, counter, kari):
    """A day at the counter: logins, searches, views, changes, orders, consents, a failed check."""
    identity.verify_photo_id(counter, kari.id, "passport")
    customers.get(counter, kari.id)
    customers.update(counter, kari.id, kari.version, CustomerInput(
        first_name="Kari", last_name="Sørensen", mobile="+47 912 34 567", email="kari.ny@example.no",
        street="Storgata 1", postal_code="2815", city="Gjøvik"))
    ticket = purchases.record(counter, kari.id, PurchaseInput(lines=(PurchaseLineInput("Brudekjole", 1, 149900),)))
    purchases.set_status(counter, ticket.id, "ready")
    purchases.ready_for_pickup(counter)
    purchases.add_service_event(counter, kari.id, "complaint", "Flekk på ermet")
    consents.give(counter, kari.id, "newsletter", "counter")
    other = customers.create(owner, CustomerInput(first_name="Ågot", last_name="Zachariassen",
                                                  mobile="41 23 45 67", email="agot.z@example.no",
                                                  company_name="Zachariassen Rør AS", org_number="923609016"))
    with pytest.raises(Exception):
        identity.verify_knowledge(counter, other.id, "mobile", "+47 400 11 222")
    auth.lock(counter)
    return [kari, other]


def _raw_rows(db) -> list[tuple]:
    with db.engine.connect() as conn:
        return list(conn.exec_driver_sql("SELECT * FROM audit_entry ORDER BY id"))


def test_every_access_and_change_is_recorded(busy_day, audit, owner):
    kari = busy_day[0]
    actions = [e.action for e in reversed(audit.entries(owner, customer_id=kari.id))]
    for expected in ("customer_created", "identity_verified", "customer_viewed", "customer_changed",
                     "order_recorded", "order_status_changed", "service_event_recorded", "consent_given"):
        assert expected in actions
    changed = next(e for e in audit.entries(owner, customer_id=kari.id) if e.action == "customer_changed")
    assert changed.details == {"fields": ["email"]}  # the field's name, never its values
    staff_actions = {e.action for e in audit.entries(owner)}
    assert {"login", "locked", "pickup_list_viewed", "identity_check_failed"} <= staff_actions


def test_filters_by_customer_staff_and_date(busy_day, audit, owner, counter):
    from datetime import datetime, timedelta, timezone

    mine = audit.entries(owner, staff_id=counter.actor.staff_id)
    assert mine and all(e.staff_id == counter.actor.staff_id for e in mine)
    assert all(e.staff_name == "Disk Ansatt" for e in mine)
    future = datetime.now(timezone.utc) + timedelta(days=1)
    assert audit.entries(owner, since=future) == []
    assert len(audit.entries(owner, until=future, limit=3)) == 3


def test_no_personal_data_in_audit_rows(busy_day, db):
    raw = repr(_raw_rows(db)).encode("utf-8") + repr(_raw_rows(db)).encode("unicode_escape")
    for person in busy_day:
        for value in (person.first_name, person.last_name, person.mobile, person.email, person.street,
                      person.company_name, person.org_number, "kari.ny@example.no", "Brudekjole", "Flekk",
                      "40011222", "4740011222"):
            if not value:
                continue
            for form in {value, value.lower(), value.replace(" ", ""), "".join(ch for ch in value if ch.isdigit())}:
                if len(form) >= 4:
                    assert form.encode("utf-8") not in raw, form
                    assert form.encode("utf-16-le") not in raw


def test_intact_chain_verifies(busy_day, audit, owner):
    report = audit.verify(owner)
    assert report.intact and report.entries >= 15


def _tamper(db, *statements):
    path = db.engine.url.database
    db.engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")  # someone with the file and a SQLite shell
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        for statement in statements:
            conn.execute(statement)
    conn.close()


@pytest.mark.parametrize(("statements", "first_broken"), [
    (["UPDATE audit_entry SET action = 'customer_viewed' WHERE id = 5"], 5),
    (["UPDATE audit_entry SET customer_id = customer_id + 1 WHERE id = 7"], 7),
    (["UPDATE audit_entry SET at = datetime(at, '-1 day') WHERE id = 6"], 6),
    (["UPDATE audit_entry SET details = '{}' WHERE id = 4"], 4),
    (["DELETE FROM audit_entry WHERE id = 6"], 7),
    # Reordering: swap two entries' positions (their ids) with everything else left as it was.
    (["UPDATE audit_entry SET id = -1 WHERE id = 8", "UPDATE audit_entry SET id = 8 WHERE id = 9",
      "UPDATE audit_entry SET id = 9 WHERE id = -1"], 8),
])
def test_tampering_is_found_at_the_first_broken_entry(busy_day, db, audit, owner, statements, first_broken):
    _tamper(db, *statements)
    report = audit.verify(owner)
    assert not report.intact and report.first_broken_id == first_broken


def test_cutting_off_the_newest_entries_is_found(busy_day, db, audit, owner):
    last = _raw_rows(db)[-1][0]
    _tamper(db, f"DELETE FROM audit_entry WHERE id >= {last - 1}")
    report = audit.verify(owner)
    assert not report.intact and report.first_broken_id == last - 1 and "removed" in report.problem


def test_recomputed_rows_still_break_at_the_head(busy_day, db, audit, owner):
    """Deleting the newest row and leaving a consistent shorter chain is still caught by the head."""
    last = _raw_rows(db)[-1][0]
    _tamper(db, f"DELETE FROM audit_entry WHERE id = {last}")
    assert not audit.verify(owner).intact


def test_the_database_refuses_edits_and_deletes(db, busy_day):
    with db.engine.begin() as conn:
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql("UPDATE audit_entry SET action = 'x' WHERE id = 1")
    with db.engine.begin() as conn:
        with pytest.raises(Exception, match="append-only"):
            conn.exec_driver_sql("DELETE FROM audit_entry WHERE id = 1")


def test_a_failed_change_leaves_no_audit_entry(customers, audit, owner, kari):
    before = audit.count()
    with pytest.raises(Exception):
        customers.update(owner, kari.id, kari.version, CustomerInput(last_name="X", mobile="12"))
    assert audit.count() == before


def test_paging_by_cursor_neither_skips_nor_repeats(busy_day, audit, owner):
    first = audit.entries(owner, limit=5)
    second = audit.entries(owner, limit=5, before_id=first[-1].id)  # the view itself added an entry meanwhile
    ids = [e.id for e in first + second]
    assert ids == sorted(ids, reverse=True) and len(set(ids)) == 10 and second[0].id == first[-1].id - 1
