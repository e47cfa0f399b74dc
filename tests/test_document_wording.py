"""Wording fixed on purpose in the document catalogues (issue 14, item 7): it stays fixed."""
from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po

LOCALE = Path(__file__).resolve().parents[1] / "src" / "kundereg" / "locale"


def strings(language: str) -> list[str]:
    with (LOCALE / language / "LC_MESSAGES" / "documents.po").open("rb") as handle:
        return [m.string for m in read_po(handle, locale=language) if m.id and m.string]


def test_finnish_says_what_must_be_kept_with_the_passive_participle():
    text = " ".join(strings("fi"))
    assert "tietoja, jotka on kirjanpitosääntöjen mukaan säilytettävä" in text
    assert "joiden on kirjanpitosääntöjen mukaan säilyttävä" not in text


def test_finnish_art_22_follows_the_official_text():
    # The Finnish GDPR text of Art. 22(1) reads "... automaattiseen käsittelyyn, kuten profilointiin, ...".
    assert any("pelkästään automaattiseen käsittelyyn, kuten profilointiin," in s for s in strings("fi"))


def test_nynorsk_uses_one_participle_of_gje():
    text = " ".join(strings("nn"))
    assert " gjeve " not in f" {text} " and "gitt" in text


def test_nynorsk_has_one_word_for_backup_and_its_own_verb_forms():
    text = " ".join(strings("nn"))
    assert "ryggingskopi" not in text and "tryggleikskopi" in text.lower()
    assert "Vi bruker " not in text and "Vi brukar " in text
    assert "tilsynsmakta" not in text.replace("tilsynsstyresmakta", "")


def test_danish_native_fixes_stay():
    text = " ".join(strings("da"))
    assert "Tilsynsmyndigheden for vores butik er:" in text
    assert "roller (ejer, disk)" not in text and "nødvendig for at opfylde" not in text


def test_the_record_of_processing_names_the_counter_role_as_a_shop_assistant():
    for language, role in (("nb", "butikkmedarbeider"), ("nn", "butikkmedarbeidar"), ("da", "butiksmedarbejder")):
        assert f"({'eier' if language == 'nb' else 'eigar' if language == 'nn' else 'ejer'}, {role})" in " ".join(
            strings(language))
