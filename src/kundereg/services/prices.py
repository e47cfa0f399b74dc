"""The price list: read by everyone at the counter, edited by the owner, CSV in and out.

CSV is semicolon-separated with a decimal comma (what Nordic spreadsheets write and read);
import also takes commas and decimal points. Columns: name;price;vat;unit;kind;due_days.
The price list holds no personal data; changes are audited as counts.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, replace

from sqlalchemy import delete, func, select

from ..db import models
from ..db.database import Database
from ..domain import validation as v
from ..domain.access import Permission
from ..domain.errors import KunderegError, NotFoundError, ValidationError
from ..domain.prices import UNITS, VAT_RATES, PriceItem, PriceKind, preset_items
from ..domain.text import fold
from .access import StaffSession, require
from .audit import AuditAction, record as audit

COLUMNS = ("name", "price", "vat", "unit", "kind", "due_days")
MAX_ITEMS = 2000


@dataclass(frozen=True, slots=True)
class ImportReport:
    added: int
    updated: int
    errors: tuple[tuple[int, str], ...]  # (line number, message)


class PriceService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def items(self, staff: StaffSession | None) -> list[PriceItem]:
        require(staff, Permission.RECORD_ORDER)
        with self._db.read() as session:
            return [_record(r) for r in session.scalars(
                select(models.PriceItem).order_by(models.PriceItem.position, models.PriceItem.id))]

    def save(self, staff: StaffSession | None, item: PriceItem) -> PriceItem:
        """Add (``id`` None) or change one item."""
        actor = require(staff, Permission.SETTINGS)
        country = _country(self._db)
        clean = validate_item(item, country)
        with self._db.transaction() as session:
            if clean.id is None:
                count = session.scalar(select(func.count()).select_from(models.PriceItem)) or 0
                if count >= MAX_ITEMS:
                    raise ValidationError("name", "cannot be added: the price list is full ({n} items).", n=MAX_ITEMS)
                row = models.PriceItem(position=count)
                session.add(row)
            else:
                row = session.get(models.PriceItem, clean.id)
                if row is None:
                    raise NotFoundError("Price list item", clean.id)
            with session.no_autoflush:
                _check_unique(session, clean.name, clean.id)
            _fill(row, clean)
            session.flush()
            audit(session, AuditAction.SETTING_CHANGED, staff_id=actor.staff_id, setting="price_list",
                  changed=1)
            return _record(row)

    def delete(self, staff: StaffSession | None, item_id: int) -> None:
        actor = require(staff, Permission.SETTINGS)
        with self._db.transaction() as session:
            if session.execute(delete(models.PriceItem).where(models.PriceItem.id == item_id)).rowcount == 0:
                raise NotFoundError("Price list item", item_id)
            audit(session, AuditAction.SETTING_CHANGED, staff_id=actor.staff_id, setting="price_list", deleted=1)

    def apply_preset(self, staff: StaffSession | None, key: str, language: str) -> int:
        """Add the preset's items that the list does not have yet; returns how many were added."""
        require(staff, Permission.SETTINGS)
        with self._db.read() as session:
            shop = session.get(models.Shop, 1)
            country, currency = shop.country, shop.currency
        items = preset_items(key, language, country, currency)
        return self._merge(staff, items, []).added

    def import_csv(self, staff: StaffSession | None, text: str) -> ImportReport:
        """Items by name: new names are added, known names updated. Bad lines are reported, the
        good ones saved; nothing is saved when no line is good."""
        require(staff, Permission.SETTINGS)
        items, errors = parse_csv(text, _country(self._db))
        return self._merge(staff, items, errors)

    def export_csv(self, staff: StaffSession | None) -> str:
        items = self.items(staff)
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for item in items:
            writer.writerow([item.name, _amount(item.price_minor), item.vat_percent.replace(".", ","), item.unit,
                             item.kind.value, "" if item.due_days is None else item.due_days])
        return out.getvalue()

    def _merge(self, staff: StaffSession, items: list[PriceItem], errors: list[tuple[int, str]]) -> ImportReport:
        actor = require(staff, Permission.SETTINGS)
        added = updated = 0
        with self._db.transaction() as session:
            existing = {fold(r.name): r for r in session.scalars(select(models.PriceItem))}
            position = len(existing)
            for item in items:
                row = existing.get(fold(item.name))
                if row is None:
                    if position >= MAX_ITEMS:
                        errors.append((0, f"The price list is full ({MAX_ITEMS} items)."))
                        break
                    row = models.PriceItem(position=position)
                    session.add(row)
                    existing[fold(item.name)] = row
                    position += 1
                    added += 1
                else:
                    updated += 1
                _fill(row, item)
            if added or updated:
                audit(session, AuditAction.SETTING_CHANGED, staff_id=actor.staff_id, setting="price_list",
                      added=added, updated=updated)
        return ImportReport(added, updated, tuple(errors))


