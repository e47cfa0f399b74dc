"""The UI language: chosen in the settings (else from the system locale), loaded as start-up
does, shown in the real window, in Qt's own dialog texts and in service error messages."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from kundereg.domain.errors import NotFoundError, ValidationErrors
from kundereg.domain.records import CustomerInput
from kundereg.ui import formatting, i18n
from kundereg.ui.errors import error_text, field_errors


@pytest.fixture
def switch_language(qapp, settings):
    """Store a language in the settings and load it the way run_gui does at start."""
    before = QLocale()

    def switch(language: str, country: str | None = None) -> None:
        i18n.store_language(settings, language)
        loaded = i18n.install(i18n.chosen_language(settings), country)
        assert len(loaded) == len(i18n.QT_CATALOGUES.get(language, ("qtbase",))) + 1, "a catalogue did not load"

    yield switch
    i18n.reset(before)


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def _button_text(which: QDialogButtonBox.StandardButton) -> str:
    box = QDialogButtonBox(which)  # kept alive while its button is read
    return box.button(which).text()


@pytest.mark.parametrize(("language", "menus", "audit_title", "close", "cancel"), [
    ("sv", ["&Arkiv", "&Visa", "A&dministration", "&Hjälp"], "Granskningslogg", "Stäng", "Avbryt"),
    ("fi", ["&Tiedosto", "&Näytä", "&Ylläpito", "&Ohje"], "Tarkastusloki", "Sulje", "Peru"),
    ("da", ["&Filer", "&Vis", "&Administration", "&Hjælp"], "Revisionslog", "Luk", "Annuller"),
])
def test_window_menus_titles_and_qt_buttons_follow_the_language(switch_language, make_window, language, menus,
                                                               audit_title, close, cancel):
    switch_language(language)
    window = make_window()
    assert _menu_titles(window) == menus
    window.admin.show_audit()
    dialog = window.admin.audit_dialog
    assert dialog.windowTitle() == audit_title
    # Qt's own texts come from qtbase_<lang>.qm
    assert dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).text() == close
    assert _button_text(QDialogButtonBox.StandardButton.Cancel) == cancel


def test_english_is_the_source_text(switch_language, make_window):
    switch_language("en")
    window = make_window()
    assert _menu_titles(window) == ["&File", "&View", "&Administration", "&Help"]
    assert _button_text(QDialogButtonBox.StandardButton.Cancel) == "Cancel"


def test_bokmal_gets_qt_texts_in_bokmal_and_nynorsk_where_it_has_none(switch_language, make_window):
    switch_language("nb")
    window = make_window()
    assert _menu_titles(window) == ["&Fil", "&Vis", "&Administrasjon", "&Hjelp"]
    assert _button_text(QDialogButtonBox.StandardButton.Save) == "Lagre"  # ours; qtbase_nn says "Lagra"
    assert _button_text(QDialogButtonBox.StandardButton.Cancel) == "Avbryt"
    # Texts our small catalogue leaves out come from Qt's nynorsk one, not English.
    assert QCoreApplication.translate("QFileDialog", "File &name:") == "Fil&namn:"


def test_nynorsk_window(switch_language, make_window):
    switch_language("nn")
    window = make_window()
    assert _menu_titles(window) == ["&Fil", "&Vis", "&Administrasjon", "&Hjelp"]
    window.admin.show_audit()
    assert window.admin.audit_dialog.windowTitle() == "Revisjonslogg"
    assert _button_text(QDialogButtonBox.StandardButton.Save) == "Lagra"


def test_our_bokmal_qt_catalogue_uses_qts_own_source_texts(qapp):
    """Each text in qtbase_nb.ts is one Qt translates for nynorsk: the same context and source,
    so it really replaces Qt's text (a typo would silently never match)."""
    import xml.etree.ElementTree as ET

    nn = QTranslator()
    assert nn.load("qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    root = ET.parse(i18n.CATALOGUE_DIRS[1] / "qtbase_nb.ts").getroot()
    unknown = [(c.findtext("name"), m.findtext("source")) for c in root.iter("context") for m in c.iter("message")
               if not nn.translate(c.findtext("name"), m.findtext("source"))]
    assert not unknown


def test_service_errors_are_shown_in_the_language(switch_language, customers, owner):
    switch_language("sv")
    with pytest.raises(ValidationErrors) as caught:
        customers.create(owner, CustomerInput(first_name="Kari", last_name="Nordmann", email="not an address",
                                              postal_code="12"))
    errors = field_errors(caught.value)
    assert errors["email"] == "E-post: är ingen giltig e-postadress."
    assert errors["postal_code"].startswith("Postnummer: ")
    assert "postal code" not in errors["postal_code"]
    # the record a message names is translated with it
    assert error_text(NotFoundError("Customer", 7)) == "Kund 7 finns inte."


def test_service_error_in_the_customer_form(switch_language, make_window, qtbot):
    switch_language("fi")
    window = make_window()
    window.new_customer()
    panel = window.panel
    qtbot.keyClicks(panel.editors["last_name"], "Virtanen")
    qtbot.keyClicks(panel.editors["email"], "ei osoite")
    window.save_customer()
    assert panel.errors_shown()["email"] == "Sähköposti: ei ole kelvollinen sähköpostiosoite."


def test_language_comes_from_the_settings_else_the_system(settings, monkeypatch):
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale("da_DK")))
    assert i18n.chosen_language(settings) == "da"
    settings.setValue(i18n.LANGUAGE_KEY, "fi")
    assert i18n.chosen_language(settings) == "fi"
    settings.setValue(i18n.LANGUAGE_KEY, "xx")  # not one of ours: back to the system's
    assert i18n.chosen_language(settings) == "da"


