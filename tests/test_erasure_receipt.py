"""The GDPR Art. 17 erasure receipt, in every report language.

The data is built by hand (no database), with a shop in each Nordic country, several groups of
records the bookkeeping law keeps, and backups that still hold the person or none. Each PDF is
read back with pypdf: the title, reference, dates (in the shop's time zone), what was erased,
each kept group's law and last day, the backups' expiry date, the supervisory authority, the
page footers and the metadata must come back out of the extracted text.
"""
from __future__ import annotations

import dataclasses
import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

from kundereg.domain import legal
from kundereg.domain.catalogue import translate
from kundereg.domain.errors import ValidationError
from kundereg.domain.languages import LANGUAGES
from kundereg.domain.report_data import (BackupInfo, ControllerInfo, ErasureReceiptData, KeptRecords,
                                         VerificationInfo)
from kundereg.domain.retention import INVOICE_BUYER_LAW, RULES, retain_until
from kundereg.reports import receipt_texts as rt
from kundereg.reports import texts
from kundereg.domain.formatting import format_phone
from kundereg.reports.letter import Formatter
from kundereg.reports.page import new_report_password
from kundereg.reports.erasure_receipt import receipt_title, render_erasure_receipt

COUNTRY_OF = {"nb": "NO", "nn": "NO", "sv": "SE", "fi": "FI", "da": "DK", "en": "FI"}
RECEIPT_FIELDS = ("number", "date", "lines", "total")
INVOICE_FIELDS = (*RECEIPT_FIELDS, "buyer_name", "buyer_address", "buyer_org_number")
# The category keys services.erasure produces, in its order.
ERASED = (("contact", 1), ("address", 1), ("company", 1), ("notes", 1), ("consents", 3), ("service_events", 2),
          ("purchases", 17), ("order_notes", 4), ("search_index", 1), ("verification", 1))
STAFF = ("Ola Hansen", "Kari Nordmann")


def make_kept(country: str) -> tuple[KeptRecords, ...]:
    primary = RULES[f"{country}-primary"]
    kept = [KeptRecords("receipt", 14, RECEIPT_FIELDS, primary.law, None, retain_until(primary, date(2024, 5, 2))),
            KeptRecords("receipt", 6, RECEIPT_FIELDS, primary.law, None, retain_until(primary, date(2025, 8, 9))),
            KeptRecords("invoice", 3, INVOICE_FIELDS, primary.law, INVOICE_BUYER_LAW[country],
                        retain_until(primary, date(2026, 2, 20)))]
    if country == "NO":  # only Norway keeps orders that never became a sale
        secondary = RULES["NO-secondary"]
        kept.insert(0, KeptRecords("order", 2, RECEIPT_FIELDS, secondary.law, None,
                                   retain_until(secondary, date(2025, 10, 1))))
    return tuple(kept)


def make_data(language: str = "nb", country: str | None = None, **changes) -> ErasureReceiptData:
    country = country or COUNTRY_OF[language]
    data = ErasureReceiptData(
        controller=ControllerInfo(name="Gjøvik Rens & Bygg AS", org_number="923 456 783", street="Kirkegata 5",
                                  postal_code="2815", city="Gjøvik", country=country, email="post@rens.example",
                                  phone="+4761171234"),
        language=language, reference="2026-0012", request_received_on=date(2026, 11, 2),
        # 23:30 UTC: already 5 November in every shop's time zone
        erased_at=datetime(2026, 11, 4, 23, 30, tzinfo=timezone.utc),
        verification=VerificationInfo(method="photo_id", detail="driving_licence", staff_name=STAFF[1],
                                      at=datetime(2026, 11, 3, 13, 5, tzinfo=timezone.utc)),
        customer_number=1042, erased=ERASED, kept=make_kept(country),
        backups=BackupInfo(backups_before=9, last_taken_at=datetime(2026, 11, 4, 2, 0, tzinfo=timezone.utc),
                           expires_on=date(2027, 1, 6), keep_daily=7, keep_weekly=8),
        staff_name=STAFF[0])
    return replace(data, **changes)


def render(data: ErasureReceiptData, password: str | None = None) -> bytes:
    out = io.BytesIO()
    render_erasure_receipt(data, out, password=password)
    return out.getvalue()


