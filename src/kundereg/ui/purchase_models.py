"""Table models for tickets, the pickup list and service events.

The models hold frozen records handed to them with ``set_rows``; they never read the
database. ``OBJECT_ROLE`` returns the record behind a row and ``SORT_ROLE`` a plain value
(int, float or str) that a ``QSortFilterProxyModel`` with ``setSortRole(SORT_ROLE)`` sorts by.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, timezone
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.access import mask_phone
from ..domain.enums import OPEN_STATUSES, PurchaseStatus, ServiceEventKind, ServiceEventStatus
from ..domain.records import Purchase, ReadyTicket, ServiceEvent
from .formatting import format_date, format_datetime, format_money

SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
OBJECT_ROLE = int(Qt.ItemDataRole.UserRole) + 2

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
OVERDUE_COLOR = QColor("#b3261e")

# Display names, marked for lupdate and translated when shown.
STATUS_LABELS: dict[PurchaseStatus, str] = {
    PurchaseStatus.RECEIVED: QT_TRANSLATE_NOOP("PurchaseStatus", "Received"),
    PurchaseStatus.READY: QT_TRANSLATE_NOOP("PurchaseStatus", "Ready"),
    PurchaseStatus.PICKED_UP: QT_TRANSLATE_NOOP("PurchaseStatus", "Picked up"),
    PurchaseStatus.DELIVERED: QT_TRANSLATE_NOOP("PurchaseStatus", "Delivered"),
    PurchaseStatus.RETURNED: QT_TRANSLATE_NOOP("PurchaseStatus", "Returned"),
    PurchaseStatus.CANCELLED: QT_TRANSLATE_NOOP("PurchaseStatus", "Cancelled"),
}
KIND_LABELS: dict[ServiceEventKind, str] = {
    ServiceEventKind.RETURN: QT_TRANSLATE_NOOP("ServiceEventKind", "Return"),
    ServiceEventKind.COMPLAINT: QT_TRANSLATE_NOOP("ServiceEventKind", "Complaint"),
    ServiceEventKind.REPAIR: QT_TRANSLATE_NOOP("ServiceEventKind", "Repair"),
}
EVENT_STATUS_LABELS: dict[ServiceEventStatus, str] = {
    ServiceEventStatus.OPEN: QT_TRANSLATE_NOOP("ServiceEventStatus", "Open"),
    ServiceEventStatus.RESOLVED: QT_TRANSLATE_NOOP("ServiceEventStatus", "Resolved"),
    ServiceEventStatus.REJECTED: QT_TRANSLATE_NOOP("ServiceEventStatus", "Rejected"),
}


def status_label(status: PurchaseStatus) -> str:
    return QCoreApplication.translate("PurchaseStatus", STATUS_LABELS[PurchaseStatus(status)])


def kind_label(kind: ServiceEventKind) -> str:
    return QCoreApplication.translate("ServiceEventKind", KIND_LABELS[ServiceEventKind(kind)])


def event_status_label(status: ServiceEventStatus) -> str:
    return QCoreApplication.translate("ServiceEventStatus", EVENT_STATUS_LABELS[ServiceEventStatus(status)])


T = TypeVar("T")


class _RecordTableModel(QAbstractTableModel, Generic[T]):
    """Rows of frozen records; subclasses describe the columns."""

    HEADERS: ClassVar[tuple[str, ...]] = ()
    RIGHT_ALIGNED: ClassVar[frozenset[int]] = frozenset()
    # Headings stay left even over right-aligned numbers where a sort arrow would cover them.
    HEADERS_LEFT: ClassVar[bool] = False

    def __init__(self, parent=None, *, locale: str | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []
        self._locale = locale
        self._clock = clock or (lambda: datetime.now(timezone.utc))

    def _today(self) -> date:
        """Today in the PC's time zone (the clock is injectable for tests)."""
        return self._clock().astimezone().date()

    # -- public -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row_object(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # -- QAbstractTableModel ------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if section in self.RIGHT_ALIGNED and not self.HEADERS_LEFT else _LEFT
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.HEADERS):
            return None
        record = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(record, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column in self.RIGHT_ALIGNED else _LEFT
        if role == SORT_ROLE:
            return self._sort_key(record, column)
        if role == OBJECT_ROLE:
            return record
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(record, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._font(record, column)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # -- hooks ----------------------------------------------------------------------------
    def _display(self, record: T, column: int) -> str:
        raise NotImplementedError

    def _sort_key(self, record: T, column: int) -> int | float | str:
        return self._display(record, column).casefold()

    def _tooltip(self, record: T, column: int) -> str | None:
        return None

    def _foreground(self, record: T, column: int) -> QBrush | None:
        return None

    def _font(self, record: T, column: int) -> QFont | None:
        return None

    # -- helpers --------------------------------------------------------------------------
    def _money(self, minor: int, currency: str) -> str:
        return format_money(minor, currency, self._locale) if self._locale else format_money(minor, currency)

    def _date(self, value) -> str:
        return format_date(value, self._locale) if self._locale else format_date(value)

    def _datetime(self, value) -> str:
        return format_datetime(value, self._locale) if self._locale else format_datetime(value)


def _muted() -> QBrush:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))


