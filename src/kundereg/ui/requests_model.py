"""Data-subject requests as a table: reference, type, customer, dates, days left and status.

The model holds the ``DataRequest`` records handed to it and never reads the database; days
left come from the service (counted from its today). Open requests past their due date are
shown in red and bold, with "overdue by N days".
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QBrush, QFont

from ..domain.enums import RequestChannel, RequestStatus, RequestType
from ..services.requests import DataRequest
from .purchase_models import OBJECT_ROLE, OVERDUE_COLOR, SORT_ROLE, _muted, _RecordTableModel

__all__ = ["OBJECT_ROLE", "SORT_ROLE", "RequestTableModel", "channel_label", "days_left_text",
           "request_status_label", "request_type_label"]

_N = QT_TRANSLATE_NOOP

_TYPES: dict[RequestType, str] = {
    RequestType.ACCESS: _N("RequestType", "Access to data"),
    RequestType.RECTIFICATION: _N("RequestType", "Rectification"),
    RequestType.ERASURE: _N("RequestType", "Erasure"),
    RequestType.RESTRICTION: _N("RequestType", "Restriction of processing"),
    RequestType.PORTABILITY: _N("RequestType", "Data portability"),
    RequestType.OBJECTION: _N("RequestType", "Objection to marketing"),
    RequestType.CONSENT_WITHDRAWAL: _N("RequestType", "Consent withdrawal"),
}
_STATUSES: dict[RequestStatus, str] = {
    RequestStatus.RECEIVED: _N("RequestStatus", "Received"),
    RequestStatus.IDENTITY_VERIFIED: _N("RequestStatus", "Identity verified"),
    RequestStatus.IN_PROGRESS: _N("RequestStatus", "In progress"),
    RequestStatus.COMPLETED: _N("RequestStatus", "Completed"),
    RequestStatus.REFUSED: _N("RequestStatus", "Refused"),
}
_CHANNELS: dict[RequestChannel, str] = {
    RequestChannel.COUNTER: _N("RequestChannel", "At the counter"),
    RequestChannel.EMAIL: _N("RequestChannel", "By email"),
    RequestChannel.LETTER: _N("RequestChannel", "By letter"),
    RequestChannel.PHONE: _N("RequestChannel", "By phone"),
}


def request_type_label(kind: RequestType | str) -> str:
    return QCoreApplication.translate("RequestType", _TYPES[RequestType(kind)])


def request_status_label(status: RequestStatus | str) -> str:
    return QCoreApplication.translate("RequestStatus", _STATUSES[RequestStatus(status)])


def channel_label(channel: RequestChannel | str) -> str:
    return QCoreApplication.translate("RequestChannel", _CHANNELS[RequestChannel(channel)])


def days_left_text(request: DataRequest) -> str:
    """'12 days', 'due today', 'overdue by 3 days'; empty for a closed request."""
    if not request.open:
        return ""
    days = request.days_left
    if days < 0:
        late = -days
        return QCoreApplication.translate("RequestTableModel", "overdue by 1 day") if late == 1 else \
            QCoreApplication.translate("RequestTableModel", "overdue by {n} days").format(n=late)
    if days == 0:
        return QCoreApplication.translate("RequestTableModel", "due today")
    return QCoreApplication.translate("RequestTableModel", "1 day") if days == 1 else QCoreApplication.translate("RequestTableModel", "{n} days").format(n=days)


class RequestTableModel(_RecordTableModel[DataRequest]):
    """Requests in the order the service returns them: open by days left (overdue first), then closed."""

    COL_REFERENCE, COL_TYPE, COL_CUSTOMER, COL_RECEIVED, COL_DUE, COL_DAYS_LEFT, COL_STATUS = range(7)
    HEADERS = (_N("RequestTableModel", "Reference"),
               _N("RequestTableModel", "Type"),
               _N("RequestTableModel", "Customer"),
               _N("RequestTableModel", "Received"),
               _N("RequestTableModel", "Due"),
               _N("RequestTableModel", "Days left"),
               _N("RequestTableModel", "Status"))
    RIGHT_ALIGNED = frozenset({COL_CUSTOMER})

    def row_of(self, request_id: int) -> int:
        for row, request in enumerate(self._rows):
            if request.id == request_id:
                return row
        return -1

    def _display(self, r: DataRequest, column: int) -> str:
        if column == self.COL_REFERENCE:
            return r.reference
        if column == self.COL_TYPE:
            return request_type_label(r.kind)
        if column == self.COL_CUSTOMER:
            return str(r.customer_id) if r.customer_id is not None else "–"
        if column == self.COL_RECEIVED:
            return self._date(r.received_on)
        if column == self.COL_DUE:
            return self._date(r.due_on)
        if column == self.COL_DAYS_LEFT:
            return days_left_text(r)
        if column == self.COL_STATUS:
            return request_status_label(r.status)
        return ""

    def _sort_key(self, r: DataRequest, column: int) -> int | float | str:
        if column == self.COL_CUSTOMER:
            return r.customer_id or 0
        if column == self.COL_RECEIVED:
            return r.received_on.toordinal()
        if column == self.COL_DUE:
            return r.due_on.toordinal()
        if column == self.COL_DAYS_LEFT:  # closed ones after every open one
            return r.days_left if r.open else 1_000_000
        if column == self.COL_STATUS:
            return list(RequestStatus).index(r.status)
        if column == self.COL_REFERENCE:
            return r.reference
        return super()._sort_key(r, column)

    def _tooltip(self, r: DataRequest, column: int) -> str | None:
        if column == self.COL_TYPE:
            return channel_label(r.channel)
        if column == self.COL_DUE and r.extension_months:
            return self.tr("Extended by {n} month(s): {reason}").format(
                n=r.extension_months, reason=r.extension_reason or "")
        if column == self.COL_STATUS and r.status is RequestStatus.REFUSED and r.refusal_reason:
            return self.tr("Reason: {reason}").format(reason=r.refusal_reason)
        if column == self.COL_DAYS_LEFT and r.overdue:
            return self.tr("The answer is late: the deadline was {date}.").format(date=self._date(r.due_on))
        return None

    def _foreground(self, r: DataRequest, column: int) -> QBrush | None:
        if not r.open:
            return _muted()
        if r.overdue and column in (self.COL_REFERENCE, self.COL_DUE, self.COL_DAYS_LEFT):
            return QBrush(OVERDUE_COLOR)
        return None

    def _font(self, r: DataRequest, column: int) -> QFont | None:
        if r.overdue and column in (self.COL_REFERENCE, self.COL_DUE, self.COL_DAYS_LEFT):
            font = QFont()
            font.setBold(True)
            return font
        return None
