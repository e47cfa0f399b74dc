"""Work off the GUI thread, Picard-style: a QRunnable on a QThreadPool posts its result back.

Functions run by the runner take a ``progress(done, total) -> bool`` callable; it returns
False once the user cancelled, and the function should stop. Results and errors are
delivered on the GUI thread through queued signals. Tests pass ``synchronous=True`` to run
everything inline and deterministically.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Qt, Signal

from ..logs import safe_traceback

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """Raised by work that stopped because the user cancelled it."""


class TaskHandle(QObject):
    """Lives on the GUI thread; the worker emits through it, so slots run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()


class _Task(QRunnable):
    def __init__(self, handle: TaskHandle, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._handle = handle
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self._handle._progress)
        except BaseException as exc:  # delivered to the GUI thread, which decides what to show
            self._handle.failed.emit(exc)
        else:
            self._handle.finished.emit(result)


class TaskRunner(QObject):
    def __init__(self, pool: QThreadPool | None = None, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._synchronous = synchronous
        self._live: set[TaskHandle] = set()

    def submit(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None) -> TaskHandle:
        handle = TaskHandle()
        self._live.add(handle)  # keep the QObject alive until its result has been delivered

        def finish() -> None:
            handle.done = True
            self._live.discard(handle)

        def done(result: Any) -> None:
            finish()
            if on_done is not None and not handle.cancelled:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled) or handle.cancelled:
                return
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background task failed\n%s", safe_traceback(exc))
                raise exc

        queued = Qt.ConnectionType.QueuedConnection
        handle.finished.connect(done, queued)
        handle.failed.connect(failed, queued)
        if on_progress is not None:
            handle.progressed.connect(on_progress, queued)
        if self._synchronous:
            handle.finished.disconnect()
            handle.failed.disconnect()
            try:
                result = fn(handle._progress)
            except BaseException as exc:
                failed(exc)
            else:
                done(result)
        else:
            self._pool.start(_Task(handle, fn))
        return handle

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (for shutdown and tests, never on user actions)."""
        return self._pool.waitForDone(msecs)

class Latest:
    """Delivers only the newest submission's result: what a view asked for before its last
    request (or before ``drop``) arrives too late to be shown, e.g. after the view was cleared
    at a lock or moved on to another customer. The older task is cancelled too, so work that
    checks its progress callback stops early.

    ``on_stale`` runs instead when a dropped result comes back anyway (for a view that keeps
    one request in flight and sends the next when the last one returns). A stale error that is
    not a ``KunderegError`` is still raised, so bugs do not vanish."""

    def __init__(self, runner: TaskRunner) -> None:  # anything with TaskRunner.submit
        self._runner = runner
        self._generation = 0
        self._handle: TaskHandle | None = None

    def submit(self, fn: Callable[[Progress], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None,
               on_progress: Callable[[int, int], None] | None = None, *,
               on_stale: Callable[[], None] | None = None, cancel: bool = True) -> TaskHandle:
        """``cancel=False``: let the older task finish (its result is still dropped)."""
        self.drop(cancel)
        token = self._generation

        def done(result: Any) -> None:
            if token == self._generation:
                if on_done is not None:
                    on_done(result)
            elif on_stale is not None:
                on_stale()

        def failed(exc: BaseException) -> None:
            if token == self._generation:
                if on_error is None:
                    raise exc
                on_error(exc)
                return
            if on_stale is not None:
                on_stale()
            if not _expected(exc):
                raise exc

        self._handle = self._runner.submit(fn, done, failed, on_progress)
        return self._handle

    def drop(self, cancel: bool = True) -> None:
        """Whatever is on its way is not delivered."""
        self._generation += 1
        if cancel and self._handle is not None:
            self._handle.cancel()
        self._handle = None

    def token(self) -> int:
        """Changes with every submission and ``drop``: compare it to tell whether a view moved on."""
        return self._generation


def _expected(exc: BaseException) -> bool:
    from ..domain.errors import KunderegError  # domain only: no services, no SQLAlchemy

    return isinstance(exc, KunderegError)


def logged(what: str) -> Callable[[BaseException], None]:
    """An ``on_error`` for work whose failure the user need not see (it is logged, by type only)."""
    def failed(exc: BaseException) -> None:
        log.warning("%s failed (%s)", what, type(exc).__name__)
    return failed
