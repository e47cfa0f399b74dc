"""Demo data: valid, realistic, reproducible, all-or-nothing. (Speed is measured by `make bench`.)"""
from __future__ import annotations

import random
import shutil
import unicodedata
from datetime import datetime, timedelta, timezone

import phonenumbers
import pytest
from stdnum.dk import cvr
from stdnum.fi import ytunnus
from stdnum.no import orgnr as no_orgnr
from stdnum.se import orgnr as se_orgnr

from kundereg.domain.customer_rules import derived_columns, normalise_customer
from kundereg.domain.enums import ConsentSource, PurchaseStatus
from kundereg.domain.errors import KunderegError
from kundereg.domain.records import CUSTOMER_FIELDS, CustomerInput
from kundereg.locations import resolve
from kundereg.services import demo
from kundereg.services import shop as shop_service
from kundereg.services.customers import CustomerService
from kundereg.services.purchases import PurchaseService
from kundereg.services.register import open_register
from kundereg.services.auth import AuthService
from kundereg.services.identity import IdentityService
from kundereg.services.shop import NotInitialisedError


def owner_of(db):
    return AuthService(db).login("eier", "correct horse battery")


def generate(db, **kw):
    """demo.generate as the shop's owner (the only role allowed to fill a register)."""
    return demo.generate(db, owner_of(db), **kw)


def opened(db, customer_id, staff=None):
    """The owner's session with a business reason stated for ``customer_id``."""
    staff = staff or owner_of(db)
    IdentityService(db).state_reason(staff, customer_id, "register_maintenance")
    return staff

NOW = datetime(2026, 6, 15, 12, 30, tzinfo=timezone.utc)
ORG_CHECKERS = {"NO": no_orgnr, "SE": se_orgnr, "FI": ytunnus, "DK": cvr}
MOBILE = (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)
TABLES = ("customer", "purchase", "purchase_line", "service_event", "consent")


def rows(db, table: str) -> list[tuple]:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()


def dump(db) -> dict[str, list[tuple]]:
    return {table: rows(db, table) for table in TABLES}


def customer_dicts(db) -> list[dict]:
    with db.engine.connect() as conn:
        result = conn.exec_driver_sql("SELECT * FROM customer ORDER BY id")
        return [dict(row._mapping) for row in result]


def _from_template(template, folder):
    where = resolve(folder)
    where.data_dir.mkdir(parents=True)
    shutil.copyfile(template, where.sqlite_path)  # migrated once per session (conftest)
    return open_register(where)


@pytest.fixture
def new_register(tmp_path, _migrated_template):
    """Further registers with a shop, for comparing two runs."""
    opened = []

    def make(name: str, country: str = "NO", **kw):
        db = _from_template(_migrated_template, tmp_path / name)
        opened.append(db)
        shop_service.init_shop(db, name="Demo", country=country, owner_username="eier",
                               owner_password="correct horse battery", **kw)
        return db

    yield make
    for db in opened:
        db.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory, _migrated_template):
    """One generated register shared by the tests that only read it."""
    db = _from_template(_migrated_template, tmp_path_factory.mktemp("demo") / "data")
    shop_service.init_shop(db, name="Gjøvik Rens AS", country="NO", owner_username="eier",
                           owner_password="correct horse battery")
    stats = generate(db, customers=120, seed=7, now=NOW)
    assert stats.customers == 120
    yield db, stats
    db.close()


def test_every_customer_is_already_normalised(demo_db):
    db, _ = demo_db
    customers = customer_dicts(db)
    assert len(customers) == 120
    for c in customers:
        values = {f: c[f] for f in CUSTOMER_FIELDS}
        assert normalise_customer(CustomerInput(**values), "NO") == values
        assert derived_columns(values) == {"search_doc": c["search_doc"], "sort_key": c["sort_key"]}
        for f in ("first_name", "last_name", "company_name", "street", "city"):
            assert c[f] is None or unicodedata.is_normalized("NFC", c[f])
        if c["mobile"]:
            number = phonenumbers.parse(c["mobile"], None)
            assert phonenumbers.number_type(number) in MOBILE  # Denmark does not tell them apart
            assert phonenumbers.region_code_for_number(number) == c["country"]
        if c["org_number"]:
            assert ORG_CHECKERS[c["country"]].is_valid(c["org_number"])


def test_customers_are_a_plausible_mix(demo_db):
    db, _ = demo_db
    customers = customer_dicts(db)
    share = lambda pred: sum(1 for c in customers if pred(c)) / len(customers)  # noqa: E731
    assert 0.7 <= share(lambda c: c["country"] == "NO") <= 0.95
    assert 0.05 <= share(lambda c: c["company_name"] is not None) <= 0.3
    assert 0.45 <= share(lambda c: c["email"] is not None) <= 0.8
    assert share(lambda c: c["mobile"] is not None) >= 0.8
    assert share(lambda c: c["notes"] is not None) > 0
    assert all(c["email"] is None or c["email"].endswith((".example.com", "@example.com", ".example.net",
                                                          "@example.net", ".example.org", "@example.org"))
               for c in customers)
    assert all(c["invoice_email"] is None or c["company_name"] for c in customers)


@pytest.mark.parametrize("country", ["NO", "SE", "FI", "DK"])
def test_organisation_numbers_have_valid_check_digits(country):
    rng = random.Random(3)
    numbers = {demo.org_number(rng, country) for _ in range(500)}
    assert len(numbers) > 450
    assert all(ORG_CHECKERS[country].is_valid(n) for n in numbers)


