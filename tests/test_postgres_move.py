"""`kundereg move-register`: a SQLite register onto an empty PostgreSQL database (issue 19, item 2)."""
from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys

from sqlalchemy import create_engine, inspect, text

from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.locations import resolve
from kundereg.services.audit import AuditService
from kundereg.services.auth import AuthService
from kundereg.services.customers import CustomerService
from kundereg.services.demo import generate
from kundereg.services.erasure import ErasureService
from kundereg.services.identity import IdentityService
from kundereg.services.purchases import PurchaseService
from kundereg.services.register import ledger_file, open_register
from kundereg.services.requests import RequestService

from pg_server import create_database, with_database
from staff_secrets import OWNER_PASSWORD

TABLES = ("customer", "purchase", "purchase_line", "service_event", "consent", "erasure_ledger", "audit_entry",
          "staff", "data_request", "shop")


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
    finally:
        engine.dispose()


def _fill(db, owner, locations, customers: int) -> int:
    """Demo customers, one more with a ticket, and one erased (on the ledger). Returns the erased id."""
    generate(db, owner, customers=customers, seed=5)
    people = CustomerService(db)
    gone = people.create(owner, CustomerInput(first_name="Zora", last_name="Quixwellsen"))
    ticket = PurchaseService(db).record(owner, gone.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 100),)))
    PurchaseService(db).set_status(owner, ticket.id, "delivered")
    request = RequestService(db).register(owner, gone.id, "erasure", "email")
    IdentityService(db).verify_photo_id(owner, gone.id, "passport")
    RequestService(db).confirm_identity(owner, request.id)
    ErasureService(db, ledger_file(locations)).erase(owner, request.id, "nb")
    return gone.id


def test_move_copies_everything_and_keeps_the_file_read_only(db, owner, locations, run, pg_server):
    erased = _fill(db, owner, locations, 40)
    before = {t: db.engine.connect().execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in TABLES}
    db.close()
    create_database(pg_server, "moved")
    url = with_database(pg_server, "moved")

    result = run("move-register", "--to", url, user="eier", password=OWNER_PASSWORD)
    assert result.returncode == 0, result.stderr
    assert "audit trail verified on the server" in result.stdout
    after = _counts(url)
    assert after["audit_entry"] == before["audit_entry"] + 1  # + the owner's login for the move
    assert {t: n for t, n in after.items() if t != "audit_entry"} == \
           {t: n for t, n in before.items() if t != "audit_entry"}
    file = locations.sqlite_path
    assert not file.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH)
    assert "moved to postgresql+psycopg://kundereg@" in (file.parent / f"{file.name}.MOVED.txt").read_text()

    server = open_register(resolve(locations.data_dir / "pc2", url))
    try:
        boss = AuthService(server).login("eier", OWNER_PASSWORD)
        assert AuditService(server).verify(boss).intact
        fresh = CustomerService(server).create(boss, CustomerInput(last_name="Etter"))
        assert fresh.id > erased  # the sequence continues past the copied and the erased ids
        assert CustomerService(server).search(boss, "quixwellsen") == []
    finally:
        server.close()

    again = run("move-register", "--to", url, user="eier", password=OWNER_PASSWORD)
    assert again.returncode == 1 and "not empty" in again.stderr and "audit_entry" in again.stderr


def test_move_refuses_a_database_that_is_not_empty(db, owner, run, pg_server):
    db.close()
    create_database(pg_server, "busy")
    url = with_database(pg_server, "busy")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE invoices (id int)"))
    engine.dispose()
    result = run("move-register", "--to", url, user="eier", password=OWNER_PASSWORD)
    assert result.returncode == 1 and "not empty" in result.stderr and "invoices" in result.stderr
    assert os.access(run.data_dir / "kundereg.sqlite3", os.W_OK)  # the file stays in use


def test_sigkill_during_the_move_leaves_the_target_empty(db, owner, locations, pg_server, tmp_path):
    _fill(db, owner, locations, 1500)
    db.close()
    create_database(pg_server, "killed")
    url = with_database(pg_server, "killed")
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
    env.update(HOME=str(tmp_path / "home"), KUNDEREG_PASSWORD=OWNER_PASSWORD)
    mover = subprocess.Popen([sys.executable, "-m", "kundereg", "--data-dir", str(locations.data_dir),
                              "--user", "eier", "move-register", "--to", url], env=env,
                             stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Autocommit: pg_stat_activity is a snapshot per transaction.
    watcher = create_engine(with_database(pg_server, "postgres"), isolation_level="AUTOCOMMIT")
    try:
        copying = False
        with watcher.connect() as conn:
            for _ in range(20000):  # bounded: until the mover is inserting rows
                copying = conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = 'killed' "
                                            "AND query LIKE 'INSERT INTO %'")).scalar() > 0
                if copying or mover.poll() is not None:
                    break
        assert copying, mover.communicate()
        mover.send_signal(signal.SIGKILL)
        mover.communicate(timeout=30)
        assert mover.returncode == -signal.SIGKILL
    finally:
        if mover.poll() is None:
            mover.kill()
            mover.communicate()
        watcher.dispose()
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == []  # nothing half-written
    finally:
        engine.dispose()
    assert os.access(locations.sqlite_path, os.W_OK)  # the source was not retired
