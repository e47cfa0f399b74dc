"""The shop's price list: services and goods with price, VAT rate and default due days.

Prices are integer minor units of the shop's currency; VAT rates are basis points (2500 = 25 %),
checked against the rates of the shop's country. Presets give a dry cleaner and a building
supplier a list to start from (the owner edits the prices). No Qt, no SQL.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class PriceKind(StrEnum):
    SERVICE = "service"
    GOODS = "goods"


UNITS: tuple[str, ...] = ("pcs", "kg", "m", "m2", "m3", "h", "set")

# VAT rates in force (basis points), and 0 for exempt sales.
# NO: 25 % standard, 15 % food, 12 % transport/hotels. SE: 25, 12, 6. FI: 25.5 (from 1 Sept 2024), 14, 10.
# DK: 25 only.
VAT_RATES: dict[str, tuple[int, ...]] = {
    "NO": (2500, 1500, 1200, 0),
    "SE": (2500, 1200, 600, 0),
    "FI": (2550, 1400, 1000, 0),
    "DK": (2500, 0),
}
STANDARD_VAT = {country: rates[0] for country, rates in VAT_RATES.items()}


@dataclass(frozen=True, slots=True)
class PriceItem:
    name: str
    price_minor: int
    vat_rate_bp: int
    kind: PriceKind = PriceKind.SERVICE
    unit: str = "pcs"
    due_days: int | None = None
    id: int | None = None

    @property
    def vat_percent(self) -> str:
        whole, part = divmod(self.vat_rate_bp, 100)
        return f"{whole}" if not part else f"{whole}.{part:02d}".rstrip("0")


# name by language, price in minor units (a starting point in NOK/SEK/DKK; EUR shops get a tenth),
# unit, due days. Services carry the country's standard VAT.
_DRY_CLEANER: tuple[tuple[dict[str, str], int, str, int], ...] = (
    ({"nb": "Skjorte", "nn": "Skjorte", "sv": "Skjorta", "fi": "Kauluspaita", "da": "Skjorte", "en": "Shirt"},
     9900, "pcs", 3),
    ({"nb": "Bukse", "nn": "Bukse", "sv": "Byxor", "fi": "Housut", "da": "Bukser", "en": "Trousers"},
     16900, "pcs", 3),
    ({"nb": "Dress 2 deler", "nn": "Dress 2 delar", "sv": "Kostym 2 delar", "fi": "Puku 2 osaa",
      "da": "Jakkesæt 2 dele", "en": "Suit 2 pcs"}, 34900, "pcs", 4),
    ({"nb": "Kjole", "nn": "Kjole", "sv": "Klänning", "fi": "Mekko", "da": "Kjole", "en": "Dress"},
     29900, "pcs", 4),
    ({"nb": "Frakk", "nn": "Frakk", "sv": "Rock", "fi": "Päällystakki", "da": "Frakke", "en": "Coat"},
     39900, "pcs", 5),
    ({"nb": "Skinnjakke", "nn": "Skinnjakke", "sv": "Skinnjacka", "fi": "Nahkatakki", "da": "Skindjakke",
      "en": "Leather jacket"}, 89900, "pcs", 14),
    ({"nb": "Gardiner per kg", "nn": "Gardiner per kg", "sv": "Gardiner per kg", "fi": "Verhot per kg",
      "da": "Gardiner pr. kg", "en": "Curtains per kg"}, 18900, "kg", 7),
    ({"nb": "Dyne", "nn": "Dyne", "sv": "Täcke", "fi": "Peitto", "da": "Dyne", "en": "Duvet"}, 34900, "pcs", 7),
)
_SUPPLIER: tuple[tuple[dict[str, str], int, str, int], ...] = (
    ({"nb": "Betong B30 per m³", "nn": "Betong B30 per m³", "sv": "Betong C25/30 per m³",
      "fi": "Betoni C25/30 per m³", "da": "Beton C25/30 pr. m³", "en": "Concrete B30 per m³"}, 189000, "m3", 14),
    ({"nb": "Betong B45 per m³", "nn": "Betong B45 per m³", "sv": "Betong C35/45 per m³",
      "fi": "Betoni C35/45 per m³", "da": "Beton C35/45 pr. m³", "en": "Concrete B45 per m³"}, 219000, "m3", 14),
    ({"nb": "Pumping per time", "nn": "Pumping per time", "sv": "Pumpning per timme", "fi": "Pumppaus per tunti",
      "da": "Pumpning pr. time", "en": "Pumping per hour"}, 195000, "h", 14),
    ({"nb": "Frakt", "nn": "Frakt", "sv": "Frakt", "fi": "Rahti", "da": "Fragt", "en": "Delivery"},
     150000, "pcs", 14),
)
PRESET_KINDS = {"dry_cleaner": PriceKind.SERVICE, "b2b_supplier": PriceKind.GOODS}
PRICE_PRESETS = {"dry_cleaner": _DRY_CLEANER, "b2b_supplier": _SUPPLIER}


def preset_items(key: str, language: str, country: str, currency: str) -> list[PriceItem]:
    """The preset's items named in ``language``, with the country's standard VAT."""
    rows = PRICE_PRESETS[key]
    vat = STANDARD_VAT.get(country, 2500)
    scale = 10 if currency == "EUR" else 1
    return [PriceItem(name=names.get(language) or names["en"], price_minor=price // scale, vat_rate_bp=vat,
                      kind=PRESET_KINDS[key], unit=unit, due_days=days)
            for names, price, unit, days in rows]
