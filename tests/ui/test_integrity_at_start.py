"""Damage inside the register file that opening cannot see is found by the quick check the app
runs off the GUI thread once the window is attached, and said once (issue 18, item 4)."""
from __future__ import annotations

import logging
import random

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from kundereg import app as app_module
from kundereg.domain.records import CustomerInput


@pytest.fixture(autouse=True)
def _restore_logging():
    root = logging.getLogger()
    before, level = list(root.handlers), root.level
    yield
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def _run_until_warned(monkeypatch, locations, dialogs) -> int:
    real_exec = QApplication.exec

    def exec_() -> int:  # the real event loop; closes as soon as a warning was shown, never past 30 s
        timer = QTimer()
        timer.timeout.connect(lambda: dialogs.shown and QApplication.closeAllWindows())
        timer.start(50)
        QTimer.singleShot(30_000, lambda: QApplication.exit(99))
        return real_exec()

    monkeypatch.setattr(QApplication, "exec", staticmethod(exec_))
    return app_module.run_gui(locations)


def test_noise_inside_the_file_is_said_once_after_start(qapp, locations, db, shop, customers, owner,
                                                       monkeypatch, dialogs):
    for i in range(40):
        customers.create(owner, CustomerInput(first_name=f"Kari{i}", last_name="Nordmann", notes="x" * 1500))
    with db.engine.connect() as conn:  # a page of the search index: nothing at start reads it
        page = conn.exec_driver_sql("SELECT max(pageno) FROM dbstat WHERE name = 'customer_fts_data'").scalar()
        page_size = conn.exec_driver_sql("PRAGMA page_size").scalar()
    db.close()
    with open(locations.sqlite_path, "r+b") as handle:
        handle.seek((page - 1) * page_size)
        handle.write(random.Random(4).randbytes(page_size))
    _run_until_warned(monkeypatch, locations, dialogs)
    warnings = [text for kind, _title, text in dialogs.shown if kind == "warning"]
    assert len(warnings) == 1, dialogs.shown
    assert "damaged" in warnings[0] and "Restore the newest backup" in warnings[0]
