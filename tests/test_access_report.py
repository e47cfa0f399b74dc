"""The GDPR Art. 15 access report: everything held is in the PDF, in every report language.

The data is built by hand from domain records (no database). Each PDF is read back with pypdf:
every field value, every purchase (number, date, description, status, amount as formatted),
every section heading, the supervisory authority, the identity check, the page footers and
the metadata must come back out of the extracted text.
"""
from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from kundereg.domain import legal
from kundereg.domain.catalogue import translate
from kundereg.domain.errors import ValidationError
from kundereg.domain.languages import COUNTRY_LANGUAGE
from kundereg.domain.languages import LANGUAGES
from kundereg.domain.presets import preset_profile
from kundereg.domain.profile_texts import purpose_categories
from kundereg.domain.enums import PurchaseStatus, ServiceEventKind, ServiceEventStatus
from kundereg.domain.records import Consent, Customer, Purchase, PurchaseLine, ServiceEvent
from kundereg.domain.report_data import AccessReportData, ControllerInfo, RequestSummary, VerificationInfo
from kundereg.reports import texts
from kundereg.domain.formatting import format_phone
from kundereg.reports.access_report import purchase_description, render_access_report
from kundereg.reports.letter import Formatter
from kundereg.reports.page import PASSWORD_ALPHABET, new_report_password

COUNTRY_OF = {"nb": "NO", "nn": "NO", "sv": "SE", "fi": "FI", "da": "DK", "en": "NO"}
CURRENCY_OF = {"NO": "NOK", "SE": "SEK", "FI": "EUR", "DK": "DKK"}
UNICODE_NAMES = [("Åse", "Ødegård"), ("Łukasz", "Żółć"), ("Nguyễn Thị", "Ánh"), ("Zoë", "Ærø-Ünal")]
T0 = datetime(2023, 1, 9, 8, 30, tzinfo=timezone.utc)
ITEMS = ("Skjorte", "Dress, 2 deler", "Betong B30, m³", "Gardiner, per meter", "Dunjakke", "Brudekjole")
STATUSES = (PurchaseStatus.PICKED_UP, PurchaseStatus.DELIVERED, PurchaseStatus.READY, PurchaseStatus.RECEIVED,
            PurchaseStatus.RETURNED, PurchaseStatus.CANCELLED)


def make_customer(first: str = "Åse", last: str = "Ødegård", **changes) -> Customer:
    customer = Customer(
        id=1042, version=3, first_name=first, last_name=last, mobile="+4791234567", email="kunde.1042@example.no",
        street="Storgata 12 B", postal_code="2821", city="Gjøvik", country="NO", company_name="Ødegård Bygg AS",
        org_number="987654321", invoice_email="faktura@odegard-bygg.example", notes="Fast kunde.\nRing før levering.",
        created_at=T0, updated_at=T0 + timedelta(days=30), last_activity_at=T0 + timedelta(days=200))
    return replace(customer, **changes)


def make_purchases(count: int, currency: str) -> tuple[Purchase, ...]:
    purchases = []
    for i in range(count):
        lines = tuple(PurchaseLine(ITEMS[(i + k) % len(ITEMS)], 1 + (i + k) % 3, 4900 + 1000 * ((i * 7 + k) % 23))
                      for k in range(1 + i % 3))
        at = T0 + timedelta(days=3 * i, hours=i % 9)
        purchases.append(Purchase(
            id=500 + i, number=7000 + i, customer_id=1042, purchased_at=at,
            description="Rens av brudekjole, ekstra skånsom behandling" if i % 5 == 2 else None, lines=lines,
            total_minor=sum(line.amount_minor for line in lines), currency=currency, status=STATUSES[i % len(STATUSES)],
            status_changed_at=at, due_date=None, version=1))
    return tuple(purchases)


