"""``kundereg print ticket|tags`` in-process (kundereg.cli.main): to a file, to the cups-pdf printer, the identity gate."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kundereg.cli import main
from kundereg.domain.records import PurchaseInput, PurchaseLineInput
from kundereg.domain.ticket_code import ticket_code

from cups_helpers import cups_pdf_queue
from staff_secrets import OWNER_PASSWORD
from ticket_helpers import decode_pages


@pytest.fixture
def kundereg(locations, shop, monkeypatch, capsys):
    """``kundereg --data-dir DIR --user eier ARGS`` in this process, on the register of the fixtures."""
    monkeypatch.setenv("KUNDEREG_PASSWORD", OWNER_PASSWORD)

    def run(*argv: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(["--data-dir", str(locations.data_dir), "--user", "eier", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def order(purchases, kari, owner):
    return purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 29900),
                                                                 PurchaseLineInput("Skjorte", 2, 8950))))


def test_a_ticket_to_a_file_by_number_or_by_scanned_code(kundereg, order, tmp_path):
    out = tmp_path / "ticket.pdf"
    code, stdout, _ = kundereg("print", "ticket", str(order.number), "--format", "receipt58", "--out", str(out),
                               "--verified-by", "photo-id:passport")
    assert code == 0 and f"Ticket {order.number} (receipt58) written to" in stdout
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width) * 25.4 / 72) == 58
    assert decode_pages(out.read_bytes(), tmp_path / "pages") == [[ticket_code(order.number)]]
    code, _, _ = kundereg("print", "ticket", ticket_code(order.number).lower(), "--out", str(out),
                          "--reason", "order_follow_up")
    assert code == 0 and "Kari Sørensen" in PdfReader(out).pages[0].extract_text()


def test_tags_per_line_on_a_chosen_label(kundereg, order, tmp_path):
    out = tmp_path / "tags.pdf"
    code, stdout, _ = kundereg("print", "tags", str(order.number), "--label", "62x29", "--per", "line",
                               "--out", str(out), "--verified-by", "photo-id:passport")
    assert code == 0 and "2 tags of ticket" in stdout
    assert len(PdfReader(out).pages) == 2


def test_without_the_identity_gate_nothing_is_written(kundereg, order, tmp_path):
    out = tmp_path / "ticket.pdf"
    code, _, err = kundereg("print", "ticket", str(order.number), "--out", str(out))
    assert code == 1 and "--verified-by or --reason" in err
    assert not out.exists()


def test_a_misread_code_is_a_usage_error(kundereg, order, tmp_path):
    with pytest.raises(SystemExit) as exit_:
        kundereg("print", "ticket", "KR0004271", "--out", str(tmp_path / "x.pdf"))
    assert exit_.value.code == 2


def test_a_ticket_to_a_cups_printer(kundereg, order, tmp_path):
    with cups_pdf_queue() as printer:
        code, stdout, _ = kundereg("print", "ticket", str(order.number), "--printer", printer.name,
                                   "--verified-by", "photo-id:passport")
        assert code == 0 and f"sent to {printer.name}" in stdout
        printed = printer.printed(f"ticket {order.number}".replace(" ", "_"))
    assert len(PdfReader(io.BytesIO(printed)).pages) == 1
    assert decode_pages(printed, tmp_path) == [[ticket_code(order.number)]]
