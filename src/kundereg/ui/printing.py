"""Print and print preview of any PDF the app makes (reports, receipts, notices, tickets, tags).

PySide6-Essentials has QtPrintSupport but no QtPdf, so pages are rasterised with pypdfium2
(PDFium, the renderer in Chrome) at the printer's resolution (capped at 300 dpi: more only
costs memory) and painted into the printable area of a ``QPrinter`` whose page size is the
PDF's own. That runs on the ``TaskRunner`` behind a cancellable progress dialog; one PDFium
document is used by one thread at a time.

On Linux and macOS a chosen CUPS printer gets the PDF itself through ``services.printing``
(``lp`` on stdin): Qt's CUPS engine would first write the pages to a temp file, and a
password-protected report must never land on disk unencrypted. Windows and "print to file"
take the painting path. The printer chosen last is remembered per PC (QSettings).

``TicketScanner`` recognises a ticket code a USB barcode scanner types (code, then Enter)
into a line edit; the search box and the pickup list install it.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QMarginsF, QObject, QRect, QSettings, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QImage, QKeyEvent, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QWidget

from ..domain.ticket_code import parse_ticket_code
from ..domain.ticket_data import DEFAULT_LABEL, LABEL_SIZES, TagMode, TicketFormat
from ..services import printing as spooler
from .progress import ProgressTask, run_with_progress
from .workers import Cancelled, Progress, TaskRunner

SETTING_PRINTER = "printing/printer"
SETTING_LABEL_PRINTER = "printing/label_printer"
SETTING_TICKET_FORMAT = "printing/ticket_format"  # domain.ticket_data.TicketFormat value
SETTING_LABEL = "printing/label"                  # a LABEL_SIZES key
SETTING_TAGS = "printing/tags"                    # "off", "line" or "piece"
SETTING_AFTER_ORDER = "printing/after_order"      # "ask" (preview), "print" (straight away) or "off"
AFTER_ORDER = ("ask", "print", "off")
MAX_DPI = 300
# Qt's own text of the preview's Print button (translated by qtbase, not by us).
_QT_CONTEXT, _QT_PRINT = "QPrintPreviewDialog", "Print"
PREVIEW_DPI = 110


# -- rendering ----------------------------------------------------------------------------------


def page_sizes(pdf: bytes) -> list[QSizeF]:
    """Each page's size in points."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        return [QSizeF(*doc[i].get_size()) for i in range(len(doc))]
    finally:
        doc.close()


def _image(page, dpi: float) -> QImage:
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, optimize_mode="print")  # RGB, 3 bytes a pixel
    # Copied: the bitmap's memory is freed with it.
    return QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB888).copy()


