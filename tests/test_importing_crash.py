"""A SIGKILL during ``import --apply`` leaves the register as before: no half import.

The child process imports a real file into a copy of a real register and kills itself at an
exact point: at a progress report in the middle of the rows, after the last row (every insert
done, the audit row not yet), right after the audit row (just before the commit), and after
the commit. Afterwards the register passes its integrity checks, the search index agrees with
the customer table, and it holds none of the file or all of it.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest

from kundereg.db import sqlite_driver
from kundereg.locations import resolve
from kundereg.services.register import open_register

from staff_secrets import OWNER_PASSWORD
from test_importing import ROWS, write_csv

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")

CHILD = textwrap.dedent("""
    import os, signal, sys
    from kundereg.locations import resolve
    from kundereg.services.auth import AuthService
    from kundereg.services.importing import service
    from kundereg.services.register import open_register

    data_dir, path, password, point, at = sys.argv[1:6]
    at = int(at)
    db = open_register(resolve(data_dir))
    staff = AuthService(db).login("eier", password)
    importer = service.ImportService(db)
    source = importer.open(staff, path)
    calls = 0

    def progress(done, total):
        global calls
        calls += 1
        if point == "progress" and calls == at:
            os.kill(os.getpid(), signal.SIGKILL)
        return True

    original = service.audit

    def audit(*args, **kwargs):
        if point == "before-audit":
            os.kill(os.getpid(), signal.SIGKILL)
        original(*args, **kwargs)
        if point == "after-audit":
            os.kill(os.getpid(), signal.SIGKILL)

    service.audit = audit
    report = importer.apply(staff, source, progress=progress)
    print("applied", report.added, flush=True)
    if point == "after-commit":
        os.kill(os.getpid(), signal.SIGKILL)
""")
PEOPLE = 2600  # several insert batches and progress reports


@pytest.fixture
def big_file(tmp_path):
    rows = [[f"P{i}", f"Person Nummer{i}", "", f"Gate {i}", "2815", "Gjøvik", "", f"p{i}@example.no", ""]
            for i in range(PEOPLE)] + ROWS
    return write_csv(tmp_path / "kunder.csv", rows)


def _state(path):
    with sqlite_driver.connect(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)")
        customers = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
        indexed = conn.execute("SELECT count(*) FROM customer_fts WHERE customer_fts MATCH 'Nummer'").fetchone()[0]
        audits = conn.execute("SELECT count(*) FROM audit_entry WHERE action = 'customers_imported'").fetchone()[0]
    conn.close()
    return customers, indexed, audits


@pytest.mark.parametrize("point, at, imported", [
    ("progress", 1, False), ("progress", 4, False), ("before-audit", 0, False), ("after-audit", 0, False),
    ("after-commit", 0, True),
])
def test_sigkill_during_apply_leaves_none_or_all(locations, db, shop, kari, big_file, point, at, imported):
    db.close()
    before = _state(locations.sqlite_path)
    assert before == (1, 0, 0)
    child = subprocess.run([sys.executable, "-c", CHILD, str(locations.data_dir), str(big_file), OWNER_PASSWORD,
                            point, str(at)], capture_output=True, text=True, timeout=120,
                           env={**os.environ, "PYTHONHASHSEED": "0"})
    assert child.returncode == -signal.SIGKILL, child.stderr
    after = _state(locations.sqlite_path)
    total = PEOPLE + len(ROWS) - 1  # Kåre's mobile is Kari's: that row merges into her
    assert after == ((1 + total, PEOPLE, 1) if imported else before)
    reopened = open_register(resolve(locations.data_dir))  # opens the normal way afterwards
    reopened.close()
