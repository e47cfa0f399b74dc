"""Orders at the counter: the order dialog, the history widget's status actions, service events."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox

from kundereg.domain.enums import PurchaseStatus, ServiceEventKind, ServiceEventStatus
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.ui.order_dialog import OrderDialog
from kundereg.ui.widgets import is_invalid
from kundereg.ui.pickup_view import PickupView
from kundereg.ui.purchase_history import PurchaseHistoryWidget
from kundereg.ui.purchase_models import OBJECT_ROLE, SORT_ROLE, PurchaseTableModel, ServiceEventTableModel
from kundereg.ui.service_event_dialog import ServiceEventDialog
from kundereg.ui.workers import TaskHandle, TaskRunner

# The offscreen platform warns whenever a shown window's size constraints change.
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")

NBSP = "\u00a0"


def kr(text: str) -> str:
    """'616,50 kr' as Babel writes it for nb_NO (no-break spaces)."""
    return text.replace(" ", NBSP)


@pytest.fixture
def runner(qapp) -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def history(qtbot, purchases, runner, shop, kari, owner) -> PurchaseHistoryWidget:
    widget = PurchaseHistoryWidget(purchases, runner, shop, lambda: owner)
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.set_customer(kari.id)
    return widget


class Messages(list):
    """Message boxes the widgets showed, as (kind, title, text); ``answers`` queues replies."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[QMessageBox.StandardButton] = []


@pytest.fixture
def messages(monkeypatch) -> Messages:
    """Every message box the widgets would show, recorded instead of a blocking modal."""
    shown = Messages()

    def warning(parent, title, text, *args, **kwargs):
        shown.append(("warning", title, text))
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *args, **kwargs):
        shown.append(("question", title, text))
        return shown.answers.pop(0) if shown.answers else QMessageBox.StandardButton.Yes

    for name in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(warning))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return shown


def record(purchases, staff, customer_id: int, description: str = "Dress", total: int = 29900, **kw):
    return purchases.record(staff, customer_id, PurchaseInput(description=description, total_minor=total, **kw))


def ok_button(dialog: QDialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


# -- models -------------------------------------------------------------------------------------
def test_models_pass_the_model_tester(qtmodeltester, purchases, kari, owner):
    shirt = purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Skjorte", 3, 8900),
                                                           PurchaseLineInput("Dress", 1, 34950)),
                                                    due_date=date.today() - timedelta(days=1)))
    coat = record(purchases, owner, kari.id, "Frakk", 45000)
    purchases.set_status(owner, coat.id, PurchaseStatus.CANCELLED)
    model = PurchaseTableModel()
    model.set_rows(purchases.history(owner, kari.id).purchases)
    qtmodeltester.check(model)
    row = model.row_of(shirt.id)
    assert model.index(row, model.COL_DESCRIPTION).data() == "3 × Skjorte · Dress"
    assert model.index(row, model.COL_TOTAL).data() == kr("616,50 kr")
    assert model.index(row, model.COL_TOTAL).data(SORT_ROLE) == 61650
    assert model.index(row, model.COL_STATUS).data() == "Received"
    assert model.index(row, 0).data(OBJECT_ROLE) == shirt
    assert model.is_overdue(shirt)
    assert int(model.index(row, model.COL_TOTAL).data(Qt.ItemDataRole.TextAlignmentRole)) \
        & int(Qt.AlignmentFlag.AlignRight)

    event = purchases.add_service_event(owner, kari.id, ServiceEventKind.COMPLAINT, "Flekk på ermet", shirt.id)
    events = ServiceEventTableModel()
    events.set_rows([event], {shirt.id: shirt.number})
    qtmodeltester.check(events)
    assert events.index(0, events.COL_TICKET).data() == str(shirt.number)
    assert events.index(0, events.COL_KIND).data() == "Complaint"
    assert events.index(0, events.COL_STATUS).data() == "Open"

    model.set_rows([])
    qtmodeltester.check(model)


