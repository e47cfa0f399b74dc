"""The owner's price list: a table to edit, add and delete items, CSV import and export, presets.

Every change goes through ``services.prices.PriceService`` (role, VAT rates, unique names); the
table only shows what the service returned and the service's reason when it refuses.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QDialog, QDoubleSpinBox, QFileDialog, QFormLayout, QHBoxLayout, QLineEdit,
                               QPushButton, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.prices import UNITS, PriceItem, PriceKind
from ..services.access import StaffSession
from ..services.prices import PriceService
from .errors import error_text
from .formatting import format_amount
from .widgets import ErrorLabel

_N = QT_TRANSLATE_NOOP
KIND_TEXTS = {PriceKind.SERVICE: _N("PriceList", "Service"), PriceKind.GOODS: _N("PriceList", "Goods")}
PRESET_TEXTS = {"dry_cleaner": _N("PriceList", "Dry cleaner"), "b2b_supplier": _N("PriceList", "Building supplier")}


class PriceListDialog(QDialog):
    COLUMNS = 5

    def __init__(self, prices: PriceService, staff: StaffSession, language: str = "en",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prices, self._staff, self._language = prices, staff, language
        self._items: list[PriceItem] = []
        self.setWindowTitle(self.tr("Price list"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("Name"), self.tr("Price"), self.tr("VAT %"), self.tr("Unit"),
                                              self.tr("Due after (days)")])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.itemSelectionChanged.connect(self._selected)

        self.name = QLineEdit()
        self.price = QDoubleSpinBox()
        self.price.setRange(0, 10_000_000)
        self.price.setDecimals(2)
        self.vat = QDoubleSpinBox()
        self.vat.setRange(0, 99)
        self.vat.setDecimals(2)
        self.vat.setValue(25)
        self.unit = QComboBox()
        for unit in UNITS:
            self.unit.addItem(unit, unit)
        self.kind = QComboBox()
        for kind, text in KIND_TEXTS.items():
            self.kind.addItem(QCoreApplication.translate("PriceList", text), kind.value)
        self.due_days = QSpinBox()
        self.due_days.setRange(-1, 365)
        self.due_days.setSpecialValueText(self.tr("none"))
        self.due_days.setValue(-1)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Price"), self.price)
        form.addRow(self.tr("VAT %"), self.vat)
        form.addRow(self.tr("Unit"), self.unit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Due after (days)"), self.due_days)

        self.save_button = QPushButton(self.tr("Save item"))
        self.new_button = QPushButton(self.tr("New item"))
        self.delete_button = QPushButton(self.tr("Delete item"))
        self.import_button = QPushButton(self.tr("Import CSV…"))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.preset = QComboBox()
        for key, text in PRESET_TEXTS.items():
            self.preset.addItem(QCoreApplication.translate("PriceList", text), key)
        self.preset_button = QPushButton(self.tr("Add preset items"))
        self.save_button.clicked.connect(self.save_item)
        self.new_button.clicked.connect(self._new)
        self.delete_button.clicked.connect(self.delete_item)
        self.import_button.clicked.connect(lambda: self.import_csv())
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.preset_button.clicked.connect(self.add_preset)
        row = QHBoxLayout()
        for button in (self.save_button, self.new_button, self.delete_button):
            row.addWidget(button)
        files = QHBoxLayout()
        for widget in (self.import_button, self.export_button, self.preset, self.preset_button):
            files.addWidget(widget)
        self.error = ErrorLabel(self.tr("Problem"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addLayout(files)
        layout.addWidget(self.error)
        self.reload()

    def reload(self) -> None:
        self._items = self._prices.items(self._staff)
        self.table.setRowCount(len(self._items))
        for r, item in enumerate(self._items):
            for c, text in enumerate((item.name, format_amount(item.price_minor), item.vat_percent, item.unit,
                                      "" if item.due_days is None else str(item.due_days))):
                self.table.setItem(r, c, QTableWidgetItem(text))

    def _current(self) -> PriceItem | None:
        row = self.table.currentRow()
        return self._items[row] if 0 <= row < len(self._items) and self.table.selectedItems() else None

    def _selected(self) -> None:
        item = self._current()
        if item is None:
            return
        self.name.setText(item.name)
        self.price.setValue(item.price_minor / 100)
        self.vat.setValue(item.vat_rate_bp / 100)
        self.unit.setCurrentIndex(self.unit.findData(item.unit))
        self.kind.setCurrentIndex(self.kind.findData(item.kind.value))
        self.due_days.setValue(-1 if item.due_days is None else item.due_days)

    def _new(self) -> None:
        self.table.clearSelection()
        self.name.clear()
        self.price.setValue(0)

    def _run(self, action) -> bool:
        try:
            action()
        except Exception as exc:  # the service's verdict, translated
            self.error.show_message(error_text(exc))
            return False
        self.error.clear_message()
        self.reload()
        return True

    def save_item(self) -> bool:
        current = self._current()
        item = PriceItem(name=self.name.text(), price_minor=round(self.price.value() * 100),
                         vat_rate_bp=round(self.vat.value() * 100), kind=PriceKind(self.kind.currentData()),
                         unit=self.unit.currentData(), due_days=None if self.due_days.value() < 0
                         else self.due_days.value(), id=current.id if current else None)
        return self._run(lambda: self._prices.save(self._staff, item))

    def delete_item(self) -> bool:
        current = self._current()
        return current is not None and self._run(lambda: self._prices.delete(self._staff, current.id))

    def add_preset(self) -> bool:
        return self._run(lambda: self._prices.apply_preset(self._staff, self.preset.currentData(), self._language))

    def import_csv(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import price list"), "", self.tr("CSV (*.csv)"))
            if not path:
                return False
        report = []

        def run():
            report.append(self._prices.import_csv(self._staff, Path(path).read_text(encoding="utf-8-sig")))

        if not self._run(run):
            return False
        result = report[0]
        if result.errors:
            self.error.show_message(self.tr("%n line(s) could not be imported; the first: line {line}: {problem}",
                                            "", len(result.errors)).format(line=result.errors[0][0],
                                                                            problem=result.errors[0][1]))
        return True

    def export_csv(self, path: str | None = None) -> bool:
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export price list"), "prices.csv",
                                                  self.tr("CSV (*.csv)"))
            if not path:
                return False
        from ..services.files import write_bytes_atomically

        return self._run(lambda: write_bytes_atomically(
            path, self._prices.export_csv(self._staff).encode("utf-8")))


def open_price_list(parent: QWidget | None, prices: PriceService, staff: StaffSession, language: str = "en") -> int:
    """The one call for the Settings menu."""
    return PriceListDialog(prices, staff, language, parent).exec()
