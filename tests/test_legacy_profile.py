"""A register set up before the shop profile existed (issue 14): its documents give a purpose for
every kind of data it holds, including the address and company fields its form has, in every
language, and the blank preset covers the complaints and consents every register can hold."""
from __future__ import annotations

import pytest

from kundereg.db import models
from kundereg.domain.presets import PRESETS
from kundereg.domain.profile import CATEGORY_FIELDS
from kundereg.domain.profile_texts import category_name
from kundereg.services.profile import to_profile, validate_profile

from test_marketing_law import notice_text

LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")
# What any register holds besides the form's fields (tables of its own).
ALWAYS = {"name", "contact", "purchases", "service_events", "consents", "requests"}


def legacy(fields: str):
    return to_profile(models.Shop(id=1, name="Gamle Rens", country="NO", currency="NOK", street="Storgata 1",
                                  postal_code="2815", city="Gjøvik", email="post@rens.example",
                                  customer_fields=fields))


@pytest.mark.parametrize("fields", ("", "street,postal_code,city", "street,postal_code,city,company_name,org_number"))
def test_every_kind_of_data_a_legacy_register_holds_has_a_purpose(fields):
    profile = legacy(fields)
    assert not profile.configured
    held = ALWAYS | {c for c, names in CATEGORY_FIELDS.items() if set(names) & set(profile.customer_fields)}
    assert held <= set(profile.used_categories())
    validate_profile(profile)  # what it prints is a profile the owner could have saved


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_legacy_notice_names_a_purpose_for_address_company_complaints_and_consents(language):
    text = notice_text(legacy("street,postal_code,city,company_name,org_number,invoice_email"), language)
    purposes = text[text.index("3. "):text.index("4. ")]
    for category in ("address", "company", "service_events", "consents", "requests"):
        assert " ".join(category_name(category, language).split()) in purposes, category


def test_the_blank_preset_covers_what_every_register_holds():
    used = {c for p in PRESETS["blank"].purposes for c in p.categories}
    assert ALWAYS <= used
