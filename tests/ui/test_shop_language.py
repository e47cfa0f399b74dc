"""The app's language: this PC's choice, else the shop profile's, else the system's."""
from __future__ import annotations

from kundereg.ui import i18n


def test_the_pc_choice_beats_the_shop_language_which_beats_the_system(settings):
    assert i18n.chosen_language(settings) == i18n.system_language()
    i18n.remember_shop_language(settings, "fi")
    assert i18n.chosen_language(settings) == "fi"
    i18n.remember_shop_language(settings, "xx")  # not a language the app has: ignored
    assert i18n.chosen_language(settings) == "fi"
    i18n.store_language(settings, "da")
    assert i18n.chosen_language(settings) == "da"
