"""The counter's day on the real main window, keyboard only: search to hand-over (issue 13 "Done when")."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kundereg.domain.access import VerificationMethod
from kundereg.domain.enums import PurchaseStatus
from kundereg.ui.main_window import PAGE_CUSTOMER, PAGE_PICKUP, PAGE_SEARCH
from kundereg.ui.order_dialog import OrderDialog
from kundereg.ui.verification_dialog import VerificationDialog

CTRL = Qt.KeyboardModifier.ControlModifier


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key typed where the focus is, as the person at the counter would (once a window has it)."""
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def test_search_verify_order_and_hand_over_without_the_mouse(qtbot, make_window, counter, kari, purchases, owner,
                                                             audit, dialogs):
    window = make_window(staff=counter)
    qtbot.keyClicks(window.search.edit, "kari")
    qtbot.waitUntil(lambda: not window.search.model.loading)
    press(qtbot, Qt.Key.Key_Return)                       # open the first match: the identity check asks
    dialog = window.customers.verification_dialog
    assert isinstance(dialog, VerificationDialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.methods)
    press(qtbot, Qt.Key.Key_Return)                       # Enter: photo ID with the preselected type
    assert window.current_page() == PAGE_CUSTOMER and window.panel.customer.id == kari.id
    assert counter.verification(kari.id).method is VerificationMethod.PHOTO_ID
    qtbot.waitUntil(lambda: window.panel.editors["first_name"].hasFocus())

    press(qtbot, Qt.Key.Key_O, CTRL)                      # New order; nothing typed into the form
    order = window.panel.history.open_dialog
    assert isinstance(order, OrderDialog) and order.isVisible()
    assert window.panel.editors["first_name"].text() == "Kari" and not window.panel.is_dirty()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is order.description_edit)
    qtbot.keyClicks(order.description_edit, "Wedding dress")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Dress, cleaning")
    press(qtbot, Qt.Key.Key_Tab)                          # quantity 1
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "349")
    press(qtbot, Qt.Key.Key_Return)                       # record
    qtbot.waitUntil(lambda: window.panel.history.open_dialog is None)
    [ticket] = purchases.history(owner, kari.id).purchases
    assert ticket.total_minor == 34900
    assert any(f"Ticket number {ticket.number}" in text for text in dialogs.texts("information"))

    purchases.set_status(owner, ticket.id, PurchaseStatus.READY)  # cleaned meanwhile, in the back room

    press(qtbot, Qt.Key.Key_R, CTRL)                      # ready for pickup
    assert window.current_page() == PAGE_PICKUP
    pickup = window.pages.pickup
    qtbot.waitUntil(lambda: pickup.filter_edit.hasFocus())
    qtbot.keyClicks(pickup.filter_edit, str(ticket.number))
    assert pickup.proxy.rowCount() == 1
    dialogs.question_answer = QMessageBox.StandardButton.Yes  # Yes is the default button: Enter
    press(qtbot, Qt.Key.Key_Return)
    assert dialogs.texts("question")[-1] == f"Hand over ticket {ticket.number} to the customer now?"
    assert purchases.get(owner, ticket.id).status is PurchaseStatus.PICKED_UP
    assert window.current_page() == PAGE_SEARCH and window.search.edit.hasFocus()
    changes = [e for e in audit.entries(owner, customer_id=kari.id) if e.action == "order_status_changed"]
    # newest first
    assert [(c.staff_id, c.details.get("new")) for c in changes][0] == (counter.actor.staff_id, "picked_up")
