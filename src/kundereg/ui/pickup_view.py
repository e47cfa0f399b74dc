"""Tickets ready for pickup: who to text, and "picked up" at the counter.

Keyboard first: type a ticket number, name or phone digits in the filter, Down moves into
the list, Enter (or Ctrl+Return) hands the selected tickets over after one question that
Enter confirms, Alt+O opens the customer and F5 reloads. Several tickets can be selected (one customer collecting several orders).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QVBoxLayout, QWidget)

from .controls import action_button
from ..domain.enums import PurchaseStatus
from ..domain.errors import ConflictError, KunderegError, NotFoundError, StateError
from ..domain.records import ReadyTicket
from ..domain.text import fold
from ..domain.validation import phone_digits
from ..services.purchases import PurchaseService
from .widgets import sorted_table, fit_columns, refresh_shortcut, section_label
from .errors import error_text
from .purchase_models import OBJECT_ROLE, PickupTableModel
from .session import StaffProvider
from .workers import Latest, TaskRunner


class _TicketFilter(QSortFilterProxyModel):
    """Matches the ticket number, the customer's name, the description or the mobile's digits.

    A number that is exactly a ticket's number shows just that ticket (the customer hands
    over the slip); otherwise three or more digits also match inside mobile numbers.
    """

    MIN_PHONE_DIGITS = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._digits = ""
        self._exact_number = False

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(text.strip())
        is_number = bool(text.strip()) and not any(c.isalpha() for c in text)
        self._digits = phone_digits(text) if is_number else ""
        self._exact_number = bool(self._digits) and any(
            str(ticket.number) == self._digits for ticket in self._tickets())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _tickets(self) -> list[ReadyTicket]:
        model = self.sourceModel()
        return model.rows() if isinstance(model, PickupTableModel) else []

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._needle:
            return True
        ticket: ReadyTicket | None = self.sourceModel().index(source_row, 0, source_parent).data(OBJECT_ROLE)
        if ticket is None:
            return False
        if self._digits:
            if self._exact_number:
                return str(ticket.number) == self._digits
            return len(self._digits) >= self.MIN_PHONE_DIGITS and self._digits in phone_digits(ticket.mobile)
        return self._needle in fold(ticket.customer_name) or self._needle in fold(ticket.description or "")


class PickupView(QWidget):
    """The list of tickets waiting for collection, for the whole shop."""

    customer_requested = Signal(int)
    changed = Signal()
    handed_over = Signal(int)  # how many tickets; the window goes back to the search for the next customer

    def __init__(self, purchases: PurchaseService, runner: TaskRunner, staff: StaffProvider,
                 parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._purchases = purchases
        self._runner = runner
        self._staff = staff
        self._loads = Latest(runner)  # a list asked for before the last refresh (or a lock) is not shown
        self._busy = False
        self._loaded = False
        self.setAccessibleName(self.tr("Ready for pickup"))

        self.model = PickupTableModel(self, clock=clock)
        self.table, self.proxy = sorted_table(
            self, self.model, self.tr("Tickets ready for pickup"), PickupTableModel.COL_DESCRIPTION,
            PickupTableModel.COL_READY_SINCE, selection=QAbstractItemView.SelectionMode.ExtendedSelection,
            proxy=_TicketFilter(self))
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.table.installEventFilter(self)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(self.tr("Ticket number, name or mobile"))
        self.filter_edit.setAccessibleName(self.tr("Find ticket"))
        self.filter_edit.setAccessibleDescription(self.tr("Down arrow moves to the list; Enter opens the customer."))
        self.filter_edit.textChanged.connect(self._filter)
        self.filter_edit.returnPressed.connect(self._filter_return)
        self.filter_edit.installEventFilter(self)
        filter_label = QLabel(self.tr("F&ind:"), self)
        filter_label.setBuddy(self.filter_edit)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of tickets ready"))
        self.title_label = section_label(self.tr("&Ready for pickup"), self.table, self)
        self.message_label = QLabel(self)
        self.message_label.setAccessibleName(self.tr("Pickup list status"))

        self.picked_up_button = action_button(self, self.tr("&Picked up"), self.tr("Mark picked up"), self.mark_picked_up,
                                             self.tr("Hand the selected tickets over to the customer (Enter)"))
        self.copy_button = action_button(self, self.tr("&Copy mobile numbers"), self.tr("Copy mobile numbers"),
                                        self.copy_mobiles,
                                        self.tr("Copy the mobile numbers of the selected tickets, or of all tickets "
                                           "in the list, to paste into your text message service"))
        self.open_button = action_button(self, self.tr("&Open customer"), self.tr("Open customer"), self._open_current,
                                        self.tr("Show the customer of the selected ticket"))
        self.refresh_button = action_button(self, self.tr("R&efresh"), self.tr("Refresh"), self.refresh,
                                           self.tr("Load the list again (F5)"))

        shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.mark_picked_up)
        refresh_shortcut(self, self.refresh)

        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addSpacing(12)
        head.addWidget(self.count_label)
        head.addStretch(1)
        head.addWidget(filter_label)
        head.addWidget(self.filter_edit)
        self.filter_edit.setMinimumWidth(240)
        buttons = QHBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.picked_up_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        chain = [self.filter_edit, self.table, self.picked_up_button, self.open_button, self.copy_button,
                 self.refresh_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self._show_count()
        self._update_actions()


    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Load the list in the background; an older answer still on its way is dropped."""
        selected = [t.purchase_id for t in self.selected_tickets()]
        purchases, staff = self._purchases, self._staff()
        if not self._loaded:
            self.count_label.setText(self.tr("Loading…"))
        self._loads.submit(lambda progress: purchases.ready_for_pickup(staff),
                           lambda rows: self._refreshed(rows, selected), self._refresh_failed)

    def clear(self) -> None:
        """Show no tickets (lock, logout); a list still on its way is dropped."""
        self._loads.drop()
        self._loaded = False
        self._busy = False
        self.filter_edit.clear()
        self.model.set_rows([])
        self.message_label.clear()
        self._show_count()
        self._update_actions()

    def _refreshed(self, rows: list[ReadyTicket], selected: list[int]) -> None:
        self._loaded = True
        self.model.set_rows(rows)
        fit_columns(self.table)
        self._reselect(selected)
        self._show_count()
        self._update_actions()

    def _refresh_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KunderegError):
            raise exc
        self.count_label.setText(self.tr("Could not load the list: {reason}").format(reason=error_text(exc)))

    def _reselect(self, purchase_ids: list[int]) -> None:
        wanted = set(purchase_ids)
        selection = self.table.selectionModel()
        selection.clearSelection()
        first = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OBJECT_ROLE).purchase_id in wanted:
                selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
                first = first or index
        if first is not None:
            selection.setCurrentIndex(first, selection.SelectionFlag.NoUpdate)
        elif self.proxy.rowCount():
            selection.setCurrentIndex(self.proxy.index(0, 0), selection.SelectionFlag.NoUpdate)

    def _show_count(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if total == 0:
            text = self.tr("No tickets are waiting for pickup.")
        elif total == 1:
            text = self.tr("1 ticket ready for pickup")
        else:
            text = self.tr("{n} tickets ready for pickup").format(n=total)
        if shown != total:
            text += " " + self.tr("({n} shown)").format(n=shown)
        self.count_label.setText(text)

    # -- selection -------------------------------------------------------------------------------
    def tickets(self) -> list[ReadyTicket]:
        return self.model.rows()

    def current_ticket(self) -> ReadyTicket | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def selected_tickets(self) -> list[ReadyTicket]:
        rows = sorted(self.table.selectionModel().selectedRows(), key=lambda i: i.row())
        return [index.data(OBJECT_ROLE) for index in rows]

    def select_ticket(self, purchase_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OBJECT_ROLE).purchase_id == purchase_id:
                selection = self.table.selectionModel()
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                          | selection.SelectionFlag.Rows)
                self.table.scrollTo(index)
                return True
        return False

    def _update_actions(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.picked_up_button.setEnabled(has_selection and not self._busy)
        self.open_button.setEnabled(self.current_ticket() is not None)
        self.copy_button.setEnabled(any(t.mobile for t in self._copy_source()))

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self._show_count()
        if self.proxy.rowCount() and not self.table.selectionModel().selectedRows():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                self.table.selectionModel().SelectionFlag.ClearAndSelect
                | self.table.selectionModel().SelectionFlag.Rows)
        self._update_actions()

    def _filter_return(self) -> None:
        """Enter in the filter with exactly one match (a typed or scanned ticket) hands that ticket over."""
        if self.proxy.rowCount() == 1:
            self.select_ticket(self.proxy.index(0, 0).data(OBJECT_ROLE).purchase_id)
            self.mark_picked_up()
        elif self.proxy.rowCount():
            self.table.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.filter_edit and event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                self.table.setFocus()
                if not self.table.selectionModel().selectedRows():
                    self.select_ticket(self.proxy.index(0, 0).data(OBJECT_ROLE).purchase_id)
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                # Handled here (not by QAbstractItemView) so it behaves alike on every platform
                # and the key does not also reach a default button further up.
                if event.modifiers() == Qt.KeyboardModifier.NoModifier:
                    self.mark_picked_up()  # the counter's usual step; Alt+O opens the customer
                    return True
                if event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                    self.mark_picked_up()
                    return True
        return super().eventFilter(watched, event)

    # -- actions ---------------------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        ticket = index.data(OBJECT_ROLE)
        if ticket is not None:
            self.customer_requested.emit(ticket.customer_id)

    def _open_current(self) -> None:
        ticket = self.current_ticket()
        if ticket is not None:
            self.customer_requested.emit(ticket.customer_id)

    def _copy_source(self) -> list[ReadyTicket]:
        selected = self.selected_tickets()
        if len(selected) > 1:
            return selected
        return [self.proxy.index(row, 0).data(OBJECT_ROLE) for row in range(self.proxy.rowCount())]

    def copy_mobiles(self) -> str:
        """Copy the mobiles of the selected tickets (or of every ticket shown), one a line.

        A single selected row counts as "no choice made": the whole list is copied, since
        the selection always follows the cursor.
        """
        numbers = list(dict.fromkeys(t.mobile for t in self._copy_source() if t.mobile))
        text = "\n".join(numbers)
        QGuiApplication.clipboard().setText(text)
        if len(numbers) == 1:
            self.message_label.setText(self.tr("1 mobile number copied."))
        else:
            self.message_label.setText(self.tr("{n} mobile numbers copied.").format(n=len(numbers)))
        return text

    def mark_picked_up(self) -> None:
        """Mark the selected tickets collected, each only if nobody changed it since it was listed.

        The version shown is the one checked: a ticket collected or reset at another PC in
        the meantime is a conflict, reported, and the list is reloaded.
        """
        tickets = self.selected_tickets()
        if not tickets or self._busy:
            return
        # Asked once, Enter confirms: a hand-over cannot be undone from the counter (defect 9).
        numbers = ", ".join(str(t.number) for t in tickets)
        answer = QMessageBox.question(
            self, self.tr("Hand over"),
            self.tr("Hand over ticket {numbers} to the customer now?").format(numbers=numbers),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return
        purchases, staff = self._purchases, self._staff()

        def work(progress) -> int:
            done = 0
            for ticket in tickets:
                purchases.set_status(staff, ticket.purchase_id, PurchaseStatus.PICKED_UP,
                                     expected_version=ticket.version)
                done += 1
            return done

        self._busy = True
        self._update_actions()
        shown = self._loads.token()
        self._runner.submit(work, lambda count: self._picked_up(shown, count),
                            lambda exc: self._picked_up_failed(shown, exc))

    def _picked_up(self, shown: int, count: int) -> None:
        if shown != self._loads.token() and not self._loaded:
            return  # cleared (locked) meanwhile
        self._busy = False
        if count == 1:
            self.message_label.setText(self.tr("1 ticket marked picked up."))
        else:
            self.message_label.setText(self.tr("{n} tickets marked picked up.").format(n=count))
        self.refresh()
        self.changed.emit()
        self.handed_over.emit(count)

    def _picked_up_failed(self, shown: int, exc: BaseException) -> None:
        if shown != self._loads.token() and not self._loaded and isinstance(exc, KunderegError):
            return  # cleared (locked) meanwhile
        self._busy = False
        if not isinstance(exc, KunderegError):
            self._update_actions()
            raise exc
        title = self.tr("Changed elsewhere") if isinstance(exc, (ConflictError, StateError, NotFoundError)) \
            else self.tr("Not saved")
        QMessageBox.warning(self, title, error_text(exc) + "\n\n" + self.tr("The list has been reloaded."))
        self.refresh()
        self.changed.emit()  # some tickets of a multiple selection may have been saved
