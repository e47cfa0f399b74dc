"""GDPR Art. 13(2)(e) in the notice (issue 14, item 4): which data are needed to serve the
customer, that no law requires them, what happens without them, and what is voluntary, worked
out from the profile's purposes and form fields, in every language."""
from __future__ import annotations

import pytest

from kundereg.domain.catalogue import translate
from kundereg.domain.presets import preset_profile
from kundereg.domain.profile import Purpose
from kundereg.domain.profile_needs import data_needs
from kundereg.reports import texts
from kundereg.reports.notice_texts import NEED_CONSEQUENCES, NOTICE
from kundereg.services.profile import validate_profile

from test_marketing_law import notice_text

LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")


def profile(key: str, **changes):
    return validate_profile(preset_profile(key, name="Renseriet", country="NO", street="Storgata 1",
                                           postal_code="2815", city="Gjøvik", phone="61 17 00 00", **changes))


def test_dry_cleaner_needs_name_and_mobile_and_email_is_voluntary():
    needs = data_needs(profile("dry_cleaner"))
    pickup = next(n for n in needs.needed if n.purpose_key == "pickup")
    assert pickup.fields == (("first_name", "last_name"), ("mobile",)) and pickup.either == (False, False)
    assert needs.voluntary == ("email",)


def test_supplier_invoice_needs_address_and_company_and_a_web_shop_one_way_to_reach_you():
    b2b = data_needs(profile("b2b_supplier"))
    (invoicing,) = b2b.needed  # administration rests on 6(1)(f): a business interest, not the contract
    assert {f for group in invoicing.fields for f in group} >= {"street", "company_name", "org_number"}
    assert "invoice_email" in b2b.voluntary and "mobile" in b2b.voluntary
    (delivery,) = data_needs(profile("web_shop")).needed
    assert ("mobile", "email") in delivery.fields and delivery.either[delivery.fields.index(("mobile", "email"))]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_notice_says_what_is_needed_what_happens_without_it_and_what_is_voluntary(language):
    text = notice_text(profile("dry_cleaner"), language)
    heading = translate(NOTICE["h_needed"], language)
    part = text[text.index(heading):text.index("3. ")]
    assert " ".join(translate(NOTICE["needed"], language).split()) in part
    assert " ".join(translate(NEED_CONSEQUENCES["pickup"], language).split()) in part
    mobile, email = (translate(texts.FIELD_LABELS[f], language) for f in ("mobile", "email"))
    needed, voluntary = part.split(translate(NOTICE["voluntary"], language).split(":")[0])
    assert mobile in needed and email not in needed and email in voluntary


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_shop_without_contract_purposes_says_everything_is_voluntary(language):
    shop = profile("blank", purposes=(Purpose("customer_relationship", "f", ("name", "contact"), "relationship"),
                                      Purpose("bookkeeping", "c", ("name", "purchases"), "bookkeeping")))
    assert data_needs(shop).needed == ()
    assert " ".join(translate(NOTICE["all_voluntary"], language).split()) in notice_text(shop, language)
