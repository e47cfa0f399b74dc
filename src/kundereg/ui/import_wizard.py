"""File > Import customers…: pick a file, check the columns, see the dry run, apply.

Pages: the file (and an optional purchase history keyed by the source's customer number),
the columns with the first rows and a drop-down per column, and the dry-run report with the
refused rows (exportable as CSV to fix and import again). Finish applies the import behind a
progress dialog; Cancel there stops it before the commit and nothing is changed. All the
work is ``services.importing.ImportService``; this module only shows it.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QMessageBox,
                               QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget, QWizard,
                               QWizardPage)

from ..domain.errors import KunderegError
from ..services.importing import ColumnMap, ImportReport, ImportService, ImportSource, sheet_names
from ..services.importing.mapping import CONSENT_PREFIX, TARGETS
from .errors import error_text
from .progress import run_with_progress
from .workers import TaskRunner

if TYPE_CHECKING:
    from ..services.access import StaffSession
    from ..services.register import Register

_N = QT_TRANSLATE_NOOP
TARGET_LABELS = {
    "customer_number": _N("ImportWizard", "Customer number in the old system"),
    "first_name": _N("ImportWizard", "First name"),
    "last_name": _N("ImportWizard", "Last name"),
    "full_name": _N("ImportWizard", "Full name (split into first and last)"),
    "company_name": _N("ImportWizard", "Company name"),
    "org_number": _N("ImportWizard", "Organisation number"),
    "mobile": _N("ImportWizard", "Mobile phone"),
    "phone": _N("ImportWizard", "Phone (when there is no mobile)"),
    "email": _N("ImportWizard", "Email"),
    "invoice_email": _N("ImportWizard", "Invoice email"),
    "street": _N("ImportWizard", "Street address"),
    "street2": _N("ImportWizard", "Address line 2"),
    "postal_code": _N("ImportWizard", "Postal code"),
    "city": _N("ImportWizard", "City"),
    "postal_place": _N("ImportWizard", "Postal code and city together"),
    "country": _N("ImportWizard", "Country"),
    "notes": _N("ImportWizard", "Notes"),
    "consent_date": _N("ImportWizard", "Date consents were given"),
}
FILE_FILTER = _N("ImportWizard", "Customer lists (*.csv *.txt *.xlsx);;All files (*)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def target_label(target: str) -> str:
    if target.startswith(CONSENT_PREFIX):
        return _tr("Consent: {purpose}").format(purpose=target[len(CONSENT_PREFIX):])
    return _tr(TARGET_LABELS[target])


def refused_text(row: int, column: str | None, reason: KunderegError) -> str:
    if column:
        return _tr("Row {row}, column {column}: {reason}").format(row=row, column=column, reason=error_text(reason))
    return _tr("Row {row}: {reason}").format(row=row, reason=error_text(reason))


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("A CSV or Excel export of your customer list, for instance from Visma, SuperOffice, "
                                 "Tripletex, Fiken or PowerOffice. Nothing is changed until the last step."))
        form = QFormLayout(self)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Customer file"))
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(lambda: self._browse(self.path))
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        form.addRow(self.tr("Customer file:"), row)
        self.sheet = QComboBox()
        self.sheet.setAccessibleName(self.tr("Sheet"))
        self.sheet.setEnabled(False)
        form.addRow(self.tr("Sheet:"), self.sheet)
        self.purchases = QLineEdit()
        self.purchases.setAccessibleName(self.tr("Purchase history file (optional)"))
        browse_purchases = QPushButton(self.tr("Choose…"))
        browse_purchases.clicked.connect(lambda: self._browse(self.purchases))
        row2 = QHBoxLayout()
        row2.addWidget(self.purchases)
        row2.addWidget(browse_purchases)
        form.addRow(self.tr("Purchase history (optional):"), row2)
        hint = QLabel(self.tr("The purchase history names each customer by the customer number of the old system, "
                              "with a date and an amount per row."))
        hint.setWordWrap(True)
        form.addRow(hint)
        self.error = QLabel()
        self.error.setWordWrap(True)
        form.addRow(self.error)

    def _browse(self, target: QLineEdit) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Import customers"), target.text(),
                                                    _tr(FILE_FILTER))
        if path:
            target.setText(path)

    def _path_changed(self, text: str) -> None:
        self.sheet.clear()
        self.sheet.setEnabled(False)
        path = Path(text)
        if text and path.suffix.casefold() == ".xlsx" and path.is_file():
            try:
                self.sheet.addItems(sheet_names(path))
                self.sheet.setEnabled(True)
            except KunderegError as exc:
                self.error.setText(error_text(exc))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        self.error.clear()
        try:
            self._wizard.open_files(self.path.text().strip(), self.sheet.currentText() or None,
                                    self.purchases.text().strip() or None)
        except KunderegError as exc:
            self.error.setText(error_text(exc))
            return False
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column of the file and what it holds; change what was guessed wrong, or "
                                 "choose “Not imported”."))
        layout = QVBoxLayout(self)
        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("First rows of the file"))
        self.preview.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.preview, 1)
        self.form_host = QWidget()
        self.form = QFormLayout(self.form_host)
        layout.addWidget(self.form_host)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        source = self._wizard.source
        assert source is not None
        self.preview.clear()
        self.preview.setColumnCount(len(source.headers))
        self.preview.setHorizontalHeaderLabels([source.columns.label(i) for i in range(len(source.headers))])
        self.preview.setRowCount(len(source.preview))
        for r, cells in enumerate(source.preview):
            for c in range(len(source.headers)):
                self.preview.setItem(r, c, QTableWidgetItem(cells[c] if c < len(cells) else ""))
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos = []
        columns = self._wizard.columns
        for index in range(len(source.headers)):
            combo = QComboBox()
            combo.setAccessibleName(source.columns.label(index))
            combo.addItem(self.tr("Not imported"), None)
            targets = list(TARGETS)
            current = columns.targets[index]
            if current is not None and current not in targets:
                targets.append(current)  # a consent column the file or the saved mapping named
            for target in targets:
                combo.addItem(target_label(target), target)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.currentIndexChanged.connect(lambda _i, index=index, combo=combo: self._changed(index, combo))
            self.combos.append(combo)
            self.form.addRow(source.columns.label(index), combo)

    def _changed(self, index: int, combo: QComboBox) -> None:
        self._wizard.columns = self._wizard.columns.with_target(index, combo.currentData())
        for other, box in enumerate(self.combos):  # a field is held by one column: show where it moved from
            if other != index and box.currentData() != self._wizard.columns.targets[other]:
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)

    def choose(self, index: int, target: str | None) -> None:
        """Set one column's drop-down (as a user would)."""
        combo = self.combos[index]
        combo.setCurrentIndex(combo.findData(target) if target is not None else 0)

    def validatePage(self) -> bool:
        if not any(t is not None for t in self._wizard.columns.targets):
            QMessageBox.warning(self, self.wizard().windowTitle(), self.tr("Choose at least one column to import."))
            return False
        return True


class ReportPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the result"))
        self.setSubTitle(self.tr("What the import would do. Refused rows are left out; export them to fix them "
                                 "and import them again."))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.refused = QTableWidget(0, 1)
        self.refused.setAccessibleName(self.tr("Refused rows"))
        self.refused.setHorizontalHeaderLabels([self.tr("Refused rows")])
        self.refused.horizontalHeader().setStretchLastSection(True)
        self.refused.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.refused, 1)
        self.export_button = QPushButton(self.tr("Export refused rows…"))
        self.export_button.clicked.connect(self._export_clicked)
        layout.addWidget(self.export_button)

    def initializePage(self) -> None:
        self.summary.setText(self.tr("Checking the file…"))
        self.refused.setRowCount(0)
        self.export_button.setEnabled(False)
        self._wizard.run_dry_run(self.show_report)

    def show_report(self, report: ImportReport) -> None:
        lines = [self.tr("%n customer(s) to add.", "", report.added),
                 self.tr("%n row(s) to merge with a customer already in the register.", "", report.merged),
                 self.tr("%n row(s) refused.", "", report.refused_count)]
        if report.consents:
            lines.append(self.tr("%n consent(s) stated in the file.", "", report.consents))
        if report.purchases:
            lines.append(self.tr("%n purchase(s) of the purchase history.", "", report.purchases))
        if report.summary_rows:
            lines.append(self.tr("%n summary row(s) skipped.", "", len(report.summary_rows)))
        self.summary.setText("\n".join(lines))
        self.refused.setRowCount(len(report.refused))
        for i, refused in enumerate(report.refused):
            text = refused_text(refused.row, refused.column, refused.reason)
            if refused.file == "purchases":
                text = self.tr("Purchase history: {problem}").format(problem=text)
            self.refused.setItem(i, 0, QTableWidgetItem(text))
        self.export_button.setEnabled(any(r.file == "customers" for r in report.refused))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        report = self._wizard.report
        return report is not None and (report.added + report.merged + report.purchases) > 0

    def _export_clicked(self) -> None:
        suggested = str(Path(self._wizard.source.file.path).with_name("refused-rows.csv"))
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export refused rows"), suggested,
                                                    self.tr("CSV files (*.csv)"))
        if path:
            self._wizard.export_refused(path)


