"""The first-run wizard, driven page by page: preset choice, shop details, fields and marketing,
purposes, recipients, the owner; what it creates drives the customer form."""
from __future__ import annotations

import json
from functools import partial

import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.records import ADDRESS_FIELDS, COMPANY_FIELDS, CORE_FIELDS
from kundereg.services import profile as profile_service
from kundereg.services import shop as shop_service
from kundereg.services.auth import AuthService
from kundereg.services.customers import CustomerService
from kundereg.services.purchases import PurchaseService
from kundereg.ui.customer_panel import CustomerPanel
from kundereg.ui.setup_wizard import SetupWizard

from staff_secrets import OWNER_PASSWORD


@pytest.fixture
def wizard(qtbot, db, runner):
    w = SetupWizard(partial(profile_service.create_register, db), login=AuthService(db).login, runner=runner)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def go_to(wizard, page) -> None:
    for _ in range(10):
        if wizard.currentPage() is page:
            return
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"stuck on page {before}: {wizard.currentPage().findChildren(object)}"
    raise AssertionError("page not reached")


def fill_shop(wizard, **values) -> None:
    editor = wizard.shop_editor
    defaults = dict(name="Jaro AS", org_number="923609016", street="Industrivegen 4", postal_code="2815",
                    city="Gjøvik", email="post@jaro.example", phone="61 12 34 56")
    for field, value in {**defaults, **values}.items():
        getattr(editor, field).setText(value)


def test_b2b_preset_end_to_end_creates_profile_owner_and_form(qtbot, wizard, db, runner):
    assert wizard.currentPage() is wizard.preset_page
    wizard.choose_preset("b2b_supplier")
    wizard.next()
    assert wizard.currentPage() is wizard.shop_page
    fill_shop(wizard)
    wizard.next()
    assert wizard.currentPage() is wizard.data_page
    data = wizard.data_editor
    assert {f for f, box in data.field_boxes.items() if box.isChecked()} == set(ADDRESS_FIELDS + COMPANY_FIELDS)
    assert data.marketing.currentData() == "f" and data.sole_trader.isChecked()
    wizard.next()
    purposes = wizard.purposes_editor
    assert purposes.list.count() == 8 and purposes.list.item(0).text() == "Managing the customer relationship"
    wizard.next()
    processors = wizard.processors_editor
    # seed 000 names them: SuperOffice (CRM) and Visma Business
    assert [processors.table.item(row, 0).text() for row in range(processors.table.rowCount())] == [
        "SuperOffice", "Visma Business"]
    wizard.next()
    assert wizard.currentPage() is wizard.owner_page
    assert "Jaro AS (NO) with 12 customer fields, 8 purposes and 2 processors" in wizard.summary.text()
    wizard.full_name.setText("Eva Eier")
    wizard.username.setText("eier")
    wizard.password.setText(OWNER_PASSWORD)
    wizard.repeat.setText(OWNER_PASSWORD)
    assert wizard.currentPage().isFinalPage()
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted, wizard.error.text()
    assert wizard.staff is not None and wizard.staff.actor.username == "eier"
    assert wizard.password.text() == "" and wizard.repeat.text() == ""

    profile = profile_service.get_profile(db)
    assert profile.name == "Jaro AS" and profile.org_number == "923 609 016" and profile.city == "Gjøvik"
    assert [(p.name, p.role) for p in profile.processors] == [("SuperOffice", "crm"), ("Visma Business", "erp")]
    assert profile.marketing_basis == "f" and len(profile.purposes) == 8
    with db.read() as session:
        (details,) = session.scalars(select(models.AuditEntry.details)
                                     .where(models.AuditEntry.action == "shop_created")).all()
    assert json.loads(details)["preset"] == "b2b_supplier"

    panel = CustomerPanel(CustomerService(db), PurchaseService(db), wizard.shop, runner, lambda: wizard.staff)
    qtbot.addWidget(panel)
    assert set(panel.editors) == set(CORE_FIELDS + ADDRESS_FIELDS + COMPANY_FIELDS)


def test_dry_cleaner_form_has_name_mobile_email_and_notes_only(qtbot, wizard, db, runner):
    wizard.choose_preset("dry_cleaner")
    wizard.next()
    fill_shop(wizard, name="Gjøvik Renseri", org_number="")
    go_to(wizard, wizard.owner_page)
    wizard.full_name.setText("Eva Eier")
    wizard.username.setText("eier")
    wizard.password.setText(OWNER_PASSWORD)
    wizard.repeat.setText(OWNER_PASSWORD)
    wizard.accept()
    assert wizard.result() == QDialog.DialogCode.Accepted
    panel = CustomerPanel(CustomerService(db), PurchaseService(db), wizard.shop, runner, lambda: wizard.staff)
    qtbot.addWidget(panel)
    assert set(panel.editors) == set(CORE_FIELDS)
    assert profile_service.get_profile(db).marketing_basis is None


def test_choosing_another_preset_resets_what_the_preset_decides_but_keeps_the_shop(wizard):
    wizard.choose_preset("web_shop")
    wizard.next()
    fill_shop(wizard, org_number="")
    wizard.next()
    assert wizard.data_editor.field_boxes["street"].isChecked()
    wizard.back()
    wizard.back()
    wizard.choose_preset("dry_cleaner")
    wizard.next()
    assert wizard.shop_editor.name.text() == "Jaro AS"  # typed details stay
    wizard.next()
    assert not any(box.isChecked() for box in wizard.data_editor.field_boxes.values())


