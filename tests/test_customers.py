"""Customer service: create, update with version check, get; bad input writes nothing."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kundereg.db import models
from kundereg.domain.access import VerificationRequired
from kundereg.domain.errors import ConflictError, NotFoundError, ValidationErrors
from kundereg.domain.records import CustomerInput
from kundereg.services.customers import CustomerService


def count(db, model) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_create_normalises_every_field(customers, kari, owner):
    assert kari.mobile == "+4791234567"
    assert kari.country == "NO"
    assert kari.version == 1
    assert kari.created_at.tzinfo is not None
    assert customers.get(owner, kari.id) == kari


def test_company_customer_with_org_number(customers, owner):
    c = customers.create(owner, CustomerInput(first_name="Per", last_name="Hansen", company_name="Hansen Bygg AS",
                                       org_number="923609016", invoice_email="faktura@hansenbygg.no",
                                       mobile="+47 41234567"))
    assert c.org_number == "923 609 016"
    assert c.display_name == "Per Hansen (Hansen Bygg AS)"


def test_customer_from_another_country_uses_its_own_rules(customers, owner):
    c = customers.create(owner, CustomerInput(last_name="Andersson", country="se", mobile="070-123 45 67",
                                       postal_code="11122"))
    assert (c.country, c.mobile, c.postal_code) == ("SE", "+46701234567", "111 22")


def test_invalid_input_names_every_field_and_writes_nothing(db, customers, owner):
    with pytest.raises(ValidationErrors) as info:
        customers.create(owner, CustomerInput(first_name="Kari", mobile="12", email="kari@", postal_code="1"))
    assert set(info.value.errors) == {"mobile", "email", "postal_code"}
    assert "Mobile phone" in info.value.message and "Email" in info.value.message
    assert count(db, models.Customer) == 0


def test_a_name_is_required(customers, owner):
    with pytest.raises(ValidationErrors) as info:
        customers.create(owner, CustomerInput(mobile="91234567"))
    assert set(info.value.errors) == {"last_name"}


def test_update_bumps_version_and_refreshes_search(customers, kari, owner):
    data = _replace(kari.as_input(), last_name="Berg", email="kari@berg.no")
    updated = customers.update(owner, kari.id, kari.version, data)
    assert updated.version == kari.version + 1
    assert updated.last_name == "Berg"
    assert updated.updated_at >= kari.updated_at
    assert [h.id for h in customers.search(owner, "berg")] == [kari.id]
    assert customers.search(owner, "sorensen") == []  # the old name no longer lingers in the index


def test_stale_version_is_a_conflict_and_nothing_is_overwritten(customers, kari, owner):
    customers.update(owner, kari.id, kari.version, _replace(kari.as_input(), city="Oslo"))
    with pytest.raises(ConflictError, match="changed by someone else"):
        customers.update(owner, kari.id, kari.version, _replace(kari.as_input(), city="Bergen"))
    assert customers.get(owner, kari.id).city == "Oslo"


def test_invalid_update_writes_nothing(customers, kari, owner):
    with pytest.raises(ValidationErrors):
        customers.update(owner, kari.id, kari.version, _replace(kari.as_input(), last_name="Berg", email="nope"))
    assert customers.get(owner, kari.id) == kari


def test_concurrent_sessions_second_writer_conflicts(locations, shop, kari, owner):
    """Two PCs open the same register; the second save with the old version is refused."""
    from kundereg.services.register import open_register

    other_pc = open_register(locations)
    try:
        CustomerService(other_pc).update(owner, kari.id, kari.version, _replace(kari.as_input(), city="Hamar"))
    finally:
        other_pc.close()
    third_pc = open_register(locations)  # closed: on PostgreSQL a leaked connection warns
    try:
        with pytest.raises(ConflictError):
            CustomerService(third_pc).update(owner, kari.id, kari.version, kari.as_input())
    finally:
        third_pc.close()


def test_missing_customer(customers, owner, identity):
    with pytest.raises(VerificationRequired):  # the gate comes first and says nothing about existence
        customers.get(owner, 999)
    with pytest.raises(NotFoundError, match="Customer 999"):
        identity.state_reason(owner, 999, "invoicing")


def _replace(data: CustomerInput, **changes) -> CustomerInput:
    from dataclasses import replace

    return replace(data, **changes)


def test_orders_and_ticket_changes_do_not_count_as_edits(customers, purchases, owner, kari):
    """Recording an order moves last activity but not the version, so an open form still saves."""
    from kundereg.domain.records import PurchaseInput, PurchaseLineInput

    ticket = purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 100),)))
    purchases.set_status(owner, ticket.id, "ready")
    purchases.add_service_event(owner, kari.id, "repair", "Glidelås")
    seen = customers.get(owner, kari.id)
    assert seen.version == kari.version and seen.last_activity_at > kari.last_activity_at
    customers.update(owner, kari.id, kari.version, _replace(kari.as_input(), city="Hamar"))
