"""First start: name the shop, pick its country and create the owner's account.

With a ``login`` callable (``AuthService.login``) the new owner is logged in right away, so
the person who just chose the password does not type it again; ``staff`` holds the session.
The password fields are emptied once the register exists.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QMessageBox, QVBoxLayout, QWidget)

from ..domain.errors import KunderegError, ValidationError, ValidationErrors
from ..services.shop import ShopInfo
from .customer_panel import error_colour
from .errors import error_text, field_errors

if TYPE_CHECKING:
    from ..services.access import StaffSession

# init(name=, country=, owner_username=, owner_password=) -> ShopInfo, e.g. partial(init_shop, db)
InitShop = Callable[..., ShopInfo]

SHOP_COUNTRIES = (("NO", QT_TRANSLATE_NOOP("SetupDialog", "Norway")), ("SE", QT_TRANSLATE_NOOP("SetupDialog", "Sweden")),
                  ("FI", QT_TRANSLATE_NOOP("SetupDialog", "Finland")), ("DK", QT_TRANSLATE_NOOP("SetupDialog", "Denmark")))
MIN_PASSWORD_LENGTH = 8


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupDialog", text)


class SetupDialog(QDialog):
    """Collects the shop and owner details and calls ``init``; ``shop`` holds the result."""

    def __init__(self, init: InitShop, parent: QWidget | None = None, *,
                 login: Callable[[str, str], Any] | None = None) -> None:
        super().__init__(parent)
        self._init = init
        self._login = login
        self.shop: ShopInfo | None = None
        self.staff: StaffSession | None = None  # the owner, logged in (with ``login``)
        self.setWindowTitle(QCoreApplication.translate("SetupDialog", "Set up the customer register"))
        self.setMinimumWidth(460)

        intro = QLabel(QCoreApplication.translate("SetupDialog", "Welcome! Before the first customer, tell the register which shop it "
                           "belongs to and create the owner's account. The owner can add staff "
                           "accounts later."))
        intro.setWordWrap(True)

        self.name = QLineEdit()
        self.name.setAccessibleName(QCoreApplication.translate("SetupDialog", "Shop name"))
        self.name.setPlaceholderText(QCoreApplication.translate("SetupDialog", "As on receipts, e.g. Gjøvik Rens AS"))
        self.country = QComboBox()
        self.country.setAccessibleName(QCoreApplication.translate("SetupDialog", "Country"))
        for code, name in SHOP_COUNTRIES:
            self.country.addItem(_tr(name), code)
        self.username = QLineEdit()
        self.username.setAccessibleName(QCoreApplication.translate("SetupDialog", "Owner username"))
        self.username.setPlaceholderText(QCoreApplication.translate("SetupDialog", "lower-case, e.g. kari"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(QCoreApplication.translate("SetupDialog", "Password"))
        self.password.setPlaceholderText(QCoreApplication.translate("SetupDialog", "At least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(QCoreApplication.translate("SetupDialog", "Repeat password"))

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName(QCoreApplication.translate("SetupDialog", "Problems"))
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        self.error.setPalette(palette)

        form = QFormLayout()
        for text, widget in ((QCoreApplication.translate("SetupDialog", "&Shop name"), self.name), (QCoreApplication.translate("SetupDialog", "&Country"), self.country),
                             (QCoreApplication.translate("SetupDialog", "Owner &username"), self.username), (QCoreApplication.translate("SetupDialog", "&Password"), self.password),
                             (QCoreApplication.translate("SetupDialog", "&Repeat password"), self.repeat)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("SetupDialog", "Create register"))
        ok.setAccessibleName(QCoreApplication.translate("SetupDialog", "Create register"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(QCoreApplication.translate("SetupDialog", "Quit"))
        cancel.setAccessibleName(QCoreApplication.translate("SetupDialog", "Quit without setting up"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        problems: list[str] = []
        if self.password.text() != self.repeat.text():
            problems.append(QCoreApplication.translate("SetupDialog", "The two passwords are not the same."))
        if not problems:
            try:
                self.shop = self._init(name=self.name.text(), country=self.country.currentData(),
                                       owner_username=self.username.text(),
                                       owner_password=self.password.text())
            except (ValidationErrors, ValidationError) as exc:
                problems.extend(field_errors(exc).values())
            except KunderegError as exc:
                QMessageBox.warning(self, self.windowTitle(), error_text(exc))
                return
        if problems:
            self.error.setText("\n".join(problems))
            self.error.setVisible(True)
            return
        if self._login is not None:
            try:
                self.staff = self._login(self.username.text(), self.password.text())
            except KunderegError as exc:  # the register exists; the owner logs in on the login page
                QMessageBox.warning(self, self.windowTitle(), error_text(exc))
        self.password.clear()
        self.repeat.clear()
        super().accept()
