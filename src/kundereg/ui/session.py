"""Who is at the counter: the current staff session, and the idle timer that locks it.

``SessionHolder`` is handed to every widget that calls a service. Widgets call it (it is a
``Callable[[], StaffSession | None]``) at the moment they submit work, and pass the
``StaffSession`` they got into the worker function, so a user switch or a lock takes effect
everywhere at once and no worker reads GUI state. While the app is locked the holder keeps
the session (for unlocking) but hands out None, so a stray service call is refused.

``IdleWatcher`` is an application-wide event filter: any key or mouse event restarts its
timer; when the timer runs out it emits ``idle``.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

if TYPE_CHECKING:  # services load after the window is on screen
    from ..services.access import StaffSession

# What widgets are given to find out who acts: a SessionHolder, or any such callable in tests.
StaffProvider = Callable[[], Optional["StaffSession"]]

# QSettings key: minutes without key or mouse input before the app locks (0: never).
IDLE_LOCK_KEY = "security/idle_lock_minutes"
DEFAULT_IDLE_LOCK_MINUTES = 5.0


class SessionHolder(QObject):
    """The logged-in staff member (or nobody), and whether the screen is locked."""

    changed = Signal()  # logged in, logged out, locked or unlocked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._staff: StaffSession | None = None
        self._locked = False

    def __call__(self) -> StaffSession | None:
        """The session to act with now: None when nobody is logged in or the screen is locked."""
        return None if self._locked else self._staff

    @property
    def staff(self) -> StaffSession | None:
        """The logged-in session, also while locked (the lock page unlocks it)."""
        return self._staff

    @property
    def locked(self) -> bool:
        return self._locked

    @property
    def active(self) -> bool:
        return self._staff is not None and not self._locked

    def log_in(self, staff: StaffSession) -> None:
        self._staff, self._locked = staff, False
        self.changed.emit()

    def log_out(self) -> StaffSession | None:
        """Forget the session; returns it (to be logged out in the service)."""
        staff, self._staff, self._locked = self._staff, None, False
        self.changed.emit()
        return staff

    def lock(self) -> None:
        if self._staff is not None and not self._locked:
            self._locked = True
            self.changed.emit()

    def unlock(self) -> None:
        if self._locked:
            self._locked = False
            self.changed.emit()


_ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
                       QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class IdleWatcher(QObject):
    """Emits ``idle`` after ``interval_ms`` without key or mouse input anywhere in the app."""

    idle = Signal()

    def __init__(self, interval_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)
        self._interval = 0
        self._watching = False
        self.set_interval(interval_ms)

    @property
    def interval(self) -> int:
        """Milliseconds; 0 means the app never locks by itself."""
        return self._interval

    @property
    def watching(self) -> bool:
        return self._watching

    def set_interval(self, interval_ms: int) -> None:
        self._interval = max(0, int(interval_ms))
        self._timer.setInterval(self._interval)
        if self._watching:
            self.start()

    def start(self) -> None:
        """Watch for input (again) and count from now."""
        app = QCoreApplication.instance()
        if self._interval <= 0 or app is None:
            self.stop()
            return
        if not self._watching:
            app.installEventFilter(self)
            self._watching = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._watching:
            self._watching = False
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Runs for every event in the app: keep it to one comparison and a timer restart.
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def _timed_out(self) -> None:
        self.stop()
        self.idle.emit()


def idle_lock_ms(value: object) -> int:
    """A QSettings value in minutes (a number or its text) as milliseconds; bad values: the default."""
    try:
        minutes = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        minutes = DEFAULT_IDLE_LOCK_MINUTES
    if minutes != minutes or minutes < 0:  # NaN or negative
        minutes = DEFAULT_IDLE_LOCK_MINUTES
    return int(round(minutes * 60_000))
