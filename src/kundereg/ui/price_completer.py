"""Completion of order-line text from the price list, for the order dialog.

``PriceCompleterModel`` is a Qt list model of the items matching what was typed (folded prefix,
then word prefix: services.prices.lookup); ``make_completer(items, line_edit, on_pick)`` wires a
``QCompleter`` to a line edit and calls ``on_pick(item)`` with the chosen ``PriceItem`` so the
dialog can fill the price (and the due date from ``due_days``). The items are read once by the
caller (``PriceService.items``, off the GUI thread if it likes): typing runs no SQL.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from ..domain.prices import PriceItem
from ..services.prices import lookup

ItemRole = Qt.ItemDataRole.UserRole + 1


class PriceCompleterModel(QAbstractListModel):
    def __init__(self, items: list[PriceItem], parent: QObject | None = None, limit: int = 10) -> None:
        super().__init__(parent)
        self._items = list(items)
        self._shown: list[PriceItem] = []
        self._limit = limit

    def set_items(self, items: list[PriceItem]) -> None:
        self._items = list(items)
        self.filter("")

    def filter(self, typed: str) -> None:
        self.beginResetModel()
        self._shown = lookup(self._items, typed, self._limit)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        item = self._shown[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return item.name
        if role == ItemRole:
            return item
        return None

    def item_named(self, name: str) -> PriceItem | None:
        return next((i for i in self._items if i.name == name), None)


def make_completer(items: list[PriceItem], line_edit: QLineEdit,
                   on_pick: Callable[[PriceItem], None]) -> QCompleter:
    """A completer on ``line_edit`` over ``items``; ``on_pick`` gets the chosen item."""
    model = PriceCompleterModel(items, line_edit)
    completer = QCompleter(model, line_edit)
    # The model does the matching (folded, word starts); the completer shows what it offers.
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    line_edit.textEdited.connect(model.filter)
    line_edit.setCompleter(completer)

    def picked(name: str) -> None:
        item = model.item_named(name)
        if item is not None:
            on_pick(item)

    completer.activated[str].connect(picked)
    return completer
