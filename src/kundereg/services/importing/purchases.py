"""The optional purchase history: a second file whose rows name the customer by the source's number."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone

from ...domain import validation as v
from ...domain.errors import KunderegError, ValidationError
from .mapping import ColumnMap, header_key
from .rows import CellError, RowError, looks_like_formula, parse_date, unquote_cell

PURCHASE_TARGETS = ("customer_number", "date", "description", "total")
_ALIASES = {
    "customer_number": ("kundenr", "kundenummer", "kundnr", "kundnummer", "asiakasnumero", "asiakasnro",
                        "debitornr", "customernumber", "customerno", "customerid", "kundeid", "aktornr"),
    "date": ("dato", "date", "datum", "paivamaara", "pvm", "fakturadato", "fakturadatum", "kjopsdato",
             "kjopdato", "ordredato", "orderdate", "invoicedate", "laskunpaiva", "kobsdato", "kopdatum"),
    "description": ("beskrivelse", "description", "tekst", "text", "vare", "varer", "produkt", "kuvaus",
                    "tuote", "artikel", "varetekst", "beskrivning", "item"),
    "total": ("belop", "belopp", "belob", "sum", "summa", "total", "totalt", "totalbelop", "amount",
              "totalamount", "pris", "price", "hinta", "yhteensa", "inklmva", "belopinklmva"),
}
ALIASES = {alias: target for target, names in _ALIASES.items() for alias in names}


@dataclass(frozen=True, slots=True)
class ImportedPurchase:
    row: int
    customer_number: str
    purchased_at: datetime
    description: str | None
    total_minor: int


def auto_map_purchases(headers: list[str]) -> ColumnMap:
    targets: list[str | None] = []
    taken: set[str] = set()
    for header in headers:
        target = ALIASES.get(header_key(header))
        if target in taken:
            target = None
        if target is not None:
            taken.add(target)
        targets.append(target)
    return ColumnMap(tuple(headers), tuple(targets))


def missing_purchase_columns(columns: ColumnMap) -> list[str]:
    return [t for t in ("customer_number", "date", "total") if columns.index_of(t) is None]


def convert_purchase(row: int, cells: list[str], columns: ColumnMap, today: date) -> ImportedPurchase:
    def cell(target: str) -> tuple[str, str | None]:
        index = columns.index_of(target)
        if index is None:
            return "", None
        value = unquote_cell(cells[index]) if index < len(cells) else ""
        if value.strip() and looks_like_formula(value):
            raise RowError(row, columns.label(index), CellError(
                "looks like a spreadsheet formula; it was not run. Type the value itself."))
        return value.strip(), columns.label(index)

    number, number_col = cell("customer_number")
    if not number:
        raise RowError(row, number_col, CellError("names no customer number."))
    day_text, day_col = cell("date")
    day = parse_date(day_text)
    if day is None:
        raise RowError(row, day_col, CellError("is not a date (use 2024-05-31 or 31.05.2024)."))
    if day > today:
        raise RowError(row, day_col, CellError("is a date in the future."))
    total_text, total_col = cell("total")
    try:
        total = v.parse_money(re.sub(r"[A-Za-z]{3}$", "", total_text).strip(), "total")
    except ValidationError as exc:
        raise RowError(row, total_col, exc) from None
    description_text, description_col = cell("description")
    try:
        description = v.text("description", description_text)
    except KunderegError as exc:
        raise RowError(row, description_col, exc) from None
    return ImportedPurchase(row, number, datetime.combine(day, time(12, 0), tzinfo=timezone.utc), description,
                            total)
