"""Print and print preview of PDF bytes, the counter ticket after an order, and the barcode scanner.

Printing is read back for real: a QPrinter writing a PDF file (pypdf: pages and their size;
pdftoppm + zbarimg: the barcodes), and the print dialog sending to the cups-pdf printer.
"""
from __future__ import annotations

import io
import uuid

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pypdf import PdfReader

from kundereg.domain.records import PurchaseInput, PurchaseLineInput
from kundereg.domain.ticket_code import ticket_code
from kundereg.reports.tags import render_tags
from kundereg.reports.ticket import render_ticket
from kundereg.services.tickets import TicketService
from kundereg.ui import printing

from cups_helpers import cups_pdf_queue
from test_ticket import sample
from ticket_helpers import decode_pages

MM = 72 / 25.4


@pytest.fixture(autouse=True)
def _close_dialogs(qapp):
    """A dialog left open (a test that failed half-way) is modal and would block later tests' windows."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            widget.deleteLater()


def sizes_mm(path) -> list[tuple[int, int]]:
    return [(round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM)) for p in PdfReader(path).pages]


def to_file(job: printing.PdfPrintJob, path) -> None:
    job.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    job.printer.setOutputFileName(str(path))


@pytest.mark.parametrize("fmt", ["receipt80", "receipt58", "a5"])
def test_a_ticket_prints_at_its_own_page_size_and_its_barcode_still_scans(qtbot, runner, tmp_path, fmt):
    pdf = render_ticket(sample(), fmt)
    job = printing.PdfPrintJob(None, runner, pdf, "ticket 427")
    to_file(job, tmp_path / "out.pdf")
    with qtbot.waitSignal(job.printed, timeout=30_000) as done:
        job.send()
    assert done.args == [1]
    [(w, h)] = sizes_mm(tmp_path / "out.pdf")
    [(w0, h0)] = [(round(float(p.mediabox.width) / MM), round(float(p.mediabox.height) / MM))
                  for p in PdfReader(io.BytesIO(pdf)).pages]
    assert w == w0 and abs(h - h0) <= 1  # Qt keeps page sizes in whole points
    assert decode_pages((tmp_path / "out.pdf").read_bytes(), tmp_path / "pages") == [["KR0004270"]]


def test_every_tag_is_its_own_page_and_scans(qtbot, runner, tmp_path):
    job = printing.PdfPrintJob(None, runner, render_tags(sample(), "57x32", "piece"), "tags")
    to_file(job, tmp_path / "tags.pdf")
    with qtbot.waitSignal(job.printed, timeout=30_000):
        job.send()
    assert sizes_mm(tmp_path / "tags.pdf") == [(57, 32)] * 5
    assert decode_pages((tmp_path / "tags.pdf").read_bytes(), tmp_path / "pages") == [["KR0004270"]] * 5


def test_cancel_stops_between_pages(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "cut.pdf"))
    seen = []

    def progress(done, total):
        seen.append(done)
        return done < 2

    with pytest.raises(printing.Cancelled):
        printing.paint_pdf(printer, render_tags(sample(), "50x30", "piece"), progress)
    assert seen == [1, 2]


def test_the_preview_shows_every_page_and_its_print_button_opens_the_print_dialog(qtbot, runner):
    job = printing.preview_pdf(None, runner, render_tags(sample(), "50x30", "piece"), "tags", kind="tags")
    preview = job.dialog
    assert isinstance(preview, QPrintPreviewDialog)
    qtbot.waitUntil(preview.isVisible)
    widget = preview.findChild(QPrintPreviewWidget)
    widget.updatePreview()
    assert widget.pageCount() == 5
    [print_action] = [a for a in preview.findChildren(QAction) if a.text() == "Print"]
    print_action.trigger()
    qtbot.waitUntil(lambda: isinstance(job.dialog, QPrintDialog) and job.dialog.isVisible())
    assert not preview.isVisible()
    job.dialog.reject()


def test_the_print_dialog_sends_to_the_remembered_cups_printer_and_remembers_the_choice(qtbot, runner, tmp_path):
    with cups_pdf_queue() as queue:
        QSettings().setValue(printing.SETTING_PRINTER, queue.name)
        kind = f"test-{uuid.uuid4().hex[:8]}"
        job = printing.print_pdf(None, runner, render_ticket(sample(), "receipt80"), "ticket 427", kind=kind)
        dialog = job.dialog
        assert isinstance(dialog, QPrintDialog) and job.printer.printerName() == queue.name
        with qtbot.waitSignal(job.printed, timeout=60_000) as done:
            dialog.accept()
        assert done.args[0].startswith(queue.name)  # the spooler's job id: sent through lp, not painted
        printed = queue.printed(kind)
        assert QSettings().value(printing.SETTING_PRINTER) == queue.name
    assert decode_pages(printed, tmp_path) == [["KR0004270"]]


@pytest.fixture
def order(purchases, kari, owner):
    return purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 29900),
                                                                 PurchaseLineInput("Skjorte", 2, 8950))))


def test_after_an_order_the_ticket_and_tags_are_previewed_per_this_pcs_settings(qtbot, runner, db, owner, order):
    settings = QSettings()
    settings.setValue(printing.SETTING_TAGS, "piece")
    settings.setValue(printing.SETTING_LABEL, "62x29")
    jobs = printing.offer_ticket(None, runner, TicketService(db), owner, order.number)
    assert [j.objectName() for j in jobs] == ["ticket", "tags"]
    previews = [j.dialog.findChild(QPrintPreviewWidget) for j in jobs]
    for widget in previews:
        widget.updatePreview()
    assert [w.pageCount() for w in previews] == [1, 3]
    for job in jobs:
        job.dialog.reject()
    assert printing.offer_ticket(None, runner, TicketService(db), owner, order.number, after="off") == []


def test_the_ticket_documents_follow_the_format_setting(db, owner, order, qapp):
    QSettings().setValue(printing.SETTING_TICKET_FORMAT, "a5")
    ticket, tags = printing.ticket_documents(TicketService(db), owner, order.number)
    assert tags is None
    assert [round(float(p.mediabox.width) / MM) for p in PdfReader(io.BytesIO(ticket)).pages] == [148]


def test_a_scanned_code_and_enter_opens_the_ticket_and_other_text_searches_as_before(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    opened, searched = [], []
    printing.watch_for_tickets(edit, opened.append)
    edit.returnPressed.connect(lambda: searched.append(edit.text()))
    qtbot.keyClicks(edit, ticket_code(427))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert (opened, searched, edit.text()) == ([427], [], "")
    for text in ("Kari Sørensen", "91234567", "KR0004271"):  # a name, a phone, a misread code
        edit.setText("")
        qtbot.keyClicks(edit, text)
        qtbot.keyClick(edit, Qt.Key.Key_Enter)
    assert opened == [427] and searched == ["Kari Sørensen", "91234567", "KR0004271"]


def test_after_an_order_print_goes_straight_to_the_remembered_printer(qtbot, runner, db, owner, order, tmp_path):
    with cups_pdf_queue() as queue:
        QSettings().setValue(printing.SETTING_PRINTER, queue.name)
        [job] = printing.offer_ticket(None, runner, TicketService(db), owner, order.number, after="print")
        assert job.dialog is None  # no dialog at the counter: the printer is known
        printed = queue.printed("kundereg_ticket")
    assert decode_pages(printed, tmp_path) == [[ticket_code(order.number)]]
