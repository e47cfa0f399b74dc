"""Administration > Find duplicates: likely pairs, both records side by side, merge into one.

The pairs come from ``services.duplicates.DuplicateService.find`` (off the GUI thread). Opening
a pair shows both records in full (audited as viewed for register maintenance); a radio
button per field picks the value to keep, and Merge keeps the left record's number with the
chosen values. Everything of the right one (purchases, service events, consents, requests)
moves to it. Restricted records are listed but cannot be merged; the service says why.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QButtonGroup, QDialog, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
                               QListWidget, QListWidgetItem, QMessageBox, QPushButton, QRadioButton, QVBoxLayout,
                               QWidget)

from ..domain.errors import KunderegError
from ..domain.records import CUSTOMER_FIELDS, Customer
from ..services.duplicates import DuplicatePair, DuplicateService
from .errors import error_text, field_label
from .progress import run_with_progress
from .workers import TaskRunner

if TYPE_CHECKING:
    from ..services.access import StaffSession
    from ..services.register import Register

_N = QT_TRANSLATE_NOOP
REASON_LABELS = {
    "org_number": _N("DuplicatesDialog", "same organisation number"),
    "mobile": _N("DuplicatesDialog", "same mobile"),
    "email": _N("DuplicatesDialog", "same email"),
    "name_address": _N("DuplicatesDialog", "same name and address"),
    "similar_name": _N("DuplicatesDialog", "similar name at a similar address"),
}


def reason_text(pair: DuplicatePair) -> str:
    reasons = ", ".join(QCoreApplication.translate("DuplicatesDialog", REASON_LABELS[r]) for r in pair.reasons)
    text = QCoreApplication.translate("DuplicatesDialog", "Customers {a} and {b}: {reasons}").format(
        a=pair.first_id, b=pair.second_id, reasons=reasons)
    if pair.restricted:
        text += QCoreApplication.translate("DuplicatesDialog", " (restricted)")
    return text


class DuplicatesDialog(QDialog):
    def __init__(self, duplicates: DuplicateService, staff: StaffSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._staff, self._runner = duplicates, staff, runner
        self.pairs: list[DuplicatePair] = []
        self.records: tuple[Customer, Customer] | None = None
        self.groups: dict[str, QButtonGroup] = {}
        self.task = None
        self.setWindowTitle(self.tr("Find duplicates"))
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.status = QLabel(self.tr("Looking for duplicates…"))
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Likely duplicates"))
        self.list.currentRowChanged.connect(self._pair_chosen)
        left.addWidget(self.list, 1)
        layout.addLayout(left, 1)
        right = QVBoxLayout()
        self.compare_host = QWidget()
        self.grid = QGridLayout(self.compare_host)
        right.addWidget(self.compare_host, 1)
        self.note = QLabel()
        self.note.setWordWrap(True)
        right.addWidget(self.note)
        self.merge_button = QPushButton(self.tr("Merge into the left record"))
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        right.addWidget(buttons)
        layout.addLayout(right, 2)

    def refresh(self) -> None:
        self.list.clear()
        self.status.setText(self.tr("Looking for duplicates…"))
        self.task = run_with_progress(self, self._runner, self.tr("Find duplicates"),
                                      lambda progress: self._service.find(self._staff, progress), self._found,
                                      on_error=self._failed)

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs
        self.list.clear()
        for pair in pairs:
            item = QListWidgetItem(reason_text(pair))
            self.list.addItem(item)
        self.status.setText(self.tr("%n likely duplicate(s). Choose one to compare the two records.", "",
                                    len(pairs)))
        self._clear_compare()

    def _clear_compare(self) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.groups = {}
        self.records = None
        self.merge_button.setEnabled(False)
        self.note.clear()

    def _pair_chosen(self, row: int) -> None:
        self._clear_compare()
        if row < 0 or row >= len(self.pairs):
            return
        pair = self.pairs[row]
        try:
            self.records = self._service.pair(self._staff, pair.first_id, pair.second_id)
        except KunderegError as exc:
            self.note.setText(error_text(exc))
            return
        left, right = self.records
        self.grid.addWidget(QLabel(self.tr("Customer {id}").format(id=left.id)), 0, 1)
        self.grid.addWidget(QLabel(self.tr("Customer {id}").format(id=right.id)), 0, 2)
        for line, field in enumerate(CUSTOMER_FIELDS, 1):
            a, b = getattr(left, field), getattr(right, field)
            if a in (None, "") and b in (None, ""):
                continue
            self.grid.addWidget(QLabel(field_label(field)), line, 0)
            group = QButtonGroup(self)
            for column, value in ((1, a), (2, b)):
                button = QRadioButton(str(value) if value not in (None, "") else self.tr("(empty)"))
                button.setAccessibleName(f"{field_label(field)} {column}")
                group.addButton(button, column)
                self.grid.addWidget(button, line, column)
            # The kept record's value unless it has none; the same value needs no choice.
            group.button(2 if a in (None, "") else 1).setChecked(True)
            if a == b:
                for button in group.buttons():
                    button.setEnabled(False)
            self.groups[field] = group
        if pair.restricted:
            self.note.setText(self.tr("One of the two is restricted (GDPR Art. 18): lift the restriction before "
                                      "merging."))
        else:
            self.note.setText(self.tr("Purchases, service events, consents and requests of customer {other} move "
                                      "to customer {keep}; number {other} is not used again.").format(
                                          other=right.id, keep=left.id))
        self.merge_button.setEnabled(True)  # a restricted pair is refused by the service, with the reason

    def choose(self, field: str, side: int) -> None:
        """Pick the left (1) or right (2) value of a field, as a click would."""
        self.groups[field].button(side).setChecked(True)

    def take_from_other(self) -> list[str]:
        return [field for field, group in self.groups.items() if group.checkedId() == 2]

    def merge(self) -> None:
        if self.records is None:
            return
        left, right = self.records
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Merge customer {other} into customer {keep}? This cannot be undone.").format(other=right.id,
                                                                                          keep=left.id))
        if answer != QMessageBox.StandardButton.Yes:
            return
        take = self.take_from_other()
        self.merge_button.setEnabled(False)

        def done(_merged: Customer) -> None:
            gone = right.id
            self.pairs = [p for p in self.pairs if gone not in (p.first_id, p.second_id)]
            self._found(self.pairs)
            self.status.setText(self.tr("Customer {other} was merged into customer {keep}.").format(other=gone,
                                                                                                     keep=left.id))

        def failed(exc: BaseException) -> None:
            self.merge_button.setEnabled(True)
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))

        self.task = run_with_progress(self, self._runner, self.tr("Merging customers"),
                                      lambda progress: self._service.merge(self._staff, left.id, right.id, take,
                                                                           versions=(left.version, right.version)),
                                      done, on_error=failed)

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(error_text(exc))


def run_duplicates_dialog(parent: QWidget | None, register: Register, staff: StaffSession,
                          runner: TaskRunner) -> DuplicatesDialog:
    """Administration > Find duplicates: the dialog on the register, searching as it opens."""
    from ..services.register import ledger_file

    ledger = ledger_file(register.locations) if register.locations is not None else None
    dialog = DuplicatesDialog(DuplicateService(register.db, ledger), staff, runner, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.refresh()
    return dialog