class ImportWizard(QWizard):
    def __init__(self, importer: ImportService, staff: StaffSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.importer, self.staff, self.runner = importer, staff, runner
        self.source: ImportSource | None = None
        self.purchases: ImportSource | None = None
        self.columns = ColumnMap((), ())
        self.report: ImportReport | None = None
        self.result: ImportReport | None = None
        self.setWindowTitle(self.tr("Import customers"))
        self.file_page, self.mapping_page, self.report_page = FilePage(self), MappingPage(self), ReportPage(self)
        for page in (self.file_page, self.mapping_page, self.report_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.task = None

    def open_files(self, path: str, sheet: str | None, purchases: str | None) -> None:
        self.source = self.importer.open(self.staff, path, sheet=sheet)
        self.columns = self.source.columns
        self.purchases = self.importer.open_purchases(self.staff, purchases) if purchases else None

    def run_dry_run(self, on_done) -> None:
        self.report = None
        source, columns, purchases = self.source, self.columns, self.purchases

        def done(report: ImportReport) -> None:
            self.report = report
            on_done(report)

        self.task = run_with_progress(self, self.runner, self.tr("Checking the file"),
                                      lambda progress: self.importer.dry_run(self.staff, source, columns, purchases,
                                                                             progress),
                                      done, on_error=self._failed, on_cancelled=self.back)

    def export_refused(self, path: str) -> int:
        try:
            written = self.importer.write_refused(self.staff, self.source, self.report, path)
        except (KunderegError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return 0
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("%n refused row(s) saved. Fix them in the file and import it again.", "",
                                        written))
        return written

    def accept(self) -> None:
        """Finish: apply behind a progress dialog; the wizard closes once the import is committed."""
        source, columns, purchases = self.source, self.columns, self.purchases
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)

        def done(report: ImportReport) -> None:
            self.result = report
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Imported: %n new customer(s); the others were merged with customers already in the register.", "",
                report.added))
            super(ImportWizard, self).accept()

        def cancelled() -> None:
            self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
            QMessageBox.information(self, self.windowTitle(), self.tr("The import was cancelled; nothing was "
                                                                      "changed."))

        self.task = run_with_progress(self, self.runner, self.tr("Importing customers"),
                                      lambda progress: self.importer.apply(self.staff, source, columns, purchases,
                                                                           progress),
                                      done, on_error=self._failed, on_cancelled=cancelled)

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        QMessageBox.warning(self, self.windowTitle(), error_text(exc))


def run_import_wizard(parent: QWidget | None, register: Register, staff: StaffSession,
                      runner: TaskRunner) -> ImportWizard:
    """File > Import customers…: the wizard on the register's database, shown window-modal."""
    wizard = ImportWizard(ImportService(register.db), staff, runner, parent)
    wizard.open()
    return wizard
