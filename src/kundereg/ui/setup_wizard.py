"""First start: a wizard that creates the register, its shop profile and the owner's account.

Pages: kind of shop (a preset: dry cleaner, B2B building supplier, web shop or blank), the
shop's details, the customer fields and marketing, the purposes, the processors and recipients,
and the owner's account. Each page checks its part with ``services.profile.validate_profile``
(no SQL) before going on; Finish creates everything in one transaction through the task
runner and, with a ``login`` callable, logs the new owner in so they need not type the password
again. ``shop`` and ``staff`` hold the results; the password fields are emptied afterwards.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QFormLayout, QLabel, QLineEdit, QRadioButton, QVBoxLayout,
                               QWidget, QWizard, QWizardPage)

from ..domain.languages import COUNTRY_LANGUAGE
from ..domain.errors import KunderegError, ValidationError, ValidationErrors
from ..domain.presets import PRESET_KEYS, preset_profile, with_marketing
from ..domain.profile import Processor, ShopProfile
from ..domain.records import CORE_FIELDS
from ..services.profile import require_contact, validate_profile
from ..services.shop import ShopInfo
from ..services.staff import MIN_PASSWORD_LENGTH
from .errors import error_text, field_errors
from .profile_editor import DataEditor, ErrorLabel, ProcessorsEditor, PurposesEditor, ShopDetailsEditor
from .workers import TaskRunner

if TYPE_CHECKING:
    from ..services.access import StaffSession

# create(profile, owner_username=, owner_password=, owner_display_name=, preset=) -> ShopInfo, e.g. partial(create_register, db)
CreateRegister = Callable[..., ShopInfo]

_N = QT_TRANSLATE_NOOP
PRESET_TEXTS = {
    "dry_cleaner": (_N("SetupWizard", "Dry cleaner or repair shop"),
                    _N("SetupWizard", "Name and mobile to hand items to the right person and say when they are "
                                      "ready; email only when needed. No marketing.")),
    "b2b_supplier": (_N("SetupWizard", "Supplier to businesses (building materials, parts)"),
                     _N("SetupWizard", "Company, organisation number, address and invoice email; CRM and "
                                       "accounting system; marketing to existing customers, who may object.")),
    "web_shop": (_N("SetupWizard", "Web shop"),
                 _N("SetupWizard", "Delivery address, orders, returns; newsletter only with consent; carriers, "
                                   "payment and hosting as recipients.")),
    "blank": (_N("SetupWizard", "Something else (start blank)"),
              _N("SetupWizard", "Only the customer relationship and bookkeeping; add the rest yourself.")),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupWizard", text)


def _intro(text: str) -> QLabel:
    """The page's explanation as body text: the wizard's subtitle area cuts long texts off."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class _ProfilePage(QWizardPage):
    """A page showing one editor; going on checks the editor's part of the profile."""

    def __init__(self, title: str, subtitle: str, editor: QWidget) -> None:
        super().__init__()
        self.setTitle(title)
        self.editor = editor
        self.error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(_intro(subtitle))
        layout.addWidget(editor, 1)
        layout.addWidget(self.error)

    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        wizard: SetupWizard = self.wizard()
        wizard.profile = self.editor.apply(wizard.profile)
        problems = [text for field, text in wizard.problems().items() if field in self.editor.FIELDS]
        self.error.show_problems(problems)
        return not problems


class _PresetPage(QWizardPage):
    def validatePage(self) -> bool:  # noqa: N802 (Qt API)
        return self.wizard()._preset_chosen()


