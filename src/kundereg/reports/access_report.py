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

import io
import os
import secrets
from collections.abc import Callable, Iterable
from datetime import date, datetime, timezone
from decimal import Decimal
from typing import BinaryIO
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, localedata
from babel.dates import format_date, format_time
from babel.lists import format_list
from babel.numbers import format_currency
from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (BaseDocTemplate, CondPageBreak, Frame, KeepTogether, PageBreak, PageTemplate,
                                Paragraph, Spacer, Table, TableStyle)

from ..domain import legal
from ..domain.enums import PurchaseStatus
from ..domain.legal import pick
from ..domain.records import CUSTOMER_FIELDS, Purchase, item_summary
from ..domain.report_data import AccessReportData, CategoryInfo
from . import texts
from .fonts import register_fonts
from .rowtable import Column, RowStyle, RowTable
from .texts import t

__all__ = ["render_access_report", "new_report_password", "purchase_rows", "PASSWORD_ALPHABET"]

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

TIME_ZONES = {"NO": "Europe/Oslo", "SE": "Europe/Stockholm", "FI": "Europe/Helsinki", "DK": "Europe/Copenhagen"}
NOT_COUNTED = frozenset({PurchaseStatus.CANCELLED, PurchaseStatus.RETURNED})


def new_report_password(groups: int = 4, size: int = 4) -> str:
    """A password for an encrypted report, e.g. 'K7QM-3WZP-H9TC-XR4E' (~79 bits with 4x4)."""
    return "-".join("".join(secrets.choice(PASSWORD_ALPHABET) for _ in range(size)) for _ in range(groups))


# -- formatting -------------------------------------------------------------------------------


class Formatter:
    """Dates, times and money in the report's language, in the shop's time zone, cached per value."""

    def __init__(self, language: str, country: str) -> None:
        self.language = language
        self.country = (country or "").upper()
        self.locale = babel_locale(language, self.country)
        try:
            self.zone = ZoneInfo(TIME_ZONES.get(self.country, "UTC"))
        except ZoneInfoNotFoundError:  # no tz database (Windows without tzdata): the PC's zone
            self.zone = None
        self._short: dict[date, str] = {}
        self._money: dict[tuple[int, str], str] = {}
        self._territories = Locale.parse(self.locale).territories

    def local(self, value: datetime) -> datetime:
        if value.tzinfo is None:
            value = value.replace(tzinfo=timezone.utc)
        return value.astimezone(self.zone) if self.zone is not None else value.astimezone()

    def day(self, value: date | datetime | None) -> date | None:
        if value is None:
            return None
        return self.local(value).date() if isinstance(value, datetime) else value

    def short(self, value: date | datetime | None) -> str:
        day = self.day(value)
        if day is None:
            return ""
        text = self._short.get(day)
        if text is None:
            text = self._short[day] = format_date(day, "short", locale=self.locale)
        return text

    def long(self, value: date | datetime | None) -> str:
        day = self.day(value)
        return "" if day is None else format_date(day, "long", locale=self.locale)

    def when(self, value: datetime) -> str:
        local = self.local(value)
        return t("at_time", self.language).format(date=format_date(local.date(), "long", locale=self.locale),
                                                  time=format_time(local.time(), "short", locale=self.locale))

    def money(self, minor: int, currency: str) -> str:
        key = (minor, currency)
        text = self._money.get(key)
        if text is None:
            text = self._money[key] = format_currency(Decimal(minor).scaleb(-2), currency, locale=self.locale)
        return text

    def country_name(self, code: str | None) -> str:
        if not code:
            return ""
        return self._territories.get(code.upper(), code)


def babel_locale(language: str, country: str) -> str:
    """'sv' + 'FI' -> 'sv_FI' where CLDR has that pair, else the language's home locale."""
    paired = f"{language}_{(country or '').upper()}"
    if localedata.exists(paired):
        return paired
    return texts.BABEL_LOCALE.get(language, "en_GB")


