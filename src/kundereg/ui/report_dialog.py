"""The Art. 15 access report for the open (so verified) customer, as a PDF.

The owner picks the report's language (the shop country's by default), optionally the access
request it answers, and whether the PDF is encrypted (AES-256) with a generated password. The
report is written by ``ReportService`` on the worker, into a private temporary folder or a file
the owner chose; the dialog then shows where it is and the password, which must reach the
person by another way than the file. "Open" shows it in the system's PDF viewer, which also
prints it. (Printing through a Qt print dialog would need QtPdf to draw the pages, which
PySide6-Essentials does not include.)
"""
from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QFontDatabase
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QFrame,
                               QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget)

from ..domain.languages import COUNTRY_LANGUAGE, NATIVE_NAMES
from ..domain.access import Permission
from ..domain.enums import RequestType
from ..domain.errors import KunderegError
from ..reports.page import new_report_password
from .report_files import TEMP_PREFIX
from ..services.access import StaffSession
from ..services.reports import ReportService
from ..services.requests import DataRequest, RequestService
from .errors import error_text
from .widgets import ErrorLabel
from .workers import TaskRunner

StaffProvider = Callable[[], StaffSession | None]

# The report languages, each named in itself.
LANGUAGE_NAMES: dict[str, str] = NATIVE_NAMES
PASSWORD_STYLE = ("QLabel { background: #fff8e1; color: #3e2723; border: 2px solid #f9a825; border-radius: 4px; "
                  "padding: 8px 12px; }")


def default_language(country: str | None) -> str:
    return COUNTRY_LANGUAGE.get((country or "").upper(), "en")


