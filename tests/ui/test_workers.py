"""ui.workers.Latest: only the newest answer is shown."""
from __future__ import annotations

import pytest

from kundereg.domain.errors import NotFoundError
from kundereg.ui.workers import Latest, TaskHandle


class HeldRunner:
    """Keeps work until the test answers it, in any order."""

    def __init__(self) -> None:
        self.jobs: list[tuple] = []

    def submit(self, fn, on_done=None, on_error=None, on_progress=None):
        handle = TaskHandle()
        self.jobs.append((fn, on_done, on_error, handle))
        return handle

    def answer(self, index: int) -> None:
        fn, on_done, on_error, _handle = self.jobs[index]
        try:
            result = fn(lambda done, total: True)
        except Exception as exc:  # noqa: BLE001
            on_error(exc)
        else:
            on_done(result)


def test_only_the_newest_result_is_delivered_and_older_tasks_are_cancelled(qapp):
    runner, got = HeldRunner(), []
    latest = Latest(runner)
    latest.submit(lambda _p: "old", got.append)
    latest.submit(lambda _p: "new", got.append)
    assert runner.jobs[0][3].cancelled and not runner.jobs[1][3].cancelled
    runner.answer(1)
    runner.answer(0)  # arrives last, asked for first
    assert got == ["new"]


def test_drop_keeps_whatever_is_on_its_way_out(qapp):
    runner, got, errors = HeldRunner(), [], []
    latest = Latest(runner)
    token = latest.token()
    latest.submit(lambda _p: "kari", got.append, errors.append)
    latest.drop()
    assert latest.token() != token
    runner.answer(0)
    assert got == [] and errors == []


def test_a_stale_answer_can_start_the_next_request(qapp):
    runner, stale = HeldRunner(), []
    latest = Latest(runner)
    latest.submit(lambda _p: 1, lambda r: None, on_stale=lambda: stale.append("done"), cancel=False)
    latest.drop(cancel=False)
    assert not runner.jobs[0][3].cancelled
    runner.answer(0)
    assert stale == ["done"]


def test_a_stale_expected_error_is_dropped_but_a_bug_is_raised(qapp):
    runner, errors = HeldRunner(), []

    def missing(_p):
        raise NotFoundError("Customer", 7)

    def bug(_p):
        raise ZeroDivisionError

    latest = Latest(runner)
    latest.submit(missing, on_error=errors.append)
    latest.submit(bug, on_error=errors.append)
    latest.drop()
    runner.answer(0)
    with pytest.raises(ZeroDivisionError):
        runner.answer(1)
    assert errors == []
