"""--printer on report access, erase, notice and ropa: the PDF goes to the real cups-pdf printer
(tests/cups_helpers.py) and is read back from what it printed."""
from __future__ import annotations

import io

from pypdf import PdfReader

from cli_helpers import OWNER, add_customer
from cups_helpers import cups_pdf_queue


def _text(pdf: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), "".join(page.extract_text() for page in reader.pages)


def test_documents_go_to_the_printer_instead_of_a_file(shop_cli, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    with cups_pdf_queue() as printer:
        report = run("report", "access", str(cid), "--verified-by", "photo-id:passport", "--lang", "nb",
                     "--printer", printer.name, **OWNER)
        assert report.returncode == 0 and f"Access report sent to {printer.name}" in report.stdout, report.stderr
        pages, text = _text(printer.printed("access_report"))
        # cups-pdf prints through Ghostscript, whose text layer loses the non-ASCII letters: read ASCII words.
        assert pages >= 1 and "Kari Nordmann" in text and "Storgata 1, 2815" in text

        notice = run("notice", "--lang", "sv", "--printer", printer.name, **OWNER)
        assert notice.returncode == 0 and "sent to" in notice.stdout, notice.stderr
        assert "Storgata 1, 2815" in _text(printer.printed("privacy_notice"))[1]

        ropa = run("ropa", "--printer", printer.name, **OWNER)
        assert ropa.returncode == 0, ropa.stderr
        assert _text(printer.printed("record_of_processing"))[0] >= 1

        erased = run("erase", str(cid), "--verified-by", "photo-id:passport", "--lang", "nb",
                     "--printer", printer.name, **OWNER)
        assert erased.returncode == 0 and "Receipt sent to" in erased.stdout, erased.stderr
        pages, text = _text(printer.printed("erasure_receipt"))
        assert "Kvittering for sletting" in text and "Nordmann" not in text
    assert not list(tmp_path.rglob("*.pdf.partial"))


def test_an_unknown_printer_is_refused_before_anything_happens(shop_cli, snapshot, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    before = snapshot()
    with cups_pdf_queue():
        erased = run("erase", str(cid), "--verified-by", "photo-id:passport", "--lang", "nb",
                     "--printer", "no-such-printer", **OWNER)
        assert erased.returncode == 1 and "There is no printer called no-such-printer" in erased.stderr
        protected = run("report", "access", str(cid), "--verified-by", "photo-id:passport", "--lang", "nb",
                        "--printer", "no-such-printer", "--password-protect", **OWNER)
        assert protected.returncode == 1 and "--password-protect is for a file" in protected.stderr
        html = run("notice", "--format", "html", "--printer", "no-such-printer", **OWNER)
        assert html.returncode == 1 and "A printer takes PDF" in html.stderr
    assert snapshot() == before
    both = run("notice", "--out", str(tmp_path / "n.pdf"), "--printer", "x", **OWNER)
    assert both.returncode == 2
