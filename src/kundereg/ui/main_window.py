"""The counter window: a search box on top, results below, one customer at a time.

Keyboard first: the search box has focus at start; Up/Down in it move through the
results, Enter opens the highlighted (or first) customer, Esc comes back with the text
selected, Ctrl+N starts a new customer from what was typed, Ctrl+S saves, Ctrl+R shows
the tickets ready for pickup.
"""
from __future__ import annotations

import logging
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QMainWindow, QMessageBox, QStackedWidget, QTableView, QToolButton,
                               QVBoxLayout, QWidget)

from .. import __version__
from ..domain.records import Customer
from ..services.customers import CustomerService
from ..services.purchases import PurchaseService
from ..services.shop import ShopInfo
from .errors import error_text
from .progress import run_with_progress
from .search_model import COL_CITY, COL_COMPANY, COL_EMAIL, COL_MOBILE, COL_NAME, CustomerSearchModel
from .workers import Progress, TaskRunner

if TYPE_CHECKING:
    from .customer_panel import CustomerPanel
    from .pickup_view import PickupView

log = logging.getLogger(__name__)

# demo(customers, seed, progress) -> stats with .customers and .purchases (services.demo.generate)
DemoGenerator = Callable[[int, int, Progress], Any]

PAGE_SEARCH, PAGE_CUSTOMER, PAGE_PICKUP = "search", "customer", "pickup"
SETTINGS_GROUP = "mainWindow"
DEFAULT_SIZE = (1100, 700)


