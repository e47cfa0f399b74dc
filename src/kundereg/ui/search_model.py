"""The customer search results as a lazily paged table model.

The model never reads the database. It calls a ``fetch(text, offset, limit)`` function
through the ``TaskRunner`` (off the GUI thread), one request at a time:

* every ``set_query`` starts a new *generation*; a page that arrives for an older
  generation is dropped and the newest query is fetched instead, so fast typing never
  piles up queries and never shows results for text that is no longer in the box;
* pages hold ``PAGE_SIZE`` rows; one extra row is asked for to know whether there are
  more, and ``canFetchMore``/``fetchMore`` load the next page when the view scrolls.

What a row shows is decided in one place, ``row_cells``: the name, the company and the
mobile and email as the service masked them ('+47 ••• •• 567', 'k•••@example.no'). The
full record is shown only after the identity gate, never in the results.

``fetch`` is bound to the acting staff member by whoever installs it (``set_fetch``); it is
read on the GUI thread when a page is requested, so a page is always fetched as the person
who was logged in when it was asked for. Without a fetch (nobody logged in) nothing loads.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex,
                            QPersistentModelIndex, Qt, Signal)

from ..domain.text import fold
from .workers import Latest, TaskRunner

if TYPE_CHECKING:  # the window is built before the register (and these modules) are loaded
    from ..domain.records import CustomerHit

log = logging.getLogger(__name__)

Fetch = Callable[[str, int, int], Sequence["CustomerHit"]]
_Index = QModelIndex | QPersistentModelIndex

COL_NAME, COL_MOBILE, COL_EMAIL, COL_COMPANY = range(4)
COLUMN_TITLES = (
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Name"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Mobile"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Email"),
    QT_TRANSLATE_NOOP("CustomerSearchModel", "Company"),
)
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1
OBJECT_ROLE = int(Qt.ItemDataRole.UserRole) + 2
PAGE_SIZE = 100


def row_cells(hit: CustomerHit) -> tuple[str, ...]:
    """The text of each column for one hit, in column order. Runs on the worker thread."""
    return (hit.display_name, hit.masked_mobile or "", hit.masked_email or "", hit.company_name or "")


def _sort_key(hit: CustomerHit, column: int, cells: tuple[str, ...]) -> str:
    if column == COL_NAME:
        return fold(" ".join(p for p in (hit.last_name, hit.first_name, hit.company_name) if p))
    if column == COL_MOBILE:
        return hit.masked_mobile or ""
    return fold(cells[column])


class CustomerSearchModel(QAbstractTableModel):
    COL_NAME, COL_MOBILE, COL_EMAIL, COL_COMPANY = COL_NAME, COL_MOBILE, COL_EMAIL, COL_COMPANY
    SORT_ROLE = SORT_ROLE
    OBJECT_ROLE = OBJECT_ROLE
    PAGE_SIZE = PAGE_SIZE

    # Emitted after a page for the current query has been added (also when it was empty).
    page_loaded = Signal()
    # Emitted when fetching the current query failed; carries the exception.
    failed = Signal(object)
    # Emitted when a new query starts loading (the rows were just cleared).
    loading_started = Signal()

    def __init__(self, fetch: Fetch | None, runner: TaskRunner, parent=None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._runner = runner
        self._page_size = page_size
        self._text = ""
        self._pages = Latest(runner)  # a page for an older query is dropped
        self._hits: list[CustomerHit] = []
        self._cells: list[tuple[str, ...]] = []
        self._has_more = False
        self._loading = False   # the current generation waits for a page
        self._busy = False      # a request (of any generation) is with the runner
        self._started = False   # set_query was called at least once

    # -- queries -------------------------------------------------------------------------

    def set_query(self, text: str) -> None:
        """Show the results for ``text`` (replacing any current results)."""
        self._text = text
        self._pages.drop(cancel=False)  # the request in flight still returns (then the next one goes)
        self._started = True
        self.beginResetModel()
        self._hits.clear()
        self._cells.clear()
        self._has_more = False
        self._loading = True
        self.endResetModel()
        self.loading_started.emit()
        if not self._busy:
            self._request()

    def refresh(self) -> None:
        """Run the current query again (after a customer was saved, for example)."""
        self.set_query(self._text)

    def set_fetch(self, fetch: Fetch | None) -> None:
        """Fetch pages with ``fetch`` from now on (None: nobody may search; nothing loads)."""
        self._fetch = fetch

    def clear(self) -> None:
        """Forget the query and every row; a page still on its way is dropped (lock, logout)."""
        self._text = ""
        self._pages.drop(cancel=False)
        self._started = False
        self.beginResetModel()
        self._hits.clear()
        self._cells.clear()
        self._has_more = False
        self._loading = False
        self.endResetModel()

    def query(self) -> str:
        return self._text

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._has_more

    @property
    def started(self) -> bool:
        return self._started

    def hit(self, row: int) -> CustomerHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, customer_id: int) -> int:
        """The row showing ``customer_id`` among the loaded rows, or -1."""
        return next((i for i, h in enumerate(self._hits) if h.id == customer_id), -1)

    # -- paging --------------------------------------------------------------------------

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and self._has_more and not self._loading

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        if not self._busy:
            self._request()

    def _request(self) -> None:
        text, offset = self._text, len(self._hits)
        fetch, limit = self._fetch, self._page_size
        if fetch is None:  # nobody logged in
            self._loading = False
            self.page_loaded.emit()
            return

        def work(_progress) -> list[tuple[CustomerHit, tuple[str, ...]]]:
            return [(hit, row_cells(hit)) for hit in fetch(text, offset, limit + 1)]

        self._busy = True
        self._pages.submit(work, on_done=lambda rows: self._arrived(offset, rows), on_error=self._failed,
                           on_stale=self._next, cancel=False)

    def _arrived(self, offset: int, rows: list[tuple[CustomerHit, tuple[str, ...]]]) -> None:
        self._busy = False
        if offset != len(self._hits):
            self._next()
            return
        more = len(rows) > self._page_size
        rows = rows[:self._page_size]
        if rows:
            self.beginInsertRows(QModelIndex(), offset, offset + len(rows) - 1)
            self._hits.extend(hit for hit, _ in rows)
            self._cells.extend(cells for _, cells in rows)
            self.endInsertRows()
        self._has_more = more
        self._loading = False
        self.page_loaded.emit()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.warning("customer search failed (%s)", type(exc).__name__)
        self._has_more = False
        self._loading = False
        self.failed.emit(exc)

    def _next(self) -> None:
        """A stale page came back: fetch what the current query is waiting for, if anything."""
        self._busy = False
        if self._loading:
            self._request()

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_TITLES)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        row, column = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._cells[row][column] or None
        if role == OBJECT_ROLE:
            return self._hits[row]
        if role == SORT_ROLE:
            return _sort_key(self._hits[row], column, self._cells[row])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cells[row][column]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMN_TITLES):
            if role == Qt.ItemDataRole.DisplayRole:
                return QCoreApplication.translate("CustomerSearchModel", COLUMN_TITLES[section])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
