"""The GDPR Art. 20 portability export: one ZIP with JSON and CSV, from plain data.

Takes a PortabilityData (no sessions, no Qt) and writes ``kundereg-export.json`` (schema
``kundereg.portability``, documented in docs/export-schema.md and docs/export-schema-v1.json),
one CSV per table and a README.txt in English and Norwegian. The same data gives the same
bytes: entries in a fixed order, stamped with ``generated_at``, JSON with sorted keys.
"""
from __future__ import annotations

import csv
import io
import json
import os
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import BinaryIO

from ..domain.formatting import money_amount
from ..domain.records import CUSTOMER_FIELDS, Consent, Customer, Purchase, ServiceEvent

SCHEMA = "kundereg.portability"
SCHEMA_VERSION = 1
JSON_NAME = "kundereg-export.json"
README_NAME = "README.txt"
# What the person gave us. Staff notes are the shop's own remarks, not data "provided by" the
# person (Art. 20(1)); they are in the Art. 15 access report instead.
PROVIDED_FIELDS: tuple[str, ...] = tuple(f for f in CUSTOMER_FIELDS if f != "notes")


@dataclass(frozen=True, slots=True)
class PortabilityData:
    controller_name: str
    controller_org_number: str | None
    controller_country: str          # NO, SE, FI, DK
    generated_at: datetime           # UTC; also the timestamp of every file in the ZIP
    customer: Customer
    consents: tuple[Consent, ...]
    purchases: tuple[Purchase, ...]  # with their lines
    service_events: tuple[ServiceEvent, ...]


PERSON_COLUMNS = ("customer_id", *PROVIDED_FIELDS, "registered_at", "updated_at")
PURCHASE_COLUMNS = ("number", "purchased_at", "status", "status_changed_at", "due_date", "description",
                    "currency", "total_minor", "total")
LINE_COLUMNS = ("purchase_number", "line", "description", "quantity", "currency", "unit_price_minor",
                "unit_price", "amount_minor", "amount")
CONSENT_COLUMNS = ("purpose", "given_at", "withdrawn_at", "source")
EVENT_COLUMNS = ("kind", "status", "description", "opened_at", "closed_at", "purchase_number")
CSV_FILES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("person.csv", PERSON_COLUMNS), ("purchases.csv", PURCHASE_COLUMNS), ("purchase_lines.csv", LINE_COLUMNS),
    ("consents.csv", CONSENT_COLUMNS), ("service_events.csv", EVENT_COLUMNS))
FILE_NAMES: tuple[str, ...] = (README_NAME, JSON_NAME, *(name for name, _ in CSV_FILES))