# -- the order dialog ---------------------------------------------------------------------------
def test_new_order_through_the_dialog_appears_in_the_history(qtbot, history, purchases, kari, owner):
    assert history.totals_label.text() == "Total: " + kr("0,00 kr")
    qtbot.mouseClick(history.new_order_button, Qt.MouseButton.LeftButton)
    dialog = history.open_dialog
    assert isinstance(dialog, OrderDialog)

    qtbot.keyClicks(dialog.description_edit, "Bryllup")
    first = dialog.line_rows()[0]
    qtbot.keyClicks(first.description, "Skjorte")
    first.quantity.selectAll()
    qtbot.keyClicks(first.quantity, "3")
    qtbot.keyClicks(first.price, "89")
    qtbot.mouseClick(dialog.add_line_button, Qt.MouseButton.LeftButton)
    second = dialog.line_rows()[1]
    qtbot.keyClicks(second.description, "Dress, 2 deler")
    qtbot.keyClicks(second.price, "349,50")
    assert second.amount.text() == kr("349,50 kr")
    assert dialog.total_label.text() == "Total: " + kr("616,50 kr")
    dialog.no_due_check.setChecked(False)
    due = date.today() + timedelta(days=5)
    dialog.due_edit.setDate(due)

    with qtbot.waitSignal(history.changed):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert history.open_dialog is None

    (saved,) = purchases.history(owner, kari.id).purchases
    assert saved.total_minor == 61650
    assert saved.description == "Bryllup"
    assert [(l.description, l.quantity, l.unit_price_minor) for l in saved.lines] == [
        ("Skjorte", 3, 8900), ("Dress, 2 deler", 1, 34950)]
    assert saved.due_date == due
    assert history.selected_purchase() == saved
    model = history.purchase_model
    assert model.index(0, model.COL_TOTAL).data() == kr("616,50 kr")
    assert history.totals_label.text() == "Total: " + kr("616,50 kr")


def test_invalid_price_is_marked_inline_and_nothing_is_recorded(qtbot, history, purchases, kari, owner):
    history.new_order()
    dialog = history.open_dialog
    line = dialog.line_rows()[0]
    qtbot.keyClicks(line.description, "Gardin")
    qtbot.keyClicks(line.price, "12x")
    assert dialog.total_label.text() == "Total: –"

    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert is_invalid(line.price)
    assert not dialog.lines_error.isHidden()
    assert "Line 1: Unit price: must be an amount such as 249,50." == dialog.lines_error.text()
    assert "12x" not in dialog.lines_error.text()  # never echo what was typed
    assert purchases.history(owner, kari.id).purchases == ()

    # Correcting the field clears the mark; then the order goes through.
    qtbot.keyClick(line.price, Qt.Key.Key_Backspace)
    assert not is_invalid(line.price) and dialog.lines_error.isHidden()
    with qtbot.waitSignal(history.changed):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert purchases.history(owner, kari.id).purchases[0].total_minor == 1200


def test_order_dialog_needs_a_description_or_a_line(qtbot, shop):
    submitted = []
    dialog = OrderDialog(shop, submit=lambda data: submitted.append(data))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert is_invalid(dialog.description_edit)
    assert "description" in dialog.description_error.text().lower()
    assert submitted == []


def test_order_dialog_fixed_total_and_no_due_date(qtbot, shop):
    dialog = OrderDialog(shop, today=date(2024, 5, 2))
    qtbot.addWidget(dialog)
    assert dialog.due_edit.date().toPython() == date(2024, 5, 5)  # three days for a dry cleaner
    dialog.add_line("Planker", 10, "49,90", focus=False)
    qtbot.keyClicks(dialog.total_edit, "450")
    assert dialog.total_label.text() == "Total: " + kr("450,00 kr")
    qtbot.mouseClick(dialog.no_due_check, Qt.MouseButton.LeftButton)
    assert not dialog.due_edit.isEnabled()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    data = dialog.order_input()
    assert data.total_minor == 45000 and data.due_date is None and data.currency == "NOK"
    assert data.lines == (PurchaseLineInput("Planker", 10, 4990),)  # the blank first line is skipped


