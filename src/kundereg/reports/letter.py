"""What the letters to a person share: dates, times and money in the shop's time zone and the
document's language, the shop's postal address and contact channels, the letterhead, the
organisation-number label of the shop's country and the supervisory authority's address block.

The access report and the erasure receipt lay these out with ``reports.page``; the privacy
notice and the record of processing use the plain helpers (address, channels, labels).
"""
from __future__ import annotations

from datetime import date, datetime, timezone
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale
from babel.dates import format_date, format_time
from babel.lists import format_list
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from ..domain import legal
from ..domain.catalogue import translate
from ..domain.formatting import format_money, format_phone
from ..domain.languages import check_language, locale_for
from ..domain.report_data import AccessReportData, ControllerInfo, ErasureReceiptData
from . import texts
from .fonts import register_fonts
from .page import ACCENT, CONTENT_W, Styles, markup

class Letter:
    """What a letter to a person is built with: its data (with ``language`` and ``controller``),
    fonts, styles and formats. The access report and the erasure receipt extend it."""

    def __init__(self, data: AccessReportData | ErasureReceiptData) -> None:
        check_language(data.language)
        self.data = data
        self.lang = data.language
        self.fonts = register_fonts()
        self.st = Styles(self.fonts.regular, self.fonts.bold)
        self.fmt = Formatter(data.language, data.controller.country)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup(text), style or self.st.body)

    def channels(self, *, shop: bool = True, letter: bool = True) -> str:
        """The ways to reach the shop, as a list in the letter's language."""
        c = self.data.controller
        return channels(self.lang, self.fmt.locale, email=c.email, phone=c.phone, shop=shop,
                        address=controller_address(c) if letter else "")


TIME_ZONES = {"NO": "Europe/Oslo", "SE": "Europe/Stockholm", "FI": "Europe/Helsinki", "DK": "Europe/Copenhagen"}


def document_locale(language: str, country: str | None) -> str:
    """The Babel locale of a document: its language as written in the shop's country (sv_FI)."""
    return locale_for(language, (country or "").upper())


class Formatter:
    """Dates, times and money in the document's language, in the shop's time zone, cached per value."""

    def __init__(self, language: str, country: str) -> None:
        self.language = language
        self.country = (country or "").upper()
        self.locale = document_locale(language, self.country)
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
        return texts.word("at_time", self.language).format(
            date=format_date(local.date(), "long", locale=self.locale),
            time=format_time(local.time(), "short", locale=self.locale))

    def money(self, minor: int, currency: str) -> str:
        key = (minor, currency)
        text = self._money.get(key)
        if text is None:
            text = self._money[key] = format_money(minor, currency, self.locale)
        return text

    def country_name(self, code: str | None) -> str:
        if not code:
            return ""
        return self._territories.get(code.upper(), code)


def address_line(street: str | None, postal_code: str | None, city: str | None) -> str:
    """'Kirkegata 5, 2815 Gjøvik'; the parts the shop has, or an empty string."""
    town = " ".join(x for x in (postal_code, city) if x)
    return ", ".join(x for x in (street, town) if x)


def controller_address(c: ControllerInfo) -> str:
    return address_line(c.street, c.postal_code, c.city)


def org_label(country: str, language: str) -> str:
    """What the shop's country calls its organisation number (Org.nr., Y-tunnus, CVR-nr.)."""
    label = texts.ORG_NUMBER_LABEL.get((country or "").upper(), texts.ORG_NUMBER_GENERIC)
    return translate(label, language)


def channels(language: str, locale: str, *, email: str | None, phone: str | None, address: str,
             shop: bool = True) -> str:
    """'in the shop, by email to x, by phone on y or by letter to z', in ``language``; the ways the
    shop has no details for are left out."""
    found = [translate(legal.CHANNEL_SHOP, language)] if shop else []
    if email:
        found.append(translate(legal.CHANNEL_EMAIL, language).format(email=email))
    if phone:
        found.append(translate(legal.CHANNEL_PHONE, language).format(phone=format_phone(phone)))
    if address:
        found.append(translate(legal.CHANNEL_LETTER, language).format(address=address))
    return format_list(found, style="or", locale=locale) if found else ""


def letterhead(c: ControllerInfo, language: str, st: Styles, font: str, space_after: float) -> list:
    """The shop's name and address on the left, organisation number, phone and email on the right."""
    left = [Paragraph(markup(c.name), st.shop)]
    if controller_address(c):
        left.append(Paragraph(markup(controller_address(c)), st.muted))
    right = []
    if c.org_number:
        right.append(Paragraph(markup(f"{org_label(c.country, language)} {c.org_number}"), st.right))
    if c.phone:
        right.append(Paragraph(markup(f"{texts.word('phone', language)} {format_phone(c.phone)}"), st.right))
    if c.email:
        right.append(Paragraph(markup(f"{texts.word('email', language)} {c.email}"), st.right))
    head = Table([[left, right]], colWidths=[CONTENT_W * 0.62, CONTENT_W * 0.38])
    head.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 6), ("LINEBELOW", (0, 0), (-1, 0), 1.2, ACCENT)]))
    return [head, Spacer(1, space_after * mm)]


def footer_left(c: ControllerInfo, language: str) -> str:
    """The shop's name, with its organisation number where it has one, for the page footer."""
    if c.org_number:
        return f"{c.name} · {org_label(c.country, language)} {c.org_number}"
    return c.name


def authority_paragraphs(country: str, language: str, st: Styles) -> list:
    """The right to complain and the supervisory authority of the shop's country, with its address."""
    story = [Paragraph(markup(translate(legal.COMPLAINT, language)), st.body)]
    authority = legal.supervisory_authority(country)
    if authority is None:
        return [*story, Paragraph(markup(translate(legal.AUTHORITY_UNKNOWN, language)), st.body)]
    lines = [f"<b>{escape(authority.name(language))}</b>",
             *(escape(line) for line in authority.address_lines(language)), escape(authority.website)]
    return [*story, KeepTogether([Paragraph("<br/>".join(lines), st.indented)])]
