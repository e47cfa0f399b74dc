"""Desktop start-up: QApplication, logs, crash hook, main window, then the register.

Kept lean because start-up time counts (the counter PC opens the app with a customer
waiting). The main window is built and shown first, importing Qt and the window only: no
SQLAlchemy, services or validation libraries. The register is then opened off the GUI
thread (``Startup``), and on the GUI thread the window is either attached to its services,
or the first-run setup is shown, or the reason the register cannot be opened is explained.
Meanwhile the search box takes typing; the window runs it once someone has logged in. An
attached window shows its login page; after the first-run setup the new owner is logged in
directly.

With ``KUNDEREG_STARTUP_PROBE=1`` in the environment the app prints
``kundereg: main window shown after N ms`` on stderr once the window is on screen, then
``kundereg: register ready after N ms`` once it is attached to the register (its login page
showing), and quits;
the start-up benchmark uses both. ``KUNDEREG_STARTUP_PROBE=imports`` also prints which of
the heavy modules (``LATE_MODULES``) had been imported when the window was shown.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import APP_NAME
from .locations import Locations

if TYPE_CHECKING:
    from .db.database import Database
    from .services.access import StaffSession
    from .services.auth import AuthService
    from .services.register import Register
    from .services.shop import ShopInfo
    from .ui.crash import CrashHandler
    from .ui.main_window import MainWindow
    from .ui.workers import TaskRunner

log = logging.getLogger(__name__)

_STARTED = time.perf_counter()
# A source checkout keeps resources/ beside src/; the frozen app (packaging/kundereg.spec) keeps
# it inside the package folder, where reports/fonts.py looks for the fonts too.
RESOURCE_DIRS = (Path(__file__).resolve().parents[2] / "resources", Path(__file__).resolve().parent / "resources")
RESOURCES_DIR = next((d for d in RESOURCE_DIRS if d.is_dir()), RESOURCE_DIRS[0])
ICON_FILE = "kundereg.svg"
ENV_STARTUP_PROBE = "KUNDEREG_STARTUP_PROBE"
PROBE_IMPORTS = "imports"
# Loaded with the register, after the window is on screen; start-up must not wait for them.
LATE_MODULES = ("sqlalchemy", "alembic", "kundereg.db", "kundereg.services", "kundereg.domain.validation",
                "phonenumbers", "babel", "email_validator", "faker", "importlib.metadata")


def run_gui(locations: Locations) -> int:
    """Run the desktop app until the main window closes; returns the process exit code."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    from .logs import setup_logging

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationDisplayName("Kundereg")
    QApplication.setDesktopFileName(APP_NAME)
    _set_icon(app)
    settings = QSettings()
    from .ui import i18n

    i18n.install(i18n.chosen_language(settings))  # before any widget exists, so all of them show it

    log_path = None
    try:
        log_path = setup_logging(locations.log_dir)
    except OSError as exc:  # a read-only profile must not stop the counter
        print(f"kundereg: cannot write logs to {locations.log_dir} ({type(exc).__name__})", file=sys.stderr)
    from .ui.crash import install_crash_hook

    crash = install_crash_hook(log_path, app)
    log.info("starting kundereg GUI")

    from .ui.main_window import MainWindow
    from .ui.workers import TaskRunner

    runner = TaskRunner()
    window = MainWindow(runner=runner, settings=settings)
    runner.setParent(window)
    window.show()
    log.info("main window shown %.0f ms after start", _elapsed_ms())
    late = [name for name in LATE_MODULES if name in sys.modules]

    startup = Startup(locations, window, runner, crash, log_path)
    probe = os.environ.get(ENV_STARTUP_PROBE)
    if probe:
        _Probe(window, startup, late if probe == PROBE_IMPORTS else None)
    startup.start()
    try:
        code = app.exec()
    finally:
        runner.wait()  # the register may still be opening when the window was closed early
        if startup.db is not None and not startup.closed:
            window.end_session()  # the trail notes the logout, while the register is still open
        startup.close()
        crash.uninstall()
    return startup.exit_code if startup.exit_code is not None else code


