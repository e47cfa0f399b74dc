"""The owner reaches the import wizard from File and the duplicates from Administration; counter
staff see neither (the services refuse them too)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from kundereg.domain.records import CustomerInput
from kundereg.ui.duplicates_dialog import DuplicatesDialog
from kundereg.ui.import_wizard import ImportWizard


def _menu_texts(window, title):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == title)
    return [a.text().replace("&", "") for a in menu.actions() if a.isVisible() and not a.isSeparator()]


def test_the_owner_imports_from_the_file_menu(make_window, qtbot):
    window = make_window()
    assert "Import customers…" in _menu_texts(window, "File")
    window.act_import.trigger()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ImportWizard))
    QApplication.activeModalWidget().reject()


def test_the_owner_finds_duplicates_from_administration(make_window, customers, owner, qtbot):
    for _ in range(2):
        customers.create(owner, CustomerInput(first_name="Kari", last_name="Sørensen", mobile="912 34 567"))
    window = make_window()
    assert "Find duplicates…" in _menu_texts(window, "Administration")
    window.act_duplicates.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, DuplicatesDialog) and w.isVisible()
                                for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, DuplicatesDialog))
    dialog.reject()


def test_counter_staff_see_neither(make_window, counter):
    window = make_window(staff=counter)
    assert not window.act_import.isVisible() and not window.act_duplicates.isVisible()
