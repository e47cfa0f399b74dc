"""The owner's audit view: readable entries, filters, paging and the chain check."""
from __future__ import annotations

from kundereg.db import sqlite_driver as sqlite3
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate

from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.services.audit import AuditAction
from kundereg.ui.audit_model import ACTION_LABELS, OBJECT_ROLE, AuditTableModel, describe_details
from kundereg.ui.audit_view import PAGE_SIZE, AuditView


@pytest.fixture
def busy_day(customers, purchases, consents, identity, auth, owner, counter, kari):
    """A morning at the counter: verification, a view, a change, an order, a consent, a failed check."""
    identity.verify_photo_id(counter, kari.id, "passport")
    customers.get(counter, kari.id)
    customers.update(counter, kari.id, kari.version, CustomerInput(
        first_name="Kari", last_name="Sørensen", mobile="+47 912 34 567", email="kari.ny@example.no",
        street="Storgata 1", postal_code="2815", city="Gjøvik"))
    ticket = purchases.record(counter, kari.id, PurchaseInput(lines=(PurchaseLineInput("Brudekjole", 1, 149900),)))
    purchases.set_status(counter, ticket.id, "ready")
    consents.give(counter, kari.id, "newsletter", "counter")
    other = customers.create(owner, CustomerInput(first_name="Ågot", last_name="Zachariassen",
                                                  mobile="41 23 45 67"))
    with pytest.raises(Exception):
        identity.verify_knowledge(counter, other.id, "mobile", "+47 400 11 222")
    identity.state_reason(owner, other.id, "invoicing")
    auth.lock(counter)
    return kari, other


@pytest.fixture
def view(qtbot, audit, auth, owner, runner, busy_day) -> AuditView:
    widget = AuditView(audit, auth, lambda: owner, runner)
    qtbot.addWidget(widget)
    widget.resize(1100, 500)
    widget.show()
    widget.refresh()
    return widget


def _column(view: AuditView, column: int) -> list[str]:
    return [view.proxy.index(row, column).data() for row in range(view.proxy.rowCount())]


def _tamper(db, *statements):
    """What someone with the database file and a SQLite shell could do."""
    path = db.engine.url.database
    db.engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TRIGGER audit_entry_no_update")
        conn.execute("DROP TRIGGER audit_entry_no_delete")
        for statement in statements:
            conn.execute(statement)
    conn.close()


def test_shows_the_entries_newest_first_in_words(view, busy_day, counter):
    kari, _other = busy_day
    entries = view.entries()
    assert [e.id for e in entries] == sorted((e.id for e in entries), reverse=True)
    actions = _column(view, AuditTableModel.COL_ACTION)
    for label in ("Viewed customer", "Verified identity", "Changed customer", "Recorded order",
                  "Changed order status", "Consent given", "Identity check failed", "Stated business reason",
                  "Screen locked", "Logged in"):
        assert label in actions
    assert _column(view, AuditTableModel.COL_NUMBER)[0] == str(entries[0].id)
    row = actions.index("Changed customer")
    assert view.proxy.index(row, AuditTableModel.COL_DETAILS).data() == "Fields: Email"
    assert view.proxy.index(row, AuditTableModel.COL_STAFF).data() == "Disk Ansatt"
    assert view.proxy.index(row, AuditTableModel.COL_CUSTOMER).data() == str(kari.id)
    details = _column(view, AuditTableModel.COL_DETAILS)
    assert "Photo ID (Passport)" in details
    assert "Business reason: Invoicing and payment" in details
    assert "Knowledge check (Mobile phone); failed attempts in a row: 1" in details
    assert view.count_label.text() == f"{len(entries)} entries, newest first"
    shown = " ".join(details)
    for personal in ("Sørensen", "kari.ny", "912", "Brudekjole", "Ågot"):
        assert personal not in shown


def test_filter_by_customer(view, busy_day):
    kari, other = busy_day
    everything = len(view.entries())
    view.customer_edit.setText(str(other.id))
    view.show_button.click()
    rows = view.entries()
    assert 0 < len(rows) < everything and {e.customer_id for e in rows} == {other.id}
    assert set(_column(view, AuditTableModel.COL_ACTION)) == {
        "Registered customer", "Identity check failed", "Stated business reason"}
    view.clear_button.click()
    assert view.customer_edit.text() == "" and len(view.entries()) > everything - 1


def test_filter_by_staff_member(view, counter, owner):
    names = [view.staff_combo.itemText(i) for i in range(view.staff_combo.count())]
    assert names[0] == "All staff" and "Disk Ansatt" in names
    view.staff_combo.setCurrentIndex(view.staff_combo.findData(counter.actor.staff_id))
    view.refresh()
    rows = view.entries()
    assert rows and {e.staff_id for e in rows} == {counter.actor.staff_id}
    assert set(_column(view, AuditTableModel.COL_STAFF)) == {"Disk Ansatt"}
    assert view.staff_combo.currentData() == counter.actor.staff_id  # kept across the staff list reload


