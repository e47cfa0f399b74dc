"""Who is at the counter: logging in, locking, unlocking, switching user, the idle lock.

Who acts is held by the ``SessionHolder`` every widget asks when it submits work. Ctrl+L, or
``security/idle_lock_minutes`` (QSettings, default 5) without key or mouse input, locks the
window: every customer's data is cleared from it at once and open dialogs are closed before
the lock page shows. The audit of logins, locks and logouts is written off the GUI thread.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QProgressDialog, QStackedWidget, QWidget

from ..domain.errors import KunderegError
from .customer_flow import CustomerFlow
from .errors import error_text
from .lock_screen import LockPage, LoginPage
from .pages import PAGE_SEARCH, Pages
from .session import IdleWatcher, SessionHolder
from .workers import TaskRunner, logged

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..services.access import StaffSession
    from ..services.auth import AuthService
    from ..services.customers import CustomerService

log = logging.getLogger(__name__)


class SessionFlow(QObject):
    locked = Signal()            # the lock page is showing; no customer data is left in the window
    session_started = Signal()   # someone logged in or unlocked; the register is showing
    staff_shown = Signal(str)    # the name of who acts now ("" while nobody does)

    def __init__(self, window: QMainWindow, gate: QStackedWidget, work_page: QWidget, pages: Pages,
                 customers: CustomerFlow, session: SessionHolder, runner: TaskRunner, idle_ms: int) -> None:
        super().__init__(window)
        self._window = window  # its dialogs are closed at a lock; its status bar says what happened
        self._gate = gate
        self._work_page = work_page
        self._pages = pages
        self._customers = customers
        self._session = session
        self._runner = runner
        self._auth: AuthService | None = None
        self._customer_service: CustomerService | None = None
        self._discarded_on_lock = False
        self.login_page = LoginPage()
        self.login_page.login_requested.connect(self._login_requested)
        self.lock_page = LockPage()
        self.lock_page.unlock_requested.connect(self._unlock_requested)
        self.lock_page.switch_requested.connect(self.switch_user)
        gate.addWidget(self.login_page)
        gate.addWidget(self.lock_page)
        self.idle_watcher = IdleWatcher(idle_ms, self)
        self.idle_watcher.idle.connect(lambda: self.lock(reason="idle", ask=False))

    def attach(self, auth: AuthService, customers: CustomerService) -> None:
        self._auth, self._customer_service = auth, customers

    @property
    def is_locked(self) -> bool:
        return self._session.locked

    def show_login(self, select: str | None = None) -> None:
        """The login page, with the active accounts (loaded through the runner)."""
        self.login_page.reset()
        self._gate.setCurrentWidget(self.login_page)
        self.login_page.focus_first()
        auth = self._auth
        if auth is None:
            return

        def loaded(names: list[str]) -> None:
            self.login_page.set_users(names, select)
            if self._gate.currentWidget() is self.login_page:
                self.login_page.focus_first()

        self._runner.submit(lambda _p: auth.usernames(), on_done=loaded,
                            on_error=lambda exc: self.login_page.show_error(error_text(exc)))

    def _login_requested(self, username: str, secret: str) -> None:
        auth = self._auth
        if auth is None or self._session.staff is not None:
            return
        self.login_page.set_busy(True)

        def failed(exc: BaseException) -> None:
            self.login_page.set_busy(False)
            if not isinstance(exc, KunderegError):
                raise exc
            self.login_page.show_error(error_text(exc))

        self._runner.submit(lambda _p: auth.login(username, secret), on_done=self.start_session,
                            on_error=failed)

    def start_session(self, staff: StaffSession) -> None:
        """``staff`` has logged in (or was just created by the first-run setup): show the register."""
        if self._auth is None:
            raise RuntimeError("log in only after the register is attached")
        self.login_page.reset()
        self._session.log_in(staff)
        log.info("staff %s logged in (%s)", staff.actor.staff_id, staff.actor.role.value)
        self._resume(search_text=self._pages.search.edit.text())

    def _resume(self, search_text: str) -> None:
        """Show the register for the session now active, with the results for ``search_text``."""
        staff = self._session()
        assert staff is not None and self._customer_service is not None
        self.staff_shown.emit(staff.actor.display_name)
        self._gate.setCurrentWidget(self._work_page)
        self._pages.show(PAGE_SEARCH)
        self._pages.search.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._pages.search.start(self._customer_service, staff, search_text)
        self.idle_watcher.start()
        if self._discarded_on_lock:
            self._discarded_on_lock = False
            self._window.statusBar().showMessage(
                self.tr("Unsaved changes were discarded when the register locked."), 10_000)
        self.session_started.emit()

    def lock(self, reason: str = "manual", ask: bool = True) -> bool:
        """Ctrl+L or idle: clear every customer's data from the window and show the lock page.

        ``ask``: with unsaved changes, ask first (Ctrl+L); the idle lock discards them.
        Returns False when nothing was locked (nobody logged in, or the user kept editing)."""
        staff = self._session()
        if staff is None:
            return False
        if ask and not self._customers.may_discard():
            return False
        panel = self._pages.built_panel
        if panel is not None and panel.is_dirty():
            self._discarded_on_lock = True
        self.idle_watcher.stop()
        self._session.lock()
        self.clear_customer_data(staff)
        self.lock_page.reset()
        self.lock_page.set_user(staff.actor.display_name, staff.actor.username)
        self._gate.setCurrentWidget(self.lock_page)
        self.lock_page.focus_first()
        self.staff_shown.emit("")
        auth = self._auth
        assert auth is not None
        self._runner.submit(lambda _p: auth.lock(staff, reason), on_error=logged("lock"))
        log.info("register locked (%s)", reason)
        self.locked.emit()
        return True

    def _unlock_requested(self, secret: str) -> None:
        staff, auth = self._session.staff, self._auth
        if staff is None or auth is None or not self._session.locked:
            return
        self.lock_page.set_busy(True)

        def done(_result: object) -> None:
            if self._session.staff is not staff or not self._session.locked:
                return
            staff.clear()  # a check that finished after the lock must not count either
            self.lock_page.reset()
            self._session.unlock()
            self._resume(search_text="")

        def failed(exc: BaseException) -> None:
            self.lock_page.set_busy(False)
            if not isinstance(exc, KunderegError):
                raise exc
            self.lock_page.show_error(error_text(exc))

        self._runner.submit(lambda _p: auth.unlock(staff, secret), on_done=done, on_error=failed)

    def switch_user(self) -> None:
        """Log the current person out (from the menu or the lock page) and show the login page."""
        if self._session.staff is None:
            return
        if self._session.active and not self._customers.may_discard():
            return
        self.log_out()
        self.show_login()

    def log_out(self) -> StaffSession | None:
        """Nobody acts any more and nothing of any customer is left; the logout is recorded off
        the GUI thread. Returns who was logged in."""
        self.idle_watcher.stop()
        staff = self._session.log_out()
        self.clear_customer_data(staff)
        self.staff_shown.emit("")
        auth = self._auth
        if staff is not None and auth is not None:
            self._runner.submit(lambda _p: auth.logout(staff), on_error=logged("logout"))
        return staff

    def end_session(self) -> None:
        """At quit or before a restore: log out whoever is logged in (runs on the calling thread;
        audit only)."""
        self.idle_watcher.stop()
        staff = self._session.log_out()
        self.staff_shown.emit("")
        if staff is not None and self._auth is not None:
            try:
                self._auth.logout(staff)
            except Exception as exc:  # noqa: BLE001 - quitting anyway; the trail just lacks the logout
                log.warning("logout at quit failed (%s)", type(exc).__name__)

    def clear_customer_data(self, staff: StaffSession | None) -> None:
        """Remove every trace of customers from the window (lock, user switch), all at once."""
        self._close_dialogs()
        self._customers.clear(staff)
        self._pages.search.clear()
        self._pages.show(PAGE_SEARCH)
        self._window.statusBar().clearMessage()

    def _close_dialogs(self) -> None:
        """Close every dialog open over the window (order, service event, verification, audit,
        staff, message boxes), as if cancelled. Their owners delete them."""
        popup = QApplication.activePopupWidget()  # a context menu or an open combo box list
        if popup is not None:
            popup.close()
        for dialog in self._window.findChildren(QDialog):
            if isinstance(dialog, QProgressDialog) or not dialog.isVisible():
                continue  # a running job's progress shows no one's data
            dialog.reject()