@pytest.mark.parametrize(("system", "language"), [
    ("nb_NO", "nb"), ("nn_NO", "nn"), ("sv_FI", "sv"), ("sv_SE", "sv"), ("fi_FI", "fi"), ("da_DK", "da"),
    ("de_DE", "en"), ("en_US", "en"), ("C", "en"),
])
def test_system_locale_maps_to_a_language(system, language):
    assert i18n.system_language(QLocale(system)) == language


def test_language_menu_stores_the_choice_for_the_next_start(make_window, settings, dialogs):
    window = make_window()
    menu = window.language_menu
    swedish = next(a for a in menu.actions() if a.text() == "Svenska")
    swedish.trigger()
    assert settings.value(i18n.LANGUAGE_KEY) == "sv"
    assert swedish.isChecked()
    assert any("next start" in text for text in dialogs.texts("information"))


def test_dates_numbers_and_money_follow_the_language_and_the_shops_country(switch_language):
    switch_language("sv", "FI")
    assert QLocale().name() == "sv_FI"
    assert formatting.format_money(24950, "EUR") == "249,50\xa0€"
    switch_language("da", "DK")
    assert QLocale().name() == "da_DK"
    assert formatting.format_date(date(2026, 3, 9)) == "09.03.2026"
    switch_language("en", "NO")  # English in a Norwegian shop: day before month, kroner
    assert formatting.current_locale() == "en_NO"
    assert formatting.format_date(date(2026, 3, 9)) == "09/03/2026"


@pytest.mark.parametrize(("language", "one", "many"), [
    ("sv", "1 kund", "Inte sparad: 3 fält behöver rättas."),
    ("fi", "1 asiakas", "Ei tallennettu: 3 kenttää vaatii korjausta."),
])
def test_counts_use_the_plural_forms(switch_language, language, one, many):
    switch_language(language)
    assert QCoreApplication.translate("SearchPage", "%n customers", "", 1) == one
    assert QCoreApplication.translate("CustomerPanel", "Not saved: %n fields need attention.", "", 3) == many