class SetupWizard(QWizard):
    def __init__(self, create: CreateRegister, parent: QWidget | None = None, *,
                 login: Callable[[str, str], Any] | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._create = create
        self._login = login
        self._runner = runner if runner is not None else TaskRunner(synchronous=True, parent=self)
        self._preset: str | None = None
        self._busy = False
        self.shop: ShopInfo | None = None
        self.staff: StaffSession | None = None
        self.profile: ShopProfile = preset_profile("blank", name="", country="NO")
        self.setWindowTitle(QCoreApplication.translate("SetupWizard", "Set up the customer register"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setMinimumSize(720, 560)
        self.setButtonText(QWizard.WizardButton.FinishButton, QCoreApplication.translate("SetupWizard", "Create register"))
        self.setButtonText(QWizard.WizardButton.CancelButton, QCoreApplication.translate("SetupWizard", "Quit"))

        self.preset_page = self._build_preset_page()
        self.shop_editor = ShopDetailsEditor()
        self.data_editor = DataEditor()
        self.purposes_editor = PurposesEditor()
        self.processors_editor = ProcessorsEditor()
        self.shop_page = _ProfilePage(QCoreApplication.translate("SetupWizard", "Your shop"), QCoreApplication.translate("SetupWizard", "Printed on the privacy notice and every letter to a "
                                                            "customer. The country chooses the supervisory "
                                                            "authority and the bookkeeping rules."),
                                      self.shop_editor)
        self.data_page = _ProfilePage(QCoreApplication.translate("SetupWizard", "What you keep about customers"),
                                      QCoreApplication.translate("SetupWizard", "The customer form shows only the fields you keep. Name, mobile, email "
                                          "and notes are always there; any may be left empty."), self.data_editor)
        self.purposes_page = _ProfilePage(QCoreApplication.translate("SetupWizard", "Why you keep it"),
                                          QCoreApplication.translate("SetupWizard", "Each purpose with its legal basis, the data it uses, how long it is "
                                              "kept and who receives it. The preset follows what similar shops "
                                              "publish; change what is different for you."), self.purposes_editor)
        self.processors_page = _ProfilePage(QCoreApplication.translate("SetupWizard", "Who else gets customer data"),
                                            QCoreApplication.translate("SetupWizard", "Processors work on your behalf (accounting, CRM, hosting); other "
                                                "recipients, such as carriers, use the data for their own task."),
                                            self.processors_editor)
        self.owner_page = self._build_owner_page()
        for page in (self.preset_page, self.shop_page, self.data_page, self.purposes_page, self.processors_page,
                     self.owner_page):
            self.addPage(page)
        self.shop_editor.country_changed.connect(self._country_changed)
        self.currentIdChanged.connect(self._entered)
        self.choose_preset("dry_cleaner")
        self._preset_chosen()  # the editors start filled, so Finish works from any page
        # The fields the first-run tests and screen readers reach directly.
        self.name, self.country = self.shop_editor.name, self.shop_editor.country

    # -- pages ---------------------------------------------------------------------------------

    def _build_preset_page(self) -> QWizardPage:
        page = _PresetPage()
        page.setTitle(QCoreApplication.translate("SetupWizard", "Welcome"))
        layout = QVBoxLayout(page)
        layout.addWidget(_intro(QCoreApplication.translate("SetupWizard", "Before the first customer, tell the register which shop it belongs to, what "
                                    "it keeps about customers and why, and create the owner's account. Start from "
                                    "the kind of shop closest to yours; everything can be changed later in the "
                                    "settings.")))
        layout.addSpacing(8)
        self.preset_buttons = QButtonGroup(page)
        self.preset_radio: dict[str, QRadioButton] = {}
        for key in PRESET_KEYS:
            title, text = PRESET_TEXTS[key]
            radio = QRadioButton(_tr(title))
            radio.setAccessibleDescription(_tr(text))
            description = QLabel(_tr(text))
            description.setWordWrap(True)
            description.setIndent(24)
            self.preset_buttons.addButton(radio)
            self.preset_radio[key] = radio
            layout.addWidget(radio)
            layout.addWidget(description)
            layout.addSpacing(6)
        layout.addStretch(1)
        return page

    def _build_owner_page(self) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(QCoreApplication.translate("SetupWizard", "The owner's account"))
        self.full_name = QLineEdit()  # letters and receipts are signed with it
        self.full_name.setAccessibleName(QCoreApplication.translate("SetupWizard", "Owner's full name"))
        self.username = QLineEdit()
        self.username.setAccessibleName(QCoreApplication.translate("SetupWizard", "Owner username"))
        self.username.setPlaceholderText(QCoreApplication.translate("SetupWizard", "lower-case, e.g. kari"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(QCoreApplication.translate("SetupWizard", "Password"))
        self.password.setPlaceholderText(QCoreApplication.translate("SetupWizard", "At least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(QCoreApplication.translate("SetupWizard", "Repeat password"))
        self.error = ErrorLabel()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form = QFormLayout()
        for text, widget in ((QCoreApplication.translate("SetupWizard", "Owner's &full name"), self.full_name),
                             (QCoreApplication.translate("SetupWizard", "Owner &username"), self.username), (QCoreApplication.translate("SetupWizard", "&Password"), self.password),
                             (QCoreApplication.translate("SetupWizard", "&Repeat password"), self.repeat)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        layout = QVBoxLayout(page)
        layout.addWidget(_intro(QCoreApplication.translate("SetupWizard", "The owner may do everything, including reports, settings and staff accounts. "
                                    "Add counter staff later under Administration.")))
        layout.addLayout(form)
        layout.addSpacing(8)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addStretch(1)
        page.setFinalPage(True)
        return page

    # -- presets -------------------------------------------------------------------------------

    def choose_preset(self, key: str) -> None:
        self.preset_radio[key].setChecked(True)

    def chosen_preset(self) -> str:
        return next(k for k, radio in self.preset_radio.items() if radio.isChecked())

    def _preset_chosen(self) -> bool:
        key = self.chosen_preset()
        if key != self._preset:  # a new choice resets what the preset decides, keeps the shop's details
            self._preset = key
            current = self.shop_editor.apply(self.profile)
            self.profile = preset_profile(key, name=current.name, country=current.country or "NO").with_changes(
                org_number=current.org_number, street=current.street, postal_code=current.postal_code,
                city=current.city, email=current.email, phone=current.phone)
            for editor in (self.shop_editor, self.data_editor, self.purposes_editor, self.processors_editor):
                editor.set_profile(self.profile)
        return True

    def _country_changed(self, country: str) -> None:
        """A new country brings its own languages and moves recipients not yet named there."""
        language = COUNTRY_LANGUAGE.get(country, "en")
        for combo in (self.shop_editor.ui_language, self.shop_editor.document_language):
            combo.setCurrentIndex(combo.findData(language))
        moved = tuple(p if p.name else Processor(p.name, p.role, country, p.is_processor)
                      for p in self.processors_editor.processors())
        self.processors_editor.set_profile(self.profile.with_changes(country=country, processors=moved))

    def _entered(self, page_id: int) -> None:
        if self.page(page_id) is self.owner_page:
            profile = self.current_profile()
            self.summary.setText(QCoreApplication.translate("SetupWizard", "Create registers the shop {shop} ({country}) with {fields} customer fields, "
                                     "{purposes} purposes and {recipients} processors and recipients. The privacy "
                                     "notice can then be saved under Administration → Shop profile and settings.")
                                 .format(shop=profile.name, country=profile.country,
                                         fields=len(CORE_FIELDS) + len(profile.customer_fields), purposes=len(profile.purposes),
                                         recipients=len(profile.processors)))
        elif self.page(page_id) is self.purposes_page:
            # Marketing switched on or off on the page before: add or drop its purpose.
            self.profile = self.profile.with_changes(
                purposes=with_marketing(self.purposes_editor.purposes(), self.profile.marketing_basis))
            self.purposes_editor.set_purposes(self.profile.purposes)

    # -- checking and creating -----------------------------------------------------------------

    def current_profile(self) -> ShopProfile:
        profile = self.profile
        for editor in (self.shop_editor, self.data_editor, self.purposes_editor, self.processors_editor):
            profile = editor.apply(profile)
        return profile

    def problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        # The notice and the ROPA need the controller's address and email or phone: asked for here.
        for check in (validate_profile, require_contact):
            try:
                check(self.profile)
            except (ValidationErrors, ValidationError) as exc:
                found = {**field_errors(exc), **found}
        return found

    def accept(self) -> None:
        """Finish: create the register (on the task runner), log the owner in, close."""
        if self._busy:
            return
        self.profile = self.current_profile()
        if self.password.text() != self.repeat.text():
            self.error.show_problems([QCoreApplication.translate("SetupWizard", "The two passwords are not the same.")])
            return
        self._busy = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        profile, username, password, preset = (self.profile, self.username.text(), self.password.text(),
                                               self._preset or self.chosen_preset())
        full_name = self.full_name.text()
        self._runner.submit(lambda _progress: self._create(profile, owner_username=username, owner_password=password,
                                                           owner_display_name=full_name, preset=preset),
                            on_done=self._created, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        problems = field_errors(exc) if isinstance(exc, KunderegError) else {}
        self.error.show_problems(list(problems.values()) or [error_text(exc)])

    def _created(self, shop: ShopInfo) -> None:
        self.shop = shop
        if self._login is not None:
            try:
                self.staff = self._login(self.username.text(), self.password.text())
            except KunderegError as exc:  # the register exists; the owner logs in on the login page
                from PySide6.QtWidgets import QMessageBox

                QMessageBox.warning(self, self.windowTitle(), error_text(exc))
        self.password.clear()
        self.repeat.clear()
        self._busy = False
        QDialog.accept(self)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self._busy and event.key() == Qt.Key.Key_Escape:
            return  # do not close while the register is being created
        super().keyPressEvent(event)