class ResultsView(QTableView):
    """The search results; Enter opens the current row."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsClickable(False)  # results come ranked by relevance, not sortable
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    def __init__(self, customers: CustomerService, purchases: PurchaseService, shop: ShopInfo,
                 runner: TaskRunner, settings: QSettings | None = None, *,
                 schema_revision: str | None = None, demo: DemoGenerator | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self._purchases = purchases
        self._shop = shop
        self._runner = runner
        self._settings = settings if settings is not None else QSettings()
        self._schema_revision = schema_revision
        self._demo = demo
        self._select_customer_id: int | None = None
        self._select_after_load = True
        self._open_when_loaded = False

        self.setObjectName("mainWindow")
        self.setWindowTitle(shop.name)
        self._build_search_page()
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._restore_settings()
        self.show_search(select_text=False)
        self.search_model.set_query("")  # first page only; more loads while scrolling

    # -- building ------------------------------------------------------------------------

    def _build_search_page(self) -> None:
        self.search_edit = QLineEdit(objectName="searchBox")
        self.search_edit.setPlaceholderText(self.tr("Search name, phone, email, company…"))
        self.search_edit.setAccessibleName(self.tr("Search customers"))
        self.search_edit.setToolTip(self.tr("Type any part of a name, phone number, email address, company "
                                            "or city. Up/Down choose, Enter opens. (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        font = self.search_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_edit.setFont(font)
        self.search_edit.setMinimumHeight(self.search_edit.sizeHint().height() + 6)
        self.search_edit.textChanged.connect(self._search_text_changed)
        self.search_edit.returnPressed.connect(self.open_current)
        self.search_edit.installEventFilter(self)

        self.search_model = CustomerSearchModel(self._fetch, self._runner, self)
        self.search_model.page_loaded.connect(self._page_loaded)
        self.search_model.loading_started.connect(self._update_count)
        self.search_model.failed.connect(self._search_failed)
        self.search_model.rowsInserted.connect(self._update_count)

        self.results = ResultsView()
        self.results.setModel(self.search_model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.open_requested.connect(self._open_index)
        header = self.results.horizontalHeader()
        for column, width in ((COL_NAME, 260), (COL_MOBILE, 150), (COL_EMAIL, 270), (COL_COMPANY, 190),
                              (COL_CITY, 120)):
            header.resizeSection(column, width)

        self.empty_hint = QLabel(objectName="emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_hint.setVisible(False)

        self.search_page = QWidget(objectName="searchPage")
        layout = QVBoxLayout(self.search_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty_hint)

    def _build_pages(self) -> None:
        # The customer page and the pickup list are built when first needed: start-up only
        # pays for the search page.
        self._panel: CustomerPanel | None = None
        self._pickup: PickupView | None = None

        self.stack = QStackedWidget(objectName="pages")
        self.stack.addWidget(self.search_page)
        self.stack.currentChanged.connect(lambda _i: self._update_actions())

        self.new_button = QToolButton(objectName="newCustomerButton")
        self.pickup_button = QToolButton(objectName="pickupButton")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.pickup_button)

        central = QWidget(objectName="central")
        layout = QVBoxLayout(central)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    @property
    def panel(self) -> CustomerPanel:
        """The customer page (form and history), created on first use."""
        if self._panel is None:
            from .customer_panel import CustomerPanel

            panel = CustomerPanel(self._customers, self._purchases, self._shop, self._runner)
            panel.back_requested.connect(lambda: self.show_search())
            panel.saved.connect(self._customer_saved)
            panel.loaded.connect(self._customer_loaded)
            panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            panel.history.changed.connect(self._history_changed)
            state = self._settings.value(f"{SETTINGS_GROUP}/customerSplitter")
            if isinstance(state, QByteArray) and not state.isEmpty():
                panel.splitter.restoreState(state)
            self.stack.addWidget(panel)
            self._panel = panel
        return self._panel

    @property
    def pickup(self) -> PickupView:
        """The list of tickets ready for pickup, created on first use."""
        if self._pickup is None:
            from .pickup_view import PickupView

            pickup = PickupView(self._purchases, self._runner)
            pickup.customer_requested.connect(self.open_customer)
            self.stack.addWidget(pickup)
            self._pickup = pickup
        return self._pickup

    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        if widget is not None and widget is self._panel:
            return PAGE_CUSTOMER
        if widget is not None and widget is self._pickup:
            return PAGE_PICKUP
        return PAGE_SEARCH

    def _show_page(self, page: str) -> None:
        widget = {PAGE_SEARCH: lambda: self.search_page, PAGE_CUSTOMER: lambda: self.panel,
                  PAGE_PICKUP: lambda: self.pickup}[page]()
        self.stack.setCurrentWidget(widget)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        tr = self.tr
        self.act_find = self._action(tr("&Find customer"), self.focus_search, "Ctrl+F",
                                     tr("Go to the search box"))
        self.act_new = self._action(tr("&New customer"), self.new_customer, "Ctrl+N",
                                    tr("Add a customer, starting from what is typed in the search box"))
        self.act_save = self._action(tr("&Save customer"), self.save_customer, "Ctrl+S",
                                     tr("Save the open customer"))
        self.act_back = self._action(tr("&Back to search"), self.go_back, "Esc",
                                     tr("Back to the search results"))
        self.act_pickup = self._action(tr("&Ready for pickup"), self.show_pickup, "Ctrl+R",
                                       tr("Tickets that are ready and waiting to be collected"))
        self.act_refresh = self._action(tr("Re&fresh"), self.refresh, "F5", tr("Load the current view again"))
        self.act_demo = self._action(tr("Generate &demo data…"), self.generate_demo_data, None,
                                     tr("Fill a trial register with made-up customers and purchases"))
        self.act_demo.setVisible(self._demo is not None)
        self.act_quit = self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_shortcuts = self._action(tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.act_about = self._action(tr("&About kundereg"), self.show_about)
        self.new_button.setDefaultAction(self.act_new)
        self.pickup_button.setDefaultAction(self.act_pickup)
        for button, action in ((self.new_button, self.act_new), (self.pickup_button, self.act_pickup)):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.iconText())
            button.setToolTip(f"{action.iconText()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setMinimumHeight(self.search_edit.minimumHeight())
            button.setAutoRaise(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new, self.act_save])
        file_menu.addSeparator()
        file_menu.addAction(self.act_demo)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.act_find, self.act_back, self.act_pickup])
        view_menu.addSeparator()
        view_menu.addAction(self.act_refresh)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_shortcuts, self.act_about])

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(objectName="resultCount")
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.statusBar().addWidget(self.count_label, 1)
        shop_label = QLabel(self._shop.name)
        shop_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.statusBar().addPermanentWidget(shop_label)
        self.statusBar().setSizeGripEnabled(True)

    # -- settings ------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            geometry = s.value("geometry")
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
            else:
                self.resize(*DEFAULT_SIZE)
            for key, restore in (("state", self.restoreState),
                                 ("resultsHeader", self.results.horizontalHeader().restoreState)):
                value = s.value(key)
                if isinstance(value, QByteArray) and not value.isEmpty():
                    restore(value)
        finally:
            s.endGroup()

    def save_settings(self) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        s.setValue("resultsHeader", self.results.horizontalHeader().saveState())
        if self._panel is not None:  # else keep what an earlier session saved
            s.setValue("customerSplitter", self._panel.splitter.saveState())
        s.endGroup()
        s.sync()

    # -- searching -----------------------------------------------------------------------

    def _fetch(self, text: str, offset: int, limit: int):
        """Runs on a worker thread (through the search model)."""
        return self._customers.search(text, limit=limit, offset=offset)

    def _search_text_changed(self, text: str) -> None:
        if self.current_page() != PAGE_SEARCH:
            self._show_page(PAGE_SEARCH)
        self._select_customer_id = None
        self._select_after_load = True
        self._open_when_loaded = False
        self.search_model.set_query(text)

    def _page_loaded(self) -> None:
        if self._select_after_load:
            self._select_after_load = False
            row = -1
            if self._select_customer_id is not None:
                row = self.search_model.row_of(self._select_customer_id)
            if row < 0 and self.search_model.rowCount() > 0:
                row = 0
            if row >= 0:
                self.results.setCurrentIndex(self.search_model.index(row, COL_NAME))
                self.results.scrollTo(self.search_model.index(row, COL_NAME))
        self._update_count()
        if self._open_when_loaded:
            self._open_when_loaded = False
            if self.current_page() == PAGE_SEARCH:
                self.open_current()

    def _search_failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Search failed: {reason}").format(reason=error_text(exc)))

    def _update_count(self) -> None:
        model = self.search_model
        rows = model.rowCount()
        text = self.search_edit.text().strip()
        if model.loading and rows == 0:
            self.count_label.setText(self.tr("Searching…"))
            self.empty_hint.setVisible(False)
            return
        if rows == 0:
            self.count_label.setText(self.tr("No customers found") if text else self.tr("No customers yet"))
            if text:
                self.empty_hint.setText(self.tr("No customer matches “{text}”.\nPress Ctrl+N to add a new "
                                                "customer with what you typed.").format(text=text))
            else:
                self.empty_hint.setText(self.tr("The register has no customers yet.\nPress Ctrl+N to add "
                                                "the first one."))
            self.empty_hint.setVisible(True)
            return
        self.empty_hint.setVisible(False)
        if model.has_more:
            self.count_label.setText(self.tr("{count}+ customers").format(count=rows))
        elif rows == 1:
            self.count_label.setText(self.tr("1 customer"))
        else:
            self.count_label.setText(self.tr("%n customers", "", rows))

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.search_model.hit(index.row())
        if hit is not None:
            self.open_customer(hit.id)

    def open_current(self) -> None:
        """Enter in the search box: open the highlighted row, or the first one."""
        index = self.results.currentIndex()
        if not index.isValid() and self.search_model.rowCount() > 0:
            index = self.search_model.index(0, COL_NAME)
        if index.isValid():
            self._open_index(index)
        elif self.search_model.loading:
            self._open_when_loaded = True  # Enter typed before the results came: open the first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                if self.current_page() != PAGE_SEARCH:
                    self._show_page(PAGE_SEARCH)
                QCoreApplication.sendEvent(self.results, event)
                return True
        return super().eventFilter(watched, event)

    # -- navigation ----------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected, results in view."""
        self.show_search()

    def show_search(self, select_text: bool = True) -> None:
        self._show_page(PAGE_SEARCH)
        customer = self._panel.customer if self._panel is not None else None
        if customer is not None:
            row = self.search_model.row_of(customer.id)
            if row >= 0:
                self.results.setCurrentIndex(self.search_model.index(row, COL_NAME))
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if select_text:
            self.search_edit.selectAll()

    def go_back(self) -> None:
        """Esc: back to the search; on the search page a second Esc clears the text."""
        if self.current_page() == PAGE_SEARCH and self.search_edit.hasFocus():
            edit = self.search_edit
            if edit.text() and edit.selectedText() == edit.text():
                edit.clear()
                return
        self.show_search()

    def open_customer(self, customer_id: int) -> None:
        current = self._panel.customer if self._panel is not None else None
        same = current is not None and current.id == customer_id
        if not same and not self._may_discard():
            self._show_page(PAGE_CUSTOMER)
            return
        self._show_page(PAGE_CUSTOMER)
        if not (same and self.panel.is_dirty()):
            self.panel.open_customer(customer_id)
        self.panel.focus_first_field()

    def new_customer(self) -> None:
        """Ctrl+N: a new customer prefilled from the search text."""
        if not self._may_discard():
            self._show_page(PAGE_CUSTOMER)
            return
        text = self.search_edit.text() if self.current_page() == PAGE_SEARCH else ""
        from .customer_panel import prefill_from_search

        self.panel.new_customer(prefill_from_search(text))
        self._show_page(PAGE_CUSTOMER)
        self.panel.focus_first_field()

    def save_customer(self) -> None:
        if self.current_page() == PAGE_CUSTOMER:
            self.panel.save()

    def show_pickup(self) -> None:
        self._show_page(PAGE_PICKUP)
        self.pickup.refresh()
        target = self.pickup.focusProxy() or getattr(self.pickup, "filter_edit", None) or self.pickup
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        page = self.current_page()
        if page == PAGE_SEARCH:
            self._select_after_load = True
            self.search_model.refresh()
        elif page == PAGE_PICKUP:
            self.pickup.refresh()
        elif page == PAGE_CUSTOMER and self.panel.customer is not None and self._may_discard():
            self.panel.reload()

    def _may_discard(self) -> bool:
        """True when there are no unsaved edits, or the user agreed to drop them."""
        if self._panel is None or not self._panel.is_dirty():
            return True
        self._show_page(PAGE_CUSTOMER)
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The customer you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _update_actions(self) -> None:
        page = self.current_page()
        self.act_save.setEnabled(page == PAGE_CUSTOMER)
        self.count_label.setVisible(page == PAGE_SEARCH)  # the count belongs to the results

    # -- reactions -----------------------------------------------------------------------

    def _customer_saved(self, customer: Customer) -> None:
        self._select_customer_id = customer.id
        self._select_after_load = True
        self.search_model.refresh()

    def _customer_loaded(self, customer: Customer | None) -> None:
        if customer is not None:
            self._select_customer_id = customer.id

    def _history_changed(self) -> None:
        if self._pickup is not None and self.current_page() == PAGE_PICKUP:
            self._pickup.refresh()

    # -- demo data -----------------------------------------------------------------------

    def generate_demo_data(self) -> None:
        if self._demo is None:
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("Generate demo data"),
            self.tr("How many made-up customers (with purchases) to add?\n"
                    "Use this only on a trial register: the customers cannot be told apart from real ones."),
            1000, 1, 200_000, 100)
        if not ok:
            return
        demo, seed = self._demo, random.randrange(1, 1_000_000)
        self.start_demo(lambda progress: demo(count, seed, progress))

    def start_demo(self, work: Callable[[Progress], Any]):
        def done(stats: Any) -> None:
            self.statusBar().showMessage(self.tr("Added {customers} customers and {purchases} purchases.").format(
                customers=getattr(stats, "customers", "?"), purchases=getattr(stats, "purchases", "?")), 8000)
            self.refresh_all()

        def cancelled() -> None:
            self.statusBar().showMessage(self.tr("Demo data cancelled; nothing was added."), 8000)

        return run_with_progress(self, self._runner, self.tr("Generating demo data"), work, done,
                                 on_cancelled=cancelled, label=self.tr("Adding customers"))

    def refresh_all(self) -> None:
        self._select_after_load = True
        self.search_model.refresh()
        if self._pickup is not None and self.current_page() == PAGE_PICKUP:
            self._pickup.refresh()

    # -- help ----------------------------------------------------------------------------

    def about_text(self) -> str:
        return self.tr("<h3>kundereg {version}</h3>"
                       "<p>Customer register for small Nordic shops.</p>"
                       "<p>Shop: {shop} ({country})<br>Register schema: {schema}</p>").format(
            version=__version__, shop=_html(self._shop.name), country=self._shop.country,
            schema=self._schema_revision or self.tr("unknown"))

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About kundereg"), self.about_text())

    def shortcuts_text(self) -> str:
        rows = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.iconText())
                for a in (self.act_find, self.act_new, self.act_save, self.act_back, self.act_pickup,
                          self.act_refresh)]
        rows.insert(1, (self.tr("Up / Down"), self.tr("Choose a customer in the results")))
        rows.insert(2, (self.tr("Enter"), self.tr("Open the chosen customer (or the first one)")))
        body = "".join(f"<tr><td><b>{_html(k)}</b>&nbsp;&nbsp;</td><td>{_html(t)}</td></tr>" for k, t in rows)
        return f"<table>{body}</table>"

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_text())

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        self.save_settings()
        self._runner.wait(5000)
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
