"""The Art. 20 portability export: gate, audit, the ZIP's files, schema and round-trips."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from kundereg.domain.access import PermissionDenied, VerificationRequired
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.reports.portability import (CSV_FILES, FILE_NAMES, JSON_NAME, PROVIDED_FIELDS, utc_text,
                                          write_portability_zip)
from kundereg.services.export import ExportService

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "export-schema-v1.json"
NORDIC = "Åse Ødegård"


@pytest.fixture
def exports(db, shop) -> ExportService:
    return ExportService(db)


@pytest.fixture
def ase(customers, purchases, consents, owner):
    """A customer with every provided field, two purchases, a service event and two consents."""
    person = customers.create(owner, CustomerInput(
        first_name="Åse", last_name="Ødegård", mobile="912 34 567", email="ase.odegard@example.no",
        street="Kråkevegen 7, 2. etg.", postal_code="2815", city="Gjøvik", company_name='Ødegård "Søm" AS',
        org_number="923609016", invoice_email="faktura@odegard.example.no", notes="Intern merknad"))
    first = purchases.record(owner, person.id, PurchaseInput(
        lines=(PurchaseLineInput("Brudekjole, rens", 1, 149900), PurchaseLineInput('Skjorte "lin", hvit', 3, 8950)),
        due_date=date(2026, 3, 14), purchased_at=datetime(2026, 3, 1, 9, 30, 15, 250000, tzinfo=timezone.utc)))
    second = purchases.record(owner, person.id, PurchaseInput(description="Gardiner, 4 stk", total_minor=59900))
    event = purchases.add_service_event(owner, person.id, "complaint", "Flekk på ermet – æøå\nsjekk, \"vask\"", first.id)
    purchases.close_service_event(owner, event.id, "resolved")
    purchases.add_service_event(owner, person.id, "repair", "Glidelås")
    withdrawn = consents.give(owner, person.id, "newsletter", "counter",
                              at=datetime(2025, 12, 1, 12, 0, tzinfo=timezone.utc))
    consents.withdraw(owner, withdrawn.id)
    consents.give(owner, person.id, "sms_ready", "web")
    return person, (first, second)


def _zip(exports, staff, customer_id):
    out = io.BytesIO()
    data = exports.portability(staff, customer_id, out)
    return data, zipfile.ZipFile(io.BytesIO(out.getvalue())), out.getvalue()


def _csv(archive, name):
    raw = archive.read(name)
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs for Nordic letters
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


# A small JSON Schema checker for the keywords docs/export-schema-v1.json uses, so the test needs
# no extra dependency; test_export_validates_with_jsonschema runs the real validator when installed.
_TYPES = {"object": dict, "array": list, "string": str, "null": type(None)}


def _check(value, schema, root, where="$"):
    if "$ref" in schema:
        ref = root
        for part in schema["$ref"].removeprefix("#/").split("/"):
            ref = ref[part]
        _check(value, ref, root, where)
    if "oneOf" in schema:
        matches = 0
        for option in schema["oneOf"]:
            try:
                _check(value, option, root, where)
                matches += 1
            except AssertionError:
                pass
        assert matches == 1, f"{where}: matches {matches} of oneOf"
    if "const" in schema:
        assert value == schema["const"] and type(value) is type(schema["const"]), where
    if "enum" in schema:
        assert value in schema["enum"], f"{where}: {value!r} not in enum"
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        assert any((isinstance(value, int) and not isinstance(value, bool)) if t == "integer"
                   else isinstance(value, _TYPES[t]) for t in types), f"{where}: {value!r} is not {types}"
    if isinstance(value, str) and "pattern" in schema:
        assert re.search(schema["pattern"], value), f"{where}: {value!r} does not match {schema['pattern']}"
    if isinstance(value, int) and "minimum" in schema:
        assert value >= schema["minimum"], where
    if isinstance(value, dict):
        for key in schema.get("required", ()):
            assert key in value, f"{where}: missing {key}"
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is False:
            assert set(value) <= set(properties), f"{where}: unknown keys {set(value) - set(properties)}"
        for key, sub in properties.items():
            if key in value:
                _check(value[key], sub, root, f"{where}.{key}")
    if isinstance(value, list) and "items" in schema:
        for i, item in enumerate(value):
            _check(item, schema["items"], root, f"{where}[{i}]")


def test_zip_holds_every_file_and_the_json_matches_the_schema(exports, owner, ase):
    person, _ = ase
    _, archive, _ = _zip(exports, owner, person.id)
    assert tuple(archive.namelist()) == FILE_NAMES
    assert set(FILE_NAMES) == {"README.txt", "kundereg-export.json", "person.csv", "purchases.csv",
                               "purchase_lines.csv", "consents.csv", "service_events.csv"}
    document = json.loads(archive.read(JSON_NAME).decode("utf-8"))
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    _check(document, schema, schema)
    assert document["schema"] == "kundereg.portability" and document["schema_version"] == 1
    readme = archive.read("README.txt").decode("utf-8")
    assert "Article 20" in readme and "artikkel 20" in readme and "Gjøvik Rens AS" in readme
    for name in FILE_NAMES:
        assert name in readme or name == "README.txt"


def test_the_schema_rejects_what_it_should(exports, owner, ase):
    """The checker and the schema catch missing keys, stray keys, wrong types and bad times."""
    person, _ = ase
    _, archive, _ = _zip(exports, owner, person.id)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    good = json.loads(archive.read(JSON_NAME))
    for spoil in (lambda d: d["person"].pop("email"), lambda d: d["person"].update(extra=1),
                  lambda d: d["purchases"][0].update(total_minor="1499"),
                  lambda d: d["purchases"][0].update(purchased_at="2026-03-01 09:30"),
                  lambda d: d.update(schema_version=2)):
        bad = json.loads(json.dumps(good))
        spoil(bad)
        with pytest.raises(AssertionError):
            _check(bad, schema, schema)


def test_export_validates_with_jsonschema(exports, owner, ase):
    jsonschema = pytest.importorskip("jsonschema")
    person, _ = ase
    _, archive, _ = _zip(exports, owner, person.id)
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.Draft202012Validator(schema).validate(json.loads(archive.read(JSON_NAME)))


def test_every_value_round_trips_through_json_and_csv(exports, purchases, consents, owner, shop, ase):
    person, (first, second) = ase
    data, archive, _ = _zip(exports, owner, person.id)
    document = json.loads(archive.read(JSON_NAME).decode("utf-8"))
    assert document["controller"] == {"name": "Gjøvik Rens AS", "org_number": shop.org_number, "country": "NO"}
    assert document["generated_at"] == utc_text(data.generated_at)

    expected_person = {"customer_id": person.id, **{f: getattr(person, f) for f in PROVIDED_FIELDS},
                       "registered_at": utc_text(person.created_at), "updated_at": utc_text(person.updated_at)}
    assert document["person"] == expected_person
    assert document["person"]["first_name"] + " " + document["person"]["last_name"] == NORDIC
    assert "notes" not in document["person"] and "Intern merknad" not in archive.read("person.csv").decode("utf-8-sig")
    [row] = _csv(archive, "person.csv")
    assert row == {k: "" if v is None else str(v) for k, v in expected_person.items()}

    history = purchases.history(owner, person.id).purchases
    assert {p.number for p in history} == {first.number, second.number}
    by_number = {p.number: p for p in history}
    assert [p["number"] for p in document["purchases"]] == sorted(by_number)
    for doc in document["purchases"]:
        p = by_number[doc["number"]]
        assert (doc["total_minor"], doc["currency"], doc["status"], doc["description"]) == (
            p.total_minor, p.currency, p.status.value, p.description)
        assert doc["total"] == f"{p.total_minor // 100}.{p.total_minor % 100:02d}"
        assert datetime.fromisoformat(doc["purchased_at"]) == p.purchased_at
        assert datetime.fromisoformat(doc["status_changed_at"]) == p.status_changed_at
        assert doc["due_date"] == (p.due_date.isoformat() if p.due_date else None)
        assert [(x["description"], x["quantity"], x["unit_price_minor"], x["amount_minor"]) for x in doc["lines"]] \
            == [(x.description, x.quantity, x.unit_price_minor, x.amount_minor) for x in p.lines]
    first_doc = next(d for d in document["purchases"] if d["number"] == first.number)
    assert first_doc["purchased_at"] == "2026-03-01T09:30:15.250000Z" and first_doc["due_date"] == "2026-03-14"
    assert first_doc["total"] == "1767.50" and first_doc["lines"][1]["amount"] == "268.50"

    rows = _csv(archive, "purchases.csv")
    assert [(int(r["number"]), int(r["total_minor"]), r["total"], r["currency"], r["description"]) for r in rows] \
        == [(d["number"], d["total_minor"], d["total"], d["currency"], d["description"] or "")
            for d in document["purchases"]]
    lines = _csv(archive, "purchase_lines.csv")
    assert [(int(r["purchase_number"]), int(r["line"]), r["description"], int(r["quantity"]),
             int(r["unit_price_minor"]), r["currency"]) for r in lines] == [
        (first.number, 1, "Brudekjole, rens", 1, 149900, "NOK"), (first.number, 2, 'Skjorte "lin", hvit', 3, 8950, "NOK")]

    history_consents = consents.history(owner, person.id)
    assert sorted((c["purpose"], c["source"], c["given_at"], c["withdrawn_at"]) for c in document["consents"]) \
        == sorted((c.purpose, c.source, utc_text(c.given_at), utc_text(c.withdrawn_at)) for c in history_consents)
    assert [(r["purpose"], r["source"], r["given_at"], r["withdrawn_at"]) for r in _csv(archive, "consents.csv")] \
        == [(c["purpose"], c["source"], c["given_at"], c["withdrawn_at"] or "") for c in document["consents"]]
    assert document["consents"][0]["withdrawn_at"] is not None and document["consents"][1]["withdrawn_at"] is None

    events = purchases.service_events(owner, person.id)
    numbers = {first.id: first.number}
    assert sorted((e["kind"], e["status"], e["description"], e["opened_at"], e["closed_at"], e["purchase_number"])
                  for e in document["service_events"]) == sorted(
        (e.kind.value, e.status.value, e.description, utc_text(e.opened_at), utc_text(e.closed_at),
         numbers.get(e.purchase_id)) for e in events)
    event_rows = _csv(archive, "service_events.csv")
    assert [(r["kind"], r["description"], r["purchase_number"]) for r in event_rows] == [
        ("complaint", "Flekk på ermet – æøå\nsjekk, \"vask\"", str(first.number)), ("repair", "Glidelås", "")]


def test_counter_and_unverified_are_refused(exports, identity, audit, owner, counter, ase):
    person, _ = ase
    identity.verify_photo_id(counter, person.id, "passport")
    out = io.BytesIO()
    with pytest.raises(PermissionDenied):
        exports.portability(counter, person.id, out)
    identity.close_record(owner, person.id)
    with pytest.raises(VerificationRequired):
        exports.portability(owner, person.id, out)
    with pytest.raises(PermissionDenied):
        exports.portability(None, person.id, out)
    assert out.getvalue() == b""
    assert not [e for e in audit.entries(owner, customer_id=person.id) if e.action == "export"]


def test_export_is_audited_without_values(exports, audit, owner, ase):
    person, _ = ase
    _zip(exports, owner, person.id)
    [entry] = [e for e in audit.entries(owner, customer_id=person.id) if e.action == "export"]
    assert entry.staff_id == owner.actor.staff_id
    assert entry.details == {"kind": "portability", "format": "zip", "schema_version": 1}
    text = json.dumps(entry.details, ensure_ascii=False)
    for value in ("Åse", "Ødegård", "ase.odegard", "91234567", "Kråkevegen", "Brudekjole"):
        assert value not in text


def test_same_data_gives_the_same_bytes(exports, owner, ase):
    person, _ = ase
    data, archive, raw = _zip(exports, owner, person.id)
    again = io.BytesIO()
    write_portability_zip(data, again)
    assert again.getvalue() == raw
    stamp = data.generated_at.astimezone(timezone.utc).replace(microsecond=0)
    stamp -= timedelta(seconds=stamp.second % 2)  # ZIP times have two-second steps
    assert {info.date_time for info in archive.infolist()} == {stamp.timetuple()[:6]}
    later = io.BytesIO()
    write_portability_zip(type(data)(**{**{f: getattr(data, f) for f in data.__dataclass_fields__},
                                       "generated_at": data.generated_at + timedelta(days=1)}), later)
    assert later.getvalue() != raw


def test_writes_to_a_path(exports, owner, kari, tmp_path):
    out = tmp_path / "eksport.zip"
    data = exports.portability(owner, kari.id, out)
    with zipfile.ZipFile(out) as archive:
        document = json.loads(archive.read(JSON_NAME))
        for name, columns in CSV_FILES:
            header = archive.read(name).decode("utf-8-sig").splitlines()[0]
            assert header == ",".join(columns)
    assert document["person"]["last_name"] == "Sørensen" == data.customer.last_name
    assert document["purchases"] == [] and document["consents"] == [] and document["service_events"] == []