def test_purchase_histories(demo_db):
    db, stats = demo_db
    purchases = rows(db, "purchase")
    assert stats.purchases == len(purchases)
    assert 5 <= len(purchases) / 120 <= 16
    numbers = [p.number for p in purchases]
    assert len(set(numbers)) == len(numbers)
    assert {p.status for p in purchases} <= {s.value for s in PurchaseStatus}
    assert {p.status for p in purchases} >= {"picked_up", "delivered"}

    service = PurchaseService(db)
    customer_ids = [c["id"] for c in customer_dicts(db)]
    counts, owner = [], owner_of(db)
    for cid in customer_ids:
        staff = opened(db, cid, owner)
        history = service.history(staff, cid).purchases
        counts.append(len(history))
        customer = CustomerService(db).get(staff, cid)
        times = [p.purchased_at for p in history]
        assert customer.last_activity_at == max(times, default=customer.created_at)
        for p in history:
            assert p.purchased_at.tzinfo is not None and p.currency == "NOK"
            assert NOW - timedelta(days=6 * 366) <= p.purchased_at <= NOW
            assert customer.created_at <= p.purchased_at <= p.status_changed_at <= NOW
            assert p.lines and p.total_minor == sum(line.amount_minor for line in p.lines) > 0
    assert 0 in counts and max(counts) >= 20  # some never bought, some are regulars
    events = rows(db, "service_event")
    assert events and {e.kind for e in events} <= {"return", "complaint", "repair"}
    consents = rows(db, "consent")
    assert consents and {c.source for c in consents} <= {s.value for s in ConsentSource}


def test_numbers_continue_after_existing_purchases(db, shop, kari, purchases, owner):
    first = purchases.record(owner, kari.id, demo_input())
    generate(db, customers=20, seed=7, now=NOW)
    numbers = [p.number for p in rows(db, "purchase")]
    assert numbers[0] == first.number and min(numbers[1:]) == first.number + 1
    assert len(set(numbers)) == len(numbers)
    assert CustomerService(db).get(owner, kari.id).last_name == "Sørensen"  # untouched


def demo_input():
    from kundereg.domain.records import PurchaseInput, PurchaseLineInput

    return PurchaseInput(lines=(PurchaseLineInput("Skjorte", 2, 5900),))


def test_same_seed_same_data_other_seed_other_data(new_register):
    a, b, c = new_register("a"), new_register("b"), new_register("c")
    for db, seed in ((a, 7), (b, 7), (c, 8)):
        generate(db, customers=40, seed=seed, now=NOW)
    assert dump(a) == dump(b)
    assert dump(a)["customer"] != dump(c)["customer"]


def test_core_insert_path_writes_exactly_what_the_sqlite_fast_path_writes(new_register, monkeypatch):
    # The fast path pre-formats dates as SQLAlchemy would; the portable path lets SQLAlchemy do it.
    fast = new_register("fast", country="SE")
    generate(fast, customers=30, seed=7, now=NOW)
    monkeypatch.setattr(demo, "_writer_for", demo._Writer)
    core = new_register("core", country="SE")
    generate(core, customers=30, seed=7, now=NOW)
    assert dump(fast) == dump(core)
    assert CustomerService(core).get(opened(core, 1), 1).created_at.tzinfo is not None


def test_cancel_rolls_back_everything(db, shop, monkeypatch):
    monkeypatch.setattr(demo, "BATCH_CUSTOMERS", 20)
    calls = []

    def progress(done, total):
        calls.append((done, total))
        return done < 40

    with pytest.raises(KunderegError, match="cancelled"):
        generate(db, customers=100, seed=7, progress=progress)
    assert calls == [(0, 100), (20, 100), (40, 100)]
    assert all(rows(db, table) == [] for table in TABLES)
    assert CustomerService(db).search(owner_of(db), "a") == []
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM customer_fts").scalar() == 0


def test_progress_reports_every_batch(db, shop, monkeypatch):
    monkeypatch.setattr(demo, "BATCH_CUSTOMERS", 25)
    calls = []
    stats = generate(db, customers=60, seed=7, progress=lambda done, total: calls.append((done, total)) or True)
    assert calls == [(0, 60), (25, 60), (50, 60), (60, 60)]
    assert stats.customers == 60 and stats.seconds > 0


def test_search_finds_generated_customers(demo_db):
    db, _ = demo_db
    service, staff = CustomerService(db), owner_of(db)
    people = [c for c in customer_dicts(db) if c["last_name"]][:10]
    for person in people:
        assert person["id"] in {h.id for h in service.search(staff, person["last_name"], limit=500)}
        if person["mobile"]:
            assert [h.id for h in service.search(staff, person["mobile"])] == [person["id"]]


def test_fields_the_shop_does_not_keep_stay_empty(new_register):
    db = new_register("plain", country="DK", customer_fields=())
    generate(db, customers=60, seed=7, now=NOW)
    for c in customer_dicts(db):
        assert c["country"] == "DK"
        assert not any(c[f] for f in ("street", "postal_code", "city", "company_name", "org_number",
                                      "invoice_email"))
        assert c["first_name"] and c["last_name"]


def test_needs_a_shop(db):
    from kundereg.domain.access import Actor
    from kundereg.domain.enums import StaffRole
    from kundereg.services.access import StaffSession

    with pytest.raises(NotInitialisedError):
        demo.generate(db, StaffSession(Actor(1, "eier", "Eier", StaffRole.OWNER)), customers=5)


def test_only_the_owner_fills_a_register(db, counter):
    from kundereg.domain.access import PermissionDenied

    with pytest.raises(PermissionDenied):
        demo.generate(db, counter, customers=5)


def test_zero_customers(db, shop):
    assert generate(db, customers=0).customers == 0
    assert rows(db, "customer") == []
