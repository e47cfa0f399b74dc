"""Marketing to existing customers under each country's exemption (issue 14, items 3 and 11):
the facts with their sources, the notice citing the provision and stating its three conditions
in every language, the purposes' data, and the marketing list that follows the same rule."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kundereg.domain import legal
from kundereg.domain.errors import StateError
from kundereg.domain.presets import PRESETS, preset_profile
from kundereg.domain.profile_texts import purpose_categories
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.reports.document import render_pdf
from kundereg.reports.notice import notice_document
from kundereg.services.marketing import EXISTING_CUSTOMERS, MarketingService
from kundereg.services.profile import ProfileService, validate_profile
from kundereg.domain.enums import PurchaseStatus

from test_notice import NOW

LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")
# How each country's provision is cited in a document of each language (Finnish acts in Swedish
# by their official Swedish names).
CITED = {"NO": "markedsføringsloven § 15", "SE": "marknadsföringslagen (2008:486) 19 §",
         "FI": "tietoyhteiskuntakaari (917/2014) 200 §", "DK": "markedsføringsloven § 10, stk. 2"}
CITED_SV = {**CITED, "FI": "informationssamhällsbalken (917/2014) 200 §"}
# The three conditions in each language: obtained in a sale, own similar products, free opt-out at
# collection and in every message.
CONDITIONS = {
    "nb": ("i forbindelse med et salg", "våre egne varer og tjenester som tilsvarer", "enkelt og gratis",
           "i hver henvendelse"),
    "nn": ("i samband med eit sal", "våre eigne varer og tenester som svarer til", "enkelt og gratis",
           "i kvar førespurnad"),
    "sv": ("i samband med en försäljning", "våra egna produkter och tjänster som liknar", "enkelt och kostnadsfritt",
           "i varje meddelande"),
    "fi": ("myynnin yhteydessä", "omia tuotteitamme ja palvelujamme, jotka vastaavat", "helposti ja maksutta",
           "jokaisessa lähettämässämme viestissä"),
    "da": ("i forbindelse med et salg", "vores egne varer og tjenesteydelser, der svarer til", "let og gratis",
           "i hver henvendelse"),
    "en": ("in connection with a sale", "our own products and services similar to", "easily and free of charge",
           "in every message"),
}


def b2b(country: str, **details):
    return validate_profile(preset_profile("b2b_supplier", name="Pilaro AS", country=country, street="Vegen 1",
                                           postal_code={"NO": "2815", "SE": "114 55", "FI": "00100",
                                                        "DK": "2500"}[country],
                                           city="By", email="post@pilaro.example", **details))


def notice_text(profile, language: str) -> str:
    buffer = io.BytesIO()
    render_pdf(notice_document(profile, language, NOW), buffer)
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def test_each_country_has_its_exemption_with_a_source():
    for country, law in CITED.items():
        exemption = legal.marketing_exemption(country)
        assert exemption.law == law and exemption.source.startswith("https://")
    assert legal.cite(CITED["FI"], "sv") == CITED_SV["FI"]
    assert legal.marketing_exemption("IS") is None


@pytest.mark.parametrize("country", ("NO", "SE", "FI", "DK"))
@pytest.mark.parametrize("language", LANGUAGES)
def test_notice_cites_the_provision_and_states_its_conditions(country, language):
    text = notice_text(b2b(country), language)
    heading = {"nb": "Markedsføring", "nn": "Marknadsføring", "sv": "Marknadsföring", "fi": "Markkinointi",
               "da": "Markedsføring", "en": "Marketing"}[language]
    marketing = text[text.index(f"5. {heading}"):text.index("6. ")]
    law = (CITED_SV if language == "sv" else CITED)[country]
    assert law in marketing
    for condition in CONDITIONS[language]:
        assert condition in marketing, condition
    # the purpose block cites it too, and so does the access report's block for the purpose
    assert text.count(law) >= 2
    (block,) = [c for c in purpose_categories(b2b(country), language) if c.key == "marketing_existing"]
    assert law in block.purpose and CONDITIONS[language][0] in block.purpose


@pytest.mark.parametrize("country", ("NO", "SE", "FI", "DK"))
def test_marketing_uses_contact_details_and_purchases_not_invoice_email_or_correspondence(country):
    for purpose in b2b(country).purposes:
        if purpose.key.startswith("marketing"):
            assert not {"company", "correspondence"} & set(purpose.categories), purpose.key
    text = notice_text(b2b("SE"), "sv")
    block = text[text.index("Marknadsföring till befintliga kunder"):]
    data = block[:block.index("Rättslig grund")]
    assert "e-post för faktura" not in data and "Korrespondens" not in data


def test_pilaro_preset_offers_consent_marketing_and_administration_on_legitimate_interests():
    bases = {p.key: p.legal_basis for p in PRESETS["b2b_supplier"].purposes}
    assert bases["customer_relationship"] == "f" and bases["marketing_consent"] == "a"
    assert bases["marketing_existing"] == "f" and PRESETS["b2b_supplier"].marketing_basis == "f"
    # Art. 13(1)(d): the interest is named where administration rests on f
    text = notice_text(b2b("NO"), "nb")
    assert "berettigede interesse i å holde kontakt med bedriftskundene" in text


@pytest.fixture
def marketing_shop(db, shop, owner):
    ProfileService(db).update(owner, b2b("NO"))
    return MarketingService(db)


def test_existing_customer_list_has_customers_with_a_sale_and_no_objection(db, marketing_shop, owner, customers,
                                                                            purchases, consents):
    def person(first, **kw):
        return customers.create(owner, CustomerInput(first_name=first, last_name="Lie", **kw))

    bought = person("Åse", email="ase@example.no")
    quote_only = person("Bjørn", email="bjorn@example.no")          # address not obtained in a sale
    consented = person("Cecilie", email="cecilie@example.no")        # no sale, but said yes
    objected = person("Dag", mobile="912 34 567")
    cancelled = person("Eva", email="eva@example.no")
    no_address = person("Finn")
    orders = {who.id: purchases.record(owner, who.id, PurchaseInput(lines=(PurchaseLineInput("Stål", 1, 5900),)))
              for who in (bought, objected, cancelled, no_address)}
    purchases.set_status(owner, orders[cancelled.id].id, PurchaseStatus.CANCELLED, notify=False)
    customers.object_to_marketing(owner, objected.id)
    consents.give(owner, consented.id, "newsletter", "web")

    listed = marketing_shop.marketing_list(owner, EXISTING_CUSTOMERS)
    assert [c.name for c in listed] == ["Åse Lie"]
    assert listed[0].first_sale_at and listed[0].consent_given_at == ""
    assert quote_only.id not in {c.customer_id for c in marketing_shop.marketing_list(owner, "newsletter")}
    assert [c.name for c in marketing_shop.marketing_list(owner, "newsletter")] == ["Cecilie Lie"]


def test_no_existing_customer_list_unless_the_profile_markets_on_that_basis(db, shop, owner):
    with pytest.raises(StateError, match="marketing basis f"):
        MarketingService(db).marketing_list(owner, EXISTING_CUSTOMERS)