def test_service_validation_errors_keep_the_dialog_open(qtbot, shop, purchases, kari, owner):
    dialog = OrderDialog(shop, submit=lambda data: purchases.record(owner, kari.id, data))
    qtbot.addWidget(dialog)
    dialog.total_edit.setText("99999999999999")  # parses, but the service refuses the range
    dialog.description_edit.setText("Stort parti")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert is_invalid(dialog.total_edit)
    assert dialog.total_error.text() == "Total: is out of range."
    assert purchases.history(owner, kari.id).purchases == ()


def test_removing_a_line_renumbers_and_totals_again(qtbot, shop):
    dialog = OrderDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_line("A", 1, "10")
    row = dialog.add_line("B", 1, "20")
    assert len(dialog.line_rows()) == 3
    dialog.remove_line(row)
    assert [r.description.text() for r in dialog.line_rows()] == ["", "A"]
    assert dialog.total_label.text() == "Total: " + kr("10,00 kr")
    assert dialog.line_rows()[1].price.accessibleName() == "Line 2 unit price"


# -- status actions -----------------------------------------------------------------------------
def test_ticket_goes_ready_then_picked_up_through_the_buttons(qtbot, history, purchases, runner, kari, messages, owner):
    pickup = PickupView(purchases, runner, lambda: owner)
    qtbot.addWidget(pickup)
    history.changed.connect(pickup.refresh)
    pickup.refresh()
    ticket = record(purchases, owner, kari.id, "Dress")
    history.reload()
    assert history.selected_purchase().id == ticket.id
    buttons = history.status_buttons
    assert buttons[PurchaseStatus.READY].isEnabled()
    assert not buttons[PurchaseStatus.RETURNED].isEnabled()
    assert pickup.tickets() == []

    with qtbot.waitSignal(history.changed):
        qtbot.mouseClick(buttons[PurchaseStatus.READY], Qt.MouseButton.LeftButton)
    assert history.selected_purchase().status is PurchaseStatus.READY
    assert [t.purchase_id for t in pickup.tickets()] == [ticket.id]
    assert not buttons[PurchaseStatus.READY].isEnabled()
    assert buttons[PurchaseStatus.PICKED_UP].isEnabled()

    with qtbot.waitSignal(history.changed):
        qtbot.mouseClick(buttons[PurchaseStatus.PICKED_UP], Qt.MouseButton.LeftButton)
    assert purchases.get(owner, ticket.id).status is PurchaseStatus.PICKED_UP
    assert pickup.tickets() == []
    assert [s for s, b in buttons.items() if b.isEnabled()] == [PurchaseStatus.RETURNED]
    assert messages == []


def test_actions_the_status_flow_forbids_are_disabled(history, purchases, kari, messages, owner):
    ticket = record(purchases, owner, kari.id)
    purchases.set_status(owner, ticket.id, PurchaseStatus.CANCELLED)
    history.reload()
    assert history.selected_purchase().status is PurchaseStatus.CANCELLED
    assert not any(b.isEnabled() for b in history.status_buttons.values())
    # Even when called directly, a forbidden change is not attempted.
    history.set_status(PurchaseStatus.READY)
    assert purchases.get(owner, ticket.id).status is PurchaseStatus.CANCELLED
    assert messages == []


def test_no_customer_means_no_actions(qtbot, purchases, runner, shop, owner):
    widget = PurchaseHistoryWidget(purchases, runner, shop, lambda: owner)
    qtbot.addWidget(widget)
    widget.set_customer(None)
    assert not widget.new_order_button.isEnabled()
    assert not widget.service_button.isEnabled()
    assert widget.purchase_model.rowCount() == 0


def test_cancelling_asks_first_and_leaves_the_total(history, purchases, kari, messages, owner):
    ticket = record(purchases, owner, kari.id, total=50000)
    history.reload()
    assert history.totals_label.text() == "Total: " + kr("500,00 kr")
    messages.answers.append(QMessageBox.StandardButton.No)
    history.status_buttons[PurchaseStatus.CANCELLED].click()
    assert messages[-1][0] == "question"
    assert purchases.get(owner, ticket.id).status is PurchaseStatus.RECEIVED
    history.status_buttons[PurchaseStatus.CANCELLED].click()
    assert purchases.get(owner, ticket.id).status is PurchaseStatus.CANCELLED
    assert history.totals_label.text() == "Total: " + kr("0,00 kr")


