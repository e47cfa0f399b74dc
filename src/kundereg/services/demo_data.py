"""What the demo customers are made of: pools of Faker names, real towns and mobile ranges,
organisation numbers with valid check digits (python-stdnum), and the wording of items, notes
and service events in the shop's language. Data for ``services.demo``; nothing is written here."""
from __future__ import annotations

import functools
import itertools
import random
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from stdnum import luhn
from stdnum.dk import cvr
from stdnum.fi import ytunnus
from stdnum.no import orgnr as no_orgnr

from ..domain.enums import ConsentSource
from ..domain.text import fold

FAKER_LOCALES = {"NO": "no_NO", "SE": "sv_SE", "FI": "fi_FI", "DK": "da_DK"}  # Faker calls Bokmål no_NO

# ----------------------------------------------------------------------------------------------
# Pools: everything slow (Faker, folding) happens here, a few thousand times per locale.


@dataclass(frozen=True, slots=True)
class Name:
    text: str
    ascii: str  # folded, letters and digits only: for email addresses


@dataclass(frozen=True, slots=True)
class _Company:
    name: str
    slug: str  # for the invoice address' domain


@dataclass(frozen=True, slots=True)
class _CountryPool:
    first_names: tuple[Name, ...]
    last_names: tuple[Name, ...]
    streets: tuple[str, ...]
    companies: tuple[_Company, ...]
    towns: tuple[tuple[str, int, int], ...]  # city, first postal code, how many codes
    town_weights: tuple[int, ...]  # cumulative


