"""The UI language: which one (QSettings ``ui/language``, else the system locale), its
catalogues (ours and Qt's own qtbase) and the locale for dates, numbers and money.

Catalogues are the .qm files lrelease compiles from translations/*.ts: inside the package
(``kundereg/translations``, where the wheel build puts them) or, in a source checkout, in the
repository's ``translations/``. Qt's own texts (standard buttons, context menus) come from the
``qtbase_<lang>.qm`` the PySide6 wheel ships; it has none for bokmål, so nb loads qtbase_nn
(Norwegian all the same) with our small bokmål ``qtbase_nb`` over it for the texts seen daily.
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..domain.languages import NATIVE_NAMES, SHOP_COUNTRIES, SOURCE_LANGUAGE, locale_for

log = logging.getLogger(__name__)

LANGUAGE_KEY = "ui/language"
# The shop profile's app language, remembered from the last register opened on this PC: the
# translators must be installed before the register (and its profile) can be read.
SHOP_LANGUAGE_KEY = "ui/shop_language"
# Each language by its own name, so that anyone can find theirs whatever the UI shows now.
LANGUAGES: dict[str, str] = NATIVE_NAMES
FALLBACK_LANGUAGE = SOURCE_LANGUAGE
DEFAULT_LOCALE = "nb_NO"
# Qt's catalogues to load, in order; later ones win.
QT_CATALOGUES = {"nb": ("qtbase_nn", "qtbase_nb")}

_PACKAGE_DIR = Path(__file__).resolve().parents[1]
CATALOGUE_DIRS = (_PACKAGE_DIR / "translations", _PACKAGE_DIR.parents[1] / "translations")

_installed: list[QTranslator] = []
_language = ""
_locale = DEFAULT_LOCALE


def system_language(locale: QLocale | None = None) -> str:
    """nb, nn, sv, fi, da for those system locales (plain Norwegian means bokmål), else en."""
    name = (locale or QLocale.system()).name()  # "nb_NO", "nn_NO", "sv_FI", "C", ...
    code = name.split("_")[0].lower()
    code = {"no": "nb"}.get(code, code)
    return code if code in LANGUAGES else FALLBACK_LANGUAGE


def chosen_language(settings: QSettings) -> str:
    """This PC's choice (View > Language), else the shop's app language, else the system's."""
    for key in (LANGUAGE_KEY, SHOP_LANGUAGE_KEY):
        value = settings.value(key, "", type=str)
        if value in LANGUAGES:
            return value
    return system_language()


def remember_shop_language(settings: QSettings, language: str | None) -> None:
    if language in LANGUAGES and settings.value(SHOP_LANGUAGE_KEY, "", type=str) != language:
        settings.setValue(SHOP_LANGUAGE_KEY, language)
        settings.sync()


def store_language(settings: QSettings, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(language)
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


locale_name = locale_for


def current_language() -> str:
    """The language install() loaded ("" before that)."""
    return _language


def current_locale() -> str:
    """The locale for formats (``ui.formatting``); nb_NO until apply_locale() is called."""
    return _locale


def default_country() -> str | None:
    """Before the register says where the shop is: the system's country if it is a Nordic one."""
    country = QLocale.territoryToCode(QLocale.system().territory())
    return country if country in SHOP_COUNTRIES else None


def catalogue_dir() -> Path | None:
    for folder in CATALOGUE_DIRS:
        if (folder / f"kundereg_{FALLBACK_LANGUAGE}.qm").is_file():
            return folder
    return None


def install(language: str, country: str | None = None) -> list[QTranslator]:
    """Replace the installed catalogues by those of ``language`` and set the locale for formats.
    Widgets made afterwards show the language; returns the translators that loaded."""
    global _language
    app = QCoreApplication.instance()
    _language = language
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    apply_locale(language, country or default_country())

    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = catalogue_dir()
    wanted: list[tuple[str, str | None]] = [(name, qt_dir) for name in QT_CATALOGUES.get(language, (f"qtbase_{language}",))]
    wanted.append((f"kundereg_{language}", str(ours) if ours else None))
    for name, folder in wanted:
        if name == "qtbase_nb":
            folder = str(ours) if ours else None  # ours, not Qt's
        translator = QTranslator(app)
        if folder is not None and translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation catalogue %s not found in %s", name, folder)
    return list(_installed)


def apply_locale(language: str, country: str | None) -> None:
    """Dates, numbers and money: Babel through ``formatting``, and Qt's widgets (QDateEdit,
    QLocale number parsing) through the default QLocale."""
    global _locale
    _locale = locale_name(language, country)
    QLocale.setDefault(QLocale(_locale))


def reset(qt_default: QLocale | None = None) -> None:
    """Back to the source texts and the default formats (tests switch languages and back)."""
    global _language, _locale
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _language, _locale = "", DEFAULT_LOCALE
    QLocale.setDefault(qt_default if qt_default is not None else QLocale.system())
