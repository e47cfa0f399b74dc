"""The counter ticket: what the customer takes home and shows (or has scanned) at pickup.

Receipt rolls (80 and 58 mm) get one page exactly as long as the ticket, so the printer cuts
right after it; A5 and A4 get ordinary pages. The customer is named and nothing else about
them is printed. Texts are in the shop's document language (``TEXTS``, English as fallback).
"""
from __future__ import annotations

from io import BytesIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.flowables import HRFlowable
from xml.sax.saxutils import escape

from ..domain.formatting import format_date, format_datetime, format_money, format_phone
from ..domain.languages import locale_for
from ..domain.ticket_data import TicketData, TicketFormat
from .barcode import code128
from .fonts import register_fonts

# Ticket and tag words per document language. Kept here until the document texts move to
# gettext catalogues; every key has all six languages.
TEXTS: dict[str, dict[str, str]] = {
    "title": {"nb": "Hentelapp", "nn": "Hentelapp", "sv": "Inlämningskvitto", "fi": "Noutokuitti",
              "da": "Afhentningsbon", "en": "Collection ticket"},
    "number": {"nb": "Nr.", "nn": "Nr.", "sv": "Nr", "fi": "Nro", "da": "Nr.", "en": "No."},
    "received": {"nb": "Levert inn", "nn": "Levert inn", "sv": "Inlämnad", "fi": "Jätetty", "da": "Indleveret",
                 "en": "Received"},
    "due": {"nb": "Klar", "nn": "Klar", "sv": "Klar", "fi": "Valmis", "da": "Klar", "en": "Ready"},
    "customer": {"nb": "Kunde", "nn": "Kunde", "sv": "Kund", "fi": "Asiakas", "da": "Kunde", "en": "Customer"},
    "total": {"nb": "Totalt", "nn": "Totalt", "sv": "Totalt", "fi": "Yhteensä", "da": "I alt", "en": "Total"},
    "pieces": {"nb": "Antall plagg", "nn": "Tal på plagg", "sv": "Antal plagg", "fi": "Kappaleita",
               "da": "Antal stk.", "en": "Items"},
    "terms": {"nb": "Ta med denne lappen når du henter bestillingen. Strekkoden blir skannet i disken.",
              "nn": "Ta med denne lappen når du hentar bestillinga. Strekkoden vert skanna i disken.",
              "sv": "Ta med kvittot när du hämtar din beställning. Streckkoden skannas i kassan.",
              "fi": "Ota tämä kuitti mukaan, kun noudat tilauksesi. Viivakoodi luetaan kassalla.",
              "da": "Medbring denne bon, når du afhenter din ordre. Stregkoden scannes ved disken.",
              "en": "Please bring this ticket when you collect your order. The barcode is scanned at the counter."},
    "org_number": {"nb": "Org.nr.", "nn": "Org.nr.", "sv": "Org.nr", "fi": "Y-tunnus", "da": "CVR-nr.",
                   "en": "Org. no."},
    "piece_of": {"nb": "{n} av {m}", "nn": "{n} av {m}", "sv": "{n} av {m}", "fi": "{n}/{m}", "da": "{n} af {m}",
                 "en": "{n} of {m}"},
}

# Page width, printable width and font scale per format (receipt printers leave 4-5 mm each side).
_LAYOUT = {
    TicketFormat.RECEIPT80: (80 * mm, 72 * mm, 1.0),
    TicketFormat.RECEIPT58: (58 * mm, 48 * mm, 0.85),
    TicketFormat.A5: (A5[0], A5[0] - 30 * mm, 1.1),
    TicketFormat.A4: (A4[0], 110 * mm, 1.2),
}
_ROLL = (TicketFormat.RECEIPT80, TicketFormat.RECEIPT58)
_ROLL_MARGIN = 4 * mm


def t(key: str, language: str) -> str:
    texts = TEXTS[key]
    return texts.get(language) or texts["en"]


def ticket_locale(data: TicketData) -> str:
    return locale_for(data.language, data.country)


def _styles(scale: float) -> dict[str, ParagraphStyle]:
    fonts = register_fonts()

    def style(name: str, size: float, bold: bool = False, **kw) -> ParagraphStyle:
        kw.setdefault("leading", size * scale * 1.25)
        return ParagraphStyle(name, fontName=fonts.bold if bold else fonts.regular, fontSize=size * scale, **kw)

    return {"shop": style("shop", 12, True, alignment=TA_CENTER),
            "head": style("head", 8, alignment=TA_CENTER),
            "title": style("title", 10, True, alignment=TA_CENTER, spaceBefore=2 * mm),
            "number": style("number", 22, True, alignment=TA_CENTER, leading=26 * scale),
            "code": style("code", 8, alignment=TA_CENTER),
            "body": style("body", 9),
            "bold": style("bold", 9, True),
            "right": style("right", 9, alignment=TA_RIGHT),
            "total": style("total", 11, True),
            "total_right": style("total_right", 11, True, alignment=TA_RIGHT),
            "small": style("small", 8, alignment=TA_CENTER, spaceBefore=1 * mm)}


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


