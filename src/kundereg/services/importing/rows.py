"""One file row to a customer: the mapped cells, cleaned, through the form's own validation.

Problems are ``RowError`` naming the row and the column; the value itself is never put in a
message (it may be personal data and messages reach logs).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timezone
from typing import Any

from ...domain.customer_rules import normalise_customer
from ...domain.errors import KunderegError, ValidationErrors
from ...domain.records import CustomerInput
from ...domain.text import fold
from .mapping import CONSENT_PREFIX, ColumnMap, looks_like_company, split_full_name

# A cell a spreadsheet would run: "=HYPERLINK(...)", "@SUM(...)", "+cmd|..." or "-2+3" style.
_FORMULA = re.compile(r"^\s*(?:[=@]|[+\-]\s*[A-Za-z_(]|[+\-][\d.]+\s*[+\-*/^])")
_SUMMARY = re.compile(r"^(sum|summa|total|totalt|totals|i alt|ialt|yhteensa|yht|antall|antal|count|rader|rows)\b")
_TRUE = frozenset({"ja", "j", "yes", "y", "x", "1", "true", "sant", "kylla", "k", "sand", "samtykke", "ok"})
_FALSE = frozenset({"nei", "n", "no", "0", "false", "usant", "ei", "nej", "falsk", "-"})
_COUNTRY_NAMES = {
    "norge": "NO", "noreg": "NO", "norway": "NO", "norja": "NO", "sverige": "SE", "sweden": "SE", "ruotsi": "SE",
    "suomi": "FI", "finland": "FI", "danmark": "DK", "denmark": "DK", "tanska": "DK", "island": "IS",
    "iceland": "IS", "tyskland": "DE", "germany": "DE", "saksa": "DE",
}
_POSTAL_WIDTH = {"NO": 4, "DK": 4, "SE": 5, "FI": 5}
_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y", "%d/%m/%Y", "%d-%m-%Y", "%Y%m%d", "%Y-%m-%d %H:%M:%S",
                 "%Y-%m-%dT%H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y %H:%M:%S")


class RowError(KunderegError):
    """One row refused: where (row, column) and why."""

    def __init__(self, row: int, column: str | None, reason: KunderegError) -> None:
        self.row, self.column, self.reason = row, column, reason
        if column:
            super().__init__("Row {row}, column {column}: {reason}", row=row, column=column, reason=reason.message)
        else:
            super().__init__("Row {row}: {reason}", row=row, reason=reason.message)


class CellError(KunderegError):
    pass


@dataclass(frozen=True, slots=True)
class ImportedRow:
    """A valid row: normalised customer columns, the source's own number, stated consents."""

    row: int
    values: dict[str, Any]
    customer_number: str | None
    consents: tuple[tuple[str, datetime], ...]


def is_blank(cells: list[str]) -> bool:
    return not any(c.strip() for c in cells)


