"""One customer: the form with every field the shop uses, save with a version check, history.

The panel calls ``CustomerService`` through the ``TaskRunner``, as the staff member the
``staff`` provider names at that moment; it never reads the database itself. A failed
validation marks each bad field and shows the service's message under it; a conflicting
save (someone else saved first) overwrites nothing and offers to reload.

GDPR state and actions (restriction banner, objection note, requests, access report) are
``customer_gdpr.CustomerGdprActions``, placed above the form; while processing is
restricted (Art. 18) the form is read-only and the history offers no new orders or cases.
"""
from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter,
                               QStackedWidget, QVBoxLayout, QWidget)

from ..domain.errors import ConflictError, KunderegError, NotFoundError, ValidationError, ValidationErrors
from ..domain.records import CUSTOMER_FIELDS, Customer, CustomerInput
from .customer_fields import FIELD_NAMES, NORDIC_COUNTRIES, SECTIONS, country_names
from .customer_gdpr import CustomerGdprActions
from .errors import error_text, field_errors
from .formatting import format_date, format_datetime, format_phone
from .palette import error_colour
from .purchase_history import PurchaseHistoryWidget
from .session import StaffProvider
from .workers import Latest, TaskRunner

if TYPE_CHECKING:
    from ..services.customers import CustomerService
    from ..services.purchases import PurchaseService
    from ..services.reports import ReportService
    from ..services.requests import RequestService
    from ..services.shop import ShopInfo

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerPanel", text)


