"""The "New order" dialog: description, item lines, optional fixed total, due date.

Keyboard first: the description has focus, Tab walks description -> each line's item,
quantity and unit price -> Add line -> fixed total -> due date -> OK. Alt+L adds a line and
puts the cursor in it; Ctrl+Delete removes the line the cursor is in. Invalid input is
marked at the field with the reason next to it, and the dialog stays open. With a
``submit`` callback the order is recorded from ``accept()``, so errors the service finds
are shown in the dialog as well.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QObject, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (QAbstractSpinBox, QCheckBox, QDateEdit, QDialog, QDialogButtonBox,
                               QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPushButton, QScrollArea, QSizePolicy, QSpinBox, QToolButton,
                               QVBoxLayout, QWidget)

from ..domain import validation as v
from ..domain.errors import KunderegError, ValidationError, ValidationErrors
from ..domain.records import Purchase, PurchaseInput, PurchaseLineInput
from ..services.shop import ShopInfo
from . import formatting
from .errors import error_text
from .widgets import ErrorLabel, clear_invalid, dialog_buttons, is_invalid, mark_invalid, qt_date_format

MAX_QUANTITY = 10_000
# A refused field: the widget to mark, the label to explain it in, the text, the error.
_Problem = tuple[QWidget, "ErrorLabel", str, ValidationError]
# -- item lines ------------------------------------------------------------------------------
class _LineRow(QObject):
    """The widgets of one item line; they live in the dialog's line grid."""

    def __init__(self, dialog: OrderDialog, parent: QWidget) -> None:
        super().__init__(dialog)
        self.description = QLineEdit(parent)
        self.description.setMaxLength(v.MAX_LEN["description"])
        self.quantity = QSpinBox(parent)
        self.quantity.setRange(1, MAX_QUANTITY)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.quantity.setFixedWidth(56)
        self.price = QLineEdit(parent)
        self.price.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.price.setPlaceholderText(self.tr("0,00"))
        self.price.setFixedWidth(96)
        self.amount = QLabel(parent)
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.amount.setMinimumWidth(96)
        self.remove = QToolButton(parent)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        # Removing is Ctrl+Delete from the keyboard, so Tab does not stop on every ✕.
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def inputs(self) -> tuple[QWidget, ...]:
        return (self.description, self.quantity, self.price)

    def widgets(self) -> tuple[QWidget, ...]:
        return (*self.inputs(), self.amount, self.remove)

    def is_blank(self) -> bool:
        return not self.description.text().strip() and not self.price.text().strip() \
            and self.quantity.value() == 1

    def set_number(self, n: int, dialog: OrderDialog) -> None:
        self.description.setAccessibleName(self.tr("Line {n} item").format(n=n))
        self.description.setAccessibleDescription(self.tr("Ctrl+Delete removes this line."))
        self.quantity.setAccessibleName(self.tr("Line {n} quantity").format(n=n))
        self.price.setAccessibleName(self.tr("Line {n} unit price").format(n=n))
        self.amount.setAccessibleName(self.tr("Line {n} amount").format(n=n))
        self.remove.setAccessibleName(self.tr("Remove line {n}").format(n=n))
        self.remove.setToolTip(self.tr("Remove line {n} (Ctrl+Delete)").format(n=n))

    def dispose(self) -> None:
        for widget in self.widgets():
            widget.hide()
            widget.deleteLater()
        self.deleteLater()


