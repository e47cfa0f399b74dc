"""The page every kundereg document is printed on: A4 geometry, palette, paragraph styles, the
footer and running header with "Page X of Y", the build step and AES-256 encryption.

The access report, the erasure receipt, the privacy notice and the record of processing all
lay their story out through ``build_pdf`` with a ``decorate`` callback that calls
``draw_page_frame``, so they share one look. Text is set in the embedded DejaVu Sans
(``reports.fonts``). With a password the file is encrypted with AES-256 (pypdf, PDF 2.0
security handler revision 6); ``new_report_password()`` makes one staff can read out or text.
"""
from __future__ import annotations

import io
import os
import secrets
from collections.abc import Callable
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from .rowtable import RowStyle

__all__ = ["PAGE_W", "PAGE_H", "MARGIN_X", "MARGIN_TOP", "MARGIN_BOTTOM", "CONTENT_W", "INK", "MUTED", "ACCENT",
           "RULE", "HEADER_FILL", "STRIPE_FILL", "Styles", "markup", "draw_page_frame", "build_pdf",
           "new_report_password", "PASSWORD_ALPHABET"]

# Upper-case letters and digits without the look-alikes 0/O, 1/I/L: easy to read out or type.
PASSWORD_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"

PAGE_W, PAGE_H = A4
MARGIN_X = 20 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

INK = HexColor("#1d2430")
MUTED = HexColor("#5b6473")
ACCENT = HexColor("#1f3a5f")
RULE = HexColor("#9aa5b5")
HEADER_FILL = HexColor("#e3e8ef")
STRIPE_FILL = HexColor("#f3f5f8")

Decorate = Callable[[Canvas, int, int], None]  # (canvas, page number, page count)


def new_report_password(groups: int = 4, size: int = 4) -> str:
    """A password for an encrypted report, e.g. 'K7QM-3WZP-H9TC-XR4E' (~79 bits with 4x4)."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(size)) for _ in range(groups))


class Styles:
    """The paragraph and table styles of every document, in the two embedded fonts."""

    def __init__(self, regular: str, bold: str) -> None:
        base = dict(fontName=regular, bulletFontName=regular, textColor=INK)
        self.body = ParagraphStyle("body", fontSize=9.5, leading=13.5, spaceAfter=6, **base)
        self.small = ParagraphStyle("small", fontSize=8.5, leading=11.5, **base)
        self.muted = ParagraphStyle("muted", parent=self.small, textColor=MUTED)
        self.right = ParagraphStyle("right", parent=self.small, alignment=TA_RIGHT)
        self.shop = ParagraphStyle("shop", fontName=bold, fontSize=16, leading=20, textColor=ACCENT)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=14, leading=18, textColor=ACCENT,
                                    spaceBefore=4, spaceAfter=2)
        self.subtitle = ParagraphStyle("subtitle", parent=self.muted, spaceAfter=10)
        self.h1 = ParagraphStyle("h1", fontName=bold, fontSize=12, leading=15, textColor=ACCENT, spaceBefore=12,
                                 spaceAfter=5, keepWithNext=1)
        self.h2 = ParagraphStyle("h2", fontName=bold, fontSize=10, leading=13, textColor=INK, spaceBefore=6,
                                 spaceAfter=3, keepWithNext=1)
        self.item = ParagraphStyle("item", parent=self.body, leftIndent=12, bulletIndent=2, spaceAfter=3)
        self.indented = ParagraphStyle("indented", parent=self.body, leftIndent=12)
        self.rows = RowStyle(font=regular, bold_font=bold, size=8.5, leading=11, header_fill=HEADER_FILL,
                             stripe_fill=STRIPE_FILL, rule_color=RULE, text_color=INK)
        self.pairs = RowStyle(font=regular, bold_font=bold, size=9, leading=12, pad_y=3, header_fill=None,
                              stripe_fill=STRIPE_FILL, rule_color=None, text_color=INK)


def markup(text: str) -> str:
    """Plain text (names, notes: anything typed) made safe for Paragraph markup."""
    return escape(text).replace("\n", "<br/>")


def draw_page_frame(canv: Canvas, font: str, page: int, *, footer: str, page_label: str, header_left: str,
                    header_right: str) -> None:
    """The footer rule with ``footer`` and "Page X of Y" on every page, and from page 2 on a
    running header: the look every kundereg document shares."""
    canv.saveState()
    canv.setFillColor(MUTED)
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.4)
    y = MARGIN_BOTTOM - 8 * mm
    canv.line(MARGIN_X, y + 9, PAGE_W - MARGIN_X, y + 9)
    canv.setFont(font, 7.5)
    canv.drawString(MARGIN_X, y, footer)
    canv.drawRightString(PAGE_W - MARGIN_X, y, page_label)
    if page > 1:
        top = PAGE_H - MARGIN_TOP + 8 * mm
        canv.drawString(MARGIN_X, top, header_left)
        canv.drawRightString(PAGE_W - MARGIN_X, top, header_right)
        canv.line(MARGIN_X, top - 4, PAGE_W - MARGIN_X, top - 4)
    canv.restoreState()


def _numbered_canvas(decorate: Decorate) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Keeps each page until the end, so every page can say 'X of Y'."""

        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._page_states: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab API)
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            pages = len(self._page_states)
            for state in self._page_states:
                self.__dict__.update(state)
                decorate(self, self._pageNumber, pages)
                Canvas.showPage(self)
            Canvas.save(self)

    return NumberedCanvas


def build_pdf(out: str | os.PathLike | BinaryIO, story: list, decorate: Decorate, *, font: str, title: str,
              author: str, subject: str, keywords: str, language: str, password: str | None = None) -> None:
    """Lay ``story`` out on A4 with the shared margins and page decoration, write it to a path or
    a binary file object, AES-256 encrypted when ``password`` is given."""
    if password is not None and not password:
        raise ValueError("an empty password would not protect the document")
    buffer = io.BytesIO() if password is not None else None
    target: str | BinaryIO
    if buffer is not None:
        target = buffer
    elif isinstance(out, (str, os.PathLike)):
        target = os.fspath(out)
    else:
        target = out
    doc = BaseDocTemplate(
        target, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=author, subject=subject, creator="kundereg",
        keywords=keywords, lang=language, initialFontName=font, initialFontSize=9.5, initialLeading=13.5)
    # No frame padding: tables and text share the same left edge, the margins are the only inset.
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_W, PAGE_H - MARGIN_TOP - MARGIN_BOTTOM, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=_numbered_canvas(decorate))
    if buffer is not None:
        assert password is not None
        encrypted = _encrypt(buffer.getvalue(), password)
        if isinstance(out, (str, os.PathLike)):
            with open(out, "wb") as fh:
                fh.write(encrypted)
        else:
            out.write(encrypted)


def _encrypt(pdf: bytes, password: str) -> bytes:
    """AES-256 (PDF 2.0 standard security handler, revision 6) via pypdf and cryptography.

    ReportLab's own 256-bit mode needs the unmaintained pure-Python pyaes and writes the
    deprecated revision 5; pypdf writes revision 6. The owner password is random and thrown away.
    """
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, owner_password=secrets.token_urlsafe(24), algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
