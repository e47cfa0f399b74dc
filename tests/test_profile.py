"""The shop profile: presets from the seed shops, validation, audited owner-only changes, and the
access report taking purposes, bases, retention and recipients from it."""
from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.access import PermissionDenied
from kundereg.domain.errors import StateError, ValidationErrors
from kundereg.domain.presets import PRESET_KEYS, PRESETS, preset_profile
from kundereg.domain.profile import Processor, Purpose
from kundereg.domain.records import ADDRESS_FIELDS, COMPANY_FIELDS, CustomerInput
from kundereg.services import profile as profile_service
from kundereg.services import shop as shop_service
from kundereg.services.identity import IdentityService
from kundereg.services.auth import AuthService
from kundereg.services.customers import CustomerService
from kundereg.services.profile import ProfileService, create_register, validate_profile
from kundereg.services.reports import ReportService

from staff_secrets import OWNER_PASSWORD


def jaro(**changes):
    """Seed 000: a concrete supplier with SuperOffice (CRM) and Visma Business."""
    profile = preset_profile("b2b_supplier", name="Jaro AS", country="NO", org_number="923609016",
                             street="Industrivegen 4", postal_code="2815", city="Gjøvik", email="post@jaro.example",
                             phone="61 12 34 56")
    profile = profile.with_changes(processors=(Processor("SuperOffice", "crm", "NO"),
                                               Processor("Visma Business", "accounting", "NO")))
    return profile.with_changes(**changes)


def audit_rows(db, action):
    with db.read() as session:
        return [json.loads(r.details) for r in session.scalars(
            select(models.AuditEntry).where(models.AuditEntry.action == action))]


@pytest.mark.parametrize("key", PRESET_KEYS)
def test_every_preset_is_a_valid_profile_in_every_country(key):
    for country in ("NO", "SE", "FI", "DK"):
        profile = validate_profile(preset_profile(key, name="Butikk", country=country))
        assert profile.purposes and profile.configured
        assert all(p.country == country for p in profile.processors)


def test_presets_keep_the_fields_of_their_seed_shop():
    # Seed 004 (dry cleaner): name, mobile, email only when needed; no address, no company.
    assert PRESETS["dry_cleaner"].customer_fields == ()
    assert PRESETS["dry_cleaner"].marketing_basis is None
    # Seeds 000-002 (B2B): address, company, organisation number and invoice email.
    assert set(PRESETS["b2b_supplier"].customer_fields) == set(ADDRESS_FIELDS + COMPANY_FIELDS)
    # Seed 003 (web shop): street address, postal code and town, but no company fields; consent marketing.
    assert set(PRESETS["web_shop"].customer_fields) == set(ADDRESS_FIELDS)
    assert PRESETS["web_shop"].marketing_basis == "a"


def test_create_register_stores_the_profile_and_the_owner_and_audits(db):
    shop = create_register(db, jaro(), owner_username="eier", owner_password=OWNER_PASSWORD,
                          owner_display_name="Jan Jaro", preset="b2b_supplier")
    assert shop.shows("company_name") and shop.shows("street")
    stored = profile_service.get_profile(db)
    assert stored.configured and stored.org_number == "923 609 016"  # formatted the Norwegian way
    assert stored.phone == "+4761123456"  # E.164
    assert [p.name for p in stored.processors] == ["SuperOffice", "Visma Business"]
    assert stored.purposes == validate_profile(jaro()).purposes
    assert AuthService(db).login("eier", OWNER_PASSWORD).actor.username == "eier"
    (entry,) = audit_rows(db, "shop_created")
    assert entry == {"preset": "b2b_supplier", "purposes": 8, "processors": 2}
    with pytest.raises(StateError):
        create_register(db, jaro(), owner_username="eier2", owner_password=OWNER_PASSWORD, owner_display_name="J")


def test_create_register_reports_profile_and_owner_problems_together_and_writes_nothing(db):
    bad = jaro(org_number="123", email="not-an-email")
    with pytest.raises(ValidationErrors) as caught:
        create_register(db, bad, owner_username="eier", owner_password="short")
    assert set(caught.value.errors) == {"org_number", "email", "password", "display_name"}
    assert "Organisation number" in caught.value.message and "123" not in caught.value.message
    assert not shop_service.is_initialised(db)


