"""Field validators: each returns the normalised value or raises ValidationError naming the field.

Libraries do the heavy lifting: phonenumbers for phones, email-validator for email
syntax (never a DNS lookup), python-stdnum for organisation numbers, Babel for
country and currency codes.
"""
from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from babel import Locale
from babel.numbers import list_currencies
from email_validator import EmailNotValidError, validate_email
from stdnum.exceptions import ValidationError as StdnumError

from .errors import ValidationError
from .text import clean_line, clean_multiline, digits, has_control_chars

SHOP_COUNTRIES = ("NO", "SE", "FI", "DK")

MAX_LEN = {
    "first_name": 100, "last_name": 100, "company_name": 200, "street": 200, "city": 100,
    "email": 254, "invoice_email": 254, "notes": 4000, "description": 2000, "username": 64,
    "shop_name": 200, "purpose": 100, "source": 100, "display_name": 100,
}

_POSTAL = {
    "NO": (re.compile(r"^\d{4}$"), "4 digits"),
    "DK": (re.compile(r"^\d{4}$"), "4 digits"),
    "SE": (re.compile(r"^\d{5}$"), "5 digits"),
    "FI": (re.compile(r"^\d{5}$"), "5 digits"),
}
_POSTAL_OTHER = re.compile(r"^[A-Z0-9][A-Z0-9 -]{1,9}$")


def text(field: str, value: str | None, *, required: bool = False, multiline: bool = False) -> str | None:
    """A free-text field: NFC, trimmed, length-checked, no control characters. Empty becomes None."""
    if value is None or not value.strip():
        if required:
            raise ValidationError(field, "is required.")
        return None
    if has_control_chars(value, allow_newlines=multiline):
        raise ValidationError(field, "contains control characters or line breaks that are not allowed.")
    cleaned = clean_multiline(value) if multiline else clean_line(value)
    limit = MAX_LEN.get(field, 200)
    if len(cleaned) > limit:
        raise ValidationError(field, "is too long (at most {limit} characters).", limit=limit)
    return cleaned or None


def country(value: str | None, field: str = "country") -> str:
    code = (value or "").strip().upper()
    if code not in _territories():
        raise ValidationError(field, "must be a two-letter country code such as NO, SE, FI or DK.")
    return code


def shop_country(value: str | None) -> str:
    code = (value or "").strip().upper()
    if code not in SHOP_COUNTRIES:
        raise ValidationError("country", "must be one of NO, SE, FI or DK.")
    return code


def currency(value: str | None) -> str:
    code = (value or "").strip().upper()
    if code not in _currencies():
        raise ValidationError("currency", "must be a three-letter ISO currency code such as NOK or SEK.")
    return code


def phone(value: str | None, default_region: str, field: str = "mobile") -> str | None:
    """Any common way of writing a number becomes one E.164 value (+4791234567)."""
    if value is None or not value.strip():
        return None
    if has_control_chars(value) or len(value) > 40:
        raise ValidationError(field, "is not a phone number.")
    raw = value.strip()
    if raw.startswith("00"):  # international prefix used across the Nordics
        raw = "+" + raw[2:]
    try:
        number = phonenumbers.parse(raw, default_region)
    except phonenumbers.NumberParseException:
        raise ValidationError(field, "is not a phone number.") from None
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(field, "is not a valid phone number for its country.")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def email(value: str | None, field: str = "email") -> str | None:
    if value is None or not value.strip():
        return None
    if has_control_chars(value) or len(value.strip()) > MAX_LEN["email"]:
        raise ValidationError(field, "is not an email address.")
    try:
        result = validate_email(value.strip(), check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError(field, "is not a valid email address.") from None
    return result.normalized


def postal_code(value: str | None, country_code: str) -> str | None:
    if value is None or not value.strip():
        return None
    if has_control_chars(value):
        raise ValidationError("postal_code", "is not a postal code.")
    raw = clean_line(value).upper()
    if country_code in _POSTAL:
        pattern, shape = _POSTAL[country_code]
        compact = raw.replace(" ", "")
        if country_code == "SE":
            compact = compact.removeprefix("SE-")
        if not pattern.match(compact):
            raise ValidationError("postal_code", "must be {shape} in {country}.", shape=shape,
                                  country=country_code)
        return f"{compact[:3]} {compact[3:]}" if country_code == "SE" else compact
    if not _POSTAL_OTHER.match(raw):
        raise ValidationError("postal_code", "is not a postal code.")
    return raw


def org_number(value: str | None, country_code: str, field: str = "org_number") -> str | None:
    """Organisation number checked and formatted the way the country writes it."""
    if value is None or not value.strip():
        return None
    if has_control_chars(value) or len(value) > 40:
        raise ValidationError(field, "is not an organisation number.")
    module = _org_module(country_code)
    if module is None:
        cleaned = clean_line(value)
        if not re.fullmatch(r"[A-Za-z0-9 .\-/]{2,30}", cleaned):
            raise ValidationError(field, "is not an organisation number.")
        return cleaned
    try:
        valid = module.validate(value)
        return module.format(valid) if hasattr(module, "format") else valid
    except StdnumError:
        raise ValidationError(field, "is not a valid organisation number for {country}.",
                              country=country_code) from None


def _org_module(country_code: str):
    if country_code == "NO":
        from stdnum.no import orgnr
        return orgnr
    if country_code == "SE":
        from stdnum.se import orgnr
        return orgnr
    if country_code == "FI":
        from stdnum.fi import ytunnus
        return ytunnus
    if country_code == "DK":
        from stdnum.dk import cvr
        return cvr
    return None


def money_minor(value: int, field: str = "total") -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(field, "must be a whole number of minor units (øre/cent).")
    if not -10**12 < value < 10**12:
        raise ValidationError(field, "is out of range.")
    return value


def parse_money(value: str, field: str = "total") -> int:
    """'1 234,50', '1234.5', '99' -> minor units. Refuses anything ambiguous."""
    raw = (value or "").strip().replace("\u00a0", "").replace(" ", "").replace("kr", "").strip()
    if not raw:
        raise ValidationError(field, "is required.")
    if re.fullmatch(r"-?\d+", raw):
        return money_minor(int(raw) * 100, field)
    match = re.fullmatch(r"(-?\d+)[.,](\d{1,2})", raw)
    if not match:
        raise ValidationError(field, "must be an amount such as 249,50.")
    whole, frac = match.groups()
    minor = abs(int(whole)) * 100 + int(frac.ljust(2, "0"))
    return money_minor(-minor if whole.startswith("-") else minor, field)


def phone_digits(value: str | None) -> str:
    return digits(value or "")


@lru_cache(maxsize=1)
def _territories() -> frozenset[str]:
    return frozenset(code for code in Locale("en").territories if len(code) == 2 and code.isalpha())


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())
