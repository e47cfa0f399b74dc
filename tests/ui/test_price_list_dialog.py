"""The price-list dialog on the real service: edit, refuse with the reason, presets, CSV both ways."""
from __future__ import annotations

import pytest

from kundereg.services.prices import PriceService
from kundereg.ui.price_list_dialog import PriceListDialog


@pytest.fixture
def dialog(qtbot, db, shop, owner):
    d = PriceListDialog(PriceService(db), owner, "nb")
    qtbot.addWidget(d)
    return d


def test_add_change_and_delete_an_item(dialog, db, owner):
    dialog.name.setText("Skjorte")
    dialog.price.setValue(99)
    dialog.due_days.setValue(3)
    assert dialog.save_item()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() in ("99.00", "99,00")
    dialog.table.selectRow(0)
    dialog.price.setValue(109)
    assert dialog.save_item()
    [item] = PriceService(db).items(owner)
    assert (item.name, item.price_minor, item.due_days) == ("Skjorte", 10900, 3)
    dialog.table.selectRow(0)
    assert dialog.delete_item() and dialog.table.rowCount() == 0


def test_a_vat_rate_the_country_does_not_have_is_refused(dialog):
    dialog.name.setText("Kjole")
    dialog.vat.setValue(24)
    assert not dialog.save_item()
    assert dialog.error.text().startswith("VAT rate: must be one of 25, 15, 12, 0")


def test_presets_and_csv(dialog, tmp_path):
    assert dialog.add_preset() and dialog.table.rowCount() == 8
    out = tmp_path / "prices.csv"
    assert dialog.export_csv(str(out))
    assert out.read_text(encoding="utf-8").splitlines()[1] == "Skjorte;99,00;25;pcs;service;3"
    source = tmp_path / "more.csv"
    source.write_text("name;price\nBunad;1290\nBad;x\n", encoding="utf-8")
    assert dialog.import_csv(str(source))
    assert dialog.table.rowCount() == 9
    assert dialog.error.text().startswith("1 line(s) could not be imported; the first: line 3")
