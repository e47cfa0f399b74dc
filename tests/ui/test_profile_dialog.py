"""The owner's shop profile and settings dialog: load, change, save (audited), errors on their tab,
retention settings, documents, and the main window following the change."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pypdf import PdfReader
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.access import PermissionDenied
from kundereg.services import shop as shop_service
from kundereg.services.profile import ProfileService, clean_contact, store_contact
from kundereg.ui.profile_dialog import ProfileDialog


@pytest.fixture
def dialog(qtbot, db, shop, owner, runner):
    widget = ProfileDialog(ProfileService(db), owner, runner)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def audit_details(db, action):
    with db.read() as session:
        return [json.loads(d) for d in session.scalars(select(models.AuditEntry.details)
                                                       .where(models.AuditEntry.action == action))]


def test_loads_the_profile_into_every_tab(dialog):
    assert dialog.tabs.isEnabled()
    assert dialog.shop_editor.name.text() == "Gjøvik Rens AS"
    assert dialog.data_editor.field_boxes["company_name"].isChecked()  # what `init` switched on
    assert dialog.purposes_editor.list.count() >= 3  # the defaults, until a profile is saved
    assert dialog.retention_editor.backup_keep_daily.value() == 7
    assert dialog.retention_editor.inactive_years.text() == "off"
    assert "defaults" in dialog.status.text()


def test_change_fields_and_retention_saves_and_is_audited(qtbot, dialog, db):
    dialog.shop_editor.email.setText("post@gjovikrens.example")
    dialog.shop_editor.street.setText("Storgata 10")
    dialog.tabs.setCurrentWidget(dialog.data_editor)
    for name in ("company_name", "org_number", "invoice_email"):
        dialog.data_editor.field_boxes[name].setChecked(False)
    # the default purposes use company data for invoicing: change that purpose
    editor = dialog.purposes_editor
    for row in range(editor.list.count()):
        editor.list.setCurrentRow(row)
        editor.category_boxes["company"].setChecked(False)
    dialog.retention_editor.inactive_years.setValue(3)
    dialog.retention_editor.backup_keep_weekly.setValue(10)
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    profile = saved.args[0]
    assert profile.inactive_years == 3 and profile.backup_keep_weekly == 10 and profile.configured
    assert not shop_service.get_shop(db).shows("company_name")
    (entry,) = audit_details(db, "profile_changed")
    assert {"customer_fields", "inactive_years", "backup_keep_weekly", "email", "street"} <= set(entry["fields"])
    assert "Storgata" not in json.dumps(entry) and "gjovikrens" not in json.dumps(entry)


def test_an_error_shows_on_its_tab_and_nothing_is_saved(dialog, db):
    dialog.tabs.setCurrentWidget(dialog.retention_editor)
    dialog.shop_editor.phone.setText("12")
    dialog.save_button.click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.tabs.currentWidget() is dialog.shop_editor
    assert "Phone" in dialog.error.text() and dialog.save_button.isEnabled()
    assert audit_details(db, "profile_changed") == []


def test_switching_marketing_on_adds_its_purpose(qtbot, dialog, db):
    data = dialog.data_editor
    data.marketing.setCurrentIndex(data.marketing.findData("a"))
    dialog.tabs.setCurrentWidget(dialog.purposes_editor)
    labels = [dialog.purposes_editor.list.item(i).text() for i in range(dialog.purposes_editor.list.count())]
    assert "Newsletters and marketing with consent" in labels
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert ProfileService(db).profile().marketing_basis == "a"


def test_counter_staff_cannot_save(qtbot, db, shop, counter, runner):
    widget = ProfileDialog(ProfileService(db), counter, runner)
    qtbot.addWidget(widget)
    widget.save_button.click()
    assert "Only the owner may" in widget.error.text()
    with pytest.raises(PermissionDenied):
        ProfileService(db).update(counter, ProfileService(db).profile())


def test_saves_the_notice_and_the_record_of_processing(dialog, db, monkeypatch, tmp_path):
    target = tmp_path / "personvern.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog.notice_language.setCurrentIndex(dialog.notice_language.findData("nn"))
    dialog.notice_button.click()  # the shop has no address, email or phone yet: refused, naming the fields
    assert not target.exists() and dialog.error.isVisible()
    for label in ("Street address", "Postal code", "City", "Email"):
        assert label in dialog.error.text()
    assert dialog.tabs.currentWidget() is dialog.shop_editor
    store_contact(db, clean_contact("NO", {"street": "Storgata 10", "postal_code": "2815", "city": "Gjøvik",
                                           "email": "post@gjovikrens.example"}))
    dialog.notice_button.click()
    assert "Personvernerklæring" in PdfReader(target).pages[0].extract_text()
    assert str(target) in dialog.status.text()
    sheet = tmp_path / "ropa.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(sheet), "")))
    dialog.ropa_button.click()
    assert sheet.read_text(encoding="utf-8-sig").startswith("Behandlingsaktivitet;Føremål;")
    assert not list(tmp_path.glob("*.partial"))


def test_main_window_menu_opens_it_for_the_owner_and_follows_the_change(qtbot, make_window, db, counter):
    window = make_window(profile=ProfileService(db))
    assert window.act_profile.isVisible()
    dialog = window.admin.show_profile()
    qtbot.waitExposed(dialog)
    dialog.shop_editor.name.setText("Gjøvik Rens og Vask AS")
    dialog.data_editor.field_boxes["street"].setChecked(False)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
    assert window.windowTitle() == "Gjøvik Rens og Vask AS"
    assert not window._shop.shows("street")
    window.start_session(counter)
    assert not window.act_profile.isVisible() and window.admin.show_profile() is None
