"""A customer's orders and tickets, their status actions, and returns/complaints/repairs.

Everything that touches the register goes through the :class:`TaskRunner`, as the staff
member the ``staff`` provider names when the work is submitted; a result that arrives after
the user moved on to another customer is dropped. Status changes carry the
version the user saw, so a change made at another PC in between is refused with a clear
message and the list is reloaded.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QHBoxLayout, QLabel, QMenu,
                               QMessageBox, QPushButton, QSplitter, QTableView, QVBoxLayout, QWidget)

from .controls import action_button
from ..domain.enums import STATUS_FLOW, PurchaseStatus, ServiceEventKind, ServiceEventStatus
from ..domain.errors import ConflictError, KunderegError, NotFoundError, StateError
from ..domain.records import Purchase, PurchaseHistory, PurchaseInput, ServiceEvent
from ..services.purchases import PurchaseService
from ..services.shop import ShopInfo
from . import formatting
from .order_dialog import OrderDialog
from .errors import error_text
from .purchase_models import (OBJECT_ROLE, PurchaseTableModel, ServiceEventTableModel,
                              status_label)
from .service_event_dialog import ServiceEventDialog
from .session import StaffProvider
from .widgets import sorted_table, fit_columns, section_label
from .workers import TaskHandle, TaskRunner

# Statuses that cannot be left again; the user confirms before setting them.
_FINAL = frozenset(s for s, nexts in STATUS_FLOW.items() if not nexts)
# Make the row current and select all of it, replacing any earlier selection.
SELECT_ROW = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows


class PurchaseHistoryWidget(QWidget):
    """Embedded in the customer view; ``set_customer`` picks whose history is shown."""

    changed = Signal()

    # Status actions offered as buttons (RECEIVED, i.e. "not ready after all", is in the menu).
    STATUS_BUTTONS: tuple[PurchaseStatus, ...] = (PurchaseStatus.READY, PurchaseStatus.PICKED_UP,
                                                  PurchaseStatus.DELIVERED, PurchaseStatus.RETURNED,
                                                  PurchaseStatus.CANCELLED)

    def __init__(self, purchases: PurchaseService, runner: TaskRunner, shop: ShopInfo, staff: StaffProvider,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._purchases = purchases
        self._runner = runner
        self._staff = staff
        self._shop = shop
        self._customer_id: int | None = None
        self._generation = 0
        self._load_handle: TaskHandle | None = None
        self._busy = False
        self._loaded_once = False
        self._dialog: QDialog | None = None
        self._restricted = False  # GDPR Art. 18: no new orders or cases, open ones can be finished
        # Days from today the order dialog proposes as due date; None proposes no due date
        # (a dry cleaner promises a day, a supplier often does not).
        self.default_due_days: int | None = 3
        self.setAccessibleName(self.tr("Orders and tickets"))
        self._build()
        self._update_actions()

    # -- construction --------------------------------------------------------------------------
    def _build(self) -> None:
        self.purchase_model = PurchaseTableModel(self)
        self.purchase_table, self.purchase_proxy = sorted_table(
            self, self.purchase_model, self.tr("Orders and tickets"), PurchaseTableModel.COL_DESCRIPTION,
            PurchaseTableModel.COL_DATE, Qt.SortOrder.DescendingOrder, QAbstractItemView.SelectionMode.SingleSelection)
        self.purchase_table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.purchase_table.customContextMenuRequested.connect(self._purchase_menu)
        self.purchase_table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.purchase_table.selectionModel().selectionChanged.connect(self._update_actions)

        self.new_order_button = action_button(self, self.tr("&New order…"), self.tr("New order"), self.new_order,
                                             self.tr("Record a new order or ticket for this customer"))
        self.status_buttons: dict[PurchaseStatus, QPushButton] = {}
        texts = {PurchaseStatus.READY: (self.tr("&Ready"), self.tr("Mark ready"), self.tr("The order is ready for pickup")),
                 PurchaseStatus.PICKED_UP: (self.tr("&Picked up"), self.tr("Mark picked up"),
                                            self.tr("The customer has collected the order")),
                 PurchaseStatus.DELIVERED: (self.tr("&Delivered"), self.tr("Mark delivered"),
                                            self.tr("The order has been delivered to the customer")),
                 PurchaseStatus.RETURNED: (self.tr("Re&turned"), self.tr("Mark returned"),
                                           self.tr("The goods came back; the order no longer counts in the total")),
                 PurchaseStatus.CANCELLED: (self.tr("Cance&l order"), self.tr("Cancel order"),
                                            self.tr("Cancel the order; it no longer counts in the total"))}
        for status in self.STATUS_BUTTONS:
            text, name, tip = texts[status]
            self.status_buttons[status] = action_button(self, text, name, lambda _=False, s=status: self.set_status(s), tip)

        self.service_button = action_button(self, self.tr("Return/complaint/repa&ir…"), self.tr("Return, complaint or repair"),
                                           self.new_service_event,
                                           self.tr("Register a return, complaint or repair for this customer"))
        self._tips = {self.new_order_button: self.new_order_button.toolTip(),
                      self.service_button: self.service_button.toolTip()}

        self.totals_label = QLabel(self)
        self.totals_label.setAccessibleName(self.tr("Total of all orders"))
        self.totals_label.setToolTip(self.tr("Cancelled and returned orders are not counted."))
        self.totals_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.totals_label.font()
        font.setBold(True)
        self.totals_label.setFont(font)
        self.info_label = QLabel(self)
        self.info_label.setAccessibleName(self.tr("History status"))
        self.info_label.setWordWrap(True)

        self.event_model = ServiceEventTableModel(self)
        self.event_table, self.event_proxy = sorted_table(
            self, self.event_model, self.tr("Returns, complaints and repairs"), ServiceEventTableModel.COL_DESCRIPTION,
            ServiceEventTableModel.COL_OPENED, Qt.SortOrder.DescendingOrder,
            QAbstractItemView.SelectionMode.SingleSelection)
        self.event_table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.event_table.selectionModel().selectionChanged.connect(self._update_actions)
        self.resolve_button = action_button(self, self.tr("Re&solved"), self.tr("Close as resolved"),
                                           lambda: self.close_event(ServiceEventStatus.RESOLVED),
                                           self.tr("Close the selected case: it was put right"))
        self.reject_button = action_button(self, self.tr("Re&jected"), self.tr("Close as rejected"),
                                          lambda: self.close_event(ServiceEventStatus.REJECTED),
                                          self.tr("Close the selected case: the claim was not accepted"))

        # Orders part
        orders = QWidget(self)
        orders_layout = QVBoxLayout(orders)
        orders_layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.orders_label = section_label(self.tr("&Orders and tickets"), self.purchase_table, orders)
        head.addWidget(self.orders_label)
        head.addStretch(1)
        head.addWidget(self.new_order_button)
        orders_layout.addLayout(head)
        actions = QHBoxLayout()
        actions.setSpacing(4)
        actions_label = QLabel(self.tr("Selected ticket:"), orders)
        actions.addWidget(actions_label)
        for button in self.status_buttons.values():
            actions.addWidget(button)
        actions.addStretch(1)
        orders_layout.addLayout(actions)
        orders_layout.addWidget(self.purchase_table, 1)
        foot = QHBoxLayout()
        foot.addWidget(self.info_label, 1)
        foot.addWidget(self.totals_label)
        orders_layout.addLayout(foot)

        # Service events part
        events = QWidget(self)
        events_layout = QVBoxLayout(events)
        events_layout.setContentsMargins(0, 0, 0, 0)
        events_head = QHBoxLayout()
        self.events_label = section_label(self.tr("Returns, &complaints and repairs"), self.event_table, events)
        events_head.addWidget(self.events_label)
        events_head.addStretch(1)
        events_head.addWidget(self.service_button)
        events_layout.addLayout(events_head)
        events_layout.addWidget(self.event_table, 1)
        close_row = QHBoxLayout()
        close_row.setSpacing(4)
        close_row.addWidget(QLabel(self.tr("Close the selected case:"), events))
        close_row.addWidget(self.resolve_button)
        close_row.addWidget(self.reject_button)
        close_row.addStretch(1)
        events_layout.addLayout(close_row)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(orders)
        self.splitter.addWidget(events)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.event_table.setMinimumHeight(self.event_table.verticalHeader().defaultSectionSize() * 3
                                          + self.event_table.horizontalHeader().sizeHint().height() + 4)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        chain = [self.purchase_table, self.new_order_button, *self.status_buttons.values(),
                 self.event_table, self.service_button, self.resolve_button, self.reject_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)


    # -- public ----------------------------------------------------------------------------------
    @property
    def customer_id(self) -> int | None:
        return self._customer_id

    @property
    def restricted(self) -> bool:
        return self._restricted

    def set_restricted(self, restricted: bool) -> None:
        """Processing of the customer is restricted (GDPR Art. 18): offer no new order, return,
        complaint or repair. Status changes of existing tickets and closing cases still work
        (the service refuses the rest anyway)."""
        self._restricted = restricted
        why = self.tr("Not possible while processing of this customer's data is restricted (GDPR Art. 18).")
        for button, tip in self._tips.items():
            button.setToolTip(why if restricted else tip)
        self._update_actions()

    def set_customer(self, customer_id: int | None) -> None:
        """Show this customer's history (loaded in the background); None empties the view.

        Setting the customer already shown reloads it in place, keeping the selection.
        """
        if customer_id is not None and customer_id == self._customer_id and self._loaded_once:
            self.reload()
            return
        if self._load_handle is not None:
            self._load_handle.cancel()
        self._customer_id = customer_id
        self._generation += 1
        self._loaded_once = False
        self.purchase_model.set_rows([])
        self.event_model.set_rows([])
        self._show_totals({})
        if customer_id is None:
            self.info_label.clear()
            self._update_actions()
            return
        self._load()

    def clear(self) -> None:
        """Show no one's history and close an open order or service-event dialog (lock, logout)."""
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            dialog.reject()
        self.set_customer(None)

    def reload(self) -> None:
        """Load the shown customer again, keeping the selected ticket and case."""
        if self._customer_id is not None:
            purchase, event = self.selected_purchase(), self.selected_event()
            self._load(select_id=purchase.id if purchase else None, select_event_id=event.id if event else None)

    def selected_purchase(self) -> Purchase | None:
        return _current_object(self.purchase_table)

    def selected_event(self) -> ServiceEvent | None:
        return _current_object(self.event_table)

    def select_purchase(self, purchase_id: int) -> bool:
        row = self.purchase_model.row_of(purchase_id)
        if row < 0:
            return False
        index = self.purchase_proxy.mapFromSource(self.purchase_model.index(row, 0))
        self.purchase_table.selectionModel().setCurrentIndex(
            index, SELECT_ROW)
        self.purchase_table.scrollTo(index)
        return True

    # -- loading ---------------------------------------------------------------------------------
    def _load(self, select_id: int | None = None, select_event_id: int | None = None) -> None:
        if self._load_handle is not None:
            self._load_handle.cancel()
        self._generation += 1
        generation, customer_id = self._generation, self._customer_id
        assert customer_id is not None
        if not self._loaded_once:
            self.info_label.setText(self.tr("Loading…"))
        purchases, staff = self._purchases, self._staff()

        def work(progress) -> tuple[PurchaseHistory, list[ServiceEvent]]:
            return purchases.history(staff, customer_id), purchases.service_events(staff, customer_id)

        self._load_handle = self._runner.submit(
            work, lambda result: self._loaded(generation, result, select_id, select_event_id),
            lambda exc: self._load_failed(generation, exc))

    def _loaded(self, generation: int, result: tuple[PurchaseHistory, list[ServiceEvent]],
                select_id: int | None, select_event_id: int | None) -> None:
        if generation != self._generation:
            return  # the user moved on; this answer is for an earlier request
        history, events = result
        self._loaded_once = True
        self.purchase_model.set_rows(history.purchases)
        numbers = {p.id: p.number for p in history.purchases}
        self.event_model.set_rows(events, numbers)
        fit_columns(self.purchase_table)
        fit_columns(self.event_table)
        self._show_totals(history.totals_by_currency)
        if not history.purchases:
            self.info_label.setText(self.tr("No orders yet."))
        else:
            self.info_label.setText(self.tr("{n} orders").format(n=len(history.purchases))
                                    if len(history.purchases) != 1 else self.tr("1 order"))
        if select_id is None or not self.select_purchase(select_id):
            if history.purchases:
                self.select_purchase(self.purchase_model.row_object(0).id)  # type: ignore[union-attr]
        if select_event_id is not None:
            self._select_event(select_event_id)
        self._update_actions()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(exc, KunderegError):
            raise exc
        self.info_label.setText(self.tr("Could not load the history: {reason}").format(reason=error_text(exc)))
        self._update_actions()

    def _show_totals(self, totals: dict[str, int]) -> None:
        if not totals:
            totals = {self._shop.currency: 0}
        # The shop's own currency first, any others after it in code order.
        ordered = sorted(totals.items(), key=lambda item: (item[0] != self._shop.currency, item[0]))
        amounts = "  ·  ".join(formatting.format_money(minor, currency) for currency, minor in ordered)
        self.totals_label.setText(self.tr("Total: {amounts}").format(amounts=amounts))

    def _select_event(self, event_id: int) -> None:
        for row, event in enumerate(self.event_model.rows()):
            if event.id == event_id:
                index = self.event_proxy.mapFromSource(self.event_model.index(row, 0))
                self.event_table.selectionModel().setCurrentIndex(index, SELECT_ROW)
                return

    # -- actions ---------------------------------------------------------------------------------
    def _update_actions(self) -> None:
        has_customer = self._customer_id is not None and self._loaded_once and not self._busy
        purchase = self.selected_purchase() if has_customer else None
        allowed = STATUS_FLOW[purchase.status] if purchase is not None else frozenset()
        self.new_order_button.setEnabled(has_customer and not self._restricted)
        self.service_button.setEnabled(has_customer and not self._restricted)
        for status, button in self.status_buttons.items():
            button.setEnabled(status in allowed)
        event = self.selected_event() if has_customer else None
        is_open = event is not None and event.status is ServiceEventStatus.OPEN
        self.resolve_button.setEnabled(is_open)
        self.reject_button.setEnabled(is_open)

    def _run(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None) -> None:
        """Run a change in the background, then reload and tell the rest of the window."""
        self._busy = True
        self._update_actions()

        def done(result: Any) -> None:
            self._busy = False
            if self._customer_id is None:  # cleared (locked) meanwhile: show nothing
                self._update_actions()
                return
            if on_done is not None:
                on_done(result)
            self._changed()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self._update_actions()
            if self._customer_id is None and isinstance(exc, KunderegError):
                return
            self._show_error(exc)

        self._runner.submit(lambda progress: fn(), done, failed)

    def _changed(self, select_id: int | None = None, select_event_id: int | None = None) -> None:
        if select_id is not None or select_event_id is not None:
            purchase, event = self.selected_purchase(), self.selected_event()
            self._load(select_id=select_id if select_id is not None else (purchase.id if purchase else None),
                       select_event_id=select_event_id if select_event_id is not None
                       else (event.id if event else None))
        else:
            self.reload()
        self.changed.emit()

    def _show_error(self, exc: BaseException) -> None:
        if not isinstance(exc, KunderegError):
            raise exc
        if isinstance(exc, (ConflictError, StateError, NotFoundError)):
            # What we showed is out of date: say so, and show what is true now.
            QMessageBox.warning(self, self.tr("Changed elsewhere"),
                                error_text(exc) + "\n\n" + self.tr("The list has been reloaded."))
            self.reload()
            self.changed.emit()
        else:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))

    def set_status(self, status: PurchaseStatus) -> None:
        purchase = self.selected_purchase()
        if purchase is None or self._busy or status not in STATUS_FLOW[purchase.status]:
            return
        if status in _FINAL:
            answer = QMessageBox.question(
                self, self.tr("Change status"),
                self.tr("Set ticket {number} to “{status}”? This cannot be undone.").format(
                    number=purchase.number, status=status_label(status)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        purchases, pid, version, staff = self._purchases, purchase.id, purchase.version, self._staff()
        self._run(lambda: purchases.set_status(staff, pid, status, expected_version=version))

    def new_order(self) -> None:
        customer_id = self._customer_id
        if customer_id is None or self._busy or self._restricted:
            return
        purchases, staff = self._purchases, self._staff()

        def submit(data: PurchaseInput) -> Purchase:
            return purchases.record(staff, customer_id, data)

        dialog = OrderDialog(self._shop, self, submit=submit, default_due_days=self.default_due_days)
        dialog.finished.connect(lambda result: self._order_finished(dialog, result))
        self._open(dialog)

    def _order_finished(self, dialog: OrderDialog, result: int) -> None:
        self._dialog = None
        dialog.deleteLater()
        self.window().activateWindow()  # the keys go back to the window (Ctrl+R next), as after any dialog
        if result == QDialog.DialogCode.Accepted and dialog.purchase is not None:
            self._changed(select_id=dialog.purchase.id)
            # The number goes on the tag: say it plainly, not only as a new row in the list (defect 13).
            QMessageBox.information(self, self.tr("Order recorded"), self.tr(
                "Ticket number {number}\n\nWrite it on the tag, or give the customer the printed ticket.").format(
                number=dialog.purchase.number))

    def new_service_event(self) -> None:
        customer_id = self._customer_id
        if customer_id is None or self._busy or self._restricted:
            return
        purchases, staff = self._purchases, self._staff()
        selected = self.selected_purchase()

        def submit(kind: ServiceEventKind, description: str, purchase_id: int | None) -> ServiceEvent:
            return purchases.add_service_event(staff, customer_id, kind, description, purchase_id=purchase_id)

        dialog = ServiceEventDialog(self.purchase_model.rows(), self, submit=submit,
                                    purchase_id=selected.id if selected else None)
        dialog.finished.connect(lambda result: self._event_finished(dialog, result))
        self._open(dialog)

    def _event_finished(self, dialog: ServiceEventDialog, result: int) -> None:
        self._dialog = None
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted and dialog.created_event is not None:
            self._changed(select_event_id=dialog.created_event.id)

    def _open(self, dialog: QDialog) -> None:
        """Window-modal and non-blocking: no nested event loop, and tests can reach it."""
        self._dialog = dialog
        dialog.open()

    @property
    def open_dialog(self) -> QDialog | None:
        """The order or service-event dialog currently open, if any."""
        return self._dialog

    def close_event(self, status: ServiceEventStatus) -> None:
        event = self.selected_event()
        if event is None or self._busy or event.status is not ServiceEventStatus.OPEN:
            return
        purchases, event_id, staff = self._purchases, event.id, self._staff()
        self._run(lambda: purchases.close_service_event(staff, event_id, status))

    def _purchase_menu(self, pos: QPoint) -> None:
        purchase = self.selected_purchase()
        if purchase is None:
            return
        menu = QMenu(self)
        for status in (*self.STATUS_BUTTONS, PurchaseStatus.RECEIVED):
            if status in STATUS_FLOW[purchase.status]:
                text = (self.tr("Back to received (not ready after all)") if status is PurchaseStatus.RECEIVED
                        else self.tr("Set to “{status}”").format(status=status_label(status)))
                action = QAction(text, menu)
                action.triggered.connect(lambda _=False, s=status: self.set_status(s))
                menu.addAction(action)
        menu.addSeparator()
        service = menu.addAction(self.tr("Return/complaint/repair…"), self.new_service_event)
        service.setEnabled(not self._restricted)
        menu.popup(self.purchase_table.viewport().mapToGlobal(pos))


def _current_object(view: QTableView) -> Any:
    index: QModelIndex = view.selectionModel().currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(), index.parent()):
        return None
    return index.data(OBJECT_ROLE)
