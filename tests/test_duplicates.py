"""Finding and merging duplicates on a real register: pairs by key, merge moving everything,
ledger and search index consistent, restricted records refused, owner only, audit ids only."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from kundereg.db import models
from kundereg.domain.access import PermissionDenied
from kundereg.domain.errors import ConflictError, StateError
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.services.duplicates import DuplicateService, find_pairs
from kundereg.services.ledger import LedgerFile
from kundereg.services.register import ledger_file, open_register
from kundereg.services.requests import RequestService


@pytest.fixture
def dupes(db, shop, locations) -> DuplicateService:
    return DuplicateService(db, ledger_file(locations))


@pytest.fixture
def twin(customers, owner):
    """Kari again, typed differently at another visit: same mobile, other spelling, an email."""
    return customers.create(owner, CustomerInput(first_name="Kari", last_name="Sorensen", mobile="+47 91234567",
                                                 email="kari@jobb.example.no", company_name="Kari Rens"))


def search_ids(customers, owner, text):
    return {hit.id for hit in customers.search(owner, text)}


def test_pairs_by_each_key_and_by_similar_name(dupes, customers, owner, kari, twin):
    org_a = customers.create(owner, CustomerInput(company_name="Bygg AS", org_number="923609016"))
    org_b = customers.create(owner, CustomerInput(company_name="Bygg og Rør AS", org_number="923 609 016"))
    mail_a = customers.create(owner, CustomerInput(last_name="Berg", email="Per@Example.no"))
    mail_b = customers.create(owner, CustomerInput(last_name="Berg", first_name="Per", email="per@example.no"))
    near_a = customers.create(owner, CustomerInput(first_name="Jon", last_name="Haugland", street="Kirkeveien 5",
                                                   postal_code="0150", city="Oslo"))
    near_b = customers.create(owner, CustomerInput(first_name="John", last_name="Haugland", street="Kirkevn. 5",
                                                   postal_code="0150", city="Oslo"))
    customers.create(owner, CustomerInput(first_name="Eva", last_name="Haugland", street="Kirkeveien 5",
                                          postal_code="0150"))  # the same house, another person
    pairs = {(p.first_id, p.second_id): p.reasons for p in dupes.find(owner)}
    assert pairs == {(kari.id, twin.id): ("mobile",), (org_a.id, org_b.id): ("org_number",),
                     (mail_a.id, mail_b.id): ("email",), (near_a.id, near_b.id): ("similar_name",)}


def test_find_blocks_instead_of_comparing_all_pairs():
    rows = [{"id": i, "org_number": None, "mobile": f"+479{i:07d}", "email": None, "first_name": "Ola",
             "last_name": f"Person{i}", "company_name": None, "street": "Gata 1", "postal_code": "0150",
             "restricted_at": None} for i in range(1, 2001)]
    rows.append({**rows[0], "id": 5000})  # one real duplicate among 2000 neighbours
    found = find_pairs(rows)
    assert [(p.first_id, p.second_id) for p in found] == [(1, 5000)]


def test_merge_moves_everything_and_keeps_the_chosen_fields(dupes, customers, purchases, consents, owner, kari,
                                                           twin, db, locations, audit):
    ticket = purchases.record(owner, twin.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 34900),)))
    purchases.add_service_event(owner, twin.id, "complaint", "Flekk igjen")
    consents.give(owner, twin.id, "newsletter", "counter")
    request = RequestService(db).register(owner, twin.id, "access", "counter")
    merged = dupes.merge(owner, kari.id, twin.id, take_from_other=["email"], versions=(kari.version, twin.version))
    assert (merged.id, merged.first_name, merged.last_name) == (kari.id, "Kari", "Sørensen")
    assert merged.email == "kari@jobb.example.no" and merged.company_name == "Kari Rens"  # chosen, and a gap filled
    assert merged.street == "Storgata 1"
    with db.read() as session:
        assert session.get(models.Customer, twin.id) is None
        assert session.get(models.Purchase, ticket.id).customer_id == kari.id
        assert session.scalar(select(func.count()).select_from(models.ServiceEvent)
                              .where(models.ServiceEvent.customer_id == kari.id)) == 1
        assert session.scalar(select(models.Consent.customer_id)) == kari.id
        assert session.get(models.DataRequest, request.id).customer_id == kari.id
        ledger = session.scalars(select(models.ErasureLedger)).one()
        assert (ledger.customer_id, ledger.reason) == (twin.id, "merged")
        details = json.loads(session.scalars(select(models.AuditEntry.details).where(
            models.AuditEntry.action == "customers_merged")).one())
    assert details == {"merged": twin.id, "fields": ["company_name", "email"], "purchases": 1, "service_events": 1,
                       "consents": 1, "requests": 1}
    assert [e.customer_id for e in LedgerFile(locations.ledger_path).read()] == [twin.id]
    # The search index follows: the merged-away record is not found, the kept one by its new email.
    assert twin.id not in search_ids(customers, owner, "Sorensen")
    assert search_ids(customers, owner, "jobb.example") == {kari.id}
    # The number is never given out again, and reopening (ledger replay) changes nothing.
    again = customers.create(owner, CustomerInput(last_name="Ny"))
    assert again.id > twin.id
    db.close()
    reopened = open_register(locations)
    with reopened.read() as session:
        assert session.scalar(select(func.count()).select_from(models.Customer)) == 2
    assert DuplicateService(reopened).find(owner) == []
    reopened.close()


def test_merging_a_restricted_customer_is_refused_with_the_reason(dupes, customers, owner, kari, twin, db):
    customers.restrict(owner, twin.id, twin.version)
    pair = dupes.find(owner)[0]
    assert pair.restricted
    with pytest.raises(StateError, match=f"Customer {twin.id} is restricted"):
        dupes.merge(owner, kari.id, twin.id)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(models.Customer)) == 2


def test_an_objection_to_marketing_stands_after_the_merge(dupes, customers, consents, owner, kari, twin, db):
    consents.give(owner, kari.id, "newsletter", "counter")
    customers.object_to_marketing(owner, twin.id)
    merged = dupes.merge(owner, kari.id, twin.id)
    assert merged.marketing_objection_at is not None
    with db.read() as session:
        assert session.scalars(select(models.Consent.withdrawn_at)).one() is not None


def test_merge_checks_versions_itself_and_the_role(dupes, customers, owner, counter, kari, twin):
    with pytest.raises(ConflictError):
        dupes.merge(owner, kari.id, twin.id, versions=(kari.version + 1, twin.version))
    with pytest.raises(StateError, match="itself"):
        dupes.merge(owner, kari.id, kari.id)
    with pytest.raises(PermissionDenied):
        dupes.find(counter)
    with pytest.raises(PermissionDenied):
        dupes.merge(counter, kari.id, twin.id)


def test_pair_shows_both_records_and_audits_the_view(dupes, owner, kari, twin, db):
    first, second = dupes.pair(owner, kari.id, twin.id)
    assert (first.id, second.id) == (kari.id, twin.id)
    with db.read() as session:
        viewed = session.scalars(select(models.AuditEntry.customer_id).where(
            models.AuditEntry.action == "customer_viewed").order_by(models.AuditEntry.id)).all()
    assert viewed[-2:] == [kari.id, twin.id]
