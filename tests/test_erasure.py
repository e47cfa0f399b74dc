"""Erasure: all or nothing, only what the law keeps stays, and the values are physically gone."""
from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from kundereg.db import models
from kundereg.db import sqlite_driver
from kundereg.domain.access import PermissionDenied
from kundereg.domain.enums import PurchaseStatus, RequestStatus
from kundereg.domain.errors import NotFoundError, StateError
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.domain.retention import RULES, retain_until
from kundereg.services import audit as audit_module
from kundereg.services.erasure import ErasureService
from kundereg.services.ledger import LedgerFile
from kundereg.services.register import ledger_file, open_register
from kundereg.services.requests import RequestService

# Distinctive values: none of them occurs anywhere else in a register.
SECRET = dict(first_name="Zørgbæk", last_name="Quixwellsen", mobile="+47 917 53 186",
              email="zorgbaek.quixwell@eksempel.no", street="Xylofonveien 77", postal_code="2815",
              city="Gjøvik", notes="Vil ha Qwzxyk-pressing på alle skjorter")
NOTE = "Brudekjole til Quixwellsens bryllup"
EVENT = "Flekk igjen på Zørgbæks jakke"


def _scan_values(customer_mobile: str) -> list[str]:
    return [SECRET["first_name"], SECRET["last_name"], "zorgbaek", "quixwellsen", customer_mobile,
            customer_mobile.lstrip("+"), "91753186", SECRET["email"], SECRET["street"], "xylofonveien",
            "Qwzxyk", NOTE, EVENT]


@pytest.fixture
def requests(db, shop):
    return RequestService(db)


@pytest.fixture
def erasure(db, shop, locations):
    return ErasureService(db, ledger_file(locations))


def _order(purchases, staff, customer_id, when, status=PurchaseStatus.PICKED_UP, note=None):
    order = purchases.record(staff, customer_id, PurchaseInput(
        description=note, lines=(PurchaseLineInput("Dress, rens", 1, 24900),), purchased_at=when))
    if status is not PurchaseStatus.RECEIVED:
        order = purchases.set_status(staff, order.id, status)
    return order


def _verified_request(requests, identity, owner, customer_id):
    request = requests.register(owner, customer_id, "erasure", "counter")
    identity.verify_photo_id(owner, customer_id, "passport")
    return requests.confirm_identity(owner, request.id)


@pytest.fixture
def zorg(db, customers, purchases, consents, owner):
    person = customers.create(owner, CustomerInput(**SECRET))
    now = datetime.now(timezone.utc)
    _order(purchases, owner, person.id, now - timedelta(days=40), note=NOTE)
    _order(purchases, owner, person.id, now - timedelta(days=400))
    old = _order(purchases, owner, person.id, datetime(2015, 3, 2, tzinfo=timezone.utc))  # past retention
    with db.transaction() as session:  # picked up back then, too
        session.get(models.Purchase, old.id).status_changed_at = datetime(2015, 3, 9, tzinfo=timezone.utc)
    _order(purchases, owner, person.id, now - timedelta(days=3), status=PurchaseStatus.CANCELLED)
    purchases.add_service_event(owner, person.id, "complaint", EVENT)
    consents.give(owner, person.id, "newsletter", "counter")
    return person


def _files(root):
    return [p for p in root.rglob("*") if p.is_file()]


def _hits(root, values):
    found = []
    for path in _files(root):
        raw = path.read_bytes()
        for value in values:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if value.encode(encoding) in raw or value.lower().encode(encoding) in raw:
                    found.append((path.name, value, encoding))
    return found


def test_erased_values_are_gone_from_every_file_in_the_data_directory(
        db, locations, erasure, requests, identity, owner, zorg, kari, audit):
    values = _scan_values(zorg.mobile)
    assert _hits(locations.data_dir, values[:2]), "the scan must see the values before the erasure"
    request = _verified_request(requests, identity, owner, zorg.id)
    result = erasure.erase(owner, request.id, "nb")
    assert result.checkpointed
    assert _hits(locations.data_dir, values) == []  # with the register still open
    db.close()
    assert _hits(locations.data_dir, values) == []
    assert _hits(locations.log_dir, values) == []
    reopened = open_register(locations)  # Kari, not erased, is untouched
    with reopened.read() as session:
        assert session.scalar(select(models.Customer.first_name).where(models.Customer.id == kari.id)) == "Kari"
    reopened.close()
    assert audit.verify(owner).intact


