"""GUI fixtures: synchronous task runner, isolated QSettings, message boxes that never block."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from kundereg.domain.records import CustomerInput
from kundereg.ui.main_window import MainWindow
from kundereg.ui.workers import TaskRunner


_HERE = Path(__file__).parent
# The offscreen platform cannot pass size hints to a window manager and says so on every show.
_OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints\(\)")


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if _HERE in Path(str(item.fspath)).parents:
            item.add_marker(_OFFSCREEN_NOISE)


@dataclass
class Dialogs:
    """Records every message box instead of showing it; answers as configured."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    question_answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Cancel
    click: str | None = None  # button text to click in QMessageBox.exec(); None: the escape button

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    record = Dialogs()

    def static(kind, answer):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return answer() if callable(answer) else answer
        return staticmethod(show)

    monkeypatch.setattr(QMessageBox, "question", static("question", lambda: record.question_answer))
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind, QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "about", static("about", None))

    def exec_(box):
        record.shown.append(("exec", box.windowTitle(), f"{box.text()}\n{box.informativeText()}"))
        target = None
        if record.click is not None:
            target = next((b for b in box.buttons() if b.text().replace("&", "") == record.click), None)
            assert target is not None, f"no button {record.click!r} in {[b.text() for b in box.buttons()]}"
        else:
            target = box.escapeButton()
        if target is not None:
            target.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return record


@pytest.fixture(autouse=True)
def _source_language_after_each_test(qapp):
    """run_gui installs a language and formats for the whole process; the next test starts clean."""
    from PySide6.QtCore import QLocale

    from kundereg.ui import i18n

    before = QLocale()
    yield
    i18n.reset(before)


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path):
    """QSettings() (as run_gui makes it) in tmp_path: Qt resolves its folder once per process, so
    HOME pointing elsewhere per test is not enough."""
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture
def runner(qapp) -> TaskRunner:
    return TaskRunner(synchronous=True)


@pytest.fixture
def settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "kundereg-settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def many(customers, owner) -> int:
    """250 customers called Hansen (plus nobody else), for paging."""
    for i in range(250):
        customers.create(owner, CustomerInput(first_name=f"Per{i:03d}", last_name="Hansen", city="Hamar"))
    return 250


@pytest.fixture
def services(auth, identity, audit) -> dict:
    """The keyword arguments a window needs besides customers, purchases and shop."""
    return {"auth": auth, "identity": identity, "audit": audit}


@pytest.fixture
def make_window(qtbot, customers, purchases, shop, runner, settings, activate, services, owner):
    """A window on the register, logged in as ``staff`` (the owner unless told; None: nobody)."""
    def make(staff=owner, **kwargs) -> MainWindow:
        window = MainWindow(customers, purchases, shop, runner, settings, **{**services, **kwargs})
        qtbot.addWidget(window)
        activate(window)
        if staff is not None:
            window.start_session(staff)
        return window
    return make


@pytest.fixture
def activate(qtbot):
    """Show a widget as the active window, so that shortcuts and focus work offscreen."""
    def show(widget) -> None:
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return show
