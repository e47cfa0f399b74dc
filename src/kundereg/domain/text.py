"""Text normalisation shared by validation and search."""
from __future__ import annotations

import re
import unicodedata

# C0/C1 controls, the Unicode line/paragraph separators, zero-width space, direction marks and
# bidi overrides/isolates (they can make a name read differently from what is stored), the BOM,
# and lone surrogates (not text at all: they cannot even be written out). Tab and newline are
# handled by the caller (allowed only in multi-line fields such as notes).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u200b\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069\ufeff\ud800-\udfff]")
# Zero-width (non-)joiners belong inside a word: Persian and Indic names, emoji sequences. At
# the start or end of a word they only hide something.
_STRAY_JOINER = re.compile(r"(?:^|(?<=\s))[\u200c\u200d]|[\u200c\u200d](?=\s|$)")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Letters that NFKD does not decompose but a Nordic user may type without:
# a Swede searching "Sorensen" or a Dane typing "ö" for "ø" must still find the person.
_FOLD_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "đ": "d", "ð": "d",
                             "þ": "th", "ł": "l", "ı": "i",
                             # O'Brien is found as "obrien"; a soft hyphen or a joiner is invisible.
                             "'": None, "\u2019": None, "\u02bc": None, "`": None, "\u00ad": None,
                             "\u200c": None, "\u200d": None})


def has_control_chars(value: str, allow_newlines: bool = False) -> bool:
    if not allow_newlines and ("\n" in value or "\r" in value or "\t" in value):
        return True
    return _CONTROL.search(value) is not None or _STRAY_JOINER.search(value) is not None


def clean_line(value: str) -> str:
    """NFC, collapsed inner whitespace, stripped. Caller checks control characters first."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def clean_multiline(value: str) -> str:
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).rstrip() for line in value.split("\n")).strip()


def fold(value: str) -> str:
    """Search key: case-folded, accents removed, Nordic letters mapped to ASCII look-alikes."""
    value = unicodedata.normalize("NFKD", value.casefold())
    value = "".join(ch for ch in value if not unicodedata.combining(ch))
    return _SPACES.sub(" ", value.translate(_FOLD_EXTRA)).strip()


def digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isascii() and ch.isdigit())