@pytest.mark.parametrize("change, field, words", [
    (dict(purposes=()), "purposes", "at least one purpose"),
    (dict(purposes=(Purpose("pickup", "g", ("name",), "relationship"),)), "purposes", "legal basis"),
    (dict(customer_fields=(), purposes=(Purpose("invoicing", "b", ("name", "address"), "relationship"),)),
     "purposes", "switched off"),
    (dict(marketing_basis=None), "purposes", "no marketing"),
    (dict(purposes=(Purpose("customer_relationship", "b", ("name",), "relationship"),), marketing_basis="f"),
     "purposes", "add its purpose"),
    (dict(marketing_basis="a"), "purposes", "basis chosen for marketing"),
    (dict(purposes=(Purpose("custom", "b", ("name",), "relationship"),), marketing_basis=None), "purposes",
     "needs a title"),
    (dict(purposes=(Purpose("pickup", "b", ("name",), "fixed_years", retention_years=0),), marketing_basis=None),
     "purposes", "1 to 50 years"),
    (dict(processors=(Processor("X", "spy", "NO"),)), "processors", "role"),
    (dict(processors=(Processor("SuperOffice", "crm", "NO"), Processor("", "hosting", "NO"))), "processors",
     "entry 2: the name of the organisation is needed"),
    (dict(processors=(Processor("X", "crm", "Mars"),)), "processors", "two-letter"),
    (dict(document_language="de"), "document_language", "must be one of"),
    (dict(inactive_years=0), "inactive_years", "from 1 to 30"),
    (dict(backup_keep_daily=-1), "backup_keep_daily", "from 0 to 366"),
    (dict(sources=()), "sources", "at least one source"),
    (dict(phone="12"), "phone", "phone number"),
])
def test_validation_names_the_field(change, field, words):
    with pytest.raises(ValidationErrors) as caught:
        validate_profile(jaro(**change))
    assert field in caught.value.errors
    assert words in caught.value.errors[field].message


def test_only_the_owner_changes_the_profile_and_the_change_is_audited_by_field_name(db, shop, owner, counter):
    service = ProfileService(db)
    before = service.profile()
    assert not before.configured  # `init` without a preset: documents use the defaults
    with pytest.raises(PermissionDenied):
        service.update(counter, jaro())
    updated = service.update(owner, jaro(name="Gjøvik Rens AS", inactive_years=4, backup_keep_weekly=12))
    assert updated.configured and updated.inactive_years == 4 and updated.backup_keep_weekly == 12
    assert shop_service.get_shop(db).shows("invoice_email")
    (entry,) = audit_rows(db, "profile_changed")
    assert {"purposes", "processors", "inactive_years", "backup_keep_weekly", "street",
            "email", "phone"} <= set(entry["fields"])
    assert "Gjøvik" not in json.dumps(entry) and "SuperOffice" not in json.dumps(entry)
    # Saving the same profile again changes nothing and records nothing.
    assert service.update(owner, jaro(name="Gjøvik Rens AS", inactive_years=4, backup_keep_weekly=12)) == updated
    assert len(audit_rows(db, "profile_changed")) == 1


def test_changing_country_follows_with_the_currency(db, shop, owner):
    service = ProfileService(db)
    updated = service.update(owner, jaro(country="SE", org_number="556036-0793", postal_code="114 55",
                                         phone="+46 8 123 456 78"))
    assert (updated.country, updated.currency) == ("SE", "SEK")


def test_access_report_takes_purposes_retention_and_recipients_from_the_profile(db, shop, owner, tmp_path):
    service = ProfileService(db)
    service.update(owner, jaro(name="Jaro AS"))
    customers = CustomerService(db)
    customer = customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann", mobile="912 34 567",
                                                     company_name="Nordmann Bygg AS"))
    buffer = io.BytesIO()
    IdentityService(db).verify_photo_id(owner, customer.id, "passport")  # a report needs a real check
    data = ReportService(db).access_report(owner, customer.id, "nb", buffer)
    assert [c.key for c in data.categories][:2] == ["customer_relationship", "invoicing"]
    assert data.controller.street == "Industrivegen 4" and data.controller.email == "post@jaro.example"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    for fact in ("Administrasjon av kundeforholdet", "SuperOffice: Kundesystem (CRM), Norge",
                 "Visma Business: Regnskap", "Markedsføring mot eksisterende kunder", "bokstav f",
                 "Fem år etter utgangen av regnskapsåret"):
        assert fact in text, fact


def test_a_register_without_a_profile_prints_the_blank_presets_purposes(db, shop, owner, kari):
    IdentityService(db).verify_photo_id(owner, kari.id, "passport")  # a report needs a real check
    data = ReportService(db).access_report(owner, kari.id, "en", io.BytesIO())
    assert [c.key for c in data.categories] == [p.key for p in PRESETS["blank"].purposes]
    assert [c.title for c in data.categories][:1] == ["Managing the customer relationship"]
