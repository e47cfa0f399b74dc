"""Keys that say two customer records are probably one person: shared by import and duplicates.

Strong keys: the same organisation number, the same E.164 mobile, the same email. The name
key needs the folded name and the address (street and postal code) to agree, since many
people share a name.
"""
from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from .text import digits, fold as _fold

# Names, streets and places repeat a lot in a customer list (an import or the duplicate scan
# folds each of them for every record): fold each distinct text once.
fold = lru_cache(maxsize=1 << 16)(_fold)

KEY_KINDS = ("org_number", "mobile", "email", "name_address")


def match_keys(values: Mapping[str, object]) -> list[tuple[str, str]]:
    """(kind, key) pairs of one customer's normalised values, strongest first."""
    keys: list[tuple[str, str]] = []
    org = digits(str(values.get("org_number") or ""))
    if org:
        keys.append(("org_number", org))
    mobile = values.get("mobile")
    if mobile:
        keys.append(("mobile", str(mobile)))
    email = values.get("email")
    if email:
        keys.append(("email", str(email).casefold()))
    name = name_key(values)
    street = fold(str(values.get("street") or ""))
    postal = str(values.get("postal_code") or "").replace(" ", "")
    if name and street and postal:
        keys.append(("name_address", f"{name}|{street}|{postal}"))
    return keys


def name_key(values: Mapping[str, object]) -> str:
    """The folded person name (first and last, in that order), else the company name."""
    person = " ".join(fold(str(values.get(f) or "")) for f in ("first_name", "last_name")).strip()
    return person or fold(str(values.get("company_name") or ""))
