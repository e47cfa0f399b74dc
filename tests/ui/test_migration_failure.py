"""A schema upgrade that fails at start-up: the register is restored and ONE dialog says so."""
from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command as alembic_command
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kundereg import app as app_module
from kundereg.locations import resolve
from kundereg.ui.crash import CrashHandler

FIXTURE = Path(__file__).parents[1] / "fixtures" / "registers" / "schema-0001.sqlite3"


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


def dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_failed_migration_restores_the_register_and_shows_one_dialog(qapp, tmp_path, monkeypatch, dialogs):
    locations = resolve(tmp_path / "data")
    locations.data_dir.mkdir(parents=True)
    shutil.copyfile(FIXTURE, locations.sqlite_path)  # an old register, so the upgrade has work to do
    before = dump(locations.sqlite_path)

    def broken_upgrade(cfg, revision):
        cfg.attributes["connection"].exec_driver_sql("DELETE FROM purchase_line")  # half-done damage
        raise RuntimeError("simulated failure in a migration")

    crashes = []
    monkeypatch.setattr(alembic_command, "upgrade", broken_upgrade)
    monkeypatch.setattr(CrashHandler, "show_dialog", lambda handler, message: crashes.append(message))
    real_exec = QApplication.exec

    def exec_() -> int:  # the real event loop, but never longer than 30 s
        QTimer.singleShot(30_000, lambda: QApplication.exit(99))
        return real_exec()

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))

    assert app_module.run_gui(locations) == 1
    (copy,) = locations.backup_dir.glob("before-migration-0001-*.sqlite3")
    assert crashes == []
    assert len(dialogs.shown) == 1, dialogs.shown  # one explanation, not a cascade
    kind, _title, text = dialogs.shown[0]
    assert kind == "critical", text
    assert "restored from the copy" in text and str(copy) in text and "0001" in text
    assert "kundereg.log" in text  # where the details are
    # Everything is back as it was, byte for byte the safety copy.
    assert dump(locations.sqlite_path) == before
    assert locations.sqlite_path.read_bytes() == copy.read_bytes()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