class PurchaseTableModel(_RecordTableModel[Purchase]):
    """A customer's tickets and orders, newest first as the service returns them."""

    COL_NUMBER, COL_DATE, COL_DESCRIPTION, COL_STATUS, COL_TOTAL, COL_DUE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("PurchaseTableModel", "Ticket"),
               QT_TRANSLATE_NOOP("PurchaseTableModel", "Date"),
               QT_TRANSLATE_NOOP("PurchaseTableModel", "Description"),
               QT_TRANSLATE_NOOP("PurchaseTableModel", "Status"),
               QT_TRANSLATE_NOOP("PurchaseTableModel", "Total"),
               QT_TRANSLATE_NOOP("PurchaseTableModel", "Due"))
    RIGHT_ALIGNED = frozenset({COL_NUMBER, COL_TOTAL})

    def row_of(self, purchase_id: int) -> int:
        for row, purchase in enumerate(self._rows):
            if purchase.id == purchase_id:
                return row
        return -1

    def _display(self, p: Purchase, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(p.number)
        if column == self.COL_DATE:
            return self._date(p.purchased_at)
        if column == self.COL_DESCRIPTION:
            return p.summary
        if column == self.COL_STATUS:
            return status_label(p.status)
        if column == self.COL_TOTAL:
            return self._money(p.total_minor, p.currency)
        if column == self.COL_DUE:
            return self._date(p.due_date)
        return ""

    def _sort_key(self, p: Purchase, column: int) -> int | float | str:
        if column == self.COL_NUMBER:
            return p.number
        if column == self.COL_DATE:
            return p.purchased_at.timestamp()
        if column == self.COL_STATUS:
            return list(PurchaseStatus).index(p.status)
        if column == self.COL_TOTAL:
            return p.total_minor
        if column == self.COL_DUE:
            return p.due_date.toordinal() if p.due_date else 0
        return super()._sort_key(p, column)

    def _tooltip(self, p: Purchase, column: int) -> str | None:
        if column == self.COL_DATE:
            return self._datetime(p.purchased_at)
        if column == self.COL_STATUS:
            return self.tr("Since {when}").format(when=self._datetime(p.status_changed_at))
        if column == self.COL_DUE and self.is_overdue(p):
            return self.tr("Overdue")
        if column in (self.COL_DESCRIPTION, self.COL_TOTAL) and p.lines:
            rows = [f"{line.quantity} × {line.description}: "
                    f"{self._money(line.amount_minor, p.currency)}" for line in p.lines]
            if p.description and column == self.COL_DESCRIPTION:
                rows.insert(0, p.description)
            return "\n".join(rows)
        if column == self.COL_DESCRIPTION:
            return p.summary or None
        return None

    def is_overdue(self, p: Purchase) -> bool:
        return p.status in OPEN_STATUSES and p.due_date is not None and p.due_date < self._today()

    def _foreground(self, p: Purchase, column: int) -> QBrush | None:
        if p.status in (PurchaseStatus.CANCELLED, PurchaseStatus.RETURNED):
            return _muted()
        if column == self.COL_DUE and self.is_overdue(p):
            return QBrush(OVERDUE_COLOR)
        return None

    def _font(self, p: Purchase, column: int) -> QFont | None:
        if (column == self.COL_STATUS and p.status is PurchaseStatus.READY) or \
                (column == self.COL_DUE and self.is_overdue(p)):
            font = QFont()
            font.setBold(True)
            return font
        return None


class PickupTableModel(_RecordTableModel[ReadyTicket]):
    """Tickets waiting for collection, with how long they have waited."""

    COL_NUMBER, COL_CUSTOMER, COL_MOBILE, COL_DESCRIPTION, COL_TOTAL, COL_READY_SINCE = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("PickupTableModel", "Ticket"),
               QT_TRANSLATE_NOOP("PickupTableModel", "Customer"),
               QT_TRANSLATE_NOOP("PickupTableModel", "Mobile"),
               QT_TRANSLATE_NOOP("PickupTableModel", "Description"),
               QT_TRANSLATE_NOOP("PickupTableModel", "Total"),
               QT_TRANSLATE_NOOP("PickupTableModel", "Ready since"))
    RIGHT_ALIGNED = frozenset({COL_NUMBER, COL_TOTAL, COL_READY_SINCE})
    # After this many days the waiting time is shown as a date, and it is shown in bold
    # from LONG_WAIT_DAYS on so old tickets stand out when calling customers.
    DATE_AFTER_DAYS = 30
    LONG_WAIT_DAYS = 14

    def days_waiting(self, ticket: ReadyTicket) -> int:
        return max(0, (self._today() - ticket.ready_since.astimezone().date()).days)

    def waiting_text(self, ticket: ReadyTicket) -> str:
        days = self.days_waiting(ticket)
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("1 day")
        if days < self.DATE_AFTER_DAYS:
            return self.tr("{n} days").format(n=days)
        return self._date(ticket.ready_since)

    def _display(self, t: ReadyTicket, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(t.number)
        if column == self.COL_CUSTOMER:
            return t.customer_name
        if column == self.COL_MOBILE:
            # Masked like search (no identity check here); "Copy mobile numbers" has the full ones.
            return mask_phone(t.mobile) or ""
        if column == self.COL_DESCRIPTION:
            return t.description or ""
        if column == self.COL_TOTAL:
            return self._money(t.total_minor, t.currency)
        if column == self.COL_READY_SINCE:
            return self.waiting_text(t)
        return ""

    def _sort_key(self, t: ReadyTicket, column: int) -> int | float | str:
        if column == self.COL_NUMBER:
            return t.number
        if column == self.COL_MOBILE:
            return mask_phone(t.mobile) or ""
        if column == self.COL_TOTAL:
            return t.total_minor
        if column == self.COL_READY_SINCE:
            return t.ready_since.timestamp()
        return super()._sort_key(t, column)

    def _tooltip(self, t: ReadyTicket, column: int) -> str | None:
        if column == self.COL_READY_SINCE:
            return self.tr("Ready since {when}").format(when=self._datetime(t.ready_since))
        if column == self.COL_DESCRIPTION:
            return t.description or None
        return None

    def _font(self, t: ReadyTicket, column: int) -> QFont | None:
        if column == self.COL_READY_SINCE and self.days_waiting(t) >= self.LONG_WAIT_DAYS:
            font = QFont()
            font.setBold(True)
            return font
        return None


class ServiceEventTableModel(_RecordTableModel[ServiceEvent]):
    """Returns, complaints and repairs of one customer."""

    COL_OPENED, COL_KIND, COL_TICKET, COL_DESCRIPTION, COL_STATUS, COL_CLOSED = range(6)
    HEADERS = (QT_TRANSLATE_NOOP("ServiceEventTableModel", "Opened"),
               QT_TRANSLATE_NOOP("ServiceEventTableModel", "Kind"),
               QT_TRANSLATE_NOOP("ServiceEventTableModel", "Ticket"),
               QT_TRANSLATE_NOOP("ServiceEventTableModel", "Description"),
               QT_TRANSLATE_NOOP("ServiceEventTableModel", "Status"),
               QT_TRANSLATE_NOOP("ServiceEventTableModel", "Closed"))
    RIGHT_ALIGNED = frozenset({COL_TICKET})

    def __init__(self, parent=None, *, locale: str | None = None) -> None:
        super().__init__(parent, locale=locale)
        self._numbers: dict[int, int] = {}

    def set_rows(self, rows: Sequence[ServiceEvent], ticket_numbers: Mapping[int, int] | None = None) -> None:
        """``ticket_numbers`` maps purchase id to the ticket number shown (from the history)."""
        self._numbers = dict(ticket_numbers or {})
        super().set_rows(rows)

    def _display(self, e: ServiceEvent, column: int) -> str:
        if column == self.COL_OPENED:
            return self._date(e.opened_at)
        if column == self.COL_KIND:
            return kind_label(e.kind)
        if column == self.COL_TICKET:
            if e.purchase_id is None:
                return ""
            return str(self._numbers.get(e.purchase_id, ""))
        if column == self.COL_DESCRIPTION:
            return " ".join(e.description.split())
        if column == self.COL_STATUS:
            return event_status_label(e.status)
        if column == self.COL_CLOSED:
            return self._date(e.closed_at)
        return ""

    def _sort_key(self, e: ServiceEvent, column: int) -> int | float | str:
        if column == self.COL_OPENED:
            return e.opened_at.timestamp()
        if column == self.COL_TICKET:
            return self._numbers.get(e.purchase_id, 0) if e.purchase_id is not None else 0
        if column == self.COL_STATUS:
            return list(ServiceEventStatus).index(e.status)
        if column == self.COL_CLOSED:
            return e.closed_at.timestamp() if e.closed_at else 0.0
        return super()._sort_key(e, column)

    def _tooltip(self, e: ServiceEvent, column: int) -> str | None:
        if column == self.COL_DESCRIPTION:
            return e.description
        if column == self.COL_OPENED:
            return self._datetime(e.opened_at)
        if column == self.COL_CLOSED and e.closed_at:
            return self._datetime(e.closed_at)
        return None

    def _foreground(self, e: ServiceEvent, column: int) -> QBrush | None:
        return None if e.status is ServiceEventStatus.OPEN else _muted()

    def _font(self, e: ServiceEvent, column: int) -> QFont | None:
        if column == self.COL_STATUS and e.status is ServiceEventStatus.OPEN:
            font = QFont()
            font.setBold(True)
            return font
        return None
