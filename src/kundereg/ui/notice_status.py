"""The notices of one ticket as the pickup view and the order history show them.

``TicketNotices`` lists what was sent about a ticket (channel, state, time) and why a notice could
not go; ``notice_line(entry)`` is the same text for a table cell. Loading runs through the
TaskRunner; the widget never reads the database.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.notices import Channel, MessageState, NoticeKind, OutboxEntry
from ..services.access import StaffSession
from ..services.notices import NoticeService
from .errors import error_text
from .formatting import format_datetime
from .workers import TaskRunner

_N = QT_TRANSLATE_NOOP
# domain.notices.REASONS, for lupdate (tests/ui/test_notice_settings.py keeps the two equal).
REASON_TEXTS = {
    "declined": _N("NoticeReason", "The customer does not want notices."),
    "no_contact": _N("NoticeReason", "The customer has neither a mobile number nor an email address."),
    "no_sms_provider": _N("NoticeReason", "The shop has no SMS provider and the customer has no email address."),
    "no_mobile": _N("NoticeReason", "The customer has no mobile number."),
    "no_email": _N("NoticeReason", "The customer has no email address."),
    "email_not_configured": _N("NoticeReason", "The shop's mail server is not set up."),
    "sms_not_configured": _N("NoticeReason", "The SMS provider is not set up."),
    "customer_gone": _N("NoticeReason", "The customer was erased or the ticket removed."),
    "rejected": _N("NoticeReason", "The provider refused the message."),
    "unauthorised": _N("NoticeReason", "The provider refused the credentials."),
    "bad_number": _N("NoticeReason", "The provider refused the number."),
    "rate_limited": _N("NoticeReason", "The provider asked to slow down."),
    "provider_error": _N("NoticeReason", "The provider had an error."),
    "timeout": _N("NoticeReason", "The provider did not answer in time."),
    "network": _N("NoticeReason", "The provider could not be reached."),
    "collected": _N("NoticeReason", "The ticket was collected before the notice went out."),
}
STATE_TEXTS = {
    MessageState.QUEUED: _N("NoticeState", "queued"),
    MessageState.SENDING: _N("NoticeState", "sending"),
    MessageState.SENT: _N("NoticeState", "sent"),
    MessageState.DELIVERED: _N("NoticeState", "delivered"),
    MessageState.FAILED: _N("NoticeState", "not sent"),
}
KIND_TEXTS = {
    NoticeKind.READY: _N("NoticeKind", "Pickup notice"),
    NoticeKind.DELAY: _N("NoticeKind", "Delay notice"),
    NoticeKind.REMINDER: _N("NoticeKind", "Reminder"),
    NoticeKind.TEST: _N("NoticeKind", "Test message"),
}
CHANNEL_TEXTS = {Channel.SMS: _N("NoticeChannel", "SMS"), Channel.EMAIL: _N("NoticeChannel", "email")}


def reason_text(reason: str | None) -> str:
    return QCoreApplication.translate("NoticeReason", REASON_TEXTS[reason]) if reason in REASON_TEXTS else ""


def notice_line(entry: OutboxEntry) -> str:
    """'Pickup notice by SMS: delivered 04.12.26 09:12' or '... not sent: <reason>'."""
    kind = QCoreApplication.translate("NoticeKind", KIND_TEXTS[entry.kind])
    state = QCoreApplication.translate("NoticeState", STATE_TEXTS[entry.state])
    if entry.channel:
        channel = QCoreApplication.translate("NoticeChannel", CHANNEL_TEXTS[entry.channel])
        text = QCoreApplication.translate("TicketNotices", "{kind} by {channel}: {state}").format(
            kind=kind, channel=channel, state=state)
    else:
        text = QCoreApplication.translate("TicketNotices", "{kind}: {state}").format(kind=kind, state=state)
    when = entry.delivered_at or entry.sent_at
    if when is not None:
        text += " " + format_datetime(when)
    if entry.reason and entry.state is not MessageState.SENT:
        text += " " + QCoreApplication.translate("TicketNotices", "({reason})").format(
            reason=reason_text(entry.reason))
    return text


class TicketNotices(QWidget):
    def __init__(self, notices: NoticeService, staff: StaffSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._notices, self._staff, self._runner = notices, staff, runner
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Notices about this ticket"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)

    def show_ticket(self, purchase_id: int | None) -> None:
        if purchase_id is None:
            self.label.clear()
            return
        self._runner.submit(lambda progress: self._notices.outbox(self._staff, purchase_id=purchase_id, limit=20),
                            self._show, lambda exc: self.label.setText(error_text(exc)))

    def _show(self, entries: list[OutboxEntry]) -> None:
        self.label.setText("\n".join(notice_line(e) for e in entries) if entries else self.tr("No notices sent."))


def ticket_notices_widget(notices: NoticeService, staff: StaffSession, runner: TaskRunner,
                          parent: QWidget | None = None) -> TicketNotices:
    """The one call for a ticket view: a label to put under the ticket, filled by ``show_ticket(id)``."""
    return TicketNotices(notices, staff, runner, parent)
