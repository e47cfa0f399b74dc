"""The last line of defence: log an unexpected exception and tell the user, once.

``install_crash_hook`` replaces ``sys.excepthook`` and ``threading.excepthook``. The log gets
the stack (files, lines, functions) and the exception's type; the message text of an
unknown exception is left out of both the log and the dialog because it may quote
personal data (a name in a ``ValueError``, say). ``KunderegError`` messages are written to
be safe and are shown in full.
"""
from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..domain.errors import KunderegError
from ..logs import safe_traceback
from .errors import error_text

log = logging.getLogger("kundereg.crash")



class CrashHandler(QObject):
    """Installed once per process; marshals reports from any thread to the GUI thread."""

    _report = Signal(str)

    def __init__(self, log_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_path
        self.dialog_open = False
        self.reports = 0
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        self._report.connect(self._show)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def excepthook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            app = QCoreApplication.instance()
            if app is not None:
                app.quit()
            return
        self.handle(exc.with_traceback(tb) if tb is not None and exc.__traceback__ is None else exc)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None and not isinstance(args.exc_value, SystemExit):
            self.handle(args.exc_value)

    def handle(self, exc: BaseException) -> None:
        """Log ``exc`` and (from any thread) ask the GUI thread to show the dialog."""
        self.reports += 1
        try:
            log.critical("unexpected error\n%s", safe_traceback(exc))
        except Exception:  # noqa: BLE001 - a broken log must not hide the original problem
            pass
        self._report.emit(self.message_for(exc))

    def message_for(self, exc: BaseException) -> str:
        if isinstance(exc, KunderegError):
            what = error_text(exc)
        else:
            what = QCoreApplication.translate("CrashDialog", "An unexpected error occurred ({kind}).").format(kind=type(exc).__name__)
        return what

    def _show(self, message: str) -> None:
        app = QApplication.instance()
        if self.dialog_open or app is None or QThread.currentThread() is not app.thread():
            return  # one dialog at a time; the log has every report
        self.dialog_open = True
        try:
            self.show_dialog(message)
        finally:
            self.dialog_open = False

    def show_dialog(self, message: str) -> None:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashDialog", "Something went wrong"))
        box.setText(message)
        details = QCoreApplication.translate("CrashDialog", "You can keep working, but check that your last change was saved.\n"
                      "The details were written to the log file (no customer data):")
        box.setInformativeText(f"{details}\n{self.log_path}" if self.log_path else details)
        open_button = None
        if self.log_path is not None:
            open_button = box.addButton(QCoreApplication.translate("CrashDialog", "Open log folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if open_button is not None and box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))


def install_crash_hook(log_path: Path | None, parent: QWidget | QObject | None = None) -> CrashHandler:
    handler = CrashHandler(log_path, parent)
    handler.install()
    return handler