def test_what_is_kept_deleted_and_reported(db, erasure, requests, identity, owner, zorg):
    request = _verified_request(requests, identity, owner, zorg.id)
    result = erasure.erase(owner, request.id, "sv")
    summary = result.summary
    assert dict(summary.erased) == {"contact": 1, "address": 1, "notes": 1, "consents": 1, "service_events": 1,
                                    "purchases": 1, "order_notes": 1, "search_index": 1, "verification": 1}
    kinds = {(k.kind, k.count) for k in summary.kept}
    # Two sales within 5 years (two fiscal years, or one) and the cancelled order as Norwegian
    # secondary documentation; the 2015 sale is past its retention and deleted.
    assert sum(k.count for k in summary.kept if k.kind == "receipt") == 2
    assert ("order", 1) in kinds
    with db.read() as session:
        kept = session.scalars(select(models.Purchase).where(models.Purchase.anonymised_at.is_not(None))).all()
        assert len(kept) == 3
        assert all(p.customer_id is None and p.description is None and p.buyer_name is None for p in kept)
        assert all(p.retain_until >= date.today() and p.retention_rule in RULES for p in kept)
        assert all(len(p.lines) == 1 for p in kept)  # the lines are the accounting content
        assert session.get(models.Customer, zorg.id) is None
        assert session.scalar(select(models.ServiceEvent).where(models.ServiceEvent.customer_id == zorg.id)) is None
        done = session.get(models.DataRequest, request.id)
        assert done.status == RequestStatus.COMPLETED.value and done.customer_id is None
        ledger = session.scalars(select(models.ErasureLedger)).all()
        assert [(e.customer_id, e.reason) for e in ledger] == [(zorg.id, "request")]
    receipt = result.receipt
    assert receipt.reference == request.reference and receipt.language == "sv"
    assert receipt.verification.method == "photo_id" and receipt.customer_number == zorg.id
    assert receipt.staff_name and receipt.kept == summary.kept


def test_an_invoice_keeps_the_buyer_a_receipt_does_not(db, erasure, requests, identity, customers, purchases,
                                                       owner):
    firm = customers.create(owner, CustomerInput(first_name="Per", last_name="Olsen", mobile="+47 930 11 223",
                                                 company_name="Olsen Betong AS", org_number="923609016",
                                                 street="Industriveien 4", postal_code="2816", city="Gjøvik"))
    _order(purchases, owner, firm.id, datetime.now(timezone.utc) - timedelta(days=10),
           status=PurchaseStatus.DELIVERED)
    request = _verified_request(requests, identity, owner, firm.id)
    result = erasure.erase(owner, request.id, "nb")
    [kept] = result.summary.kept
    assert kept.kind == "invoice" and "buyer_name" in kept.fields and kept.buyer_law
    # bokføringsforskriften § 5-1-1 nr. 3: name, and address *or* organisation number: no address
    assert "buyer_org_number" in kept.fields and "buyer_address" not in kept.fields
    with db.read() as session:
        row = session.scalar(select(models.Purchase).where(models.Purchase.anonymised_at.is_not(None)))
        assert (row.buyer_name, row.buyer_org_number) == ("Olsen Betong AS", "923 609 016")
        assert row.buyer_address is None


