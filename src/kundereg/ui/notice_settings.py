"""The owner's notice settings: provider and mail server, opening hours, reminders, the texts per
language, and "Send a test message" to the shop's own number.

All checks (template rules, credentials, roles) run in ``services.notices``; this dialog only
collects values and shows the service's verdict. Secrets typed here go to the service once and
are never shown again: an empty field keeps the saved one.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget)

from ..domain.languages import LANGUAGES, NATIVE_NAMES
from ..domain.notices import MessageState, NoticeKind, NoticeSettings, SmsProviderKind
from ..services.access import StaffSession
from ..services.notices import NoticeService
from ..services.outbox import OutboxSender
from .errors import error_text
from .notice_status import reason_text
from .widgets import ErrorLabel, dialog_buttons
from .workers import TaskRunner

_N = QT_TRANSLATE_NOOP
KIND_LABELS = {NoticeKind.READY: _N("NoticeSettings", "Ready for collection"),
               NoticeKind.DELAY: _N("NoticeSettings", "Delay"),
               NoticeKind.REMINDER: _N("NoticeSettings", "Reminder"),
               NoticeKind.TEST: _N("NoticeSettings", "Test message")}
PROVIDER_LABELS = {SmsProviderKind.NONE: _N("NoticeSettings", "No SMS (email only)"),
                   SmsProviderKind.INFOBIP: _N("NoticeSettings", "Infobip SMS API"),
                   SmsProviderKind.EMAIL_TO_SMS: _N("NoticeSettings", "Email-to-SMS gateway")}


class NoticeSettingsDialog(QDialog):
    def __init__(self, notices: NoticeService, staff: StaffSession, runner: TaskRunner,
                 own_number: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notices, self._staff, self._runner = notices, staff, runner
        self.setWindowTitle(self.tr("Pickup notices"))
        settings = notices.settings(staff)
        self._templates = {k: dict(v) for k, v in settings.templates.items()}

        self.enabled = QCheckBox(self.tr("Send notices when a ticket is ready"))
        self.enabled.setChecked(settings.enabled)
        self.provider = QComboBox()
        for kind, label in PROVIDER_LABELS.items():
            self.provider.addItem(QCoreApplication.translate("NoticeSettings", label), kind.value)
        self.provider.setCurrentIndex(self.provider.findData(settings.sms_provider.value))
        self.base_url = QLineEdit(settings.infobip_base_url or "")
        self.base_url.setPlaceholderText("https://xxxxx.api.infobip.com")
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("saved, leave empty to keep") if settings.has_sms_secret else "")
        self.sender_id = QLineEdit(settings.sms_sender or "")
        self.sender_id.setMaxLength(16)
        self.gateway = QLineEdit(settings.email_to_sms_domain or "")
        self.smtp_host = QLineEdit(settings.smtp_host or "")
        self.smtp_port = QSpinBox()
        self.smtp_port.setRange(1, 65535)
        self.smtp_port.setValue(settings.smtp_port)
        self.smtp_security = QComboBox()
        for value in ("starttls", "ssl", "none"):
            self.smtp_security.addItem(value, value)
        self.smtp_security.setCurrentIndex(self.smtp_security.findData(settings.smtp_security))
        self.smtp_user = QLineEdit(settings.smtp_username or "")
        self.smtp_password = QLineEdit()
        self.smtp_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.smtp_password.setPlaceholderText(self.tr("saved, leave empty to keep")
                                              if settings.has_smtp_password else "")
        self.smtp_sender = QLineEdit(settings.smtp_sender or "")
        self.hours = QLineEdit(settings.opening_hours or "")
        self.reminder_days = QSpinBox()
        self.reminder_days.setRange(0, 365)
        self.reminder_days.setSpecialValueText(self.tr("no reminders"))
        self.reminder_days.setValue(settings.reminder_after_days or 0)
        self.reminder_max = QSpinBox()
        self.reminder_max.setRange(0, 10)
        self.reminder_max.setValue(settings.reminder_max)

        form = QFormLayout()
        form.addRow(self.enabled)
        form.addRow(self.tr("SMS provider"), self.provider)
        form.addRow(self.tr("Infobip API address"), self.base_url)
        form.addRow(self.tr("Infobip API key"), self.api_key)
        form.addRow(self.tr("SMS sender name"), self.sender_id)
        form.addRow(self.tr("Email-to-SMS domain"), self.gateway)
        form.addRow(self.tr("Mail server"), self.smtp_host)
        form.addRow(self.tr("Port"), self.smtp_port)
        form.addRow(self.tr("Security"), self.smtp_security)
        form.addRow(self.tr("Mail user"), self.smtp_user)
        form.addRow(self.tr("Mail password"), self.smtp_password)
        form.addRow(self.tr("Sender address"), self.smtp_sender)
        form.addRow(self.tr("Opening hours"), self.hours)
        form.addRow(self.tr("Remind after (days)"), self.reminder_days)
        form.addRow(self.tr("Reminders at most"), self.reminder_max)

        # The texts: one kind and language at a time, defaults shown until the owner writes their own.
        self.kind = QComboBox()
        for kind, label in KIND_LABELS.items():
            self.kind.addItem(QCoreApplication.translate("NoticeSettings", label), kind.value)
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(NATIVE_NAMES[code], code)
        self.template = QPlainTextEdit()
        self.template.setAccessibleName(self.tr("Notice text"))
        hint = QLabel(self.tr("Service messages only: {shop}, {ticket}, {hours} and, for a delay, {days}. "
                              "No offers, links or names."))
        hint.setWordWrap(True)
        texts = QGroupBox(self.tr("Texts"))
        pick = QHBoxLayout()
        pick.addWidget(self.kind)
        pick.addWidget(self.language)
        box = QVBoxLayout(texts)
        box.addLayout(pick)
        box.addWidget(self.template)
        box.addWidget(hint)
        self._shown = (self.kind.currentData(), self.language.currentData())
        self._settings = settings
        self._show_template()
        self.kind.currentIndexChanged.connect(self._switch_template)
        self.language.currentIndexChanged.connect(self._switch_template)

        self.test_to = QLineEdit(own_number or "")
        self.test_to.setAccessibleName(self.tr("Test message to"))
        self.test_button = QPushButton(self.tr("Send a test message"))
        self.test_button.clicked.connect(self.send_test)
        self.test_result = QLabel()
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to)
        test_row.addWidget(self.test_button)

        self.error = ErrorLabel(self.tr("Problem"))
        buttons = dialog_buttons(self, self.tr("Save"), self.tr("Save the notice settings"))
        buttons.accepted.disconnect()
        buttons.accepted.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(texts)
        layout.addLayout(test_row)
        layout.addWidget(self.test_result)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # texts

    def _show_template(self) -> None:
        kind, language = self._shown
        self.template.setPlainText(self._templates.get(kind, {}).get(language)
                                   or self._settings.template(NoticeKind(kind), language))

    def _keep_template(self) -> None:
        kind, language = self._shown
        text = self.template.toPlainText().strip()
        default = NoticeSettings().template(NoticeKind(kind), language)
        if text and text != default:
            self._templates.setdefault(kind, {})[language] = text
        else:
            self._templates.get(kind, {}).pop(language, None)

    def _switch_template(self) -> None:
        self._keep_template()
        self._shown = (self.kind.currentData(), self.language.currentData())
        self._show_template()

    # saving

    def values(self) -> tuple[NoticeSettings, dict[str, str]]:
        self._keep_template()
        settings = NoticeSettings(
            enabled=self.enabled.isChecked(), sms_provider=SmsProviderKind(self.provider.currentData()),
            sms_sender=self.sender_id.text() or None, infobip_base_url=self.base_url.text() or None,
            email_to_sms_domain=self.gateway.text() or None, smtp_host=self.smtp_host.text() or None,
            smtp_port=self.smtp_port.value(), smtp_security=self.smtp_security.currentData(),
            smtp_username=self.smtp_user.text() or None, smtp_sender=self.smtp_sender.text() or None,
            opening_hours=self.hours.text() or None, reminder_after_days=self.reminder_days.value() or None,
            reminder_max=self.reminder_max.value(), templates={k: dict(v) for k, v in self._templates.items() if v})
        secrets = {name: field.text() for name, field in (("sms_api_key", self.api_key),
                                                           ("smtp_password", self.smtp_password)) if field.text()}
        return settings, secrets

    def save(self) -> bool:
        settings, secrets = self.values()
        try:
            self._settings = self._notices.update_settings(self._staff, settings, secrets)
        except Exception as exc:  # the service's verdict, translated
            self.error.show_message(error_text(exc))
            return False
        self.api_key.clear()
        self.smtp_password.clear()
        self.error.clear_message()
        self.accept()
        return True

    def send_test(self) -> None:
        """Saves first (a test of unsaved settings would test the old ones), then sends off the GUI thread."""
        settings, secrets = self.values()
        try:
            self._settings = self._notices.update_settings(self._staff, settings, secrets)
            entry = self._notices.queue_test(self._staff, self.test_to.text())
        except Exception as exc:
            self.error.show_message(error_text(exc))
            return
        self.test_button.setEnabled(False)
        self.test_result.setText(self.tr("Sending…"))
        sender = OutboxSender(self._notices._db, self._notices.transports)

        def run(progress):
            sender.run_until_idle(max_rounds=3)
            return next((e for e in self._notices.outbox(self._staff, limit=50) if e.id == entry.id), None)

        self._runner.submit(run, self._tested, self._test_failed)

    def _tested(self, entry) -> None:
        self.test_button.setEnabled(True)
        if entry is not None and entry.state in (MessageState.SENT, MessageState.DELIVERED):
            self.test_result.setText(self.tr("The test message was sent."))
        elif entry is not None and entry.reason:
            self.test_result.setText(self.tr("The test message was not sent: {reason}").format(
                reason=reason_text(entry.reason)))
        else:
            self.test_result.setText(self.tr("The test message is waiting to be retried."))

    def _test_failed(self, exc: BaseException) -> None:
        self.test_button.setEnabled(True)
        self.test_result.setText(error_text(exc))


def open_notice_settings(parent: QWidget | None, notices: NoticeService, staff: StaffSession, runner: TaskRunner,
                         own_number: str | None = None) -> int:
    """The one call for the Settings menu: shows the dialog modally and returns its result."""
    return NoticeSettingsDialog(notices, staff, runner, own_number, parent).exec()
