"""GUI fixtures: synchronous task runner, isolated QSettings, message boxes that never block."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from kundereg.domain.records import CustomerInput
from kundereg.services.register import Register
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


WINDOW_OPTIONS = ("idle_lock_ms", "schema_revision")


@pytest.fixture
def window_register(db, customers, purchases, auth, identity, audit):
    """``window_register(**services)``: a ``Register`` with the tests' own core services and,
    unless given, none of the optional tools (requests, reports, profile, erasure, backups, the
    demo generator), so each test offers exactly what it checks."""
    def make(demo=None, **services) -> Register:
        # demo is a method of the real Register: a subclass puts the test's generator (or None) there
        cls = type("WindowTestRegister", (Register,), {"demo": staticmethod(demo) if demo is not None else None})
        values = {f.name: None for f in dataclasses.fields(Register)}
        values.update(db=db, customers=customers, purchases=purchases, auth=auth, identity=identity, audit=audit)
        values.update(services)
        return cls(**values)
    return make


@pytest.fixture
def services(window_register) -> Register:
    """The register a window gets by default: the core services only."""
    return window_register()


@pytest.fixture
def make_window(qtbot, shop, runner, settings, activate, window_register, owner):
    """A window on the register, logged in as ``staff`` (the owner unless told; None: nobody).
    Other keywords: window options (``idle_lock_ms``, ``schema_revision``) or services."""
    def make(staff=owner, **kwargs) -> MainWindow:
        options = {k: kwargs.pop(k) for k in WINDOW_OPTIONS if k in kwargs}
        window = MainWindow(window_register(**kwargs), shop, runner, settings, **options)
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
