"""Start-up (run_gui), the first-run setup wizard and the crash hook."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from functools import partial

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from kundereg import app as app_module
from kundereg.domain.errors import StorageError, ValidationError
from kundereg.services import profile as profile_service
from kundereg.services import shop as shop_service
from kundereg.logs import safe_traceback
from kundereg.ui.crash import CrashHandler
from kundereg.ui.main_window import PAGE_LOGIN, PAGE_SEARCH, MainWindow
from kundereg.ui.setup_wizard import SetupWizard

OWNER_PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _restore_logging():
    """run_gui adds a rotating file handler to the root logger; take it away again."""
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]


class Seen(list):
    """Titles of the main windows seen attached; ``pages`` what each showed (login, search...)."""

    def __init__(self) -> None:
        super().__init__()
        self.pages: list[str] = []
        self.staff: list[str | None] = []


@pytest.fixture
def shown_windows(monkeypatch):
    """QApplication.exec runs the real event loop (the register opens on a worker thread) until
    the start is over: then it notes which main windows were on screen attached to the register
    and closes them, as the user would. A start that fails ends the loop itself."""
    seen = Seen()
    real_exec = QApplication.exec

    def exec_() -> int:
        def check() -> None:
            windows = main_windows()
            if windows and all(w.attached for w in windows):
                seen.extend(w.windowTitle() for w in windows)
                seen.pages.extend(w.current_page() for w in windows)
                seen.staff.extend(w.staff.actor.username if w.staff else None for w in windows)
                for w in windows:
                    w.close()  # the last window closed ends the event loop

        watch, limit = QTimer(), QTimer()
        watch.timeout.connect(check)
        watch.start(5)
        limit.setSingleShot(True)
        limit.timeout.connect(lambda: QApplication.exit(99))  # never hang the suite
        limit.start(30_000)
        try:
            return real_exec()
        finally:
            watch.stop()
            limit.stop()

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    return seen


@pytest.fixture
def held_register(monkeypatch):
    """Opening the register waits (on its worker thread) until the test releases it."""
    release = threading.Event()
    real_open = app_module.open_register_for_gui

    def held(locations):
        assert release.wait(30), "the test never released the register"
        return real_open(locations)

    monkeypatch.setattr(app_module, "open_register_for_gui", held)
    return release


def fill_setup(dialog: SetupWizard, password: str = OWNER_PASSWORD, repeat: str | None = None) -> None:
    dialog.name.setText("Gjøvik Rens AS")
    dialog.country.setCurrentIndex(dialog.country.findData("NO"))
    dialog.full_name.setText("Eva Eier")
    dialog.username.setText("eier")
    dialog.password.setText(password)
    dialog.repeat.setText(password if repeat is None else repeat)


def test_first_start_sets_up_the_shop_then_shows_the_window(qapp, locations, monkeypatch, shown_windows):
    def exec_(dialog: SetupWizard) -> int:
        fill_setup(dialog)
        dialog.accept()  # the register is created on the app's worker thread
        deadline = time.monotonic() + 20
        while dialog.result() != QDialog.DialogCode.Accepted and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.005)
        return dialog.result()

    monkeypatch.setattr(SetupWizard, "exec", exec_)
    assert app_module.run_gui(locations) == 0
    assert shown_windows == ["Gjøvik Rens AS"]
    # the owner who just chose the password is logged in, not asked for it again
    assert shown_windows.pages == [PAGE_SEARCH] and shown_windows.staff == ["eier"]
    assert (locations.log_dir / "kundereg.log").is_file()
    assert "main window shown" in (locations.log_dir / "kundereg.log").read_text(encoding="utf-8")


def test_cancelled_setup_exits_cleanly(qapp, locations, monkeypatch, shown_windows):
    monkeypatch.setattr(SetupWizard, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert app_module.run_gui(locations) == 0
    assert shown_windows == []


def test_initialised_register_opens_at_the_login_page(qapp, locations, db, shop, kari, shown_windows, audit,
                                                     owner):
    assert app_module.run_gui(locations) == 0
    assert shown_windows == ["Gjøvik Rens AS"]
    assert shown_windows.pages == [PAGE_LOGIN] and shown_windows.staff == [None]


def test_quitting_logs_the_user_out(qapp, qtbot, locations, db, shop, audit, owner, monkeypatch):
    def exec_() -> int:
        (window,) = main_windows()
        qtbot.waitUntil(lambda: window.attached and window.login_page.usernames() == ["eier"], timeout=10_000)
        qtbot.keyClicks(window.login_page.secret, OWNER_PASSWORD)
        qtbot.keyClick(window.login_page.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current_page() == PAGE_SEARCH, timeout=10_000)
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    assert app_module.run_gui(locations) == 0
    assert [e.action for e in audit.entries(owner, limit=2)] == ["logout", "login"]  # newest first


def test_register_that_cannot_be_opened_is_explained(qapp, locations, monkeypatch, dialogs, shown_windows):
    def broken(_locations):
        raise StorageError("Creating or updating the register failed ({kind}).", kind="OperationalError")

    monkeypatch.setattr("kundereg.services.register.open_register", broken)
    assert app_module.run_gui(locations) == 1
    (text,) = dialogs.texts("critical")
    assert "could not be opened" in text and "OperationalError" in text and "kundereg.log" in text
    assert shown_windows == [] and main_windows() == []


def test_unexpected_error_while_opening_goes_to_the_crash_dialog(qapp, locations, monkeypatch, shown_windows):
    shown = []
    monkeypatch.setattr(CrashHandler, "show_dialog", lambda handler, message: shown.append(message))

    def broken(_locations):
        raise OSError("disk on fire")

    monkeypatch.setattr("kundereg.services.register.open_register", broken)
    assert app_module.run_gui(locations) == 1
    assert shown == ["An unexpected error occurred (OSError)."]
    assert shown_windows == [] and main_windows() == []


def test_window_is_shown_before_the_register_opens_and_keeps_what_is_typed(
        qapp, qtbot, locations, db, shop, kari, monkeypatch, held_register):
    states = []

    def exec_() -> int:
        (window,) = main_windows()
        states.append((window.attached, window.search.empty_hint.text(), window.act_new.isEnabled()))
        qtbot.keyClicks(window.search.edit, "sørensen")
        held_register.set()  # now the register may open
        qtbot.waitUntil(lambda: window.attached and window.login_page.usernames() == ["eier"], timeout=10_000)
        states.append((window.current_page(), window.search.model.started, window.act_new.isEnabled()))
        login = window.login_page
        qtbot.keyClicks(login.secret, "wrong password")
        qtbot.keyClick(login.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(login.error_text()), timeout=10_000)
        states.append((window.current_page(), login.error_text(), login.secret.text()))
        qtbot.keyClicks(login.secret, OWNER_PASSWORD)
        qtbot.keyClick(login.secret, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.current_page() == PAGE_SEARCH and window.search.model.started
                        and not window.search.model.loading, timeout=10_000)
        states.append((window.search.edit.text(), window.act_new.isEnabled()))
        states.append([window.search.model.hit(r).id for r in range(window.search.model.rowCount())])
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    assert app_module.run_gui(locations) == 0
    assert states == [(False, "Opening the register…", False), (PAGE_LOGIN, False, False),
                      (PAGE_LOGIN, "Unknown user or wrong password.", ""), ("sørensen", True), [kari.id]]


def test_closing_the_window_while_the_register_opens_ends_cleanly(qapp, locations, db, shop, monkeypatch,
                                                                 held_register):
    def exec_() -> int:
        (window,) = main_windows()
        window.close()
        held_register.set()  # the worker finishes after the event loop has ended
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    assert app_module.run_gui(locations) == 0
    assert main_windows() == []


def test_crash_hook_is_removed_after_the_run(qapp, locations, db, shop, shown_windows):
    import sys

    hook = sys.excepthook
    app_module.run_gui(locations)
    assert sys.excepthook is hook


def _probed_start(locations, probe: str) -> list[str]:
    """Start the real app in a subprocess with the start-up probe; its ``kundereg:`` lines."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", app_module.ENV_STARTUP_PROBE: probe}
    done = subprocess.run([sys.executable, "-m", "kundereg.cli", "--data-dir", str(locations.data_dir)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return [line for line in done.stderr.splitlines() if line.startswith("kundereg: ")]


def test_real_start_shows_the_window_then_the_register_and_quits_with_the_probe(locations, db, shop, kari):
    lines = _probed_start(locations, "1")
    assert [line.split(" after ")[0] for line in lines] == ["kundereg: main window shown",
                                                           "kundereg: register ready"]
    shown, ready = (int(line.split(" after ")[1].removesuffix(" ms")) for line in lines)
    assert shown <= ready


def test_real_start_shows_the_window_before_importing_the_register(locations, db, shop, kari):
    """The window must not wait for SQLAlchemy, the services or the validation libraries."""
    lines = _probed_start(locations, app_module.PROBE_IMPORTS)
    assert "kundereg: imported before the window was shown: none" in lines
    assert lines[-1].startswith("kundereg: register ready after")


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12")
def test_pyside_keeps_references_to_none_and_true(qtbot):
    """PySide6 6.12.0 on Python 3.11 returned None/True from void calls and emits without a
    reference, so the app aborted after a few thousand calls (none_dealloc/bool_dealloc).
    pyproject.toml pins PySide6 below 6.12; this catches a bump that brings the defect back."""
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QLabel

    class Emitter(QObject):
        fired = Signal()

    label, emitter = QLabel(), Emitter()
    qtbot.addWidget(label)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):
        label.setText("x")
        emitter.fired.emit()
    assert sys.getrefcount(None) - none_before >= -5
    assert sys.getrefcount(True) - true_before >= -5


def test_the_register_sends_codes_by_email_only_when_smtp_is_configured(db, shop):
    from kundereg.domain.access import VerificationMethod
    from kundereg.services.register import build_register

    plain = build_register(db, environ={})
    assert plain.identity.code_channels() == []
    assert all(getattr(plain, name) is not None for name in ("customers", "purchases", "auth", "identity", "audit",
                                                             "demo"))
    mailing = build_register(db, environ={"KUNDEREG_SMTP_HOST": "mail.example.no"})
    assert mailing.identity.code_channels() == [VerificationMethod.EMAIL_CODE]


# -- setup wizard -------------------------------------------------------------------------------

def test_setup_rejects_different_passwords(qtbot, db):
    dialog = SetupWizard(partial(profile_service.create_register, db))
    qtbot.addWidget(dialog)
    fill_setup(dialog, repeat="something else")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.shop is None
    assert "not the same" in dialog.error.text()
    assert not shop_service.is_initialised(db)


def test_setup_shows_the_service_errors(qtbot, db):
    dialog = SetupWizard(partial(profile_service.create_register, db))
    qtbot.addWidget(dialog)
    fill_setup(dialog, password="short")
    dialog.name.setText("")
    dialog.accept()
    assert dialog.shop is None and not dialog.error.isHidden()
    assert "Shop name: is required." in dialog.error.text()
    dialog.name.setText("Gjøvik Rens AS")
    dialog.accept()
    assert "Password: must be at least 8 characters." in dialog.error.text()
    assert not shop_service.is_initialised(db)


def test_setup_logs_the_new_owner_in_and_forgets_the_password(qtbot, db):
    from kundereg.services.auth import AuthService

    dialog = SetupWizard(partial(profile_service.create_register, db), login=AuthService(db).login)
    qtbot.addWidget(dialog)
    fill_setup(dialog)
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.staff is not None and dialog.staff.actor.username == "eier"
    assert dialog.password.text() == "" and dialog.repeat.text() == ""


def test_setup_creates_the_shop(qtbot, db):
    dialog = SetupWizard(partial(profile_service.create_register, db))
    qtbot.addWidget(dialog)
    for widget in (dialog.name, dialog.country, dialog.username, dialog.password, dialog.repeat):
        assert widget.accessibleName()
    fill_setup(dialog)
    dialog.country.setCurrentIndex(dialog.country.findData("SE"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.shop == shop_service.get_shop(db)
    assert (dialog.shop.name, dialog.shop.country, dialog.shop.currency) == ("Gjøvik Rens AS", "SE", "SEK")


# -- crash hook ---------------------------------------------------------------------------------

@pytest.fixture
def crash(qapp, tmp_path, monkeypatch):
    handler = CrashHandler(tmp_path / "kundereg.log")
    handler.shown = []
    monkeypatch.setattr(handler, "show_dialog", handler.shown.append)
    return handler


def _raise(exc: BaseException) -> BaseException:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001
        return caught


def test_unknown_exception_shows_only_its_type(crash, caplog):
    exc = _raise(ValueError("Kari Nordmann, +4791234567"))
    crash.excepthook(type(exc), exc, exc.__traceback__)
    assert crash.shown == ["An unexpected error occurred (ValueError)."]
    assert "ValueError" in caplog.text and "test_app.py" in caplog.text
    assert "Kari" not in caplog.text and "91234567" not in caplog.text


def test_kundereg_error_message_is_shown(crash):
    exc = _raise(ValidationError("mobile", "is not a phone number."))
    crash.excepthook(type(exc), exc, exc.__traceback__)
    assert crash.shown == ["Mobile phone: is not a phone number."]


def test_causes_are_logged_without_their_text():
    email = "ola@" + "example.com"  # as data, not in the source lines the stack shows
    try:
        try:
            raise KeyError(email)
        except KeyError as inner:
            raise RuntimeError(f"lookup failed for {email}") from inner
    except RuntimeError as exc:
        text = safe_traceback(exc)
    assert "KeyError" in text and "RuntimeError" in text and "ola@" not in text


def test_thread_exceptions_reach_the_gui_thread(qtbot, crash):
    crash.install()
    try:
        thread = threading.Thread(target=lambda: 1 / 0)
        thread.start()
        thread.join()
        qtbot.waitUntil(lambda: crash.shown == ["An unexpected error occurred (ZeroDivisionError)."])
    finally:
        crash.uninstall()


def test_only_one_dialog_at_a_time(crash, monkeypatch):
    shown = []

    def show_dialog(message):
        shown.append(message)
        exc = _raise(OSError("second"))
        crash.excepthook(type(exc), exc, exc.__traceback__)  # while the first dialog is open

    monkeypatch.setattr(crash, "show_dialog", show_dialog)
    exc = _raise(TypeError("first"))
    crash.excepthook(type(exc), exc, exc.__traceback__)
    assert shown == ["An unexpected error occurred (TypeError)."]
    assert crash.reports == 2
