"""The counter ticket and garment tags: built from a recorded order, rendered, read back.

Text and page sizes come back out of the PDF with pypdf; the barcodes are decoded back with
zbarimg from pdftoppm's 203 dpi pages (the resolution of a thermal receipt printer).
"""
from __future__ import annotations

import io
from datetime import date, datetime, timezone

import pytest
from pypdf import PdfReader

from kundereg.domain.access import PermissionDenied, VerificationRequired
from kundereg.domain.errors import NotFoundError
from kundereg.domain.records import PurchaseInput, PurchaseLineInput
from kundereg.domain.ticket_code import ticket_code
from kundereg.domain.ticket_data import LABEL_SIZES, Letterhead, TagMode, TicketData, TicketFormat, TicketLine, tags_for
from kundereg.reports.tags import render_tags
from kundereg.reports.ticket import TEXTS, render_ticket
from kundereg.services.tickets import TicketService

from ticket_helpers import decode_pages

MM = 72 / 25.4
LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")


def sample(language: str = "nb", **changes) -> TicketData:
    values = dict(
        shop=Letterhead("Rens & Press Grünerløkka", "Thorvald Meyers gate 12", "0555", "Oslo", "+4722334455",
                        "923 609 016"),
        language=language, country="NO", number=427, code=ticket_code(427),
        received_at=datetime(2026, 12, 4, 9, 15, tzinfo=timezone.utc), due_date=date(2026, 12, 8),
        lines=(TicketLine("Dress, 2 deler", 1, 24900), TicketLine("Skjorte", 3, 5900),
               TicketLine("Vinterfrakk med pelskrage", 1, 34900)),
        total_minor=24900 + 3 * 5900 + 34900, currency="NOK", customer_name="Åse Kristoffersen-Øvergård")
    values.update(changes)
    return TicketData(**values)


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def size_mm(page) -> tuple[float, float]:
    return round(float(page.mediabox.width) / MM, 1), round(float(page.mediabox.height) / MM, 1)


# -- the service -------------------------------------------------------------------------------


@pytest.fixture
def order(purchases, kari, owner):
    return purchases.record(owner, kari.id, PurchaseInput(
        lines=(PurchaseLineInput("Dress", 1, 29900), PurchaseLineInput("Skjorte", 2, 8950)),
        due_date=date(2026, 12, 8)))


def test_the_ticket_of_an_order_names_the_customer_and_nothing_else_about_them(db, order, owner, kari):
    data = TicketService(db).ticket(owner, order.number)
    assert (data.number, data.code, data.customer_name) == (order.number, ticket_code(order.number), "Kari Sørensen")
    assert (data.total_minor, data.currency, data.due_date, data.pieces) == (29900 + 2 * 8950, "NOK",
                                                                            date(2026, 12, 8), 3)
    assert data.shop.name == "Gjøvik Rens AS"
    pdf = render_ticket(data)
    text = text_of(pdf)
    assert "Kari Sørensen" in text
    for private in (kari.mobile, "912 34 567", "91234567", kari.email, kari.street, kari.postal_code):
        assert private not in text


def test_printing_a_ticket_is_audited_without_its_content(db, order, owner, audit):
    TicketService(db).ticket(owner, order.number, purpose="tags")
    entry = audit.entries(owner, limit=1)[0]
    assert (entry.action, entry.details) == ("report", {"report": "tags", "ticket": order.number})


def test_the_ticket_needs_the_identity_gate_like_opening_the_order(db, order, counter, kari, identity):
    tickets = TicketService(db)
    assert tickets.customer_of(counter, order.number) == kari.id
    with pytest.raises(VerificationRequired):
        tickets.ticket(counter, order.number)
    identity.verify_photo_id(counter, kari.id, "driving_licence")
    assert tickets.ticket(counter, order.number).customer_name == "Kari Sørensen"


def test_no_session_no_ticket_and_an_unknown_ticket_is_named(db, order, owner):
    with pytest.raises(PermissionDenied):
        TicketService(db).ticket(None, order.number)
    with pytest.raises(NotFoundError):
        TicketService(db).ticket(owner, 9999)


