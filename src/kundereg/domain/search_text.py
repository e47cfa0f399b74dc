"""How a customer becomes a searchable document, and how typed text becomes a query.

The index is a trigram index over one folded document per customer. Every word in the
document is preceded by two spaces and followed by one, so that
  - ``"  ka"`` (3+ characters) matches words *starting* with "ka", even for 1-character input,
  - ``"  kari "`` matches the whole word exactly,
  - ``"ari"`` matches anywhere (substring).
This gives the ranking tiers exact > prefix > substring with nothing but trigram lookups.

Scripts written without spaces between words (Chinese, Japanese, Korean) have given names of one
or two characters inside a name written as one word (李小龙), too short for a trigram. Each
suffix of such a word is therefore also indexed after ``SUFFIX_MARK``, a private-use character
no query can contain, so that ``"\ue000小龙"`` finds 小龙 inside 李小龙 (as a substring match).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .text import digits, fold

_WORD_SPLIT = re.compile(r"[\s,;]+")
SUFFIX_MARK = "\ue000"
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
# Invisible inside a word: dropped from a query (as fold() drops them from names), not split on.
_INVISIBLE = str.maketrans({"\u00ad": None, "\u200c": None, "\u200d": None})
_PHONE_LIKE = re.compile(r"^[\d\s+\-().]+$")
MAX_QUERY_WORDS = 6


def search_document(*, first_name: str | None, last_name: str | None, company_name: str | None,
                    email: str | None, city: str | None, mobile: str | None,
                    org_number: str | None) -> str:
    words: list[str] = []
    for value in (first_name, last_name, company_name, city):
        if value:
            words.extend(w for w in _WORD_SPLIT.split(fold(value)) if w)
    if email:
        folded = fold(email)
        words.append(folded)
        local = folded.split("@", 1)[0]
        # "kari.nordmann@x.no" is also found by "nordmann" as a word start.
        words.extend(w for w in re.split(r"[._+\-]", local) if w and w != local)
    if mobile:
        # +46701234567, 701234567 and, as Swedes and Finns write it, 0701234567.
        words.append(digits(mobile))
        words.extend(_national_digits(mobile))
    if org_number:
        words.append(digits(org_number))
    unique = list(dict.fromkeys(words))
    return "".join(f"  {w} " for w in unique) + "".join(_unspaced_suffixes(unique))


def _unspaced_suffixes(words: list[str]) -> list[str]:
    suffixes = []
    for word in words:
        if _UNSPACED.search(word):
            suffixes.extend(f"{SUFFIX_MARK}{word[i:]} " for i in range(1, len(word)))
    return list(dict.fromkeys(suffixes))


def _national_digits(e164: str) -> list[str]:
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return []
    significant = digits(phonenumbers.national_significant_number(number))
    with_trunk = digits(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
    return [significant] if with_trunk == significant else [significant, with_trunk]


@dataclass(frozen=True, slots=True)
class SearchQuery:
    words: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not self.words


def parse_query(text: str) -> SearchQuery:
    """Folded words; a phone written any way ("+47 912 34", "0047 912") becomes its digits."""
    # Control and format characters can't be typed into a name and break FTS query strings.
    text = (text or "")[:200].translate(_INVISIBLE)
    text = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)
    stripped = text.strip()
    if stripped and _PHONE_LIKE.match(stripped) and any(ch.isdigit() for ch in stripped):
        number = digits(stripped)
        if stripped.startswith("00"):
            number = number[2:]
        return SearchQuery((number,) if number else ())
    words = [w for w in _WORD_SPLIT.split(fold(text)) if w]
    words = [w.replace('"', "") for w in words]
    return SearchQuery(tuple(w for w in words if w)[:MAX_QUERY_WORDS])


def _quote(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def fts_exact(query: SearchQuery) -> str:
    return " AND ".join(_quote(f"  {w} ") for w in query.words)


def fts_prefix(query: SearchQuery) -> str:
    return " AND ".join(_quote(f"  {w}") for w in query.words)


def fts_substring(query: SearchQuery) -> str:
    # Trigrams need three characters; a shorter word can only be matched as a word start, or,
    # in a script without spaces, as the start of an indexed suffix.
    return " AND ".join(_quote(w) if len(w) >= 3 else _short_substring(w) for w in query.words)


def _short_substring(word: str) -> str:
    if _UNSPACED.search(word) and len(word) == 2:
        return f"({_quote(f'  {word}')} OR {_quote(SUFFIX_MARK + word)})"
    return _quote(f"  {word}")