def utc_text(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a 'Z' (naive values are taken as UTC, as the database stores them)."""
    if value is None:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def decimal_text(minor: int) -> str:
    """149900 -> '1499.00': a plain decimal string, '.' as separator, no grouping."""
    return f"{money_amount(minor):f}"


def to_document(data: PortabilityData) -> dict:
    """The JSON document (schema_version 1) as plain Python values."""
    c = data.customer
    numbers = {p.id: p.number for p in data.purchases}
    person = {"customer_id": c.id, **{f: getattr(c, f) for f in PROVIDED_FIELDS},
              "registered_at": utc_text(c.created_at), "updated_at": utc_text(c.updated_at)}
    purchases = []
    for p in sorted(data.purchases, key=lambda p: (p.number, p.id)):
        lines = [{"line": i, "description": line.description, "quantity": line.quantity,
                  "unit_price_minor": line.unit_price_minor, "unit_price": decimal_text(line.unit_price_minor),
                  "amount_minor": line.amount_minor, "amount": decimal_text(line.amount_minor)}
                 for i, line in enumerate(p.lines, start=1)]
        purchases.append({"number": p.number, "purchased_at": utc_text(p.purchased_at), "status": p.status.value,
                          "status_changed_at": utc_text(p.status_changed_at), "due_date": date_text(p.due_date),
                          "description": p.description, "currency": p.currency, "total_minor": p.total_minor,
                          "total": decimal_text(p.total_minor), "lines": lines})
    consents = [{"purpose": k.purpose, "given_at": utc_text(k.given_at), "withdrawn_at": utc_text(k.withdrawn_at),
                 "source": k.source}
                for k in sorted(data.consents, key=lambda k: (_utc(k.given_at), k.id))]
    events = [{"kind": e.kind.value, "status": e.status.value, "description": e.description,
               "opened_at": utc_text(e.opened_at), "closed_at": utc_text(e.closed_at),
               "purchase_number": numbers.get(e.purchase_id) if e.purchase_id is not None else None}
              for e in sorted(data.service_events, key=lambda e: (_utc(e.opened_at), e.id))]
    return {"schema": SCHEMA, "schema_version": SCHEMA_VERSION, "generated_at": utc_text(data.generated_at),
            "controller": {"name": data.controller_name, "org_number": data.controller_org_number,
                           "country": data.controller_country},
            "person": person, "consents": consents, "purchases": purchases, "service_events": events}


def write_portability_zip(data: PortabilityData, out: str | os.PathLike | BinaryIO) -> None:
    """Write the export ZIP to a path or a binary file object."""
    document = to_document(data)
    files: dict[str, bytes] = {
        README_NAME: _readme(data).encode("utf-8"),
        JSON_NAME: (json.dumps(document, sort_keys=True, ensure_ascii=False, indent=2) + "\n").encode("utf-8"),
    }
    lines = [{"purchase_number": p["number"], "currency": p["currency"], **line}
             for p in document["purchases"] for line in p["lines"]]
    rows = {"person.csv": [document["person"]], "purchases.csv": document["purchases"],
            "purchase_lines.csv": lines, "consents.csv": document["consents"],
            "service_events.csv": document["service_events"]}
    for name, columns in CSV_FILES:
        files[name] = _csv(columns, rows[name])
    stamp = zip_timestamp(data.generated_at)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in FILE_NAMES:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3  # the same bytes on Windows and Linux
            info.external_attr = 0o644 << 16
            archive.writestr(info, files[name], compresslevel=9)


def zip_timestamp(at: datetime) -> tuple[int, int, int, int, int, int]:
    """``at`` in UTC as a ZIP (MS-DOS) time: from 1980 on, to the even second below."""
    year, month, day, hour, minute, second = _utc(at).timetuple()[:6]
    return max((year, month, day, hour, minute, second - second % 2), (1980, 1, 1, 0, 0, 0))


def _csv(columns: Sequence[str], rows: Iterable[dict]) -> bytes:
    """UTF-8 with a BOM (so Excel shows Å, Ø, Ä, Ö right), comma-separated, minimal quoting, CRLF."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, dialect="excel")
    writer.writerow(columns)
    for row in rows:
        writer.writerow("" if row[c] is None else row[c] for c in columns)
    return buffer.getvalue().encode("utf-8-sig")


def _utc(value: datetime) -> datetime:
    return (value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value).astimezone(timezone.utc)


def _readme(data: PortabilityData) -> str:
    org = f" (org. no. {data.controller_org_number})" if data.controller_org_number else ""
    org_nb = f" (org.nr. {data.controller_org_number})" if data.controller_org_number else ""
    when = utc_text(data.generated_at)
    text = f"""\
Your data from {data.controller_name}{org}
Exported {when} under GDPR Article 20 (data portability).

This archive holds the personal data you gave us and your purchases, in formats
other programs can read:

  {JSON_NAME}   everything in one JSON file (schema "{SCHEMA}",
                          version {SCHEMA_VERSION}); meant for importing into another service.
  person.csv              your contact details (one row).
  purchases.csv           your purchases and orders, one row each.
  purchase_lines.csv      the items of each purchase; "purchase_number" links to purchases.csv.
  consents.csv            what you consented to, when, and any withdrawal.
  service_events.csv      returns, complaints and repairs.

CSV files are UTF-8 (with a byte-order mark, so Excel shows Nordic letters), comma-separated,
with a header row. Times are UTC in ISO 8601 (2026-01-31T14:05:00Z), dates are YYYY-MM-DD.
Amounts are given twice: in minor units (øre/öre/cent, "_minor" columns, whole numbers) and as
a decimal with a point ("1499.00"), always with the currency code. Empty cells mean "not given".

------------------------------------------------------------------------------

Dine data fra {data.controller_name}{org_nb}
Eksportert {when} etter personvernforordningen artikkel 20 (dataportabilitet).

Dette arkivet inneholder personopplysningene du har gitt oss og kjøpene dine, i formater
som andre programmer kan lese:

  {JSON_NAME}   alt i én JSON-fil (skjema "{SCHEMA}",
                          versjon {SCHEMA_VERSION}); beregnet for innlesing i en annen tjeneste.
  person.csv              kontaktopplysningene dine (én rad).
  purchases.csv           kjøp og bestillinger, én rad per kjøp.
  purchase_lines.csv      varelinjene i hvert kjøp; "purchase_number" viser til purchases.csv.
  consents.csv            hva du har samtykket til, når, og eventuell tilbaketrekking.
  service_events.csv      returer, reklamasjoner og reparasjoner.

CSV-filene er UTF-8 (med byte-order mark, slik at Excel viser æ, ø og å riktig),
kommaseparerte og har en overskriftsrad. Tidspunkter er UTC i ISO 8601 (2026-01-31T14:05:00Z),
datoer er ÅÅÅÅ-MM-DD. Beløp står to ganger: i øre ("_minor"-kolonner, heltall) og som desimaltall
med punktum ("1499.00"), alltid med valutakode. Tomme celler betyr "ikke oppgitt".
"""
    return text.replace("\n", "\r\n")  # Notepad on older Windows shows LF-only files on one line