def norm(text: str) -> str:
    """Whitespace (line breaks, no-break spaces) collapsed to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def pages_text(pdf: bytes, password: str | None = None) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return [page.extract_text() for page in reader.pages]


def whole(pdf: bytes) -> str:
    return norm("\n".join(pages_text(pdf)))


@pytest.fixture(scope="module", params=LANGUAGES)
def receipt(request):
    data = make_data(request.param)
    pdf = render(data)
    pages = pages_text(pdf)
    return data, pdf, pages, norm("\n".join(pages))


def appendix_of(data: ErasureReceiptData, text: str) -> str:
    heading = norm(rt.receipt_text("appendix", data.language))
    assert heading in text
    return text[text.index(heading):]


# -- the letter -----------------------------------------------------------------------------


def test_the_first_page_has_title_reference_dates_and_the_controller(receipt):
    data, _pdf, pages, _text = receipt
    lang, first = data.language, norm(pages[0])
    fmt = Formatter(lang, data.controller.country)
    c = data.controller
    assert norm(receipt_title(lang)) in first
    assert norm(rt.receipt_text("subtitle", lang)) in first
    assert norm(f"{texts.word('our_reference', lang)}: {data.reference}") in first
    assert norm(f"{texts.word('request_received', lang)}: {fmt.long(data.request_received_on)}") in first
    assert norm(f"{texts.word('customer_number', lang)}: 1042") in first
    for value in (c.name, c.org_number, c.street, f"{c.postal_code} {c.city}", c.email, format_phone(c.phone)):
        assert norm(value) in first, value
    assert norm(rt.receipt_text("salutation", lang)) in first
    assert norm(rt.receipt_text("done_by", lang).format(staff=STAFF[0], when=fmt.when(data.erased_at))) in first


def test_the_erasure_time_is_the_shops_local_time(receipt):
    data, _pdf, _pages, text = receipt
    fmt = Formatter(data.language, data.controller.country)
    local_day = fmt.long(date(2026, 11, 5))
    assert norm(local_day) in norm(fmt.when(data.erased_at))
    assert norm(f"{texts.word('date', data.language)}: {local_day}") in text
    assert norm(fmt.long(date(2026, 11, 4))) not in text  # the UTC date is printed nowhere


def test_identity_check_is_described_without_an_id_number(receipt):
    data, _pdf, pages, _text = receipt
    lang, first = data.language, norm(pages[0])
    fmt = Formatter(lang, data.controller.country)
    method = texts.verification_phrase("photo_id", "driving_licence", lang)
    assert norm(rt.receipt_text("verified", lang).format(method=method, staff=STAFF[1], when=fmt.when(data.verification.at))) \
        in first
    assert norm(translate(legal.NO_ID_COPY, lang)) in first
    assert "driving_licence" not in first


def test_every_erased_category_is_listed_with_its_count(receipt):
    data, _pdf, _pages, text = receipt
    lang = data.language
    assert norm(rt.receipt_text("h_erased", lang)) in text
    for key, count in data.erased:
        label = texts.label(rt.ERASED, key, lang)
        assert label != key, key
        expected = f"{label} ({count})" if key in rt.COUNTED else label
        assert norm(expected) in text, key
        if key not in rt.COUNTED:
            assert norm(f"{label} (1)") not in text, key  # one block of fields: no count


def test_the_letter_says_why_each_kind_of_record_is_kept(receipt):
    data, _pdf, _pages, text = receipt
    lang = data.language
    letter = text[:text.index(norm(rt.receipt_text("appendix", lang)))]
    assert norm(rt.receipt_text("kept_intro", lang).format(article=translate(rt.ART17_3B, lang))) in letter
    assert norm(rt.receipt_text("kept_receipt", lang)) in letter
    buyer_law = INVOICE_BUYER_LAW[data.controller.country]
    cited = legal.cite(buyer_law, lang)
    assert norm(rt.receipt_text("kept_invoice", lang).format(law_ref=f" ({cited})")) in letter
    assert (norm(rt.receipt_text("kept_order", lang)) in letter) == (data.controller.country == "NO")


def test_the_backups_that_still_hold_the_data_and_their_expiry(receipt):
    data, _pdf, _pages, text = receipt
    lang = data.language
    fmt = Formatter(lang, data.controller.country)
    assert norm(rt.receipt_text("backups_many", lang).format(count=9)) in text
    assert norm(rt.receipt_text("backups_body", lang).format(daily=7, weekly=8)) in text
    # expires_on is 6 January, the last day a copy may be kept: deleted by the 7th
    deleted_by = fmt.long(date(2027, 1, 7))
    assert norm(rt.receipt_text("backups_expire", lang).format(expires=deleted_by)) in text
    assert "at most" not in text and "at the latest (if the register is not in use" in norm(
        rt.receipt_text("backups_expire", "en"))
    assert norm(rt.receipt_text("backups_restore", lang)) in text
    assert norm(rt.receipt_text("backups_none", lang)) not in text


def test_the_customer_number_and_the_logs(receipt):
    data, _pdf, _pages, text = receipt
    lang = data.language
    assert norm(rt.receipt_text("number_text", lang).format(number=1042)) in text
    assert norm(rt.receipt_text("log_text", lang)) in text


def test_questions_and_the_supervisory_authority(receipt):
    data, _pdf, _pages, text = receipt
    lang = data.language
    assert data.reference in text and "post@rens.example" in text
    authority = legal.supervisory_authority(data.controller.country)
    assert norm(authority.name(lang)) in text
    assert norm(" ".join(authority.address_lines(lang))) in text
    assert authority.website in text
    assert norm(translate(legal.COMPLAINT, lang)) in text
    assert norm(f"{texts.word('regards', lang)} {STAFF[0]} {data.controller.name}") in text


# -- the appendix ---------------------------------------------------------------------------


def test_each_kept_group_is_a_row_with_its_law_and_last_day(receipt):
    data, _pdf, _pages, text = receipt
    lang = data.language
    fmt = Formatter(lang, data.controller.country)
    appendix = appendix_of(data, text)
    for key in ("col_what", "col_count", "col_remains", "col_basis", "col_until"):
        assert norm(rt.receipt_text(key, lang)) in appendix, key
    starts, position = [], 0
    for group in data.kept:
        found = appendix.find(norm(f"{texts.label(rt.KEPT_KIND, group.kind, lang)} {group.count} "), position)
        assert found >= 0, (group.kind, group.count)
        starts.append(found)
        position = found + 1
    for i, group in enumerate(data.kept):
        row = appendix[starts[i]:starts[i + 1] if i + 1 < len(starts) else len(appendix)]
        assert norm(group.law) in row, group
        assert norm(fmt.long(group.until)) in row, group
        basis = translate(rt.ART17_3B, lang)
        assert norm(basis[:1].upper() + basis[1:]) in row
        for line in legal.legal_basis_lines("c", lang):
            assert norm(line) in row
        for field in group.fields:
            assert norm(texts.label(rt.KEPT_FIELD, field, lang)).lower() in row.lower(), field
        if group.buyer_law:
            assert norm(rt.receipt_text("buyer_law", lang).format(law=group.buyer_law)) in row
        else:
            assert "buyer" not in row and norm(texts.label(rt.KEPT_FIELD, "buyer_name", lang)) not in row


def test_the_kept_until_dates_are_the_retention_rule_dates():
    data = make_data("nb")
    by_kind = {(g.kind, g.count): g.until for g in data.kept}
    assert by_kind[("receipt", 14)] == date(2029, 12, 31)    # 2024 + 5 years
    assert by_kind[("order", 2)] == date(2029, 6, 30)        # 2025 + 3.5 years
    text = appendix_of(data, whole(render(data)))
    assert "31. desember 2029" in text and "30. juni 2029" in text and "31. desember 2031" in text


# -- the document ---------------------------------------------------------------------------


def test_every_page_has_an_x_of_y_footer(receipt):
    data, _pdf, pages, _text = receipt
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert texts.word("page_of", data.language).format(page=number, pages=len(pages)) in page
        assert data.reference in page


def test_pdf_metadata(receipt):
    data, pdf, _pages, _text = receipt
    reader = PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta.title == f"{receipt_title(data.language)} – {data.reference}"
    assert meta.author == data.controller.name
    assert data.reference in meta.subject and rt.receipt_text("subtitle", data.language) in meta.subject
    assert reader.trailer["/Root"]["/Lang"] == data.language


def test_fonts_are_embedded(receipt):
    _data, pdf, _pages, _text = receipt
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font \
                else font["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()


def test_no_one_but_the_staff_is_named():
    """The receipt has no name or address of the person to print: the customer number only."""
    names = {f.name for f in dataclasses.fields(ErasureReceiptData)}
    assert not {"customer", "name", "first_name", "last_name", "address", "email", "mobile"} & names
    for table in (rt.WORDS, rt.ERASED, rt.KEPT_KIND, rt.KEPT_FIELD):
        for entry in table.values():
            assert not any("{name}" in translate(entry, lang) for lang in LANGUAGES)
    # a typed ID number where the ID type belongs never reaches the receipt
    data = make_data("nb")
    data = replace(data, verification=replace(data.verification, detail="12345678901"))
    text = whole(render(data))
    assert "12345678901" not in text
    assert norm(rt.receipt_text("salutation", "nb")) in text and "1042" in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_without_backups_it_says_none_hold_the_data(language):
    data = make_data(language, backups=BackupInfo(0, None, None, 7, 8))
    text = whole(render(data))
    assert norm(rt.receipt_text("backups_none", language)) in text
    assert norm(rt.receipt_text("backups_restore", language)) not in text
    assert norm(Formatter(language, data.controller.country).long(date(2027, 1, 6))) not in text


def test_one_backup_and_an_unknown_expiry():
    data = make_data("sv", backups=BackupInfo(1, None, None, 7, 8))
    text = whole(render(data))
    assert norm(rt.receipt_text("backups_one", "sv")) in text
    assert norm(rt.receipt_text("backups_body", "sv").format(daily=7, weekly=8)) in text
    assert norm(rt.receipt_text("backups_expire", "sv").split("{")[0]) not in text  # no expiry sentence without a date


@pytest.mark.parametrize("language", ["nb", "da"])
def test_nothing_kept_means_no_appendix(language):
    data = make_data(language, kept=(), erased=(("contact", 1), ("consents", 0), ("search_index", 1),
                                                ("verification", 1)))
    pages = pages_text(render(data))
    text = norm("\n".join(pages))
    assert norm(rt.receipt_text("kept_none", language)) in text
    assert norm(rt.receipt_text("appendix", language)) not in text
    assert norm(texts.label(rt.ERASED, "consents", language)) not in text  # nothing erased there: not listed


def test_an_invoice_without_a_known_buyer_provision():
    data = make_data("en")
    data = replace(data, kept=tuple(replace(g, buyer_law=None) for g in data.kept))
    text = whole(render(data))
    assert norm(rt.receipt_text("kept_invoice", "en").format(law_ref="")) in text
    assert "Buyer's details:" not in text


def test_no_identity_check_recorded():
    text = whole(render(make_data("fi", verification=None)))
    assert norm(texts.word("not_verified", "fi")) in text


def test_a_country_without_an_authority_entry_points_to_the_edpb_list():
    data = make_data("en", country="NO")
    data = replace(data, controller=replace(data.controller, country="IS"))
    text = whole(render(data))
    assert norm(translate(legal.AUTHORITY_UNKNOWN, "en")) in text


def test_written_to_a_path(tmp_path):
    target = tmp_path / "sletting.pdf"
    render_erasure_receipt(make_data("nn"), target)
    assert target.read_bytes().startswith(b"%PDF")
    render_erasure_receipt(make_data("nn"), str(tmp_path / "sletting2.pdf"), password="ABCD-EFGH")
    assert PdfReader(tmp_path / "sletting2.pdf").is_encrypted


def test_unknown_language_is_refused():
    with pytest.raises(ValidationError):
        render(replace(make_data("nb"), language="de"))


def test_password_protected_receipt_needs_the_password():
    data = make_data("nb")
    password = new_report_password()
    pdf = render(data, password=password)
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"].get_object()
    assert encrypt["/V"] == 5 and encrypt["/R"] == 6  # AES-256, PDF 2.0 security handler
    with pytest.raises(FileNotDecryptedError):
        reader.pages[0].extract_text()
    wrong = PdfReader(io.BytesIO(pdf))
    assert not wrong.decrypt("WRONG-PASS-WORD-0000")
    text = norm("\n".join(pages_text(pdf, password=password)))
    assert norm(receipt_title("nb")) in text and "2026-0012" in text


def test_empty_password_is_refused():
    with pytest.raises(ValueError):
        render(make_data("nb"), password="")


# -- the texts ------------------------------------------------------------------------------


def test_every_kind_the_erasure_reports_has_its_wording():
    """Completeness of the translations is tests/test_documents_catalogues.py's job."""
    assert {key for key, _ in ERASED} <= set(rt.ERASED)
    assert set(INVOICE_FIELDS) <= set(rt.KEPT_FIELD)


