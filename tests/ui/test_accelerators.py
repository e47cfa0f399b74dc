"""No two Alt+letter mnemonics on one screen, in any language (issue 13, defect 4).

A clash makes Qt cycle the focus between the two instead of acting, and a letter no
shortcut takes is typed into the field that has the focus (Alt+N typed an "n" into First name).
The menu bar's titles count on every screen of the main window; a window-modal dialog has
only its own."""
from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QWidget

from kundereg.ui import i18n

_MNEMONIC = re.compile(r"&(?!&)(\w)")


def _mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def _widget_mnemonics(screen: QWidget) -> list[tuple[str, str]]:
    found = []
    for widget in screen.findChildren(QWidget):
        if not widget.isVisibleTo(screen) or not widget.isEnabled():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        else:
            continue
        letter = _mnemonic(text)
        if letter:
            found.append((letter, text))
    return found


def _clashes(entries: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = defaultdict(list)
    for letter, text in entries:
        by_letter[letter].append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def _menu_bar(window) -> list[tuple[str, str]]:
    return [(_mnemonic(a.text()), a.text()) for a in window.menuBar().actions()
            if a.isVisible() and _mnemonic(a.text())]


@pytest.fixture
def in_language(qapp, settings):
    def switch(language: str) -> None:  # conftest resets the language after each test
        i18n.store_language(settings, language)
        i18n.install(i18n.chosen_language(settings))
    return switch


# Clashes still open (strict: the mark must go once they are fixed). English needs new source
# texts ("Re&fresh" under "&Find customer", "Comp&any name" under "&Administration",
# "Return/complaint/repa&ir…" beside "&Invoice email"), which every catalogue then retranslates;
# Finnish has clashes on five screens.
_OPEN = {"en", "fi"}
_LANGUAGES = [pytest.param(code, marks=pytest.mark.xfail(strict=True, reason="known clashes, issue 13 defect 4"))
              if code in _OPEN else code for code in sorted(i18n.LANGUAGES)]


@pytest.mark.parametrize("language", _LANGUAGES)
def test_no_screen_has_two_mnemonics_on_one_letter(qtbot, in_language, make_window, kari, language):
    in_language(language)
    window = make_window()  # the owner: every menu entry is there
    problems: dict[str, dict[str, list[str]]] = {}
    problems["menu bar"] = _clashes(_menu_bar(window))
    for menu in window.findChildren(QMenu):
        entries = [(_mnemonic(a.text()), a.text()) for a in menu.actions()
                   if a.isVisible() and not a.isSeparator() and _mnemonic(a.text())]
        problems[f"menu {menu.title()}"] = _clashes(entries)
    problems["search"] = _clashes(_menu_bar(window) + _widget_mnemonics(window.search))
    window.open_customer(kari.id)
    problems["customer"] = _clashes(_menu_bar(window) + _widget_mnemonics(window.panel))
    window.new_order()
    order = window.panel.history.open_dialog
    assert order is not None
    problems["new order"] = _clashes(_widget_mnemonics(order))
    order.reject()
    window.show_pickup()
    problems["pickup"] = _clashes(_menu_bar(window) + _widget_mnemonics(window.pages.pickup))
    found = {where: clash for where, clash in problems.items() if clash}
    assert found == {}, repr(found)
