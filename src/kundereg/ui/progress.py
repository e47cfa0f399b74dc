"""Long work behind a cancellable progress dialog.

``run_with_progress`` runs ``fn(progress)`` through the ``TaskRunner`` and shows a window-modal
``QProgressDialog`` that follows ``progress(done, total)``. Cancel asks the work to stop (its
``progress`` call returns False); the dialog stays up, saying it is stopping, until the work
has really ended, so the user never starts something new on top of it.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from .errors import error_text
from .workers import Progress, TaskHandle, TaskRunner



class _Ended(QObject):
    """Posts 'the work function returned or raised' from the worker to the GUI thread."""

    ended = Signal()


class ProgressTask(QObject):
    """The running task and its dialog (returned so callers and tests can follow it)."""

    finished = Signal()  # after on_done, on_error or on_cancelled has run

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.dialog = QProgressDialog(parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setLabelText(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumDuration(400)
        self.dialog.setRange(0, 0)
        self.cancel_button = QPushButton(QCoreApplication.translate("Progress", "Cancel"))
        self.cancel_button.setAccessibleName(QCoreApplication.translate("Progress", "Cancel"))
        self.dialog.setCancelButton(self.cancel_button)
        # Cancel must not hide the dialog before the work has stopped: take over the button.
        self.cancel_button.clicked.disconnect()
        self.cancel_button.clicked.connect(self.cancel)
        self.dialog.rejected.connect(self.cancel)  # Esc
        self.dialog.canceled.connect(self.cancel)  # closing the window
        self.handle: TaskHandle | None = None
        self.ended = False
        self.closed = False
        self.label = label
        self.on_cancelled: Callable[[], None] | None = None

    def cancel(self) -> None:
        if self.closed or self.handle is None:
            return
        self.handle.cancel()
        if self.ended:  # the work is over already; its result is dropped
            self.finish_cancelled()
            return
        self.cancel_button.setEnabled(False)
        self.dialog.setLabelText(QCoreApplication.translate("Progress", "Stopping…"))
        if not self.dialog.isVisible():
            self.dialog.show()

    def progress(self, done: int, total: int) -> None:
        if self.closed or self.handle is None or self.handle.cancelled:
            return
        if total > 0:
            if self.dialog.maximum() != total:
                self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
            self.dialog.setLabelText(QCoreApplication.translate("Progress", "{label} ({done} of {total})").format(
                label=self.label, done=done, total=total))

    def finish_cancelled(self) -> None:
        if not self.closed:
            self.close()
            if self.on_cancelled is not None:
                self.on_cancelled()

    def close(self) -> None:
        if not self.closed:
            self.closed = True
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.finished.emit()


def run_with_progress(parent: QWidget | None, runner: TaskRunner, title: str,
                      fn: Callable[[Progress], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None] | None = None,
                      on_cancelled: Callable[[], None] | None = None,
                      label: str | None = None) -> ProgressTask:
    """Run ``fn`` off the GUI thread behind a progress dialog; exactly one callback runs at the end.

    ``on_error`` defaults to a message box with the error's safe text (service errors) or
    its type name (anything else).
    """
    task = ProgressTask(parent, title, label or title)
    task.on_cancelled = on_cancelled
    relay = _Ended(task)

    def work(progress: Progress) -> Any:
        try:
            return fn(progress)
        finally:
            relay.ended.emit()

    def ended() -> None:
        task.ended = True
        if task.handle is not None and task.handle.cancelled:
            task.finish_cancelled()

    def done(result: Any) -> None:
        task.close()
        on_done(result)

    def failed(exc: BaseException) -> None:
        task.close()
        if on_error is not None:
            on_error(exc)
        else:
            QMessageBox.warning(parent, title, error_text(exc))

    relay.ended.connect(ended, Qt.ConnectionType.QueuedConnection)
    task.handle = runner.submit(work, on_done=done, on_error=failed, on_progress=task.progress)
    return task