def test_a_norwegian_invoice_without_an_org_number_keeps_the_buyers_address(db, erasure, requests, identity,
                                                                            customers, purchases, owner):
    person = customers.create(owner, CustomerInput(first_name="Per", last_name="Olsen", mobile="+47 930 11 224",
                                                   company_name="Per Olsen", street="Industriveien 4",
                                                   postal_code="2816", city="Gjøvik"))
    _order(purchases, owner, person.id, datetime.now(timezone.utc) - timedelta(days=10),
           status=PurchaseStatus.DELIVERED)
    request = _verified_request(requests, identity, owner, person.id)
    [kept] = erasure.erase(owner, request.id, "nb").summary.kept
    assert "buyer_address" in kept.fields
    with db.read() as session:
        row = session.scalar(select(models.Purchase).where(models.Purchase.anonymised_at.is_not(None)))
        assert (row.buyer_address, row.buyer_org_number) == ("Industriveien 4, 2816 Gjøvik, NO", None)


def test_erasure_is_all_or_nothing(db, erasure, requests, identity, owner, zorg, monkeypatch):
    request = _verified_request(requests, identity, owner, zorg.id)
    real = audit_module.record

    def failing(session, action, **kwargs):
        if action is audit_module.AuditAction.ERASURE:
            raise RuntimeError("disk full")
        return real(session, action, **kwargs)

    monkeypatch.setattr("kundereg.services.erasure.audit", failing)
    with pytest.raises(RuntimeError):
        erasure.erase(owner, request.id, "nb")
    with db.read() as session:
        assert session.get(models.Customer, zorg.id).first_name == SECRET["first_name"]
        assert session.scalar(select(models.Purchase.customer_id).where(
            models.Purchase.description == NOTE)) == zorg.id
        assert len(session.scalars(select(models.Consent)).all()) == 1
        assert session.get(models.DataRequest, request.id).status == RequestStatus.IDENTITY_VERIFIED.value
        assert session.scalars(select(models.ErasureLedger)).all() == []


def test_erasure_needs_the_owner_a_verified_request_and_no_open_orders(
        erasure, requests, identity, customers, purchases, owner, counter, zorg):
    request = requests.register(owner, zorg.id, "erasure", "email")
    with pytest.raises(PermissionDenied):
        erasure.erase(counter, request.id, "nb")
    with pytest.raises(StateError, match="confirm the requester's identity"):
        erasure.erase(owner, request.id, "nb")
    identity.verify_photo_id(owner, zorg.id, "passport")
    requests.confirm_identity(owner, request.id)
    ticket = _order(purchases, owner, zorg.id, datetime.now(timezone.utc), status=PurchaseStatus.RECEIVED)
    with pytest.raises(StateError, match=f"open orders \\({ticket.number}\\)"):
        erasure.erase(owner, request.id, "nb")
    plan = erasure.plan(owner, zorg.id)
    assert plan.open_orders == (ticket.number,) and plan.purchases_deleted == 1
    purchases.set_status(owner, ticket.id, PurchaseStatus.PICKED_UP)
    restricted = customers.restrict(owner, zorg.id, customers.get(owner, zorg.id).version)
    with pytest.raises(StateError, match="restricted"):
        erasure.erase(owner, request.id, "nb")
    customers.lift_restriction(owner, zorg.id, restricted.version)
    erasure.erase(owner, request.id, "nb")
    with pytest.raises(StateError, match="erased already"):
        erasure.erase(owner, request.id, "nb")
    access = requests.register(owner, _other(customers, owner), "access", "email")
    with pytest.raises(StateError, match="not an erasure request"):
        erasure.erase(owner, access.id, "nb")


def _other(customers, owner):
    return customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann",
                                                 mobile="+47 900 00 001")).id


def test_a_copy_of_the_register_from_before_the_erasure_does_not_bring_the_person_back(
        db, locations, erasure, requests, identity, owner, zorg, tmp_path):
    old_copy = tmp_path / "old.sqlite3"
    with sqlite_driver.connect(locations.sqlite_path) as src, sqlite_driver.connect(old_copy) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    request = _verified_request(requests, identity, owner, zorg.id)
    erasure.erase(owner, request.id, "nb")
    db.close()
    for suffix in ("", "-wal", "-shm"):
        (locations.data_dir / f"kundereg.sqlite3{suffix}").unlink(missing_ok=True)
    shutil.copyfile(old_copy, locations.sqlite_path)  # someone puts an old copy back by hand
    reopened = open_register(locations)
    try:
        with reopened.read() as session:
            assert session.get(models.Customer, zorg.id) is None
            actions = session.scalars(select(models.AuditEntry.action)
                                      .where(models.AuditEntry.customer_id == zorg.id)).all()
            assert "erasure_replayed" in actions
            assert len(session.scalars(select(models.ErasureLedger)).all()) == 1
    finally:
        reopened.close()
    assert _hits(locations.data_dir, _scan_values(zorg.mobile)) == []