def lookup(items: list[PriceItem], typed: str, limit: int = 10) -> list[PriceItem]:
    """Items whose name starts with what was typed (folded: 'skjo' finds 'Skjorte'), then those
    with a word that does; for the order dialog's completion."""
    key = fold(typed or "").strip()
    if not key:
        return []
    starts, words = [], []
    for item in items:
        name = fold(item.name)
        if name.startswith(key):
            starts.append(item)
        elif any(w.startswith(key) for w in re.split(r"[\s,./-]+", name)):
            words.append(item)
    return (starts + words)[:limit]


def validate_item(item: PriceItem, country: str) -> PriceItem:
    name = v.text("name", item.name, required=True)
    price = v.money_minor(item.price_minor, "unit_price")
    if price < 0:
        raise ValidationError("unit_price", "may not be negative.")
    rates = VAT_RATES.get(country, (2500, 0))
    if item.vat_rate_bp not in rates:
        raise ValidationError("vat", "must be one of {rates} %.",
                              rates=", ".join(PriceItem("", 0, r).vat_percent for r in rates))
    if item.unit not in UNITS:
        raise ValidationError("unit", "must be one of {units}.", units=", ".join(UNITS))
    try:
        kind = PriceKind(item.kind)
    except ValueError:
        raise ValidationError("kind", "must be service or goods.") from None
    days = item.due_days
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= 365):
        raise ValidationError("due_days", "must be a whole number from 0 to 365.")
    return replace(item, name=name, price_minor=price, kind=kind)


def parse_csv(text: str, country: str) -> tuple[list[PriceItem], list[tuple[int, str]]]:
    text = text.lstrip("\ufeff")
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = [h.strip().lower() for h in next(reader, [])]
    if "name" not in header or "price" not in header:
        raise KunderegError("The CSV file needs a header line with at least the columns name and price "
                            "(name;price;vat;unit;kind;due_days).")
    index = {name: header.index(name) for name in COLUMNS if name in header}
    items, errors, seen = [], [], set()
    standard = VAT_RATES.get(country, (2500,))[0]
    for number, row in enumerate(reader, start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(name: str) -> str:
            at = index.get(name)
            return row[at].strip() if at is not None and at < len(row) else ""

        try:
            vat = cell("vat").rstrip("%").strip()
            item = PriceItem(
                name=cell("name"), price_minor=v.parse_money(cell("price"), "unit_price"),
                vat_rate_bp=_vat(vat) if vat else standard, unit=cell("unit") or "pcs",
                kind=cell("kind") or PriceKind.SERVICE, due_days=_int(cell("due_days"), "due_days"))
            item = validate_item(item, country)
        except KunderegError as exc:
            errors.append((number, exc.message))
            continue
        if fold(item.name) in seen:
            errors.append((number, "The name is on an earlier line too."))
            continue
        seen.add(fold(item.name))
        items.append(item)
    return items, errors


def _vat(text: str) -> int:
    match = re.fullmatch(r"(\d{1,2})(?:[.,](\d{1,2}))?", text)
    if not match:
        raise ValidationError("vat", "must be a percentage such as 25.")
    return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))


def _int(text: str, field: str) -> int | None:
    if not text:
        return None
    if not text.isdigit():
        raise ValidationError(field, "must be a whole number from 0 to 365.")
    return int(text)


def _amount(minor: int) -> str:
    return f"{minor // 100},{minor % 100:02d}"


def _country(db: Database) -> str:
    with db.read() as session:
        shop = session.get(models.Shop, 1)
        return shop.country if shop is not None else "NO"


def _check_unique(session, name: str, item_id: int | None) -> None:
    for row in session.scalars(select(models.PriceItem)):
        if row.id != item_id and fold(row.name) == fold(name):
            raise ValidationError("name", "is already on the price list.")


def _fill(row: models.PriceItem, item: PriceItem) -> None:
    row.name, row.price_minor, row.vat_rate_bp = item.name, item.price_minor, item.vat_rate_bp
    row.kind, row.unit, row.due_days = PriceKind(item.kind).value, item.unit, item.due_days


def _record(row: models.PriceItem) -> PriceItem:
    return PriceItem(id=row.id, name=row.name, price_minor=row.price_minor, vat_rate_bp=row.vat_rate_bp,
                     kind=PriceKind(row.kind), unit=row.unit, due_days=row.due_days)
