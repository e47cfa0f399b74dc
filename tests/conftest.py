"""Shared fixtures: every path points at tmp_path; nothing touches the real home directory."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from kundereg.domain.records import CustomerInput
from kundereg.locations import Locations, resolve
from kundereg.services import shop as shop_service
from kundereg.services.consents import ConsentService
from kundereg.services.customers import CustomerService
from kundereg.services.purchases import PurchaseService
from kundereg.services.register import open_register

OWNER_PASSWORD = "correct horse battery"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """platformdirs and QSettings resolve under tmp_path, never the developer's home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for var in ("KUNDEREG_DATA_DIR", "KUNDEREG_DB", "KUNDEREG_PASSWORD"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def locations(tmp_path) -> Locations:
    return resolve(tmp_path / "data")


@pytest.fixture
def db(locations):
    database = open_register(locations)
    yield database
    database.close()


@pytest.fixture
def shop(db):
    return shop_service.init_shop(db, name="Gjøvik Rens AS", country="NO", owner_username="eier",
                                  owner_password=OWNER_PASSWORD, org_number="923609016")


@pytest.fixture
def customers(db, shop) -> CustomerService:
    return CustomerService(db)


@pytest.fixture
def purchases(db, shop) -> PurchaseService:
    return PurchaseService(db)


@pytest.fixture
def consents(db, shop) -> ConsentService:
    return ConsentService(db)


@pytest.fixture
def kari(customers):
    return customers.create(CustomerInput(first_name="Kari", last_name="Sørensen", mobile="912 34 567",
                                          email="kari.sorensen@example.no", street="Storgata 1",
                                          postal_code="2815", city="Gjøvik"))
