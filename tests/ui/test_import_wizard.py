"""The import wizard on a real register, driven as a user would: file, columns, report, import."""
from __future__ import annotations

import csv
import threading

import pytest
from PySide6.QtWidgets import QFileDialog, QWizard
from sqlalchemy import func, select

from kundereg.db import models
from kundereg.services.importing import ImportService
from kundereg.ui.import_wizard import ImportWizard, run_import_wizard
from kundereg.ui.workers import TaskRunner

HEADER = ["Kundenr", "Kontakt", "Mobil", "E-post", "Poststed"]
ROWS = [["1", "Kari Nordmann", "912 34 567", "kari@example.no", "Gjøvik"],
        ["2", "Ola Nordmann", "12", "ola@example.no", "Gjøvik"],
        ["3", '=HYPERLINK("http://evil.example")', "", "", ""]]


@pytest.fixture
def export(tmp_path):
    path = tmp_path / "superoffice.csv"
    with open(path, "w", encoding="windows-1252", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(ROWS)
    return path


def count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(models.Customer))


def to_report(qtbot, wizard, path):
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    page = wizard.mapping_page
    assert page.preview.rowCount() == 3 and page.preview.item(0, 1).text() == "Kari Nordmann"
    assert [c.currentData() for c in page.combos] == ["customer_number", None, "mobile", "email", "city"]
    page.choose(1, "full_name")  # "Kontakt" was not guessed: the user picks it
    assert wizard.columns.targets[1] == "full_name"
    wizard.next()
    assert wizard.currentPage() is wizard.report_page


def test_the_wizard_checks_reports_exports_and_imports(qtbot, db, shop, owner, export, tmp_path, monkeypatch,
                                                       dialogs):
    wizard = ImportWizard(ImportService(db), owner, TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    to_report(qtbot, wizard, export)
    page = wizard.report_page
    assert "1 customer(s) to add" in page.summary.text() and "2 row(s) refused" in page.summary.text()
    assert page.refused.item(0, 0).text().startswith("Row 3, column Mobil")
    assert "formula" in page.refused.item(1, 0).text()
    assert count(db) == 0  # the dry run changed nothing
    saved = tmp_path / "fix-me.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(saved), "")))
    page.export_button.click()
    assert saved.read_text(encoding="utf-8-sig").count("\n") == 3
    assert "'=HYPERLINK" in saved.read_text(encoding="utf-8-sig")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.result is not None and wizard.result.added == 1
    assert count(db) == 1 and not wizard.isVisible()
    assert any("Imported" in text for text in dialogs.texts("information"))


def test_a_bad_file_keeps_the_wizard_on_the_first_page(qtbot, db, shop, owner, tmp_path):
    wizard = ImportWizard(ImportService(db), owner, TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    wizard.show()
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"\r\n")
    wizard.file_page.path.setText(str(empty))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "no header" in wizard.file_page.error.text()


def test_cancel_during_the_import_changes_nothing(qtbot, db, shop, owner, export, dialogs):
    reached, proceed = threading.Event(), threading.Event()

    class Gated(ImportService):
        """Holds the worker at its last progress report before the commit until the test cancelled."""

        def apply(self, staff, source, columns=None, purchases=None, progress=None):
            def gated(done, total):
                if not reached.is_set():
                    reached.set()
                    proceed.wait(30)
                return progress(done, total)

            return super().apply(staff, source, columns, purchases, gated)

    runner = TaskRunner()
    wizard = ImportWizard(Gated(db), owner, TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    to_report(qtbot, wizard, export)
    wizard.runner = runner
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(reached.is_set)
    wizard.task.cancel_button.click()
    proceed.set()
    qtbot.waitUntil(lambda: any("cancelled" in t for t in dialogs.texts("information")))
    runner.wait()
    assert count(db) == 0 and wizard.isVisible() and wizard.result is None
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_entry_point_opens_the_wizard(qtbot, db, shop, owner):
    from kundereg.services.register import build_register

    wizard = run_import_wizard(None, build_register(db), owner, TaskRunner(synchronous=True))
    qtbot.addWidget(wizard)
    assert wizard.isVisible() and wizard.currentPage() is wizard.file_page
