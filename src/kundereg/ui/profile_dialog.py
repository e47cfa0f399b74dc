"""The owner's settings: the shop profile and the retention rules, and the documents made from them.

Tabs: the shop, customer fields and marketing, purposes, processors and recipients, retention
and backups. The profile is loaded and saved through the task runner (widgets run no SQL); the
service checks the role and audits the change. "Save privacy notice…" and "Save record of
processing…" write the documents from the saved profile.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QPushButton,
                               QTabWidget, QVBoxLayout, QWidget)

from ..domain.languages import LANGUAGES
from ..domain.errors import KunderegError
from ..domain.presets import with_marketing
from ..domain.profile import ShopProfile
from ..services.access import StaffSession
from ..services.profile import ProfileService
from .errors import error_text, field_errors
from .profile_editor import (LANGUAGE_NAMES, DataEditor, ErrorLabel, ProcessorsEditor, PurposesEditor,
                             RetentionEditor, ShopDetailsEditor)
from .workers import TaskRunner


def _tr(text: str) -> str:
    return QCoreApplication.translate("ProfileDialog", text)


class ProfileDialog(QDialog):
    saved = Signal(object)  # the ShopProfile as stored

    def __init__(self, service: ProfileService, staff: StaffSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._staff, self._runner = service, staff, runner
        self.profile: ShopProfile | None = None
        self.setWindowTitle(QCoreApplication.translate("ProfileDialog", "Shop profile and settings"))
        self.resize(780, 620)
        self.shop_editor = ShopDetailsEditor()
        self.data_editor = DataEditor()
        self.purposes_editor = PurposesEditor()
        self.processors_editor = ProcessorsEditor()
        self.retention_editor = RetentionEditor()
        self.editors = (self.shop_editor, self.data_editor, self.purposes_editor, self.processors_editor,
                        self.retention_editor)
        self.tabs = QTabWidget()
        for editor, title in zip(self.editors, (QCoreApplication.translate("ProfileDialog", "&Shop"), QCoreApplication.translate("ProfileDialog", "Customer &fields"), QCoreApplication.translate("ProfileDialog", "&Purposes"),
                                                QCoreApplication.translate("ProfileDialog", "Re&cipients"), QCoreApplication.translate("ProfileDialog", "Re&tention and backups"))):
            self.tabs.addTab(editor, title)
        self.error = ErrorLabel()
        self.status = QLabel()
        self.notice_language = QComboBox()
        self.notice_language.setAccessibleName(QCoreApplication.translate("ProfileDialog", "Language of the documents"))
        for code in LANGUAGES:
            self.notice_language.addItem(QCoreApplication.translate("ProfileEditor", LANGUAGE_NAMES[code]), code)
        self.notice_button = QPushButton(QCoreApplication.translate("ProfileDialog", "Save privacy &notice…"))
        self.ropa_button = QPushButton(QCoreApplication.translate("ProfileDialog", "Save record of processing…"))
        documents = QHBoxLayout()
        documents.addWidget(QLabel(QCoreApplication.translate("ProfileDialog", "Documents in")))
        documents.addWidget(self.notice_language)
        documents.addWidget(self.notice_button)
        documents.addWidget(self.ropa_button)
        documents.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Close)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.notice_button.clicked.connect(lambda: self.save_document("notice"))
        self.ropa_button.clicked.connect(lambda: self.save_document("ropa"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(documents)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._set_enabled(False)
        self._runner.submit(lambda _p: self._service.profile(), on_done=self._loaded, on_error=self._failed)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.tabs, self.save_button, self.notice_button, self.ropa_button):
            widget.setEnabled(enabled)

    def _loaded(self, profile: ShopProfile) -> None:
        self.profile = profile
        for editor in self.editors:
            editor.set_profile(profile)
        self.notice_language.setCurrentIndex(self.notice_language.findData(profile.document_language))
        if not profile.configured:
            self.status.setText(QCoreApplication.translate("ProfileDialog", "No profile saved yet: the documents use the built-in defaults until you save."))
        self._set_enabled(True)

    def _tab_changed(self, index: int) -> None:
        if self.profile is not None and self.tabs.widget(index) is self.purposes_editor:
            # Marketing switched on or off on the fields tab: add or drop its purpose.
            basis = self.data_editor.marketing.currentData()
            self.purposes_editor.set_purposes(with_marketing(self.purposes_editor.purposes(), basis))

    def edited_profile(self) -> ShopProfile:
        assert self.profile is not None
        profile = self.profile
        for editor in self.editors:
            profile = editor.apply(profile)
        return profile.with_changes(purposes=with_marketing(profile.purposes, profile.marketing_basis))

    def save(self) -> None:
        if self.profile is None:
            return
        profile = self.edited_profile()
        self._set_enabled(False)
        self._runner.submit(lambda _p: self._service.update(self._staff, profile), on_done=self._saved,
                            on_error=self._failed)

    def _saved(self, profile: ShopProfile) -> None:
        self.profile = profile
        self.error.show_problems([])
        self.saved.emit(profile)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_enabled(self.profile is not None)
        problems = field_errors(exc) if isinstance(exc, KunderegError) else {}
        self.error.show_problems(list(problems.values()) or [error_text(exc)])
        for index, editor in enumerate(self.editors):  # show the first tab with a problem
            if set(problems) & set(editor.FIELDS):
                self.tabs.setCurrentIndex(index)
                break

    def save_document(self, kind: str) -> None:
        """The notice (PDF or HTML) or the record of processing (PDF or CSV) from the saved profile."""
        language = self.notice_language.currentData()
        if kind == "notice":
            filters = QCoreApplication.translate("ProfileDialog", "PDF (*.pdf);;Web page (*.html)")
            suggested = f"privacy-notice-{language}.pdf"
        else:
            filters = QCoreApplication.translate("ProfileDialog", "PDF (*.pdf);;Spreadsheet (*.csv)")
            suggested = f"record-of-processing-{language}.pdf"
        path, _filter = QFileDialog.getSaveFileName(self, self.windowTitle(), suggested, filters)
        if not path:
            return
        target = Path(path)
        fmt = target.suffix.lower().lstrip(".")
        if fmt not in (("pdf", "html") if kind == "notice" else ("pdf", "csv")):
            fmt = "pdf"
            target = target.with_suffix(".pdf")

        def write(partial: Path) -> None:
            if kind == "notice":
                self._service.write_notice(self._staff, language, fmt, partial)
            else:
                self._service.write_ropa(self._staff, fmt, partial, language=language)

        def work(_progress) -> Path:
            from ..services.files import write_atomically

            return write_atomically(target, write)  # never a half-written file

        self.status.setText(QCoreApplication.translate("ProfileDialog", "Writing…"))
        self._runner.submit(work, on_done=lambda p: self.status.setText(QCoreApplication.translate("ProfileDialog", "Saved: {path}").format(path=str(p))),
                            on_error=self._failed)