def make_data(language: str = "nb", purchases: int = 45, first: str = "Åse", last: str = "Ødegård",
              country: str | None = None, **changes) -> AccessReportData:
    country = country or COUNTRY_OF[language]
    currency = CURRENCY_OF.get(country, "EUR")
    bought = make_purchases(purchases, currency)
    data = AccessReportData(
        controller=ControllerInfo(name="Gjøvik Rens & Bygg AS", org_number="923 456 783", street="Kirkegata 5",
                                  postal_code="2815", city="Gjøvik", country=country, email="post@rens.example",
                                  phone="+4761171234"),
        language=language, reference="2026-0007", generated_at=datetime(2026, 11, 4, 10, 0, tzinfo=timezone.utc),
        request_received_on=date(2026, 11, 2),
        verification=VerificationInfo(method="photo_id", detail="driving_licence", staff_name="Kari Nordmann",
                                      at=datetime(2026, 11, 3, 13, 5, tzinfo=timezone.utc)),
        customer=make_customer(first, last),
        shown_fields=("first_name", "last_name", "mobile", "email", "street", "postal_code", "city", "company_name",
                      "org_number", "invoice_email", "notes"),
        consents=(Consent(1, 1042, "Nyhetsbrev på e-post", T0, T0 + timedelta(days=90), "counter", 3),
                  Consent(2, 1042, "Tilbud på SMS", T0 + timedelta(days=5), None, "web", None)),
        purchases=bought,
        service_events=(
            ServiceEvent(1, 1042, bought[1].id if len(bought) > 1 else None, ServiceEventKind.COMPLAINT,
                         ServiceEventStatus.RESOLVED, "Flekken er ikke borte etter rens.", T0 + timedelta(days=8),
                         T0 + timedelta(days=12)),
            ServiceEvent(2, 1042, None, ServiceEventKind.REPAIR, ServiceEventStatus.OPEN, "Sy fast fôret i frakken.",
                         T0 + timedelta(days=60), None),
            ServiceEvent(3, 1042, None, ServiceEventKind.RETURN, ServiceEventStatus.REJECTED,
                         "Retur av sement etter 40 dager.", T0 + timedelta(days=70), T0 + timedelta(days=71))),
        requests=(RequestSummary("2024-0003", "objection", date(2024, 3, 1), "completed", date(2024, 3, 5)),
                  RequestSummary("2026-0007", "access", date(2026, 11, 2), "identity_verified", None)),
        categories=blank_categories(language, country), staff_name="Kari Nordmann")
    return replace(data, **changes)


def blank_categories(language: str, country: str):
    """What a register without a profile prints: the blank preset's purposes."""
    profile = preset_profile("blank", name="Gjøvik Rens & Bygg AS", country=country)
    return purpose_categories(profile, language)


def render(data: AccessReportData, password: str | None = None) -> bytes:
    out = io.BytesIO()
    render_access_report(data, out, password=password)
    return out.getvalue()


