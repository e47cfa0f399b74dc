"""The shared-register path: migrations, services and search on a real PostgreSQL server.

The server is one per test worker (tests/pg_server.py, the ``pg_server`` fixture);
.ci/run installs PostgreSQL when a machine lacks it.
"""
from __future__ import annotations


import pytest

from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.locations import resolve
from kundereg.services import shop as shop_service
from kundereg.services.customers import CustomerService
from kundereg.services.purchases import PurchaseService
from kundereg.services.register import open_register


@pytest.fixture
def pg_url(pg_database):
    return pg_database()  # a fresh database on this worker's server (tests/pg_server.py)


def test_register_on_postgresql(pg_url, tmp_path):
    db = open_register(resolve(tmp_path, pg_url))
    try:
        shop_service.init_shop(db, name="Hansen Betong AS", country="NO", owner_username="eier",
                               owner_password="correct horse battery")
        from kundereg.services.audit import AuditService
        from kundereg.services.auth import AuthService

        owner = AuthService(db).login("eier", "correct horse battery")
        customers = CustomerService(db)
        kari = customers.create(owner, CustomerInput(first_name="Kari", last_name="Sørensen", mobile="917 86 503",
                                              email="kari@example.no"))
        johan = customers.create(owner, CustomerInput(first_name="Johan", last_name="Johansen", city="Oslo"))
        per = customers.create(owner, CustomerInput(first_name="Per", last_name="Hansen",
                                             company_name="Hansen 100% Betong_AS"))
        assert customers.get(owner, kari.id).created_at.tzinfo is not None
        assert [h.id for h in customers.search(owner, "sorensen")] == [kari.id]
        assert [h.id for h in customers.search(owner, "+47 917 86")] == [kari.id]
        assert [h.id for h in customers.search(owner, "hansen")] == [per.id, johan.id]  # exact before substring
        assert [h.id for h in customers.search(owner, "100%")] == [per.id]  # LIKE wildcards are escaped
        assert customers.search(owner, "n%g") == [] and customers.search(owner, "o_n") == []  # would match unescaped
        updated = customers.update(owner, kari.id, kari.version, CustomerInput(first_name="Kari", last_name="Berg"))
        assert updated.version == 2 and customers.search(owner, "sorensen") == []

        purchases = PurchaseService(db)
        p = purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 2, 29900),)))
        purchases.set_status(owner, p.id, "ready", expected_version=p.version)
        assert [t.number for t in purchases.ready_for_pickup(owner)] == [p.number]
        assert purchases.history(owner, kari.id).totals_by_currency == {"NOK": 59800}

        from kundereg.services.demo import generate

        stats = generate(db, owner, customers=30, seed=3)
        assert stats.customers == 30 and stats.purchases > 0
        new = customers.create(owner, CustomerInput(last_name="Etter"))  # id sequences moved past the demo rows
        assert customers.get(owner, new.id).last_name == "Etter"
        first_demo = customers.search(owner, "", limit=200)
        assert len(first_demo) == 34

        audit = AuditService(db)
        assert audit.verify(owner).intact
        with db.engine.begin() as conn:  # the trail is append-only in PostgreSQL too
            with pytest.raises(Exception, match="append-only"):
                conn.exec_driver_sql("UPDATE audit_entry SET action = 'x' WHERE id = 1")
    finally:
        db.close()


