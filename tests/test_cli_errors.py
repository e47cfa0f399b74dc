"""Issue 18, items 4 and 5: `kundereg check`, and the CLI's one place for every error (one line
on stderr, exit 1, the details in the log without personal values)."""
from __future__ import annotations

import os

from kundereg.cli import customers as customers_cli

OWNER = {"user": "eier", "password": "correct horse battery"}


def _shop(run, customers=30):
    assert run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
               password=OWNER["password"]).returncode == 0
    assert run("demo", "--customers", str(customers), **OWNER).returncode == 0


def test_check_passes_a_whole_register_and_names_the_damage_in_a_damaged_one(run):
    _shop(run, 200)
    whole = run("check")
    assert whole.returncode == 0 and "whole" in whole.stdout, whole.stderr
    path = run.data_dir / "kundereg.sqlite3"
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # 4 KiB of random bytes inside the file, past the schema pages
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(os.urandom(4096))
    damaged = run("check")
    assert damaged.returncode == 1 and damaged.stderr.count("\n") == 1, damaged.stderr
    assert "damaged" in damaged.stderr and "Restore from a backup" in damaged.stderr


def test_an_unexpected_error_is_one_line_and_logged_without_its_text(run, monkeypatch):
    _shop(run, 3)

    def explode(args, locations):
        raise RuntimeError("Kari Sørensen, 912 34 567")  # a library quoting the values it choked on

    monkeypatch.setattr(customers_cli, "cmd_search", explode)
    result = run("search", "Kari", **OWNER)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "unexpected error (RuntimeError)" in result.stderr and "Kari" not in result.stderr
    logs = "".join(p.read_text(encoding="utf-8") for p in (run.data_dir / "logs").glob("*.log*"))
    assert "RuntimeError" in logs and "explode" in logs  # where it happened
    assert "Kari" not in logs and "912" not in logs


def test_an_unreachable_database_server_is_one_line(run):
    result = run("--db", "postgresql+psycopg://127.0.0.1:1/x", "search", "x", **OWNER)
    assert result.returncode == 1 and result.stderr.count("\n") == 1, result.stderr
    assert "cannot be reached" in result.stderr


def test_the_reported_tracebacks_are_one_line_now(run):
    _shop(run, 3)
    for argv, code in ((("show", "99999999999999999999", "--reason", "order_follow_up"), 2),
                       (("audit", "list", "--customer", "9" * 25), 2),
                       (("restore", str(run.data_dir), "--yes"), 1),
                       (("demo", "--customers", "100000000"), 2)):
        result = run(*argv, **OWNER)
        assert result.returncode == code and result.stderr.count("\n") == 1, (argv, result.stderr)
        assert "Traceback" not in result.stderr
