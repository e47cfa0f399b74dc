"""The owner's staff accounts: add with a PIN, field errors, PINs, resets and the last owner."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from kundereg.domain.access import AuthenticationFailed
from kundereg.domain.enums import StaffRole
from kundereg.services.auth import StaffMember
from kundereg.ui.purchase_models import OBJECT_ROLE
from kundereg.ui.staff_dialog import AddStaffDialog, PasswordDialog, PinDialog, StaffDialog, StaffTableModel

COUNTER_PIN = "4711"  # the ``counter`` fixture's PIN (tests/conftest.py)


@pytest.fixture
def dialog(qtbot, auth, owner, counter, runner) -> StaffDialog:
    widget = StaffDialog(auth, owner, runner)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _row(dialog: StaffDialog, username: str) -> StaffMember:
    return next(m for m in dialog.members() if m.username == username)


def test_lists_every_account_with_role_pin_and_state(dialog):
    assert [m.username for m in dialog.members()] == ["disk", "eier"]
    model = dialog.model
    row = model.row_of(_row(dialog, "disk").id)
    assert model.index(row, model.COL_NAME).data() == "Disk Ansatt"
    assert model.index(row, model.COL_ROLE).data() == "Counter staff"
    assert model.index(row, model.COL_ACTIVE).data() == "Yes"
    assert model.index(row, model.COL_PIN).data() == "Yes"
    assert model.index(row, model.COL_LOCKED).data() == ""
    assert dialog.current_member().username == "eier"  # the owner's own row is selected first
    assert not dialog.pin_button.isEnabled()  # the owner has no PIN


def test_model_passes_the_model_tester(qtmodeltester, auth, owner, counter):
    now = datetime(2026, 3, 1, 12, 0, tzinfo=timezone.utc)
    rows = auth.list_staff(owner)
    locked = StaffMember(99, "lise", "Lise Berg", StaffRole.COUNTER, False, False, now + timedelta(minutes=2))
    model = StaffTableModel(clock=lambda: now)
    model.set_rows([*rows, locked])
    qtmodeltester.check(model, force_py=True)
    row = model.row_of(99)
    assert model.index(row, model.COL_LOCKED).data() != ""
    assert model.index(row, model.COL_ACTIVE).data() == "No"
    assert model.index(row, 0).data(OBJECT_ROLE) is locked


def test_add_a_counter_with_a_pin_who_can_then_log_in(dialog, auth):
    dialog.add_button.click()
    form = dialog.form
    assert isinstance(form, AddStaffDialog) and form.isVisible()
    form.username.setText("lise")
    form.display_name.setText("Lise Berg")
    form.role.setCurrentIndex(form.role.findData(StaffRole.COUNTER))
    form.password.setText("lise sitt passord")
    form.repeat.setText("lise sitt passord")
    form.pin.setText("2468")
    form.ok_button.click()
    assert not form.isVisible() and dialog.form is None
    lise = _row(dialog, "lise")
    assert lise.role is StaffRole.COUNTER and lise.has_pin and lise.active
    assert dialog.current_member().username == "lise"
    assert "Lise Berg was added" in dialog.message.text()
    assert auth.login("lise", "2468").actor.display_name == "Lise Berg"
    assert auth.login("lise", "lise sitt passord").actor.role is StaffRole.COUNTER


def test_invalid_input_marks_the_field_and_keeps_the_form_open(dialog, auth):
    dialog.add_staff()
    form = dialog.form
    form.username.setText("Lise Berg")  # spaces and capitals are not allowed
    form.display_name.setText("Lise Berg")
    form.password.setText("long enough")
    form.repeat.setText("long enough")
    form.accept()
    assert form.isVisible()
    assert form.username.property("invalid") and form.errors["username"].isVisible()
    assert "lower-case" in form.errors["username"].text()

    form.username.setText("lise")
    form.username.textEdited.emit("lise")
    assert not form.username.property("invalid")
    form.repeat.setText("long enougH")
    form.accept()
    assert form.repeat.property("invalid") and "not the same" in form.errors["repeat"].text()

    form.repeat.setText("long enough")
    form.pin.setText("12")
    form.accept()
    assert form.pin.property("invalid") and "4 to 8 digits" in form.errors["pin"].text()
    assert "lise" not in [m.username for m in auth.list_staff(dialog._staff)]


def test_short_password_is_refused_by_the_service_under_the_field(dialog):
    dialog.add_staff()
    form = dialog.form
    form.username.setText("lise")
    form.display_name.setText("Lise")
    form.password.setText("short")
    form.repeat.setText("short")
    form.accept()
    assert form.password.property("invalid") and "at least 8" in form.errors["password"].text()


def test_the_owner_role_has_no_pin(dialog):
    dialog.add_staff()
    form = dialog.form
    form.pin.setText("1234")
    form.role.setCurrentIndex(form.role.findData(StaffRole.OWNER))
    assert not form.pin.isEnabled() and form.pin.text() == ""


def test_set_and_remove_a_pin(dialog, auth, counter):
    dialog.select(counter.actor.staff_id)
    dialog.pin_button.click()
    form = dialog.form
    assert isinstance(form, PinDialog)
    form.pin.setText("8642")
    form.repeat.setText("8642")
    form.ok_button.click()
    assert auth.login("disk", "8642").actor.username == "disk"
    with pytest.raises(AuthenticationFailed):
        auth.login("disk", COUNTER_PIN)

    dialog.remove_pin_button.click()
    assert not _row(dialog, "disk").has_pin
    assert not dialog.remove_pin_button.isEnabled()
    with pytest.raises(AuthenticationFailed):
        auth.login("disk", "8642")


def test_reset_password(dialog, auth, counter):
    dialog.select(counter.actor.staff_id)
    dialog.password_button.click()
    form = dialog.form
    assert isinstance(form, PasswordDialog)
    form.password.setText("a brand new secret")
    form.repeat.setText("a brand new secret")
    form.ok_button.click()
    assert not form.isVisible()
    assert auth.login("disk", "a brand new secret").actor.username == "disk"


def test_deactivate_and_reactivate(dialog, auth, counter):
    dialog.select(counter.actor.staff_id)
    dialog.active_button.click()
    assert not _row(dialog, "disk").active
    assert dialog.active_button.text().replace("&", "") == "Reactivate"
    assert "can no longer log in" in dialog.message.text()
    with pytest.raises(AuthenticationFailed):
        auth.login("disk", COUNTER_PIN)
    dialog.active_button.click()
    assert _row(dialog, "disk").active
    assert auth.login("disk", COUNTER_PIN)


def test_the_last_owner_cannot_be_deactivated(dialog, owner):
    dialog.select(owner.actor.staff_id)
    dialog.active_button.click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The last owner account cannot be deactivated."
    assert _row(dialog, "eier").active


def test_cancelling_a_form_changes_nothing(dialog, auth):
    dialog.add_staff()
    form = dialog.form
    form.username.setText("lise")
    form.reject()
    assert dialog.form is None
    assert [m.username for m in dialog.members()] == ["disk", "eier"]


def test_every_input_and_button_is_named_and_labelled(dialog):
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

    dialog.add_staff()
    form = dialog.form
    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy() is not None}
    for edit in (*form.findChildren(QLineEdit), *form.findChildren(QComboBox)):
        assert edit.accessibleName() and edit in buddies
    for widget in (*dialog.findChildren(QPushButton), *form.findChildren(QPushButton)):
        assert widget.accessibleName(), widget.text()
