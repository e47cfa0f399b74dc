"""MainWindow: keyboard flow of the counter (search, open, back, new, save), pickup, settings."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from kundereg import __version__
from kundereg.db.migrate import SCHEMA_HEAD
from kundereg.domain.enums import PurchaseStatus
from kundereg.domain.records import CustomerInput, PurchaseInput
from kundereg.ui.main_window import PAGE_CUSTOMER, PAGE_LOGIN, PAGE_PICKUP, PAGE_SEARCH, MainWindow
from kundereg.ui.search_model import COL_NAME

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(make_window) -> MainWindow:
    return make_window(schema_revision="0001")


def search(qtbot, window: MainWindow, text: str) -> list[str]:
    window.search.edit.clear()
    qtbot.keyClicks(window.search.edit, text)
    qtbot.waitUntil(lambda: not window.search.model.loading)
    model = window.search.model
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def ola(customers, owner):
    return customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann", mobile="400 00 001",
                                          email="ola.nordmann@example.com", company_name="Nordmann Bygg AS",
                                          city="Oslo"))


def test_starts_with_focus_in_search_and_the_first_page(kari, many, window):
    assert window.search.edit.hasFocus()
    assert window.current_page() == PAGE_SEARCH
    assert window.search.edit.placeholderText().startswith("Search name, phone, email, company")
    # created before the window, so the first page is there: 100 of 251, sorted by name
    assert window.search.model.rowCount() == 100
    assert window.search.count_label.text() == "100+ customers"


def test_start_builds_only_the_search_page(window):
    assert window.pages.built_panel is None and window.pages.built_pickup is None
    assert window.pages.stack.count() == 1


@pytest.mark.parametrize(("text", "expected"), [
    ("sørensen", ["Kari Sørensen"]),
    ("912 34", ["Kari Sørensen"]),
    ("nordmann@exa", ["Ola Nordmann (Nordmann Bygg AS)"]),
    ("bygg", ["Ola Nordmann (Nordmann Bygg AS)"]),
])
def test_typing_shows_the_matching_customers(qtbot, window, kari, ola, text, expected):
    assert search(qtbot, window, text) == expected
    assert window.search.count_label.text() == "1 customer"


def test_no_match_explains_how_to_add(qtbot, window, kari):
    assert search(qtbot, window, "zzzz") == []
    assert window.search.count_label.text() == "No customers found"
    assert window.search.empty_hint.isVisible() and "Ctrl+N" in window.search.empty_hint.text()


def test_enter_opens_the_first_row_and_esc_returns_with_text_selected(qtbot, window, kari, ola):
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.current_page() == PAGE_CUSTOMER
    assert window.panel.customer.id == kari.id
    assert window.panel.editors["first_name"].hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.current_page() == PAGE_SEARCH
    assert window.search.edit.hasFocus() and window.search.edit.selectedText() == "kari"
    # a second Esc in the search box clears it and lists everyone again
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)
    assert window.search.edit.text() == ""
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 2)


def test_arrow_keys_in_search_choose_the_row_enter_opens(qtbot, kari, ola, window):
    names = search(qtbot, window, "")
    assert names == ["Ola Nordmann (Nordmann Bygg AS)", "Kari Sørensen"]
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)
    assert window.search.edit.hasFocus()
    assert window.search.results.currentIndex().row() == 1
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Enter)
    assert window.panel.customer.id == kari.id


def test_enter_before_the_results_arrive_opens_the_first_when_they_do(qtbot, kari, ola, customers, purchases,
                                                                      shop, settings, activate, services, owner):
    from PySide6.QtCore import QThreadPool

    from kundereg.ui.workers import TaskRunner

    pool = QThreadPool()
    window = MainWindow(services, shop, TaskRunner(pool=pool), settings)
    qtbot.addWidget(window)
    activate(window)
    window.start_session(owner)
    qtbot.waitUntil(lambda: not window.search.model.loading)
    qtbot.keyClicks(window.search.edit, "ola")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_page() == PAGE_CUSTOMER and window.panel.customer is not None)
    assert window.panel.customer.id == ola.id
    assert pool.waitForDone(10_000)


def test_enter_on_a_result_row_opens_it(qtbot, kari, ola, window):
    search(qtbot, window, "")
    window.search.results.setFocus()
    window.search.results.setCurrentIndex(window.search.model.index(0, COL_NAME))
    qtbot.keyClick(window.search.results, Qt.Key.Key_Return)
    assert window.current_page() == PAGE_CUSTOMER and window.panel.customer.id == ola.id
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.search.results.currentIndex().row() == 0  # back on the row that was opened


def test_ctrl_s_saves_and_the_results_follow(qtbot, window, kari, customers, owner):
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    city = window.panel.editors["city"]
    city.setFocus()
    city.selectAll()
    qtbot.keyClicks(city, "Hamar")
    with qtbot.waitSignal(window.panel.saved):
        qtbot.keyClick(city, Qt.Key.Key_S, CTRL)
    assert customers.get(owner, kari.id).city == "Hamar"
    qtbot.waitUntil(lambda: not window.search.model.loading)
    assert window.search.model.hit(window.search.results.currentIndex().row()).id == kari.id
    assert "Saved Kari Sørensen" in window.statusBar().currentMessage()


def test_invalid_phone_in_the_window_shows_the_field_error(qtbot, window, kari, customers, owner):
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    mobile = window.panel.editors["mobile"]
    mobile.setFocus()
    mobile.selectAll()
    qtbot.keyClicks(mobile, "abc")
    qtbot.keyClick(mobile, Qt.Key.Key_S, CTRL)
    assert window.panel.error_labels["mobile"].isVisible()
    assert customers.get(owner, kari.id) == kari
    assert "1 field" in window.statusBar().currentMessage()


@pytest.mark.parametrize(("typed", "field", "value"), [
    ("kari nord", "first_name", "Kari"),
    ("kari nord", "last_name", "Nord"),
    ("98 76 54 32", "mobile", "98 76 54 32"),
])
def test_ctrl_n_prefills_from_the_search_text(qtbot, window, typed, field, value):
    qtbot.keyClicks(window.search.edit, typed)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_N, CTRL)
    assert window.current_page() == PAGE_CUSTOMER
    assert window.panel.customer is None and window.panel.title.text() == "New customer"
    assert window.panel.editors[field].text() == value
    assert window.panel.editors["first_name"].hasFocus()


def test_new_customer_is_saved_and_found(qtbot, window, customers, owner):
    qtbot.keyClicks(window.search.edit, "siri berg")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_N, CTRL)
    with qtbot.waitSignal(window.panel.saved):
        qtbot.keyClick(window.panel.editors["first_name"], Qt.Key.Key_S, CTRL)
    assert [h.display_name for h in customers.search(owner, "siri")] == ["Siri Berg"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert window.search.model.hit(window.search.results.currentIndex().row()).display_name == "Siri Berg"


def test_ctrl_f_focuses_the_search_from_a_customer(qtbot, window, kari):
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert not window.search.edit.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, CTRL)
    assert window.current_page() == PAGE_SEARCH
    assert window.search.edit.hasFocus() and window.search.edit.selectedText() == "kari"


def test_typing_while_a_customer_is_open_goes_back_to_the_results(qtbot, window, kari, ola):
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    window.search.edit.setFocus()
    qtbot.keyClicks(window.search.edit, "x")
    assert window.current_page() == PAGE_SEARCH


def test_unsaved_edits_are_not_dropped_without_asking(qtbot, window, kari, ola, dialogs):
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.keyClick(window.panel.editors["first_name"], Qt.Key.Key_End)
    qtbot.keyClicks(window.panel.editors["first_name"], "ne")
    search(qtbot, window, "ola")
    dialogs.question_answer = dialogs.question_answer.Cancel
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert dialogs.texts("question") and window.panel.customer.id == kari.id
    assert window.panel.editors["first_name"].text() == "Karine"
    dialogs.question_answer = dialogs.question_answer.Discard
    window.search.edit.setFocus()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.panel.customer.id == ola.id and not window.panel.is_dirty()


def test_scrolling_loads_more_than_100_rows(qtbot, many, window):
    model = window.search.model
    assert model.rowCount() == 100
    window.search.results.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    assert window.search.count_label.text() == "200+ customers"
    window.search.results.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 250)
    assert window.search.count_label.text() == "250 customers"


def test_ready_for_pickup_view_opens_customers(qtbot, window, kari, purchases, owner):
    ticket = purchases.record(owner, kari.id, PurchaseInput(description="2 shirts", total_minor=19800))
    purchases.set_status(owner, ticket.id, PurchaseStatus.READY)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_R, CTRL)
    assert window.current_page() == PAGE_PICKUP
    qtbot.waitUntil(lambda: len(window.pickup.tickets()) == 1)
    window.pickup.customer_requested.emit(kari.id)
    assert window.current_page() == PAGE_CUSTOMER and window.panel.customer.id == kari.id


def test_geometry_and_columns_are_restored(qtbot, make_window, settings):
    first = make_window()
    first.resize(first.width(), 500)  # the offscreen screen is only 800 x 800
    qtbot.waitUntil(lambda: first.height() == 500)
    first.search.results.horizontalHeader().resizeSection(COL_NAME, 333)
    first.close()
    assert settings.value("mainWindow/geometry") is not None
    second = make_window()
    assert second.height() == 500
    assert second.search.results.horizontalHeader().sectionSize(COL_NAME) == 333


def test_about_shows_version_and_schema(window, dialogs):
    window.act_about.trigger()
    (text,) = dialogs.texts("about")
    assert __version__ in text and "0001" in text and "Gjøvik Rens AS" in text
    assert f"works with register schema {SCHEMA_HEAD}" in text  # what this program upgrades to


def test_shortcuts_are_listed(window, dialogs):
    window.act_shortcuts.trigger()
    (text,) = dialogs.texts("information")
    assert "Ctrl+N" in text and "Ctrl+F" in text and "Ctrl+R" in text


def test_demo_data_runs_behind_progress_and_refreshes(qtbot, make_window, customers, monkeypatch, owner):
    calls = []

    def demo(staff, count, seed, progress):
        calls.append((staff, count))
        for i in range(count):
            customers.create(staff, CustomerInput(last_name=f"Demo{i}"))
            assert progress(i + 1, count) is not False
        return SimpleNamespace(customers=count, purchases=0)

    window = make_window(demo=demo)
    assert window.act_demo.isVisible()
    monkeypatch.setattr("kundereg.ui.admin_actions.QInputDialog.getInt", lambda *a, **k: (3, True))
    window.act_demo.trigger()
    assert calls == [(owner, 3)]
    assert "Added 3 customers" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: window.search.model.rowCount() == 3)


def test_demo_generation_can_be_cancelled(qtbot, customers, purchases, shop, settings, activate, window_register, owner):
    import threading

    from PySide6.QtCore import QThreadPool

    from kundereg.services.demo import DemoCancelled
    from kundereg.ui.workers import TaskRunner

    pool = QThreadPool()
    window = MainWindow(window_register(demo=lambda *a: None), shop, TaskRunner(pool=pool), settings)
    qtbot.addWidget(window)
    activate(window)
    window.start_session(owner)
    started, idle = threading.Event(), threading.Event()

    def work(progress):
        started.set()
        while progress(1, 10) is not False:
            idle.wait(0.01)  # the worker pauses between batches; the test thread never sleeps
        raise DemoCancelled()

    task = window.admin.start_demo(work)
    assert started.wait(10)
    with qtbot.waitSignal(task.finished, timeout=10_000):
        task.cancel()  # what the dialog's Cancel button does
        assert task.dialog.labelText() == "Stopping…"
    assert task.closed and "cancelled" in window.statusBar().currentMessage()
    assert pool.waitForDone(10_000)


def test_demo_action_hidden_without_a_generator(window):
    assert not window.act_demo.isVisible()


def test_closing_with_unsaved_changes_asks(qtbot, window, kari, dialogs):
    search(qtbot, window, "kari")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(window.panel.editors["city"], "x")
    dialogs.question_answer = dialogs.question_answer.Cancel
    assert not window.close()
    assert window.isVisible()
    dialogs.question_answer = dialogs.question_answer.Discard
    assert window.close()


def test_settings_default_to_the_app_scope(qtbot, customers, purchases, shop, runner, services):
    window = MainWindow(services, shop, runner)
    qtbot.addWidget(window)
    assert isinstance(window.settings, QSettings)


# -- before the register is open -----------------------------------------------------------------

@pytest.fixture
def waiting_window(qtbot, runner, settings, activate) -> MainWindow:
    """A window shown before the register is open (as at start-up), not yet attached."""
    window = MainWindow(runner=runner, settings=settings)
    qtbot.addWidget(window)
    activate(window)
    return window


def test_window_without_a_register_says_it_is_opening(waiting_window):
    window = waiting_window
    assert not window.attached
    assert window.search.edit.isEnabled() and window.search.edit.hasFocus()
    assert window.search.empty_hint.isVisible() and window.search.empty_hint.text() == "Opening the register…"
    assert window.search.count_label.text() == "Opening the register…"
    assert not window.search.model.started and window.search.model.rowCount() == 0
    for action in (window.act_new, window.act_pickup, window.act_refresh, window.act_demo):
        assert not action.isEnabled()
    assert not window.new_button.isEnabled() and not window.pickup_button.isEnabled()
    assert not window.act_demo.isVisible()


def test_typing_before_the_register_is_open_is_kept_and_searched_after_login(
        qtbot, waiting_window, customers, purchases, shop, kari, ola, services, owner):
    window = waiting_window
    qtbot.keyClicks(window.search.edit, "sørensen")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_N, CTRL)  # disabled: nothing to save a customer in
    qtbot.keyClick(window.search.edit, Qt.Key.Key_R, CTRL)
    assert window.current_page() == PAGE_SEARCH and window.pages.built_panel is None and window.pages.built_pickup is None
    assert window.search.edit.text() == "sørensen" and not window.search.model.started
    assert window.search.empty_hint.text() == "Opening the register…"

    window.attach(services, shop, schema_revision="0001")
    assert window.attached and window.windowTitle() == "Gjøvik Rens AS"
    assert window.shop_label.text() == "Gjøvik Rens AS"
    assert window.current_page() == PAGE_LOGIN and not window.search.model.started  # nobody logged in yet
    for action in (window.act_new, window.act_pickup, window.act_refresh, window.act_lock):
        assert not action.isEnabled()
    window.start_session(owner)
    assert window.current_page() == PAGE_SEARCH
    qtbot.waitUntil(lambda: not window.search.model.loading)
    assert window.search.model.query() == "sørensen"
    assert [window.search.model.hit(r).id for r in range(window.search.model.rowCount())] == [kari.id]
    assert window.search.count_label.text() == "1 customer" and not window.search.empty_hint.isVisible()
    assert window.search.results.currentIndex().row() == 0
    for action in (window.act_new, window.act_pickup, window.act_refresh):
        assert action.isEnabled()
    assert window.new_button.isEnabled() and window.search.edit.hasFocus()
    assert not window.act_demo.isVisible()  # no generator given
    qtbot.keyClick(window.search.edit, Qt.Key.Key_N, CTRL)
    assert window.current_page() == PAGE_CUSTOMER


def test_enter_before_the_register_is_open_opens_the_first_match_after_login(
        qtbot, waiting_window, customers, purchases, shop, kari, ola, services, owner):
    window = waiting_window
    qtbot.keyClicks(window.search.edit, "ola")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    assert window.current_page() == PAGE_SEARCH
    window.attach(services, shop)
    window.start_session(owner)
    qtbot.waitUntil(lambda: window.current_page() == PAGE_CUSTOMER and window.panel.customer is not None)
    assert window.panel.customer.id == ola.id


def test_attach_happens_once_and_the_owner_gets_the_demo_action(waiting_window, shop, dialogs, services,
                                                                  window_register, owner):
    window = waiting_window
    window.act_about.trigger()  # answers before the register is open, too
    assert "being opened" in dialogs.texts("about")[0]
    window.attach(window_register(demo=lambda *a: None), shop)
    assert not window.act_demo.isVisible()  # nobody logged in
    window.start_session(owner)
    assert window.act_demo.isVisible() and window.act_demo.isEnabled()
    with pytest.raises(RuntimeError):
        window.attach(services, shop)


def test_window_with_only_some_services_is_refused(qtbot, services, runner, settings):
    with pytest.raises(TypeError):
        MainWindow(services, None, runner, settings)


def test_main_window_module_does_not_load_the_register():
    """Services, SQLAlchemy and the validation libraries load after the window is shown."""
    import subprocess
    import sys

    code = ("import sys, kundereg.app, kundereg.ui.main_window\n"
            "print(sorted(m for m in kundereg.app.LATE_MODULES if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