def format_phone(e164: str | None) -> str:
    if not e164:
        return ""
    import phonenumbers

    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None), phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


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


# -- styles -----------------------------------------------------------------------------------


class _Styles:
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
        self.rows = RowStyle(font=regular, bold_font=bold, size=8.5, leading=11, header_fill=HEADER_FILL,
                             stripe_fill=STRIPE_FILL, rule_color=RULE, text_color=INK)
        self.pairs = RowStyle(font=regular, bold_font=bold, size=9, leading=12, pad_y=3, header_fill=None,
                              stripe_fill=STRIPE_FILL, rule_color=None, text_color=INK)


def _p(text: str) -> str:
    """Plain text (names, notes: anything typed) made safe for Paragraph markup."""
    return escape(text).replace("\n", "<br/>")


# -- the document -----------------------------------------------------------------------------


class _Report:
    def __init__(self, data: AccessReportData) -> None:
        if data.language not in legal.LANGUAGES:
            raise ValueError(f"unsupported report language {data.language!r}")
        self.data = data
        self.lang = data.language
        self.fonts = register_fonts()
        self.st = _Styles(self.fonts.regular, self.fonts.bold)
        self.fmt = Formatter(data.language, data.controller.country)
        self.customer_name = data.customer.display_name
        self.sections: list[tuple[str, str]] = []  # (key, heading with count) for the contents list

    # words
    def w(self, key: str) -> str:
        return t(key, self.lang)

    def heading(self, key: str) -> str:
        return pick(legal.SECTION_HEADINGS[key], self.lang)

    # building blocks
    def section(self, number: int, key: str, room: float = 45 * mm) -> list:
        return [CondPageBreak(room), Paragraph(f"{number}. {escape(self.heading(key))}", self.st.h1)]

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(_p(text), style or self.st.body)

    def pairs(self, rows: list[tuple[str, str]]) -> RowTable:
        cols = (Column(46 * mm, bold=True), Column(CONTENT_W - 46 * mm))
        return RowTable(cols, rows, self.st.pairs)

    def table(self, widths: Iterable[tuple[float, str]], header: list[str], rows: list, bold_rows=()) -> RowTable:
        cols = tuple(Column(w * mm, align=a) for w, a in widths)
        return RowTable(cols, rows, self.st.rows, header=header, bold_rows=bold_rows)

    # the ways to reach the shop, as a list in the report's language
    def channels(self, shop: bool = False, letter: bool = False) -> str:
        c = self.data.controller
        found = [pick(legal.CHANNEL_SHOP, self.lang)] if shop else []
        if c.email:
            found.append(pick(legal.CHANNEL_EMAIL, self.lang).format(email=c.email))
        if c.phone:
            found.append(pick(legal.CHANNEL_PHONE, self.lang).format(phone=format_phone(c.phone) or c.phone))
        if letter and self.address_line():
            found.append(pick(legal.CHANNEL_LETTER, self.lang).format(address=self.address_line()))
        return format_list(found, style="or", locale=self.fmt.locale) if found else ""

    def address_line(self) -> str:
        c = self.data.controller
        town = " ".join(x for x in (c.postal_code, c.city) if x)
        return ", ".join(x for x in (c.street, town) if x)

    # -- page 1: the letter -------------------------------------------------------------------

    def letterhead(self) -> list:
        c, st = self.data.controller, self.st
        left = [Paragraph(_p(c.name), st.shop)]
        if self.address_line():
            left.append(Paragraph(_p(self.address_line()), st.muted))
        right = []
        if c.org_number:
            org_label = pick(texts.ORG_NUMBER_LABEL.get(c.country.upper(), texts.ORG_NUMBER_GENERIC), self.lang)
            right.append(Paragraph(_p(f"{org_label} {c.org_number}"), st.right))
        if c.phone:
            right.append(Paragraph(_p(f"{self.w('phone')} {format_phone(c.phone) or c.phone}"), st.right))
        if c.email:
            right.append(Paragraph(_p(f"{self.w('email')} {c.email}"), st.right))
        head = Table([[left, right]], colWidths=[CONTENT_W * 0.62, CONTENT_W * 0.38])
        head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                                  ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT)]))
        return [head, Spacer(1, 10 * mm)]

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
        meta = [(self.w("date"), self.fmt.long(d.generated_at)), (self.w("our_reference"), d.reference)]
        if d.request_received_on:
            meta.append((self.w("request_received"), self.fmt.long(d.request_received_on)))
        left = [Paragraph("<br/>".join(_p(x) for x in lines), ParagraphStyle("addr", parent=st.body))]
        right = [Paragraph("<br/>".join(f"{_p(k)}: {_p(v)}" for k, v in meta), st.right)]
        block = Table([[left, right]], colWidths=[CONTENT_W * 0.55, CONTENT_W * 0.45])
        block.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), self.fonts.regular), ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [block, Spacer(1, 9 * mm)]

    def letter(self) -> list:
        d, st = self.data, self.st
        title = pick(legal.DOCUMENT_TITLE, self.lang)
        story = [*self.letterhead(), *self.addressee(),
                 Paragraph(escape(title), st.title),
                 Paragraph(escape(pick(legal.DOCUMENT_SUBJECT, self.lang)), st.subtitle),
                 self.para(self.w("salutation").format(name=self.customer_name))]
        thanks = (self.w("thanks_received").format(date=self.fmt.long(d.request_received_on))
                  if d.request_received_on else self.w("thanks"))
        intro = pick(legal.INTRODUCTION, self.lang).format(shop=d.controller.name, date=self.fmt.long(d.generated_at))
        story.append(self.para(f"{thanks} {intro}"))
        v = d.verification
        if v is not None:
            method = texts.verification_phrase(v.method, v.detail, self.lang)
            text = self.w("verified").format(method=method, staff=v.staff_name, when=self.fmt.when(v.at))
            story.append(self.para(f"{text} {pick(legal.NO_ID_COPY, self.lang)}"))
        else:
            story.append(self.para(f"{self.w('not_verified')} {pick(legal.NO_ID_COPY, self.lang)}"))
        story.append(self.para(self.w("contents")))
        for number, (_key, heading) in enumerate(self.sections, start=1):
            story.append(Paragraph(_p(heading), st.item, bulletText=f"{number}."))
        story.append(Spacer(1, 4))
        contact = self.channels()
        story.append(self.para(self.w("closing").format(contact=f" {contact}" if contact else "")))
        story.append(Spacer(1, 4))
        story.append(self.para(self.w("regards")))
        story.append(Paragraph(f"{_p(d.staff_name)}<br/>{_p(d.controller.name)}", st.body))
        story.append(PageBreak())
        return story

    # -- the sections ---------------------------------------------------------------------------

    def field_value(self, name: str, value: object) -> str:
        if value is None or value == "":
            return self.w("not_recorded")
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
        rows = [(self.w("customer_number"), str(cu.id))]
        rows += [(texts.label(texts.FIELD_LABELS, f, self.lang), self.field_value(f, getattr(cu, f))) for f in names]
        rows += [(self.w("created_at"), self.fmt.long(cu.created_at)),
                 (self.w("updated_at"), self.fmt.long(cu.updated_at)),
                 (self.w("last_activity_at"), self.fmt.long(cu.last_activity_at))]
        return [*self.section(number, "data"), self.para(self.w("data_intro")), self.pairs(rows)]

    def consents_section(self, number: int) -> list:
        consents = sorted(self.data.consents, key=lambda c: (c.given_at, c.id))
        story = self.section(number, "consents")
        if not consents:
            return [*story, self.para(self.w("consents_none"))]
        rows = [(c.purpose, self.fmt.short(c.given_at), texts.label(texts.CONSENT_SOURCE, c.source, self.lang),
                 self.fmt.short(c.withdrawn_at or c.expired_at) if not c.active else self.w("still_valid"))
                for c in consents]
        header = [self.w("col_purpose"), self.w("col_given"), self.w("col_how"), self.w("col_withdrawn")]
        return [*story, self.para(self.w("consents_intro")),
                self.table(((80, "left"), (26, "left"), (32, "left"), (32, "left")), header, rows)]

    def purchases_section(self, number: int) -> list:
        story = self.section(number, "purchases", room=60 * mm)
        rows: list = purchase_rows(self.data, self.fmt)
        if not rows:
            return [*story, self.para(self.w("purchases_none"))]
        totals: dict[str, int] = {}
        for p in self.data.purchases:
            if p.status not in NOT_COUNTED:
                totals[p.currency] = totals.get(p.currency, 0) + p.total_minor
        bold_rows = []
        for currency, minor in sorted(totals.items()):
            bold_rows.append(len(rows))
            rows.append(("", "", self.w("total"), "", self.fmt.money(minor, currency)))
        header = [self.w("col_date"), self.w("col_number"), self.w("col_description"), self.w("col_status"),
                  self.w("col_amount")]
        widths = ((22, "left"), (15, "right"), (73, "left"), (31, "left"), (29, "right"))
        return [*story, self.para(self.w("purchases_intro").format(count=len(self.data.purchases))),
                self.table(widths, header, rows, bold_rows=bold_rows)]

    def events_section(self, number: int) -> list:
        story = self.section(number, "service_events")
        events = sorted(self.data.service_events, key=lambda e: (e.opened_at, e.id))
        if not events:
            return [*story, self.para(self.w("events_none"))]
        numbers = {p.id: p.number for p in self.data.purchases}
        rows = [(self.fmt.short(e.opened_at), texts.label(texts.EVENT_KIND, e.kind, self.lang), e.description,
                 str(numbers.get(e.purchase_id, "")) if e.purchase_id is not None else "",
                 texts.label(texts.EVENT_STATUS, e.status, self.lang), self.fmt.short(e.closed_at))
                for e in events]
        header = [self.w("col_opened"), self.w("col_kind"), self.w("col_description"), self.w("col_order"),
                  self.w("col_status"), self.w("col_closed")]
        widths = ((22, "left"), (25, "left"), (62, "left"), (15, "right"), (24, "left"), (22, "left"))
        return [*story, self.para(self.w("events_intro")), self.table(widths, header, rows)]

    def requests_section(self, number: int) -> list:
        story = self.section(number, "requests")
        requests = sorted(self.data.requests, key=lambda r: (r.received_on, r.reference))
        if not requests:
            return [*story, self.para(self.w("requests_none"))]
        rows = [(r.reference, texts.label(texts.REQUEST_KIND, r.kind, self.lang), self.fmt.short(r.received_on),
                 texts.label(texts.REQUEST_STATUS, r.status, self.lang), self.fmt.short(r.completed_on))
                for r in requests]
        header = [self.w("col_reference"), self.w("col_kind"), self.w("col_received"), self.w("col_status"),
                  self.w("col_completed")]
        widths = ((26, "left"), (52, "left"), (28, "left"), (36, "left"), (28, "left"))
        return [*story, self.para(self.w("requests_intro")), self.table(widths, header, rows)]

    def categories(self) -> tuple[CategoryInfo, ...]:
        if self.data.categories:
            return self.data.categories
        cu = self.data.customer
        with_company = bool(cu.company_name or cu.org_number or cu.invoice_email
                            or {"company_name", "org_number", "invoice_email"} & set(self.data.shown_fields))
        return legal.default_categories(self.lang, self.data.controller.country, with_company=with_company)

    def processing_section(self, number: int) -> list:
        story = [*self.section(number, "processing"), self.para(pick(legal.PROCESSING_INTRO, self.lang))]
        for cat in self.categories():
            basis = "\n".join(legal.legal_basis_lines(cat.legal_basis, self.lang)) or cat.legal_basis
            rows = [(self.w("col_purpose"), cat.purpose), (self.w("legal_basis"), basis),
                    (self.w("retention"), cat.retention), (self.w("recipients"), "\n".join(cat.recipients)),
                    (self.w("source"), cat.source)]
            story.append(KeepTogether([Paragraph(_p(cat.title or legal.category_name(cat.key, self.lang)), self.st.h2),
                                       self.pairs(rows), Spacer(1, 4)]))
        return story

    def rights_section(self, number: int) -> list:
        story = self.section(number, "rights")
        for right in legal.RIGHTS:
            story.append(Paragraph(f"<b>{escape(pick(right.title, self.lang))}</b> "
                                   f"({escape(pick(right.article, self.lang))}). "
                                   f"{escape(pick(right.explanation, self.lang))}", self.st.item, bulletText="•"))
        how = pick(legal.HOW_TO_USE_RIGHTS, self.lang).format(channels=self.channels(shop=True, letter=True))
        story += [Paragraph(escape(self.heading("how_to")), self.st.h2), self.para(how)]
        return story

    def complaint_section(self, number: int) -> list:
        story = [*self.section(number, "complaint"), self.para(pick(legal.COMPLAINT, self.lang))]
        authority = legal.supervisory_authority(self.data.controller.country)
        if authority is None:
            return [*story, self.para(pick(legal.AUTHORITY_UNKNOWN, self.lang))]
        lines = [f"<b>{escape(authority.name(self.lang))}</b>",
                 *(escape(line) for line in authority.address_lines(self.lang)), escape(authority.website)]
        block = Paragraph("<br/>".join(lines), ParagraphStyle("authority", parent=self.st.body, leftIndent=12))
        return [*story, KeepTogether([block])]

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
            ("transfers", lambda n: self.plain_section(n, "transfers", pick(legal.NO_THIRD_COUNTRY_TRANSFERS,
                                                                                  self.lang))),
            ("automated", lambda n: self.plain_section(n, "automated", pick(legal.AUTOMATED_DECISIONS, self.lang))),
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
        left = d.controller.name
        if d.controller.org_number:
            org_label = pick(texts.ORG_NUMBER_LABEL.get(d.controller.country.upper(), texts.ORG_NUMBER_GENERIC),
                             self.lang)
            left = f"{left} · {org_label} {d.controller.org_number}"
        draw_page_frame(canv, self.fonts.regular, page,
                        footer=f"{left} · {self.w('our_reference')} {d.reference}",
                        page_label=self.w("page_of").format(page=page, pages=pages),
                        header_left=d.controller.name,
                        header_right=f"{pick(legal.DOCUMENT_TITLE, self.lang)} · {self.customer_name}")


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