@dataclass(frozen=True)
class OpenedRegister:
    """What the worker hands back: the open database, its services and, once set up, its shop."""

    db: Database
    shop: ShopInfo | None
    schema_revision: str | None
    register: Register        # every service, for MainWindow.attach
    retention: Any = None     # services.retention.RetentionReport of the run at start
    shop_language: str | None = None  # the profile's app language, for the next start


def open_register_for_gui(locations: Locations) -> OpenedRegister:
    """Runs on a worker thread: open (and upgrade) the register, read its shop, make its services."""
    from .db.migrate import current_revision
    from .services import shop as shop_service
    from .services.register import open_register
    from .ui.report_files import remove_leftover_reports

    remove_leftover_reports()
    db = open_register(locations)
    try:
        shop = shop_service.get_shop(db) if shop_service.is_initialised(db) else None
        retention = None
        if shop is not None:  # the shop's retention rules run at every start, before anyone logs in
            from .services.register import ledger_file
            from .services.retention import run_retention

            retention = run_retention(db, None, apply=True, ledger=ledger_file(locations))
        shop_language = None
        if shop is not None:
            from .services.profile import get_profile

            shop_language = get_profile(db).ui_language
        from .services.register import build_register

        return OpenedRegister(db, shop, current_revision(db.engine), build_register(db, locations=locations),
                              retention, shop_language)
    except BaseException:
        db.close()
        raise


class Startup:
    """Opens the register through the window's runner and attaches the window to it.

    Everything but ``open_register_for_gui`` runs on the GUI thread. ``exit_code`` is set when
    the start ended the app (register not openable: 1; first-run setup cancelled: 0).
    """

    def __init__(self, locations: Locations, window: MainWindow, runner: TaskRunner, crash: CrashHandler,
                 log_path: Path | None) -> None:
        self.locations = locations
        self.window = window
        self.runner = runner
        self.crash = crash
        self.log_path = log_path
        self.db: Database | None = None
        self.exit_code: int | None = None
        self.closed = False
        self.ready_callbacks: list[Any] = []  # called after the window was attached

    def start(self) -> None:
        def work(_progress) -> OpenedRegister:
            opened = open_register_for_gui(self.locations)
            self.db = opened.db  # closed by close() even if the result is never delivered
            return opened

        self.runner.submit(work, on_done=self._opened, on_error=self._failed)

    def close(self) -> None:
        """After the event loop: close the register (however far the start got)."""
        self.closed = True  # a result still queued for the GUI thread is dropped
        if self.db is not None:
            self.db.close()
            self.db = None

    def _opened(self, opened: OpenedRegister) -> None:
        if self.closed or not self.window.isVisible():  # closed while the register was opening
            return
        shop, owner = opened.shop, None
        if shop is None:
            setup = self._first_run(opened.db, opened.register.auth)
            if setup is None:
                return
            shop, owner = setup
        from .ui import i18n

        i18n.remember_shop_language(self.window.settings, opened.shop_language)
        if i18n.current_language():  # dates and money as written in the shop's country (sv_FI, en_DK, ...)
            i18n.apply_locale(i18n.current_language(), shop.country)
        self.window.attach(opened.register, shop, schema_revision=opened.schema_revision)
        self._expire_backups_daily(opened.register.backups)
        self._check_integrity(opened.db)
        if owner is not None:
            self.window.start_session(owner)  # the owner who just set it up need not log in again
        retention = opened.retention
        if retention is not None and retention.changes:
            from PySide6.QtCore import QCoreApplication

            self.window.statusBar().showMessage(QCoreApplication.translate(
                "App", "Retention rules applied: {customers} inactive customer(s) erased, {records} accounting "
                       "record(s) past their date deleted, {consents} consent(s) expired.").format(
                customers=len(retention.customers), records=retention.records_past_retention,
                consents=retention.consents_expired), 15000)
        log.info("register ready %.0f ms after start", _elapsed_ms())
        for callback in self.ready_callbacks:
            callback()

    def _check_integrity(self, db: Database) -> None:
        """SQLite's quick check, off the GUI thread once the window is attached: damage inside the
        file that opening it could not see is said once, with what to do."""
        from .services.health import check_integrity

        self.runner.submit(lambda _progress: check_integrity(db), on_done=self._integrity_checked,
                           on_error=lambda exc: log.warning("integrity check failed (%s)", type(exc).__name__))

    def _integrity_checked(self, problems: list[str]) -> None:
        if not problems or self.closed:
            return
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, QCoreApplication.translate("App", "Customer register"),
                            QCoreApplication.translate(
            "App", "The register file is damaged: SQLite's check found {count} problem(s). Restore the newest "
                   "backup (File > Restore from backup…) before you go on, and keep the damaged file for "
                   "whoever looks after this PC.").format(count=len(problems)))

    def _expire_backups_daily(self, backups) -> None:
        """Open registers expire their backups as the notice promises, even if the app stays open
        for weeks and no backup is taken (opening the register did it once already)."""
        if backups is None:
            return
        from PySide6.QtCore import QTimer

        timer = QTimer(self.window)
        timer.setInterval(3600 * 1000)  # hourly: the check is a folder listing, and a day never slips
        timer.timeout.connect(lambda: self.runner.submit(lambda _progress: backups.expire()))
        timer.start()

    def _first_run(self, db: Database, auth: AuthService) -> tuple[ShopInfo, StaffSession | None] | None:
        """The setup wizard; the shop and the owner it created, logged in (None: cancelled)."""
        from functools import partial

        from .services.profile import create_register
        from .ui.setup_wizard import SetupWizard

        dialog = SetupWizard(partial(create_register, db), self.window, login=auth.login, runner=self.runner)
        if dialog.exec() != SetupWizard.DialogCode.Accepted or dialog.shop is None:
            log.info("first-run setup cancelled")
            self._quit(0)
            return None
        log.info("register set up for a shop in %s", dialog.shop.country)
        return dialog.shop, dialog.staff

    def _failed(self, exc: BaseException) -> None:
        if self.closed:
            return
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QMessageBox

        from .domain.errors import KunderegError
        from .ui.errors import error_text

        if isinstance(exc, KunderegError):
            log.error("cannot open the register: %s", exc.message)
            QMessageBox.critical(self.window, QCoreApplication.translate("App", "Customer register"),
                                 QCoreApplication.translate(
                "App", "The customer register could not be opened.\n\n{reason}\n\nDetails are in the log "
                       "file:\n{log}").format(reason=error_text(exc), log=self.log_path or "-"))
        else:  # explained to the user, stack in the log
            self.crash.handle(exc)
        self._quit(1)

    def _quit(self, code: int) -> None:
        """End the app: closing the (last) window ends the event loop; run_gui returns ``code``."""
        self.exit_code = code
        self.window.close()


