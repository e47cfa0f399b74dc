"""The owner's register of data-subject requests, and the counter's form to record one.

``RequestsView`` lists the requests (open ones by default, overdue first) and moves the
selected one on: confirm identity (from this session's verification of the person), start,
complete, refuse with a reason, or extend the deadline by one or two months with a reason.
An erasure request whose requester's identity is confirmed can be carried out from here
("Erase…"): the plan is shown first, the receipt is filed and offered for opening.
``RegisterRequestDialog`` records a request for the open customer as it arrives. Every call
goes through the ``TaskRunner``; every check (role, identity, deadlines) is the service's.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QTableView, QVBoxLayout, QWidget)

from .controls import action_button
from ..domain.deadlines import MAX_EXTENSION_MONTHS
from ..domain.enums import OPEN_REQUEST_STATUSES, RequestChannel, RequestStatus, RequestType
from ..domain.errors import KunderegError
from ..domain.records import CUSTOMER_FIELDS
from ..services.access import StaffSession
from ..services.erasure import ErasurePlan, ErasureResult, ErasureService
from ..services.requests import DataRequest, RequestService
from .errors import error_text, field_label
from .widgets import sorted_table, ErrorLabel, fit_columns, qt_date_format, refresh_shortcut
from .requests_model import OBJECT_ROLE, RequestTableModel, channel_label, request_type_label
from .workers import Latest, TaskRunner

StaffProvider = Callable[[], StaffSession | None]


# -- questions (module functions, so tests can answer them) ------------------------------------------

def ask_refusal_reason(parent: QWidget, request: DataRequest) -> str | None:
    """The reason for refusing ``request`` (told to the person), or None when cancelled."""
    text, ok = QInputDialog.getMultiLineText(
        parent, QCoreApplication.translate("RequestsView", "Refuse request"),
        QCoreApplication.translate("RequestsView", "Why is request {reference} refused? The person is told this reason.").format(
            reference=request.reference))
    return text if ok else None


def ask_extension(parent: QWidget, request: DataRequest) -> tuple[int, str] | None:
    """(months, reason) to extend ``request`` by, or None when cancelled."""
    dialog = ExtendDialog(request, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.months(), dialog.reason()
    finally:
        dialog.deleteLater()


def ask_rectification(parent: QWidget, request: DataRequest) -> dict[str, str] | None:
    """The corrected values for a rectification (field -> value), or None when cancelled."""
    dialog = RectificationDialog(request, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.changes()
    finally:
        dialog.deleteLater()


class RectificationDialog(QDialog):
    """The fields to correct, empty ones unchanged; saved when the request is completed."""

    def __init__(self, request: DataRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rectify customer data"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Write the corrected values for request {reference}; leave the other fields "
                               "empty. They are saved when the request is completed.").format(
                                   reference=request.reference))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.edits: dict[str, QLineEdit] = {}
        for name in CUSTOMER_FIELDS:
            edit = QLineEdit(self)
            edit.setAccessibleName(field_label(name))
            form.addRow(field_label(name), edit)
            self.edits[name] = edit
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def changes(self) -> dict[str, str]:
        return {name: edit.text() for name, edit in self.edits.items() if edit.text().strip()}


class ExtendDialog(QDialog):
    """One or two more months (two at most in all), with the reason the person is told."""

    def __init__(self, request: DataRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend the deadline"))
        left = max(1, MAX_EXTENSION_MONTHS - request.extension_months)
        intro = QLabel(self.tr("Art. 12(3) allows up to two further months in all when a request is complex or "
                          "there are many. Tell the person within the first month, with the reason."), self)
        intro.setWordWrap(True)
        self.months_combo = QComboBox(self)
        self.months_combo.setAccessibleName(self.tr("Months to extend by"))
        for n in range(1, left + 1):
            self.months_combo.addItem(self.tr("1 month") if n == 1 else self.tr("{n} months").format(n=n), n)
        months_label = QLabel(self.tr("&Extend by:"), self)
        months_label.setBuddy(self.months_combo)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setAccessibleName(self.tr("Reason for the extension"))
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMinimumHeight(80)
        reason_label = QLabel(self.tr("&Reason:"), self)
        reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(months_label, self.months_combo)
        form.addRow(reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(420, self.sizeHint().height())

    def months(self) -> int:
        return int(self.months_combo.currentData())

    def reason(self) -> str:
        return self.reason_edit.toPlainText()


# -- the owner's list --------------------------------------------------------------------------------

class RequestsView(QWidget):
    """Shown to the owner; ``staff_provider`` returns whoever is logged in right now."""

    changed = Signal()                 # a request moved on
    customer_requested = Signal(int)   # open this customer (to verify them, or to see the record)
    customer_erased = Signal(int)      # the customer is gone: close anything showing them

    def __init__(self, requests: RequestService, staff_provider: StaffProvider, runner: TaskRunner,
                 parent: QWidget | None = None, *, erasure: ErasureService | None = None,
                 country: str | None = None) -> None:
        super().__init__(parent)
        self._requests = requests
        self._erasure = erasure
        self._country = country
        self.last_erasure: ErasureResult | None = None
        self._staff_provider = staff_provider
        self._runner = runner
        self._loads = Latest(runner)  # a list asked for before the last refresh is not shown
        self._busy = False
        self._select_id: int | None = None
        self.setAccessibleName(self.tr("Data-subject requests"))

        self.title_label = QLabel(self.tr("Data-subject &requests"), self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.open_only = QCheckBox(self.tr("&Open only"), self)
        self.open_only.setAccessibleName(self.tr("Show open requests only"))
        self.open_only.setToolTip(self.tr("Hide requests that were completed or refused"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _on: self.refresh())
        self.hint_label = QLabel(self.tr("Each request must be answered within a month of receipt; "
                                    "overdue ones come first."), self)
        self.hint_label.setWordWrap(True)
        self.hint_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.model = RequestTableModel(self)
        # sorted by no column: the service's order, overdue first
        self.table, self.proxy = sorted_table(self, self.model, self.tr("Requests"), RequestTableModel.COL_TYPE, -1,
                                              selection=QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(lambda *_a: self._update_actions())
        self.title_label.setBuddy(self.table)

        self.confirm_button = action_button(self, 
            self.tr("Confirm &identity"), self.tr("Confirm identity"), self.confirm_identity,
            self.tr("Note on the request how the person was verified in this session (photo ID, knowledge "
               "check or code); open the customer and verify them first"))
        self.start_button = action_button(self, self.tr("&Start"), self.tr("Start handling"), self.start,
                                         self.tr("Mark the request as being worked on"))
        self.complete_button = action_button(self, self.tr("&Complete"), self.tr("Complete request"), self.complete,
                                            self.tr("The request has been answered"))
        self.refuse_button = action_button(self, self.tr("Re&fuse…"), self.tr("Refuse request"), self.refuse,
                                          self.tr("Refuse the request, with the reason the person is told"))
        self.extend_button = action_button(self, self.tr("E&xtend…"), self.tr("Extend deadline"), self.extend,
                                          self.tr("Extend the deadline by one or two months, with a reason"))
        self.erase_button = action_button(self, 
            self.tr("Er&ase…"), self.tr("Erase the customer"), self.erase,
            self.tr("Carry out an erasure request whose requester's identity is confirmed, and file the receipt"))
        self.erase_button.setVisible(erasure is not None)
        self.customer_button = action_button(self, 
            self.tr("Open c&ustomer"), self.tr("Open the customer"), self.open_customer,
            self.tr("Show the person who made the request in the register (after the identity check); "
               "double-click a row does the same"))
        self.table.doubleClicked.connect(lambda _index: self.open_customer())
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of requests shown"))
        self.refresh_button = action_button(self, self.tr("R&efresh"), self.tr("Refresh"), self.refresh,
                                           self.tr("Load the requests again (F5)"))
        refresh_shortcut(self, self.refresh)

        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.open_only)
        actions = QHBoxLayout()
        for button in (self.confirm_button, self.start_button, self.complete_button, self.erase_button,
                       self.refuse_button, self.extend_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.customer_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(bottom)
        chain = [self.open_only, self.table, self.confirm_button, self.start_button, self.complete_button,
                 self.erase_button, self.refuse_button, self.extend_button, self.customer_button, self.refresh_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self._update_actions()


    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        staff = self._staff_provider()
        self._loads.drop()
        if staff is None:
            self.model.set_rows([])
            self.count_label.setText(self.tr("Log in as the owner to see the requests."))
            self._update_actions()
            return
        current = self.selected()
        if self._select_id is None and current is not None:
            self._select_id = current.id
        requests, open_only = self._requests, self.open_only.isChecked()
        if not self.model.rowCount():
            self.count_label.setText(self.tr("Loading…"))
        self._loads.submit(lambda _p: requests.requests(staff, open_only=open_only), self._loaded,
                           self._load_failed)

    def _loaded(self, rows: list[DataRequest]) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table)
        select, self._select_id = self._select_id, None
        row = self.model.row_of(select) if select is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            selection = self.table.selectionModel()
            selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
        self._show_count()
        self._update_actions()

    def _load_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KunderegError):
            raise exc
        self.count_label.setText(self.tr("Could not load the requests: {reason}").format(reason=error_text(exc)))
        self._update_actions()

    def _show_count(self) -> None:
        rows = self.model.rows()
        open_rows = [r for r in rows if r.open]
        overdue = sum(1 for r in rows if r.overdue)
        if not rows:
            text = self.tr("No open requests.") if self.open_only.isChecked() else self.tr("No requests yet.")
        elif overdue:
            text = self.tr("{n} open, {late} overdue").format(n=len(open_rows), late=overdue)
        else:
            text = self.tr("{n} open").format(n=len(open_rows))
        if rows and not self.open_only.isChecked():
            text += " · " + self.tr("{n} in all").format(n=len(rows))
        self.count_label.setText(text)

    # -- selection -------------------------------------------------------------------------------
    def requests(self) -> list[DataRequest]:
        return self.model.rows()

    def selected(self) -> DataRequest | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select_request(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        selection = self.table.selectionModel()
        selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
        return True

    def _update_actions(self) -> None:
        r = self.selected()
        ready = self._staff_provider() is not None and not self._busy
        is_open = r is not None and r.status in OPEN_REQUEST_STATUSES
        status = r.status if r is not None else None
        self.confirm_button.setEnabled(ready and status is RequestStatus.RECEIVED)
        self.start_button.setEnabled(ready and status is RequestStatus.IDENTITY_VERIFIED)
        self.complete_button.setEnabled(ready and status in (RequestStatus.IDENTITY_VERIFIED,
                                                             RequestStatus.IN_PROGRESS)
                                        and not (r.kind is RequestType.ERASURE and r.customer_id is not None))
        self.erase_button.setEnabled(ready and self._erasure is not None and r is not None
                                     and r.kind is RequestType.ERASURE and r.customer_id is not None
                                     and status in (RequestStatus.IDENTITY_VERIFIED, RequestStatus.IN_PROGRESS))
        self.refuse_button.setEnabled(ready and is_open)
        self.extend_button.setEnabled(ready and is_open and r is not None and not r.overdue
                                      and r.extension_months < MAX_EXTENSION_MONTHS)
        self.customer_button.setEnabled(r is not None and r.customer_id is not None
                                        and self._staff_provider() is not None)
        self.refresh_button.setEnabled(self._staff_provider() is not None)

    def open_customer(self) -> None:
        r = self.selected()
        if r is not None and r.customer_id is not None and self._staff_provider() is not None:
            self.customer_requested.emit(r.customer_id)

    # -- steps -----------------------------------------------------------------------------------
    def confirm_identity(self) -> None:
        self._step(lambda s, service, r: service.confirm_identity(s, r.id))

    def start(self) -> None:
        self._step(lambda s, service, r: service.start(s, r.id))

    def complete(self) -> None:
        """Complete by applying what the request asks (the service does it in one transaction); a
        rectification first asks for the corrected values."""
        request = self.selected()
        if request is None:
            return
        changes: dict[str, str] = {}
        if request.kind is RequestType.RECTIFICATION:
            changes = ask_rectification(self, request)
            if changes is None:
                return
        self._step(lambda s, service, r: service.complete(s, r.id, changes), request)

    def refuse(self) -> None:
        request = self.selected()
        if request is None:
            return
        reason = ask_refusal_reason(self, request)
        if reason is None:
            return
        self._step(lambda s, service, r: service.refuse(s, r.id, reason), request)

    def extend(self) -> None:
        request = self.selected()
        if request is None:
            return
        answer = ask_extension(self, request)
        if answer is None:
            return
        months, reason = answer
        self._step(lambda s, service, r: service.extend(s, r.id, months, reason), request)

    def erase(self) -> None:
        """Show what the erasure would do, then carry it out behind a progress dialog."""
        staff, request, service = self._staff_provider(), self.selected(), self._erasure
        if staff is None or request is None or service is None or request.customer_id is None or self._busy:
            return
        self._busy = True
        self._update_actions()
        customer_id = request.customer_id
        self._runner.submit(lambda _p: service.plan(staff, customer_id),
                            lambda plan: self._confirm_erasure(staff, request, plan), self._step_failed)

    def _confirm_erasure(self, staff: StaffSession, request: DataRequest, plan: ErasurePlan) -> None:
        from .erasure_dialog import ErasureDialog
        from .progress import run_with_progress

        self._busy = False
        self._update_actions()
        if self._staff_provider() is not staff:  # locked or switched meanwhile
            return
        dialog = ErasureDialog(request, plan, self._country, self)
        self.erasure_dialog = dialog  # tests answer it
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.erasure_dialog = None
        if not accepted or self._staff_provider() is not staff:
            return
        language, service = dialog.language(), self._erasure
        self._busy = True
        self._update_actions()
        run_with_progress(self, self._runner, self.tr("Erasing"),
                          lambda _p: service.erase(staff, request.id, language),
                          lambda result: self._erased(request, result), self._step_failed,
                          label=self.tr("Erasing customer {id}…").format(id=plan.customer_id))

    def _erased(self, request: DataRequest, result: ErasureResult) -> None:
        self.last_erasure = result
        self.customer_erased.emit(result.summary.customer_id)
        self._stepped(request)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Customer erased"), "", parent=self)
        box.setObjectName("erasedMessage")
        if result.receipt_path is not None:
            box.setText(self.tr("Customer {id} was erased. {kept} accounting record(s) are kept without their "
                                "contact details.\n\nThe receipt for the person is saved as:\n{path}").format(
                id=result.summary.customer_id, kept=result.summary.kept_count, path=str(result.receipt_path)))
            open_button = box.addButton(self.tr("&Open receipt"), QMessageBox.ButtonRole.AcceptRole)
        else:
            box.setText(self.tr("Customer {id} was erased, but the receipt could not be filed in the data folder. "
                                "Save it somewhere else now to hand it to the person.").format(
                id=result.summary.customer_id))
            open_button = box.addButton(self.tr("&Save receipt as…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        self.erased_box = box
        box.exec()
        self.erased_box = None
        if box.clickedButton() is not open_button:
            return
        if result.receipt_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.receipt_path)))
            return
        from PySide6.QtWidgets import QFileDialog

        from ..services.erasure import render_receipt
        from ..services.files import write_atomically

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the erasure receipt"),
                                                f"erasure-{result.receipt.reference}.pdf", "PDF (*.pdf)")
        if target:
            self._runner.submit(lambda _p: write_atomically(target, lambda partial: render_receipt(result.receipt,
                                                                                                   partial)),
                                lambda _r: QDesktopServices.openUrl(QUrl.fromLocalFile(target)), self._step_failed)

    def _step(self, call: Callable[[StaffSession, RequestService, DataRequest], DataRequest],
              request: DataRequest | None = None) -> None:
        staff = self._staff_provider()
        request = request or self.selected()
        if staff is None or request is None or self._busy:
            return
        service = self._requests
        self._busy = True
        self._update_actions()
        self._runner.submit(lambda _p: call(staff, service, request), self._stepped, self._step_failed)

    def _stepped(self, request: DataRequest) -> None:
        self._busy = False
        self._select_id = request.id
        self.changed.emit()
        self.refresh()

    def _step_failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_actions()
        if not isinstance(exc, KunderegError):
            raise exc
        QMessageBox.warning(self, self.tr("Request not changed"), error_text(exc))
        self.refresh()


# -- recording a request at the counter --------------------------------------------------------------

class RegisterRequestDialog(QDialog):
    """Type, channel and date received of a request from the open customer."""

    registered = Signal(object)  # DataRequest

    def __init__(self, requests: RequestService, staff_provider: StaffProvider, runner: TaskRunner,
                 customer_id: int, customer_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._requests = requests
        self._staff_provider = staff_provider
        self._runner = runner
        self._customer_id = customer_id
        self._busy = False
        self.result_request: DataRequest | None = None
        self.setObjectName("registerRequestDialog")
        self.setWindowTitle(self.tr("Register request"))
        intro = QLabel(self.tr("A request from <b>{name}</b> (customer {id}). It must be answered within a month "
                          "of the day it was received.").format(name=_html(customer_name), id=customer_id), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.type_combo = QComboBox(self)
        self.type_combo.setAccessibleName(self.tr("Type of request"))
        for kind in RequestType:
            self.type_combo.addItem(request_type_label(kind), kind.value)
        type_label = QLabel(self.tr("&Type:"), self)
        type_label.setBuddy(self.type_combo)
        self.channel_combo = QComboBox(self)
        self.channel_combo.setAccessibleName(self.tr("How the request came in"))
        for channel in RequestChannel:
            self.channel_combo.addItem(channel_label(channel), channel.value)
        channel_label_ = QLabel(self.tr("&Came in:"), self)
        channel_label_.setBuddy(self.channel_combo)
        self.received_edit = QDateEdit(QDate.currentDate(), self)
        self.received_edit.setAccessibleName(self.tr("Date received"))
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat(qt_date_format())
        self.received_edit.setMaximumDate(QDate.currentDate())
        received_label = QLabel(self.tr("&Received:"), self)
        received_label.setBuddy(self.received_edit)
        self.error_label = ErrorLabel(self.tr("Problem with the request"), self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Register"))
        self.ok_button.setAccessibleName(self.tr("Register request"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(type_label, self.type_combo)
        form.addRow(channel_label_, self.channel_combo)
        form.addRow(received_label, self.received_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(440, self.sizeHint().height())

    def submit(self) -> None:
        staff = self._staff_provider()
        if staff is None or self._busy:
            return
        self.error_label.clear_message()
        service, customer_id = self._requests, self._customer_id
        kind, channel = self.type_combo.currentData(), self.channel_combo.currentData()
        received: date = self.received_edit.date().toPython()
        self._busy = True
        self.ok_button.setEnabled(False)
        self._runner.submit(lambda _p: service.register(staff, customer_id, kind, channel, received),
                            self._registered, self._failed)

    def _registered(self, request: DataRequest) -> None:
        self._busy = False
        self.result_request = request
        self.registered.emit(request)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if not isinstance(exc, KunderegError):
            raise exc
        self.error_label.show_message(error_text(exc))


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