class CustomerPanel(QWidget):
    """Form plus purchase history for one customer (or a new one)."""

    saved = Signal(object)           # Customer, after a successful create or update
    back_requested = Signal()
    dirty_changed = Signal()         # the unsaved state flipped; ask is_dirty()
    loaded = Signal(object)          # Customer | None, once the form shows it
    status_message = Signal(str)     # short notes for the status bar
    request_registered = Signal(object)  # DataRequest, recorded for this customer
    identity_check_wanted = Signal(int)  # customer id: verify before the access report

    def __init__(self, customers: CustomerService, purchases: PurchaseService, shop: ShopInfo,
                 runner: TaskRunner, staff: StaffProvider, parent: QWidget | None = None, *,
                 requests: RequestService | None = None, reports: ReportService | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self._runner = runner
        self._staff = staff
        self._shop = shop
        self._customer: Customer | None = None
        self._dirty = False
        self._filling = False
        self._saving = False
        self._loads = Latest(runner)  # a customer that arrives after the panel moved on is not shown
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        self._build(purchases, requests, reports)
        self.new_customer()

    # -- building ------------------------------------------------------------------------

    def _build(self, purchases: PurchaseService, requests: RequestService | None,
               reports: ReportService | None) -> None:
        self.title = QLabel(objectName="customerTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.DemiBold)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta = QLabel(objectName="customerMeta")
        self.meta.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.meta.setWordWrap(True)

        form_host = QWidget()
        host_layout = QVBoxLayout(form_host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        host_layout.addLayout(form)
        host_layout.addStretch(1)  # spare height goes below the form, not between its rows
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setContentsMargins(0, 0, 8, 0)
        for section, rows in SECTIONS:
            visible_rows = []
            for label_text, fields in rows:
                visible = tuple(f for f in fields if self._shop.shows(f))
                if visible:
                    # A shared row whose other field is hidden is labelled by the field it shows.
                    visible_rows.append((label_text if visible == fields else FIELD_NAMES[visible[0]], visible))
            if not visible_rows:
                continue
            if section is not None:
                heading = QLabel(_tr(section))
                heading.setFont(self._heading_font())
                heading.setContentsMargins(0, 8 if form.rowCount() else 0, 0, 0)
                form.addRow(heading)
            elif form.rowCount():
                form.addItem(QSpacerItem(0, 8, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed))
            for label_text, fields in visible_rows:
                self._add_row(form, _tr(label_text), fields)

        scroll = QScrollArea()
        scroll.setWidget(form_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.save_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Save customer"))
        self.save_button.setToolTip(QCoreApplication.translate("CustomerPanel", "Save the customer (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.reload_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Discard changes"))
        self.reload_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Discard changes and reload the customer"))
        self.reload_button.clicked.connect(self._discard_clicked)
        self.back_button = QPushButton(QCoreApplication.translate("CustomerPanel", "&Back to search"))
        self.back_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Back to search"))
        self.back_button.setToolTip(QCoreApplication.translate("CustomerPanel", "Back to the search results (Esc)"))
        self.back_button.clicked.connect(self.back_requested)
        self.gdpr = CustomerGdprActions(self._customers, requests, reports, self._shop.country, self._runner,
                                        self._staff, self._loads.token, self, self._heading_font())
        self.gdpr.status_message.connect(self.status_message)
        self.gdpr.request_registered.connect(self.request_registered)
        self.gdpr.identity_check_wanted.connect(self.identity_check_wanted)
        self.gdpr.reopen_wanted.connect(self.open_customer)
        self.gdpr.reload_wanted.connect(self.reload)
        self.gdpr.paint(self.palette())
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.reload_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.title)
        left_layout.addWidget(self.meta)
        left_layout.addWidget(self.gdpr.restriction_banner)
        left_layout.addWidget(self.gdpr.objection_note)
        left_layout.addLayout(self.gdpr.request_row)
        left_layout.addLayout(self.gdpr.rights_row)
        left_layout.addSpacing(6)
        left_layout.addWidget(scroll, 1)
        left_layout.addLayout(buttons)

        self.history = PurchaseHistoryWidget(purchases, self._runner, self._shop, self._staff, parent=self)
        self.history_placeholder = QLabel(QCoreApplication.translate("CustomerPanel", "Orders, tickets and returns are shown here once the "
                                              "customer has been saved."), objectName="historyPlaceholder")
        self.history_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.history_placeholder.setWordWrap(True)
        self.history_placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.history_placeholder.setFrameShape(QFrame.Shape.StyledPanel)
        self.right = QStackedWidget()
        self.right.addWidget(self.history_placeholder)
        self.right.addWidget(self.history)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="customerSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([430, 670])
        left.setMinimumWidth(300)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self._update_buttons()

    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def _make_editor(self, name: str) -> QWidget:
        if name == "notes":
            editor: QWidget = QPlainTextEdit()
            editor.setTabChangesFocus(True)
            editor.setFixedHeight(editor.fontMetrics().lineSpacing() * 3 + 14)
            editor.textChanged.connect(self._edited)
        elif name == "country":
            editor = QComboBox()
            language = QLocale().name()
            for code, country in country_names(language if language != "C" else "en"):
                editor.addItem(f"{country} ({code})", code)
                if code == NORDIC_COUNTRIES[-1]:
                    editor.insertSeparator(editor.count())
            editor.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            editor.setMinimumContentsLength(16)
            editor.currentIndexChanged.connect(self._edited)
        else:
            editor = QLineEdit()
            editor.textEdited.connect(self._edited)
            if name == "mobile":
                editor.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            elif name in ("email", "invoice_email"):
                editor.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
            elif name == "postal_code":
                editor.setMaximumWidth(editor.fontMetrics().horizontalAdvance("0") * 8 + 16)
        editor.setObjectName(f"field_{name}")
        editor.setAccessibleName(_tr(FIELD_NAMES[name]))
        return editor

    def _add_row(self, form: QFormLayout, label_text: str, names: tuple[str, ...]) -> None:
        """One form row: a label (buddy: the first field), the fields, an error line per field."""
        editors = [self._make_editor(name) for name in names]
        label = QLabel(label_text)
        label.setBuddy(editors[0])
        if isinstance(editors[0], QPlainTextEdit):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            label.setContentsMargins(0, 4, 0, 0)
        else:
            # Keep the label level with its field when an error line makes the row taller.
            label.setFixedHeight(max(editors[0].sizeHint().height(), label.sizeHint().height()))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        line = QHBoxLayout()
        line.setSpacing(6)
        for editor in editors:
            line.addWidget(editor, 0 if editor.maximumWidth() < 10_000 else 1)
        box.addLayout(line)
        for name, editor in zip(names, editors):
            error = QLabel(objectName=f"error_{name}")
            error.setWordWrap(True)
            error.setVisible(False)
            error.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Problem with {field}").format(field=editor.accessibleName()))
            self._paint_error_label(error)
            box.addWidget(error)
            self.editors[name] = editor
            self.error_labels[name] = error
            self.field_labels[name] = label
        form.addRow(label, cell)

    def _paint_error_label(self, label: QLabel) -> None:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        label.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.gdpr.paint(self.palette())
            self._apply_read_only()
            for label in self.error_labels.values():
                self._paint_error_label(label)
            for name, editor in self.editors.items():
                if editor.property("invalid"):
                    self._mark(name, self.error_labels[name].text())
        super().changeEvent(event)

    # -- state ---------------------------------------------------------------------------

    @property
    def customer(self) -> Customer | None:
        """The customer as last loaded or saved (None while a new one is being entered)."""
        return self._customer

    def is_dirty(self) -> bool:
        return self._dirty

    def is_saving(self) -> bool:
        return self._saving

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit()
        self._update_buttons()
        self._update_header()

    def _edited(self, *_args) -> None:
        if not self._filling:
            self._set_dirty(True)

    def is_restricted(self) -> bool:
        """Processing of the shown customer is restricted (GDPR Art. 18): the form is read-only."""
        return self._customer is not None and self._customer.restricted_at is not None

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self._dirty and not self._saving and not self.is_restricted())
        self.reload_button.setEnabled(self._dirty and not self._saving)
        self.gdpr.set_editing(self._dirty, self._saving)

    def _show_legal_state(self) -> None:
        """Banner, note, read-only form and history actions for the customer now shown."""
        restricted = self.is_restricted()
        self.gdpr.show(self._customer)
        self._apply_read_only()
        self.history.set_restricted(restricted)

    def _apply_read_only(self) -> None:
        """Read-only editors while restricted, drawn on the window colour so they do not look editable."""
        read_only = self.is_restricted()
        for editor in self.editors.values():
            if isinstance(editor, QComboBox):
                editor.setEnabled(not read_only)
                continue
            editor.setReadOnly(read_only)
            if read_only:
                palette = QPalette()
                palette.setColor(QPalette.ColorRole.Base, self.palette().color(QPalette.ColorRole.Window))
                editor.setPalette(palette)
            else:
                editor.setPalette(QPalette())

    def update_request_actions(self) -> None:
        """The GDPR buttons follow who is logged in now."""
        self.gdpr.update_actions()

    def _update_header(self) -> None:
        customer = self._customer
        if customer is None:
            self.title.setText(QCoreApplication.translate("CustomerPanel", "New customer"))
            meta = QCoreApplication.translate("CustomerPanel", "Not saved yet.")
        else:
            self.title.setText(customer.display_name or QCoreApplication.translate("CustomerPanel", "Customer {id}").format(id=customer.id))
            meta = QCoreApplication.translate("CustomerPanel", "Customer {id} · created {created} · changed {updated}").format(
                id=customer.id, created=format_date(customer.created_at),
                updated=format_datetime(customer.updated_at))
        if self._dirty and customer is not None:
            meta += "  " + QCoreApplication.translate("CustomerPanel", "(unsaved changes)")
        self.meta.setText(meta)

    # -- loading -------------------------------------------------------------------------

    def new_customer(self, prefill: CustomerInput | None = None) -> None:
        """An empty form (or one prefilled from the search text) for a customer not saved yet."""
        self._loads.drop()
        self._customer = None
        self._fill(prefill or CustomerInput())
        self._show_legal_state()
        self.history.set_customer(None)
        self.right.setCurrentWidget(self.history_placeholder)
        self._set_dirty(any(getattr(prefill, f) for f in CUSTOMER_FIELDS) if prefill else False)
        self.loaded.emit(None)

    def clear(self) -> None:
        """Show nothing of anyone: an empty form, no history, no unsaved state (lock, logout).

        A load or save still on its way is dropped when it arrives."""
        self._saving = False
        self.new_customer()
        self._set_dirty(False)

    def open_customer(self, customer_id: int) -> None:
        """Load a customer through the runner; the form fills when it arrives."""
        customers, staff = self._customers, self._staff()
        self._loads.submit(lambda _p: customers.get(staff, customer_id), on_done=self._opened,
                           on_error=self._open_failed)

    def reload(self) -> None:
        if self._customer is not None:
            self.open_customer(self._customer.id)

    def _opened(self, customer: Customer) -> None:
        self.show_customer(customer)
        self.history.set_customer(customer.id)
        self.right.setCurrentWidget(self.history)
        self.loaded.emit(customer)

    def _open_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, KunderegError):
            raise exc
        QMessageBox.warning(self, QCoreApplication.translate("CustomerPanel", "Customer not available"), error_text(exc))
        self.back_requested.emit()

    def show_customer(self, customer: Customer) -> None:
        """Fill the form from ``customer`` (clears marks and the unsaved state)."""
        self._customer = customer
        self._fill(customer.as_input())
        self._show_legal_state()
        self._set_dirty(False)

    def _fill(self, data: CustomerInput) -> None:
        self._filling = True
        try:
            self.clear_errors()
            for name, editor in self.editors.items():
                value = getattr(data, name)
                if name == "mobile" and value and value.startswith("+") and self._customer is not None:
                    value = format_phone(value)
                if isinstance(editor, QPlainTextEdit):
                    editor.setPlainText(value or "")
                elif isinstance(editor, QComboBox):
                    self._select_country(editor, value or self._shop.country)
                else:
                    editor.setText(value or "")
                    editor.setCursorPosition(0)
        finally:
            self._filling = False

    @staticmethod
    def _select_country(combo: QComboBox, code: str) -> None:
        index = combo.findData(code)
        if index < 0:
            combo.addItem(code, code)
            index = combo.count() - 1
        combo.setCurrentIndex(index)

    def form_input(self) -> CustomerInput:
        """What the form holds now; hidden fields keep the customer's stored values."""
        base = self._customer.as_input() if self._customer is not None else CustomerInput()
        values: dict[str, str | None] = {}
        for name, editor in self.editors.items():
            if isinstance(editor, QPlainTextEdit):
                values[name] = editor.toPlainText()
            elif isinstance(editor, QComboBox):
                values[name] = editor.currentData()
            else:
                values[name] = editor.text()
        return replace(base, **values)

    def focus_first_field(self) -> None:
        editor = self.editors["first_name"]
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, QLineEdit):
            editor.selectAll()

    # -- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        """Start saving; returns False when there was nothing to save or a save is running."""
        if self.is_restricted():
            self.status_message.emit(QCoreApplication.translate("CustomerPanel", "Not saved: the record is restricted (GDPR Art. 18)."))
            return False
        if self._saving or not self._dirty:
            if not self._dirty:
                self.status_message.emit(QCoreApplication.translate("CustomerPanel", "Nothing to save."))
            return False
        data = self.form_input()
        self.clear_errors()
        current = self._customer
        customers, staff = self._customers, self._staff()
        if current is None:
            work = lambda _p: customers.create(staff, data)  # noqa: E731
        else:
            work = lambda _p: customers.update(staff, current.id, current.version, data)  # noqa: E731
        self._saving = True
        self._update_buttons()
        shown = self._loads.token()  # the save is shown only while the panel still shows this form
        self._runner.submit(work, on_done=lambda c: self._saved(shown, c),
                            on_error=lambda exc: self._save_failed(shown, exc))
        return True

    def _saved(self, shown: int, customer: Customer) -> None:
        if shown != self._loads.token():
            return  # the panel was cleared (locked) meanwhile; show nothing
        self._saving = False
        was_new = self._customer is None
        self.show_customer(customer)
        if was_new:
            self.history.set_customer(customer.id)
            self.right.setCurrentWidget(self.history)
        self.status_message.emit(QCoreApplication.translate("CustomerPanel", "Saved {name}.").format(name=customer.display_name))
        log.info("customer %s saved (version %s)", customer.id, customer.version)
        self.saved.emit(customer)

    def _save_failed(self, shown: int, exc: BaseException) -> None:
        if shown != self._loads.token():
            if not isinstance(exc, KunderegError):
                raise exc
            return
        self._saving = False
        self._update_buttons()
        if isinstance(exc, (ValidationErrors, ValidationError)):
            self.show_errors(field_errors(exc))
        elif isinstance(exc, ConflictError):
            if ask_reload_after_conflict(self):
                self.reload()
        elif isinstance(exc, NotFoundError):
            QMessageBox.warning(self, QCoreApplication.translate("CustomerPanel", "Customer not saved"),
                                QCoreApplication.translate("CustomerPanel", "This customer no longer exists in the register, so nothing was "
                                    "saved."))
        elif isinstance(exc, KunderegError):
            QMessageBox.warning(self, QCoreApplication.translate("CustomerPanel", "Customer not saved"), error_text(exc))
        else:
            raise exc

    # -- field errors --------------------------------------------------------------------

    def show_errors(self, errors: dict[str, str]) -> None:
        """Mark each field named in ``errors`` and show its message under it."""
        first: QWidget | None = None
        unplaced: list[str] = []
        for name, message in errors.items():
            if name in self.editors:
                self._mark(name, message)
                first = first or self.editors[name]
            else:
                unplaced.append(message)
        if unplaced:
            QMessageBox.warning(self, QCoreApplication.translate("CustomerPanel", "Customer not saved"), "\n".join(unplaced))
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
        count = len(errors)
        if count == 1:
            self.status_message.emit(QCoreApplication.translate("CustomerPanel", "Not saved: 1 field needs attention."))
        else:
            # self.tr, not translate(): lupdate marks only this form as a plural (%n) entry
            self.status_message.emit(self.tr("Not saved: %n fields need attention.", "", count))

    def _mark(self, name: str, message: str) -> None:
        editor, label = self.editors[name], self.error_labels[name]
        editor.setProperty("invalid", True)
        colour = error_colour(self.palette()).name()
        kind = type(editor).__name__
        editor.setStyleSheet(f"{kind} {{ border: 2px solid {colour}; border-radius: 3px; padding: 1px; }}")
        editor.setAccessibleDescription(message)
        label.setText(message)
        label.setVisible(True)

    def clear_errors(self) -> None:
        for name, editor in self.editors.items():
            if editor.property("invalid"):
                editor.setProperty("invalid", False)
                editor.setStyleSheet("")
                editor.setAccessibleDescription("")
            self.error_labels[name].clear()
            self.error_labels[name].setVisible(False)

    def errors_shown(self) -> dict[str, str]:
        return {name: label.text() for name, label in self.error_labels.items() if not label.isHidden()}

    def _discard_clicked(self) -> None:
        if self._customer is None:
            self.new_customer()
        else:
            self.reload()


def ask_reload_after_conflict(parent: QWidget) -> bool:
    """Tell the user someone else saved first; True when they choose to reload."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CustomerPanel", "Customer changed by someone else"))
    box.setText(QCoreApplication.translate("CustomerPanel", "Someone else changed this customer after you opened it. Your changes have not "
                    "been saved."))
    box.setInformativeText(QCoreApplication.translate("CustomerPanel", "Reload to see their version (your edits here are discarded), or keep "
                               "editing and note what you need before reloading."))
    reload_button = box.addButton(QCoreApplication.translate("CustomerPanel", "Reload"), QMessageBox.ButtonRole.AcceptRole)
    keep = box.addButton(QCoreApplication.translate("CustomerPanel", "Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is reload_button