@dataclass(frozen=True, slots=True)
class Pools:
    countries: dict[str, _CountryPool]

    @classmethod
    @functools.lru_cache(maxsize=2)  # immutable; a second run in the same process reuses them
    def build(cls, seed: int, size: int = 1500) -> Pools:
        from faker import Faker

        pools = {}
        for country, locale in FAKER_LOCALES.items():
            fake = Faker(locale)
            fake.seed_instance(seed)
            firsts = _unique_names(fake.first_name, size)
            lasts = _unique_names(fake.last_name, size)
            streets = tuple(dict.fromkeys(_nfc(fake.street_name()) for _ in range(size // 2)))
            companies = []
            for name in dict.fromkeys(_nfc(fake.company()) for _ in range(size // 4)):
                slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:40].strip("-")
                if slug:
                    companies.append(_Company(name, slug))
            towns = _TOWNS[country]
            pools[country] = _CountryPool(firsts, lasts, streets, tuple(companies),
                                          tuple(t[:3] for t in towns),
                                          tuple(itertools.accumulate(t[3] for t in towns)))
        return cls(pools)


def _nfc(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def _unique_names(make: Callable[[], str], size: int) -> tuple[Name, ...]:
    # Drawing with repetition keeps Faker's frequencies (Hansen is common, Øvergård is not).
    out = []
    for _ in range(size):
        name = _nfc(make())
        key = re.sub(r"[^a-z0-9]", "", fold(name))
        if key:
            out.append(Name(name, key))
    return tuple(out)


# Real towns with a first postal code and a span of codes in use there, weighted by size.
_TOWNS: dict[str, tuple[tuple[str, int, int, int], ...]] = {
    "NO": (("Oslo", 150, 850, 40), ("Bergen", 5003, 150, 15), ("Trondheim", 7010, 90, 12),
           ("Stavanger", 4005, 60, 8), ("Kristiansand", 4608, 70, 6), ("Drammen", 3011, 40, 5),
           ("Fredrikstad", 1601, 30, 5), ("Tromsø", 9006, 40, 4), ("Sandnes", 4306, 20, 4),
           ("Ålesund", 6002, 20, 3), ("Bodø", 8006, 20, 3), ("Tønsberg", 3110, 15, 3),
           ("Gjøvik", 2815, 10, 2), ("Hamar", 2315, 10, 2), ("Lillehammer", 2609, 10, 2),
           ("Moss", 1530, 10, 2), ("Skien", 3710, 20, 2), ("Arendal", 4836, 10, 2),
           ("Haugesund", 5501, 20, 2), ("Molde", 6413, 10, 1)),
    "SE": (("Stockholm", 11120, 800, 40), ("Göteborg", 41101, 500, 20), ("Malmö", 21111, 500, 12),
           ("Uppsala", 75220, 300, 8), ("Västerås", 72210, 300, 5), ("Örebro", 70210, 300, 5),
           ("Linköping", 58220, 300, 5), ("Helsingborg", 25220, 300, 5), ("Jönköping", 55310, 200, 4),
           ("Norrköping", 60210, 200, 4), ("Lund", 22220, 200, 4), ("Umeå", 90325, 200, 4),
           ("Gävle", 80250, 200, 3), ("Sundsvall", 85230, 200, 2), ("Karlstad", 65220, 200, 3),
           ("Luleå", 97231, 200, 2)),
    "FI": (("Helsinki", 100, 900, 30), ("Espoo", 2100, 800, 14), ("Tampere", 33100, 700, 12),
           ("Vantaa", 1300, 600, 12), ("Oulu", 90100, 500, 10), ("Turku", 20100, 800, 9),
           ("Jyväskylä", 40100, 500, 7), ("Lahti", 15100, 800, 6), ("Kuopio", 70100, 700, 6),
           ("Pori", 28100, 400, 4), ("Joensuu", 80100, 200, 3), ("Lappeenranta", 53100, 800, 3),
           ("Vaasa", 65100, 300, 3), ("Rovaniemi", 96100, 300, 2)),
    "DK": (("København K", 1050, 424, 15), ("København Ø", 2100, 1, 8), ("København N", 2200, 1, 8),
           ("København S", 2300, 1, 6), ("Frederiksberg C", 1800, 175, 7), ("Valby", 2500, 1, 4),
           ("Aarhus C", 8000, 1, 12), ("Aarhus N", 8200, 1, 5), ("Odense C", 5000, 1, 10),
           ("Aalborg", 9000, 1, 9), ("Esbjerg", 6700, 1, 5), ("Randers C", 8900, 1, 4),
           ("Kolding", 6000, 1, 4), ("Horsens", 8700, 1, 4), ("Vejle", 7100, 1, 4),
           ("Roskilde", 4000, 1, 4), ("Herning", 7400, 1, 3), ("Silkeborg", 8600, 1, 3),
           ("Næstved", 4700, 1, 3), ("Fredericia", 7000, 1, 2), ("Viborg", 8800, 1, 2),
           ("Holbæk", 4300, 1, 2), ("Køge", 4600, 1, 2)),
}
POSTAL_DIGITS = {"NO": 4, "DK": 4, "SE": 5, "FI": 5}

# Mobile ranges that phonenumbers accepts as valid mobiles: E.164 prefix and digits after it.
MOBILE_PREFIXES: dict[str, tuple[tuple[str, ...], int]] = {
    "NO": (("+4740", "+4741", "+4746", "+4747", "+4748", "+4790", "+4791", "+4792", "+4793", "+4794",
            "+4795", "+4797", "+4798", "+4799"), 6),
    "SE": (("+4670", "+4672", "+4673", "+4676", "+4679"), 7),
    "FI": (("+35840", "+35841", "+35844", "+35845", "+35846", "+35850"), 7),
    "DK": (tuple(f"+45{p}{d}" for p in ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29",
                                        "30", "31", "40", "41", "42", "50", "51", "52", "53", "60",
                                        "61", "71", "81", "91", "93") for d in "123456789"), 5),
}


# ----------------------------------------------------------------------------------------------
# Organisation numbers with correct check digits, written the way validation.org_number does.


def org_number(rng: random.Random, country: str) -> str:
    while True:
        if country == "NO":  # 9 digits, mod 11; 8xx and 9xx are companies
            body = rng.choice("89") + f"{rng.randrange(10**7):07d}"
            check = _check_digit(body, no_orgnr.is_valid)
            if check is not None:
                n = body + check
                return f"{n[:3]} {n[3:6]} {n[6:]}"
        elif country == "SE":  # 10 digits, Luhn; 556/559 are aktiebolag, 969 handelsbolag
            body = rng.choice(("556", "556", "559", "969")) + f"{rng.randrange(10**6):06d}"
            n = body + luhn.calc_check_digit(body)
            return f"{n[:6]}-{n[6:]}"
        elif country == "FI":  # Y-tunnus: 7 digits, a dash and a mod 11 check digit
            body = rng.choice("0123") + f"{rng.randrange(10**6):06d}"
            check = _check_digit(body + "-", ytunnus.is_valid)
            if check is not None:
                return f"{body}-{check}"
        elif country == "DK":  # CVR: 8 digits, mod 11
            body = str(rng.randrange(1, 10)) + f"{rng.randrange(10**6):06d}"
            check = _check_digit(body, cvr.is_valid)
            if check is not None:
                return body + check
        else:
            raise ValueError(country)


def _check_digit(body: str, is_valid: Callable[[str], bool]) -> str | None:
    """The digit that makes ``body`` valid; None for a body no mod-11 digit completes (draw again)."""
    return next((d for d in "0123456789" if is_valid(body + d)), None)


# ----------------------------------------------------------------------------------------------
# Wording in the shop's language: items, notes, consents, service events.

# (category, (no, sv, da, fi), lowest and highest price in NOK/SEK, most units on one line)
ITEMS: tuple[tuple[str, tuple[str, str, str, str], int, int, int], ...] = (
    ("clean", ("Skjorte", "Skjorta", "Skjorte", "Kauluspaita"), 49, 79, 6),
    ("clean", ("Bluse", "Blus", "Bluse", "Pusero"), 69, 99, 3),
    ("clean", ("Bukse", "Byxor", "Bukser", "Housut"), 99, 149, 3),
    ("clean", ("Kjole", "Klänning", "Kjole", "Mekko"), 229, 349, 2),
    ("clean", ("Dress, 2 deler", "Kostym", "Jakkesæt", "Puku"), 299, 449, 2),
    ("clean", ("Blazer", "Kavaj", "Blazer", "Pikkutakki"), 149, 229, 2),
    ("clean", ("Frakk", "Rock", "Frakke", "Päällystakki"), 249, 399, 1),
    ("clean", ("Dunjakke", "Dunjacka", "Dunjakke", "Untuvatakki"), 349, 499, 1),
    ("clean", ("Dyne", "Täcke", "Dyne", "Peitto"), 299, 499, 2),
    ("clean", ("Pute", "Kudde", "Hovedpude", "Tyyny"), 149, 199, 4),
    ("clean", ("Gardiner, per meter", "Gardiner, per meter", "Gardiner, pr. meter", "Verhot, metri"),
     39, 69, 12),
    ("clean", ("Teppe", "Matta", "Tæppe", "Matto"), 399, 1200, 1),
    ("clean", ("Brudekjole", "Brudklänning", "Brudekjole", "Hääpuku"), 899, 1499, 1),
    ("clean", ("Legge opp bukse", "Uppläggning av byxor", "Opsyning af bukser", "Housujen lyhennys"),
     149, 249, 2),
    ("clean", ("Bytte glidelås", "Byte av blixtlås", "Udskiftning af lynlås", "Vetoketjun vaihto"),
     199, 349, 1),
    ("build", ("Betong B30, m³", "Betong C30/37, m³", "Beton C30, m³", "Betoni C30/37, m³"), 1800, 2600, 12),
    ("build", ("Stålrørspel 6 m", "Stålrörspåle 6 m", "Stålrørspæl 6 m", "Teräsputkipaalu 6 m"),
     900, 2500, 40),
    ("build", ("Armeringsjern 12 mm, 6 m", "Armeringsjärn 12 mm, 6 m", "Armeringsjern 12 mm, 6 m",
               "Harjateräs 12 mm, 6 m"), 89, 139, 200),
    ("build", ("Armeringsnett K189", "Armeringsnät K189", "Armeringsnet K189", "Raudoitusverkko K189"),
     390, 590, 30),
    ("build", ("Sement 25 kg", "Cement 25 kg", "Cement 25 kg", "Sementti 25 kg"), 119, 169, 40),
    ("build", ("Konstruksjonsvirke 48x198, m", "Konstruktionsvirke 45x195, m", "Konstruktionstræ 45x195, m",
               "Rakennepuu 48x198, m"), 45, 89, 200),
    ("build", ("Kryssfinér 18 mm", "Plywood 18 mm", "Krydsfiner 18 mm", "Vaneri 18 mm"), 399, 649, 30),
    ("build", ("Forskalingsplate", "Formplywood", "Forskallingsplade", "Muottivaneri"), 450, 700, 40),
    ("build", ("Pukk 8-16 mm, tonn", "Makadam 8-16 mm, ton", "Skærver 8-16 mm, ton", "Sepeli 8-16 mm, tonni"),
     290, 450, 25),
    ("build", ("Isolasjon 200 mm, pakke", "Isolering 195 mm, paket", "Isolering 195 mm, pakke",
               "Eriste 200 mm, paketti"), 499, 799, 40),
    ("build", ("Treskruer 5x80, 250 stk", "Träskruv 5x80, 250 st", "Træskruer 5x80, 250 stk",
               "Puuruuvi 5x80, 250 kpl"), 189, 289, 10),
    ("build", ("Levering med kranbil", "Leverans med kranbil", "Levering med kranvogn", "Nosturiautotoimitus"),
     1200, 2500, 1),
)
LANG_INDEX = {"no": 0, "sv": 1, "da": 2, "fi": 3}
PRICE_SCALE = {"NOK": 1.0, "SEK": 1.0, "DKK": 0.7, "EUR": 0.1}

NOTES = {
    "no": ("Ønsker SMS når tøyet er klart.", "Fast kunde.", "Allergisk mot parfyme: bruk uparfymert.",
           "Betaler med faktura, 30 dager.", "Leveres til byggeplass, ring før levering.",
           "Henter ofte etter stengetid, avtal på telefon.", "Ikke stivelse i skjortene.",
           "Kontaktperson på anlegget:\nring formann før lossing."),
    "sv": ("Vill ha sms när kläderna är klara.", "Stamkund.", "Allergisk mot parfym: använd oparfymerat.",
           "Betalar mot faktura, 30 dagar.", "Leverans till byggarbetsplats, ring innan.",
           "Hämtar ofta efter stängning, ring först.", "Ingen stärkelse i skjortorna.",
           "Kontaktperson på bygget:\nring arbetsledaren före lossning."),
    "da": ("Ønsker sms, når tøjet er klar.", "Fast kunde.", "Allergisk over for parfume: brug uparfumeret.",
           "Betaler på faktura, 30 dage.", "Leveres til byggeplads, ring før levering.",
           "Henter ofte efter lukketid, aftal pr. telefon.", "Ingen stivelse i skjorterne.",
           "Kontaktperson på pladsen:\nring til formanden før aflæsning."),
    "fi": ("Haluaa tekstiviestin, kun vaatteet ovat valmiita.", "Kanta-asiakas.",
           "Allerginen hajusteille: käytä hajusteettomia.", "Maksaa laskulla, 30 päivää.",
           "Toimitus työmaalle, soita ennen toimitusta.", "Noutaa usein sulkemisajan jälkeen, sovi puhelimitse.",
           "Ei tärkkiä kauluspaitoihin.", "Yhteyshenkilö työmaalla:\nsoita työnjohtajalle ennen purkua."),
}
# (email purpose, SMS purpose) by their stable keys (domain.consent_purposes), whatever the language.
PURPOSES = ("newsletter", "marketing_sms")


def trades(purposes: tuple[str, ...], shows_company: bool, configured: bool) -> tuple[str, ...]:
    """Which item categories fit the shop's profile: a dry cleaner (it has the pickup purpose)
    cleans, a supplier to businesses (company fields, no pickup) sells building goods, and a
    register without a set-up profile gets both, as before there were profiles."""
    if not configured:
        return ("clean", "build")
    if "pickup" in purposes:
        return ("clean",)
    if shows_company:
        return ("build",)
    return ("clean", "build")


def makes_consents(marketing_basis: str | None, configured: bool) -> bool:
    """Marketing consents only where the shop's notice says it markets with consent (Art. 6(1)(a))."""
    return not configured or marketing_basis == "a"


EVENT_TEXT = {
    "no": {"return": ("Kunden returnerte varen.", "Feil vare levert, tatt i retur."),
           "complaint": ("Flekken er ikke borte etter rens.", "Knapp mangler etter rens.", "Plagget har krympet.",
                         "For lite levert i forhold til ordren.", "Skadet emballasje ved levering."),
           "repair": ("Sy fast fôret.", "Reparere sømmen i ryggen.", "Bytte knapper.")},
    "sv": {"return": ("Kunden returnerade varan.", "Fel vara levererad, returnerad."),
           "complaint": ("Fläcken är kvar efter tvätt.", "Knapp saknas efter tvätt.", "Plagget har krympt.",
                         "För lite levererat jämfört med ordern.", "Skadat emballage vid leverans."),
           "repair": ("Sy fast fodret.", "Laga sömmen i ryggen.", "Byta knappar.")},
    "da": {"return": ("Kunden returnerede varen.", "Forkert vare leveret, taget retur."),
           "complaint": ("Pletten er der stadig efter rens.", "Knap mangler efter rens.", "Tøjet er krympet.",
                         "For lidt leveret i forhold til ordren.", "Beskadiget emballage ved levering."),
           "repair": ("Sy foret fast.", "Reparere sømmen i ryggen.", "Skifte knapper.")},
    "fi": {"return": ("Asiakas palautti tuotteen.", "Väärä tuote toimitettu, palautettu."),
           "complaint": ("Tahra ei lähtenyt pesussa.", "Nappi puuttuu pesun jälkeen.", "Vaate on kutistunut.",
                         "Toimitettu vähemmän kuin tilattiin.", "Pakkaus vaurioitunut toimituksessa."),
           "repair": ("Vuorin ompelu kiinni.", "Selkäsauman korjaus.", "Nappien vaihto.")},
}
PURCHASE_NOTES = {
    "no": ("Haster", "Henter fredag", "Levering neste uke", "Rabatt 10 %"),
    "sv": ("Brådskande", "Hämtas fredag", "Leverans nästa vecka", "Rabatt 10 %"),
    "da": ("Haster", "Hentes fredag", "Levering næste uge", "Rabat 10 %"),
    "fi": ("Kiireellinen", "Noudetaan perjantaina", "Toimitus ensi viikolla", "Alennus 10 %"),
}
INVOICE_BOXES = {"no": ("faktura", "regnskap", "post"), "sv": ("faktura", "ekonomi", "info"),
                  "da": ("faktura", "bogholderi", "kontakt"), "fi": ("laskutus", "kirjanpito", "info")}
CONSENT_SOURCES = (ConsentSource.COUNTER.value,) * 10 + (ConsentSource.WEB.value,) * 5 + (
    ConsentSource.EMAIL.value,) * 2 + (ConsentSource.PHONE.value,) * 2 + (ConsentSource.LETTER.value,)
