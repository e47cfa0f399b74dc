"""The prose of the documents about a person, in the reader's language, from gettext catalogues.

Every text a document prints is written in English in the code, marked ``N_(context, text)``
(context: the document that prints it, or a vocabulary several share), and translated in
``kundereg/locale/<lang>/LC_MESSAGES/documents.po`` for nb, nn, sv, fi and da. English is the
source language: its text is the msgid, so it needs no catalogue. ``scripts/documents.py``
extracts the marked texts, merges them into the catalogues (a changed English text turns its
translations fuzzy), checks them and compiles the ``.mo`` files the build ships.

``translate(text, language)`` never falls back to English: a catalogue that is missing, or a
text it does not translate, raises ``MissingTranslation``. In a checkout the ``.po`` file is
read directly when no ``.mo`` was compiled from it yet (or it is newer), so editing a text
needs no build step. No Qt, no SQL.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from .languages import LANGUAGES, SOURCE_LANGUAGE, check_language

DOMAIN = "documents"
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"
TRANSLATED_LANGUAGES: tuple[str, ...] = tuple(lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE)


@dataclass(frozen=True, slots=True)
class Text:
    """One document text: its English wording and the context it is translated in."""

    context: str
    msgid: str


def N_(context: str, msgid: str) -> Text:  # noqa: N802 (the gettext convention for marking texts)
    """Mark ``msgid`` for the catalogues; translated later, when the document's language is known."""
    return Text(context, msgid)


class MissingTranslation(LookupError):
    """A document language without its compiled catalogue, or a text the catalogue lacks."""


def translate(text: Text, language: str) -> str:
    """``text`` in ``language`` (nb, nn, sv, fi, da, en)."""
    if language == SOURCE_LANGUAGE:
        return text.msgid
    try:
        return _catalogue(language)[(text.context, text.msgid)]
    except KeyError:
        raise MissingTranslation(f"{_path(language, '.po')} does not translate {text.context!r}: "
                                 f"{text.msgid[:60]!r}; run scripts/documents.py update and translate it") from None


def catalogue_path(language: str, suffix: str = ".po") -> Path:
    return _path(check_language(language), suffix)


def _path(language: str, suffix: str) -> Path:
    return LOCALE_DIR / language / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


_loaded: dict[str, dict[tuple[str, str], str]] = {}
_lock = threading.Lock()


def _catalogue(language: str) -> dict[tuple[str, str], str]:
    found = _loaded.get(language)
    if found is None:
        with _lock:
            found = _loaded.get(language)
            if found is None:
                found = _loaded[language] = _load(check_language(language))
    return found


def _load(language: str) -> dict[tuple[str, str], str]:
    """(context, msgid) -> msgstr of the compiled catalogue; the .po itself in a checkout where
    it is newer than its .mo. Fuzzy and untranslated entries are left out, as msgfmt does."""
    from babel.messages.mofile import read_mo
    from babel.messages.pofile import read_po

    mo, po = _path(language, ".mo"), _path(language, ".po")
    if po.is_file() and (not mo.is_file() or po.stat().st_mtime > mo.stat().st_mtime):
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=language, domain=DOMAIN)
    elif mo.is_file():
        with mo.open("rb") as fh:
            catalog = read_mo(fh)
    else:
        raise MissingTranslation(f"no document catalogue for {language!r} at {mo}: the build compiles it "
                                 "(make qm, or scripts/documents.py compile)")
    return {(m.context or "", m.id): m.string for m in catalog
            if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}