def build_main_window(db, shop, settings, locations: Locations | None = None):
    """The main window wired to the services on ``db`` (``build_register``), with a background
    runner. It shows the login page; ``window.start_session(staff)`` logs someone in directly."""
    from .db.migrate import current_revision
    from .services.register import build_register
    from .ui.main_window import MainWindow
    from .ui.workers import TaskRunner

    runner = TaskRunner()
    window = MainWindow(runner=runner, settings=settings)
    runner.setParent(window)
    window.attach(build_register(db, locations), shop, schema_revision=current_revision(db.engine))
    return window


class _Probe:
    """Start-up benchmark: report when the window has been painted and when the register is
    ready, then quit (only after both, so that a probed start does all the work of a real one)."""

    def __init__(self, window: MainWindow, startup: Startup, late: list[str] | None) -> None:
        from PySide6.QtCore import QTimer

        self.window = window
        self.late = late
        self.shown = self.ready = False
        startup.ready_callbacks.append(self._ready)
        QTimer.singleShot(0, self._shown)

    def _shown(self) -> None:
        _report(f"main window shown after {_elapsed_ms():.0f} ms")
        if self.late is not None:
            _report(f"imported before the window was shown: {', '.join(self.late) or 'none'}")
        self.shown = True
        self._maybe_quit()

    def _ready(self) -> None:
        _report(f"register ready after {_elapsed_ms():.0f} ms")
        self.ready = True
        self._maybe_quit()

    def _maybe_quit(self) -> None:
        if self.shown and self.ready:
            self.window.close()


def _report(text: str) -> None:
    print(f"kundereg: {text}", file=sys.stderr, flush=True)


def _elapsed_ms() -> float:
    return (time.perf_counter() - _STARTED) * 1000


def _set_icon(app) -> None:
    path = RESOURCES_DIR / ICON_FILE
    if path.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(path)))
