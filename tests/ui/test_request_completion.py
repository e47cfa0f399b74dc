"""Completing a request in the requests view applies its change (services.request_effects)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kundereg.domain.enums import RequestStatus
from kundereg.domain.records import CustomerInput
from kundereg.services.consents import ConsentService
from kundereg.services.requests import RequestService
from kundereg.ui import requests_view as requests_view_module
from kundereg.ui.requests_view import RectificationDialog, RequestsView


@pytest.fixture
def requests(db, shop) -> RequestService:
    return RequestService(db)


@pytest.fixture
def kari(customers, owner, identity):
    person = customers.create(owner, CustomerInput(first_name="Kari", last_name="Nordmann", city="Hamar",
                                                   email="kari@example.no"))
    identity.verify_photo_id(owner, person.id, "passport")
    return person


@pytest.fixture
def view(qtbot, requests, owner, runner) -> RequestsView:
    widget = RequestsView(requests, lambda: owner, runner)
    qtbot.addWidget(widget)
    widget.resize(1000, 420)
    return widget


def _verified(requests, owner, kari, kind):
    request = requests.register(owner, kari.id, kind, "counter")
    return requests.confirm_identity(owner, request.id)


def test_completing_a_rectification_asks_for_the_values_and_saves_them(view, requests, owner, kari, customers,
                                                                       monkeypatch):
    request = _verified(requests, owner, kari, "rectification")
    view.refresh()
    assert view.select_request(request.id)
    monkeypatch.setattr(requests_view_module, "ask_rectification", lambda parent, r: None)
    view.complete_button.click()  # cancelled: nothing happens
    assert requests.get(owner, request.id).status is RequestStatus.IDENTITY_VERIFIED
    asked = []
    monkeypatch.setattr(requests_view_module, "ask_rectification",
                        lambda parent, r: asked.append(r.reference) or {"city": "Lillehammer"})
    view.select_request(request.id)
    view.complete_button.click()
    assert asked == [request.reference]
    assert requests.get(owner, request.id).status is RequestStatus.COMPLETED
    assert customers.get(owner, kari.id).city == "Lillehammer"


def test_completing_a_restriction_or_objection_applies_it(view, requests, owner, kari, customers, db):
    consents = ConsentService(db)
    consents.give(owner, kari.id, "newsletter", "counter")
    for kind in ("restriction", "objection"):
        request = _verified(requests, owner, kari, kind)
        view.refresh()
        assert view.select_request(request.id)
        view.complete_button.click()
        assert requests.get(owner, request.id).status is RequestStatus.COMPLETED
    record = customers.get(owner, kari.id)
    assert record.restricted_at is not None and record.marketing_objection_at is not None
    assert not any(c.active for c in consents.history(owner, kari.id))


def test_the_rectification_dialog_returns_only_what_was_written(qtbot, requests, owner, kari):
    request = _verified(requests, owner, kari, "rectification")
    dialog = RectificationDialog(request)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.edits["email"], "kari.berg@example.no")
    qtbot.keyClicks(dialog.edits["last_name"], "Berg")
    assert dialog.changes() == {"last_name": "Berg", "email": "kari.berg@example.no"}
    assert dialog.edits["first_name"].accessibleName() == "First name"
    qtbot.keyClick(dialog.edits["email"], Qt.Key.Key_Escape)
    assert not dialog.isVisible()
