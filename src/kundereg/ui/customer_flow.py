"""Opening, checking and closing customers: the identity gate between the results and a record.

Opening a customer who has not been verified in this session goes through the
``VerificationDialog`` first; leaving the customer (back to search, another customer, lock)
closes the record again, so the next open is verified again. A form with unsaved changes
stays (hidden, still verified) until it is saved, discarded or the window locks.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ..domain.access import is_identity_check
from .pages import PAGE_CUSTOMER, PAGE_PICKUP, PAGE_SEARCH, Pages
from .session import SessionHolder
from .workers import TaskRunner, logged

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..services.access import StaffSession
    from ..services.identity import IdentityService

log = logging.getLogger(__name__)


class CustomerFlow(QObject):
    """Shows customers on ``pages`` as the staff member of ``session``, through the identity gate."""

    search_wanted = Signal()  # back to the results (a customer went away, or the check was refused)

    def __init__(self, pages: Pages, session: SessionHolder, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._pages = pages
        self._session = session
        self._runner = runner
        self._window = window  # parent of the identity check and the questions
        self._identity: IdentityService | None = None
        self._verification: QDialog | None = None
        pages.customer_left.connect(self._leave_customer)

    def attach(self, identity: IdentityService) -> None:
        self._identity = identity

    @property
    def verification_dialog(self) -> QDialog | None:
        """The identity check open now, if any."""
        return self._verification

    def current(self):
        """The customer the form shows (None: none, or a new one)."""
        panel = self._pages.built_panel
        return panel.customer if panel is not None else None

    def open_customer(self, customer_id: int, display_name: str | None = None) -> None:
        """Show a customer: at once when verified in this session, else after the identity check."""
        staff = self._session()
        if self._identity is None or staff is None:
            return
        panel = self._pages.built_panel
        current = self.current()
        same = current is not None and current.id == customer_id
        if not same and not self.may_discard():
            self._pages.show(PAGE_CUSTOMER)
            return
        if not same and panel is not None and (current is not None or panel.is_dirty()):
            if current is not None:  # a form kept with unsaved changes, now discarded
                self.close_record(current.id)
            panel.clear()
        if staff.verification(customer_id) is not None:
            self._show_customer(customer_id)
            return
        self._ask_verification(staff, customer_id, display_name or self._name_of(customer_id))

    def _show_customer(self, customer_id: int) -> None:
        current = self.current()
        same = current is not None and current.id == customer_id
        self._pages.show(PAGE_CUSTOMER)
        panel = self._pages.panel
        if not (same and panel.is_dirty()):
            panel.open_customer(customer_id)
        panel.focus_first_field()

    def check_identity(self, customer_id: int, then: Callable[[], object]) -> None:
        """Verify the open customer's identity now (the record was opened for a business reason or
        just registered); ``then`` runs once a real check has passed (the access report)."""
        staff, open_now = self._session(), self.current()
        if staff is not None:
            name = open_now.display_name if open_now is not None and open_now.id == customer_id else None
            self._ask_verification(staff, customer_id, name or self._name_of(customer_id), then)

    def _ask_verification(self, staff: StaffSession, customer_id: int, name: str,
                          then: Callable[[], object] | None = None) -> None:
        """The identity gate: the customer opens only once the check has passed."""
        from .verification_dialog import VerificationDialog

        if self._verification is not None:
            self._verification.reject()
        assert self._identity is not None
        dialog = VerificationDialog(self._identity, staff, customer_id, name, self._runner, self._window)
        passed: list[object] = []
        dialog.verified.connect(passed.append)

        def finished(_result: int) -> None:
            if self._verification is dialog:
                self._verification = None
            dialog.deleteLater()
            # Back to the window the keyboard was in (not every window manager does this for a
            # window-modal dialog), so the next keys reach the form or the search box.
            self._window.activateWindow()
            if passed and self._session() is staff and staff.verification(customer_id) is not None:
                self._show_customer(customer_id)
                if then is not None and is_identity_check(staff.verification(customer_id)):
                    then()
            elif self._pages.current() == PAGE_SEARCH:
                self._pages.search.edit.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        self._verification = dialog
        dialog.open()

    def _name_of(self, customer_id: int) -> str:
        name = self._pages.search.name_of(customer_id)
        if name:
            return name
        pickup = self._pages.built_pickup
        if pickup is not None:
            for ticket in pickup.tickets():
                if ticket.customer_id == customer_id:
                    return ticket.customer_name
        return self.tr("Customer {id}").format(id=customer_id)

    def new_customer(self, search_text: str) -> None:
        """Ctrl+N: a new customer prefilled from the search text."""
        if self._identity is None or not self._session.active:
            return
        if not self.may_discard():
            self._pages.show(PAGE_CUSTOMER)
            return
        from .customer_fields import prefill_from_search

        current = self.current()
        if current is not None:
            self.close_record(current.id)
        panel = self._pages.panel
        panel.new_customer(prefill_from_search(search_text))
        self._pages.show(PAGE_CUSTOMER)
        panel.focus_first_field()

    def _leave_customer(self) -> None:
        """The customer page was left: close the record, so the next open is verified again."""
        panel = self._pages.built_panel
        if panel is None or panel.is_dirty() or panel.is_saving():
            return
        customer = panel.customer
        if customer is not None:
            self._pages.search.return_to_id = customer.id
            self.close_record(customer.id)
        panel.clear()

    def close_record(self, customer_id: int, staff: StaffSession | None = None) -> None:
        """The record is closed: no longer verified at once; the service's record of it is written
        off the GUI thread (it may touch the register)."""
        staff = staff if staff is not None else self._session.staff
        identity = self._identity
        if staff is None or identity is None:
            return
        staff.forget(customer_id)  # the gate closes now, not when the worker gets to it
        self._runner.submit(lambda _p: identity.close_record(staff, customer_id), on_error=logged("close record"))

    def clear(self, staff: StaffSession | None) -> None:
        """Lock or user switch: every customer out of the window at once, the open record closed."""
        if self._verification is not None:
            self._verification.reject()
        self._verification = None
        panel = self._pages.built_panel
        if panel is not None:
            customer = panel.customer
            if customer is not None:
                self.close_record(customer.id, staff)
            panel.clear()
        pickup = self._pages.built_pickup
        if pickup is not None:
            pickup.clear()

    def customer_erased(self, customer_id: int) -> None:
        """Nothing may keep showing an erased person: the form goes (the window reloads the rest)."""
        panel = self._pages.built_panel
        if panel is not None and panel.customer is not None and panel.customer.id == customer_id:
            panel.clear()
            self._pages.search.return_to_id = None
            self.search_wanted.emit()

    def may_discard(self) -> bool:
        """True when there are no unsaved edits, or the user agreed to drop them."""
        panel = self._pages.built_panel
        if panel is None or not panel.is_dirty():
            return True
        self._pages.show(PAGE_CUSTOMER)
        answer = QMessageBox.question(
            self._window, self.tr("Unsaved changes"),
            self.tr("The customer you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def history_changed(self) -> None:
        pickup = self._pages.built_pickup
        if pickup is not None and self._pages.current() == PAGE_PICKUP:
            pickup.refresh()
