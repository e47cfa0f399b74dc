"""The login page and the lock page, shown in the main window instead of the register.

Both are plain forms: they emit what was typed and the main window runs the service call
(through the runner) and reports back with ``show_error`` or by switching pages. Neither
shows anything about customers; the lock page names only the staff member who locked it.
The secret field is emptied after every attempt.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (QComboBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from .palette import error_colour



class _GatePage(QWidget):
    """A centred card: a heading, a line of explanation, a form, an error line and buttons."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.card = QFrame(self, objectName=f"{object_name}Card")
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        self.card.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Maximum)
        self.card.setMinimumWidth(440)
        self.card.setAutoFillBackground(True)
        self.card.setBackgroundRole(QPalette.ColorRole.Base)

        self.heading = QLabel(self.card)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.intro = QLabel(self.card)
        self.intro.setWordWrap(True)
        self.intro.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        self.secret = QLineEdit(self.card)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(QCoreApplication.translate("LockScreen", "Password or PIN"))
        self.secret.setMinimumWidth(240)
        self.secret.returnPressed.connect(self._submit)
        self.secret.textEdited.connect(lambda _t: self.clear_error())

        self.error = QLabel(self.card, objectName="gateError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(QCoreApplication.translate("LockScreen", "Login problem"))
        self.error.setVisible(False)
        palette = self.error.palette()
        palette.setColor(QPalette.ColorRole.WindowText, error_colour(self.palette()))
        self.error.setPalette(palette)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.buttons = QHBoxLayout()

        inner = QVBoxLayout(self.card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(10)
        inner.addWidget(self.heading)
        inner.addWidget(self.intro)
        inner.addSpacing(4)
        inner.addLayout(self.form)
        inner.addWidget(self.error)
        inner.addSpacing(4)
        inner.addLayout(self.buttons)

        outer = QVBoxLayout(self)
        outer.addStretch(2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(3)
        self._busy = False

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.card)
        button.setAccessibleName(name)
        button.setAutoDefault(True)
        return button

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        self.secret.clear()
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def clear_error(self) -> None:
        self.error.clear()
        self.error.setVisible(False)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def set_busy(self, busy: bool) -> None:
        """While a check runs the form takes no second attempt."""
        self._busy = busy
        self.card.setEnabled(not busy)

    def reset(self) -> None:
        self.secret.clear()
        self.clear_error()
        self.set_busy(False)

    def focus_first(self) -> None:
        self.secret.setFocus(Qt.FocusReason.OtherFocusReason)

    def _take_secret(self) -> str | None:
        """What was typed (the field is emptied at once), or None with the reason shown."""
        if not self.secret.text():
            self.show_error(QCoreApplication.translate("LockScreen", "Type your password or PIN."))
            return None
        secret = self.secret.text()
        self.secret.clear()
        self.clear_error()
        return secret

    def _submit(self) -> None:
        raise NotImplementedError


class LoginPage(_GatePage):
    """Choose your name, type your password (or PIN), Enter."""

    login_requested = Signal(str, str)  # username, secret

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("loginPage", parent)
        self.heading.setText(QCoreApplication.translate("LockScreen", "Log in"))
        self.intro.setText(QCoreApplication.translate("LockScreen", "Choose your name and type your password or PIN."))
        self.user = QComboBox(self.card)
        self.user.setAccessibleName(QCoreApplication.translate("LockScreen", "User"))
        self.user.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.user.currentIndexChanged.connect(lambda _i: self.clear_error())
        user_label = QLabel(QCoreApplication.translate("LockScreen", "&User"), self.card)
        user_label.setBuddy(self.user)
        secret_label = QLabel(QCoreApplication.translate("LockScreen", "&Password or PIN"), self.card)
        secret_label.setBuddy(self.secret)
        self.form.addRow(user_label, self.user)
        self.form.addRow(secret_label, self.secret)
        self.login_button = self._button(QCoreApplication.translate("LockScreen", "&Log in"), QCoreApplication.translate("LockScreen", "Log in"))
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self._submit)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.login_button)
        QWidget.setTabOrder(self.user, self.secret)
        QWidget.setTabOrder(self.secret, self.login_button)

    def set_shop_name(self, name: str) -> None:
        self.heading.setText(QCoreApplication.translate("LockScreen", "Log in to {shop}").format(shop=name) if name else QCoreApplication.translate("LockScreen", "Log in"))

    def set_users(self, usernames: list[str], select: str | None = None) -> None:
        current = select or self.user.currentText()
        self.user.blockSignals(True)
        self.user.clear()
        self.user.addItems(usernames)
        index = self.user.findText(current) if current else -1
        self.user.setCurrentIndex(index if index >= 0 else 0)
        self.user.blockSignals(False)

    def usernames(self) -> list[str]:
        return [self.user.itemText(i) for i in range(self.user.count())]

    def focus_first(self) -> None:
        (self.secret if self.user.count() <= 1 else self.user).setFocus(Qt.FocusReason.OtherFocusReason)

    def _submit(self) -> None:
        if self._busy:
            return
        username = self.user.currentText()
        if not username:
            self.show_error(QCoreApplication.translate("LockScreen", "There is no active staff account."))
            return
        secret = self._take_secret()
        if secret is not None:
            self.login_requested.emit(username, secret)


class LockPage(_GatePage):
    """The screen while locked: unlock as the same person, or let someone else log in."""

    unlock_requested = Signal(str)  # secret
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("lockPage", parent)
        self.heading.setText(QCoreApplication.translate("LockScreen", "Locked"))
        secret_label = QLabel(QCoreApplication.translate("LockScreen", "&Password or PIN"), self.card)
        secret_label.setBuddy(self.secret)
        self.form.addRow(secret_label, self.secret)
        self.switch_button = self._button(QCoreApplication.translate("LockScreen", "&Switch user…"), QCoreApplication.translate("LockScreen", "Switch user"))
        self.switch_button.setToolTip(QCoreApplication.translate("LockScreen", "Log out and let someone else log in"))
        self.switch_button.clicked.connect(self._switch)
        self.unlock_button = self._button(QCoreApplication.translate("LockScreen", "&Unlock"), QCoreApplication.translate("LockScreen", "Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.buttons.addWidget(self.switch_button)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.unlock_button)
        QWidget.setTabOrder(self.secret, self.unlock_button)
        QWidget.setTabOrder(self.unlock_button, self.switch_button)

    def set_user(self, display_name: str, username: str) -> None:
        self.intro.setText(QCoreApplication.translate("LockScreen", "The register is locked. {name} ({user}) can unlock it with their password "
                               "or PIN; anyone else logs in with “Switch user”.").format(
            name=display_name, user=username))

    def _submit(self) -> None:
        if self._busy:
            return
        secret = self._take_secret()
        if secret is not None:
            self.unlock_requested.emit(secret)

    def _switch(self) -> None:
        if not self._busy:
            self.reset()
            self.switch_requested.emit()
