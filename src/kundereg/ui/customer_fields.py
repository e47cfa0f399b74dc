"""The customer form's fields: sections and labels, the country list, and what a new customer
starts with when created from the search text."""
from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ..domain.records import CustomerInput

NORDIC_COUNTRIES = ("NO", "SE", "DK", "FI", "IS")
_PHONE_TOKEN = re.compile(r"^[\d+()\-./]+$")

# Translated where shown, in the customer panel's context.
_N = QT_TRANSLATE_NOOP
# Form sections in display order: a heading (or None) and rows of (label, fields on that row).
# Mnemonics only on letters that the purchase history beside the form and the menu bar do
# not use. Each field has its own accessible name (FIELD_NAMES), also when it shares a row.
SECTIONS: tuple[tuple[str | None, tuple[tuple[str, tuple[str, ...]], ...]], ...] = (
    (_N("CustomerPanel", "Contact"), (
        (_N("CustomerPanel", "First name"), ("first_name",)),
        (_N("CustomerPanel", "Last name"), ("last_name",)),
        (_N("CustomerPanel", "&Mobile"), ("mobile",)),
        (_N("CustomerPanel", "&Email"), ("email",)))),
    (_N("CustomerPanel", "Address"), (
        (_N("CustomerPanel", "Street"), ("street",)),
        (_N("CustomerPanel", "Postal code, cit&y"), ("postal_code", "city")),
        (_N("CustomerPanel", "Co&untry"), ("country",)))),
    (_N("CustomerPanel", "Company"), (
        (_N("CustomerPanel", "Comp&any name"), ("company_name",)),
        (_N("CustomerPanel", "Org. number"), ("org_number",)),
        (_N("CustomerPanel", "&Invoice email"), ("invoice_email",)))),
    (None, ((_N("CustomerPanel", "Notes"), ("notes",)),)),
)
FIELD_NAMES: dict[str, str] = {
    "first_name": _N("CustomerPanel", "First name"), "last_name": _N("CustomerPanel", "Last name"),
    "mobile": _N("CustomerPanel", "Mobile"), "email": _N("CustomerPanel", "Email"),
    "street": _N("CustomerPanel", "Street"), "postal_code": _N("CustomerPanel", "Postal code"),
    "city": _N("CustomerPanel", "City"), "country": _N("CustomerPanel", "Country"),
    "company_name": _N("CustomerPanel", "Company name"), "org_number": _N("CustomerPanel", "Org. number"),
    "invoice_email": _N("CustomerPanel", "Invoice email"), "notes": _N("CustomerPanel", "Notes"),
}


def prefill_from_search(text: str) -> CustomerInput:
    """What a new customer starts with when created from the search text.

    Phone-like words become the mobile, an address with '@' the email, the other words the
    name: the last word is the last name ("kari nord" -> first "Kari", last "Nord").
    """
    phone: list[str] = []
    email: str | None = None
    names: list[str] = []
    for word in text.split():
        if _PHONE_TOKEN.match(word) and any(ch.isdigit() for ch in word):
            phone.append(word)
        elif "@" in word and email is None:
            email = word
        else:
            names.append(_capitalise(word))
    first = last = None
    if len(names) == 1:
        first = names[0]
    elif names:
        first, last = " ".join(names[:-1]), names[-1]
    return CustomerInput(first_name=first, last_name=last, mobile=" ".join(phone) or None, email=email)


def _capitalise(word: str) -> str:
    if any(ch.isupper() for ch in word):
        return word  # typed with capitals on purpose ("McKay", "AS")
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


@lru_cache(maxsize=4)
def country_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name) of every country, Nordic ones first, names in ``language`` (Babel)."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        locale = Locale("en")
    names = {code: name for code, name in locale.territories.items() if len(code) == 2 and code.isalpha()}
    nordic = tuple((code, names.get(code, code)) for code in NORDIC_COUNTRIES)
    others = sorted(((code, name) for code, name in names.items() if code not in NORDIC_COUNTRIES),
                    key=lambda item: item[1].casefold())
    return nordic + tuple(others)
