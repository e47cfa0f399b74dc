"""Editors for the parts of the shop profile, shared by the first-run wizard and the settings dialog.

Each editor shows part of a ``ShopProfile`` (``set_profile``) and writes what the user chose back
into one (``apply``). They run no SQL and validate nothing themselves: ``services.profile``
does, and ``show_errors`` puts its messages next to the part they belong to.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox,
                               QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QPushButton, QSpinBox,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain import profile as vocab
from ..domain.profile import Processor, Purpose, ShopProfile
from ..domain.records import OPTIONAL_FIELDS
from .palette import error_colour
from .errors import field_label

_N = QT_TRANSLATE_NOOP
CONTEXT = "ProfileEditor"

COUNTRIES = (("NO", _N("ProfileEditor", "Norway")), ("SE", _N("ProfileEditor", "Sweden")), ("FI", _N("ProfileEditor", "Finland")),
             ("DK", _N("ProfileEditor", "Denmark")))
LANGUAGE_NAMES = {"nb": _N("ProfileEditor", "Norwegian (Bokmål)"), "nn": _N("ProfileEditor", "Norwegian (Nynorsk)"),
                  "sv": _N("ProfileEditor", "Swedish"), "fi": _N("ProfileEditor", "Finnish"), "da": _N("ProfileEditor", "Danish"),
                  "en": _N("ProfileEditor", "English")}
PURPOSE_LABELS = {
    "customer_relationship": _N("ProfileEditor", "Managing the customer relationship"),
    "orders_delivery": _N("ProfileEditor", "Orders and delivery"),
    "pickup": _N("ProfileEditor", "Service orders and collection"),
    "invoicing": _N("ProfileEditor", "Invoicing"),
    "customer_service": _N("ProfileEditor", "Customer service, complaints and returns"),
    "bookkeeping": _N("ProfileEditor", "Bookkeeping and other legal obligations"),
    "marketing_consent": _N("ProfileEditor", "Newsletters and marketing with consent"),
    "marketing_existing": _N("ProfileEditor", "Marketing to existing customers"),
    "legal_claims": _N("ProfileEditor", "Establishing or defending legal claims"),
    "data_subject_requests": _N("ProfileEditor", "Handling privacy requests"),
    "custom": _N("ProfileEditor", "Other (own title)"),
}
BASIS_LABELS = {
    "a": _N("ProfileEditor", "(a) consent"), "b": _N("ProfileEditor", "(b) contract with the customer"),
    "c": _N("ProfileEditor", "(c) legal obligation"), "d": _N("ProfileEditor", "(d) vital interests"),
    "e": _N("ProfileEditor", "(e) public interest"), "f": _N("ProfileEditor", "(f) legitimate interests"),
}
CATEGORY_LABELS = {
    "name": _N("ProfileEditor", "Name"), "contact": _N("ProfileEditor", "Mobile and email"), "address": _N("ProfileEditor", "Address"),
    "company": _N("ProfileEditor", "Company details"), "purchases": _N("ProfileEditor", "Purchases and orders"),
    "service_events": _N("ProfileEditor", "Complaints, returns and repairs"),
    "correspondence": _N("ProfileEditor", "Correspondence"), "consents": _N("ProfileEditor", "Consents"),
    "requests": _N("ProfileEditor", "Privacy requests"),
}
RETENTION_LABELS = {
    "relationship": _N("ProfileEditor", "While the customer relationship lasts"),
    "bookkeeping": _N("ProfileEditor", "As long as bookkeeping law requires"),
    "until_withdrawn": _N("ProfileEditor", "Until consent is withdrawn"),
    "claims": _N("ProfileEditor", "Until claims are time-barred"),
    "documentation": _N("ProfileEditor", "As long as needed to document the handling"),
    "fixed_years": _N("ProfileEditor", "A fixed number of years"),
}
ROLE_LABELS = {
    "accounting": _N("ProfileEditor", "Accounting"), "crm": _N("ProfileEditor", "CRM system"), "erp": _N("ProfileEditor", "ERP system"),
    "delivery": _N("ProfileEditor", "Delivery / carrier"), "hosting": _N("ProfileEditor", "Website hosting"),
    "payment": _N("ProfileEditor", "Payment service"), "email_service": _N("ProfileEditor", "Email and newsletter service"),
    "sms": _N("ProfileEditor", "Text message (SMS) service"),
    "it_support": _N("ProfileEditor", "IT support"), "supplier": _N("ProfileEditor", "Manufacturer or supplier"),
    "authorities": _N("ProfileEditor", "Public authorities"), "other": _N("ProfileEditor", "Other"),
}
SOURCE_LABELS = {
    "customer": _N("ProfileEditor", "The customer"), "company": _N("ProfileEditor", "The company the customer buys for"),
    "website": _N("ProfileEditor", "Our website (contact form, customer account)"),
    "public_registers": _N("ProfileEditor", "Public business registers"),
}
MARKETING_LABELS = ((None, _N("ProfileEditor", "No marketing")),
                    ("a", _N("ProfileEditor", "Only with the customer's consent (a)")),
                    ("f", _N("ProfileEditor", "To existing customers with a purchase under the marketing act, to others with consent (f)")))


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ErrorLabel(QLabel):
    """Problems the service found, in the error colour; hidden while there are none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setVisible(False)
        self.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Problems"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        self.setPalette(palette)

    def show_problems(self, problems: list[str]) -> None:
        self.setText("\n".join(problems))
        self.setVisible(bool(problems))