def _numbered_canvas(decorate: Callable[[Canvas, int, int], None]) -> type[Canvas]:
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


def render_access_report(data: AccessReportData, out: str | os.PathLike | BinaryIO,
                         password: str | None = None) -> None:
    """Write the access report for ``data`` to a path or a binary file object.

    With ``password``, the PDF is encrypted (AES-256) and cannot be opened without it; give the
    password to the person by another channel than the file (e.g. by phone or SMS)."""
    if password is not None and not password:
        raise ValueError("an empty password would not protect the report")
    report = _Report(data)
    title = pick(legal.DOCUMENT_TITLE, data.language)
    build_pdf(out, report.story(), report.decorate, font=report.fonts.regular,
              title=f"{title} – {report.customer_name}", author=data.controller.name,
              subject=f"{pick(legal.DOCUMENT_SUBJECT, data.language)} ({data.reference})",
              keywords=f"GDPR, Art. 15, {data.reference}", language=data.language, password=password)


def build_pdf(out: str | os.PathLike | BinaryIO, story: list, decorate: Callable[[Canvas, int, int], None], *,
              font: str, title: str, author: str, subject: str, keywords: str, language: str,
              password: str | None = None) -> None:
    """Lay ``story`` out on A4 with the shared margins and page decoration, write it to a path or
    a binary file object, AES-256 encrypted when ``password`` is given."""
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
