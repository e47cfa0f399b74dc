"""The document catalogues (src/kundereg/locale/<lang>/LC_MESSAGES/documents.po) are complete:
every text the code marks is translated in nb, nn, sv, fi and da, nothing is fuzzy (an English
text changed and the translation was not reviewed), nothing is obsolete, and every translation
has the placeholders of its English text. The runtime never falls back to English."""
from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

import pytest

from kundereg.domain import catalogue, legal
from kundereg.domain.catalogue import N_, MissingTranslation, translate
from kundereg.domain.languages import LANGUAGES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[1]


def _tools():
    spec = importlib.util.spec_from_file_location("kundereg_documents", ROOT / "scripts" / "documents.py")
    tools = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tools)
    return tools


documents = _tools()


def test_every_catalogue_is_complete_reviewed_and_current():
    assert documents.check() == []


def test_the_script_knows_the_same_languages_as_the_register():
    assert set(documents.LANGUAGES) | {SOURCE_LANGUAGE} == set(LANGUAGES)
    assert tuple(documents.LANGUAGES) == catalogue.TRANSLATED_LANGUAGES


def test_the_code_marks_hundreds_of_texts_with_their_legal_sources_as_translator_comments():
    messages = [m for m in documents.template() if m.id]
    assert len(messages) > 300
    assert {m.context for m in messages} >= {"access report", "erasure receipt", "privacy notice",
                                              "record of processing", "legal", "documents", "profile"}
    notes = {m.id: " ".join(m.auto_comments) for m in messages}
    assert "Art. 17" in notes["Right to erasure"]
    assert "bokføringsloven" in notes["Five years after the end of the financial year the purchase belongs to, "
                                      "because the Norwegian Bookkeeping Act (bokføringsloven § 13) requires it. "
                                      "After that we delete or anonymise them."]
    braced = [m for m in messages if "{" in m.id]
    assert braced and all(documents.BRACE in m.flags for m in braced)


def _catalogue_copy(tmp_path, monkeypatch, lang="nb"):
    """The scripts' view of a copy of the locale folder, to break one catalogue on purpose."""
    copy = tmp_path / "locale"
    shutil.copytree(documents.LOCALE_DIR, copy, ignore=shutil.ignore_patterns("*.mo"))
    monkeypatch.setattr(documents, "LOCALE_DIR", copy)
    monkeypatch.setattr(documents, "ROOT", tmp_path)
    return documents.po_path(lang, copy)


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_fuzzy_entry_fails_the_check(tmp_path, monkeypatch):
    po = _catalogue_copy(tmp_path, monkeypatch)
    _edit(po, 'msgctxt "legal"\nmsgid "Right to erasure"', '#, fuzzy\nmsgctxt "legal"\nmsgid "Right to erasure"')
    assert any("fuzzy" in p and "Right to erasure" in p for p in documents.check())


def test_an_untranslated_entry_and_a_wrong_placeholder_fail_the_check(tmp_path, monkeypatch):
    po = _catalogue_copy(tmp_path, monkeypatch, "sv")
    _edit(po, 'msgstr "Rätt till radering"', 'msgstr ""')
    _edit(po, "Sida {page} av {pages}", "Sida {sida} av {pages}")
    problems = documents.check()
    assert any("untranslated" in p and "Right to erasure" in p for p in problems)
    assert any("placeholders ['pages', 'sida']" in p for p in problems)


def test_a_changed_english_text_turns_every_translation_fuzzy(tmp_path, monkeypatch):
    """What `update` does when a legal text changes: the old translations stay, marked for review."""
    _catalogue_copy(tmp_path, monkeypatch)
    real = documents.template

    def changed():
        pot = real()
        old = pot.get("Right to erasure", context="legal")
        pot.delete(old.id, context="legal")
        pot.add("Right of erasure", context="legal")
        return pot

    monkeypatch.setattr(documents, "template", changed)
    documents.update()
    problems = documents.check()
    for lang in documents.LANGUAGES:
        assert any(f"{lang}/LC_MESSAGES" in p and "fuzzy" in p and "Right of erasure" in p for p in problems)
    assert not any("Right to erasure'" in p for p in problems)  # the old entry is gone, not left obsolete


def test_an_obsolete_or_missing_entry_fails_the_check(tmp_path, monkeypatch):
    po = _catalogue_copy(tmp_path, monkeypatch, "da")
    _edit(po, 'msgctxt "legal"\nmsgid "Right to erasure"', 'msgctxt "legal"\nmsgid "Right to be forgotten"')
    problems = documents.check()
    assert any("Right to be forgotten" in p and "obsolete" in p for p in problems)
    assert any("Right to erasure" in p and "missing" in p for p in problems)


def test_every_language_translates_and_english_is_the_source():
    text = legal.RIGHTS[2].title
    assert translate(text, "en") == "Right to erasure"
    assert {translate(text, lang) for lang in catalogue.TRANSLATED_LANGUAGES} == {
        "Rett til sletting", "Rätt till radering", "Oikeus tietojen poistamiseen", "Ret til sletning"}


def test_a_text_the_catalogue_lacks_is_an_error_not_english():
    with pytest.raises(MissingTranslation, match="does not translate"):
        translate(N_("legal", "A text nobody has translated"), "fi")


def test_a_missing_compiled_catalogue_is_an_error_not_english(tmp_path, monkeypatch):
    monkeypatch.setattr(catalogue, "LOCALE_DIR", tmp_path)
    monkeypatch.setattr(catalogue, "_loaded", {})
    with pytest.raises(MissingTranslation, match="no document catalogue"):
        translate(legal.RIGHTS[2].title, "nn")


def test_compiled_catalogues_read_back_as_the_po_files(tmp_path, monkeypatch):
    written = documents.compile_catalogues(tmp_path)
    assert {p.parent.parent.name for p in written} == set(catalogue.TRANSLATED_LANGUAGES)
    monkeypatch.setattr(catalogue, "LOCALE_DIR", tmp_path)  # only the .mo files: as in a wheel
    monkeypatch.setattr(catalogue, "_loaded", {})
    assert translate(legal.RIGHTS[2].title, "da") == "Ret til sletning"
    assert translate(legal.COMPLAINT, "fi").startswith("Jos katsot")
