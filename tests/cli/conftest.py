"""What the command-line tests of the counter's work and the person's rights share: a shop set
up through ``init`` (owner and a counter member), and a snapshot of every table that holds
personal data, to show that a refused command wrote nothing."""
from __future__ import annotations

import pytest

from cli_helpers import DATA_TABLES, OWNER
from kundereg.db import sqlite_driver as sqlite3
from staff_secrets import COUNTER_PASSWORD, OWNER_PASSWORD


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
