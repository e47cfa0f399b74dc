"""Erasing from the requests view, backing up and restoring from the main window."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.enums import RequestStatus
from kundereg.services.backup import BackupService, backups_in
from kundereg.services.erasure import ErasurePlan, ErasureService
from kundereg.services.register import ledger_file
from kundereg.services.requests import RequestService
from kundereg.ui.backup_dialog import PASSPHRASE_KEY, PassphraseDialog
from kundereg.ui.erasure_dialog import ErasureDialog
from kundereg.ui.requests_view import RequestsView

PASSPHRASE = "korrekt hest batteri stift"


@pytest.fixture
def requests(db, shop):
    return RequestService(db)


@pytest.fixture
def backups(db, locations):
    return BackupService(db, locations)


@pytest.fixture
def erasure(db, locations, backups):
    return ErasureService(db, ledger_file(locations), backups=backups.holding,
                          receipt_dir=locations.data_dir / "receipts")


@pytest.fixture
def verified_request(requests, identity, owner, kari):
    request = requests.register(owner, kari.id, "erasure", "email")
    identity.verify_photo_id(owner, kari.id, "passport")
    return requests.confirm_identity(owner, request.id)


def _answer_erasure(monkeypatch, language="sv", confirm=True, seen=None):
    def exec_(dialog):
        if seen is not None:
            seen.append(dialog)
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(language))
        dialog.confirm_box.setChecked(confirm)
        if dialog.erase_button.isEnabled():
            dialog.erase_button.click()
        return dialog.result()
    monkeypatch.setattr(ErasureDialog, "exec", exec_)


def _answer_passphrase(monkeypatch, text=PASSPHRASE, repeat=None, remember=False):
    def exec_(dialog):
        dialog.passphrase_edit.setText(text)
        dialog.repeat_edit.setText(text if repeat is None else repeat)
        dialog.remember_box.setChecked(remember)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result() or QDialog.DialogCode.Rejected
    monkeypatch.setattr(PassphraseDialog, "exec", exec_)


def test_erase_from_the_requests_view_files_and_opens_the_receipt(
        qtbot, db, requests, erasure, owner, runner, verified_request, kari, dialogs, monkeypatch):
    view = RequestsView(requests, lambda: owner, runner, erasure=erasure, country="SE")
    qtbot.addWidget(view)
    view.refresh()
    assert view.select_request(verified_request.id)
    assert view.erase_button.isEnabled() and not view.erase_button.isHidden()
    seen: list[ErasureDialog] = []
    _answer_erasure(monkeypatch, "sv", seen=seen)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialogs.click = "Open receipt"
    with qtbot.waitSignal(view.customer_erased) as erased:
        view.erase_button.click()
    assert erased.args == [kari.id]
    assert "Quixwell" not in seen[0].intro.text() and str(kari.id) in seen[0].windowTitle()
    result = view.last_erasure
    assert result is not None and result.receipt_path.exists()
    assert "Kvitto på radering" in PdfReader(result.receipt_path).pages[0].extract_text()
    assert [u.toLocalFile() for u in opened] == [str(result.receipt_path)]
    assert requests.get(owner, verified_request.id).status is RequestStatus.COMPLETED
    assert not view.erase_button.isEnabled()
    with db.read() as session:
        assert session.get(models.Customer, kari.id) is None


def test_the_dialog_refuses_while_orders_are_open(qtbot, verified_request):
    plan = ErasurePlan(customer_id=7, open_orders=(12, 15), restricted=False, purchases_deleted=1,
                       purchases_kept=3, latest_kept_until=datetime(2031, 12, 31, tzinfo=timezone.utc).date())
    dialog = ErasureDialog(verified_request, plan, "NO")
    qtbot.addWidget(dialog)
    assert "12, 15" in dialog.problem_label.text()
    dialog.confirm_box.setChecked(True)
    assert not dialog.erase_button.isEnabled()
    assert dialog.language() == "nb"


def test_counter_staff_cannot_erase(qtbot, requests, erasure, counter, runner, verified_request):
    view = RequestsView(requests, lambda: counter, runner, erasure=erasure)
    qtbot.addWidget(view)
    view.refresh()
    view.select_request(verified_request.id)
    assert not view.erase_button.isEnabled()


def test_back_up_now_and_remember_the_passphrase(make_window, backups, locations, settings, monkeypatch):
    window = make_window(backups=backups)
    assert window.act_backup.isVisible() and window.act_backup.isEnabled()
    _answer_passphrase(monkeypatch, repeat="something else")
    assert window.backups.back_up_now() is False  # the repeat differs: the dialog would stay open
    _answer_passphrase(monkeypatch, remember=True)
    window.act_backup.trigger()
    [(_, path)] = backups_in(locations.backup_dir)
    assert "Backup written and verified" in window.statusBar().currentMessage()
    assert settings.value(PASSPHRASE_KEY) == PASSPHRASE


def test_counter_staff_see_no_backup_actions(make_window, backups, counter):
    window = make_window(staff=counter, backups=backups)
    assert not window.act_backup.isVisible() and not window.act_restore.isVisible()


def test_closing_offers_the_daily_backup_once(make_window, backups, locations, settings, dialogs, qtbot):
    settings.setValue(PASSPHRASE_KEY, PASSPHRASE)
    window = make_window(backups=backups)
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    window.close()
    assert any("No backup" in text for text in dialogs.texts("question"))
    assert len(backups_in(locations.backup_dir)) == 1
    qtbot.waitUntil(lambda: not window.isVisible())
    dialogs.shown.clear()
    again = make_window(backups=backups)
    again.close()
    assert dialogs.texts("question") == [] and not again.isVisible()  # done today already


def test_restore_from_the_window_keeps_the_erased_erased(
        make_window, backups, erasure, locations, settings, dialogs, monkeypatch, db, verified_request, kari, ola_):
    backup = backups.take(None, PASSPHRASE)
    window = make_window(backups=backups, erasure=erasure)
    result = erasure.erase(window.staff, verified_request.id, "nb")
    assert result.summary.customer_id == kari.id
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup.path), "")))
    _answer_passphrase(monkeypatch)
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    window.act_restore.trigger()
    assert any("restored" in text for text in dialogs.texts("information")), dialogs.shown
    assert window.staff is None and window.current_page() != "search"
    with db.read() as session:
        assert session.get(models.Customer, kari.id) is None
        assert session.get(models.Customer, ola_.id) is not None
        assert session.scalars(select(models.AuditEntry.action).order_by(models.AuditEntry.id.desc())).first() \
            == "backup_restored"


@pytest.fixture
def ola_(customers, owner):
    from kundereg.domain.records import CustomerInput

    return customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann"))


def test_a_wrong_passphrase_on_restore_changes_nothing(make_window, backups, dialogs, monkeypatch, locations):
    backup = backups.take(None, PASSPHRASE)
    before = locations.sqlite_path.stat().st_size
    window = make_window(backups=backups)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(backup.path), "")))
    _answer_passphrase(monkeypatch, text="not the right one")
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    window.act_restore.trigger()
    assert any("not changed" in text and "passphrase" in text for text in dialogs.texts("warning"))
    assert locations.sqlite_path.stat().st_size == before
