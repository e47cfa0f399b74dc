"""CustomerPanel: the form, saving with a version check, field errors, conflicts."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QPushButton

from kundereg.domain.records import CustomerInput
from kundereg.services.shop import ShopInfo
from kundereg.ui.customer_fields import prefill_from_search
from kundereg.ui.customer_panel import CustomerPanel
from kundereg.ui.formatting import format_phone


@pytest.fixture
def panel(qtbot, customers, purchases, shop, runner, owner) -> CustomerPanel:
    widget = CustomerPanel(customers, purchases, shop, runner, lambda: owner)
    qtbot.addWidget(widget)
    widget.resize(1000, 650)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def type_into(qtbot, panel: CustomerPanel, field: str, text: str) -> None:
    editor = panel.editors[field]
    if isinstance(editor, QPlainTextEdit):
        editor.setPlainText(text)
    else:
        editor.selectAll()
        qtbot.keyClicks(editor, text) if text else editor.del_()
        if not text:
            editor.textEdited.emit("")


def test_open_fills_every_field_and_times(panel, kari, qtbot):
    with qtbot.waitSignal(panel.loaded):
        panel.open_customer(kari.id)
    assert panel.customer == kari
    assert panel.editors["first_name"].text() == "Kari"
    assert panel.editors["last_name"].text() == "Sørensen"
    assert panel.editors["mobile"].text() == format_phone(kari.mobile)
    assert panel.editors["email"].text() == "kari.sorensen@example.no"
    assert panel.editors["postal_code"].text() == "2815"
    assert panel.editors["country"].currentData() == "NO"
    assert panel.title.text() == "Kari Sørensen"
    assert f"Customer {kari.id}" in panel.meta.text() and "created" in panel.meta.text()
    assert not panel.is_dirty() and not panel.save_button.isEnabled()
    assert panel.history.customer_id == kari.id


def test_edit_and_save_updates_the_customer(panel, kari, customers, qtbot, owner):
    panel.open_customer(kari.id)
    type_into(qtbot, panel, "city", "Hamar")
    type_into(qtbot, panel, "notes", "Prefers SMS.")
    assert panel.is_dirty() and panel.save_button.isEnabled()
    with qtbot.waitSignal(panel.saved) as saved:
        assert panel.save()
    stored = customers.get(owner, kari.id)
    assert saved.args[0] == stored
    assert (stored.city, stored.notes, stored.version) == ("Hamar", "Prefers SMS.", kari.version + 1)
    assert stored.mobile == kari.mobile  # the formatted number shown in the form parses back unchanged
    assert not panel.is_dirty() and panel.customer == stored


def test_new_customer_is_created(panel, customers, qtbot, owner):
    panel.new_customer(CustomerInput(first_name="Ola", last_name="Nordmann"))
    assert panel.title.text() == "New customer" and panel.is_dirty()
    type_into(qtbot, panel, "mobile", "400 00 001")
    with qtbot.waitSignal(panel.saved) as saved:
        panel.save()
    created = saved.args[0]
    assert customers.get(owner, created.id).mobile == "+4740000001"
    assert panel.customer.id == created.id and panel.history.customer_id == created.id


def test_invalid_phone_marks_the_field_and_saves_nothing(panel, kari, customers, qtbot, owner):
    panel.open_customer(kari.id)
    type_into(qtbot, panel, "mobile", "12")
    type_into(qtbot, panel, "city", "Hamar")
    with qtbot.assertNotEmitted(panel.saved):
        panel.save()
    errors = panel.errors_shown()
    assert list(errors) == ["mobile"]
    assert errors["mobile"].startswith("Mobile phone: ")
    assert "12" not in errors["mobile"]  # the message never repeats what was typed
    mobile = panel.editors["mobile"]
    assert mobile.property("invalid") is True and mobile.accessibleDescription() == errors["mobile"]
    assert panel.editors["city"].property("invalid") is not True
    assert customers.get(owner, kari.id) == kari  # nothing written
    assert panel.is_dirty() and panel.editors["city"].text() == "Hamar"  # the edits stay for correcting
    type_into(qtbot, panel, "mobile", "912 34 568")
    with qtbot.waitSignal(panel.saved):
        panel.save()
    assert panel.errors_shown() == {} and not mobile.property("invalid")
    assert customers.get(owner, kari.id).mobile == "+4791234568"


def test_every_bad_field_is_marked_at_once(panel, customers, qtbot, owner):
    panel.new_customer()
    type_into(qtbot, panel, "email", "not-an-email")
    type_into(qtbot, panel, "postal_code", "12")
    panel.save()
    assert set(panel.errors_shown()) == {"email", "postal_code"}
    assert customers.search(owner, "") == []


def test_conflicting_save_overwrites_nothing_and_keeps_the_edits(panel, kari, customers, qtbot, dialogs, owner):
    panel.open_customer(kari.id)
    theirs = customers.update(owner, kari.id, kari.version, CustomerInput(**{**_fields(kari), "city": "Lillehammer"}))
    type_into(qtbot, panel, "city", "Hamar")
    dialogs.click = "Keep editing"
    with qtbot.assertNotEmitted(panel.saved):
        panel.save()
    assert any("Someone else changed this customer" in text for text in dialogs.texts("exec"))
    assert customers.get(owner, kari.id) == theirs
    assert panel.editors["city"].text() == "Hamar" and panel.is_dirty()
    dialogs.click = "Reload"
    panel.save()
    assert customers.get(owner, kari.id) == theirs
    assert panel.editors["city"].text() == "Lillehammer" and not panel.is_dirty()
    assert panel.customer.version == theirs.version


def test_hidden_fields_are_not_on_the_form_and_keep_their_values(qtbot, customers, purchases, runner, kari, owner):
    core_only = ShopInfo(name="Kiosk", country="NO", currency="NOK", org_number=None, customer_fields=())
    panel = CustomerPanel(customers, purchases, core_only, runner, lambda: owner)
    qtbot.addWidget(panel)
    assert set(panel.editors) == {"first_name", "last_name", "mobile", "email", "notes"}
    panel.open_customer(kari.id)
    type_into(qtbot, panel, "notes", "VIP")
    panel.save()
    stored = customers.get(owner, kari.id)
    assert (stored.notes, stored.street, stored.city) == ("VIP", "Storgata 1", "Gjøvik")


def test_inputs_and_buttons_are_named_and_labelled(panel):
    for name, editor in panel.editors.items():
        assert editor.accessibleName(), name
        assert panel.field_labels[name].buddy() in panel.editors.values()
    for button in (panel.save_button, panel.reload_button, panel.back_button):
        assert button.accessibleName()
    own = [w for kind in (QLineEdit, QPlainTextEdit, QComboBox, QPushButton) for w in panel.findChildren(kind)
           if not panel.history.isAncestorOf(w) and not isinstance(w.parent(), QComboBox)]
    assert own and all(w.accessibleName() for w in own if w.isVisibleTo(panel))


def test_tab_order_follows_the_form(panel, qtbot, activate):
    activate(panel)
    panel.focus_first_field()
    order = []
    widget = panel.editors["first_name"]
    for _ in range(4):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & widget.focusPolicy().TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert order == [panel.editors[f] for f in ("first_name", "last_name", "mobile", "email")]


def test_discard_changes_restores_the_stored_values(panel, kari, qtbot):
    panel.open_customer(kari.id)
    type_into(qtbot, panel, "city", "Hamar")
    panel.reload_button.click()
    assert panel.editors["city"].text() == "Gjøvik" and not panel.is_dirty()


@pytest.mark.parametrize(("text", "expected"), [
    ("kari nord", CustomerInput(first_name="Kari", last_name="Nord")),
    ("kari", CustomerInput(first_name="Kari")),
    ("anne-marie van den berg", CustomerInput(first_name="Anne-Marie Van Den", last_name="Berg")),
    ("McKay", CustomerInput(first_name="McKay")),
    ("912 34 567", CustomerInput(mobile="912 34 567")),
    ("+47 912 34 567", CustomerInput(mobile="+47 912 34 567")),
    ("ola 41234567", CustomerInput(first_name="Ola", mobile="41234567")),
    ("ola@example.no", CustomerInput(email="ola@example.no")),
    ("  ", CustomerInput()),
])
def test_prefill_from_search_text(text, expected):
    assert prefill_from_search(text) == expected


def _fields(customer) -> dict:
    return {name: getattr(customer, name) for name in CustomerInput.__dataclass_fields__}


def test_acts_as_whoever_is_logged_in_when_it_loads(qtbot, customers, purchases, shop, runner, kari, owner,
                                                    counter, dialogs):
    acting = [owner]
    panel = CustomerPanel(customers, purchases, shop, runner, lambda: acting[0])
    qtbot.addWidget(panel)
    panel.open_customer(kari.id)
    assert panel.customer == kari
    acting[0] = counter  # someone else logged in; Kari is not verified for them
    with qtbot.waitSignal(panel.back_requested):
        panel.reload()
    (text,) = dialogs.texts("warning")
    assert text == f"Verify the person's identity or state a business reason before showing customer {kari.id}."


def test_clear_leaves_an_empty_form_and_no_history(panel, kari):
    panel.open_customer(kari.id)
    panel.editors["city"].setText("Hamar")
    panel.editors["city"].textEdited.emit("Hamar")
    panel.clear()
    assert panel.customer is None and not panel.is_dirty() and panel.title.text() == "New customer"
    assert all(not (e.text() if isinstance(e, QLineEdit) else e.toPlainText() if isinstance(e, QPlainTextEdit)
                    else "") for e in panel.editors.values())
    assert panel.history.customer_id is None and panel.history.purchase_model.rowCount() == 0