def test_concurrent_change_shows_a_conflict_and_reloads(qtbot, history, purchases, kari, messages, owner):
    ticket = record(purchases, owner, kari.id)
    history.reload()
    assert history.selected_purchase().version == ticket.version
    # Another PC marks it ready in the meantime, from the same version this PC is showing.
    purchases.set_status(owner, ticket.id, PurchaseStatus.READY, expected_version=ticket.version)

    with qtbot.waitSignal(history.changed):
        history.status_buttons[PurchaseStatus.READY].click()
    ((kind, title, text),) = messages
    assert kind == "warning" and title == "Changed elsewhere"
    assert "changed by someone else" in text and "reloaded" in text
    shown = history.selected_purchase()
    assert shown.id == ticket.id and shown.status is PurchaseStatus.READY
    assert not history.status_buttons[PurchaseStatus.READY].isEnabled()


def test_stale_history_results_are_dropped(qtbot, purchases, shop, customers, kari, owner):
    ola = customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann"))
    record(purchases, owner, kari.id, "Karis dress")
    record(purchases, owner, ola.id, "Olas frakk")
    runner = DeferredRunner()
    widget = PurchaseHistoryWidget(purchases, runner, shop, lambda: owner)
    qtbot.addWidget(widget)
    widget.set_customer(kari.id)
    widget.set_customer(ola.id)
    runner.run(1)  # Ola's answer first,
    runner.run(0)  # then Kari's late one, which must not replace it
    assert [p.description for p in widget.purchase_model.rows()] == ["Olas frakk"]
    assert widget.customer_id == ola.id


# -- service events -----------------------------------------------------------------------------
def test_service_event_is_created_and_closed(qtbot, history, purchases, kari, messages, owner):
    ticket = record(purchases, owner, kari.id, "Dress")
    history.reload()
    assert not history.resolve_button.isEnabled()

    qtbot.mouseClick(history.service_button, Qt.MouseButton.LeftButton)
    dialog = history.open_dialog
    assert isinstance(dialog, ServiceEventDialog)
    assert dialog.purchase_id() == ticket.id  # the selected ticket is proposed
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ServiceEventKind.REPAIR))

    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)  # no description yet
    assert dialog.isVisible() and is_invalid(dialog.description_edit)
    assert dialog.description_error.text() == "Description: is required."

    qtbot.keyClicks(dialog.description_edit, "Glidelås gått")
    assert not is_invalid(dialog.description_edit)
    with qtbot.waitSignal(history.changed):
        qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    (event,) = purchases.service_events(owner, kari.id)
    assert (event.kind, event.purchase_id, event.description) == (ServiceEventKind.REPAIR, ticket.id,
                                                                  "Glidelås gått")
    assert history.selected_event() == event
    events = history.event_model
    assert events.index(0, events.COL_TICKET).data() == str(ticket.number)
    assert history.resolve_button.isEnabled() and history.reject_button.isEnabled()

    with qtbot.waitSignal(history.changed):
        qtbot.mouseClick(history.resolve_button, Qt.MouseButton.LeftButton)
    (closed,) = purchases.service_events(owner, kari.id)
    assert closed.status is ServiceEventStatus.RESOLVED and closed.closed_at is not None
    assert history.selected_event().status is ServiceEventStatus.RESOLVED
    assert not history.resolve_button.isEnabled() and not history.reject_button.isEnabled()
    assert messages == []


def test_closing_a_case_closed_elsewhere_explains_and_reloads(history, purchases, kari, messages, owner):
    event = purchases.add_service_event(owner, kari.id, ServiceEventKind.COMPLAINT, "Krympet")
    history.reload()
    history._select_event(event.id)
    purchases.close_service_event(owner, event.id, ServiceEventStatus.REJECTED)
    history.resolve_button.click()
    assert messages and messages[0][1] == "Changed elsewhere" and "already closed" in messages[0][2]
    assert history.selected_event().status is ServiceEventStatus.REJECTED