def test_a_page_with_a_bad_value_stays_and_names_the_field(wizard, db):
    wizard.next()
    fill_shop(wizard, org_number="123", email="nope")
    wizard.next()
    assert wizard.currentPage() is wizard.shop_page
    problems = wizard.shop_page.error.text()
    assert "Organisation number" in problems and "Email" in problems and "123" not in problems
    wizard.shop_editor.org_number.setText("923609016")
    wizard.shop_editor.email.setText("post@jaro.example")
    wizard.next()
    assert wizard.currentPage() is wizard.data_page and not shop_service.is_initialised(db)


def test_the_shop_page_requires_an_address_and_an_email_or_phone(wizard, db):
    wizard.next()
    fill_shop(wizard, city="", email="", phone="")
    wizard.next()
    assert wizard.currentPage() is wizard.shop_page  # the notice could not say how to reach the shop
    problems = wizard.shop_page.error.text()
    assert "City: is needed" in problems and "Email: or a phone number is needed" in problems
    assert "Street address" not in problems
    wizard.shop_editor.city.setText("Gjøvik")
    wizard.shop_editor.phone.setText("61 12 34 56")  # a phone alone is a way to reach the shop
    wizard.next()
    assert wizard.currentPage() is wizard.data_page and not shop_service.is_initialised(db)


def test_switching_marketing_on_adds_its_purpose_and_off_removes_it(wizard):
    wizard.choose_preset("dry_cleaner")
    wizard.next()
    fill_shop(wizard)
    wizard.next()
    data = wizard.data_editor
    data.marketing.setCurrentIndex(data.marketing.findData("a"))
    wizard.next()
    labels = [wizard.purposes_editor.list.item(i).text() for i in range(wizard.purposes_editor.list.count())]
    assert "Newsletters and marketing with consent" in labels
    wizard.back()
    data.marketing.setCurrentIndex(data.marketing.findData(None))
    wizard.next()
    labels = [wizard.purposes_editor.list.item(i).text() for i in range(wizard.purposes_editor.list.count())]
    assert not any("arketing" in label for label in labels)


def test_switching_off_fields_a_purpose_uses_is_caught_on_the_purposes_page(wizard):
    wizard.choose_preset("b2b_supplier")
    wizard.next()
    fill_shop(wizard)
    wizard.next()
    for name in COMPANY_FIELDS:
        wizard.data_editor.field_boxes[name].setChecked(False)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.purposes_page
    assert "switched off" in wizard.purposes_page.error.text()
    # the owner edits the purpose instead: drop company data from every purpose
    editor = wizard.purposes_editor
    for row in range(editor.list.count()):
        editor.list.setCurrentRow(row)
        editor.category_boxes["company"].setChecked(False)
    wizard.next()
    assert wizard.currentPage() is wizard.processors_page


def test_a_custom_purpose_and_a_fixed_retention(wizard, db):
    wizard.choose_preset("blank")
    wizard.next()
    fill_shop(wizard)
    go_to(wizard, wizard.purposes_page)
    editor = wizard.purposes_editor
    editor.add_purpose()
    editor.title.setText("Warranty register")
    editor.retention.setCurrentIndex(editor.retention.findData("fixed_years"))
    editor.years.setValue(3)
    go_to(wizard, wizard.owner_page)
    wizard.full_name.setText("Eva Eier")
    wizard.username.setText("eier")
    wizard.password.setText(OWNER_PASSWORD)
    wizard.repeat.setText(OWNER_PASSWORD)
    wizard.accept()
    custom = profile_service.get_profile(db).purposes[-1]
    assert (custom.key, custom.title, custom.retention, custom.retention_years) == (
        "custom", "Warranty register", "fixed_years", 3)


def test_owner_problems_are_shown_and_nothing_is_created(wizard, db):
    wizard.next()
    fill_shop(wizard)
    go_to(wizard, wizard.owner_page)
    wizard.username.setText("eier")
    wizard.password.setText(OWNER_PASSWORD)
    wizard.repeat.setText("something else")
    wizard.accept()
    assert "not the same" in wizard.error.text() and wizard.result() != QDialog.DialogCode.Accepted
    wizard.password.setText("short")
    wizard.repeat.setText("short")
    wizard.accept()
    assert "Password: must be at least 8 characters." in wizard.error.text()
    assert "Name: is needed: letters and receipts are signed with the full name." in wizard.error.text()
    assert not shop_service.is_initialised(db)


def test_every_page_can_be_grabbed_and_has_accessible_inputs(wizard, tmp_path):
    wizard.next()
    fill_shop(wizard)
    for page in (wizard.shop_page, wizard.data_page, wizard.purposes_page, wizard.processors_page,
                 wizard.owner_page):
        go_to(wizard, page)
        assert not wizard.grab().isNull()
    for widget in (wizard.username, wizard.password, wizard.repeat, wizard.shop_editor.name,
                   wizard.shop_editor.country, wizard.purposes_editor.basis):
        assert widget.accessibleName()
