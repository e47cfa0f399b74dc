"""The price list: owner-edited, CSV round trip, presets, and the completion lookup."""
from __future__ import annotations

import pytest

from kundereg.domain.access import PermissionDenied
from kundereg.domain.errors import KunderegError, ValidationError
from kundereg.domain.prices import PriceItem, PriceKind, preset_items
from kundereg.services.prices import PriceService, lookup


@pytest.fixture
def prices(db, shop):
    return PriceService(db)


def test_the_owner_edits_and_the_counter_reads(prices, owner, counter):
    shirt = prices.save(owner, PriceItem("Skjorte", 9900, 2500, due_days=3))
    assert prices.items(counter) == [shirt]
    with pytest.raises(PermissionDenied):
        prices.save(counter, PriceItem("Bukse", 16900, 2500))
    changed = prices.save(owner, PriceItem("Skjorte, strøket", 10900, 2500, id=shirt.id))
    assert [i.name for i in prices.items(owner)] == ["Skjorte, strøket"] and changed.price_minor == 10900
    with pytest.raises(ValidationError, match="already on the price list"):
        prices.save(owner, PriceItem("skjorte, STRØKET", 1, 2500))
    with pytest.raises(ValidationError, match="must be one of 25, 15, 12, 0 %"):
        prices.save(owner, PriceItem("Kjole", 29900, 2400))  # 24 % is not a Norwegian rate
    prices.delete(owner, shirt.id)
    assert prices.items(owner) == []


def test_presets_for_the_dry_cleaner_and_the_supplier(prices, owner):
    assert prices.apply_preset(owner, "dry_cleaner", "nb") == 8
    names = [i.name for i in prices.items(owner)]
    assert {"Skjorte", "Dress 2 deler", "Kjole", "Gardiner per kg", "Skinnjakke"} <= set(names)
    assert prices.apply_preset(owner, "dry_cleaner", "nb") == 0  # nothing twice
    assert prices.apply_preset(owner, "b2b_supplier", "nb") == 4
    concrete = next(i for i in prices.items(owner) if i.name == "Betong B30 per m³")
    assert (concrete.unit, concrete.kind, concrete.vat_rate_bp) == ("m3", PriceKind.GOODS, 2500)
    finnish = preset_items("dry_cleaner", "fi", "FI", "EUR")
    assert finnish[0].name == "Kauluspaita" and finnish[0].vat_rate_bp == 2550 and finnish[0].price_minor == 990


def test_csv_export_and_import_round_trip(prices, owner, db):
    prices.apply_preset(owner, "dry_cleaner", "nb")
    exported = prices.export_csv(owner)
    assert exported.splitlines()[0] == "name;price;vat;unit;kind;due_days"
    assert "Skjorte;99,00;25;pcs;service;3" in exported.splitlines()
    before = prices.items(owner)
    report = prices.import_csv(owner, exported)
    assert (report.added, report.updated, report.errors) == (0, 8, ())
    assert [(i.name, i.price_minor, i.vat_rate_bp, i.due_days) for i in prices.items(owner)] == \
        [(i.name, i.price_minor, i.vat_rate_bp, i.due_days) for i in before]


def test_import_takes_commas_and_points_and_reports_bad_lines(prices, owner):
    text = ("\ufeffname,price,vat,unit\n"
            "Vask og rens,149.50,25,pcs\n"
            "Bad price,12x,25,pcs\n"
            "Odd unit,10,25,barrels\n"
            "Matpakke,59,15,pcs\n"
            "vask OG rens,1,25,pcs\n")
    report = prices.import_csv(owner, text)
    assert (report.added, report.updated) == (2, 0)
    assert [line for line, _ in report.errors] == [3, 4, 6]
    assert "Unit price" in report.errors[0][1]
    items = {i.name: i for i in prices.items(owner)}
    assert items["Vask og rens"].price_minor == 14950 and items["Matpakke"].vat_rate_bp == 1500
    with pytest.raises(KunderegError, match="header line"):
        prices.import_csv(owner, "Skjorte;99\n")


def test_lookup_completes_from_what_is_typed():
    items = preset_items("dry_cleaner", "nb", "NO", "NOK")
    assert [i.name for i in lookup(items, "skj")] == ["Skjorte"]
    assert [i.name for i in lookup(items, "sk")] == ["Skjorte", "Skinnjakke"]
    assert [i.name for i in lookup(items, "kg")] == ["Gardiner per kg"]  # a word inside the name
    assert [i.name for i in lookup(items, "drés")] == ["Dress 2 deler"]  # accents folded
    assert lookup(items, "  ") == []
