"""What the command-line tests of the counter's work and the person's rights share: a shop set
up through ``init`` (owner and a counter member), and a snapshot of every table that holds
personal data, to show that a refused command wrote nothing."""
from __future__ import annotations

import pytest

from kundereg.db import sqlite_driver as sqlite3
from staff_secrets import COUNTER_PASSWORD, OWNER_PASSWORD

OWNER = {"user": "eier", "password": OWNER_PASSWORD}
COUNTER = {"user": "disk", "password": COUNTER_PASSWORD}
DATA_TABLES = ("customer", "purchase", "purchase_line", "service_event", "consent", "data_request",
               "outbox_message", "erasure_ledger")


@pytest.fixture
def shop_cli(run):
    """``run`` on a register with a dry cleaner in Norway, its owner and a counter member."""
    made = run("init", "--shop-name", "Gjøvik Rens", "--country", "NO", "--owner", "eier", "--owner-name",
               "Eva Eier", "--preset", "dry_cleaner", "--street", "Storgata 1", "--postal-code", "2815",
               "--city", "Gjøvik", "--email", "post@example.no", password=OWNER_PASSWORD)
    assert made.returncode == 0, made.stderr
    added = run("staff", "add", "disk", "--name", "Dina Disk", "--role", "counter",
                env_extra={"KUNDEREG_NEW_PASSWORD": COUNTER_PASSWORD}, **OWNER)
    assert added.returncode == 0, added.stderr
    return run


def add_customer(run, *extra, **who) -> int:
    done = run("customer", "add", "--first-name", "Kari", "--last-name", "Nordmann", "--mobile", "912 34 567",
               "--email", "kari@example.no", *extra, "--json", **(who or OWNER))
    assert done.returncode == 0, done.stderr
    import json

    return json.loads(done.stdout)["id"]


@pytest.fixture
def snapshot(run):
    """``snapshot()``: every row of the tables holding personal data, to compare before and after."""
    def take() -> dict[str, list[tuple]]:
        conn = sqlite3.connect(run.data_dir / "kundereg.sqlite3")
        try:
            return {table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall() for table in DATA_TABLES}
        finally:
            conn.close()
    return take
