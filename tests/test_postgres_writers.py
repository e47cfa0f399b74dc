"""Many PCs on one PostgreSQL register (issue 19, item 3), each PC a real process.

The writers (tests/pg_writer.py) open the register, say ``ready`` and start on one ``go`` so
that they really run at once.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import text

from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.locations import resolve
from kundereg.services.audit import AuditService
from kundereg.services.register import open_register

from pg_server import create_database, with_database

TESTS = Path(__file__).parent


def _writers(tmp_path: Path, url: str, mode: str, count: int, arg: object = 0) -> list[tuple[dict, str]]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), os.environ.get("PYTHONPATH", "")])}
    procs = [subprocess.Popen([sys.executable, str(TESTS / "pg_writer.py"), mode, url, str(tmp_path / f"pc{i}"),
                               str(arg)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              text=True, env=env) for i in range(count)]
    try:
        for proc in procs:
            line = proc.stdout.readline()
            assert line == "ready\n", proc.communicate(timeout=60)
        for proc in procs:  # all at once
            proc.stdin.write("go\n")
            proc.stdin.flush()
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            results.append((json.loads(out.strip().splitlines()[-1]), err))
        return results
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()


def test_two_processes_starting_together_migrate_once(pg_server, tmp_path):
    create_database(pg_server, "race")
    url = with_database(pg_server, "race")
    results = _writers(tmp_path, url, "migrate", 2)
    migrated = [err.count("register migrated from empty") for _, err in results]
    assert sorted(migrated) == [0, 1], [err for _, err in results]  # one migrated, the other waited
    assert all(r["opened"] for r, _ in results)
    db = open_register(resolve(tmp_path / "check", url))
    try:
        with db.read() as session:
            assert session.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        db.close()


def test_four_writers_keep_one_chain_and_unique_numbers(tmp_path, pg_database):
    url = pg_database()
    target = open_register(resolve(tmp_path / "parent", url))
    from kundereg.services import shop as shop_service

    from staff_secrets import OWNER_PASSWORD
    shop_service.init_shop(target, name="Gjøvik Rens AS", country="NO", owner_username="eier",
                           owner_password=OWNER_PASSWORD)
    try:
        results = _writers(tmp_path, url, "append", 4, 12)
        ids = [i for r, _ in results for i in r["customers"]]
        tickets = [n for r, _ in results for n in r["tickets"]]
        assert len(ids) == len(set(ids)) == 48
        assert len(tickets) == len(set(tickets)) == 48
        from kundereg.services.auth import AuthService

        boss = AuthService(target).login("eier", OWNER_PASSWORD)
        report = AuditService(target).verify(boss)
        assert report.intact
        with target.read() as session:
            assert session.execute(text("SELECT count(*) FROM customer")).scalar() == 48
            assert session.execute(text("SELECT count(*) FROM purchase")).scalar() == 48
            assert session.execute(text("SELECT count(*) FROM audit_entry WHERE action IN "
                                        "('customer_created', 'order_recorded')")).scalar() == 96
    finally:
        target.close()


def test_conflicting_saves_from_four_processes(tmp_path, pg_database):
    url = pg_database()
    target = open_register(resolve(tmp_path / "parent", url))
    from kundereg.services import shop as shop_service
    from kundereg.services.auth import AuthService
    from kundereg.services.customers import CustomerService
    from kundereg.services.purchases import PurchaseService

    from staff_secrets import OWNER_PASSWORD
    try:
        shop_service.init_shop(target, name="Gjøvik Rens AS", country="NO", owner_username="eier",
                               owner_password=OWNER_PASSWORD)
        boss = AuthService(target).login("eier", OWNER_PASSWORD)
        kari = CustomerService(target).create(boss, CustomerInput(first_name="Kari", last_name="Berg"))
        ticket = PurchaseService(target).record(boss, kari.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 1),)))
        for mode, arg in (("update", kari.id), ("status", ticket.id)):
            results = [r for r, _ in _writers(tmp_path / mode, url, mode, 4, arg)]
            assert sum(r["updated"] for r in results) == 1, (mode, results)  # no lost update
            assert sum(r["conflicts"] for r in results) == 3, (mode, results)  # every other one told
        assert CustomerService(target).get(boss, kari.id).version == 2
        assert PurchaseService(target).get(boss, ticket.id).version == 2
        assert AuditService(target).verify(boss).intact
    finally:
        target.close()
