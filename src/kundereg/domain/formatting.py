"""Display formats for money, phones and dates with Babel and phonenumbers: one place for the
GUI, the documents and the command line. Money is integer minor units, never a float.

The caller names the locale (``nb_NO``, ``sv_FI``, ...): ``ui.formatting`` passes the UI's,
documents pass their language as written in the shop's country."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import phonenumbers
from babel.dates import format_date as _babel_date, format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal

from .languages import locale_for  # noqa: F401  (formats are asked for by locale)

MINOR_UNITS = 2  # NOK, SEK, EUR and DKK all have two


def money_amount(minor: int) -> Decimal:
    return Decimal(minor).scaleb(-MINOR_UNITS)


def format_money(minor: int, currency: str, locale: str) -> str:
    """``2 181,00 kr`` in nb_NO: the currency's symbol as that locale writes it."""
    return format_currency(money_amount(minor), currency, locale=locale)


def format_amount(minor: int, locale: str) -> str:
    """The amount without a currency, with two decimals (``349,00``)."""
    return format_decimal(money_amount(minor), format="#,##0.00", locale=locale)


def format_phone(e164: str | None) -> str:
    """``+47 912 34 567``; what was stored when it is not a number phonenumbers can parse."""
    if not e164:
        return ""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, None),
                                          phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        return e164


def format_datetime(value: datetime | None, locale: str) -> str:
    """Shown in the PC's local time zone; stored in UTC."""
    if value is None:
        return ""
    return _babel_datetime(value.astimezone(), "short", locale=locale)


def format_date(value: date | datetime | None, locale: str) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.astimezone().date()
    return _babel_date(value, "short", locale=locale)