def is_summary(cells: list[str]) -> bool:
    """A "Sum"/"Totalt 245 kunder" line that exports put at the end."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and len(filled) * 2 <= max(len(cells), 2) and bool(_SUMMARY.match(fold(filled[0])))


def unquote_cell(value: str) -> str:
    """Undo the apostrophe kundereg puts before formula-looking cells in the CSV it writes."""
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return value[1:]
    return value


def looks_like_formula(value: str) -> bool:
    return bool(_FORMULA.match(value))


def parse_date(value: str) -> date | None:
    raw = value.strip()
    if not raw:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    try:
        return datetime.fromisoformat(raw).date()
    except ValueError:
        return None


def convert_row(row: int, cells: list[str], columns: ColumnMap, shop_country: str, today: date) -> ImportedRow:
    """The row as validated customer values, or RowError for its first bad column."""
    raw: dict[str, str] = {}
    where: dict[str, int] = {}
    consent_cells: list[tuple[str, int, str]] = []
    for index, target in enumerate(columns.targets):
        if target is None:
            continue
        value = unquote_cell(cells[index]) if index < len(cells) else ""
        if value.strip() and looks_like_formula(value):
            raise RowError(row, columns.label(index), CellError(
                "looks like a spreadsheet formula; it was not run. Type the value itself."))
        if target.startswith(CONSENT_PREFIX):
            consent_cells.append((target[len(CONSENT_PREFIX):], index, value))
            continue
        raw[target] = value
        where[target] = index

    def label(target: str) -> str | None:
        return columns.label(where[target]) if target in where else None

    fields: dict[str, str | None] = {f: (raw.get(f) or "").strip() or None
                                     for f in ("first_name", "last_name", "company_name", "org_number", "email",
                                               "invoice_email", "street", "postal_code", "city", "notes")}
    if raw.get("notes"):
        fields["notes"] = raw["notes"]  # keeps its line breaks; validation allows them in notes
    source_of = {f: f for f in fields}
    full = (raw.get("full_name") or "").strip()
    if full and not (fields["first_name"] or fields["last_name"]):
        if not fields["company_name"] and (looks_like_company(full) or (fields["org_number"] and
                                                                        "company_name" not in where)):
            fields["company_name"], source_of["company_name"] = full, "full_name"
        else:
            first, last = split_full_name(full)
            fields["first_name"], fields["last_name"] = first, last
            source_of["first_name"] = source_of["last_name"] = "full_name"
    mobile = (raw.get("mobile") or "").strip()
    source_of["mobile"] = "mobile"
    if not mobile and (raw.get("phone") or "").strip():
        mobile, source_of["mobile"] = raw["phone"].strip(), "phone"
    street2 = (raw.get("street2") or "").strip()
    if street2:
        fields["street"] = ", ".join(p for p in (fields["street"], street2) if p)
    place = (raw.get("postal_place") or "").strip()
    if place and not (fields["postal_code"] or fields["city"]):
        match = re.match(r"^((?:[A-Za-z]{1,2}-)?\d[\d ]{2,6}\d)\s+(.+)$", place)
        if match:
            fields["postal_code"], fields["city"] = match.group(1), match.group(2)
        else:
            fields["city"] = place
        source_of["postal_code"] = source_of["city"] = "postal_place"
    country = _country((raw.get("country") or "").strip())
    code = country or shop_country
    if fields["postal_code"] and fields["postal_code"].isdigit() and code in _POSTAL_WIDTH:
        fields["postal_code"] = fields["postal_code"].zfill(_POSTAL_WIDTH[code])  # Excel drops leading zeros
    data = CustomerInput(mobile=mobile or None, country=country, **fields)
    try:
        values = normalise_customer(data, shop_country)
    except ValidationErrors as exc:
        field, error = next(iter(exc.errors.items()))
        column = label(source_of.get(field, field)) or label("full_name")
        if field == "country":
            column = label("country")
        raise RowError(row, column, error) from None
    consents = _consents(row, consent_cells, columns, raw.get("consent_date", ""), label("consent_date"), today)
    number = (raw.get("customer_number") or "").strip() or None
    if number is not None and len(number) > 64:
        raise RowError(row, label("customer_number"), CellError("is too long for a customer number."))
    return ImportedRow(row, values, number, consents)


def _country(value: str) -> str | None:
    if not value:
        return None
    key = fold(value)
    if key in _COUNTRY_NAMES:
        return _COUNTRY_NAMES[key]
    return value.upper() if len(value) == 2 else value  # validation names the column if it is wrong


def _consents(row: int, cells: list[tuple[str, int, str]], columns: ColumnMap, date_cell: str,
              date_label: str | None, today: date) -> tuple[tuple[str, datetime], ...]:
    """Only what a column states: a yes with a date (its own or the consent-date column), or a date."""
    out = []
    stated_date = parse_date(date_cell) if date_cell and date_cell.strip() else None
    if date_cell and date_cell.strip() and stated_date is None:
        raise RowError(row, date_label, CellError("is not a date (use 2024-05-31 or 31.05.2024)."))
    for purpose, index, value in cells:
        text = fold(value)
        if not text or text in _FALSE:
            continue
        day = parse_date(value)
        if day is None:
            if text not in _TRUE:
                raise RowError(row, columns.label(index), CellError(
                    "must say yes or no, or give the date the consent was given."))
            day = stated_date
            if day is None:
                raise RowError(row, columns.label(index), CellError(
                    "states a consent without the date it was given; add a consent date column."))
        if day > today:
            raise RowError(row, columns.label(index), CellError("gives a consent date in the future."))
        if len(purpose) > 100:
            raise RowError(row, columns.label(index), CellError("names a consent purpose that is too long."))
        out.append((purpose, datetime.combine(day, time(12, 0), tzinfo=timezone.utc)))
    return tuple(out)