def render_pages(pdf: bytes, dpi: float, progress: Progress | None = None) -> list[QImage]:
    """Every page as an image at ``dpi`` (for the preview)."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(pdf)
    try:
        images = []
        for i in range(len(doc)):
            images.append(_image(doc[i], dpi))
            if progress is not None and not progress(i + 1, len(doc)):
                raise Cancelled()
        return images
    finally:
        doc.close()


def fit_printer_to(printer: QPrinter, pdf: bytes) -> None:
    """The printer's page is the PDF's page (a receipt roll stays 80 mm by its length), margins
    at the printer's minimum: the PDF has its own."""
    sizes = page_sizes(pdf)
    if not sizes:
        return
    size = sizes[0]
    orientation = (QPageLayout.Orientation.Landscape if size.width() > size.height()
                   else QPageLayout.Orientation.Portrait)
    page = QPageSize(QSizeF(min(size.width(), size.height()), max(size.width(), size.height())),
                     QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    printer.setPageLayout(QPageLayout(page, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point))


def _target(image_size, area: QRect) -> QRect:
    """``image_size`` scaled to fit ``area`` (aspect kept), centred at the top."""
    scale = min(area.width() / image_size.width(), area.height() / image_size.height())
    w, h = round(image_size.width() * scale), round(image_size.height() * scale)
    return QRect(area.x() + (area.width() - w) // 2, area.y(), w, h)


def paint_pdf(printer: QPrinter, pdf: bytes, progress: Progress, images: list[QImage] | None = None) -> int:
    """Paint every page into ``printer`` (a real printer, a PDF file, or the preview's); returns the page count.

    Safe off the GUI thread (painting on a QPrinter is). ``images`` are pages rendered
    beforehand (the preview); otherwise each page is rendered at the printer's resolution."""
    import pypdfium2

    doc = None if images is not None else pypdfium2.PdfDocument(pdf)
    count = len(images) if images is not None else len(doc)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise spooler.PrintError("The printer could not be opened.")
        dpi = min(printer.resolution(), MAX_DPI)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        area = QRect(0, 0, area.width(), area.height())  # the painter's origin is the printable area's corner
        for i in range(count):
            if i:
                printer.newPage()
            image = images[i] if images is not None else _image(doc[i], dpi)
            painter.drawImage(_target(image.size(), area), image)
            if not progress(i + 1, count):
                printer.abort()
                raise Cancelled()
        return count
    finally:
        if painter.isActive():
            painter.end()
        if doc is not None:
            doc.close()


# -- dialogs ------------------------------------------------------------------------------------


def remembered_printer(key: str = SETTING_PRINTER) -> str | None:
    name = QSettings().value(key, "", str)
    return name if name and name in QPrinterInfo.availablePrinterNames() else None


class PdfPrintJob(QObject):
    """One document on its way to paper: the preview, the print dialog and the printing task.

    ``printed`` carries the number of pages (or the spooler's job id) once the printer has it."""

    printed = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None, runner: TaskRunner, pdf: bytes, title: str,
                 setting: str = SETTING_PRINTER) -> None:
        super().__init__(parent)
        self._parent, self._runner, self._pdf, self._title, self._setting = parent, runner, pdf, title, setting
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        name = remembered_printer(setting)
        if name:
            self.printer.setPrinterName(name)
        fit_printer_to(self.printer, pdf)
        self.dialog: QPrintDialog | QPrintPreviewDialog | None = None
        self.task: ProgressTask | None = None
        self._preview_images: list[QImage] = []

    # The print dialog, then printing.
    def ask(self) -> QPrintDialog:
        dialog = QPrintDialog(self.printer, self._parent)
        dialog.setWindowTitle(self.tr("Print {title}").format(title=self._title))
        dialog.accepted.connect(self.send)
        self.dialog = dialog
        QDialog.open(dialog)  # the overload without a receiver (PySide also wraps open(obj, slot))
        return dialog

    def send(self) -> ProgressTask:
        """Print on ``self.printer`` as it is set now, behind a progress dialog."""
        printer = self.printer
        if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
            QSettings().setValue(self._setting, printer.printerName())
        name, copies = printer.printerName(), max(1, printer.copyCount())
        through_spooler = (printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
                           and spooler.spooler_available() and name in spooler.list_printers())
        pdf, title = self._pdf, f"kundereg {self._title_for_spooler()}"

        def work(progress: Progress):
            if through_spooler:
                progress(0, 1)
                return spooler.print_pdf(pdf, name, title=title, copies=copies)
            return paint_pdf(printer, pdf, progress)

        self.task = run_with_progress(self._parent, self._runner, self.tr("Printing"), work,
                                      on_done=self.printed.emit, on_error=self._failed,
                                      label=self.tr("Sending {title} to the printer…").format(title=self._title))
        return self.task

    def _title_for_spooler(self) -> str:
        # The spooler logs job titles: only the (ASCII) document kind, never a name.
        return self.objectName() or "document"

    def _failed(self, exc: BaseException) -> None:
        from .errors import error_text

        self.failed.emit(exc)
        QMessageBox.warning(self._parent, self.tr("Printing"), error_text(exc))

    # The preview: pages rendered off the GUI thread first, then shown; its Print button goes
    # through ask() so printing, too, runs off the GUI thread at the printer's resolution.
    def preview(self) -> ProgressTask:
        def shown(images: list[QImage]) -> None:
            self._preview_images = images
            dialog = QPrintPreviewDialog(self.printer, self._parent)
            dialog.setWindowTitle(self.tr("Preview of {title}").format(title=self._title))
            dialog.paintRequested.connect(self._paint_preview)
            for action in dialog.findChildren(QAction):
                if action.text() == QCoreApplication.translate(_QT_CONTEXT, _QT_PRINT):
                    action.triggered.disconnect()
                    action.triggered.connect(lambda: (dialog.accept(), self.ask()))
            self.dialog = dialog
            QDialog.open(dialog)

        pdf = self._pdf
        self.task = run_with_progress(self._parent, self._runner, self.tr("Preview"),
                                      lambda progress: render_pages(pdf, PREVIEW_DPI, progress), on_done=shown,
                                      label=self.tr("Preparing the pages…"))
        return self.task

    def _paint_preview(self, printer: QPrinter) -> None:
        paint_pdf(printer, self._pdf, lambda done, total: True, images=self._preview_images)


def preview_pdf(parent: QWidget | None, runner: TaskRunner, pdf: bytes, title: str, kind: str = "document",
                setting: str = SETTING_PRINTER) -> PdfPrintJob:
    """Show a print preview of ``pdf`` (bytes in memory); its Print button opens the print dialog.
    ``kind`` ("report", "ticket", ...) is the only thing the spooler's job title says."""
    job = PdfPrintJob(parent, runner, pdf, title, setting)
    job.setObjectName(kind)
    job.preview()
    return job


def print_pdf(parent: QWidget | None, runner: TaskRunner, pdf: bytes, title: str, kind: str = "document",
              setting: str = SETTING_PRINTER, ask: bool = True) -> PdfPrintJob:
    """The print dialog for ``pdf``, then printing; ``ask=False`` prints straight to the
    remembered printer (the dialog still opens when there is none)."""
    job = PdfPrintJob(parent, runner, pdf, title, setting)
    job.setObjectName(kind)
    if ask or remembered_printer(setting) is None:
        job.ask()
    else:
        job.send()
    return job


# -- the counter ticket ---------------------------------------------------------------------------


def ticket_settings() -> tuple[TicketFormat, str | None, TagMode | None, str]:
    """This PC's ticket format, label size, tag mode (None: no tags) and what happens after an order."""
    settings = QSettings()
    fmt = settings.value(SETTING_TICKET_FORMAT, TicketFormat.RECEIPT80.value, str)
    label = settings.value(SETTING_LABEL, DEFAULT_LABEL, str)
    tags = settings.value(SETTING_TAGS, "off", str)
    after = settings.value(SETTING_AFTER_ORDER, "ask", str)
    return (TicketFormat(fmt) if fmt in set(TicketFormat) else TicketFormat.RECEIPT80,
            label if label in LABEL_SIZES else DEFAULT_LABEL,
            TagMode(tags) if tags in set(TagMode) else None,
            after if after in AFTER_ORDER else "ask")


def ticket_documents(tickets, staff, number: int) -> tuple[bytes, bytes | None]:
    """The ticket PDF and the tags PDF (None when this PC prints no tags) of order ``number``,
    built by ``services.tickets.TicketService`` (role and identity gate, audited)."""
    from ..reports.tags import render_tags
    from ..reports.ticket import render_ticket

    fmt, label, mode, _ = ticket_settings()
    ticket = render_ticket(tickets.ticket(staff, number), fmt)
    tags = render_tags(tickets.ticket(staff, number, purpose="tags"), label, mode) if mode else None
    return ticket, tags


def offer_ticket(parent: QWidget | None, runner: TaskRunner, tickets, staff, number: int,
                 after: str | None = None) -> list[PdfPrintJob]:
    """The order-recorded hook: per this PC's setting, preview the ticket (and tags), print them
    straight away, or do nothing. ``tickets`` is the register's TicketService."""
    after = after or ticket_settings()[3]
    if after == "off":
        return []
    ticket, tags = ticket_documents(tickets, staff, number)
    jobs = []
    for pdf, kind, setting in ((ticket, "ticket", SETTING_PRINTER), (tags, "tags", SETTING_LABEL_PRINTER)):
        if pdf is None:
            continue
        title = _title(kind, number)
        if after == "print":
            jobs.append(print_pdf(parent, runner, pdf, title, kind, setting, ask=False))
        else:
            jobs.append(preview_pdf(parent, runner, pdf, title, kind, setting))
    return jobs


def _title(kind: str, number: int) -> str:
    if kind == "ticket":
        return QCoreApplication.translate("Printing", "ticket {number}").format(number=number)
    return QCoreApplication.translate("Printing", "tags of ticket {number}").format(number=number)


# -- the barcode scanner --------------------------------------------------------------------------


class TicketScanner(QObject):
    """Watches a line edit for a complete ticket code followed by Enter (what a USB scanner types).

    Then ``scanned(number)`` is emitted, the code is cleared from the box and the Enter goes no
    further; any other text and Enter behave as before (a name search, a phone number)."""

    scanned = Signal(int)

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self._edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            number = parse_ticket_code(self._edit.text())
            if number is not None:
                self._edit.clear()
                self.scanned.emit(number)
                return True
        return False


def watch_for_tickets(edit: QLineEdit, on_ticket: Callable[[int], None]) -> TicketScanner:
    """One call for the search box and the pickup list: ``on_ticket(number)`` runs for every scan."""
    scanner = TicketScanner(edit)
    scanner.scanned.connect(on_ticket)
    return scanner
