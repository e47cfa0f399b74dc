"""Backups from the File menu: back up now, restore, and the daily offer when closing.

Whether a backup is due is learnt off the GUI thread at each login; closing the window
offers one once a day when nobody has backed up yet today.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from ..domain.access import Permission
from .errors import error_text
from .progress import run_with_progress
from .session import SessionHolder
from .session_flow import SessionFlow
from .workers import TaskRunner, logged

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..services.access import StaffSession
    from ..services.backup import BackupService


class BackupActions(QObject):
    def __init__(self, window: QMainWindow, session: SessionHolder, sessions: SessionFlow, runner: TaskRunner,
                 settings: QSettings) -> None:
        super().__init__(window)
        self._window = window  # parent of the questions; its status bar reports the backup
        self._session = session
        self._sessions = sessions
        self._runner = runner
        self._settings = settings
        self._backups: BackupService | None = None
        self._due = False        # learnt off the GUI thread at login; offered once a day at closing
        self._closing_after_backup = False
        self.passphrase_dialog: QDialog | None = None  # the question open now (tests answer it)
        sessions.session_started.connect(self._check_due)

    def attach(self, backups: BackupService | None) -> None:
        self._backups = backups

    @property
    def available(self) -> bool:
        return self._backups is not None

    def _check_due(self) -> None:
        backups, staff = self._backups, self._session()
        if backups is None or staff is None:
            return

        def learnt(due: bool) -> None:
            self._due = due

        self._runner.submit(lambda _p: backups.due(), on_done=learnt, on_error=logged("backup check"))

    def _ask_passphrase(self, staff: StaffSession, confirm: bool) -> str | None:
        from .backup_dialog import PassphraseDialog

        dialog = PassphraseDialog(self._settings, confirm=confirm, parent=self._window)
        self.passphrase_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.passphrase_dialog = None
        if not accepted or self._session() is not staff:  # cancelled, or locked meanwhile
            return None
        return dialog.passphrase()

    def back_up_now(self, then: Callable[[], None] | None = None) -> bool:
        """Ask for the passphrase unless remembered, then back up; False when nothing was started."""
        staff = self._session()
        if self._backups is None or staff is None or not staff.may(Permission.BACKUP):
            return False
        from .backup_dialog import remembered_passphrase

        passphrase = remembered_passphrase(self._settings)
        if passphrase is None:
            passphrase = self._ask_passphrase(staff, confirm=True)
            if passphrase is None:
                return False
        self._run_backup(staff, passphrase, then)
        return True

    def _run_backup(self, staff: StaffSession | None, passphrase: str, then: Callable[[], None] | None) -> None:
        backups = self._backups
        assert backups is not None

        def done(result: Any) -> None:
            self._due = False
            self._window.statusBar().showMessage(
                self.tr("Backup written and verified: {name} ({size:.1f} MB)").format(
                    name=result.path.name, size=result.size_bytes / 1e6), 10000)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self._window, self.tr("Backup failed"), error_text(exc))
            if then is not None:
                then()

        run_with_progress(self._window, self._runner, self.tr("Backing up"),
                          lambda progress: backups.take(staff, passphrase, progress), done, failed,
                          label=self.tr("Writing an encrypted backup…"))

    def offer_before_closing(self) -> bool:
        """Once a day, when nobody has backed up yet today: offer it. True while it runs."""
        if self._closing_after_backup or self._backups is None or not self._due:
            return False
        from .backup_dialog import OFFERED_KEY, remembered_passphrase

        today = date.today().isoformat()
        staff = self._session()
        passphrase = remembered_passphrase(self._settings)
        may = staff is not None and staff.may(Permission.BACKUP)
        if self._settings.value(OFFERED_KEY) == today or not (may or passphrase):
            return False
        self._settings.setValue(OFFERED_KEY, today)
        answer = QMessageBox.question(
            self._window, self.tr("Daily backup"),
            self.tr("No backup of the register has been taken today. Take one now, before closing?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def close_now() -> None:
            self._closing_after_backup = True
            QTimer.singleShot(0, self._window.close)  # after the progress dialog has gone

        if passphrase is not None:  # nobody needs to type: a scheduled backup unless the owner is here
            self._run_backup(staff if may else None, passphrase, close_now)
        elif not self.back_up_now(then=close_now):
            return False  # the passphrase question was cancelled: close as asked
        return True

    def restore_backup(self) -> None:
        staff = self._session()
        if self._backups is None or staff is None or not staff.may(Permission.BACKUP):
            return
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self._window, self.tr("Restore from backup"),
                                              str(self._backups.backup_dir), self.tr("kundereg backups (*.kbak)"))
        if not path:
            return
        answer = QMessageBox.question(
            self._window, self.tr("Restore from backup"),
            self.tr("The register is replaced by the backup: everything recorded since the backup was taken is "
                    "lost. People erased since then are erased again before anyone can see them. Everyone is "
                    "logged out. Close kundereg on the other PCs first.\n\nRestore?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        passphrase = self._ask_passphrase(staff, confirm=False)
        if passphrase is None:
            return
        backups = self._backups
        # Everyone is logged out first, on this thread: nothing may use the register while its
        # file is swapped, and the staff accounts may differ in the backup.
        sessions = self._sessions
        sessions.end_session()
        sessions.clear_customer_data(staff)

        def done(report: Any) -> None:
            from .formatting import format_datetime

            sessions.show_login()
            QMessageBox.information(self._window, self.tr("Register restored"), self.tr(
                "The register was restored from the backup taken {when}. {count} person(s) erased since then "
                "were erased again. Log in again.").format(when=format_datetime(report.taken_at),
                                                           count=report.reerased))

        def failed(exc: BaseException) -> None:
            sessions.show_login()
            QMessageBox.warning(self._window, self.tr("Restore failed"), self.tr(
                "The register was not changed.\n\n{reason}").format(reason=error_text(exc)))

        run_with_progress(self._window, self._runner, self.tr("Restoring"),
                          lambda progress: backups.restore(staff, Path(path), passphrase, progress), done, failed,
                          label=self.tr("Decrypting and checking the backup…"))
