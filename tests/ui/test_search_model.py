"""CustomerSearchModel: paging, stale results, display, no database access of its own."""
from __future__ import annotations

import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import QModelIndex, Qt, QThreadPool

from kundereg.domain.records import CustomerHit, CustomerInput
from kundereg.ui.search_model import (COL_COMPANY, COL_EMAIL, COL_MOBILE, COL_NAME, OBJECT_ROLE, SORT_ROLE,
                                      CustomerSearchModel)
from kundereg.ui.workers import TaskRunner


def names(model: CustomerSearchModel) -> list[str]:
    return [model.index(r, COL_NAME).data() for r in range(model.rowCount())]


@pytest.fixture
def model(qtbot, customers, runner, owner) -> CustomerSearchModel:
    return CustomerSearchModel(lambda text, offset, limit: customers.search(owner, text, limit=limit, offset=offset),
                               runner)


class ManualRunner:
    """Holds submitted work until the test runs it, to control the order results arrive in."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable, Callable, Callable]] = []

    def submit(self, fn, on_done=None, on_error=None, on_progress=None):
        self.jobs.append((fn, on_done, on_error))

    def run_next(self) -> None:
        fn, on_done, on_error = self.jobs.pop(0)
        try:
            result = fn(lambda done, total: True)
        except Exception as exc:  # noqa: BLE001
            on_error(exc)
        else:
            on_done(result)


def test_qt_model_contract(qtmodeltester, model, kari, many):
    model.set_query("")
    assert model.rowCount() == 100
    qtmodeltester.check(model, force_py=True)


def test_shows_the_name_and_masked_contact_details_only(model, kari):
    model.set_query("kari")
    assert model.rowCount() == 1
    assert model.columnCount() == 4
    assert model.index(0, COL_NAME).data() == "Kari Sørensen"
    assert model.index(0, COL_MOBILE).data() == "+47 ••• •• 567"
    assert model.index(0, COL_EMAIL).data() == "k•••@example.no"
    assert model.index(0, COL_COMPANY).data() is None
    hit = model.index(0, COL_EMAIL).data(OBJECT_ROLE)
    assert isinstance(hit, CustomerHit) and hit.id == kari.id
    assert model.index(0, COL_NAME).data(SORT_ROLE) == "sorensen kari"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["Name", "Mobile", "Email",
                                                                               "Company"]
    shown = [model.index(0, c).data(role) for c in range(4)
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                          Qt.ItemDataRole.AccessibleTextRole)]
    for secret in ("91234567", "912 34 567", "91 23 45 67", "kari.sorensen", "Gjøvik", "Storgata"):
        assert not any(secret in (text or "") for text in shown), secret


def test_without_a_fetch_nothing_loads_and_clear_forgets_everything(qtbot, model, kari, runner):
    model.set_query("kari")
    assert model.rowCount() == 1
    model.clear()
    assert model.rowCount() == 0 and model.query() == "" and not model.started and not model.loading
    model.set_fetch(None)
    with qtbot.waitSignal(model.page_loaded):
        model.set_query("kari")
    assert model.rowCount() == 0 and not model.loading


@pytest.mark.parametrize("text", ["Sørensen", "sorensen", "912 34", "+47 91234", "kari.soren", "example.no"])
def test_name_phone_and_email_fragments_find_the_customer(model, customers, kari, text, owner):
    customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann", mobile="40000001",
                                   email="ola@example.com"))
    model.set_query(text)
    assert names(model) == ["Kari Sørensen"]


def test_pages_of_100_load_only_when_asked(model, many):
    model.set_query("hansen")
    assert model.rowCount() == 100
    assert model.has_more and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 200
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert not model.has_more and not model.canFetchMore(QModelIndex())
    assert len({model.index(r, 0).data(OBJECT_ROLE).id for r in range(250)}) == 250


def test_new_query_replaces_rows(model, kari, many):
    model.set_query("hansen")
    assert model.rowCount() == 100
    model.set_query("kari")
    assert names(model) == ["Kari Sørensen"]
    model.set_query("nobody-like-this")
    assert model.rowCount() == 0 and not model.loading


def test_stale_page_is_dropped_and_only_the_newest_query_runs(qtbot, customers, kari, many, owner):
    calls: list[str] = []

    def fetch(text, offset, limit):
        calls.append(text)
        return customers.search(owner, text, limit=limit, offset=offset)

    manual = ManualRunner()
    model = CustomerSearchModel(fetch, manual)
    model.set_query("h")
    model.set_query("ha")     # "h" is still with the runner: nothing new is submitted
    model.set_query("kari")
    assert len(manual.jobs) == 1
    manual.run_next()         # the result for "h" arrives: dropped, "kari" is fetched next
    assert model.rowCount() == 0 and model.loading
    assert len(manual.jobs) == 1
    manual.run_next()
    assert names(model) == ["Kari Sørensen"]
    assert calls == ["h", "kari"]
    assert not manual.jobs


def test_fetch_error_is_reported_for_the_current_query(qtbot, runner):
    def fetch(text, offset, limit):
        raise RuntimeError("database went away")

    model = CustomerSearchModel(fetch, runner)
    with qtbot.waitSignal(model.failed) as blocker:
        model.set_query("x")
    assert isinstance(blocker.args[0], RuntimeError)
    assert model.rowCount() == 0 and not model.loading and not model.canFetchMore(QModelIndex())


def test_real_thread_pool_delivers_results_and_drops_stale_ones(qtbot, customers, kari, many, owner):
    release = threading.Event()
    threads: set[str] = set()

    def fetch(text, offset, limit):
        threads.add(threading.current_thread().name)
        if text == "hansen":
            assert release.wait(10)
        return customers.search(owner, text, limit=limit, offset=offset)

    pool = QThreadPool()
    runner = TaskRunner(pool=pool)
    model = CustomerSearchModel(fetch, runner)
    seen: list[str] = []
    model.page_loaded.connect(lambda: seen.append(model.query()))
    model.set_query("hansen")   # blocks in the worker until released
    model.set_query("kari")     # the newest text wins
    assert model.loading
    release.set()
    qtbot.waitUntil(lambda: not model.loading, timeout=10_000)
    assert names(model) == ["Kari Sørensen"]
    assert seen == ["kari"]     # the page for "hansen" never reached the model
    assert threading.main_thread().name not in threads
    model.set_query("hansen")
    qtbot.waitUntil(lambda: model.rowCount() == 100, timeout=10_000)
    assert pool.waitForDone(10_000)
