"""The generated privacy notice and record of processing: each preset says what its seed shop
says (fields, purposes, retention, recipients), every language names the right authority with
its address, the HTML is self-contained and escaped, and the service audits what it wrote."""
from __future__ import annotations

import csv
import io
import json
import re
from datetime import datetime, timezone

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain import legal
from kundereg.domain.catalogue import translate
from kundereg.domain.access import PermissionDenied
from kundereg.domain.presets import preset_profile
from kundereg.domain.profile import Processor
from kundereg.reports.document import render_html, render_pdf
from kundereg.reports.notice import notice_document
from kundereg.reports.ropa import ropa_csv, ropa_document
from kundereg.domain.errors import ValidationErrors
from kundereg.services.profile import ProfileService, clean_contact, store_contact, validate_profile

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")


def pdf_text(profile, language) -> str:
    buffer = io.BytesIO()
    render_pdf(notice_document(profile, language, NOW), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def section(text: str, start: str, end: str) -> str:
    return text[text.index(start):text.index(end, text.index(start))]


# -- the seed shops ------------------------------------------------------------------------------

def gjovik_rens():
    """Seed 004: a dry cleaner in Gjøvik."""
    return validate_profile(preset_profile("dry_cleaner", name="Gjøvik Renseri", country="NO", city="Gjøvik",
                                           postal_code="2815", street="Storgata 10", phone="61 17 00 00"))


def test_dry_cleaner_notice_says_what_seed_004_says():
    profile = gjovik_rens()
    text = pdf_text(profile, "nb")
    recorded = section(text, "Om deg som kunde registrerer vi:", "Vi registrerer bare")
    # name (to hand textiles to the right person), mobile (to say when ready), email when needed
    for field in ("Fornavn", "Etternavn", "Mobilnummer", "E-post", "Kjøp og bestillinger"):
        assert field in recorded
    for absent in ("Adresse", "Firmanavn", "Organisasjonsnummer"):
        assert absent not in recorded
    assert "klart til henting" in text and "e-postadressen hvis du ikke vil ha fakturaen på e-post" in text
    # "Registrert informasjon vil ikke bli benyttet for utsendelse av reklame"
    assert "Vi bruker ikke opplysningene dine til reklame" in text
    assert "Markedsføring mot" not in text and "Nyhetsbrev og" not in text
    # "deles ikke med 3-part utover ... regnskapsførsel"
    assert "Regnskap (regnskapsfører eller regnskapssystem)" in text
    assert "Fem år etter utgangen av regnskapsåret" in text
    assert "Rett til sletting" in text and "Datatilsynet" in text


def test_concrete_supplier_notice_says_what_seed_000_says():
    profile = validate_profile(preset_profile(
        "b2b_supplier", name="Jaro AS", country="NO", org_number="923609016",
        processors=(Processor("SuperOffice", "crm", "NO"), Processor("Visma Business", "accounting", "NO"))))
    text = pdf_text(profile, "nb")
    recorded = section(text, "Om deg som kunde registrerer vi:", "Vi registrerer bare")
    for field in ("Fornavn", "Adresse", "E-post", "Mobilnummer"):  # Navn, Adresse, E-postadresse, Telefonnummer
        assert field in recorded
    # "Kundeinformasjon lagres i Superoffice (CRM) og i Visma Business"
    assert "SuperOffice Kundesystem (CRM) Norge" in text and "Visma Business" in text
    assert "SuperOffice: Kundesystem (CRM), Norge" in text  # named under the purpose it serves
    # "levere tilbud og eventuelt en vareleveranse ... sende faktura til korrekt adresse"
    assert "gi tilbud" in text and "Fakturering" in text and "bokstav b" in text
    # rights: access, rectification, erasure, restriction, withdraw consent, complaint to Datatilsynet
    for right in ("Rett til innsyn", "Rett til retting", "Rett til sletting", "Rett til begrensning",
                  "Rett til å trekke tilbake samtykke", "Datatilsynet Postboks 458 Sentrum 0105 Oslo"):
        assert right in text
    assert "Organisasjonsnummer" in recorded and "enkeltpersonforetak" in text


def test_pile_supplier_notice_has_seed_001s_purposes_and_bases():
    text = pdf_text(validate_profile(preset_profile("b2b_supplier", name="Pilaro AS", country="NO")), "nb")
    # Seed 001's table: purpose and GDPR Art. 6(1) letter (customer administration on f, marketing to
    # new customers on consent, to existing customers on f under markedsføringsloven § 15)
    for purpose, letter in (("Administrasjon av kundeforholdet", "f"), ("Kundeservice", "f"),
                            ("Nyhetsbrev og markedsføring", "a"),
                            ("Markedsføring mot eksisterende kunder", "f"),
                            ("Bokføring og andre rettslige forpliktelser", "c"),
                            ("Fastsette, gjøre gjeldende eller forsvare rettskrav", "f")):
        block = text[text.index(purpose, text.index("3. Hvorfor")):]
        assert f"bokstav {letter}" in block[:900], purpose
    # "direkte fra den det gjelder ... kontaktskjemaet på nettsiden"; "Vi selger ikke informasjonen videre"
    assert "Fra deg, når du blir kunde" in text and "kontaktskjemaet" in text
    assert "Vi selger ikke opplysningene dine" in text and "protestere" in text


def test_parts_maker_notice_has_seed_002s_fields_history_and_hosting():
    text = pdf_text(validate_profile(preset_profile("b2b_supplier", name="Jondal Precision Industries AS",
                                                    country="NO")), "nb")
    recorded = section(text, "Om deg som kunde registrerer vi:", "Vi registrerer bare")
    for field in ("Firmanavn", "Organisasjonsnummer", "Adresse", "Postnummer", "Poststed", "E-post for faktura",
                  "Kjøp og bestillinger", "Reklamasjoner, returer og reparasjoner"):
        assert field in recorded
    assert "Drift av nettside og nettbutikk" in text and "databehandleravtale" in text
    assert "interesse" in section(text, "Kundeservice, reklamasjoner og returer", "Markedsføring mot")


def test_finnish_web_shop_notice_in_swedish_says_what_seed_003_says():
    profile = validate_profile(preset_profile(
        "web_shop", name="Jerone Group Oy", country="FI", org_number="2381931-8", street="Sulapuronkatu 1",
        postal_code="33700", city="Tammerfors", phone="040 828 0202", email="kundtjanst@jerone.example",
        document_language="sv"))
    text = pdf_text(profile, profile.document_language)
    assert text.startswith("Jerone Group Oy") and "Integritetspolicy" in text and "FO-nummer 2381931-8" in text
    recorded = section(text, "Om dig som kund registrerar vi:", "Vi registrerar bara")
    for field in ("Förnamn", "Efternamn", "Gatuadress", "Postnummer", "Postort", "Mobilnummer", "E-post"):
        assert field in recorded
    assert "Företagsnamn" not in recorded
    # newsletter only with explicit consent, unsubscribe link in every letter
    assert "Nyhetsbrev och marknadsföring som du har samtyckt till" in text and "art. 6.1 a" in text
    assert "avregistreringslänken" in text
    # carriers get what delivery needs; bookkeeping law keeps some data longer
    assert "Transportföretag som levererar din beställning" in text
    assert "bokföringslagen" in text or "kirjanpitolaki" in text
    assert "Dataombudsmannens byrå PB 800 00531 Helsingfors" in text


# -- every language names the right authority -------------------------------------------------

@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("country", ["NO", "SE", "FI", "DK"])
def test_every_language_names_the_authority_and_its_address(country, language):
    profile = validate_profile(preset_profile("blank", name="Butikk", country=country))
    text = pdf_text(profile, language)
    authority = legal.SUPERVISORY_AUTHORITIES[country]
    block = " ".join([authority.name(language), *authority.address_lines(language)])
    assert " ".join(block.split()) in text
    # the rights and the complaint heading are in the notice's own language
    assert " ".join(translate(legal.SECTION_HEADINGS["complaint"], language).split()) in text
    for right in legal.RIGHTS:
        assert " ".join(translate(right.title, language).split()) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_backup_promise_is_what_rotation_does(language):
    from kundereg.reports.notice_texts import notice_text

    profile = validate_profile(preset_profile("dry_cleaner", name="Rens", country="NO", phone="61 17 00 00"))
    assert (profile.backup_keep_daily, profile.backup_keep_weekly) == (7, 8)
    text = pdf_text(profile, language)
    promise = notice_text("backups", language).format(days=7, weeks=8, max_days=56)
    assert " ".join(promise.split()) in text
    assert "at most 7 days" not in text and "when they expire" not in text


def test_pdf_has_metadata_and_page_numbers():
    buffer = io.BytesIO()
    render_pdf(notice_document(gjovik_rens(), "nn", NOW), buffer)
    reader = PdfReader(io.BytesIO(buffer.getvalue()))
    assert reader.metadata.title == "Personvernerklæring – Gjøvik Renseri"
    assert reader.metadata.author == "Gjøvik Renseri"
    pages = len(reader.pages)
    assert pages >= 3
    assert f"Side {pages} av {pages}" in reader.pages[-1].extract_text()
    assert b"/Lang (nn)" in buffer.getvalue()


# -- HTML --------------------------------------------------------------------------------------

def test_html_is_self_contained_escaped_and_says_the_same():
    profile = validate_profile(preset_profile("b2b_supplier", name='Bygg & Betong <AS> "Nord"', country="NO",
                                              processors=(Processor("<script>alert(1)</script>", "crm", "NO"),)))
    document = notice_document(profile, "da", NOW)
    page = render_html(document)
    assert page.startswith("<!DOCTYPE html>") and '<html lang="da">' in page
    assert "<script" not in page and "Bygg &amp; Betong &lt;AS&gt; &quot;Nord&quot;" in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert not re.search(r"(src|href)\s*=|@import|url\(|<link", page)  # nothing loaded from anywhere
    plain = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    for heading in (s.heading for s in document.sections):
        assert heading in plain
    assert "Datatilsynet (Norge)" in plain and "Postboks 458 Sentrum" in plain


# -- record of processing ----------------------------------------------------------------------

def test_ropa_csv_has_one_row_per_purpose_with_art_30_columns():
    profile = validate_profile(preset_profile("web_shop", name="Webbutik Ab", country="FI",
                                              processors=(Processor("Posti", "delivery", "FI", False),
                                                          Processor("Mailer Inc", "email_service", "US"))))
    rows = list(csv.reader(io.StringIO(ropa_csv(profile, "en").decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["Processing activity", "Purpose", "Legal basis", "Data subjects",
                       "Categories of personal data", "Recipients", "Transfers outside the EU/EEA",
                       "Retention period", "Technical and organisational security measures (Art. 32)"]
    assert len(rows) == 1 + len(profile.purposes)
    orders = rows[1]
    assert orders[0] == "Orders and delivery" and orders[1].startswith("Delivering orders to the right address")
    assert "Art. 6(1)(b)" in orders[2] and "the contract with the customer" in orders[2] and "Posti" in orders[5]
    assert "United States" in orders[6]  # the newsletter service is outside the EEA
    marketing = next(r for r in rows if r[0].startswith("Newsletters"))
    assert "Mailer Inc" in marketing[5] and "Until the customer withdraws" in marketing[7]
    # an internal record: "the customer", never "you"
    assert not any(re.search(r"\b(you|your)\b", cell, re.I) for row in rows for cell in row)


def test_ropa_pdf_lists_controller_activities_and_processors():
    buffer = io.BytesIO()
    render_pdf(ropa_document(gjovik_rens(), "nb", NOW), buffer)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    assert "Protokoll over behandlingsaktiviteter" in text and "GDPR artikkel 30 nr. 1" in text
    assert "Oppdrag og henting" in text and "argon2id" in text and "Storgata 10, 2815 Gjøvik" in text


# -- the service -------------------------------------------------------------------------------

def test_service_writes_notice_and_ropa_for_the_owner_only_and_audits(db, shop, owner, counter, tmp_path):
    service = ProfileService(db)
    with pytest.raises(PermissionDenied):
        service.write_notice(counter, "nb", "pdf", tmp_path / "x.pdf")
    with pytest.raises(ValidationErrors) as refused:  # Art. 13(1)(a), 30(1)(a): a way to reach the controller
        service.write_notice(owner, "nb", "pdf", tmp_path / "x.pdf")
    assert set(refused.value.errors) == {"street", "postal_code", "city", "email"}
    with pytest.raises(ValidationErrors, match="Email: or a phone number is needed"):
        service.write_ropa(owner, "csv", tmp_path / "x.csv")
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.csv").exists()
    store_contact(db, clean_contact("NO", {"street": "Storgata 10", "postal_code": "2815", "city": "Gjøvik",
                                           "phone": "61 17 00 00"}))
    service.write_notice(owner, "sv", "html", tmp_path / "notice.html")
    service.write_ropa(owner, "csv", tmp_path / "ropa.csv")
    assert "Integritetspolicy" in (tmp_path / "notice.html").read_text(encoding="utf-8")
    assert (tmp_path / "ropa.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    with db.read() as session:
        details = [json.loads(r.details) for r in session.scalars(
            select(models.AuditEntry).where(models.AuditEntry.action == "report"))]
    assert {"report": "privacy_notice", "language": "sv", "format": "html"} in details
    assert {"report": "ropa", "language": "nb", "format": "csv"} in details


# "you"/"your" in each language, as the notice addresses the reader; the record must not.
YOU = {"nb": r"\b(du|deg|din|ditt|dine)\b", "nn": r"\b(du|deg|din|ditt|dine)\b", "sv": r"\b(du|dig|din|ditt|dina)\b",
       "fi": r"\b(sinä|sinun|sinulle|sinulta|sinusta|sinua)\b", "da": r"\b(du|dig|din|dit|dine)\b",
       "en": r"\b(you|your)\b"}


@pytest.mark.parametrize("preset", ("dry_cleaner", "b2b_supplier", "web_shop", "blank"))
@pytest.mark.parametrize("language", LANGUAGES)
def test_ropa_has_a_purpose_per_activity_in_neutral_wording(preset, language):
    profile = validate_profile(preset_profile(preset, name="Butikk", country="NO", inactive_years=3, consent_years=2))
    rows = list(csv.reader(io.StringIO(ropa_csv(profile, language).decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + len(profile.purposes)
    for row in rows[1:]:
        assert row[1] and row[1] != row[0]  # Art. 30(1)(b): the purpose described, per activity
    for cell in (cell for row in rows for cell in row):
        assert not re.search(YOU[language], cell, re.I), cell