def norm(text: str) -> str:
    """Whitespace (line breaks, no-break and narrow no-break spaces) collapsed to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def pages_text(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


@pytest.fixture(scope="module", params=LANGUAGES)
def report(request):
    data = make_data(request.param)
    pdf = render(data)
    pages = pages_text(pdf)
    return data, pdf, pages, norm("\n".join(pages))


def test_every_field_value_is_in_the_report(report):
    data, _pdf, _pages, text = report
    cu, lang = data.customer, data.language
    for value in (cu.first_name, cu.last_name, format_phone(cu.mobile), cu.email, cu.street, cu.postal_code, cu.city,
                  cu.company_name, cu.org_number, cu.invoice_email, *cu.notes.split("\n"), str(cu.id)):
        assert norm(value) in text, value
    for field in data.shown_fields:
        assert norm(texts.label(texts.FIELD_LABELS, field, lang)) in text, field
    fmt = Formatter(lang, data.controller.country)
    for when in (cu.created_at, cu.updated_at, cu.last_activity_at):
        assert norm(fmt.long(when)) in text


def test_a_field_the_shop_no_longer_shows_is_still_listed_when_it_holds_a_value():
    data = make_data("en", purchases=1, shown_fields=("first_name", "last_name", "notes"))
    text = norm("\n".join(pages_text(render(data))))
    assert "kunde.1042@example.no" in text and "Storgata 12 B" in text and "faktura@odegard-bygg.example" in text


def test_every_purchase_is_in_the_report_with_date_number_description_status_and_amount(report):
    data, _pdf, _pages, text = report
    fmt = Formatter(data.language, data.controller.country)
    ordered = sorted(data.purchases, key=lambda p: (p.purchased_at, p.number))
    starts = []
    position = 0
    for p in ordered:
        key = f"{fmt.short(p.purchased_at)} {p.number} "
        found = text.find(norm(key), position)
        assert found >= 0, f"purchase {p.number} ({key!r}) missing or out of order"
        starts.append(found)
        position = found + 1
    for i, p in enumerate(ordered):
        row = text[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(text)]
        assert norm(purchase_description(p)) in row, p.number
        assert norm(fmt.money(p.total_minor, p.currency)) in row, p.number
        assert norm(texts.label(texts.PURCHASE_STATUS, p.status.value, data.language)) in row, p.number
    counted = sum(p.total_minor for p in data.purchases if p.status not in (PurchaseStatus.CANCELLED,
                                                                          PurchaseStatus.RETURNED))
    assert norm(f"{texts.word('total', data.language)} {fmt.money(counted, ordered[0].currency)}") in text


def test_consents_service_events_and_requests_are_in_the_report(report):
    data, _pdf, _pages, text = report
    lang = data.language
    fmt = Formatter(lang, data.controller.country)
    for c in data.consents:
        assert norm(f"{c.purpose} {fmt.short(c.given_at)}") in text
        assert norm(texts.label(texts.CONSENT_SOURCE, c.source, lang)) in text
    assert norm(fmt.short(data.consents[0].withdrawn_at)) in text
    assert norm(texts.word("still_valid", lang)) in text
    for e in data.service_events:
        assert norm(f"{fmt.short(e.opened_at)} {texts.label(texts.EVENT_KIND, e.kind, lang)}") in text
        assert norm(e.description) in text
        assert norm(texts.label(texts.EVENT_STATUS, e.status, lang)) in text
    for r in data.requests:
        assert norm(f"{r.reference} {texts.label(texts.REQUEST_KIND, r.kind, lang)} {fmt.short(r.received_on)}") in text
        assert norm(texts.label(texts.REQUEST_STATUS, r.status, lang)) in text


def body_text(pages: list[str]) -> str:
    """The pages without their footer (and, from page 2, running header): a paragraph that goes
    on over a page break reads as one."""
    return norm("\n".join("\n".join(page.splitlines()[:-2 if number == 0 else -4])
                          for number, page in enumerate(pages)))


def test_every_required_section_is_there(report):
    data, _pdf, pages, _text = report
    text = body_text(pages)
    lang = data.language
    for key, heading in legal.SECTION_HEADINGS.items():
        assert norm(translate(heading, lang)) in text, key
    assert norm(translate(legal.DOCUMENT_TITLE, lang)) in text
    # Art. 15(1)(a)-(d), (g): purpose, legal basis, retention, recipients and source per purpose
    assert data.categories
    for cat in data.categories:
        assert norm(cat.title) in text, cat.key
        for piece in (cat.purpose, cat.retention, cat.source, *cat.recipients,
                      *legal.legal_basis_lines(cat.legal_basis, lang)):
            assert norm(piece) in text, (cat.key, piece)
    for label in ("legal_basis", "retention", "recipients", "source"):
        assert norm(texts.word(label, lang)) in text
    # Art. 15(1)(e), 7(3), 77: every right with its explanation; how to use them
    for right in legal.RIGHTS:
        assert norm(translate(right.title, lang)) in text, right.key
        assert norm(translate(right.explanation, lang)) in text, right.key
    assert "post@rens.example" in text
    # Art. 15(1)(h) and 15(2)
    assert norm(translate(legal.AUTOMATED_DECISIONS, lang)) in text
    assert norm(translate(legal.NO_THIRD_COUNTRY_TRANSFERS, lang)) in text


def test_the_supervisory_authority_of_the_shops_country_is_named_with_address_and_website(report):
    data, _pdf, _pages, text = report
    authority = legal.supervisory_authority(data.controller.country)
    assert authority is not None
    assert norm(authority.name(data.language)) in text
    assert norm(" ".join(authority.address_lines(data.language))) in text
    assert authority.website in text
    assert norm(translate(legal.COMPLAINT, data.language)) in text


def test_the_letterhead_names_the_controller(report):
    data, _pdf, pages, _text = report
    first = norm(pages[0])
    c = data.controller
    for value in (c.name, c.org_number, c.street, f"{c.postal_code} {c.city}", c.email, format_phone(c.phone),
                  data.reference, data.staff_name):
        assert norm(value) in first, value
    assert norm(texts.word("salutation", data.language).format(name=data.customer.display_name)) in first


def test_identity_verification_is_described_without_an_id_number(report):
    data, _pdf, pages, _text = report
    first = norm(pages[0])
    lang = data.language
    fmt = Formatter(lang, data.controller.country)
    assert norm(texts.label(texts.VERIFICATION_METHOD, "photo_id", lang)) in first
    assert norm(texts.label(texts.PHOTO_ID_TYPE, "driving_licence", lang)) in first  # the ID type, not a number
    assert norm(fmt.when(data.verification.at)) in first
    assert "Kari Nordmann" in first
    assert norm(translate(legal.NO_ID_COPY, lang)) in first
    assert "driving_licence" not in first


def test_a_detail_that_is_not_a_known_label_is_never_printed():
    """A number typed where the ID type belongs must not reach the letter."""
    data = make_data("nb", purchases=2)
    data = replace(data, verification=replace(data.verification, detail="12345678901"))
    text = norm("\n".join(pages_text(render(data))))
    assert "12345678901" not in text
    assert norm(texts.label(texts.VERIFICATION_METHOD, "photo_id", "nb")) in text


def test_every_page_has_an_x_of_y_footer(report):
    data, _pdf, pages, _text = report
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):
        assert texts.word("page_of", data.language).format(page=number, pages=len(pages)) in page


def test_pdf_metadata(report):
    data, pdf, _pages, _text = report
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == f"{translate(legal.DOCUMENT_TITLE, data.language)} – {data.customer.display_name}"
    assert meta.author == data.controller.name
    assert data.reference in meta.subject and translate(legal.DOCUMENT_SUBJECT, data.language) in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == data.language


def test_fonts_are_embedded(report):
    _data, pdf, _pages, _text = report
    reader = PdfReader(io.BytesIO(pdf))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    for ref in fonts.values():
        font = ref.get_object()
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font \
            else font["/FontDescriptor"]
        assert "/FontFile2" in descriptor.get_object()


@pytest.mark.parametrize("first,last", UNICODE_NAMES)
@pytest.mark.parametrize("language", ["nb", "en"])
def test_unicode_names_come_back_unchanged(first, last, language):
    data = make_data(language, purchases=3, first=first, last=last)
    raw = "\n".join(pages_text(render(data)))
    name = f"{first} {last}"
    assert name in raw  # exactly as typed, not merely after normalisation
    assert name in PdfReader(io.BytesIO(render(data))).metadata.title


def test_a_long_history_runs_over_many_pages_and_keeps_every_purchase():
    data = make_data("sv", purchases=400)
    pages = pages_text(render(data))
    text = norm("\n".join(pages))
    fmt = Formatter("sv", "SE")
    assert len(pages) > 10
    for p in data.purchases:
        assert norm(f"{fmt.short(p.purchased_at)} {p.number} ") in text
    header = norm(texts.word("col_description", "sv"))
    assert sum(header in norm(page) for page in pages) >= 9  # the column headings repeat on each page
    assert texts.word("page_of", "sv").format(page=len(pages), pages=len(pages)) in pages[-1]


def test_empty_history_says_so():
    data = make_data("da", purchases=0, consents=(), service_events=(), requests=())
    text = norm("\n".join(pages_text(render(data))))
    for key in ("purchases_none", "consents_none", "events_none", "requests_none"):
        assert norm(texts.word(key, "da")) in text


def test_a_country_without_an_authority_entry_points_to_the_edpb_list():
    data = make_data("en", purchases=1, country="IS")
    text = norm("\n".join(pages_text(render(data))))
    assert norm(translate(legal.AUTHORITY_UNKNOWN, "en")) in text


def test_categories_from_the_shop_profile_are_printed():
    own = blank_categories("en", "NO")[0]
    own = replace(own, purpose="To post you our catalogue twice a year.", recipients=("Posten Norge AS",))
    data = make_data("en", purchases=1, categories=(own,))
    text = norm("\n".join(pages_text(render(data))))
    assert "To post you our catalogue twice a year." in text and "Posten Norge AS" in text


def test_written_to_a_path(tmp_path):
    target = tmp_path / "innsyn.pdf"
    render_access_report(make_data("nn", purchases=2), target)
    assert target.read_bytes().startswith(b"%PDF")
    render_access_report(make_data("nn", purchases=2), str(tmp_path / "innsyn2.pdf"), password="ABCD-EFGH")
    assert PdfReader(tmp_path / "innsyn2.pdf").is_encrypted


def test_unknown_language_is_refused():
    with pytest.raises(ValidationError):
        render(replace(make_data("nb", purchases=1), language="de"))


# -- password protection -------------------------------------------------------------------


def test_password_protected_report_needs_the_password():
    data = make_data("nb", purchases=5)
    password = new_report_password()
    pdf = render(data, password=password)
    assert b"Nordmann" not in pdf and "Ødegård".encode("utf-16-be") not in pdf

    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6  # AES-256, PDF 2.0 security handler
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()

    wrong = PdfReader(io.BytesIO(pdf))
    assert not wrong.decrypt("WRONG-PASS-WORD-0000")
    with pytest.raises(FileNotDecryptedError):
        wrong.pages[0].extract_text()

    text = norm("\n".join(pages_text(pdf, password=password)))
    assert "Åse Ødegård" in text and "7000" in text


def test_empty_password_is_refused():
    with pytest.raises(ValueError):
        render(make_data("nb", purchases=1), password="")


def test_new_report_password_is_readable_and_random():
    passwords = {new_report_password() for _ in range(50)}
    assert len(passwords) == 50
    for password in passwords:
        assert re.fullmatch(r"[A-Z0-9]{4}(-[A-Z0-9]{4}){3}", password)
        assert set(password.replace("-", "")) <= set(PASSWORD_ALPHABET)
    assert not set("01OIL") & set(PASSWORD_ALPHABET)


# -- the legal texts -----------------------------------------------------------------------


def test_each_country_has_its_authority_and_bookkeeping_rule():
    expected = {"NO": ("Datatilsynet", "Postboks 458 Sentrum", "0105 Oslo", "www.datatilsynet.no"),
                "SE": ("Integritetsskyddsmyndigheten", "Box 8114", "104 20 Stockholm", "www.imy.se"),
                "FI": ("Tietosuojavaltuutetun toimisto", "PL 800", "00531 Helsinki", "www.tietosuoja.fi"),
                "DK": ("Datatilsynet", "Carl Jacobsens Vej 35", "2500 Valby", "www.datatilsynet.dk")}
    for country, (name, street, town, web) in expected.items():
        authority = legal.supervisory_authority(country)
        local = COUNTRY_LANGUAGE[country]
        assert authority.name(local).startswith(name)
        assert authority.address_lines(local) == (street, town)
        assert authority.website == web
    assert "§ 13" in translate(legal.BOOKKEEPING_RETENTION["NO"], "nb")
    assert "7 kap. 2 §" in translate(legal.BOOKKEEPING_RETENTION["SE"], "sv")
    assert "2 luvun 10 §" in translate(legal.BOOKKEEPING_RETENTION["FI"], "fi")
    assert "bogføringsloven" in translate(legal.BOOKKEEPING_RETENTION["DK"], "da")


def test_legal_basis_letters():
    assert legal.legal_basis_letters("b,c") == ("b", "c")
    assert legal.legal_basis_letters("F") == ("f",)
    assert legal.legal_basis_letters("x") == ()
    assert legal.legal_basis_lines("a", "en") == ("GDPR Art. 6(1)(a): consent",)
    assert legal.legal_basis_lines("f", "nb") == ("GDPR art. 6 nr. 1 bokstav f: berettiget interesse",)


@pytest.mark.parametrize("language", LANGUAGES)
def test_signed_with_the_full_name_and_the_role(language):
    data = replace(make_data(language, purchases=1), staff_name="Eva Eier", staff_role="counter")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(render(data))).pages)
    role = translate(texts.STAFF_ROLES["counter"], language)
    assert f"Eva Eier {role} {data.controller.name}" in text