class ReportDialog(QDialog):
    """Creates one customer's access report; ``path`` and ``password`` tell what was made."""

    created = Signal(object)  # Path of the report just written

    def __init__(self, reports: ReportService, requests: RequestService | None, staff_provider: StaffProvider,
                 runner: TaskRunner, customer_id: int, customer_name: str, country: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reports = reports
        self._requests = requests
        self._staff_provider = staff_provider
        self._runner = runner
        self._customer_id = customer_id
        self._busy = False
        self._target: Path | None = None  # a file the owner chose; None: a private temporary folder
        self.path: Path | None = None
        self._temp_folders: list[Path] = []
        self.finished.connect(lambda _result: self._remove_temp_files())
        self.password: str | None = None
        self.setObjectName("reportDialog")
        self.setWindowTitle(self.tr("Access report"))

        intro = QLabel(self.tr("The access report (GDPR Art. 15) for <b>{name}</b> (customer {id}): everything "
                          "the register holds about them, why, and their rights.").format(
            name=_html(customer_name), id=customer_id), self)
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)

        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Report language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(f"{name} ({code})", code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(default_language(country)))
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language_combo)

        self.reference_combo = QComboBox(self)
        self.reference_combo.setAccessibleName(self.tr("Access request answered"))
        self.reference_combo.addItem(self.tr("None (not answering a registered request)"), None)
        reference_label = QLabel(self.tr("Answers &request:"), self)
        reference_label.setBuddy(self.reference_combo)

        self.protect_box = QCheckBox(self.tr("&Password-protect (AES-256)"), self)
        self.protect_box.setAccessibleName(self.tr("Password-protect the report"))
        self.protect_box.setToolTip(self.tr("Encrypt the PDF with a new password; give the password to the person "
                                       "separately from the file"))
        self.protect_box.setChecked(True)

        self.location_edit = QLineEdit(self)
        self.location_edit.setReadOnly(True)
        self.location_edit.setAccessibleName(self.tr("Where the report is saved"))
        self.location_edit.setText(self.tr("A private temporary folder"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose where to save the report"))
        self.choose_button.clicked.connect(self.choose_file)
        location_label = QLabel(self.tr("&Save to:"), self)
        location_label.setBuddy(self.location_edit)
        location = QHBoxLayout()
        location.addWidget(self.location_edit, 1)
        location.addWidget(self.choose_button)

        form = QFormLayout()
        form.addRow(language_label, self.language_combo)
        form.addRow(reference_label, self.reference_combo)
        form.addRow("", self.protect_box)
        form.addRow(location_label, location)

        self.error_label = ErrorLabel(self.tr("Problem creating the report"), self)

        # -- shown once the report exists
        self.result_frame = QFrame(self)
        self.result_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.path_label = QLabel(self.result_frame)
        self.path_label.setAccessibleName(self.tr("Report file"))
        self.path_label.setWordWrap(True)
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label = QLabel(self.result_frame)
        self.password_label.setAccessibleName(self.tr("Report password"))
        self.password_label.setStyleSheet(PASSWORD_STYLE)
        self.password_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.password_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.6)
        font.setWeight(QFont.Weight.Bold)
        self.password_label.setFont(font)
        self.password_note = QLabel(self.tr("Give this password to the person separately – in person, by SMS or by "
                                       "phone – never in the same email or envelope as the file. It is not "
                                       "stored anywhere."), self.result_frame)
        self.password_note.setWordWrap(True)
        self.open_button = QPushButton(self.tr("&Open"), self.result_frame)
        self.open_button.setAccessibleName(self.tr("Open the report"))
        self.open_button.setToolTip(self.tr("Open the PDF in the system's viewer, to read or print it"))
        self.open_button.clicked.connect(self.open_report)
        result_buttons = QHBoxLayout()
        result_buttons.addWidget(self.open_button)
        result_buttons.addStretch(1)
        result_layout = QVBoxLayout(self.result_frame)
        result_layout.addWidget(self.path_label)
        result_layout.addWidget(self.password_label)
        result_layout.addWidget(self.password_note)
        result_layout.addLayout(result_buttons)
        self.result_frame.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.create_button = self.buttons.addButton(self.tr("&Create report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setAccessibleName(self.tr("Create the access report"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_report)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.result_frame)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())
        self._load_requests()

    # -- the access requests this report may answer ------------------------------------------------
    def _load_requests(self) -> None:
        staff = self._staff_provider()
        service, customer_id = self._requests, self._customer_id
        if service is None or staff is None or not staff.may(Permission.HANDLE_REQUEST):
            return
        self._runner.submit(lambda _p: service.requests(staff, open_only=True, customer_id=customer_id),
                            self._requests_loaded,
                            lambda exc: None if isinstance(exc, KunderegError) else _raise(exc))

    def _requests_loaded(self, rows: list[DataRequest]) -> None:
        access = [r for r in rows if r.kind is RequestType.ACCESS]
        for r in access:
            self.reference_combo.addItem(self.tr("{reference} – received {date}").format(
                reference=r.reference, date=r.received_on.isoformat()), r.reference)
        if access:  # answering the oldest open access request is the usual case
            self.reference_combo.setCurrentIndex(1)

    # -- creating --------------------------------------------------------------------------------
    def choose_file(self) -> None:
        suggested = str(Path.home() / self._file_name())
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save access report"), suggested,
                                                    self.tr("PDF documents (*.pdf)"))
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._target = Path(path)
        self.location_edit.setText(path)

    def _remove_temp_files(self) -> None:
        for folder in self._temp_folders:
            shutil.rmtree(folder, ignore_errors=True)  # a viewer holding it open (Windows): swept next start
        self._temp_folders.clear()

    def _file_name(self) -> str:
        return f"access-report-{self._customer_id}-{date.today():%Y%m%d}.pdf"

    def create_report(self) -> None:
        staff = self._staff_provider()
        if staff is None or self._busy:
            return
        self.error_label.clear_message()
        target = self._target
        if target is None:
            # A private folder (mkdtemp makes it 0700) that lives only as long as this dialog:
            # a report is full of personal data and must not linger in the temp directory.
            folder = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX))
            self._temp_folders.append(folder)
            target = folder / self._file_name()
        password = new_report_password() if self.protect_box.isChecked() else None
        language = self.language_combo.currentData()
        reference = self.reference_combo.currentData()
        reports, customer_id = self._reports, self._customer_id
        self._busy = True
        self.create_button.setEnabled(False)
        self.create_button.setText(self.tr("Creating…"))

        def work(_progress) -> Path:
            reports.access_report(staff, customer_id, language, str(target), password=password,
                                  request_reference=reference)
            return target

        self._runner.submit(work, lambda path: self._created(path, password), self._failed)

    def _created(self, path: Path, password: str | None) -> None:
        self._busy = False
        self.path, self.password = path, password
        self.create_button.setText(self.tr("&Create again"))
        self.create_button.setEnabled(True)
        self.path_label.setText(self.tr("Saved as <b>{path}</b>").format(path=_html(str(path))))
        self.password_label.setVisible(password is not None)
        self.password_note.setVisible(password is not None)
        if password is not None:
            self.password_label.setText(self.tr("Password: {password}").format(password=password))
        self.result_frame.show()
        self.created.emit(path)
        self.open_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.create_button.setText(self.tr("&Create report"))
        self.create_button.setEnabled(True)
        if not isinstance(exc, KunderegError):
            raise exc
        self.error_label.show_message(error_text(exc))

    def open_report(self) -> bool:
        if self.path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


def _raise(exc: BaseException) -> None:
    raise exc


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