# -- the rendered ticket ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt, width, height", [("receipt80", 80, None), ("receipt58", 58, None),
                                                 ("a5", 148, 210), ("a4", 210, 297)])
def test_each_format_has_its_page_size(fmt, width, height):
    pages = PdfReader(io.BytesIO(render_ticket(sample(), fmt))).pages
    assert len(pages) == 1
    w, h = size_mm(pages[0])
    assert w == pytest.approx(width, abs=0.2)
    if height is None:  # a roll: as long as the ticket, so the cutter cuts right after it
        assert 90 < h < 250
    else:
        assert h == pytest.approx(height, abs=0.2)


def test_a_longer_order_makes_a_longer_roll():
    short = size_mm(PdfReader(io.BytesIO(render_ticket(sample()))).pages[0])[1]
    lines = tuple(TicketLine(f"Skjorte {i}", 1, 5900) for i in range(30))
    long = size_mm(PdfReader(io.BytesIO(render_ticket(sample(lines=lines, total_minor=30 * 5900)))).pages[0])[1]
    assert long > short + 60


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_ticket_speaks_the_document_language(language):
    text = text_of(render_ticket(sample(language)))
    for key in ("title", "received", "due", "customer", "total"):
        assert TEXTS[key][language] in text
    assert "KR0004270" in text and "427" in text
    assert "Åse Kristoffersen-Øvergård" in " ".join(text.split())


def test_money_and_dates_are_formatted_for_the_shop():
    text = text_of(render_ticket(sample("nb")))
    for amount in ("249,00 kr", "177,00 kr", "775,00 kr", "59,00 kr"):
        assert amount in text.replace("\xa0", " ")
    assert "08.12.2026" in text


def test_every_text_has_every_language():
    for key, texts in TEXTS.items():
        assert set(texts) == set(LANGUAGES), key


def test_an_order_without_lines_prints_its_description():
    data = sample(lines=(), description="Rens av gardiner, 6 m", total_minor=45000)
    text = text_of(render_ticket(data))
    assert "Rens av gardiner, 6 m" in text and "450,00" in text


@pytest.mark.parametrize("fmt", [f.value for f in TicketFormat])
def test_the_ticket_barcode_reads_back_as_the_ticket_code(fmt, tmp_path):
    assert decode_pages(render_ticket(sample(), fmt), tmp_path) == [["KR0004270"]]


def test_a_large_ticket_number_still_scans_on_58_mm(tmp_path):
    data = sample(number=12_345_678, code=ticket_code(12_345_678))
    assert decode_pages(render_ticket(data, "receipt58"), tmp_path) == [[ticket_code(12_345_678)]]


# -- garment tags -----------------------------------------------------------------------------


def test_tags_per_piece_and_per_line():
    data = sample()
    assert [(t.index, t.count, t.text) for t in tags_for(data, TagMode.PER_LINE)] == [
        (1, 3, "Dress, 2 deler"), (2, 3, "3 × Skjorte"), (3, 3, "Vinterfrakk med pelskrage")]
    assert [t.text for t in tags_for(data, "piece")] == ["Dress, 2 deler", "Skjorte", "Skjorte", "Skjorte",
                                                          "Vinterfrakk med pelskrage"]


@pytest.mark.parametrize("label", sorted(LABEL_SIZES))
def test_each_tag_is_one_label_with_number_piece_and_a_barcode_that_scans(label, tmp_path):
    pdf = render_tags(sample(), label, "piece")
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) == 5
    for n, page in enumerate(pages, start=1):
        assert size_mm(page) == pytest.approx(LABEL_SIZES[label], abs=0.2)
        text = page.extract_text()
        assert "427" in text and f"{n} av 5" in text
        assert "Åse" not in text  # tags hang on the rail: no name
    assert decode_pages(pdf, tmp_path) == [["KR0004270"]] * 5