def test_erasure_retention_and_ledger_on_postgresql(pg_url, tmp_path):
    from sqlalchemy import text

    from kundereg.services.auth import AuthService
    from kundereg.services.backup import take_backup
    from kundereg.services.erasure import ErasureService
    from kundereg.services.identity import IdentityService
    from kundereg.services.register import ledger_file
    from kundereg.services.requests import RequestService
    from kundereg.services.retention import run_retention
    from kundereg.domain.errors import StorageError

    locations = resolve(tmp_path, pg_url)
    db = open_register(locations)
    try:
        with db.engine.begin() as conn:  # the module's server is shared: start from an empty register
            conn.execute(text("TRUNCATE customer, purchase, purchase_line, service_event, consent, data_request, "
                              "erasure_ledger RESTART IDENTITY CASCADE"))
        if not shop_service.is_initialised(db):  # when run on its own
            shop_service.init_shop(db, name="Hansen Betong AS", country="NO", owner_username="eier",
                                   owner_password="correct horse battery")
        owner = AuthService(db).login("eier", "correct horse battery")
        customers, purchases = CustomerService(db), PurchaseService(db)
        firm = customers.create(owner, CustomerInput(first_name="Per", last_name="Olsen", company_name="Olsen AS",
                                                     street="Veien 1", postal_code="0150", city="Oslo"))
        order = purchases.record(owner, firm.id, PurchaseInput(lines=(PurchaseLineInput("Betong", 1, 990000),)))
        purchases.set_status(owner, order.id, "delivered")
        requests = RequestService(db)
        request = requests.register(owner, firm.id, "erasure", "email")
        IdentityService(db).verify_photo_id(owner, firm.id, "passport")
        requests.confirm_identity(owner, request.id)
        result = ErasureService(db, ledger_file(locations)).erase(owner, request.id, "nb")
        assert [(k.kind, k.count) for k in result.summary.kept] == [("invoice", 1)]
        assert customers.search(owner, "olsen") == []
        with db.read() as session:
            assert session.execute(text("SELECT buyer_name, customer_id FROM purchase")).one() == ("Olsen AS", None)
        assert [e.customer_id for e in ledger_file(locations).read()] == [firm.id]
        assert run_retention(db, owner, apply=True, ledger=ledger_file(locations)).records_past_retention == 0
        with pytest.raises(StorageError, match="pg_dump"):
            take_backup(owner, db, locations, "a long enough passphrase")
    finally:
        db.close()


def _server_files_holding(conn, needle: bytes) -> list[str]:
    """Relative paths of the data directory's files (the WAL aside) whose bytes contain ``needle``."""
    from pathlib import Path

    data = Path(conn.exec_driver_sql("SHOW data_directory").scalar_one())
    hits = []
    for path in data.rglob("*"):
        if path.is_file() and "pg_wal" not in path.parts and needle in path.read_bytes():
            hits.append(str(path.relative_to(data)))
    return hits


def test_erased_values_leave_the_servers_table_files(pg_url, tmp_path):
    """A plain VACUUM leaves deleted rows' bytes in heap and index pages; the erasure rewrites
    the tables (db.reclaim), so after a checkpoint no relation file holds them. The WAL is
    outside this promise (db.reclaim says why, the README says what covers it)."""
    from sqlalchemy import text

    from kundereg.services.auth import AuthService
    from kundereg.services.erasure import ErasureService
    from kundereg.services.identity import IdentityService
    from kundereg.services.register import ledger_file
    from kundereg.services.requests import RequestService

    locations = resolve(tmp_path, pg_url)
    db = open_register(locations)
    try:
        shop_service.init_shop(db, name="Hansen Betong AS", country="NO", owner_username="eier",
                               owner_password="correct horse battery")
        owner = AuthService(db).login("eier", "correct horse battery")
        customers, purchases = CustomerService(db), PurchaseService(db)
        person = customers.create(owner, CustomerInput(first_name="Qvistrand", last_name="Zyxbekk",
                                                       email="qvistrand@zyxbekk.example", mobile="+4791234567",
                                                       street="Zyxbekkveien 9", notes="Zyxbekk ringer alltid sent"))
        order = purchases.record(owner, person.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 34900),),
                                                                 description="Zyxbekk dress"))
        purchases.set_status(owner, order.id, "delivered")
        for i in range(50):  # neighbours on the same pages, so a rewrite has live rows to keep
            customers.create(owner, CustomerInput(first_name=f"Kari{i}", last_name="Nordmann"))
        with db.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            assert _server_files_holding(conn, b"Zyxbekk"), "the scan must see the person before"
        request = RequestService(db).register(owner, person.id, "erasure", "email")
        IdentityService(db).verify_photo_id(owner, person.id, "passport")
        RequestService(db).confirm_identity(owner, request.id)
        result = ErasureService(db, ledger_file(locations)).erase(owner, request.id, "nb")
        assert result.checkpointed
        with db.engine.connect() as conn:
            conn.exec_driver_sql("CHECKPOINT")
            assert _server_files_holding(conn, b"Zyxbekk") == []
            assert _server_files_holding(conn, b"Qvistrand") == []
            assert conn.execute(text("SELECT count(*) FROM customer")).scalar_one() == 50
    finally:
        db.close()
