"""Restriction (Art. 18), objection to marketing (Art. 21) and the marketing list."""
from __future__ import annotations

import csv
import io

import pytest

from kundereg.domain.access import PermissionDenied
from kundereg.domain.errors import ConflictError, StateError
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.reports.marketing_list import marketing_csv
from kundereg.services.marketing import MarketingService

ORDER = PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 29900),))


def test_a_restricted_record_is_read_only(customers, purchases, consents, owner, kari):
    ticket = purchases.record(owner, kari.id, ORDER)
    restricted = customers.restrict(owner, kari.id, kari.version)
    assert restricted.restricted_at is not None
    for call in (lambda: customers.update(owner, kari.id, restricted.version, CustomerInput(last_name="Berg")),
                 lambda: purchases.record(owner, kari.id, ORDER),
                 lambda: purchases.add_service_event(owner, kari.id, "repair", "Glidelås"),
                 lambda: consents.give(owner, kari.id, "newsletter", "counter")):
        with pytest.raises(StateError, match="restricted"):
            call()
    assert customers.get(owner, kari.id).last_name == "Sørensen"  # still kept and shown
    purchases.set_status(owner, ticket.id, "ready")  # goods already in the shop can still be handed over
    lifted = customers.lift_restriction(owner, kari.id, restricted.version)
    assert lifted.restricted_at is None
    customers.update(owner, kari.id, lifted.version, CustomerInput(first_name="Kari", last_name="Berg"))


def test_only_the_owner_restricts_and_versions_are_checked(customers, identity, counter, owner, kari):
    identity.verify_photo_id(counter, kari.id, "passport")
    with pytest.raises(PermissionDenied):
        customers.restrict(counter, kari.id, kari.version)
    customers.update(owner, kari.id, kari.version, CustomerInput(first_name="Kari", last_name="Berg"))
    with pytest.raises(ConflictError):
        customers.restrict(owner, kari.id, kari.version)


def test_objection_withdraws_marketing_consents_and_blocks_new_ones(customers, consents, counter, identity, kari):
    identity.verify_photo_id(counter, kari.id, "passport")
    consents.give(counter, kari.id, "newsletter", "counter")
    consents.give(counter, kari.id, "marketing_sms", "web")
    consents.give(counter, kari.id, "order_sms", "counter")  # service messages are not marketing
    objected = customers.object_to_marketing(counter, kari.id)
    assert objected.marketing_objection_at is not None
    history = consents.history(counter, kari.id)
    assert {c.purpose for c in history if c.withdrawn_at is None} == {"order_sms"}
    assert {c.withdrawn_by for c in history if c.withdrawn_at} == {counter.actor.staff_id}  # time and staff
    with pytest.raises(StateError, match="objected to marketing"):
        consents.give(counter, kari.id, "newsletter", "web")


def test_marketing_list_leaves_out_objection_restriction_and_withdrawn(db, customers, consents, owner, counter):
    people = {name: customers.create(owner, CustomerInput(first_name=name, last_name="Lie",
                                                          email=f"{name.lower()}@example.no"))
              for name in ("Åse", "Bjørn", "Cecilie", "Dag", "Eva")}
    for person in people.values():
        consents.give(owner, person.id, "newsletter", "web")
    customers.object_to_marketing(owner, people["Bjørn"].id)
    customers.restrict(owner, people["Cecilie"].id, people["Cecilie"].version)
    dag = [c for c in consents.history(owner, people["Dag"].id)][0]
    consents.withdraw(owner, dag.id)
    contacts = MarketingService(db).marketing_list(owner, "newsletter")
    assert [c.name for c in contacts] == ["Åse Lie", "Eva Lie"]
    rows = list(csv.reader(io.StringIO(marketing_csv(contacts).decode("utf-8-sig"))))
    assert rows[0][:3] == ["customer_id", "name", "email"] and rows[1][1:3] == ["Åse Lie", "åse@example.no"]
    with pytest.raises(PermissionDenied):
        MarketingService(db).marketing_list(counter, "newsletter")
