"""The search page: the search box, the ranked results and the counts and hints about them.

The box itself sits in the window's top bar (beside New and Pickup); this module owns it
and its keyboard: Up/Down/PageUp/PageDown in the box move through the results, Enter opens
the highlighted (or first) customer, also when typed before the results arrived. Nothing
is searched until someone is logged in (``set_fetch``); what was typed meanwhile is kept.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from .errors import error_text
from .search_model import COL_COMPANY, COL_EMAIL, COL_MOBILE, COL_NAME, CustomerSearchModel
from .session import SessionHolder
from .workers import TaskRunner

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..services.access import StaffSession
    from ..services.customers import CustomerService


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


class SearchPage(QWidget):
    """Results for what is typed in ``edit``, searched as the staff member of ``session``."""

    open_requested = Signal(int, str)   # customer id, display name
    text_edited = Signal()              # the query changed: the results are what to show now
    results_wanted = Signal()           # Up/Down in the box while another page shows

    def __init__(self, runner: TaskRunner, session: SessionHolder, is_current: Callable[[], bool],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="searchPage")
        self._session = session
        self._is_current = is_current  # the window shows this page (not a customer, login or lock)
        self._select_customer_id: int | None = None
        self._select_after_load = True
        self._open_when_loaded = False
        self.return_to_id: int | None = None  # the customer just left, to highlight in the results

        self.edit = QLineEdit(objectName="searchBox")
        self.edit.setPlaceholderText(self.tr("Search name, phone, email, company…"))
        self.edit.setAccessibleName(self.tr("Search customers"))
        self.edit.setToolTip(self.tr("Type any part of a name, phone number, email address, company "
                                     "or city. Up/Down choose, Enter opens. (Ctrl+F)"))
        self.edit.setClearButtonEnabled(True)
        font = self.edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.edit.setFont(font)
        self.edit.setMinimumHeight(self.edit.sizeHint().height() + 6)
        self.edit.textChanged.connect(self._text_changed)
        self.edit.returnPressed.connect(self.open_current)
        self.edit.installEventFilter(self)

        self.model = CustomerSearchModel(None, runner, self)  # fetch: set at login
        self.model.page_loaded.connect(self._page_loaded)
        self.model.loading_started.connect(self.update_count)
        self.model.failed.connect(self._failed)
        self.model.rowsInserted.connect(self.update_count)

        self.results = ResultsView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.open_requested.connect(self._open_index)
        header = self.results.horizontalHeader()
        for column, width in ((COL_NAME, 300), (COL_MOBILE, 160), (COL_EMAIL, 260), (COL_COMPANY, 220)):
            header.resizeSection(column, width)

        self.empty_hint = QLabel(objectName="emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_hint.setVisible(False)
        self.count_label = QLabel(objectName="resultCount")  # shown in the window's status bar
        self.count_label.setAccessibleName(self.tr("Number of results"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty_hint)

    # -- the register ---------------------------------------------------------------------

    def show_opening(self) -> None:
        """Before the register is open: say so where the results and the count go."""
        text = self.tr("Opening the register…")
        self.count_label.setText(text)
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(True)

    def attached(self) -> None:
        self.count_label.clear()
        self.empty_hint.setVisible(False)

    def start(self, customers: CustomerService, staff: StaffSession, text: str) -> None:
        """Search as ``staff`` from now on, starting with ``text``."""
        self.model.set_fetch(_search_fetch(customers, staff))
        self._select_after_load = True
        self.model.set_query(text)

    def stop(self) -> None:
        """Nobody may search (logged out, locked, register being restored)."""
        self.model.set_fetch(None)

    def clear(self) -> None:
        """Forget every result, the text and what was to be selected (lock, user switch)."""
        self._select_customer_id = self.return_to_id = None
        self._open_when_loaded = False
        self.edit.blockSignals(True)
        self.edit.clear()
        self.edit.blockSignals(False)
        self.model.clear()
        self.model.set_fetch(None)
        self.count_label.clear()
        self.empty_hint.clear()
        self.empty_hint.setVisible(False)

    def refresh(self, select_id: int | None = None) -> None:
        """Search again (after a change); ``select_id``: the customer to highlight then."""
        if select_id is not None:
            self._select_customer_id = select_id
        self._select_after_load = True
        self.model.refresh()

    def remember(self, customer_id: int) -> None:
        """The customer shown now: highlighted when the results load again."""
        self._select_customer_id = customer_id

    def highlight(self, customer_id: int | None) -> None:
        if customer_id is not None:
            row = self.model.row_of(customer_id)
            if row >= 0:
                self.results.setCurrentIndex(self.model.index(row, COL_NAME))

    def name_of(self, customer_id: int) -> str | None:
        row = self.model.row_of(customer_id)
        hit = self.model.hit(row) if row >= 0 else None
        return hit.display_name if hit is not None and hit.display_name else None

    # -- typing and loading ---------------------------------------------------------------

    def _text_changed(self, text: str) -> None:
        self.text_edited.emit()
        self._select_customer_id = self.return_to_id = None
        self._select_after_load = True
        self._open_when_loaded = False
        if self._session.active:  # else the text is searched once someone has logged in
            self.model.set_query(text)

    def _page_loaded(self) -> None:
        if self._select_after_load:
            self._select_after_load = False
            row = -1
            if self._select_customer_id is not None:
                row = self.model.row_of(self._select_customer_id)
            if row < 0 and self.model.rowCount() > 0:
                row = 0
            if row >= 0:
                self.results.setCurrentIndex(self.model.index(row, COL_NAME))
                self.results.scrollTo(self.model.index(row, COL_NAME))
        self.update_count()
        if self._open_when_loaded:
            self._open_when_loaded = False
            if self._is_current():
                self.open_current()

    def _failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Search failed: {reason}").format(reason=error_text(exc)))

    def update_count(self) -> None:
        if not self._session.active:
            return
        model = self.model
        rows = model.rowCount()
        text = self.edit.text().strip()
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
        hit = self.model.hit(index.row())
        if hit is not None:
            self.open_requested.emit(hit.id, hit.display_name or "")

    def open_current(self) -> None:
        """Enter in the search box: open the highlighted row, or the first one."""
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount() > 0:
            index = self.model.index(0, COL_NAME)
        if index.isValid():
            self._open_index(index)
        elif self.model.loading or not self._session.active:
            self._open_when_loaded = True  # Enter typed before the results came: open the first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.results_wanted.emit()
                QCoreApplication.sendEvent(self.results, event)
                return True
        return super().eventFilter(watched, event)


def _search_fetch(customers: CustomerService, staff: StaffSession) -> Callable:
    """The search model's fetch, bound to the staff member logged in when it was made."""
    def fetch(text: str, offset: int, limit: int):
        return customers.search(staff, text, limit=limit, offset=offset)
    return fetch
