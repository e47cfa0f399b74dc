"""Reading a register never waits for the write lock another process holds (issue 18, item 1)."""
from __future__ import annotations

import pytest

from sqlean import dbapi2

from kundereg.services.customers import CustomerService
from kundereg.services.erasure import reconcile_ledger
from kundereg.services.register import ledger_file, open_register


@pytest.fixture
def writer(locations, db, shop):
    """Another process in the middle of a long write: BEGIN IMMEDIATE held, a row written."""
    conn = dbapi2.connect(str(locations.sqlite_path), timeout=0.1, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("UPDATE shop SET name = name")
    yield conn
    conn.execute("ROLLBACK")
    conn.close()


def test_opening_and_searching_while_another_process_writes(locations, db, shop, owner, writer):
    CustomerService(db)  # the register in use by this process too
    reopened = open_register(locations)  # migrate check + ledger reconcile: reads only
    try:
        hits = CustomerService(reopened).search(owner, "kari")
        assert hits == []
        report = reconcile_ledger(reopened, ledger_file(locations))
        assert report.reerased == ()
    finally:
        reopened.close()