def _rule() -> HRFlowable:
    return HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=1.5 * mm, spaceAfter=1.5 * mm,
                      dash=(2, 2))


def _story(data: TicketData, width: float, scale: float) -> list:
    st = _styles(scale)
    lang, loc = data.language, ticket_locale(data)
    shop = data.shop
    story: list = [_p(shop.name, st["shop"])]
    place = " ".join(x for x in (shop.postal_code, shop.city) if x)
    for line in (shop.street, place, format_phone(shop.phone),
                 f"{t('org_number', lang)} {shop.org_number}" if shop.org_number else None):
        if line:
            story.append(_p(line, st["head"]))
    story += [_rule(), _p(t("title", lang), st["title"]),
              _p(f"{t('number', lang)} {data.number}", st["number"]), Spacer(1, 1 * mm)]
    barcode = code128(data.code, width, 14 * mm * scale)
    barcode.hAlign = "CENTER"
    story += [barcode, _p(data.code, st["code"]), _rule()]

    facts = [(t("received", lang), format_datetime(data.received_at, loc))]
    if data.due_date is not None:
        facts.append((t("due", lang), format_date(data.due_date, loc)))
    facts.append((t("customer", lang), data.customer_name))
    label_width = max(stringWidth(k, st["body"].fontName, st["body"].fontSize) for k, _ in facts) + 2 * mm
    if label_width < 0.4 * width and width > 55 * mm:
        story.append(_table([[_p(k, st["body"]), _p(v, st["bold"])] for k, v in facts],
                            [label_width, width - label_width]))
    else:  # a narrow roll: each value under its label, so a long name is not split mid-word
        for k, v in facts:
            story += [_p(k, st["body"]), _p(v, st["bold"])]
    story.append(_rule())

    total_text = format_money(data.total_minor, data.currency, loc)
    amount_width = max(0.3 * width, stringWidth(total_text, st["total"].fontName, st["total"].fontSize) + 1 * mm)
    rows = []
    for line in data.lines:
        text = line.description if line.quantity == 1 else (
            f"{line.quantity} × {line.description} à {format_money(line.unit_price_minor, data.currency, loc)}")
        rows.append([_p(text, st["body"]), _p(format_money(line.amount_minor, data.currency, loc), st["right"])])
    if not rows and data.description:
        rows.append([_p(data.description, st["body"]), _p("", st["right"])])
    rows.append([_p(t("total", lang), st["total"]),
                 _p(total_text, st["total_right"])])
    table = _table(rows, [width - amount_width, amount_width])
    table.setStyle(TableStyle([("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    story.append(table)
    if data.lines:
        story.append(_p(f"{t('pieces', lang)}: {data.pieces}", st["body"]))
    story += [_rule(), _p(t("terms", lang), st["small"])]
    return story


def _table(rows, widths) -> Table:
    table = Table(rows, colWidths=widths)
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0.6 * mm),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6 * mm)]))
    return table


def _height(story: list, width: float) -> float:
    total = 0.0
    for flowable in story:
        _, h = flowable.wrap(width, 10_000 * mm)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def render_ticket(data: TicketData, fmt: TicketFormat | str = TicketFormat.RECEIPT80) -> bytes:
    """The ticket as PDF bytes (kept in memory: it names the customer)."""
    fmt = TicketFormat(fmt)
    page_width, width, scale = _LAYOUT[fmt]
    if fmt in _ROLL:
        margin_x = (page_width - width) / 2
        # Measure on a throw-away story: wrapping caches sizes that the real build must redo.
        height = _height(_story(data, width, scale), width) + 2 * _ROLL_MARGIN + 2 * mm
        pagesize, margin_y = (page_width, height), _ROLL_MARGIN
    else:
        pagesize = A5 if fmt is TicketFormat.A5 else A4
        margin_x, margin_y = (pagesize[0] - width) / 2, 15 * mm
    out = BytesIO()
    doc = BaseDocTemplate(out, pagesize=pagesize, title=t("title", data.language), author=data.shop.name,
                          creator="kundereg")
    # No frame padding: the printable width of a roll is all there is.
    frame = Frame(margin_x, margin_y, width, pagesize[1] - 2 * margin_y, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("ticket", frames=[frame])])
    doc.build(_story(data, width, scale))
    return out.getvalue()