class OrderDialog(QDialog):
    """Collects a :class:`PurchaseInput`; with ``submit`` it records it before closing."""

    def __init__(self, shop: ShopInfo, parent: QWidget | None = None, *,
                 submit: Callable[[PurchaseInput], Purchase] | None = None,
                 default_due_days: int | None = 3, today: date | None = None,
                 locale: str | None = None) -> None:
        super().__init__(parent)
        self._shop = shop
        self._submit = submit
        self._locale = locale
        self._today = today or date.today()
        self._input: PurchaseInput | None = None
        self.purchase: Purchase | None = None  # what submit returned
        self._lines: list[_LineRow] = []
        self.setWindowTitle(self.tr("New order"))
        self.setAccessibleName(self.tr("New order"))
        self.setSizeGripEnabled(True)
        self._build(default_due_days)
        self.add_line(focus=False)
        self.description_edit.setFocus()
        self._update_total()
        self.resize(640, 420)

    # -- construction ------------------------------------------------------------------------
    def _build(self, default_due_days: int | None) -> None:
        layout = QVBoxLayout(self)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.description_edit = QLineEdit(self)
        self.description_edit.setMaxLength(v.MAX_LEN["description"])
        self.description_edit.setPlaceholderText(self.tr("What the order is about (optional with item lines)"))
        self.description_edit.setAccessibleName(self.tr("Order description"))
        self.description_edit.textEdited.connect(lambda: self._clear(self.description_edit, self.description_error))
        description_label = QLabel(self.tr("&Description:"), self)
        description_label.setBuddy(self.description_edit)
        self.description_error = ErrorLabel(self.tr("Description error"), self)
        desc_box = QVBoxLayout()
        desc_box.setSpacing(2)
        desc_box.addWidget(self.description_edit)
        desc_box.addWidget(self.description_error)
        form.addRow(description_label, desc_box)
        layout.addLayout(form)

        # Item lines: a header row and one grid row per line, in a scroll area.
        self._lines_host = QWidget(self)
        self._lines_host.setBackgroundRole(QPalette.ColorRole.Base)
        self._lines_host.setAutoFillBackground(True)
        self._grid = QGridLayout(self._lines_host)
        self._grid.setContentsMargins(6, 4, 6, 6)
        self._grid.setHorizontalSpacing(6)
        self._grid.setVerticalSpacing(4)
        self._grid.setColumnStretch(0, 1)
        self._item_header = QLabel(self.tr("&Item"), self._lines_host)
        self._qty_header = QLabel(self.tr("&Qty"), self._lines_host)
        self._price_header = QLabel(self.tr("Unit &price"), self._lines_host)
        amount_header = QLabel(self.tr("Amount"), self._lines_host)
        for header in (self._qty_header, self._price_header, amount_header):
            header.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for col, header in enumerate((self._item_header, self._qty_header, self._price_header, amount_header)):
            self._grid.addWidget(header, 0, col)
        self._grid.setRowStretch(1000, 1)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.StyledPanel)
        scroll.setWidget(self._lines_host)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout.addWidget(scroll, 1)
        self._scroll = scroll

        self.lines_error = ErrorLabel(self.tr("Item line error"), self)
        layout.addWidget(self.lines_error)

        line_buttons = QHBoxLayout()
        self.add_line_button = QPushButton(self.tr("Add &line"), self)
        self.add_line_button.setAccessibleName(self.tr("Add line"))
        self.add_line_button.setToolTip(self.tr("Add an item line (Alt+L)"))
        self.add_line_button.setAutoDefault(False)
        self.add_line_button.clicked.connect(lambda: self.add_line(focus=True))
        line_buttons.addWidget(self.add_line_button)
        line_buttons.addStretch(1)
        self.total_label = QLabel(self)
        self.total_label.setAccessibleName(self.tr("Order total"))
        self.total_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        total_font = self.total_label.font()
        total_font.setBold(True)
        total_font.setPointSizeF(total_font.pointSizeF() * 1.15)
        self.total_label.setFont(total_font)
        line_buttons.addWidget(self.total_label)
        layout.addLayout(line_buttons)

        remove_shortcut = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Delete), self)
        remove_shortcut.activated.connect(self._remove_focused_line)

        # Fixed total and due date.
        bottom = QFormLayout()
        bottom.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.total_edit = QLineEdit(self)
        self.total_edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.total_edit.setPlaceholderText(self.tr("sum of the lines"))
        self.total_edit.setAccessibleName(self.tr("Fixed total"))
        self.total_edit.setAccessibleDescription(self.tr("Leave empty to charge the sum of the lines."))
        self.total_edit.setFixedWidth(170)
        self.total_edit.textEdited.connect(lambda: self._clear(self.total_edit, self.total_error))
        self.total_edit.textChanged.connect(self._update_total)
        self.total_edit.editingFinished.connect(lambda: self._check_money(self.total_edit, "total",
                                                                          self.total_error, optional=True))
        total_label = QLabel(self.tr("Fixed &total:"), self)
        total_label.setBuddy(self.total_edit)
        self.total_error = ErrorLabel(self.tr("Total error"), self)
        total_box = QHBoxLayout()
        total_box.addWidget(self.total_edit)
        total_box.addWidget(QLabel(self._shop.currency, self))
        total_box.addWidget(self.total_error, 1)
        bottom.addRow(total_label, total_box)

        self.due_edit = QDateEdit(self)
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(qt_date_format(self._locale))
        self.due_edit.setMinimumDate(_qdate(self._today))
        self.due_edit.setDate(_qdate(self._today + timedelta(days=default_due_days or 0)))
        self.due_edit.setAccessibleName(self.tr("Due date"))
        self.due_edit.setFixedWidth(170)
        self.no_due_check = QCheckBox(self.tr("&No due date"), self)
        self.no_due_check.setAccessibleName(self.tr("No due date"))
        self.no_due_check.toggled.connect(lambda checked: self.due_edit.setEnabled(not checked))
        self.no_due_check.setChecked(default_due_days is None)
        due_label = QLabel(self.tr("D&ue date:"), self)
        due_label.setBuddy(self.due_edit)
        due_box = QHBoxLayout()
        due_box.addWidget(self.due_edit)
        due_box.addWidget(self.no_due_check)
        due_box.addStretch(1)
        bottom.addRow(due_label, due_box)
        layout.addLayout(bottom)

        self.general_error = ErrorLabel(self.tr("Error"), self)
        layout.addWidget(self.general_error)

        self.buttons = dialog_buttons(self, self.tr("&Record order"), self.tr("Record order"))
        layout.addWidget(self.buttons)

    # -- lines -------------------------------------------------------------------------------
    def add_line(self, description: str = "", quantity: int = 1, price: str = "", *,
                 focus: bool = True) -> _LineRow:
        row = _LineRow(self, self._lines_host)
        row.description.setText(description)
        row.quantity.setValue(quantity)
        row.price.setText(price)
        row.description.textEdited.connect(lambda: self._clear(row.description, self.lines_error))
        row.quantity.valueChanged.connect(self._update_total)
        row.price.textEdited.connect(lambda: self._clear(row.price, self.lines_error))
        row.price.textChanged.connect(self._update_total)
        row.price.editingFinished.connect(lambda: self._check_money(row.price, "unit_price", self.lines_error))
        row.remove.clicked.connect(lambda: self.remove_line(row))
        self._lines.append(row)
        self._relayout()
        if focus:
            row.description.setFocus()
            self._scroll.ensureWidgetVisible(row.description)
        self._update_total()
        return row

    def remove_line(self, row: _LineRow) -> None:
        if row not in self._lines:
            return
        index = self._lines.index(row)
        had_focus = any(w.hasFocus() for w in row.inputs())
        self._lines.remove(row)
        for widget in row.widgets():
            self._grid.removeWidget(widget)
        row.dispose()
        if not self._lines:
            self.add_line(focus=False)
        self._relayout()
        self._update_total()
        if had_focus:
            self._lines[min(index, len(self._lines) - 1)].description.setFocus()

    def line_rows(self) -> list[_LineRow]:
        return list(self._lines)

    def _remove_focused_line(self) -> None:
        for row in self._lines:
            if any(w.hasFocus() for w in row.inputs()):
                self.remove_line(row)
                return

    def _relayout(self) -> None:
        for row in self._lines:
            for widget in row.widgets():
                self._grid.removeWidget(widget)
        for n, row in enumerate(self._lines, start=1):
            for col, widget in enumerate(row.widgets()):
                self._grid.addWidget(widget, n, col)
            row.set_number(n, self)
        first = self._lines[0]
        self._item_header.setBuddy(first.description)
        self._qty_header.setBuddy(first.quantity)
        self._price_header.setBuddy(first.price)
        chain: list[QWidget] = [self.description_edit]
        for row in self._lines:
            chain.extend(row.inputs())
        chain += [self.add_line_button, self.total_edit, self.due_edit, self.no_due_check,
                  self.buttons.button(QDialogButtonBox.StandardButton.Ok),
                  self.buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # -- live feedback -----------------------------------------------------------------------
    def _money(self, minor: int) -> str:
        return formatting.format_money(minor, self._shop.currency, self._locale)

    def _update_total(self) -> None:
        total = 0
        complete = True
        for row in self._lines:
            text = row.price.text().strip()
            try:
                price = v.parse_money(text, "unit_price") if text else 0
            except ValidationError:
                row.amount.setText("–")
                complete = False
                continue
            amount = price * row.quantity.value()
            total += amount
            row.amount.setText(self._money(amount) if text else "")
        fixed = self.total_edit.text().strip()
        if fixed:
            try:
                total, complete = v.parse_money(fixed, "total"), True
            except ValidationError:
                complete = False
        self.total_label.setText(self.tr("Total: {amount}").format(
            amount=self._money(total) if complete else "–"))

    def _clear(self, widget: QWidget, label: ErrorLabel) -> None:
        clear_invalid(widget)
        if label is self.lines_error:
            still = [w for row in self._lines for w in row.inputs() if is_invalid(w)]
            if not still:
                label.clear_message()
        else:
            label.clear_message()
        self.general_error.clear_message()

    def _check_money(self, edit: QLineEdit, field: str, label: ErrorLabel, optional: bool = False) -> None:
        """Mark an amount as soon as the cursor leaves it, not while it is being typed."""
        text = edit.text().strip()
        if not text and (optional or field == "unit_price"):
            return
        try:
            v.parse_money(text, field)
        except ValidationError as exc:
            self._show(edit, label, self._line_prefix(edit) + error_text(exc))

    def _line_prefix(self, widget: QWidget) -> str:
        for n, row in enumerate(self._lines, start=1):
            if widget in row.inputs():
                return self.tr("Line {n}: ").format(n=n)
        return ""

    def _show(self, widget: QWidget, label: ErrorLabel, message: str) -> None:
        mark_invalid(widget, message)
        if label is self.lines_error and label.text() and label.isVisible() and message not in label.text():
            label.show_message(label.text() + "\n" + message)
        else:
            label.show_message(message)

    def _clear_all(self) -> None:
        for widget in (self.description_edit, self.total_edit, self.due_edit,
                       *(w for row in self._lines for w in row.inputs())):
            clear_invalid(widget)
        for label in (self.description_error, self.lines_error, self.total_error, self.general_error):
            label.clear_message()

    # -- result ------------------------------------------------------------------------------
    def _collect(self) -> tuple[PurchaseInput | None, list[_Problem]]:
        problems: list[_Problem] = []
        lines: list[PurchaseLineInput] = []
        for n, row in enumerate(self._lines, start=1):
            if row.is_blank():
                continue
            prefix = self.tr("Line {n}: ").format(n=n)
            ok = True
            try:
                text = v.text("description", row.description.text(), required=True)
            except ValidationError as exc:
                problems.append((row.description, self.lines_error, prefix + error_text(exc), exc))
                ok = False
            try:
                price = v.parse_money(row.price.text(), "unit_price")
            except ValidationError as exc:
                problems.append((row.price, self.lines_error, prefix + error_text(exc), exc))
                ok = False
            if ok:
                lines.append(PurchaseLineInput(text or "", row.quantity.value(), price))
        try:
            description = v.text("description", self.description_edit.text(), multiline=True)
        except ValidationError as exc:
            problems.append((self.description_edit, self.description_error, error_text(exc), exc))
            description = None
        else:
            if not description and not lines and not problems:
                problems.append((self.description_edit, self.description_error,
                                 self.tr("Enter a description or at least one item line."),
                                 ValidationError("description", "is required when the order has no lines.")))
        total: int | None = None
        if self.total_edit.text().strip():
            try:
                total = v.parse_money(self.total_edit.text(), "total")
            except ValidationError as exc:
                problems.append((self.total_edit, self.total_error, error_text(exc), exc))
        due = None if self.no_due_check.isChecked() else self.due_edit.date().toPython()
        if problems:
            return None, problems
        return PurchaseInput(description=description, lines=tuple(lines), total_minor=total,
                             currency=self._shop.currency, due_date=due), []

    def order_input(self) -> PurchaseInput:
        """The order as entered; raises ValidationErrors if the form is not valid."""
        if self._input is not None:
            return self._input
        data, problems = self._collect()
        if data is None:
            raise ValidationErrors({f"{exc.field}:{i}": exc for i, (*_, exc) in enumerate(problems)})
        return data

    def accept(self) -> None:
        self._clear_all()
        data, problems = self._collect()
        if data is None:
            for widget, label, message, _exc in problems:
                self._show(widget, label, message)
            problems[0][0].setFocus()
            return
        if self._submit is not None:
            try:
                self.purchase = self._submit(data)
            except ValidationErrors as exc:
                for error in exc.errors.values():
                    self._show_service_error(error)
                return
            except ValidationError as exc:
                self._show_service_error(exc)
                return
            except KunderegError as exc:
                self.general_error.show_message(error_text(exc))
                return
        self._input = data
        super().accept()

    def _show_service_error(self, exc: ValidationError) -> None:
        target: tuple[QWidget, ErrorLabel] = {
            "total": (self.total_edit, self.total_error),
            "due_date": (self.due_edit, self.general_error),
            "unit_price": (self._lines[0].price, self.lines_error),
            "quantity": (self._lines[0].quantity, self.lines_error),
        }.get(exc.field, (self.description_edit, self.description_error))
        self._show(*target, error_text(exc))
        target[0].setFocus()


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)

