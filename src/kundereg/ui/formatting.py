"""Display formats for money, phones and times, in the user's locale (Babel, phonenumbers)."""
from __future__ import annotations

from datetime import date, datetime

import phonenumbers
from babel.dates import format_date as _babel_date, format_datetime as _babel_datetime
from babel.numbers import format_currency

DEFAULT_LOCALE = "nb_NO"


def format_money(minor: int, currency: str, locale: str = DEFAULT_LOCALE) -> str:
    return format_currency(minor / 100, currency, locale=locale)


def format_phone(e164: str | None) -> str:
    if not e164:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


def format_datetime(value: datetime | None, locale: str = DEFAULT_LOCALE) -> str:
    """Shown in the PC's local time zone; stored in UTC."""
    if value is None:
        return ""
    return _babel_datetime(value.astimezone(), "short", locale=locale)


def format_date(value: date | datetime | None, locale: str = DEFAULT_LOCALE) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return _babel_date(value, "short", locale=locale)