def test_the_ledger_file_alone_is_enough_and_an_id_used_again_is_not_erased(
        db, locations, erasure, requests, identity, owner, zorg, customers):
    request = _verified_request(requests, identity, owner, zorg.id)
    erasure.erase(owner, request.id, "nb")
    entries = LedgerFile(locations.ledger_path).read()
    assert [(e.customer_id, e.reason) for e in entries] == [(zorg.id, "request")]
    assert b"Quixwell" not in locations.ledger_path.read_bytes()
    with db.transaction() as session:  # as in a restored backup taken before the erasure
        session.execute(models.ErasureLedger.__table__.delete())
    newcomer = customers.create(owner, CustomerInput(first_name="Nils", last_name="Ny", mobile="+47 900 00 002"))
    with db.transaction() as session:  # SQLite may hand an erased person's id to someone new
        session.execute(models.Customer.__table__.update().where(models.Customer.id == newcomer.id)
                        .values(id=zorg.id))
    db.close()
    reopened = open_register(locations)
    try:
        with reopened.read() as session:
            assert session.get(models.Customer, zorg.id).first_name == "Nils"
            assert len(session.scalars(select(models.ErasureLedger)).all()) == 1
    finally:
        reopened.close()


def test_a_torn_last_line_in_the_ledger_file_is_skipped(tmp_path):
    ledger = LedgerFile(tmp_path / "ledger.jsonl")
    now = datetime.now(timezone.utc)
    from kundereg.services.ledger import LedgerEntry

    ledger.append([LedgerEntry(1, now, now, "request")])
    with open(ledger.path, "ab") as handle:
        handle.write(b'{"customer":2,"crea')
    ledger.append([LedgerEntry(3, now, now, "request")])
    assert [e.customer_id for e in ledger.read()] == [1, 3]


@pytest.mark.parametrize(("key", "day", "until"), [
    ("NO-primary", date(2024, 3, 5), date(2029, 12, 31)),
    ("NO-secondary", date(2024, 3, 5), date(2028, 6, 30)),
    ("SE-primary", date(2024, 12, 31), date(2031, 12, 31)),
    ("FI-primary", date(2024, 1, 1), date(2030, 12, 31)),
    ("DK-primary", date(2023, 7, 1), date(2028, 12, 31)),
])
def test_retention_periods_count_from_the_end_of_the_fiscal_year(key, day, until):
    assert retain_until(RULES[key], day) == until


def test_customer_not_found(erasure, owner):
    with pytest.raises(NotFoundError):
        erasure.plan(owner, 999)


def _index_blocks(db) -> bytes:
    with db.engine.connect() as conn:
        return b"".join(row[0] for row in conn.exec_driver_sql("SELECT block FROM customer_fts_data") if row[0])


def test_the_search_index_forgets_the_trigrams_instead_of_tombstoning_them(
        db, erasure, requests, identity, owner, zorg, kari, customers):
    rare = [b"rgb", b"gba", b"bae", b"uix", b"ixw", b"xwe"]  # from "zorgbaek" and "quixwellsen"
    # Terms are prefix-compressed against their neighbour, so not every one shows whole.
    rare = [t for t in rare if t in _index_blocks(db)]
    assert len(rare) >= 4
    request = _verified_request(requests, identity, owner, zorg.id)
    erasure.erase(owner, request.id, "nb")
    blocks = _index_blocks(db)
    assert [t for t in rare if t in blocks] == []
    assert [hit.id for hit in customers.search(owner, "Kari")] == [kari.id]  # the index still works


