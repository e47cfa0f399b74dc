"""A register as the first release (schema 0001) left it upgrades to today's schema intact.

tests/fixtures/registers/schema-0001.sqlite3 is built by scripts/make-fixture-register.py
(migration 0001 only, records written with raw SQL). The test upgrades a copy through the
app's own start-up path (services.register.open_register: safety copy, then Alembic) to
whatever the head is now, so new migrations are checked against it without editing this file.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from kundereg.db import migrate
from kundereg.locations import resolve
from kundereg.services.audit import AuditService
from kundereg.services.auth import AuthService
from kundereg.services.consents import ConsentService
from kundereg.services.customers import CustomerService
from kundereg.services.identity import IdentityService
from kundereg.services.purchases import PurchaseService
from kundereg.services.register import open_register

FIXTURE = Path(__file__).parent / "fixtures" / "registers" / "schema-0001.sqlite3"
# What the fixture holds (scripts/make-fixture-register.py).
OWNER, OWNER_PASSWORD = "eier", "first release owner"
COUNTER, COUNTER_PIN = "disk", "4711"
TABLES_0001 = ("shop", "staff", "customer", "purchase", "purchase_line", "consent", "service_event")


def snapshot(path: Path) -> dict[str, tuple[tuple[str, ...], list[tuple]]]:
    """Every 0001 table: its column names and all its rows, in id order."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        result = {}
        for table in TABLES_0001:
            columns = tuple(r[1] for r in conn.execute(f"PRAGMA table_info({table})"))
            rows = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()
            result[table] = (columns, rows)
        return result
    finally:
        conn.close()


def revision(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def old_register(tmp_path):
    assert revision(FIXTURE) == "0001"
    locations = resolve(tmp_path / "data")
    locations.data_dir.mkdir(parents=True)
    shutil.copyfile(FIXTURE, locations.sqlite_path)
    return locations


def test_fixture_holds_records_in_every_table():
    before = snapshot(FIXTURE)
    assert all(rows for _columns, rows in before.values()), {t: len(r) for t, (_c, r) in before.items()}


def test_first_release_register_upgrades_with_every_record(old_register):
    fixture_hash = hashlib.sha256(FIXTURE.read_bytes()).hexdigest()
    before = snapshot(FIXTURE)

    db = open_register(old_register)
    try:
        assert migrate.current_revision(db.engine) == migrate.head_revision()
        assert_every_row_survived(before, old_register.sqlite_path)  # before anything touches them
        # The upgraded register works through the services, as at the counter.
        auth = AuthService(db)
        owner = auth.login(OWNER, OWNER_PASSWORD)
        auth.login(COUNTER, COUNTER_PIN)  # counter PIN hashes survived too
        customers = CustomerService(db)
        assert [h.id for h in customers.search(owner, "soren kierkegaard")] == [5]
        assert [h.id for h in customers.search(owner, "odegard")] == [3]
        assert 1 in [h.id for h in customers.search(owner, "912 34 567")]
        IdentityService(db).verify_photo_id(owner, 1, "driving_licence")
        kari = customers.get(owner, 1)
        assert (kari.first_name, kari.city, kari.mobile) == ("Kari", "Gjøvik", "+4791234567")
        history = PurchaseService(db).history(owner, 1)
        assert {p.number: len(p.lines) for p in history.purchases} == {1001: 2, 1002: 1}
        assert {c.purpose for c in ConsentService(db).history(owner, 1)} == {"newsletter", "sms_ready_notice"}
        report = AuditService(db).verify(owner)
        assert report.intact and report.entries >= 3  # the trail starts with this upgrade's logins
    finally:
        db.close()

    with sqlite3.connect(old_register.sqlite_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()

    # The plaintext copy taken before migrating is gone once the upgraded register checked out
    # (tests/test_migrations.py sees it exist, as it was, during the upgrade).
    assert list(old_register.backup_dir.glob("before-migration-*")) == []
    assert hashlib.sha256(FIXTURE.read_bytes()).hexdigest() == fixture_hash  # the fixture itself untouched


def assert_every_row_survived(before, path: Path) -> None:
    """Each 0001 column still exists and holds the same values in every row of every table."""
    after = snapshot(path)
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        for table, (columns, rows) in before.items():
            dropped = set(columns) - set(after[table][0])
            assert not dropped, f"{table}: columns {dropped} disappeared; a migration must move their data"
            now = conn.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY id").fetchall()
            assert now == rows, f"{table} changed in the upgrade"
    finally:
        conn.close()
