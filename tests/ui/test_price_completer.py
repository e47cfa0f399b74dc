"""The order dialog's completion model: typed text offers price-list items, a pick hands the item over."""
from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from kundereg.domain.prices import preset_items
from kundereg.ui.price_completer import ItemRole, PriceCompleterModel, make_completer


def test_the_model_offers_matching_items():
    model = PriceCompleterModel(preset_items("dry_cleaner", "nb", "NO", "NOK"))
    model.filter("sk")
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == ["Skjorte", "Skinnjakke"]
    assert model.data(model.index(0, 0), ItemRole).price_minor == 9900
    model.filter("")
    assert model.rowCount() == 0


def test_picking_a_completion_fills_the_price(qtbot):
    edit = QLineEdit()
    qtbot.addWidget(edit)
    picked = []
    completer = make_completer(preset_items("dry_cleaner", "nb", "NO", "NOK"), edit, picked.append)
    edit.textEdited.emit("dre")
    assert completer.model().rowCount() == 1
    completer.activated[str].emit("Dress 2 deler")
    assert [(i.name, i.price_minor, i.due_days) for i in picked] == [("Dress 2 deler", 34900, 4)]
