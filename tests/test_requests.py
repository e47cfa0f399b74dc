"""The request register: Art. 12(3) deadlines, extensions, identity, status flow, audit."""
from __future__ import annotations

from datetime import date

import pytest

from kundereg.domain.access import PermissionDenied
from kundereg.domain.deadlines import add_months, due_date
from kundereg.domain.enums import RequestStatus, RequestType
from kundereg.domain.errors import StateError, ValidationError
from kundereg.services.requests import RequestService


class Today:
    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


@pytest.fixture
def today():
    return Today(date(2026, 1, 31))


@pytest.fixture
def requests(db, shop, today):
    return RequestService(db, today=today)


@pytest.mark.parametrize(("received", "months", "due"), [
    (date(2026, 1, 15), 1, date(2026, 2, 15)), (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)), (date(2026, 12, 20), 1, date(2027, 1, 20)),
    (date(2026, 1, 31), 3, date(2026, 4, 30)),
])
def test_month_arithmetic(received, months, due):
    assert add_months(received, months) == due


def test_register_sets_reference_and_due_date(requests, counter, kari):
    r = requests.register(counter, kari.id, "access", "counter")
    assert (r.reference, r.kind, r.status) == ("2026-0001", RequestType.ACCESS, RequestStatus.RECEIVED)
    assert r.due_on == date(2026, 2, 28) == due_date(date(2026, 1, 31)) and r.days_left == 28
    assert requests.register(counter, kari.id, "erasure", "email").reference == "2026-0002"


def test_bad_input_writes_nothing(requests, owner, counter, kari, today):
    for kind, channel, when, field in (("nonsense", "counter", None, "kind"), ("access", "fax", None, "channel"),
                                       ("access", "letter", date(2026, 2, 1), "received_on")):
        with pytest.raises(ValidationError) as info:
            requests.register(counter, kari.id, kind, channel, received_on=when)
        assert info.value.field == field
    assert requests.requests(owner) == []


def test_only_the_owner_handles_requests(requests, counter, kari):
    r = requests.register(counter, kari.id, "access", "counter")
    for call in (lambda: requests.requests(counter), lambda: requests.start(counter, r.id),
                 lambda: requests.extend(counter, r.id, 1, "many requests")):
        with pytest.raises(PermissionDenied):
            call()


def test_identity_must_be_verified_not_merely_a_reason(requests, identity, owner, counter, kari):
    r = requests.register(counter, kari.id, "access", "counter")
    other_owner_session = owner  # kari was created by this owner: "created" is no verification of a requester
    with pytest.raises(StateError, match="Verify the person's identity"):
        requests.confirm_identity(other_owner_session, r.id)
    identity.state_reason(owner, kari.id, "data_subject_request")
    with pytest.raises(StateError):
        requests.confirm_identity(owner, r.id)
    identity.verify_photo_id(owner, kari.id, "passport")
    done = requests.confirm_identity(owner, r.id)
    assert (done.status, done.verification_method, done.verification_detail) == (
        RequestStatus.IDENTITY_VERIFIED, "photo_id", "passport")


def test_status_flow_and_refusal_needs_a_reason(requests, identity, owner, kari):
    r = requests.register(owner, kari.id, "erasure", "letter")
    with pytest.raises(StateError, match="cannot go from received to completed"):
        requests.complete(owner, r.id)
    identity.verify_knowledge(owner, kari.id, "mobile", "912 34 567")
    requests.confirm_identity(owner, r.id)
    requests.start(owner, r.id)
    with pytest.raises(StateError, match="carry it out with Erase"):  # not by ticking it off
        requests.complete(owner, r.id)
    with pytest.raises(ValidationError, match="Reason"):
        requests.refuse(owner, r.id, "  ")
    refused = requests.refuse(owner, r.id, "Bookkeeping law requires us to keep the receipts.")
    assert refused.status is RequestStatus.REFUSED and refused.completed_at is not None and not refused.open


def test_extension_up_to_two_months_within_the_first_month(requests, owner, kari, today):
    r = requests.register(owner, kari.id, "access", "email", received_on=date(2026, 1, 10))
    r = requests.extend(owner, r.id, 1, "Many requests this month")
    assert (r.due_on, r.extension_months) == (date(2026, 3, 10), 1)
    r = requests.extend(owner, r.id, 1, "Complex history")
    assert r.due_on == date(2026, 4, 10)
    with pytest.raises(ValidationError, match="at most two months"):
        requests.extend(owner, r.id, 1, "again")
    late = requests.register(owner, kari.id, "access", "email", received_on=date(2025, 12, 1))
    with pytest.raises(StateError, match="already overdue"):
        requests.extend(owner, late.id, 1, "too late")


def test_open_requests_by_days_left_overdue_first(requests, owner, kari, today):
    a = requests.register(owner, kari.id, "access", "email", received_on=date(2026, 1, 20))
    overdue = requests.register(owner, kari.id, "portability", "letter", received_on=date(2025, 12, 1))
    b = requests.register(owner, kari.id, "rectification", "phone", received_on=date(2026, 1, 5))
    listed = requests.requests(owner, open_only=True)
    assert [r.id for r in listed] == [overdue.id, b.id, a.id]
    assert listed[0].overdue and listed[0].days_left == -30 and not listed[1].overdue


def test_every_step_is_audited(requests, identity, audit, owner, kari):
    r = requests.register(owner, kari.id, "access", "counter")
    identity.verify_photo_id(owner, kari.id, "national_id")
    requests.confirm_identity(owner, r.id)
    requests.extend(owner, r.id, 1, "Holiday season")
    requests.complete(owner, r.id)
    steps = [e for e in audit.entries(owner, customer_id=kari.id) if e.action.startswith("request_")]
    assert [e.details.get("status") or e.details.get("extended_months") or e.action for e in reversed(steps)] == [
        "request_registered", "identity_verified", 1, "completed"]
    assert all("Holiday" not in str(e.details) for e in steps)
