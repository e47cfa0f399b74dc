"""The code a ticket and its garment tags carry as text and barcode: ``KR`` + ticket number + check digit.

A USB scanner types the code and Enter into whatever has the focus, usually the search box,
so the code must never look like something a person types there: names have no digits and
phone numbers no letters, and the ``KR`` prefix with at least seven digits is neither. Only
letters and digits are used because a scanner set to a US keyboard layout types ``-`` or ``/``
as other characters on a Nordic layout. The last digit is a Damm check digit, which catches
every single wrong digit and every swap of two neighbouring digits (Luhn misses 09/90).
"""
from __future__ import annotations

import re

PREFIX = "KR"
MIN_DIGITS = 6  # the number is zero-padded to this, so codes of one shop have one length for long

# Damm's totally anti-symmetric quasigroup of order 10 (H. M. Damm, 2004).
_DAMM = (
    (0, 3, 1, 7, 5, 9, 8, 6, 4, 2),
    (7, 0, 9, 2, 1, 5, 4, 8, 6, 3),
    (4, 2, 0, 6, 8, 7, 1, 3, 5, 9),
    (1, 7, 5, 0, 9, 8, 3, 4, 2, 6),
    (6, 1, 2, 3, 0, 4, 5, 9, 7, 8),
    (3, 6, 7, 4, 2, 0, 9, 5, 8, 1),
    (5, 8, 6, 9, 7, 2, 0, 1, 3, 4),
    (8, 9, 4, 5, 3, 6, 2, 0, 1, 7),
    (9, 4, 3, 8, 6, 1, 7, 2, 0, 5),
    (2, 5, 8, 1, 4, 3, 6, 7, 9, 0),
)
_PATTERN = re.compile(rf"{PREFIX}(\d{{{MIN_DIGITS},}})(\d)")


def check_digit(digits: str) -> int:
    interim = 0
    for ch in digits:
        interim = _DAMM[interim][int(ch)]
    return interim


def ticket_code(number: int) -> str:
    """``KR0000427`` for ticket 42."""
    if isinstance(number, bool) or not isinstance(number, int) or number < 1:
        raise ValueError("a ticket number is a positive whole number")
    digits = f"{number:0{MIN_DIGITS}d}"
    return f"{PREFIX}{digits}{check_digit(digits)}"


def parse_ticket_code(text: str | None) -> int | None:
    """The ticket number if ``text`` is a complete, valid ticket code; None for anything else
    (a name, a phone number, a half-typed or misread code). Case and surrounding blanks are
    ignored: a scanner with Caps Lock on types lower case."""
    if not text:
        return None
    match = _PATTERN.fullmatch(text.strip().upper())
    if match is None or check_digit(match.group(1)) != int(match.group(2)):
        return None
    number = int(match.group(1))
    # Only the form ticket_code writes: one ticket has one code.
    return number if number and ticket_code(number) == text.strip().upper() else None
