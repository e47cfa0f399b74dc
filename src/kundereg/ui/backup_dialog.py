"""Asking for the backup passphrase, and where a remembered one is kept.

The passphrase encrypts every backup; without it a backup cannot be restored, so a new
one is typed twice. "Remember on this PC" keeps it in this Windows/Linux account's kundereg
settings so the daily backup at closing time needs no typing; the dialog says plainly who
can then read it.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..services.backup import MIN_PASSPHRASE
from .widgets import ErrorLabel, dialog_buttons

PASSPHRASE_KEY = "backup/passphrase"
OFFERED_KEY = "backup/offered_on"


def remembered_passphrase(settings: QSettings) -> str | None:
    value = settings.value(PASSPHRASE_KEY)
    return value if isinstance(value, str) and value else None


class PassphraseDialog(QDialog):
    """``confirm``: a backup is being written (type twice, may remember); else a restore or check."""

    def __init__(self, settings: QSettings, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="passphraseDialog")
        self._settings = settings
        self._confirm = confirm
        self.setWindowTitle(self.tr("Backup passphrase"))
        self.intro = QLabel(self.tr(
            "Backups are encrypted with this passphrase. Without it no backup can be restored: keep it "
            "somewhere safe, away from this PC.") if confirm else self.tr(
            "Type the passphrase the backup was encrypted with."), self)
        self.intro.setWordWrap(True)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit = QLineEdit(self)
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.remember_box = QCheckBox(self.tr("&Remember on this PC, for the daily backup when closing"), self)
        self.remember_box.setToolTip(self.tr("Anyone who can log in to this user account on this PC can then read "
                                        "the passphrase."))
        self.error_label = ErrorLabel(self.tr("Problem with the passphrase"), self)
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        if confirm:
            form.addRow(self.tr("Re&peat:"), self.repeat_edit)
        self.repeat_edit.setVisible(confirm)
        self.remember_box.setVisible(confirm)
        self.buttons = dialog_buttons(self, self.tr("&Continue"), self.tr("Use this passphrase"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.remember_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    def accept(self) -> None:
        """OK checks the passphrase first; the dialog stays open with the reason if it is refused."""
        text = self.passphrase_edit.text()
        if len(text) < MIN_PASSPHRASE:
            self.error_label.show_message(self.tr("The passphrase must be at least {n} characters long.").format(
                n=MIN_PASSPHRASE))
            return
        if self._confirm and self.repeat_edit.text() != text:
            self.error_label.show_message(self.tr("The two passphrases differ."))
            return
        if self._confirm and self.remember_box.isChecked():
            self._settings.setValue(PASSPHRASE_KEY, text)
        super().accept()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()
