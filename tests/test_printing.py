"""Printing through a real CUPS spooler into the cups-pdf virtual printer, read back from its output.

The documents go to ``lp`` on stdin (services.printing.print_pdf); cups-pdf writes what the
printer received as a PDF, which is read back: text, page count, page size and the barcodes.
"""
from __future__ import annotations

import io
import os
import tempfile
import uuid
from pathlib import Path

import pytest
from pypdf import PdfReader

from kundereg.domain.records import PurchaseInput, PurchaseLineInput
from kundereg.domain.ticket_code import ticket_code
from kundereg.reports.tags import render_tags
from kundereg.reports.ticket import render_ticket
from kundereg.services import printing
from kundereg.services.identity import IdentityService
from kundereg.services.reports import ReportService
from kundereg.services.tickets import TicketService

from cups_helpers import cups_pdf_queue
from ticket_helpers import decode_pages

MM = 72 / 25.4


@pytest.fixture(scope="module")
def printer():
    with cups_pdf_queue() as queue:
        yield queue


@pytest.fixture
def order(purchases, kari, owner):
    return purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 29900),
                                                                 PurchaseLineInput("Skjorte", 2, 8950))))


def job(printer, pdf: bytes, kind: str) -> bytes:
    token = f"kundereg-test-{kind}-{uuid.uuid4().hex[:8]}"
    assert printing.print_pdf(pdf, printer.name, title=token).startswith(printer.name)
    return printer.printed(token)


def pages_mm(pdf: bytes):
    return [(round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM))
            for p in PdfReader(io.BytesIO(pdf)).pages]


def text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def test_the_test_printer_is_listed(printer):
    assert printer.name in printing.list_printers()


def test_an_access_report_prints_on_a4_with_all_its_pages(printer, db, kari, owner, order):
    report = io.BytesIO()
    IdentityService(db).verify_photo_id(owner, kari.id, "passport")  # a report needs a real check
    ReportService(db).access_report(owner, kari.id, "nb", report)
    sent = report.getvalue()
    printed = job(printer, sent, "report")
    assert pages_mm(printed) == [(210, 297)] * len(PdfReader(io.BytesIO(sent)).pages)
    # Ghostscript inside cups-pdf writes non-ASCII glyphs without a Unicode map: check ASCII words.
    assert "Kari S" in text(printed) and "rensen" in text(printed) and "Rens AS" in text(printed)


def test_a_ticket_prints_on_its_roll_and_its_barcode_scans(printer, db, owner, order, tmp_path):
    data = TicketService(db).ticket(owner, order.number)
    sent = render_ticket(data, "receipt80")
    printed = job(printer, sent, "ticket")
    [(w, h)] = pages_mm(printed)
    assert w == 80 and abs(h - pages_mm(sent)[0][1]) <= 1  # the spooler rounds to whole points
    assert "Kari S" in text(printed) and ticket_code(order.number) in text(printed)
    assert decode_pages(printed, tmp_path) == [[ticket_code(order.number)]]


def test_tags_print_one_label_each_and_every_barcode_scans(printer, db, owner, order, tmp_path):
    data = TicketService(db).ticket(owner, order.number, purpose="tags")
    printed = job(printer, render_tags(data, "57x32", "piece"), "tags")
    assert pages_mm(printed) == [(57, 32)] * 3
    assert "1 av 3" in text(printed) and "3 av 3" in text(printed)
    assert decode_pages(printed, tmp_path) == [[ticket_code(order.number)]] * 3


def _pdfs_in_temp() -> set[Path]:
    found = set()
    for folder in {Path(tempfile.gettempdir()), Path(os.environ.get("TMPDIR", tempfile.gettempdir()))}:
        for path in folder.glob("*"):
            try:
                if path.is_file() and path.read_bytes()[:5] == b"%PDF-":
                    found.add(path)
            except OSError:
                continue
    return found


def test_a_protected_report_is_printed_from_memory_and_no_plaintext_copy_lands_in_temp(printer, db, kari, owner):
    before = _pdfs_in_temp()
    plain = io.BytesIO()  # what the person gets is encrypted; the printer gets these bytes, never a file
    IdentityService(db).verify_photo_id(owner, kari.id, "passport")  # a report needs a real check
    ReportService(db).access_report(owner, kari.id, "nb", plain)
    printed = job(printer, plain.getvalue(), "protected")
    assert "Kari S" in text(printed)
    assert _pdfs_in_temp() - before == set()


def test_an_unknown_printer_is_a_clear_error(printer):
    with pytest.raises(printing.PrintError, match="did not take the job"):
        printing.print_pdf(render_ticket_sample(), "no-such-printer-here")
    with pytest.raises(printing.PrintError, match="no printer by that name"):
        printing.print_pdf(b"%PDF-", "-o evil")


def render_ticket_sample() -> bytes:
    from test_ticket import sample

    return render_ticket(sample())


def test_the_media_follows_the_page():
    from test_ticket import sample

    assert printing.media_option(render_ticket(sample(), "a5")) == "A5"
    assert printing.media_option(render_ticket(sample(), "a4")) == "A4"
    assert printing.media_option(render_ticket(sample(), "receipt58")).startswith("Custom.58.0x")
    assert printing.safe_title("Kari Sørensen's ticket 42") == "Kari Srensens ticket 42"