def test_titles_use_each_languages_gdpr_term():
    expected = {"nb": "Kvittering for sletting", "nn": "Kvittering for sletting", "sv": "Kvitto på radering",
                "fi": "Kuitti tietojen poistamisesta", "da": "Kvittering for sletning", "en": "Erasure receipt"}
    for language, title in expected.items():
        assert receipt_title(language) == title
    with pytest.raises(ValidationError):  # a language without a catalogue is an error, never English
        rt.receipt_text("title", "de")


@pytest.mark.parametrize("language", LANGUAGES)
def test_signed_with_the_full_name_and_the_role_in_the_letters_language(language):
    data = make_data(language, staff_name="Eva Holm", staff_role="owner")
    text = whole(render(data))
    role = translate(texts.STAFF_ROLES["owner"], language)
    assert norm(f"Eva Holm {role} {data.controller.name}") in text
    if language in ("sv", "fi", "da"):
        assert " eier " not in text.lower()  # a Norwegian word in another language's letter



def test_a_swedish_receipt_of_a_finnish_shop_cites_the_acts_by_their_swedish_names():
    text = whole(render(make_data("sv", "FI")))
    assert norm("bokföringslagen (1336/1997) 2 kap. 10 § (verifikationer)") in text
    assert norm("mervärdesskattelagen (1501/1993) 209 e §") in text
    assert "kirjanpitolaki" not in text and "arvonlisäverolaki" not in text
    finnish = whole(render(make_data("fi", "FI")))
    assert norm("kirjanpitolaki (1336/1997) 2 luku 10 § (tositteet)") in finnish