def test_filter_by_date(view):
    today = date.today()
    assert view.from_any.isChecked() and view.until_any.isChecked()  # any date until one is chosen
    view.from_date.setDate(QDate(today))
    assert not view.from_any.isChecked()  # choosing a date limits that end
    view.until_any.setChecked(False)  # the until date already shows today
    view.refresh()
    assert view.entries()  # everything happened today

    view.from_date.setDate(QDate(today + timedelta(days=1)))
    view.until_date.setDate(QDate(today + timedelta(days=2)))
    view.refresh()
    assert view.entries() == [] and view.count_label.text() == "No entries match the filters."

    view.from_any.setChecked(True)
    view.until_date.setDate(QDate(today - timedelta(days=1)))
    view.refresh()
    assert view.entries() == []

    view.until_any.setChecked(True)
    view.refresh()
    assert view.entries()


def test_a_backwards_date_range_is_explained_not_loaded(view):
    before = view.entries()
    view.from_date.setDate(QDate(2026, 5, 10))
    view.until_date.setDate(QDate(2026, 5, 1))
    view.refresh()
    assert view.filter_error.isVisible() and "after the until date" in view.filter_error.text()
    assert view.from_date.property("invalid") and view.entries() == before
    view.until_date.setDate(QDate(2026, 5, 20))  # changing a date clears the complaint
    assert not view.filter_error.isVisible() and not view.until_date.property("invalid")


def test_every_filter_and_button_is_named_and_labelled(view):
    from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton

    buddies = {label.buddy() for label in view.findChildren(QLabel) if label.buddy() is not None}
    for widget in (*view.findChildren(QLineEdit), *view.findChildren(QComboBox), *view.findChildren(QDateEdit)):
        if widget.parent() is view:  # not the editors inside the combo and date boxes
            assert widget.accessibleName() and widget in buddies, widget
    assert view.table in buddies
    for button in view.findChildren(QPushButton):
        assert button.accessibleName(), button.text()


def test_verify_shows_an_intact_chain(view, audit):
    view.verify_button.click()
    assert view.chain_label.isVisible()
    assert view.chain_text() == f"Audit trail intact: {audit.count() - 1} entries"


def test_verify_shows_where_the_chain_was_broken(view, db):
    _tamper(db, "UPDATE audit_entry SET details = '{}' WHERE id = 6")
    view.verify_button.click()
    assert view.chain_text() == "Broken at entry 6: its content was changed"
    assert view.table.selectionModel().currentIndex().data(OBJECT_ROLE).id == 6  # shown in the list


def test_verify_finds_a_removed_entry(view, db):
    _tamper(db, "DELETE FROM audit_entry WHERE id = 5")
    view.verify_button.click()
    assert view.chain_text() == "Broken at entry 6: entry 5 is missing or out of order"


def test_load_more_pages_through_older_entries(qtbot, audit, auth, owner, runner, identity, kari):
    for _ in range(PAGE_SIZE + 30):
        identity.state_reason(owner, kari.id, "register_maintenance")
    view = AuditView(audit, auth, lambda: owner, runner)
    qtbot.addWidget(view)
    view.refresh()
    assert len(view.entries()) == PAGE_SIZE and view.more_button.isEnabled()
    assert "Load more" in view.count_label.text()
    total = audit.count()
    view.more_button.click()
    ids = [e.id for e in view.entries()]
    assert len(ids) == len(set(ids))  # the trail grew while paging; nothing is shown twice
    assert set(range(1, total)) <= set(ids)  # and nothing older was skipped
    assert not view.more_button.isEnabled()


def test_nobody_logged_in_shows_nothing(qtbot, audit, auth, runner, busy_day):
    view = AuditView(audit, auth, lambda: None, runner)
    qtbot.addWidget(view)
    view.refresh()
    assert view.entries() == [] and "Log in as the owner" in view.count_label.text()
    assert not view.verify_button.isEnabled()


def test_counter_staff_are_refused_by_the_service(qtbot, audit, auth, counter, runner):
    view = AuditView(audit, auth, lambda: counter, runner)
    qtbot.addWidget(view)
    view.refresh()
    assert view.entries() == [] and "Only the owner may" in view.count_label.text()


def test_model_passes_the_model_tester(qtmodeltester, audit, owner, busy_day):
    model = AuditTableModel()
    model.set_rows(audit.entries(owner))
    model.set_staff_names({owner.actor.staff_id: "Eier"})
    qtmodeltester.check(model, force_py=True)
    assert model.append_rows(audit.entries(owner, limit=3)) == 1  # only the new "viewed" entry


def test_every_action_has_a_label_and_unknown_details_are_kept():
    assert set(ACTION_LABELS) == set(AuditAction)
    assert describe_details("staff_changed", {"fields": ["pin", "active"], "target_staff": 2}, {2: "Disk"}) \
        == "Fields: PIN, Active; Staff member: Disk"
    assert describe_details("future_action", {"some_key": 3}) == "Some key: 3"


def test_request_steps_are_described_in_words():
    assert describe_details("request_registered", {"request": "R-2026-0001", "kind": "access", "channel": "email"}) \
        == "Request R-2026-0001; access to data; by email"
    assert describe_details("request_step", {"request": "R-2026-0001", "status": "identity_verified",
                                             "method": "photo_id"}) \
        == "Request R-2026-0001; identity verified; identity checked by: Photo ID"
