"""The window's part in protecting personal data: login, lock, identity gate, roles, masking.

The services enforce every rule; these tests check that the window asks for what the
services need, and that a locked window holds nothing about any customer.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QComboBox, QDialog, QLabel,
                               QLineEdit, QPlainTextEdit, QStatusBar, QWidget)

from kundereg.domain.access import VerificationMethod
from kundereg.domain.enums import PurchaseStatus
from kundereg.domain.records import CustomerInput, PurchaseInput
from kundereg.ui.main_window import PAGE_CUSTOMER, PAGE_LOCK, PAGE_LOGIN, PAGE_PICKUP, PAGE_SEARCH, MainWindow
from kundereg.ui.order_dialog import OrderDialog
from kundereg.ui.search_model import COL_EMAIL, COL_MOBILE, COL_NAME
from kundereg.ui.session import IDLE_LOCK_KEY, idle_lock_ms
from kundereg.ui.verification_dialog import VerificationDialog

OWNER_PASSWORD = "correct horse battery"  # tests/conftest.py
COUNTER_PIN = "4711"
CTRL = Qt.KeyboardModifier.ControlModifier
# What must never be left in a locked window: Kari's name, her number and email, her address.
KARI_TRACES = ("Kari", "Sørensen", "sorensen", "91234567", "912 34 567", "91 23 45 67", "•• 567", "k•••@",
               "Storgata", "Dress for the wedding")

_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)


def _model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    texts = []
    try:
        columns = model.columnCount(parent)
    except TypeError:  # QAbstractListModel hides it: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            texts.extend(str(value) for role in _ROLES if (value := index.data(role)) is not None)
            if column == 0 and model.rowCount(index) > 0:
                texts += _model_texts(model, index)
    return texts


def texts_in(window: MainWindow) -> list[str]:
    """Every text a person or a screen reader could get from the window and what it holds."""
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # closed dialogs really go
    widgets: list[QWidget] = [window, *window.findChildren(QWidget)]
    widgets += [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    texts: list[str] = []
    for w in widgets:
        texts += [w.windowTitle(), w.toolTip(), w.statusTip(), w.accessibleName(), w.accessibleDescription()]
        if isinstance(w, (QLabel, QLineEdit, QAbstractButton)):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QPlainTextEdit):
            texts.append(w.toPlainText())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QStatusBar):
            texts.append(w.currentMessage())
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            texts += _model_texts(w.model())
    for model in window.findChildren(QAbstractItemModel):
        texts += _model_texts(model)
    return texts


def traces_of_kari(window: MainWindow) -> list[str]:
    return [t for t in texts_in(window) if any(trace in t for trace in KARI_TRACES)]


def search(qtbot, window: MainWindow, text: str) -> None:
    window.search.edit.clear()
    qtbot.keyClicks(window.search.edit, text)
    qtbot.waitUntil(lambda: not window.search.model.loading)


def log_in(qtbot, window: MainWindow, username: str, secret: str) -> None:
    page = window.login_page
    page.user.setCurrentIndex(page.user.findText(username))
    qtbot.keyClicks(page.secret, secret)
    qtbot.keyClick(page.secret, Qt.Key.Key_Return)


def unlock(qtbot, window: MainWindow, secret: str) -> None:
    qtbot.keyClicks(window.lock_page.secret, secret)
    qtbot.keyClick(window.lock_page.secret, Qt.Key.Key_Return)


def state_reason(qtbot, dialog: VerificationDialog, code: str = "complaint") -> None:
    dialog.choose(VerificationDialog.REASON)
    dialog.reason.setCurrentIndex(dialog.reason.findData(code))
    qtbot.mouseClick(dialog.reason_button, Qt.MouseButton.LeftButton)


@pytest.fixture
def ready_ticket(purchases, owner, kari):
    ticket = purchases.record(owner, kari.id, PurchaseInput(description="Dress for the wedding",
                                                            total_minor=29900))
    return purchases.set_status(owner, ticket.id, PurchaseStatus.READY)


# -- logging in -----------------------------------------------------------------------------------

def test_login_page_refuses_a_wrong_password_then_shows_the_search(qtbot, make_window, kari, counter, owner):
    window = make_window(staff=None)
    page = window.login_page
    assert window.current_page() == PAGE_LOGIN and page.isVisible() and not window.search.edit.isVisible()
    assert page.usernames() == ["disk", "eier"]
    for action in (window.act_new, window.act_pickup, window.act_refresh, window.act_lock, window.act_find):
        assert not action.isEnabled()
    assert not window.search.model.started

    log_in(qtbot, window, "eier", "not the password")
    assert window.current_page() == PAGE_LOGIN and window.staff is None
    assert page.error_text() == "Unknown user or wrong password."
    assert page.error.isVisible() and page.secret.text() == "" and page.secret.hasFocus()

    log_in(qtbot, window, "eier", OWNER_PASSWORD)
    assert window.current_page() == PAGE_SEARCH and window.search.edit.isVisible()
    assert window.staff.actor.username == "eier" and window.staff_label.text() == owner.actor.display_name
    assert window.search.edit.hasFocus() and window.act_new.isEnabled() and window.act_lock.isEnabled()
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)
    assert page.secret.text() == "" and not page.error_text()


def test_counter_logs_in_with_a_pin_and_a_lockout_is_explained(qtbot, make_window, counter):
    window = make_window(staff=None)
    for _ in range(5):
        log_in(qtbot, window, "disk", "0000")
    assert window.login_page.error_text() == "Too many wrong attempts. Try again in 30 seconds."
    log_in(qtbot, window, "disk", COUNTER_PIN)  # the right PIN waits too
    assert window.current_page() == PAGE_LOGIN
    assert window.login_page.error_text().startswith("Too many wrong attempts.")


# -- roles ----------------------------------------------------------------------------------------

def test_counter_does_not_see_the_owner_tools(make_window, counter):
    window = make_window(staff=counter, demo=lambda *a: None)
    for action in (window.act_demo, window.act_audit, window.act_staff):
        assert not action.isVisible() and not action.isEnabled()
    assert not window.admin_menu.menuAction().isVisible()
    window.admin.generate_demo_data()
    window.admin.show_audit()
    window.admin.show_staff()
    assert window.admin.audit_dialog is None and not window.findChildren(QDialog)
    assert window.act_switch.isEnabled() and window.act_lock.isEnabled()


def test_owner_opens_the_audit_trail_and_the_staff_accounts(qtbot, make_window, kari):
    from kundereg.ui.audit_view import AuditView
    from kundereg.ui.staff_dialog import StaffDialog

    window = make_window(demo=lambda *a: None)
    assert window.admin_menu.menuAction().isVisible()
    for action in (window.act_demo, window.act_audit, window.act_staff):
        assert action.isVisible() and action.isEnabled()
    window.act_audit.trigger()
    dialog = window.admin.audit_dialog
    assert dialog is not None and dialog.isVisible()
    (view,) = dialog.findChildren(AuditView)
    assert {e.action for e in view.entries()} >= {"login", "customer_created"}
    dialog.reject()
    window.act_staff.trigger()
    (staff,) = [d for d in window.findChildren(StaffDialog) if d.isVisible()]
    qtbot.waitUntil(lambda: staff.model.rowCount() == 1)
    staff.reject()


# -- the search results -------------------------------------------------------------------------

def test_results_show_masked_contact_details_and_no_city(qtbot, make_window, kari):
    window = make_window()
    search(qtbot, window, "kari")
    model = window.search.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Name", "Mobile", "Email", "Company"]
    assert model.index(0, COL_NAME).data() == "Kari Sørensen"
    assert model.index(0, COL_MOBILE).data() == "+47 ••• •• 567"
    assert model.index(0, COL_EMAIL).data() == "k•••@example.no"
    shown = _model_texts(model)
    assert not any(t in s for s in shown for t in ("91234567", "91 23 45 67", "kari.sorensen", "Gjøvik"))


# -- the identity gate ----------------------------------------------------------------------------

def test_opening_a_customer_needs_a_verification_and_cancel_opens_nothing(qtbot, make_window, counter, kari, audit,
                                                                         owner):
    window = make_window(staff=counter)
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    dialog = window.customers.verification_dialog
    assert isinstance(dialog, VerificationDialog) and dialog.isVisible()
    assert "Kari Sørensen" in dialog.heading.text()
    assert window.current_page() == PAGE_SEARCH and (window.pages.built_panel is None or window.panel.customer is None)

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancel
    assert not dialog.isVisible() and window.customers.verification_dialog is None
    assert window.current_page() == PAGE_SEARCH and counter.verification(kari.id) is None
    assert window.pages.built_panel is None or window.panel.customer is None

    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    dialog = window.customers.verification_dialog
    state_reason(qtbot, dialog)
    assert window.customers.verification_dialog is None
    assert window.current_page() == PAGE_CUSTOMER and window.panel.customer.id == kari.id
    assert window.panel.editors["email"].text() == "kari.sorensen@example.no"  # the full record now
    verification = counter.verification(kari.id)
    assert verification.method is VerificationMethod.BUSINESS_REASON and verification.detail == "complaint"
    trail = [(e.staff_id, e.action) for e in audit.entries(owner, customer_id=kari.id)]
    assert (counter.actor.staff_id, "business_reason_stated") in trail
    assert (counter.actor.staff_id, "customer_viewed") in trail


def test_closing_the_record_makes_the_next_open_ask_again(qtbot, make_window, counter, kari):
    window = make_window(staff=counter)
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    state_reason(qtbot, window.customers.verification_dialog)
    assert window.panel.customer.id == kari.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # back to search closes the record
    assert window.current_page() == PAGE_SEARCH
    assert counter.verification(kari.id) is None
    assert window.panel.customer is None and window.panel.history.customer_id is None
    assert window.search.results.currentIndex().row() == 0  # still on Kari's row
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert isinstance(window.customers.verification_dialog, VerificationDialog)
    window.customers.verification_dialog.reject()


def test_opening_another_customer_closes_the_first(qtbot, make_window, counter, kari, customers):
    ola = customers.create(counter, CustomerInput(first_name="Ola", last_name="Nordmann"))  # verified: created
    window = make_window(staff=counter)
    search(qtbot, window, "ola")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.customers.verification_dialog is None and window.panel.customer.id == ola.id
    window.open_customer(kari.id)
    assert counter.verification(ola.id) is None  # closed when another was asked for
    state_reason(qtbot, window.customers.verification_dialog)
    assert window.panel.customer.id == kari.id


def test_a_new_customer_is_verified_by_registering_them(qtbot, make_window, counter):
    window = make_window(staff=counter)
    qtbot.keyClicks(window.search.edit, "siri berg")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_N, CTRL)
    with qtbot.waitSignal(window.panel.saved) as saved:
        qtbot.keyClick(window.panel.editors["first_name"], Qt.Key.Key_S, CTRL)
    siri = saved.args[0]
    assert counter.verification(siri.id).method is VerificationMethod.CREATED
    assert window.panel.history.info_label.text() == "No orders yet."  # the history loaded too


def test_pickup_list_needs_no_verification_but_open_customer_does(qtbot, make_window, counter, kari,
                                                                  ready_ticket):
    window = make_window(staff=counter)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_R, CTRL)
    assert window.current_page() == PAGE_PICKUP
    assert [t.purchase_id for t in window.pickup.tickets()] == [ready_ticket.id]
    window.pickup.select_ticket(ready_ticket.id)
    qtbot.mouseClick(window.pickup.open_button, Qt.MouseButton.LeftButton)
    dialog = window.customers.verification_dialog
    assert isinstance(dialog, VerificationDialog) and "Kari Sørensen" in dialog.heading.text()
    state_reason(qtbot, dialog, "order_follow_up")
    assert window.current_page() == PAGE_CUSTOMER and window.panel.customer.id == kari.id


# -- locking --------------------------------------------------------------------------------------

def _busy_with_kari(qtbot, window: MainWindow, kari) -> None:
    """Kari everywhere: the pickup list, the search, her record and history, a status message."""
    window.show_pickup()
    qtbot.keyClicks(window.pickup.filter_edit, "kari")
    assert window.pickup.tickets()
    search(qtbot, window, "sørensen")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.current_page() == PAGE_CUSTOMER and window.panel.customer.id == kari.id
    assert window.panel.history.purchase_model.rowCount() == 1
    window.statusBar().showMessage("Saved Kari Sørensen.")
    assert traces_of_kari(window)  # the walk does see her while she is shown


def test_ctrl_l_locks_and_leaves_nothing_of_the_customer(qtbot, make_window, kari, ready_ticket, owner, audit,
                                                          tmp_path):
    window = make_window()
    _busy_with_kari(qtbot, window, kari)
    with qtbot.waitSignal(window.locked):
        qtbot.keyClick(window.panel.editors["first_name"], Qt.Key.Key_L, CTRL)
    assert window.current_page() == PAGE_LOCK and window.lock_page.isVisible() and window.is_locked
    assert window.staff is None  # services get no session while locked
    assert owner.verification(kari.id) is None
    assert owner.actor.display_name in window.lock_page.intro.text()
    assert traces_of_kari(window) == []
    assert window.grab().save(str(tmp_path / "locked.png"))
    assert (tmp_path / "locked.png").stat().st_size > 0
    for action in (window.act_new, window.act_pickup, window.act_find, window.act_lock, window.act_save):
        assert not action.isEnabled()
    assert audit.entries(owner, limit=1)[0].action == "locked"

    unlock(qtbot, window, OWNER_PASSWORD)
    assert window.current_page() == PAGE_SEARCH and not window.is_locked and window.staff is owner
    assert window.search.edit.text() == "" and window.search.edit.hasFocus()
    assert window.panel.customer is None and window.panel.history.customer_id is None
    assert window.pickup.tickets() == [] and window.pickup.filter_edit.text() == ""
    assert not [t for t in window.statusBar().currentMessage().split() if "Kari" in t]
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 1)  # the fresh list, masked
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)  # the lock closed her record
    assert isinstance(window.customers.verification_dialog, VerificationDialog)
    window.customers.verification_dialog.reject()


def test_a_wrong_secret_keeps_it_locked(qtbot, make_window, counter):
    window = make_window()
    window.lock()
    unlock(qtbot, window, COUNTER_PIN)  # someone else's PIN does not open the owner's session
    assert window.current_page() == PAGE_LOCK and window.is_locked
    assert window.lock_page.error_text() == "Unknown user or wrong password."
    assert window.lock_page.secret.text() == ""


def test_ctrl_l_with_unsaved_changes_asks_first(qtbot, make_window, kari, dialogs):
    window = make_window()
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.panel.editors["city"], "x")
    dialogs.question_answer = dialogs.question_answer.Cancel
    assert not window.lock()
    assert window.current_page() == PAGE_CUSTOMER and window.panel.is_dirty()
    dialogs.question_answer = dialogs.question_answer.Discard
    assert window.lock()
    assert traces_of_kari(window) == []


def test_idle_timer_from_the_settings_locks_the_window(qtbot, settings, make_window, kari, tmp_path):
    settings.setValue(IDLE_LOCK_KEY, 0.002)  # minutes: 120 ms
    window = make_window(staff=None)
    assert window.sessions.idle_watcher.interval == 120 and not window.sessions.idle_watcher.watching  # not before a login
    with qtbot.waitSignal(window.locked, timeout=10_000):
        log_in(qtbot, window, "eier", OWNER_PASSWORD)
        assert window.current_page() == PAGE_SEARCH and window.sessions.idle_watcher.watching
    assert window.current_page() == PAGE_LOCK and not window.sessions.idle_watcher.watching
    assert traces_of_kari(window) == []
    window.grab().save(str(tmp_path / "idle-locked.png"))


def test_idle_lock_closes_the_verification_dialog(qtbot, make_window, counter, kari):
    window = make_window(staff=counter, idle_lock_ms=60_000)
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    dialog = window.customers.verification_dialog
    assert dialog.isVisible()
    assert traces_of_kari(window)
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.sessions.idle_watcher.set_interval(50)
    assert not dialog.isVisible() or dialog.result() == QDialog.DialogCode.Rejected
    assert window.customers.verification_dialog is None and counter.verification(kari.id) is None
    assert traces_of_kari(window) == []


def test_idle_lock_closes_the_order_dialog_and_discards_unsaved_edits(qtbot, make_window, kari, ready_ticket,
                                                                      customers, owner, tmp_path):
    window = make_window(idle_lock_ms=60_000)
    _busy_with_kari(qtbot, window, kari)
    qtbot.keyClicks(window.panel.editors["notes"], "Kari wants it by Friday")
    window.panel.history.new_order()
    order = window.panel.history.open_dialog
    assert isinstance(order, OrderDialog) and order.isVisible()
    qtbot.keyClicks(order.description_edit, "Kari's coat")
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.sessions.idle_watcher.set_interval(50)
    assert window.panel.history.open_dialog is None
    assert traces_of_kari(window) == []
    window.grab().save(str(tmp_path / "idle-locked.png"))
    assert customers.search(owner, "kari")[0].id == kari.id
    unlock(qtbot, window, OWNER_PASSWORD)
    assert "discarded" in window.statusBar().currentMessage()
    assert owner.verification(kari.id) is None


# -- switching user -------------------------------------------------------------------------------

def test_switch_user_logs_out_and_lets_someone_else_in(qtbot, make_window, owner, counter, kari, audit):
    window = make_window(demo=lambda *a: None)
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.panel.customer.id == kari.id
    window.act_switch.trigger()
    assert window.current_page() == PAGE_LOGIN and window.staff is None and window.session.staff is None
    assert owner.verification(kari.id) is None
    assert traces_of_kari(window) == []
    assert audit.entries(owner, staff_id=owner.actor.staff_id, limit=1)[0].action == "logout"

    log_in(qtbot, window, "disk", COUNTER_PIN)
    assert window.current_page() == PAGE_SEARCH and window.staff.actor.username == "disk"
    assert not window.act_demo.isVisible() and not window.act_audit.isVisible()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)  # kari was verified for the owner, not for disk
    assert isinstance(window.customers.verification_dialog, VerificationDialog)
    window.customers.verification_dialog.reject()


def test_switch_user_from_the_lock_page(qtbot, make_window, counter):
    window = make_window()
    window.lock()
    qtbot.mouseClick(window.lock_page.switch_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == PAGE_LOGIN and window.session.staff is None
    log_in(qtbot, window, "disk", COUNTER_PIN)
    assert window.current_page() == PAGE_SEARCH and window.staff.actor.username == "disk"


# -- the idle setting -----------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "ms"), [(None, 300_000), ("5", 300_000), (0.5, 30_000), ("0", 0),
                                           ("soon", 300_000), (-1, 300_000)])
def test_idle_setting_in_minutes(value, ms):
    assert idle_lock_ms(value) == ms


class HeldRunner:
    """Keeps submitted work until the test runs it: answers can arrive after a lock."""

    def __init__(self) -> None:
        self.jobs: list[tuple] = []

    def submit(self, fn, on_done=None, on_error=None, on_progress=None):
        from kundereg.ui.workers import TaskHandle

        self.jobs.append((fn, on_done, on_error))
        return TaskHandle()

    def run_all(self) -> None:
        while self.jobs:
            fn, on_done, on_error = self.jobs.pop(0)
            try:
                result = fn(lambda done, total: True)
            except Exception as exc:  # noqa: BLE001
                if on_error is not None:
                    on_error(exc)
            else:
                if on_done is not None:
                    on_done(result)

    def wait(self, msecs: int = 0) -> bool:
        return True


def test_answers_arriving_after_the_lock_show_nothing(qtbot, customers, purchases, shop, settings, services,
                                                      activate, owner, kari, ready_ticket):
    runner = HeldRunner()
    window = MainWindow(services, shop, runner, settings)
    qtbot.addWidget(window)
    activate(window)
    window.start_session(owner)
    runner.run_all()
    window.show_pickup()
    qtbot.keyClicks(window.search.edit, "kari")  # the search and the pickup list are on their way
    window.open_customer(kari.id)               # and so is Kari's record
    assert runner.jobs
    window.lock()
    runner.run_all()                            # everything answers now, the lock included
    assert window.is_locked and traces_of_kari(window) == []
    assert window.search.model.rowCount() == 0 and window.pickup.tickets() == []
    assert window.panel.customer is None and window.panel.history.customer_id is None
