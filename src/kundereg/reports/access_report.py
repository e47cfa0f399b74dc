"""The GDPR Art. 15 access report ("innsyn"): a letter to the person with everything held about them.

``render_access_report(data, out, password=None)`` writes an A4 PDF in ``data.language`` (nb,
nn, sv, fi, da or en, independent of the UI language) from plain ``AccessReportData``:

page 1  the letter: letterhead (shop name, address, organisation number, contact), the person's
        address, date and reference, a short introduction, how identity was verified (method,
        staff, time; never an ID number), what the letter contains, and the signature;
then    1 the fields held, 2 consents, 3 purchases (one row each, with totals), 4 complaints,
        returns and repairs, 5 data-subject requests, 6 purpose, legal basis, retention,
        recipients and source per category, 7 transfers, 8 automated decisions, 9 rights and
        how to use them, 10 the right to complain, with the supervisory authority's address.

Every page has "Page X of Y"; the PDF carries title, author, subject and language. Text is set in
the embedded DejaVu Sans (``reports.fonts``), so any name prints and extracts as typed. With a
``password`` the file is encrypted with AES-256 (pypdf, PDF 2.0 security handler revision 6) for
sending by email; ``new_report_password()`` makes a password staff can read out or text.

The legal wording comes from ``domain.legal``; labels and letter phrases from ``reports.texts``.
Long listings use ``reports.rowtable.RowTable``, which keeps 5,000 purchases well under a second.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from ..domain import legal
from ..domain.catalogue import translate
from ..domain.enums import PurchaseStatus
from ..domain.formatting import format_phone
from ..domain.records import CUSTOMER_FIELDS, Purchase, item_summary
from ..domain.report_data import AccessReportData
from . import letter, texts
from .letter import Formatter, Letter
from .page import CONTENT_W, build_pdf, draw_page_frame, markup
from .rowtable import Column, RowTable

__all__ = ["render_access_report", "purchase_rows", "purchase_description"]

NOT_COUNTED = frozenset({PurchaseStatus.CANCELLED, PurchaseStatus.RETURNED})


# -- the rows of the purchase table (shared with the benchmark's baseline) ---------------------


def purchase_description(purchase: Purchase) -> str:
    items = item_summary(purchase.lines)
    if purchase.description and items and items != purchase.description:
        return f"{purchase.description}\n{items}"
    return purchase.description or items


def purchase_rows(data: AccessReportData, fmt: Formatter | None = None) -> list[tuple[str, str, str, str, str]]:
    """(date, number, description, status, amount) per purchase, oldest first, as printed."""
    fmt = fmt or Formatter(data.language, data.controller.country)
    language = data.language
    status = {s: texts.label(texts.PURCHASE_STATUS, s.value, language) for s in PurchaseStatus}
    ordered = sorted(data.purchases, key=lambda p: (p.purchased_at, p.number))
    return [(fmt.short(p.purchased_at), str(p.number), purchase_description(p),
             status.get(p.status) or texts.label(texts.PURCHASE_STATUS, str(p.status), language),
             fmt.money(p.total_minor, p.currency)) for p in ordered]


# -- the document -----------------------------------------------------------------------------


class _Report(Letter):
    def __init__(self, data: AccessReportData) -> None:
        super().__init__(data)
        self.customer_name = data.customer.display_name
        self.sections: list[tuple[str, str]] = []  # (key, heading with count) for the contents list

    def word(self, key: str) -> str:
        return texts.word(key, self.lang)

    def heading(self, key: str) -> str:
        return translate(legal.SECTION_HEADINGS[key], self.lang)

    # building blocks
    def section(self, number: int, key: str, room: float = 45 * mm) -> list:
        return [CondPageBreak(room), Paragraph(f"{number}. {escape(self.heading(key))}", self.st.h1)]

    def pairs(self, rows: list[tuple[str, str]]) -> RowTable:
        cols = (Column(46 * mm, bold=True), Column(CONTENT_W - 46 * mm))
        return RowTable(cols, rows, self.st.pairs)

    def table(self, widths: Iterable[tuple[float, str]], header: list[str], rows: list, bold_rows=()) -> RowTable:
        cols = tuple(Column(w * mm, align=a) for w, a in widths)
        return RowTable(cols, rows, self.st.rows, header=header, bold_rows=bold_rows)

    # -- page 1: the letter -------------------------------------------------------------------

    def addressee(self) -> list:
        d, cu, st = self.data, self.data.customer, self.st
        person = " ".join(x for x in (cu.first_name, cu.last_name) if x) or cu.company_name or ""
        lines = [person]
        if cu.company_name and person != cu.company_name:
            lines.append(cu.company_name)
        if cu.street:
            lines.append(cu.street)
        town = " ".join(x for x in (cu.postal_code, cu.city) if x)
        if town:
            lines.append(town)
        if cu.country and cu.country.upper() != d.controller.country.upper():
            lines.append(self.fmt.country_name(cu.country))
        meta = [(self.word("date"), self.fmt.long(d.generated_at)), (self.word("our_reference"), d.reference)]
        if d.request_received_on:
            meta.append((self.word("request_received"), self.fmt.long(d.request_received_on)))
        left = [Paragraph("<br/>".join(markup(x) for x in lines), ParagraphStyle("addr", parent=st.body))]
        right = [Paragraph("<br/>".join(f"{markup(k)}: {markup(v)}" for k, v in meta), st.right)]
        block = Table([[left, right]], colWidths=[CONTENT_W * 0.55, CONTENT_W * 0.45])
        block.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [block, Spacer(1, 9 * mm)]

    def letter(self) -> list:
        d, st = self.data, self.st
        title = translate(legal.DOCUMENT_TITLE, self.lang)
        story = [*letter.letterhead(d.controller, self.lang, st, self.fonts.regular, 10), *self.addressee(),
                 Paragraph(escape(title), st.title),
                 Paragraph(escape(translate(legal.DOCUMENT_SUBJECT, self.lang)), st.subtitle),
                 self.para(self.word("salutation").format(name=self.customer_name))]
        thanks = (self.word("thanks_received").format(date=self.fmt.long(d.request_received_on))
                  if d.request_received_on else self.word("thanks"))
        intro = translate(legal.INTRODUCTION, self.lang).format(shop=d.controller.name, date=self.fmt.long(d.generated_at))
        story.append(self.para(f"{thanks} {intro}"))
        v = d.verification
        if v is not None:
            method = texts.verification_phrase(v.method, v.detail, self.lang)
            text = self.word("verified").format(method=method, staff=v.staff_name, when=self.fmt.when(v.at))
            story.append(self.para(f"{text} {translate(legal.NO_ID_COPY, self.lang)}"))
        else:
            story.append(self.para(f"{self.word('not_verified')} {translate(legal.NO_ID_COPY, self.lang)}"))
        story.append(self.para(self.word("contents")))
        for number, (_key, heading) in enumerate(self.sections, start=1):
            story.append(Paragraph(markup(heading), st.item, bulletText=f"{number}."))
        story.append(Spacer(1, 4))
        contact = self.channels(shop=False, letter=False)
        story.append(self.para(self.word("closing").format(contact=f" {contact}" if contact else "")))
        story.append(Spacer(1, 4))
        story.append(self.para(self.word("regards")))
        lines = texts.signature_lines(d.staff_name, d.staff_role, d.controller.name, self.lang)
        story.append(Paragraph("<br/>".join(markup(x) for x in lines), st.body))
        story.append(PageBreak())
        return story

    # -- the sections ---------------------------------------------------------------------------

    def field_value(self, name: str, value: object) -> str:
        if value is None or value == "":
            return self.word("not_recorded")
        if name == "mobile":
            return format_phone(str(value))
        if name == "country":
            code = str(value)
            named = self.fmt.country_name(code)
            return f"{named} ({code})" if named != code else code
        return str(value)

    def data_section(self, number: int) -> list:
        cu = self.data.customer
        names = list(dict.fromkeys(f for f in self.data.shown_fields if f in CUSTOMER_FIELDS))
        # Art. 15 covers all data held: a field the shop no longer shows is listed if it holds a value,
        # after the nearest field before it in the register's own order.
        for f in CUSTOMER_FIELDS:
            if f not in names and getattr(cu, f) not in (None, ""):
                earlier = [n for n in CUSTOMER_FIELDS[:CUSTOMER_FIELDS.index(f)] if n in names]
                names.insert(names.index(earlier[-1]) + 1 if earlier else 0, f)
        rows = [(self.word("customer_number"), str(cu.id))]
        rows += [(texts.label(texts.FIELD_LABELS, f, self.lang), self.field_value(f, getattr(cu, f))) for f in names]
        rows += [(self.word("created_at"), self.fmt.long(cu.created_at)),
                 (self.word("updated_at"), self.fmt.long(cu.updated_at)),
                 (self.word("last_activity_at"), self.fmt.long(cu.last_activity_at))]
        return [*self.section(number, "data"), self.para(self.word("data_intro")), self.pairs(rows)]

    def consents_section(self, number: int) -> list:
        consents = sorted(self.data.consents, key=lambda c: (c.given_at, c.id))
        story = self.section(number, "consents")
        if not consents:
            return [*story, self.para(self.word("consents_none"))]
        rows = [(c.purpose, self.fmt.short(c.given_at), texts.label(texts.CONSENT_SOURCE, c.source, self.lang),
                 self.fmt.short(c.withdrawn_at or c.expired_at) if not c.active else self.word("still_valid"))
                for c in consents]
        header = [self.word("col_purpose"), self.word("col_given"), self.word("col_how"), self.word("col_withdrawn")]
        return [*story, self.para(self.word("consents_intro")),
                self.table(((80, "left"), (26, "left"), (32, "left"), (32, "left")), header, rows)]

    def purchases_section(self, number: int) -> list:
        story = self.section(number, "purchases", room=60 * mm)
        rows: list = purchase_rows(self.data, self.fmt)
        if not rows:
            return [*story, self.para(self.word("purchases_none"))]
        totals: dict[str, int] = {}
        for p in self.data.purchases:
            if p.status not in NOT_COUNTED:
                totals[p.currency] = totals.get(p.currency, 0) + p.total_minor
        bold_rows = []
        for currency, minor in sorted(totals.items()):
            bold_rows.append(len(rows))
            rows.append(("", "", self.word("total"), "", self.fmt.money(minor, currency)))
        header = [self.word("col_date"), self.word("col_number"), self.word("col_description"), self.word("col_status"),
                  self.word("col_amount")]
        widths = ((22, "left"), (15, "right"), (73, "left"), (31, "left"), (29, "right"))
        return [*story, self.para(self.word("purchases_intro").format(count=len(self.data.purchases))),
                self.table(widths, header, rows, bold_rows=bold_rows)]

    def events_section(self, number: int) -> list:
        story = self.section(number, "service_events")
        events = sorted(self.data.service_events, key=lambda e: (e.opened_at, e.id))
        if not events:
            return [*story, self.para(self.word("events_none"))]
        numbers = {p.id: p.number for p in self.data.purchases}
        rows = [(self.fmt.short(e.opened_at), texts.label(texts.EVENT_KIND, e.kind, self.lang), e.description,
                 str(numbers.get(e.purchase_id, "")) if e.purchase_id is not None else "",
                 texts.label(texts.EVENT_STATUS, e.status, self.lang), self.fmt.short(e.closed_at))
                for e in events]
        header = [self.word("col_opened"), self.word("col_kind"), self.word("col_description"), self.word("col_order"),
                  self.word("col_status"), self.word("col_closed")]
        widths = ((22, "left"), (25, "left"), (62, "left"), (15, "right"), (24, "left"), (22, "left"))
        return [*story, self.para(self.word("events_intro")), self.table(widths, header, rows)]

    def requests_section(self, number: int) -> list:
        story = self.section(number, "requests")
        requests = sorted(self.data.requests, key=lambda r: (r.received_on, r.reference))
        if not requests:
            return [*story, self.para(self.word("requests_none"))]
        rows = [(r.reference, texts.label(texts.REQUEST_KIND, r.kind, self.lang), self.fmt.short(r.received_on),
                 texts.label(texts.REQUEST_STATUS, r.status, self.lang), self.fmt.short(r.completed_on))
                for r in requests]
        header = [self.word("col_reference"), self.word("col_kind"), self.word("col_received"), self.word("col_status"),
                  self.word("col_completed")]
        widths = ((26, "left"), (52, "left"), (28, "left"), (36, "left"), (28, "left"))
        return [*story, self.para(self.word("requests_intro")), self.table(widths, header, rows)]

    def processing_section(self, number: int) -> list:
        story = [*self.section(number, "processing"), self.para(translate(legal.PROCESSING_INTRO, self.lang))]
        for cat in self.data.categories:
            basis = "\n".join(legal.legal_basis_lines(cat.legal_basis, self.lang)) or cat.legal_basis
            rows = [(self.word("col_purpose"), cat.purpose), (self.word("legal_basis"), basis),
                    (self.word("retention"), cat.retention), (self.word("recipients"), "\n".join(cat.recipients)),
                    (self.word("source"), cat.source)]
            story.append(KeepTogether([Paragraph(markup(cat.title or cat.key), self.st.h2),
                                       self.pairs(rows), Spacer(1, 4)]))
        return story

    def rights_section(self, number: int) -> list:
        story = self.section(number, "rights")
        for right in legal.RIGHTS:
            story.append(Paragraph(f"<b>{escape(translate(right.title, self.lang))}</b> "
                                   f"({escape(translate(right.article, self.lang))}). "
                                   f"{escape(translate(right.explanation, self.lang))}", self.st.item, bulletText="•"))
        how = translate(legal.HOW_TO_USE_RIGHTS, self.lang).format(channels=self.channels())
        story += [Paragraph(escape(self.heading("how_to")), self.st.h2), self.para(how)]
        return story

    def complaint_section(self, number: int) -> list:
        return [*self.section(number, "complaint"),
                *letter.authority_paragraphs(self.data.controller.country, self.lang, self.st)]

    def plain_section(self, number: int, key: str, text: str) -> list:
        return [*self.section(number, key, room=25 * mm), self.para(text)]

    def story(self) -> list:
        d = self.data
        count_keys = {"consents": len(d.consents), "purchases": len(d.purchases),
                      "service_events": len(d.service_events), "requests": len(d.requests)}
        builders: list[tuple[str, Callable[[int], list]]] = [
            ("data", self.data_section),
            ("consents", self.consents_section),
            ("purchases", self.purchases_section),
            ("service_events", self.events_section),
            ("requests", self.requests_section),
            ("processing", self.processing_section),
            ("transfers", lambda n: self.plain_section(n, "transfers", translate(legal.NO_THIRD_COUNTRY_TRANSFERS,
                                                                                  self.lang))),
            ("automated", lambda n: self.plain_section(n, "automated", translate(legal.AUTOMATED_DECISIONS, self.lang))),
            ("rights", self.rights_section),
            ("complaint", self.complaint_section),
        ]
        self.sections = [(key, f"{self.heading(key)} ({count_keys[key]})" if key in count_keys else self.heading(key))
                         for key, _ in builders]
        story = self.letter()
        for number, (_key, build) in enumerate(builders, start=1):
            story += build(number)
        return story

    # -- page decoration (needs the page count, so it is drawn when the canvas saves) ----------

    def decorate(self, canv: Canvas, page: int, pages: int) -> None:
        d = self.data
        draw_page_frame(canv, self.fonts.regular, page,
                        footer=f"{letter.footer_left(d.controller, self.lang)} · {self.word('our_reference')} "
                               f"{d.reference}",
                        page_label=self.word("page_of").format(page=page, pages=pages),
                        header_left=d.controller.name,
                        header_right=f"{translate(legal.DOCUMENT_TITLE, self.lang)} · {self.customer_name}")


def render_access_report(data: AccessReportData, out: str | os.PathLike | BinaryIO,
                         password: str | None = None) -> None:
    """Write the access report for ``data`` to a path or a binary file object.

    With ``password``, the PDF is encrypted (AES-256) and cannot be opened without it; give the
    password to the person by another channel than the file (e.g. by phone or SMS)."""
    if password is not None and not password:
        raise ValueError("an empty password would not protect the report")
    report = _Report(data)
    title = translate(legal.DOCUMENT_TITLE, data.language)
    build_pdf(out, report.story(), report.decorate, font=report.fonts.regular,
              title=f"{title} – {report.customer_name}", author=data.controller.name,
              subject=f"{translate(legal.DOCUMENT_SUBJECT, data.language)} ({data.reference})",
              keywords=f"GDPR, Art. 15, {data.reference}", language=data.language, password=password)
