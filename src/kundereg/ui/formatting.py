"""Display formats in the user's locale: ``domain.formatting`` with ``i18n.current_locale()``
(the UI language as written in the shop's country: nb_NO, sv_FI, ...) unless one is named."""
from __future__ import annotations

from datetime import date, datetime

from ..domain import formatting as fmt
from ..domain.formatting import format_phone
from .i18n import DEFAULT_LOCALE, current_locale

__all__ = ["DEFAULT_LOCALE", "current_locale", "format_amount", "format_date", "format_datetime", "format_money",
           "format_phone"]


def format_money(minor: int, currency: str, locale: str | None = None) -> str:
    return fmt.format_money(minor, currency, locale or current_locale())


def format_amount(minor: int, locale: str | None = None) -> str:
    return fmt.format_amount(minor, locale or current_locale())


def format_datetime(value: datetime | None, locale: str | None = None) -> str:
    return fmt.format_datetime(value, locale or current_locale())


def format_date(value: date | datetime | None, locale: str | None = None) -> str:
    return fmt.format_date(value, locale or current_locale())
