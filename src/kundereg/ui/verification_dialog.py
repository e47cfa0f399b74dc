"""Check who is at the counter before their full record is shown.

Four ways, chosen in the list on the left (Up/Down, Tab into the chosen method):
photo ID checked at the counter (only its type is recorded), a knowledge check (the
person states their mobile, email or a ticket number; a mismatch reveals nothing about
what is stored), a one-time code sent to the registered email, or a business reason
when the person is not present. Every check runs in ``IdentityService`` through the
``TaskRunner``; the dialog only collects the answer and shows the service's verdict.
It stays open on failure; Esc cancels.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QRegularExpression, QSettings,
                            QSize, Qt, Signal)
from PySide6.QtGui import QFont, QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QFrame, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from ..domain.access import (DEFAULT_REASONS, KnowledgeField, PhotoIdType, VerificationFailed,
                             VerificationMethod)
from ..domain.errors import KunderegError, StateError
from ..services.access import StaffSession, Verification
from ..services.identity import MAX_KNOWLEDGE_FAILURES, IdentityService
from .errors import error_text, field_errors
from .widgets import ErrorLabel, clear_invalid, mark_invalid
from .workers import TaskRunner

# The photo ID type last recorded at this PC: the counter mostly sees one kind (per PC, QSettings).
SETTING_ID_TYPE = "verification/id_type"

# Display names, marked for lupdate and translated when shown (also by the audit view).
METHOD_LABELS: dict[VerificationMethod, str] = {
    VerificationMethod.PHOTO_ID: QT_TRANSLATE_NOOP("VerificationMethod", "Photo ID"),
    VerificationMethod.KNOWLEDGE: QT_TRANSLATE_NOOP("VerificationMethod", "Knowledge check"),
    VerificationMethod.EMAIL_CODE: QT_TRANSLATE_NOOP("VerificationMethod", "Code by email"),
    VerificationMethod.SMS_CODE: QT_TRANSLATE_NOOP("VerificationMethod", "Code by SMS"),
    VerificationMethod.BUSINESS_REASON: QT_TRANSLATE_NOOP("VerificationMethod", "Business reason"),
    VerificationMethod.CREATED: QT_TRANSLATE_NOOP("VerificationMethod", "Registered just now"),
}
ID_TYPE_LABELS: dict[PhotoIdType, str] = {
    PhotoIdType.PASSPORT: QT_TRANSLATE_NOOP("PhotoIdType", "Passport"),
    PhotoIdType.NATIONAL_ID: QT_TRANSLATE_NOOP("PhotoIdType", "National ID card"),
    PhotoIdType.DRIVING_LICENCE: QT_TRANSLATE_NOOP("PhotoIdType", "Driving licence"),
    PhotoIdType.BANK_CARD_WITH_PHOTO: QT_TRANSLATE_NOOP("PhotoIdType", "Bank card with photo"),
    PhotoIdType.OTHER: QT_TRANSLATE_NOOP("PhotoIdType", "Other photo ID"),
}
KNOWLEDGE_LABELS: dict[KnowledgeField, str] = {
    KnowledgeField.MOBILE: QT_TRANSLATE_NOOP("KnowledgeField", "Mobile phone"),
    KnowledgeField.EMAIL: QT_TRANSLATE_NOOP("KnowledgeField", "Email"),
    KnowledgeField.TICKET: QT_TRANSLATE_NOOP("KnowledgeField", "Ticket number"),
}
# DEFAULT_REASONS' descriptions are English source strings; list them for lupdate here.
_REASON_SOURCES = (
    QT_TRANSLATE_NOOP("BusinessReason", "Following up an order or ticket"),
    QT_TRANSLATE_NOOP("BusinessReason", "Invoicing and payment"),
    QT_TRANSLATE_NOOP("BusinessReason", "Handling a complaint, return or repair"),
    QT_TRANSLATE_NOOP("BusinessReason", "Answering the person's own request"),
    QT_TRANSLATE_NOOP("BusinessReason", "A legal obligation (bookkeeping, authorities)"),
    QT_TRANSLATE_NOOP("BusinessReason", "Correcting or maintaining the register"),
)


def method_label(method: str) -> str:
    try:
        return QCoreApplication.translate("VerificationMethod", METHOD_LABELS[VerificationMethod(method)])
    except ValueError:
        return method


def id_type_label(id_type: str) -> str:
    try:
        return QCoreApplication.translate("PhotoIdType", ID_TYPE_LABELS[PhotoIdType(id_type)])
    except ValueError:
        return id_type


def knowledge_label(field: str) -> str:
    try:
        return QCoreApplication.translate("KnowledgeField", KNOWLEDGE_LABELS[KnowledgeField(field)])
    except ValueError:
        return field


def reason_label(code: str, description: str | None = None) -> str:
    """A business reason's description in the user's language (the code if it is unknown)."""
    text = description if description is not None else DEFAULT_REASONS.get(code)
    return QCoreApplication.translate("BusinessReason", text) if text else code


class _Page(QWidget):
    """One method: a title, what it means, its fields, an inline error and its action button."""

    def __init__(self, title: str, explanation: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.title = QLabel(title, self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.explanation = QLabel(explanation, self)
        self.explanation.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.error = ErrorLabel(QCoreApplication.translate("VerificationDialog", "Problem"), self)
        self.actions = QHBoxLayout()
        self.actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addSpacing(6)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(self.actions)
        self.first_field: QWidget | None = None
        self.action: QPushButton | None = None

    def row(self, text: str, widget: QWidget, note: QLabel | None = None) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(widget)
        if note is None:
            self.form.addRow(label, widget)
        else:
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            box.addWidget(note)
            self.form.addRow(label, box)
        if self.first_field is None:
            self.first_field = widget
        return label

    def button(self, text: str, name: str, slot: Callable[[], Any], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(slot)
        self.actions.addWidget(button)
        if self.action is None:
            self.action = button
        return button


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    return label


class VerificationDialog(QDialog):
    """Emits ``verified`` with the service's ``Verification`` and closes; stays open on failure."""

    verified = Signal(object)

    PHOTO_ID, KNOWLEDGE, CODE, REASON = range(4)

    def __init__(self, identity: IdentityService, staff: StaffSession, customer_id: int, display_name: str,
                 runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._identity = identity
        self._staff = staff
        self._customer_id = customer_id
        self._runner = runner
        self._busy = False
        self._code_sent = False
        self._knowledge_blocked = False  # too many wrong answers for this customer
        self.verification: Verification | None = None
        self.setWindowTitle(self.tr("Verify identity"))
        self.setAccessibleName(self.tr("Verify identity"))

        self.heading = QLabel(self.tr("Verify identity: {name}").format(name=display_name), self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.Bold)
        self.heading.setFont(font)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.intro = QLabel(self.tr("The full record, contact details and history are shown only after you have "
                               "checked who the person is, or stated why you need the record without them "
                               "present. The check is recorded and holds until you close the record."), self)
        self.intro.setWordWrap(True)

        self.methods = QListWidget(self)
        self.methods.setAccessibleName(self.tr("Verification method"))
        self.methods.setAccessibleDescription(self.tr("Up and Down choose the method; Tab or Enter moves to its fields."))
        methods_label = QLabel(self.tr("&Method:"), self)
        methods_label.setBuddy(self.methods)
        self.stack = QStackedWidget(self)

        self._build_photo_page()
        self._build_knowledge_page()
        self._build_code_page()
        self._build_reason_page()
        self.pages: list[_Page] = [self.photo_page, self.knowledge_page, self.code_page, self.reason_page]
        for page in self.pages:
            item = QListWidgetItem(page.title.text(), self.methods)
            item.setToolTip(page.explanation.text())
            item.setSizeHint(QSize(0, self.methods.fontMetrics().height() + 12))
            self.stack.addWidget(page)
        self.methods.setSpacing(2)
        self.methods.setFixedWidth(max(self.methods.sizeHintForColumn(0) + 36, 170))
        self.methods.currentRowChanged.connect(self._show_page)
        self.methods.installEventFilter(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        cancel.setToolTip(self.tr("Close without showing the record (Esc)"))
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.setSpacing(4)
        left.addWidget(methods_label)
        left.addWidget(self.methods, 1)
        body = QHBoxLayout()
        body.addLayout(left)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        body.addWidget(separator)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addSpacing(8)
        layout.addLayout(body, 1)
        layout.addSpacing(4)
        layout.addWidget(self.buttons)

        chain = [self.methods, self.id_type, self.photo_button, self.knowledge_field, self.stated,
                 self.check_button, self.channel, self.send_button, self.code, self.confirm_button,
                 self.reason, self.reason_button, cancel]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

        if staff.failed_checks(customer_id) >= MAX_KNOWLEDGE_FAILURES:
            self._knowledge_exhausted(self.tr("Too many wrong answers for this customer. Check photo ID or send a "
                                         "code instead."))
        self.methods.setCurrentRow(self.PHOTO_ID)
        self.methods.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(680, 400)

    # -- pages ---------------------------------------------------------------------------------
    def _build_photo_page(self) -> None:
        page = self.photo_page = _Page(self.tr("Photo ID"), self.tr("You have seen a photo ID and the person matches "
                                                          "the photo and the name."), self.stack)
        self.id_type = QComboBox(page)
        self.id_type.setAccessibleName(self.tr("ID type"))
        for kind in PhotoIdType:
            self.id_type.addItem(id_type_label(kind), kind)
        remembered = self.id_type.findData(str(QSettings().value(SETTING_ID_TYPE, PhotoIdType.PASSPORT.value)))
        self.id_type.setCurrentIndex(max(remembered, 0))
        self.id_note = _note(self.tr("Do not write down the ID number: only the type of ID is recorded."), page)
        page.row(self.tr("ID &type:"), self.id_type, self.id_note)
        self.photo_button = page.button(self.tr("Photo ID &checked"), self.tr("Photo ID checked"), self.verify_photo_id,
                                        self.tr("Record that you checked this type of photo ID"))

    def _build_knowledge_page(self) -> None:
        page = self.knowledge_page = _Page(
            self.tr("Knowledge check"),
            self.tr("Ask the person for their mobile number, email or a ticket number and type what they say. "
               "The register only answers whether it matches."), self.stack)
        self.knowledge_field = QComboBox(page)
        self.knowledge_field.setAccessibleName(self.tr("What the person states"))
        for field in KnowledgeField:
            self.knowledge_field.addItem(knowledge_label(field), field)
        page.row(self.tr("&Ask for:"), self.knowledge_field)
        self.stated = QLineEdit(page)
        self.stated.setAccessibleName(self.tr("The person says"))
        self.stated.setPlaceholderText(self.tr("Exactly as the person says it"))
        self.stated.setMaxLength(320)
        self.stated.textEdited.connect(self._clear_knowledge_error)
        self.knowledge_field.currentIndexChanged.connect(self._clear_knowledge_error)
        self.stated.returnPressed.connect(self.check_knowledge)
        page.row(self.tr("The person &says:"), self.stated)
        self.check_button = page.button(self.tr("C&heck"), self.tr("Check"), self.check_knowledge,
                                        self.tr("Compare with the register without showing what is stored"))

    def _build_code_page(self) -> None:
        channels = self._identity.code_channels()
        where = self.tr("the mobile number") if channels == [VerificationMethod.SMS_CODE] else self.tr("the email address")
        page = self.code_page = _Page(
            self.tr("One-time code"),
            self.tr("Send a code to {where} in the register; the person reads it out from their phone. "
               "It is valid for 10 minutes.").format(where=where), self.stack)
        self.channel = QComboBox(page)
        self.channel.setAccessibleName(self.tr("Send the code by"))
        for channel in channels:
            self.channel.addItem(method_label(channel), channel)
        channel_label = page.row(self.tr("Send &by:"), self.channel)
        # Only a choice when the shop has both email and an SMS gateway.
        channel_label.setVisible(len(channels) > 1)
        self.channel.setVisible(len(channels) > 1)
        self.send_button = QPushButton(self.tr("Send c&ode"), page)
        self.send_button.setAccessibleName(self.tr("Send code"))
        self.send_button.clicked.connect(self.send_code)
        self.sent_label = QLabel(page)
        self.sent_label.setAccessibleName(self.tr("Code status"))
        self.sent_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sent_label.setWordWrap(True)
        send_row = QHBoxLayout()
        send_row.addWidget(self.send_button)
        send_row.addWidget(self.sent_label, 1)
        page.form.addRow(send_row)
        self.code = QLineEdit(page)
        self.code.setAccessibleName(self.tr("Code"))
        self.code.setPlaceholderText(self.tr("6 digits"))
        self.code.setValidator(QRegularExpressionValidator(QRegularExpression(r"\s*\d{0,8}\s*"), self.code))
        self.code.setMaxLength(12)
        self.code.textEdited.connect(self._clear_code_error)
        self.code.returnPressed.connect(self.confirm_code)
        page.row(self.tr("Co&de:"), self.code)
        self.confirm_button = page.button(self.tr("Con&firm"), self.tr("Confirm code"), self.confirm_code,
                                          self.tr("Check the code the person reads out"))
        page.first_field = self.send_button
        if not channels:
            self.send_button.setEnabled(False)
            self.sent_label.setText(self.tr("Email codes are not set up. Ask the owner to set up the mail server, "
                                       "or verify another way."))
        self._update_code_actions()

    def _build_reason_page(self) -> None:
        page = self.reason_page = _Page(
            self.tr("Business reason"),
            self.tr("For back-office work when the person is not present, such as invoicing or answering a "
               "complaint. The reason is recorded with your name."), self.stack)
        self.reason = QComboBox(page)
        self.reason.setAccessibleName(self.tr("Reason"))
        for code, description in self._identity.reasons().items():
            self.reason.addItem(reason_label(code, description), code)
        self.reason.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.reason.setMinimumContentsLength(24)
        page.row(self.tr("&Reason:"), self.reason)
        self.reason_button = page.button(self.tr("O&pen with this reason"), self.tr("Open with this reason"),
                                         self.state_reason, self.tr("Record the reason and show the record"))

    # -- navigation ----------------------------------------------------------------------------
    def current_method(self) -> int:
        return self.methods.currentRow()

    def choose(self, method: int) -> None:
        self.methods.setCurrentRow(method)

    def _show_page(self, row: int) -> None:
        if not 0 <= row < len(self.pages):
            return
        self.stack.setCurrentIndex(row)
        self._update_default()

    def _update_default(self) -> None:
        """Enter in a field of the shown method runs that method's action, and nothing else."""
        page = self.pages[self.stack.currentIndex()]
        wanted = page.action
        if page is self.code_page and not self._code_sent:
            wanted = self.send_button
        for button in (self.photo_button, self.check_button, self.send_button, self.confirm_button,
                       self.reason_button):
            button.setAutoDefault(False)
            button.setDefault(button is wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.methods and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter on photo ID confirms it with the preselected type (search, Enter, Enter opens the
            # record); on the other methods it moves into the fields, never pressing their button.
            page = self.pages[self.stack.currentIndex()]
            if page is self.photo_page:
                self.verify_photo_id()
                return True
            target = page.first_field if page.first_field is not None and page.first_field.isEnabled() \
                else page.action
            if target is not None:
                target.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    # -- running the checks ------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[KunderegError], None]) -> None:
        if self._busy:
            return
        self._set_busy(True)

        def done(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        def failed(exc: BaseException) -> None:
            self._set_busy(False)
            if not isinstance(exc, KunderegError):
                raise exc
            on_error(exc)

        self._runner.submit(lambda progress: work(), done, failed)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.photo_button.setEnabled(not busy)
        self.reason_button.setEnabled(not busy)
        self.check_button.setEnabled(not busy and not self._knowledge_blocked)
        self._update_code_actions()
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _succeeded(self, verification: Verification) -> None:
        self.verification = verification
        self.verified.emit(verification)
        self.accept()

    def _general_error(self, page: _Page, exc: KunderegError) -> None:
        messages = field_errors(exc)
        page.error.show_message("\n".join(messages.values()) if messages else error_text(exc))

    # photo ID
    def verify_photo_id(self) -> None:
        self.photo_page.error.clear_message()
        identity, staff, customer_id = self._identity, self._staff, self._customer_id
        kind = PhotoIdType(self.id_type.currentData())
        QSettings().setValue(SETTING_ID_TYPE, kind.value)
        self._run(lambda: identity.verify_photo_id(staff, customer_id, kind), self._succeeded,
                  lambda exc: self._general_error(self.photo_page, exc))

    # knowledge
    def _knowledge_exhausted(self, message: str) -> None:
        self._knowledge_blocked = True
        self.check_button.setEnabled(False)
        self.knowledge_page.error.show_message(message)

    def _clear_knowledge_error(self) -> None:
        clear_invalid(self.stated)
        if not self._knowledge_blocked:
            self.knowledge_page.error.clear_message()

    def check_knowledge(self) -> None:
        if self._knowledge_blocked or self._busy:
            return
        self._clear_knowledge_error()
        if not self.stated.text().strip():
            message = self.tr("Type what the person says.")
            mark_invalid(self.stated, message)
            self.knowledge_page.error.show_message(message)
            self.stated.setFocus()
            return
        identity, staff, customer_id = self._identity, self._staff, self._customer_id
        field = KnowledgeField(self.knowledge_field.currentData())
        stated = self.stated.text()
        self._run(lambda: identity.verify_knowledge(staff, customer_id, field, stated), self._succeeded,
                  self._knowledge_failed)

    def _knowledge_failed(self, exc: KunderegError) -> None:
        if isinstance(exc, VerificationFailed):
            message = self.tr("Does not match.")
            if self._staff.failed_checks(self._customer_id) >= MAX_KNOWLEDGE_FAILURES:
                self._knowledge_exhausted(message + " " + self.tr(
                    "That was the last try: check photo ID or send a code instead."))
            else:
                self.knowledge_page.error.show_message(message)
            mark_invalid(self.stated, message)
            self.stated.selectAll()
            self.stated.setFocus()
        elif isinstance(exc, StateError):
            self._knowledge_exhausted(error_text(exc))
        else:
            self._general_error(self.knowledge_page, exc)

    # one-time code
    def _update_code_actions(self) -> None:
        has_channel = self.channel.count() > 0
        self.send_button.setEnabled(has_channel and not self._busy)
        self.code.setEnabled(self._code_sent)
        self.confirm_button.setEnabled(self._code_sent and not self._busy)

    def _clear_code_error(self) -> None:
        clear_invalid(self.code)
        self.code_page.error.clear_message()

    def send_code(self) -> None:
        if self.channel.count() == 0:
            return
        self._clear_code_error()
        identity, staff, customer_id = self._identity, self._staff, self._customer_id
        channel = VerificationMethod(self.channel.currentData())
        self.sent_label.setText(self.tr("Sending…"))
        self._run(lambda: identity.send_code(staff, customer_id, channel), self._code_was_sent,
                  self._send_failed)

    def _code_was_sent(self, masked: str) -> None:
        self._code_sent = True
        self.sent_label.setText(self.tr("Code sent to {address}").format(address=masked))
        self.send_button.setText(self.tr("Send a new c&ode"))
        self.send_button.setAccessibleName(self.tr("Send a new code"))
        self.code.clear()
        self._update_code_actions()
        self._update_default()
        self.code.setFocus()

    def _send_failed(self, exc: KunderegError) -> None:
        self.sent_label.setText(self.tr("No code was sent.") if not self._code_sent else "")
        self._general_error(self.code_page, exc)

    def confirm_code(self) -> None:
        if not self._code_sent or self._busy:
            return
        self._clear_code_error()
        if not self.code.text().strip():
            message = self.tr("Type the code the person reads out.")
            mark_invalid(self.code, message)
            self.code_page.error.show_message(message)
            return
        identity, staff, customer_id = self._identity, self._staff, self._customer_id
        channel = VerificationMethod(self.channel.currentData())
        code = self.code.text()
        self._run(lambda: identity.confirm_code(staff, customer_id, code, channel), self._succeeded,
                  self._confirm_failed)

    def _confirm_failed(self, exc: KunderegError) -> None:
        if isinstance(exc, StateError):  # expired, or too many wrong codes: a new one is needed
            self._code_sent = False
            self.sent_label.setText("")
            self._update_code_actions()
            self._update_default()
            self.code_page.error.show_message(error_text(exc))
            self.send_button.setFocus()
            return
        message = self.tr("Wrong code.") if isinstance(exc, VerificationFailed) else error_text(exc)
        mark_invalid(self.code, message)
        self.code_page.error.show_message(message)
        self.code.selectAll()
        self.code.setFocus()

    # business reason
    def state_reason(self) -> None:
        self.reason_page.error.clear_message()
        identity, staff, customer_id = self._identity, self._staff, self._customer_id
        reason = self.reason.currentData()
        self._run(lambda: identity.state_reason(staff, customer_id, reason), self._succeeded,
                  lambda exc: self._general_error(self.reason_page, exc))
