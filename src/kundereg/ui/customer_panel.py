"""One customer: the form with every field the shop uses, save with a version check, history.

The panel calls ``CustomerService`` through the ``TaskRunner``, as the staff member the
``staff`` provider names at that moment; it never reads the database itself. A failed validation marks each bad field and shows the service's message
under it; a conflicting save (someone else saved first) overwrites nothing and offers to
reload.

GDPR state is shown above the form: a banner while processing is restricted (Art. 18; the
form is then read-only and the history offers no new orders or cases) and a note once the
customer objected to marketing (Art. 21). The owner restricts and lifts; owner and counter
record an objection. The services enforce all of it; the panel only mirrors it.
"""
from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (QComboBox, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
                               QSplitter, QStackedWidget, QVBoxLayout, QWidget)

from ..domain.errors import (ConflictError, KunderegError, NotFoundError, StateError, ValidationError,
                             ValidationErrors)
from ..domain.records import CUSTOMER_FIELDS, Customer, CustomerInput
from ..domain.access import Permission
from ..services.customers import CustomerService
from ..services.purchases import PurchaseService
from ..services.reports import ReportService
from ..services.requests import RequestService
from ..services.shop import ShopInfo
from .errors import error_text, field_errors
from .formatting import format_date, format_datetime, format_phone
from .purchase_history import PurchaseHistoryWidget
from .session import StaffProvider
from .workers import TaskRunner

log = logging.getLogger(__name__)

NORDIC_COUNTRIES = ("NO", "SE", "DK", "FI", "IS")
_PHONE_TOKEN = re.compile(r"^[\d+()\-./]+$")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerPanel", text)


