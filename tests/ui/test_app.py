"""Start-up (run_gui), first-run setup dialog and the crash hook."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from functools import partial

import pytest
from PySide6.QtWidgets import QApplication, QDialog


from kundereg import app as app_module
from kundereg.domain.errors import StorageError, ValidationError
from kundereg.services import shop as shop_service
from kundereg.logs import safe_traceback
from kundereg.ui.crash import CrashHandler
from kundereg.ui.main_window import MainWindow
from kundereg.ui.setup_dialog import SetupDialog

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


@pytest.fixture
def shown_windows(monkeypatch):
    """QApplication.exec returns at once, noting which main windows were on screen."""
    seen: list[str] = []

    def exec_() -> int:
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets()
                    if isinstance(w, MainWindow) and w.isVisible())
        for w in QApplication.topLevelWidgets():
            if isinstance(w, MainWindow):
                w.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    return seen


def fill_setup(dialog: SetupDialog, password: str = OWNER_PASSWORD, repeat: str | None = None) -> None:
    dialog.name.setText("Gjøvik Rens AS")
    dialog.country.setCurrentIndex(dialog.country.findData("NO"))
    dialog.username.setText("eier")
    dialog.password.setText(password)
    dialog.repeat.setText(password if repeat is None else repeat)


def test_first_start_sets_up_the_shop_then_shows_the_window(qapp, locations, monkeypatch, shown_windows):
    def exec_(dialog: SetupDialog) -> int:
        fill_setup(dialog)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SetupDialog, "exec", exec_)
    assert app_module.run_gui(locations) == 0
    assert shown_windows == ["Gjøvik Rens AS"]
    assert (locations.log_dir / "kundereg.log").is_file()
    assert "main window shown" in (locations.log_dir / "kundereg.log").read_text(encoding="utf-8")


def test_cancelled_setup_exits_cleanly(qapp, locations, monkeypatch, shown_windows):
    monkeypatch.setattr(SetupDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert app_module.run_gui(locations) == 0
    assert shown_windows == []


def test_initialised_register_opens_straight_away(qapp, locations, db, shop, kari, shown_windows):
    assert app_module.run_gui(locations) == 0
    assert shown_windows == ["Gjøvik Rens AS"]


def test_register_that_cannot_be_opened_is_explained(qapp, locations, monkeypatch, dialogs, shown_windows):
    def broken(_locations):
        raise StorageError("Creating or updating the register failed ({kind}).", kind="OperationalError")

    monkeypatch.setattr("kundereg.services.register.open_register", broken)
    assert app_module.run_gui(locations) == 1
    (text,) = dialogs.texts("critical")
    assert "could not be opened" in text and "OperationalError" in text and "kundereg.log" in text
    assert shown_windows == []


def test_crash_hook_is_removed_after_the_run(qapp, locations, db, shop, shown_windows):
    import sys

    hook = sys.excepthook
    app_module.run_gui(locations)
    assert sys.excepthook is hook


def test_real_start_shows_the_window_and_quits_with_the_probe(locations, db, shop, kari):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KUNDEREG_STARTUP_PROBE": "1"}
    done = subprocess.run([sys.executable, "-m", "kundereg.cli", "--data-dir", str(locations.data_dir)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "kundereg: main window shown after" in done.stderr


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


# -- setup dialog -------------------------------------------------------------------------------

def test_setup_rejects_different_passwords(qtbot, db):
    dialog = SetupDialog(partial(shop_service.init_shop, db))
    qtbot.addWidget(dialog)
    fill_setup(dialog, repeat="something else")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.shop is None
    assert "not the same" in dialog.error.text()
    assert not shop_service.is_initialised(db)


def test_setup_shows_the_service_errors(qtbot, db):
    dialog = SetupDialog(partial(shop_service.init_shop, db))
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


def test_setup_creates_the_shop(qtbot, db):
    dialog = SetupDialog(partial(shop_service.init_shop, db))
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
