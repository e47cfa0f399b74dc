"""Desktop start-up: QApplication, logs, crash hook, register, first-run setup, main window.

Kept lean because start-up time counts (the counter PC opens the app with a customer
waiting): Qt widgets are imported here, services and widgets only when needed, and the
window asks for the first page of customers only, off the GUI thread.

With ``KUNDEREG_STARTUP_PROBE=1`` in the environment the app prints
``kundereg: main window shown after N ms`` on stderr once the window is on screen and
quits; the start-up benchmark uses it.
"""
from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from . import APP_NAME
from .locations import Locations

log = logging.getLogger(__name__)

_STARTED = time.perf_counter()
RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
ICON_FILE = "kundereg.svg"
ENV_STARTUP_PROBE = "KUNDEREG_STARTUP_PROBE"


def run_gui(locations: Locations) -> int:
    """Run the desktop app until the main window closes; returns the process exit code."""
    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from .logs import setup_logging

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QApplication.setApplicationDisplayName("Kundereg")
    QApplication.setDesktopFileName(APP_NAME)
    _set_icon(app)

    log_path = None
    try:
        log_path = setup_logging(locations.log_dir)
    except OSError as exc:  # a read-only profile must not stop the counter
        print(f"kundereg: cannot write logs to {locations.log_dir} ({type(exc).__name__})", file=sys.stderr)
    from .ui.crash import install_crash_hook

    crash = install_crash_hook(log_path, app)
    log.info("starting kundereg GUI")

    from .domain.errors import KunderegError
    from .services import shop as shop_service
    from .services.register import open_register
    from .ui.errors import error_text

    title = QCoreApplication.translate("App", "Customer register")
    try:
        db = open_register(locations)
    except KunderegError as exc:
        log.error("cannot open the register: %s", exc.message)
        QMessageBox.critical(None, title, QCoreApplication.translate(
            "App", "The customer register could not be opened.\n\n{reason}\n\nDetails are in the log "
                   "file:\n{log}").format(reason=error_text(exc), log=log_path or "-"))
        crash.uninstall()
        return 1
    except Exception as exc:  # noqa: BLE001 - explained to the user, stack in the log
        crash.handle(exc)
        crash.uninstall()
        return 1

    try:
        if not shop_service.is_initialised(db):
            from functools import partial

            from .ui.setup_dialog import SetupDialog

            dialog = SetupDialog(partial(shop_service.init_shop, db))
            if dialog.exec() != SetupDialog.DialogCode.Accepted or dialog.shop is None:
                log.info("first-run setup cancelled")
                return 0
            shop = dialog.shop
            log.info("register set up for a shop in %s", shop.country)
        else:
            shop = shop_service.get_shop(db)

        window = build_main_window(db, shop, QSettings())
        window.show()
        log.info("main window shown %.0f ms after start", (time.perf_counter() - _STARTED) * 1000)
        if os.environ.get(ENV_STARTUP_PROBE):
            _probe(window)
        try:
            return app.exec()
        finally:
            window.runner.wait(5000)  # no worker may outlive the database it reads
    finally:
        db.close()
        crash.uninstall()


def build_main_window(db, shop, settings):
    """The main window wired to services on ``db``, with a background runner and demo data."""
    from .db.migrate import current_revision
    from .services.customers import CustomerService
    from .services.purchases import PurchaseService
    from .ui.main_window import MainWindow
    from .ui.workers import TaskRunner

    def demo(customers: int, seed: int, progress):
        from .services.demo import generate  # Faker loads only when asked for

        return generate(db, customers=customers, seed=seed, progress=progress)

    runner = TaskRunner()
    window = MainWindow(CustomerService(db), PurchaseService(db), shop, runner, settings,
                        schema_revision=current_revision(db.engine), demo=demo)
    runner.setParent(window)
    return window


def _probe(window) -> None:
    """Report when the window has been painted, then quit (start-up benchmark)."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        elapsed = (time.perf_counter() - _STARTED) * 1000
        print(f"kundereg: main window shown after {elapsed:.0f} ms", file=sys.stderr, flush=True)
        window.close()

    QTimer.singleShot(0, report)


def _set_icon(app) -> None:
    path = RESOURCES_DIR / ICON_FILE
    if path.is_file():
        from PySide6.QtGui import QIcon

        app.setWindowIcon(QIcon(str(path)))
