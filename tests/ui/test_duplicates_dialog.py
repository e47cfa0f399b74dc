"""The duplicates dialog on a real register: pairs, side-by-side choice, merge, restricted refused."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.records import CustomerInput
from kundereg.services.duplicates import DuplicateService
from kundereg.services.register import build_register
from kundereg.ui.duplicates_dialog import DuplicatesDialog, run_duplicates_dialog
from kundereg.ui.workers import TaskRunner


def make_twin(customers, owner):
    return customers.create(owner, CustomerInput(first_name="Kari", last_name="Sorensen", mobile="+4791234567",
                                                 email="kari@jobb.example.no"))


def open_dialog(qtbot, db, owner):
    dialog = DuplicatesDialog(DuplicateService(db), owner, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.refresh()
    return dialog


def test_compare_choose_and_merge(qtbot, db, customers, owner, kari, dialogs):
    twin = make_twin(customers, owner)
    dialog = open_dialog(qtbot, db, owner)
    assert dialog.list.count() == 1
    assert dialog.list.item(0).text() == f"Customers {kari.id} and {twin.id}: same mobile"
    dialog.list.setCurrentRow(0)
    assert dialog.merge_button.isEnabled()
    assert not dialog.groups["mobile"].button(1).isEnabled()  # the same value on both sides
    assert dialog.groups["street"].checkedId() == 1
    dialog.choose("email", 2)
    assert dialog.take_from_other() == ["email"]
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    dialog.merge_button.click()
    assert dialog.list.count() == 0
    assert f"Customer {twin.id} was merged into customer {kari.id}." == dialog.status.text()
    with db.read() as session:
        assert session.get(models.Customer, twin.id) is None
        assert session.scalar(select(models.Customer.email).where(models.Customer.id == kari.id)) == \
            "kari@jobb.example.no"


def test_saying_no_merges_nothing_and_restricted_is_refused_with_the_reason(qtbot, db, customers, owner, kari,
                                                                             dialogs):
    twin = make_twin(customers, owner)
    dialog = open_dialog(qtbot, db, owner)
    dialog.list.setCurrentRow(0)
    dialog.merge_button.click()  # the question is answered Cancel
    customers.restrict(owner, twin.id, twin.version)
    dialog.refresh()
    assert dialog.list.item(0).text().endswith("(restricted)")
    dialog.list.setCurrentRow(0)
    assert "restricted" in dialog.note.text()
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    dialog.merge_button.click()
    assert any(f"Customer {twin.id} is restricted" in t for t in dialogs.texts("warning"))
    with db.read() as session:
        assert session.get(models.Customer, twin.id) is not None


def test_entry_point_lists_pairs_at_once(qtbot, db, customers, owner, kari, locations):
    make_twin(customers, owner)
    dialog = run_duplicates_dialog(None, build_register(db, locations), owner, TaskRunner(synchronous=True))
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.list.count() == 1
