"""The GDPR actions beside the customer form: data-subject requests, the access report,
restriction of processing (Art. 18) and the objection to marketing (Art. 21).

A banner shows while processing is restricted and a note once the customer objected to
marketing. The owner restricts and lifts; owner and counter record an objection. The
services enforce all of it; these buttons only mirror it. The panel places the widgets
(``restriction_banner``, ``objection_note``, ``request_row``, ``rights_row``) and tells
this part what it shows (``show``).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QMessageBox, QSizePolicy, QVBoxLayout, QWidget

from ..domain.access import Permission, is_identity_check
from ..domain.errors import ConflictError, KunderegError, StateError
from ..domain.records import Customer
from .errors import error_text
from .formatting import format_date
from .palette import warning_colours
from .session import StaffProvider
from .controls import action_button
from .workers import TaskRunner

if TYPE_CHECKING:
    from ..services.customers import CustomerService
    from ..services.reports import ReportService
    from ..services.requests import RequestService


class CustomerGdprActions(QObject):
    status_message = Signal(str)
    request_registered = Signal(object)  # DataRequest, recorded for this customer
    reopen_wanted = Signal(int)          # the customer changed: load it again (fresh version)
    reload_wanted = Signal()             # what the panel shows is out of date
    identity_check_wanted = Signal(int)  # the access report needs the requester verified first

    def __init__(self, customers: CustomerService, requests: RequestService | None, reports: ReportService | None,
                 country: str, runner: TaskRunner, staff: StaffProvider, moved_on: Callable[[], int],
                 panel: QWidget, heading_font: QFont) -> None:
        super().__init__(panel)
        self._customers = customers
        self._requests = requests
        self._reports = reports
        self._country = country
        self._runner = runner
        self._staff = staff
        self._moved_on = moved_on  # changes whenever the panel shows someone else (or no one)
        self._panel = panel        # parent of the questions and dialogs
        self._customer: Customer | None = None
        self._dirty = self._saving = False
        self._busy = False  # a restriction or objection is on its way

        self.request_button = action_button(panel, QCoreApplication.translate("CustomerPanel", "Register re&quest…"),
            QCoreApplication.translate("CustomerPanel", "Register a data-subject request"), self.register_request,
            QCoreApplication.translate("CustomerPanel", "Record a request from this customer to see, correct, "
                                       "erase or move their data, or to stop marketing"), "registerRequestButton")
        self.report_button = action_button(panel, QCoreApplication.translate("CustomerPanel", "Access re&port…"),
            QCoreApplication.translate("CustomerPanel", "Create an access report"), self.access_report,
            QCoreApplication.translate("CustomerPanel", "A PDF of everything the register holds about this "
                                       "customer (GDPR Art. 15)"), "accessReportButton")
        self.restrict_button = action_button(panel, QCoreApplication.translate("CustomerPanel", "Restrict processing…"),
            QCoreApplication.translate("CustomerPanel", "Restrict processing of this customer's data"), self.restrict,
            None, "restrictButton")
        self.lift_button = action_button(panel, QCoreApplication.translate("CustomerPanel", "Lift restriction"),
            QCoreApplication.translate("CustomerPanel", "Lift the restriction of processing"), self.lift_restriction,
            None, "liftRestrictionButton")
        self.objection_button = action_button(panel,
            QCoreApplication.translate("CustomerPanel", "Objection to marketing"),
            QCoreApplication.translate("CustomerPanel", "Record an objection to marketing"), self.object_to_marketing,
            None, "marketingObjectionButton")
        self.request_row = QHBoxLayout()
        self.request_row.addWidget(self.request_button)
        self.request_row.addWidget(self.report_button)
        self.request_row.addStretch(1)
        self.rights_row = QHBoxLayout()
        self.rights_row.addWidget(self.restrict_button)
        self.rights_row.addWidget(self.lift_button)
        self.rights_row.addWidget(self.objection_button)
        self.rights_row.addStretch(1)

        self.restriction_banner = QFrame(objectName="restrictionBanner")
        self.restriction_banner.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Processing restricted"))
        banner_layout = QVBoxLayout(self.restriction_banner)
        banner_layout.setContentsMargins(10, 6, 8, 6)
        banner_layout.setSpacing(2)
        self.restriction_label = QLabel(objectName="restrictionText")
        self.restriction_label.setWordWrap(True)
        self.restriction_label.setFont(heading_font)
        self.restriction_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restriction_hint = QLabel(QCoreApplication.translate("CustomerPanel", "Open tickets can still be marked "
                                       "ready, picked up or cancelled, and open cases closed."),
                                       objectName="restrictionHint")
        self.restriction_hint.setWordWrap(True)
        banner_layout.addWidget(self.restriction_label)
        banner_layout.addWidget(self.restriction_hint)
        self.restriction_banner.setVisible(False)
        self.objection_note = QLabel(objectName="marketingObjectionNote")
        self.objection_note.setToolTip(QCoreApplication.translate("CustomerPanel", "The customer objected to direct "
                                       "marketing (GDPR Art. 21): their marketing consents were withdrawn and no "
                                       "new ones can be given."))
        self.objection_note.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.objection_note.setVisible(False)

    def paint(self, palette: QPalette) -> None:
        """Colour the restriction banner and the objection note from the current palette."""
        background, text, accent = warning_colours(palette)
        self.restriction_banner.setStyleSheet(
            f"QFrame#restrictionBanner {{ background-color: {background.name()}; border: 1px solid {accent.name()};"
            f" border-left: 4px solid {accent.name()}; border-radius: 3px; }}"
            f" QFrame#restrictionBanner QLabel {{ color: {text.name()}; background: transparent; border: none; }}")
        self.objection_note.setStyleSheet(
            f"QLabel#marketingObjectionNote {{ color: {text.name()}; border: 1px solid {accent.name()};"
            f" border-radius: 3px; padding: 1px 6px; }}")

    # -- what the panel shows --------------------------------------------------------------

    def show(self, customer: Customer | None) -> None:
        """Banner and note for the customer now shown (None: a new one)."""
        self._customer = customer
        restricted = customer is not None and customer.restricted_at is not None
        if restricted:
            self.restriction_label.setText(QCoreApplication.translate("CustomerPanel",
                "Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction "
                "is lifted.").format(date=format_date(customer.restricted_at)))
        self.restriction_banner.setVisible(restricted)
        objected = customer is not None and customer.marketing_objection_at is not None
        if objected:
            self.objection_note.setText(QCoreApplication.translate("CustomerPanel", "Objected to marketing on {date}")
                                        .format(date=format_date(customer.marketing_objection_at)))
        self.objection_note.setVisible(objected)

    def set_editing(self, dirty: bool, saving: bool) -> None:
        self._dirty, self._saving = dirty, saving
        self.update_actions()

    def update_actions(self) -> None:
        """Show the GDPR buttons the logged-in role may use, for a saved customer."""
        staff = self._staff()
        customer = self._customer
        saved = customer is not None
        self.request_button.setVisible(self._requests is not None and staff is not None and saved
                                       and staff.may(Permission.REGISTER_REQUEST))
        self.report_button.setVisible(self._reports is not None and staff is not None and saved
                                      and staff.may(Permission.REPORTS))
        restricted = customer is not None and customer.restricted_at is not None
        owner = staff is not None and saved and staff.may(Permission.HANDLE_REQUEST)
        self.restrict_button.setVisible(owner and not restricted)
        self.lift_button.setVisible(owner and restricted)
        objected = customer is not None and customer.marketing_objection_at is not None
        # Once recorded, the note under the title says so; there is nothing more to press.
        self.objection_button.setVisible(staff is not None and saved and not objected
                                         and staff.may(Permission.RECORD_ORDER))
        idle = not self._dirty and not self._saving and not self._busy
        pending = QCoreApplication.translate("CustomerPanel", "Save or discard your changes first.")
        self.restrict_button.setEnabled(idle)
        self.restrict_button.setToolTip(pending if not idle else QCoreApplication.translate("CustomerPanel",
            "Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer "
            "contests its accuracy"))
        self.lift_button.setEnabled(idle)
        self.lift_button.setToolTip(pending if not idle else QCoreApplication.translate(
            "CustomerPanel", "Make the record editable and usable again"))
        self.objection_button.setEnabled(idle)
        self.objection_button.setToolTip(pending if not idle else QCoreApplication.translate("CustomerPanel",
            "The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents"))

    def _customer_name(self, customer: Customer) -> str:
        return customer.display_name or QCoreApplication.translate("CustomerPanel", "Customer {id}").format(
            id=customer.id)

    # -- data-subject requests and reports -------------------------------------------------

    def register_request(self) -> QDialog | None:
        """The form to record a request from the open customer (returned, already open)."""
        customer, staff = self._customer, self._staff()
        if customer is None or self._requests is None or staff is None \
                or not staff.may(Permission.REGISTER_REQUEST):
            return None
        from .requests_view import RegisterRequestDialog

        dialog = RegisterRequestDialog(self._requests, self._staff, self._runner, customer.id,
                                       self._customer_name(customer), self._panel)
        dialog.registered.connect(self.request_registered)
        dialog.registered.connect(lambda r: self.status_message.emit(
            QCoreApplication.translate("CustomerPanel", "Request {reference} registered; due {date}.").format(
                reference=r.reference, date=format_date(r.due_on))))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def access_report(self) -> QDialog | None:
        """The owner's access report for the open customer (returned, already open)."""
        customer, staff = self._customer, self._staff()
        if customer is None or self._reports is None or staff is None or not staff.may(Permission.REPORTS):
            return None
        if not is_identity_check(staff.verification(customer.id)):
            # The service refuses such a report (GUI and CLI alike); ask for the check instead.
            self.status_message.emit(QCoreApplication.translate(
                "CustomerPanel", "An access report goes only to the person it is about: verify their identity first."))
            self.identity_check_wanted.emit(customer.id)
            return None
        from .report_dialog import ReportDialog

        dialog = ReportDialog(self._reports, self._requests, self._staff, self._runner, customer.id,
                              self._customer_name(customer), self._country, self._panel)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # -- restriction (GDPR Art. 18) and objection to marketing (Art. 21) --------------------

    def restrict(self) -> bool:
        """Ask, then restrict processing of the open customer (owner only). False: not started."""
        return self._act(
            Permission.HANDLE_REQUEST, lambda c: c.restricted_at is None,
            QCoreApplication.translate("CustomerPanel", "Restrict processing"),
            QCoreApplication.translate("CustomerPanel",
                "Restrict processing of {name}'s data (GDPR Art. 18)?\n\nThe record is kept but becomes "
                "read-only: no changes, new orders, returns or consents until the restriction is lifted. "
                "Open tickets can still be completed. Use this while the customer contests the data or "
                "objects, or when they ask you to keep it instead of erasing it."),
            lambda customers, staff, c: customers.restrict(staff, c.id, c.version),
            QCoreApplication.translate("CustomerPanel", "Processing of {name}'s data is restricted."),
            QCoreApplication.translate("CustomerPanel", "Not restricted"))

    def lift_restriction(self) -> bool:
        """Ask, then lift the restriction of the open customer (owner only). False: not started."""
        return self._act(
            Permission.HANDLE_REQUEST, lambda c: c.restricted_at is not None,
            QCoreApplication.translate("CustomerPanel", "Lift restriction"),
            QCoreApplication.translate("CustomerPanel",
                "Lift the restriction of {name}'s data? The record can be changed and used again."),
            lambda customers, staff, c: customers.lift_restriction(staff, c.id, c.version),
            QCoreApplication.translate("CustomerPanel", "The restriction of {name}'s data is lifted."),
            QCoreApplication.translate("CustomerPanel", "Restriction not lifted"))

    def object_to_marketing(self) -> bool:
        """Ask, then record the customer's objection to marketing (owner and counter)."""
        return self._act(
            Permission.RECORD_ORDER, lambda c: c.marketing_objection_at is None,
            QCoreApplication.translate("CustomerPanel", "Objection to marketing"),
            QCoreApplication.translate("CustomerPanel",
                "Record that {name} objects to marketing (GDPR Art. 21)?\n\nTheir consents to marketing "
                "and newsletters are withdrawn, and no new ones can be given. This cannot be undone here."),
            lambda customers, staff, c: customers.object_to_marketing(staff, c.id),
            QCoreApplication.translate("CustomerPanel", "Objection to marketing recorded for {name}."),
            QCoreApplication.translate("CustomerPanel", "Objection not recorded"))

    def _act(self, permission: Permission, applies: Callable[[Customer], bool], title: str, question: str,
             call: Callable[[CustomerService, object, Customer], Customer], done_text: str,
             failed_title: str) -> bool:
        """Ask ``question`` about the open customer, then run ``call``; False when not started
        (not allowed now, does not apply, or the user said no)."""
        customer = self._target(permission)
        if customer is None or not applies(customer):
            return False
        if not self._confirm(title, question.format(name=self._customer_name(customer))):
            return False
        customers = self._customers
        self._run(lambda staff: call(customers, staff, customer), done_text, failed_title)
        return True

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self._panel, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _target(self, permission: Permission) -> Customer | None:
        """The open customer, if the staff member may act on it now (saved, idle, no unsaved edits)."""
        customer, staff = self._customer, self._staff()
        if customer is None or staff is None or not staff.may(permission):
            return None
        if self._busy or self._saving:
            return None
        if self._dirty:
            self.status_message.emit(QCoreApplication.translate("CustomerPanel", "Save or discard your changes first."))
            return None
        return customer

    def _run(self, call: Callable[[object], Customer], done_text: str, failed_title: str) -> None:
        """Run a restriction or objection call, then load the customer again (fresh version)."""
        staff, shown = self._staff(), self._moved_on()
        self._busy = True
        self.update_actions()

        def done(customer: Customer) -> None:
            self._busy = False
            if shown != self._moved_on():
                self.update_actions()
                return  # the panel moved on (another customer, lock): show nothing
            self.status_message.emit(done_text.format(name=self._customer_name(customer)))
            self.reopen_wanted.emit(customer.id)

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.update_actions()
            if not isinstance(exc, KunderegError):
                raise exc
            if shown != self._moved_on():
                return
            QMessageBox.warning(self._panel, failed_title, error_text(exc))
            if isinstance(exc, (ConflictError, StateError)):
                self.reload_wanted.emit()

        self._runner.submit(lambda _p: call(staff), on_done=done, on_error=failed)