# Form sections in display order, each field with its label. Mnemonics only on letters that the
# purchase history beside the form and the menu bar do not use.
_N = QT_TRANSLATE_NOOP
# Form sections in display order: a heading (or None) and rows of (label, fields on that row).
# Mnemonics only on letters that the purchase history beside the form and the menu bar do
# not use. Each field has its own accessible name (FIELD_NAMES), also when it shares a row.
SECTIONS: tuple[tuple[str | None, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (_N("CustomerPanel", "Contact"), (
        (_N("CustomerPanel", "First name"), ("first_name",)),
        (_N("CustomerPanel", "Last name"), ("last_name",)),
        (_N("CustomerPanel", "&Mobile"), ("mobile",)),
        (_N("CustomerPanel", "&Email"), ("email",)))),
    (_N("CustomerPanel", "Address"), (
        (_N("CustomerPanel", "Street"), ("street",)),
        (_N("CustomerPanel", "Postal code, cit&y"), ("postal_code", "city")),
        (_N("CustomerPanel", "Co&untry"), ("country",)))),
    (_N("CustomerPanel", "Company"), (
        (_N("CustomerPanel", "Comp&any name"), ("company_name",)),
        (_N("CustomerPanel", "Org. number"), ("org_number",)),
        (_N("CustomerPanel", "&Invoice email"), ("invoice_email",)))),
    (None, ((_N("CustomerPanel", "Notes"), ("notes",)),)),
)
FIELD_NAMES: dict[str, str] = {
    "first_name": _N("CustomerPanel", "First name"), "last_name": _N("CustomerPanel", "Last name"),
    "mobile": _N("CustomerPanel", "Mobile"), "email": _N("CustomerPanel", "Email"),
    "street": _N("CustomerPanel", "Street"), "postal_code": _N("CustomerPanel", "Postal code"),
    "city": _N("CustomerPanel", "City"), "country": _N("CustomerPanel", "Country"),
    "company_name": _N("CustomerPanel", "Company name"), "org_number": _N("CustomerPanel", "Org. number"),
    "invoice_email": _N("CustomerPanel", "Invoice email"), "notes": _N("CustomerPanel", "Notes"),
}


def prefill_from_search(text: str) -> CustomerInput:
    """What a new customer starts with when created from the search text.

    Phone-like words become the mobile, an address with '@' the email, the other words the
    name: the last word is the last name ("kari nord" -> first "Kari", last "Nord").
    """
    phone: list[str] = []
    email: str | None = None
    names: list[str] = []
    for word in text.split():
        if _PHONE_TOKEN.match(word) and any(ch.isdigit() for ch in word):
            phone.append(word)
        elif "@" in word and email is None:
            email = word
        else:
            names.append(_capitalise(word))
    first = last = None
    if len(names) == 1:
        first = names[0]
    elif names:
        first, last = " ".join(names[:-1]), names[-1]
    return CustomerInput(first_name=first, last_name=last, mobile=" ".join(phone) or None, email=email)


def _capitalise(word: str) -> str:
    if any(ch.isupper() for ch in word):
        return word  # typed with capitals on purpose ("McKay", "AS")
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=4)
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, Nordic ones first, names in ``language`` (Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale("en")
    names = {code: name for code, name in locale.territories.items() if len(code) == 2 and code.isalpha()}
    nordic = tuple((code, names.get(code, code)) for code in NORDIC_COUNTRIES)
    others = sorted(((code, name) for code, name in names.items() if code not in NORDIC_COUNTRIES),
                    key=lambda item: item[1].casefold())
    return nordic + tuple(others)


def error_colour(palette: QPalette) -> QColor:
    """A red that reads on the current scheme: darker on light windows, lighter on dark ones."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c62828")


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(b + (t - b) * amount for b, t in zip(base.getRgbF()[:3], tint.getRgbF()[:3])))


def warning_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(background, text, accent) of a warning on the current scheme.

    The background is the window colour tinted amber, so the scheme's own text colour keeps
    its contrast on light and dark schemes alike; the accent (border) is amber that reads there.
    """
    window = palette.color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    amber = QColor("#f0b429")
    background = _mix(window, amber, 0.20 if dark else 0.30)
    accent = QColor("#f0b429") if dark else QColor("#b7791f")
    return background, palette.color(QPalette.ColorRole.WindowText), accent


class CustomerPanel(QWidget):
    """Form plus purchase history for one customer (or a new one)."""

    saved = Signal(object)           # Customer, after a successful create or update
    back_requested = Signal()
    dirty_changed = Signal()         # the unsaved state flipped; ask is_dirty()
    loaded = Signal(object)          # Customer | None, once the form shows it
    status_message = Signal(str)     # short notes for the status bar
    request_registered = Signal(object)  # DataRequest, recorded for this customer

    def __init__(self, customers: CustomerService, purchases: PurchaseService, shop: ShopInfo,
                 runner: TaskRunner, staff: StaffProvider, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._customers = customers
        self._runner = runner
        self._staff = staff
        self._shop = shop
        self._customer: Customer | None = None
        self._dirty = False
        self._filling = False
        self._saving = False
        self._load_generation = 0
        self._requests: RequestService | None = None  # set_request_services: GDPR tools, when wired
        self._reports: ReportService | None = None
        self._gdpr_busy = False  # a restriction or objection is on its way
        self.editors: dict[str, QWidget] = {}
        self.error_labels: dict[str, QLabel] = {}
        self.field_labels: dict[str, QLabel] = {}
        self._build(purchases)
        self.new_customer()

    # -- building ------------------------------------------------------------------------

    def _build(self, purchases: PurchaseService) -> None:
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
        self.request_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Register re&quest…"))
        self.request_button.setObjectName("registerRequestButton")
        self.request_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Register a data-subject request"))
        self.request_button.setToolTip(QCoreApplication.translate("CustomerPanel", "Record a request from this customer to see, correct, erase or "
                                           "move their data, or to stop marketing"))
        self.request_button.clicked.connect(self.register_request)
        self.report_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Access re&port…"))
        self.report_button.setObjectName("accessReportButton")
        self.report_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Create an access report"))
        self.report_button.setToolTip(QCoreApplication.translate("CustomerPanel", "A PDF of everything the register holds about this customer "
                                          "(GDPR Art. 15)"))
        self.report_button.clicked.connect(self.access_report)
        self.restrict_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Restrict processing…"), objectName="restrictButton")
        self.restrict_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Restrict processing of this customer's data"))
        self.restrict_button.clicked.connect(self.restrict)
        self.lift_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Lift restriction"), objectName="liftRestrictionButton")
        self.lift_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Lift the restriction of processing"))
        self.lift_button.clicked.connect(self.lift_restriction)
        self.objection_button = QPushButton(QCoreApplication.translate("CustomerPanel", "Objection to marketing"), objectName="marketingObjectionButton")
        self.objection_button.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Record an objection to marketing"))
        self.objection_button.clicked.connect(self.object_to_marketing)
        for button in (self.request_button, self.report_button, self.restrict_button, self.lift_button,
                       self.objection_button):
            button.setAutoDefault(False)
        gdpr = QHBoxLayout()
        gdpr.addWidget(self.request_button)
        gdpr.addWidget(self.report_button)
        gdpr.addStretch(1)
        gdpr_rights = QHBoxLayout()
        gdpr_rights.addWidget(self.restrict_button)
        gdpr_rights.addWidget(self.lift_button)
        gdpr_rights.addWidget(self.objection_button)
        gdpr_rights.addStretch(1)

        self.restriction_banner = QFrame(objectName="restrictionBanner")
        self.restriction_banner.setAccessibleName(QCoreApplication.translate("CustomerPanel", "Processing restricted"))
        banner_layout = QVBoxLayout(self.restriction_banner)
        banner_layout.setContentsMargins(10, 6, 8, 6)
        banner_layout.setSpacing(2)
        self.restriction_label = QLabel(objectName="restrictionText")
        self.restriction_label.setWordWrap(True)
        self.restriction_label.setFont(self._heading_font())
        self.restriction_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.restriction_hint = QLabel(QCoreApplication.translate("CustomerPanel", "Open tickets can still be marked ready, picked up or cancelled, "
                                           "and open cases closed."), objectName="restrictionHint")
        self.restriction_hint.setWordWrap(True)
        banner_layout.addWidget(self.restriction_label)
        banner_layout.addWidget(self.restriction_hint)
        self.restriction_banner.setVisible(False)
        self.objection_note = QLabel(objectName="marketingObjectionNote")
        self.objection_note.setToolTip(QCoreApplication.translate("CustomerPanel", "The customer objected to direct marketing (GDPR Art. 21): their "
                                           "marketing consents were withdrawn and no new ones can be given."))
        self.objection_note.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.objection_note.setVisible(False)
        self._paint_notices()
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
        left_layout.addWidget(self.restriction_banner)
        left_layout.addWidget(self.objection_note)
        left_layout.addLayout(gdpr)
        left_layout.addLayout(gdpr_rights)
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

    def _paint_notices(self) -> None:
        """Colour the restriction banner and the objection note from the current palette."""
        background, text, accent = warning_colours(self.palette())
        self.restriction_banner.setStyleSheet(
            f"QFrame#restrictionBanner {{ background-color: {background.name()}; border: 1px solid {accent.name()};"
            f" border-left: 4px solid {accent.name()}; border-radius: 3px; }}"
            f" QFrame#restrictionBanner QLabel {{ color: {text.name()}; background: transparent; border: none; }}")
        self.objection_note.setStyleSheet(
            f"QLabel#marketingObjectionNote {{ color: {text.name()}; border: 1px solid {accent.name()};"
            f" border-radius: 3px; padding: 1px 6px; }}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_notices()
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
        self.update_request_actions()

    def _show_legal_state(self) -> None:
        """Banner, note, read-only form and history actions for the customer now shown."""
        customer = self._customer
        restricted = self.is_restricted()
        if restricted:
            self.restriction_label.setText(QCoreApplication.translate("CustomerPanel", 
                "Restricted (GDPR Art. 18) since {date}: the record is read-only until the restriction "
                "is lifted.").format(date=format_date(customer.restricted_at)))
        self.restriction_banner.setVisible(restricted)
        objected = customer is not None and customer.marketing_objection_at is not None
        if objected:
            self.objection_note.setText(QCoreApplication.translate("CustomerPanel", "Objected to marketing on {date}").format(
                date=format_date(customer.marketing_objection_at)))
        self.objection_note.setVisible(objected)
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

    # -- data-subject requests and reports -------------------------------------------------

    def set_request_services(self, requests: RequestService | None, reports: ReportService | None) -> None:
        """Offer "Register request…" (owner and counter) and "Access report…" (owner)."""
        self._requests, self._reports = requests, reports
        self.update_request_actions()

    def update_request_actions(self) -> None:
        """Show the GDPR buttons the logged-in role may use, for a saved customer."""
        staff = self._staff()
        saved = self._customer is not None
        self.request_button.setVisible(self._requests is not None and staff is not None and saved
                                       and staff.may(Permission.REGISTER_REQUEST))
        self.report_button.setVisible(self._reports is not None and staff is not None and saved
                                      and staff.may(Permission.REPORTS))
        customer = self._customer
        restricted = self.is_restricted()
        owner = staff is not None and saved and staff.may(Permission.HANDLE_REQUEST)
        self.restrict_button.setVisible(owner and not restricted)
        self.lift_button.setVisible(owner and restricted)
        objected = customer is not None and customer.marketing_objection_at is not None
        # Once recorded, the note under the title says so; there is nothing more to press.
        self.objection_button.setVisible(staff is not None and saved and not objected
                                         and staff.may(Permission.RECORD_ORDER))
        idle = not self._dirty and not self._saving and not self._gdpr_busy
        pending = QCoreApplication.translate("CustomerPanel", "Save or discard your changes first.")
        self.restrict_button.setEnabled(idle)
        self.restrict_button.setToolTip(pending if not idle else QCoreApplication.translate("CustomerPanel", 
            "Keep the record but stop changing or using it (GDPR Art. 18), e.g. while the customer "
            "contests its accuracy"))
        self.lift_button.setEnabled(idle)
        self.lift_button.setToolTip(pending if not idle else QCoreApplication.translate("CustomerPanel", "Make the record editable and usable again"))
        self.objection_button.setEnabled(idle)
        self.objection_button.setToolTip(pending if not idle else QCoreApplication.translate("CustomerPanel", 
            "The customer objects to direct marketing (GDPR Art. 21): withdraws their marketing consents"))

    def _customer_name(self, customer: Customer) -> str:
        return customer.display_name or QCoreApplication.translate("CustomerPanel", "Customer {id}").format(id=customer.id)

    def register_request(self) -> QDialog | None:
        """The form to record a request from the open customer (returned, already open)."""
        customer, staff = self._customer, self._staff()
        if customer is None or self._requests is None or staff is None \
                or not staff.may(Permission.REGISTER_REQUEST):
            return None
        from .requests_view import RegisterRequestDialog

        dialog = RegisterRequestDialog(self._requests, self._staff, self._runner, customer.id,
                                       self._customer_name(customer), self)
        dialog.registered.connect(self.request_registered)
        dialog.registered.connect(lambda r: self.status_message.emit(
            QCoreApplication.translate("CustomerPanel", "Request {reference} registered; due {date}.").format(reference=r.reference,
                                                                      date=format_date(r.due_on))))
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def access_report(self) -> QDialog | None:
        """The owner's access report for the open customer (returned, already open)."""
        customer, staff = self._customer, self._staff()
        if customer is None or self._reports is None or staff is None or not staff.may(Permission.REPORTS):
            return None
        from .report_dialog import ReportDialog

        dialog = ReportDialog(self._reports, self._requests, self._staff, self._runner, customer.id,
                              self._customer_name(customer), self._shop.country, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    # -- restriction (GDPR Art. 18) and objection to marketing (Art. 21) --------------------

    def restrict(self) -> bool:
        """Ask, then restrict processing of the open customer (owner only). False: not started."""
        customer = self._gdpr_target(Permission.HANDLE_REQUEST)
        if customer is None or customer.restricted_at is not None:
            return False
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CustomerPanel", "Restrict processing"),
            QCoreApplication.translate("CustomerPanel", "Restrict processing of {name}'s data (GDPR Art. 18)?\n\nThe record is kept but becomes "
                "read-only: no changes, new orders, returns or consents until the restriction is lifted. "
                "Open tickets can still be completed. Use this while the customer contests the data or "
                "objects, or when they ask you to keep it instead of erasing it.").format(
                name=self._customer_name(customer)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        customers, cid, version = self._customers, customer.id, customer.version
        self._run_gdpr(lambda staff: customers.restrict(staff, cid, version),
                       QCoreApplication.translate("CustomerPanel", "Processing of {name}'s data is restricted."), QCoreApplication.translate("CustomerPanel", "Not restricted"))
        return True

    def lift_restriction(self) -> bool:
        """Ask, then lift the restriction of the open customer (owner only). False: not started."""
        customer = self._gdpr_target(Permission.HANDLE_REQUEST)
        if customer is None or customer.restricted_at is None:
            return False
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CustomerPanel", "Lift restriction"),
            QCoreApplication.translate("CustomerPanel", "Lift the restriction of {name}'s data? The record can be changed and used again.").format(
                name=self._customer_name(customer)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        customers, cid, version = self._customers, customer.id, customer.version
        self._run_gdpr(lambda staff: customers.lift_restriction(staff, cid, version),
                       QCoreApplication.translate("CustomerPanel", "The restriction of {name}'s data is lifted."), QCoreApplication.translate("CustomerPanel", "Restriction not lifted"))
        return True

    def object_to_marketing(self) -> bool:
        """Ask, then record the customer's objection to marketing (owner and counter)."""
        customer = self._gdpr_target(Permission.RECORD_ORDER)
        if customer is None or customer.marketing_objection_at is not None:
            return False
        answer = QMessageBox.question(
            self, QCoreApplication.translate("CustomerPanel", "Objection to marketing"),
            QCoreApplication.translate("CustomerPanel", "Record that {name} objects to marketing (GDPR Art. 21)?\n\nTheir consents to marketing "
                "and newsletters are withdrawn, and no new ones can be given. This cannot be undone "
                "here.").format(name=self._customer_name(customer)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        customers, cid = self._customers, customer.id
        self._run_gdpr(lambda staff: customers.object_to_marketing(staff, cid),
                       QCoreApplication.translate("CustomerPanel", "Objection to marketing recorded for {name}."), QCoreApplication.translate("CustomerPanel", "Objection not recorded"))
        return True

    def _gdpr_target(self, permission: Permission) -> Customer | None:
        """The open customer, if the staff member may act on it now (saved, idle, no unsaved edits)."""
        customer, staff = self._customer, self._staff()
        if customer is None or staff is None or not staff.may(permission):
            return None
        if self._gdpr_busy or self._saving:
            return None
        if self._dirty:
            self.status_message.emit(QCoreApplication.translate("CustomerPanel", "Save or discard your changes first."))
            return None
        return customer

    def _run_gdpr(self, call: Callable[[object], Customer], done_text: str, failed_title: str) -> None:
        """Run a restriction or objection call, then load the customer again (fresh version)."""
        staff, generation = self._staff(), self._load_generation
        self._gdpr_busy = True
        self._update_buttons()

        def done(customer: Customer) -> None:
            self._gdpr_busy = False
            if generation != self._load_generation:
                self._update_buttons()
                return  # the panel moved on (another customer, lock): show nothing
            self.status_message.emit(done_text.format(name=self._customer_name(customer)))
            self.open_customer(customer.id)

        def failed(exc: BaseException) -> None:
            self._gdpr_busy = False
            self._update_buttons()
            if not isinstance(exc, KunderegError):
                raise exc
            if generation != self._load_generation:
                return
            QMessageBox.warning(self, failed_title, error_text(exc))
            if isinstance(exc, (ConflictError, StateError)):
                self.reload()  # what the panel showed is out of date

        self._runner.submit(lambda _p: call(staff), on_done=done, on_error=failed)

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
        self._load_generation += 1
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
        self._load_generation += 1
        generation = self._load_generation
        customers, staff = self._customers, self._staff()
        self._runner.submit(lambda _p: customers.get(staff, customer_id),
                            on_done=lambda c: self._opened(generation, c),
                            on_error=lambda exc: self._open_failed(generation, exc))

    def reload(self) -> None:
        if self._customer is not None:
            self.open_customer(self._customer.id)

    def _opened(self, generation: int, customer: Customer) -> None:
        if generation != self._load_generation:
            return
        self.show_customer(customer)
        self.history.set_customer(customer.id)
        self.right.setCurrentWidget(self.history)
        self.loaded.emit(customer)

    def _open_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._load_generation:
            return
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
        generation = self._load_generation
        self._runner.submit(work, on_done=lambda c: self._saved(generation, c),
                            on_error=lambda exc: self._save_failed(generation, exc))
        return True

    def _saved(self, generation: int, customer: Customer) -> None:
        if generation != self._load_generation:
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

    def _save_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._load_generation:
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