def _combo(items, accessible: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(accessible)
    for data, text in items:
        combo.addItem(_tr(text), data)
    return combo


def _select(combo: QComboBox, data) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


class ShopDetailsEditor(QWidget):
    """Name, organisation number, address, contact, country and languages."""

    FIELDS = ("shop_name", "org_number", "country", "street", "postal_code", "city", "email", "phone",
              "ui_language", "document_language")
    country_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(QCoreApplication.translate("ProfileEditor", "As on receipts, e.g. Gjøvik Rens AS"))
        self.org_number = QLineEdit()
        self.country = _combo(COUNTRIES, QCoreApplication.translate("ProfileEditor", "Country"))
        self.street = QLineEdit()
        self.postal_code = QLineEdit()
        self.postal_code.setMaximumWidth(110)
        self.city = QLineEdit()
        self.email = QLineEdit()
        self.email.setPlaceholderText(QCoreApplication.translate("ProfileEditor", "Where customers write about their data"))
        self.phone = QLineEdit()
        languages = [(code, LANGUAGE_NAMES[code]) for code in vocab.LANGUAGES]
        self.ui_language = _combo(languages, QCoreApplication.translate("ProfileEditor", "Language of the app"))
        self.document_language = _combo(languages, QCoreApplication.translate("ProfileEditor", "Language of documents"))
        form = QFormLayout(self)
        town = QHBoxLayout()
        town.addWidget(self.postal_code)
        town.addWidget(self.city, 1)
        for text, widget, name in ((QCoreApplication.translate("ProfileEditor", "&Shop name"), self.name, "shop_name"),
                                   (QCoreApplication.translate("ProfileEditor", "&Organisation number"), self.org_number, "org_number"),
                                   (QCoreApplication.translate("ProfileEditor", "&Country"), self.country, "country"),
                                   (QCoreApplication.translate("ProfileEditor", "Street &address"), self.street, "street"),
                                   (QCoreApplication.translate("ProfileEditor", "Postal code and &town"), town, "postal_code"),
                                   (QCoreApplication.translate("ProfileEditor", "&Email"), self.email, "email"),
                                   (QCoreApplication.translate("ProfileEditor", "&Phone"), self.phone, "phone"),
                                   (QCoreApplication.translate("ProfileEditor", "App &language"), self.ui_language, "ui_language"),
                                   (QCoreApplication.translate("ProfileEditor", "&Document language"), self.document_language, "document_language")):
            label = QLabel(text)
            if isinstance(widget, QWidget):
                label.setBuddy(widget)
                widget.setAccessibleName(text.replace("&", ""))
            else:
                label.setBuddy(self.postal_code)
            form.addRow(label, widget)
        self.postal_code.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Postal code"))
        self.city.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Town"))
        self.country.currentIndexChanged.connect(lambda _i: self.country_changed.emit(self.country.currentData()))

    def set_profile(self, profile: ShopProfile) -> None:
        self.name.setText(profile.name)
        self.org_number.setText(profile.org_number or "")
        _select(self.country, profile.country or "NO")
        self.street.setText(profile.street or "")
        self.postal_code.setText(profile.postal_code or "")
        self.city.setText(profile.city or "")
        self.email.setText(profile.email or "")
        self.phone.setText(profile.phone or "")
        _select(self.ui_language, profile.ui_language)
        _select(self.document_language, profile.document_language)

    def apply(self, profile: ShopProfile) -> ShopProfile:
        country = self.country.currentData()
        return profile.with_changes(
            # another country: the service gives the new country's currency
            currency=profile.currency if country == profile.country else "",
            name=self.name.text(), org_number=self.org_number.text(), country=country,
            street=self.street.text(), postal_code=self.postal_code.text(), city=self.city.text(),
            email=self.email.text(), phone=self.phone.text(), ui_language=self.ui_language.currentData(),
            document_language=self.document_language.currentData())


class DataEditor(QWidget):
    """Which optional customer fields the form has, where data comes from, and marketing."""

    FIELDS = ("customer_fields", "sources", "marketing_basis")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        fields_box = QGroupBox(QCoreApplication.translate("ProfileEditor", "Customer fields besides name, mobile, email and notes"))
        grid = QGridLayout(fields_box)
        self.field_boxes: dict[str, QCheckBox] = {}
        for i, name in enumerate(OPTIONAL_FIELDS):
            box = QCheckBox(field_label(name))
            self.field_boxes[name] = box
            grid.addWidget(box, i // 2, i % 2)
        self.sole_trader = QCheckBox(QCoreApplication.translate("ProfileEditor", "Treat a sole trader's organisation number as personal data"))
        sources_box = QGroupBox(QCoreApplication.translate("ProfileEditor", "Where the data comes from"))
        sources = QVBoxLayout(sources_box)
        self.source_boxes: dict[str, QCheckBox] = {}
        for key in vocab.SOURCES:
            box = QCheckBox(_tr(SOURCE_LABELS[key]))
            self.source_boxes[key] = box
            sources.addWidget(box)
        self.marketing = _combo(MARKETING_LABELS, QCoreApplication.translate("ProfileEditor", "Marketing"))
        marketing_row = QFormLayout()
        label = QLabel(QCoreApplication.translate("ProfileEditor", "&Marketing"))
        label.setBuddy(self.marketing)
        marketing_row.addRow(label, self.marketing)
        layout = QVBoxLayout(self)
        layout.addWidget(fields_box)
        layout.addWidget(self.sole_trader)
        layout.addWidget(sources_box)
        layout.addLayout(marketing_row)
        layout.addStretch(1)
        self.field_boxes["org_number"].toggled.connect(self.sole_trader.setEnabled)

    def set_profile(self, profile: ShopProfile) -> None:
        for name, box in self.field_boxes.items():
            box.setChecked(name in profile.customer_fields)
        for key, box in self.source_boxes.items():
            box.setChecked(key in profile.sources)
        self.sole_trader.setChecked(profile.sole_trader_org_personal)
        self.sole_trader.setEnabled("org_number" in profile.customer_fields)
        _select(self.marketing, profile.marketing_basis)

    def apply(self, profile: ShopProfile) -> ShopProfile:
        return profile.with_changes(
            customer_fields=tuple(n for n, b in self.field_boxes.items() if b.isChecked()),
            sources=tuple(k for k, b in self.source_boxes.items() if b.isChecked()),
            sole_trader_org_personal=self.sole_trader.isChecked(), marketing_basis=self.marketing.currentData())


class PurposesEditor(QWidget):
    """The purposes: a list on the left, the chosen one's basis, data, retention and recipients on the right."""

    FIELDS = ("purposes",)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._purposes: list[Purpose] = []
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Purposes"))
        self.list.setMinimumWidth(270)
        self.add_button = QPushButton(QCoreApplication.translate("ProfileEditor", "&Add purpose"))
        self.remove_button = QPushButton(QCoreApplication.translate("ProfileEditor", "&Remove"))
        self.kind = _combo(list(PURPOSE_LABELS.items()), QCoreApplication.translate("ProfileEditor", "Purpose"))
        self.title = QLineEdit()
        self.title.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Own title"))
        self.title.setPlaceholderText(QCoreApplication.translate("ProfileEditor", "Only for 'Other': the purpose in your words"))
        self.basis = _combo(list(BASIS_LABELS.items()), QCoreApplication.translate("ProfileEditor", "Legal basis"))
        self.retention = _combo(list(RETENTION_LABELS.items()), QCoreApplication.translate("ProfileEditor", "Retention"))
        self.years = QSpinBox()
        self.years.setRange(1, 50)
        self.years.setSuffix(QCoreApplication.translate("ProfileEditor", " years"))
        self.years.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Years"))
        self.category_boxes = {key: QCheckBox(_tr(CATEGORY_LABELS[key])) for key in vocab.DATA_CATEGORIES}
        self.recipient_boxes = {key: QCheckBox(_tr(ROLE_LABELS[key])) for key in vocab.RECIPIENT_ROLES}

        detail = QFormLayout()
        retention_row = QHBoxLayout()
        retention_row.addWidget(self.retention, 1)
        retention_row.addWidget(self.years)
        for text, widget in ((QCoreApplication.translate("ProfileEditor", "&Purpose"), self.kind), (QCoreApplication.translate("ProfileEditor", "Own &title"), self.title),
                             (QCoreApplication.translate("ProfileEditor", "&Legal basis (Art. 6(1))"), self.basis)):
            label = QLabel(text)
            label.setBuddy(widget)
            detail.addRow(label, widget)
        retention_label = QLabel(QCoreApplication.translate("ProfileEditor", "R&etention"))
        retention_label.setBuddy(self.retention)
        detail.addRow(retention_label, retention_row)
        detail.addRow(self._boxes(QCoreApplication.translate("ProfileEditor", "Data used"), self.category_boxes))
        detail.addRow(self._boxes(QCoreApplication.translate("ProfileEditor", "Recipients"), self.recipient_boxes))

        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left)
        layout.addLayout(detail, 1)

        self.list.currentRowChanged.connect(self._show)
        self.add_button.clicked.connect(self.add_purpose)
        self.remove_button.clicked.connect(self.remove_purpose)
        for signal in (self.kind.currentIndexChanged, self.basis.currentIndexChanged,
                       self.retention.currentIndexChanged, self.years.valueChanged, self.title.textChanged):
            signal.connect(self._store)
        for box in (*self.category_boxes.values(), *self.recipient_boxes.values()):
            box.toggled.connect(self._store)

    @staticmethod
    def _boxes(title: str, boxes: dict[str, QCheckBox]) -> QGroupBox:
        group = QGroupBox(title)
        grid = QGridLayout(group)
        grid.setVerticalSpacing(2)
        for i, box in enumerate(boxes.values()):
            grid.addWidget(box, i // 2, i % 2)
        return group

    def purposes(self) -> tuple[Purpose, ...]:
        return tuple(self._purposes)

    def set_profile(self, profile: ShopProfile) -> None:
        self.set_purposes(profile.purposes)

    def set_purposes(self, purposes) -> None:
        self._purposes = list(purposes)
        self._loading = True
        self.list.clear()
        for purpose in self._purposes:
            self.list.addItem(self._label(purpose))
        self._loading = False
        self.list.setCurrentRow(0 if self._purposes else -1)
        self._show(self.list.currentRow())

    def apply(self, profile: ShopProfile) -> ShopProfile:
        return profile.with_changes(purposes=self.purposes())

    def add_purpose(self) -> None:
        self._purposes.append(Purpose("custom", "b", ("name",), "relationship", title=QCoreApplication.translate("ProfileEditor", "New purpose")))
        self.list.addItem(self._label(self._purposes[-1]))
        self.list.setCurrentRow(len(self._purposes) - 1)
        self.title.setFocus()
        self.title.selectAll()

    def remove_purpose(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        del self._purposes[row]
        self.list.takeItem(row)
        self._show(self.list.currentRow())

    @staticmethod
    def _label(purpose: Purpose) -> str:
        if purpose.key == "custom":
            return purpose.title or _tr(PURPOSE_LABELS["custom"])
        return _tr(PURPOSE_LABELS.get(purpose.key, purpose.key))

    def _show(self, row: int) -> None:
        enabled = 0 <= row < len(self._purposes)
        for widget in (self.kind, self.title, self.basis, self.retention, self.years, self.remove_button,
                       *self.category_boxes.values(), *self.recipient_boxes.values()):
            widget.setEnabled(enabled)
        if not enabled:
            return
        purpose = self._purposes[row]
        self._loading = True
        _select(self.kind, purpose.key)
        self.title.setText(purpose.title or "")
        _select(self.basis, purpose.legal_basis)
        _select(self.retention, purpose.retention)
        self.years.setValue(purpose.retention_years or 5)
        for key, box in self.category_boxes.items():
            box.setChecked(key in purpose.categories)
        for key, box in self.recipient_boxes.items():
            box.setChecked(key in purpose.recipients)
        self._loading = False
        self._enable_details()

    def _enable_details(self) -> None:
        self.title.setEnabled(self.kind.currentData() == "custom")
        self.years.setEnabled(self.retention.currentData() == "fixed_years")

    def _store(self, *_args) -> None:
        row = self.list.currentRow()
        if self._loading or not 0 <= row < len(self._purposes):
            return
        self._enable_details()
        key, retention = self.kind.currentData(), self.retention.currentData()
        purpose = Purpose(
            key=key, legal_basis=self.basis.currentData(),
            categories=tuple(k for k, b in self.category_boxes.items() if b.isChecked()),
            retention=retention, recipients=tuple(k for k, b in self.recipient_boxes.items() if b.isChecked()),
            retention_years=self.years.value() if retention == "fixed_years" else None,
            title=self.title.text() if key == "custom" else None)
        self._purposes[row] = purpose
        self.list.item(row).setText(self._label(purpose))


class ProcessorsEditor(QWidget):
    """Processors and other recipients: name, role, country, and whether they act on the shop's behalf."""

    FIELDS = ("processors",)
    COLUMNS = (_N("ProfileEditor", "Name"), _N("ProfileEditor", "Role"), _N("ProfileEditor", "Country"), _N("ProfileEditor", "Processor"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Processors and recipients"))
        self.table.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        hint = QLabel(QCoreApplication.translate("ProfileEditor", "Name the systems and companies that get customer data, e.g. your accounting system or "
                          "carrier. Leave the name empty to describe only the kind of recipient. Tick "
                          "'Processor' for those working on your behalf under a data processing agreement."))
        hint.setWordWrap(True)
        self.add_button = QPushButton(QCoreApplication.translate("ProfileEditor", "&Add"))
        self.remove_button = QPushButton(QCoreApplication.translate("ProfileEditor", "&Remove"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self._country = "NO"
        self.add_button.clicked.connect(lambda: self._add_row(Processor("", "other", self._country)))
        self.remove_button.clicked.connect(self._remove_row)

    def set_default_country(self, country: str) -> None:
        self._country = country

    def set_profile(self, profile: ShopProfile) -> None:
        self._country = profile.country or self._country
        self.table.setRowCount(0)
        for processor in profile.processors:
            self._add_row(processor)

    def _add_row(self, processor: Processor) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(processor.name))
        role = _combo(list(ROLE_LABELS.items()), QCoreApplication.translate("ProfileEditor", "Role"))
        _select(role, processor.role)
        self.table.setCellWidget(row, 1, role)
        country = QLineEdit(processor.country)
        country.setMaxLength(2)
        country.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Country"))
        self.table.setCellWidget(row, 2, country)
        box = QCheckBox()
        box.setChecked(processor.is_processor)
        box.setAccessibleName(QCoreApplication.translate("ProfileEditor", "Processor"))
        self.table.setCellWidget(row, 3, box)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def processors(self) -> tuple[Processor, ...]:
        result = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            result.append(Processor(name=item.text() if item else "", role=self.table.cellWidget(row, 1).currentData(),
                                    country=self.table.cellWidget(row, 2).text().upper(),
                                    is_processor=self.table.cellWidget(row, 3).isChecked()))
        return tuple(result)

    def apply(self, profile: ShopProfile) -> ShopProfile:
        return profile.with_changes(processors=self.processors())


class RetentionEditor(QWidget):
    """When inactive customers are deleted, how long consents last, and how many backups are kept."""

    FIELDS = ("inactive_years", "consent_years", "backup_keep_daily", "backup_keep_weekly")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        off = QCoreApplication.translate("ProfileEditor", "off")
        self.inactive_years = self._spin(0, 30, QCoreApplication.translate("ProfileEditor", " years"), off)
        self.consent_years = self._spin(0, 30, QCoreApplication.translate("ProfileEditor", " years"), off)
        self.backup_keep_daily = self._spin(0, 366, QCoreApplication.translate("ProfileEditor", " days"))
        self.backup_keep_weekly = self._spin(0, 520, QCoreApplication.translate("ProfileEditor", " weeks"))
        form = QFormLayout(self)
        for text, widget in ((QCoreApplication.translate("ProfileEditor", "Delete customers &inactive for"), self.inactive_years),
                             (QCoreApplication.translate("ProfileEditor", "&Consents last at most"), self.consent_years),
                             (QCoreApplication.translate("ProfileEditor", "Keep &daily backups for"), self.backup_keep_daily),
                             (QCoreApplication.translate("ProfileEditor", "Keep &weekly backups for"), self.backup_keep_weekly)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", ""))
            form.addRow(label, widget)
        note = QLabel(QCoreApplication.translate("ProfileEditor", "Purchases the bookkeeping law requires are kept as long as it requires, whatever is "
                          "set here. The privacy notice states these periods."))
        note.setWordWrap(True)
        form.addRow(note)

    @staticmethod
    def _spin(low: int, high: int, suffix: str, special: str | None = None) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        spin.setMaximumWidth(160)
        if special:
            spin.setSpecialValueText(special)  # 0 switches the rule off
        return spin

    def set_profile(self, profile: ShopProfile) -> None:
        self.inactive_years.setValue(profile.inactive_years or 0)
        self.consent_years.setValue(profile.consent_years or 0)
        self.backup_keep_daily.setValue(profile.backup_keep_daily)
        self.backup_keep_weekly.setValue(profile.backup_keep_weekly)

    def apply(self, profile: ShopProfile) -> ShopProfile:
        return profile.with_changes(inactive_years=self.inactive_years.value() or None,
                                    consent_years=self.consent_years.value() or None,
                                    backup_keep_daily=self.backup_keep_daily.value(),
                                    backup_keep_weekly=self.backup_keep_weekly.value())
