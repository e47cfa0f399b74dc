"""Garment tags: one label per order line or per piece, with the ticket number, "n of m" and
the ticket's barcode, so a garment found on the rail leads back to its ticket.

One page per tag at the label size from the settings (``domain.ticket_data.LABEL_SIZES``).
Tags hang where other customers see them, so they carry no name: the code finds the ticket.
"""
from __future__ import annotations

from io import BytesIO

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..domain.formatting import format_date
from ..domain.ticket_data import DEFAULT_LABEL, LABEL_SIZES, TagMode, TicketData, tags_for
from .barcode import code128
from .fonts import register_fonts
from .ticket import t, ticket_locale

MARGIN = 2 * mm


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` at ``size``."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def render_tags(data: TicketData, label: str = DEFAULT_LABEL, mode: TagMode | str = TagMode.PER_PIECE) -> bytes:
    fonts = register_fonts()
    page_w, page_h = (v * mm for v in LABEL_SIZES[label])
    w, h = page_w - 2 * MARGIN, page_h - 2 * MARGIN
    lang, loc = data.language, ticket_locale(data)
    out = BytesIO()
    canvas = Canvas(out, pagesize=(page_w, page_h), pageCompression=1)
    canvas.setTitle(t("title", lang))
    canvas.setCreator("kundereg")
    # Rows from the top: number and "n of m" (30 %), barcode (45 %), code and due date, the garment.
    head = h * 0.30
    bar_h = h * 0.40
    small = min(7.0, h * 0.11)
    due = f"{t('due', lang)} {format_date(data.due_date, loc)}" if data.due_date else ""
    for tag in tags_for(data, mode):
        top = page_h - MARGIN
        number_size = head * 0.9
        canvas.setFont(fonts.bold, number_size)
        canvas.drawString(MARGIN, top - number_size * 0.8, str(data.number))
        piece = t("piece_of", lang).format(n=tag.index, m=tag.count)
        piece_size = number_size * 0.6
        canvas.setFont(fonts.bold, piece_size)
        canvas.drawRightString(page_w - MARGIN, top - number_size * 0.8, piece)
        barcode = code128(data.code, w, bar_h)
        bar_y = top - head - bar_h
        barcode.drawOn(canvas, MARGIN + (w - barcode.width) / 2, bar_y)
        canvas.setFont(fonts.regular, small)
        canvas.drawString(MARGIN, bar_y - small, data.code)
        if due:
            canvas.drawRightString(page_w - MARGIN, bar_y - small, due)
        canvas.setFont(fonts.bold, small)
        canvas.drawString(MARGIN, MARGIN, _fit(tag.text, fonts.bold, small, w))
        canvas.showPage()
    canvas.save()
    return out.getvalue()
