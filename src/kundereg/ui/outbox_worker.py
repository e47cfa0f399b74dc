"""The background notice sender of the app: a QTimer that hands each outbox round to the TaskRunner.

Every ``interval_ms`` (and at once after ``kick()``, e.g. right after a ticket turned ready) one
round runs off the GUI thread: due reminders are queued, due messages sent
(``services.outbox.OutboxSender``), delivery reports fetched now and then. A round never starts
while the previous one runs, so the GUI thread only ever posts work and reads results.
"""
from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from ..logs import safe_traceback
from ..services.notices import NoticeService
from ..services.outbox import OutboxSender, RoundReport
from .workers import TaskRunner

log = logging.getLogger(__name__)

INTERVAL_MS = 30_000
DELIVERY_EVERY = 10  # rounds between delivery-report polls


class OutboxWorker(QObject):
    round_done = Signal(object)  # RoundReport
    round_failed = Signal(str)   # the exception's type name (never its text: it may hold data)

    def __init__(self, sender: OutboxSender, notices: NoticeService, runner: TaskRunner,
                 interval_ms: int = INTERVAL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sender, self._notices, self._runner = sender, notices, runner
        self._busy = False
        self._again = False
        self._rounds = 0
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.kick)

    def start(self) -> None:
        self._timer.start()
        self.kick()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def busy(self) -> bool:
        return self._busy

    def kick(self) -> None:
        """Run a round now (or right after the one running)."""
        if self._busy:
            self._again = True
            return
        self._busy, self._again = True, False
        self._rounds += 1
        poll = self._rounds % DELIVERY_EVERY == 1
        self._runner.submit(lambda progress: self._round(poll), self._done, self._failed)

    def _round(self, poll: bool) -> RoundReport:
        self._notices.queue_reminders()
        report = self._sender.run_until_idle(max_rounds=20)
        if poll:
            self._sender.poll_deliveries()
        return report

    def _done(self, report: RoundReport) -> None:
        self._busy = False
        self.round_done.emit(report)
        if self._again:
            self.kick()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        log.error("outbox round failed\n%s", safe_traceback(exc))
        self.round_failed.emit(type(exc).__name__)


def start_outbox_worker(db, notices: NoticeService, runner: TaskRunner | None = None,
                        parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> OutboxWorker:
    """The app's one call: builds the sender on the saved settings and starts the timer."""
    worker = OutboxWorker(OutboxSender(db, notices.transports), notices, runner or TaskRunner(parent=parent),
                          interval_ms, parent)
    worker.start()
    return worker
