"""Display formats for money, phones and times, in the user's locale (Babel, phonenumbers).

Without an explicit ``locale`` they follow ``i18n.current_locale()``: the UI language as
written in the shop's country (nb_NO, sv_FI, ...)."""
from __future__ import annotations

from datetime import date, datetime

import phonenumbers
from babel.dates import format_date as _babel_date, format_datetime as _babel_datetime
from babel.numbers import format_currency

from .i18n import DEFAULT_LOCALE, current_locale

__all__ = ["DEFAULT_LOCALE", "current_locale", "format_date", "format_datetime", "format_money", "format_phone"]


def format_money(minor: int, currency: str, locale: str | None = None) -> str:
    return format_currency(minor / 100, currency, locale=locale or current_locale())


def format_phone(e164: str | None) -> str:
    if not e164:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


def format_datetime(value: datetime | None, locale: str | None = None) -> str:
    """Shown in the PC's local time zone; stored in UTC."""
    if value is None:
        return ""
    return _babel_datetime(value.astimezone(), "short", locale=locale or current_locale())


def format_date(value: date | datetime | None, locale: str | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return _babel_date(value, "short", locale=locale or current_locale())
