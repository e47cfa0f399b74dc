"""Small pieces every dialog and view of the register shares: field error marking, the error
label under a field, date formats, sorted tables and their look, section labels, the OK/Cancel
box and F5.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView,
                               QWidget)

from . import formatting

INVALID_STYLE = "border: 1px solid #b3261e; border-radius: 3px; padding: 1px 2px; background: #fff5f5;"
ERROR_STYLE = "color: #b3261e;"


def mark_invalid(widget: QWidget, message: str) -> None:
    """Red frame, the reason as tooltip and as accessible description (read by screen readers)."""
    if not widget.property("invalid"):
        widget.setProperty("plainToolTip", widget.toolTip())
        widget.setProperty("plainDescription", widget.accessibleDescription())
    widget.setProperty("invalid", True)
    widget.setStyleSheet(INVALID_STYLE)
    widget.setToolTip(message)
    widget.setAccessibleDescription(message)


def clear_invalid(widget: QWidget) -> None:
    if widget.property("invalid"):
        widget.setProperty("invalid", False)
        widget.setStyleSheet("")
        widget.setToolTip(widget.property("plainToolTip") or "")
        widget.setAccessibleDescription(widget.property("plainDescription") or "")


def is_invalid(widget: QWidget) -> bool:
    return bool(widget.property("invalid"))


class ErrorLabel(QLabel):
    """The reason a field was refused, shown right under it; hidden while there is none."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def qt_date_format(locale: str | None = None) -> str:
    """Babel's short date pattern as a QDateEdit display format with a four-digit year."""
    from babel import Locale

    pattern = Locale.parse(locale or formatting.current_locale()).date_formats["short"].pattern
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "y").replace("y", "yyyy")
    return pattern


def configure_table(view: QTableView, stretch_column: int) -> None:
    """Shared look of the register's tables: whole rows, compact, sortable, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setSortingEnabled(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setResizeContentsPrecision(200)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(48)
    fit_columns(view)


def sorted_table(parent: QWidget, model: QAbstractItemModel, accessible_name: str, stretch_column: int,
                 sort_column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
                 selection: QAbstractItemView.SelectionMode | None = None,
                 proxy: QSortFilterProxyModel | None = None) -> tuple[QTableView, QSortFilterProxyModel]:
    """A table over ``model`` through a proxy that sorts by the models' ``SORT_ROLE``, in the
    shared look (``configure_table``), sorted by ``sort_column`` (-1: the model's own order)."""
    from .purchase_models import SORT_ROLE

    proxy = proxy if proxy is not None else QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table = QTableView(parent)
    table.setModel(proxy)
    table.setAccessibleName(accessible_name)
    if selection is not None:
        table.setSelectionMode(selection)
    configure_table(table, stretch_column)
    table.sortByColumn(sort_column, order)
    return table, proxy


def fit_columns(view: QTableView, padding: int = 18) -> None:
    """Size the fixed columns to their contents plus some air; the stretch column takes the rest."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch:
            continue
        width = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        header.resizeSection(column, width + padding)


def section_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setBuddy(buddy)
    return label


def dialog_buttons(dialog: QDialog, ok_text: str, ok_name: str) -> QDialogButtonBox:
    """OK (in the action's own words) and Cancel, named for screen readers, wired to the dialog."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    ok.setText(ok_text)
    ok.setAccessibleName(ok_name)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("Dialog", "Cancel"))
    cancel.setAccessibleName(QCoreApplication.translate("Dialog", "Cancel"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def refresh_shortcut(widget: QWidget, slot: Callable[[], None]) -> QShortcut:
    """F5 (the platform's Refresh key) while focus is anywhere inside ``widget``."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