def test_a_sale_late_on_new_years_eve_utc_counts_in_the_next_local_year():
    from kundereg.domain.retention import document_date

    late = datetime(2025, 12, 31, 23, 30, tzinfo=timezone.utc)  # 00:30 on 1 January in Oslo
    assert document_date(late, None).year == 2026
    assert document_date(datetime(2025, 12, 31, 12, 0, tzinfo=timezone.utc), None).year == 2025


def test_an_erased_customers_number_is_never_given_to_someone_new(
        db, erasure, requests, identity, owner, zorg, customers, audit):
    request = _verified_request(requests, identity, owner, zorg.id)
    erasure.erase(owner, request.id, "nb")
    newcomer = customers.create(owner, CustomerInput(first_name="Nils", last_name="Ny", mobile="+47 900 00 002"))
    assert newcomer.id > zorg.id  # zorg had the highest number; SQLite alone would reuse it
    created = [e for e in audit.entries(owner, customer_id=zorg.id) if e.action == "customer_created"]
    assert len(created) == 1  # the trail for this number is still one person's


# -- the whole workflow on a person's request (GUI and CLI share it) --------------------------------

@pytest.fixture
def register(db, shop, locations):
    from kundereg.services.register import build_register

    return build_register(db, locations, environ={})


def test_erase_on_request_registers_checks_erases_and_files_the_receipt(register, requests, owner, zorg, locations):
    done = register.erasure.erase_on_request(owner, zorg.id, "photo_id", "passport", "nb")
    assert done.receipt_pdf.startswith(b"%PDF") and done.password is None
    [request] = requests.requests(owner)
    assert request.status is RequestStatus.COMPLETED and request.customer_id is None
    assert request.reference == done.result.receipt.reference
    assert done.result.receipt.verification.method == "photo_id"
    assert done.result.receipt_path == locations.data_dir / "receipts" / f"erasure-{request.reference}.pdf"
    assert done.result.receipt_path.read_bytes().startswith(b"%PDF")
    with register.db.read() as session:
        assert session.get(models.Customer, zorg.id) is None


def test_erase_on_request_uses_the_open_request_and_can_encrypt_the_receipt(register, requests, owner, zorg):
    import io

    from pypdf import PdfReader

    waiting = requests.register(owner, zorg.id, "erasure", "letter")
    done = register.erasure.erase_on_request(owner, zorg.id, "photo_id", "national_id", "sv",
                                             password_protect=True)
    assert done.result.receipt.reference == waiting.reference and len(requests.requests(owner)) == 1
    reader = PdfReader(io.BytesIO(done.receipt_pdf))
    assert reader.is_encrypted and reader.decrypt(done.password)
    assert "Kvitto" in reader.pages[0].extract_text()


def test_erase_on_request_changes_nothing_when_the_check_fails(register, requests, owner, zorg, kari):
    from kundereg.domain.access import VerificationFailed

    with pytest.raises(VerificationFailed):
        register.erasure.erase_on_request(owner, zorg.id, "knowledge", "mobile", "nb", stated=lambda _f: "+4740000000")
    assert requests.requests(owner) == []  # no request registered for a check that failed
    assert register.customers.get(owner, zorg.id).id == zorg.id
    other = requests.register(owner, kari.id, "erasure", "counter")
    with pytest.raises(StateError, match="not about customer"):
        register.erasure.erase_on_request(owner, zorg.id, "photo_id", "passport", "nb", request_ref=other.reference)
    with pytest.raises(PermissionDenied):
        register.erasure.erase_on_request(None, zorg.id, "photo_id", "passport", "nb")
    assert register.customers.get(owner, zorg.id).id == zorg.id


def test_erase_on_request_refuses_a_business_reason(register, owner, zorg):
    with pytest.raises(StateError, match="business reason does not verify"):
        register.erasure.erase_on_request(owner, zorg.id, "business_reason", "invoicing", "nb")
    assert register.customers.get(owner, zorg.id).id == zorg.id
