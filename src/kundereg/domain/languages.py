"""The languages kundereg speaks and the countries a shop can be in: one list for every layer.

Kept free of heavy imports: the GUI reads it before the window is on screen.
"""
from __future__ import annotations

from .errors import ValidationError

# Document and UI languages; English is the source language of every text.
LANGUAGES: tuple[str, ...] = ("nb", "nn", "sv", "fi", "da", "en")
SOURCE_LANGUAGE = "en"
# Each language by its own name, so that anyone can find theirs whatever the UI shows now.
NATIVE_NAMES: dict[str, str] = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "sv": "Svenska", "fi": "Suomi",
                                "da": "Dansk", "en": "English"}

# The countries a shop can be registered in: each selects its supervisory authority and bookkeeping act.
SHOP_COUNTRIES: tuple[str, ...] = ("NO", "SE", "FI", "DK")
# The language a shop in each country writes by default, and the languages its people read
# without a translation of a foreign postal address (Finland is bilingual, Finnish and Swedish).
COUNTRY_LANGUAGE: dict[str, str] = {"NO": "nb", "SE": "sv", "FI": "fi", "DK": "da"}
COUNTRY_LANGUAGES: dict[str, tuple[str, ...]] = {
    "NO": ("nb", "nn"), "SE": ("sv",), "FI": ("fi", "sv"), "DK": ("da",),
}

# The language's home country, for its formats, and the locales Babel (and Qt) know for one of
# our languages in another Nordic country (listed, because Babel loads only after the window shows).
HOME_COUNTRY = {"nb": "NO", "nn": "NO", "sv": "SE", "fi": "FI", "da": "DK", "en": "GB"}
LOCAL_VARIANTS = frozenset({"sv_FI", "en_NO", "en_SE", "en_FI", "en_DK"})


def locale_for(language: str, country: str | None = None) -> str:
    """The Babel/Qt locale for formats: the language as written in the shop's country when such
    a locale exists (sv_FI for a Swedish-speaking Finnish shop), else in its home country."""
    if f"{language}_{country}" in LOCAL_VARIANTS:
        return f"{language}_{country}"
    return f"{language}_{HOME_COUNTRY.get(language, 'GB')}"


def check_language(language: str | None, field: str = "language") -> str:
    """``language`` if kundereg writes it; a ValidationError naming ``field`` otherwise."""
    if language not in LANGUAGES:
        raise ValidationError(field, "must be one of {codes}.", codes=", ".join(LANGUAGES))
    return language


def check_country(country: str | None, field: str = "country") -> str:
    if country not in SHOP_COUNTRIES:
        raise ValidationError(field, "must be one of {codes}.", codes=", ".join(SHOP_COUNTRIES))
    return country