def test_every_input_and_button_is_named_and_labelled(qtbot, history, shop):
    from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLabel,
                                   QLineEdit, QPlainTextEdit, QWidget)
    order, event = OrderDialog(shop), ServiceEventDialog()
    for dialog in (order, event):
        qtbot.addWidget(dialog)
    inputs = (QLineEdit, QComboBox, QPlainTextEdit, QAbstractSpinBox, QAbstractItemView)
    for top in (history, order, event):
        for child in top.findChildren(QWidget):
            if not isinstance(child, (QAbstractButton, *inputs)) or child.objectName().startswith("qt_"):
                continue
            if isinstance(child.parent(), (QComboBox, QAbstractSpinBox, QAbstractItemView)) \
                    or not child.isVisibleTo(top):
                continue  # parts of combo/spin boxes and tables are named through their owner
            assert child.accessibleName(), f"{type(child).__name__} in {type(top).__name__} has no name"
    # Fields have a label whose mnemonic focuses them (item lines: the column headers -> line 1).
    first = order.line_rows()[0]
    order_buddies = {label.buddy() for label in order.findChildren(QLabel)}
    for field in (order.description_edit, first.description, first.quantity, first.price, order.total_edit,
                  order.due_edit):
        assert field in order_buddies
    event_buddies = {label.buddy() for label in event.findChildren(QLabel)}
    assert {event.kind_combo, event.ticket_combo, event.description_edit} <= event_buddies
    history_buddies = {label.buddy() for label in history.findChildren(QLabel)}
    assert {history.purchase_table, history.event_table} <= history_buddies


def test_summary_of_lines():
    from kundereg.domain.records import Purchase, PurchaseLine
    from datetime import datetime, timezone
    now = datetime.now(timezone.utc)
    p = Purchase(1, 1, 1, now, None, (PurchaseLine("Skjorte", 2, 100), PurchaseLine("Slips", 1, 50)),
                 250, "NOK", PurchaseStatus.RECEIVED, now, None, 1)
    assert p.summary == "2 × Skjorte · Slips"


class DeferredRunner:
    """Holds submitted work until the test delivers it, in any order."""

    def __init__(self) -> None:
        self.jobs: list[tuple] = []

    def submit(self, fn, on_done=None, on_error=None, on_progress=None) -> TaskHandle:
        handle = TaskHandle()
        self.jobs.append((fn, on_done, on_error, handle))
        return handle

    def run(self, index: int) -> None:
        fn, on_done, on_error, handle = self.jobs[index]
        try:
            result = fn(lambda done, total: True)
        except Exception as exc:  # delivered like the real runner does
            if on_error:
                on_error(exc)
        else:
            if on_done:  # deliberately ignores handle.cancelled: the widget must cope itself
                on_done(result)


def test_order_dialog_tab_order_and_add_line_shortcut(qtbot, shop):
    dialog = OrderDialog(shop)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    app = QApplication.instance()
    qtbot.waitUntil(lambda: app.focusWidget() is dialog.description_edit, timeout=2000)
    qtbot.keyClick(app.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # "Add &line"
    qtbot.waitUntil(lambda: len(dialog.line_rows()) == 2, timeout=2000)  # buttons animate the click
    # The new row takes the focus once the click has been delivered: wait for it, as for the row.
    qtbot.waitUntil(lambda: app.focusWidget() is dialog.line_rows()[1].description, timeout=2000)

    dialog.description_edit.setFocus()
    seen = []
    for _ in range(12):
        qtbot.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
        widget = app.focusWidget()
        if widget is dialog.due_edit and seen[-1] is dialog.due_edit:
            continue  # Tab steps through the date's day, month and year first (Qt's own behaviour)
        seen.append(widget)
    first, second = dialog.line_rows()
    assert seen[:10] == [first.description, first.quantity, first.price, second.description, second.quantity,
                         second.price, dialog.add_line_button, dialog.total_edit, dialog.due_edit,
                         dialog.no_due_check]

    # Ctrl+Delete removes the line the cursor is in.
    second.description.setFocus()
    qtbot.waitUntil(lambda: app.focusWidget() is second.description, timeout=2000)
    qtbot.keyClick(second.description, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert dialog.line_rows() == [first]
    assert app.focusWidget() is first.description
