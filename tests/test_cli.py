"""The real CLI, as a subprocess, in a temp data directory."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kundereg import __version__


@pytest.fixture
def run(tmp_path):
    data_dir = tmp_path / "data"

    def run(*args, password=None, data=True, env_extra=None):
        env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
        env["HOME"] = str(tmp_path / "home")
        if password is not None:
            env["KUNDEREG_PASSWORD"] = password
        env.update(env_extra or {})
        argv = [sys.executable, "-m", "kundereg", *(["--data-dir", str(data_dir)] if data else []), *args]
        return subprocess.run(argv, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                              timeout=120)

    run.data_dir = data_dir
    return run


def test_version(run):
    result = run("--version", data=False)
    assert result.returncode == 0 and result.stdout.strip() == f"kundereg {__version__}"


def test_help_lists_commands(run):
    result = run("--help", data=False)
    assert result.returncode == 0
    for word in ("init", "demo", "search", "show", "--data-dir", "--db"):
        assert word in result.stdout


def test_usage_errors_exit_2(run):
    assert run("init", "--shop-name", "X").returncode == 2
    assert run("init", "--shop-name", "X", "--country", "DE", "--owner", "eier").returncode == 2
    assert run("demo", "--customers", "-5").returncode == 2
    assert run("show", "abc").returncode == 2
    assert run("frobnicate").returncode == 2


def test_init_search_show_end_to_end(run):
    result = run("init", "--shop-name", "Gjøvik Rens", "--country", "no", "--owner", "eier",
                 password="correct horse battery")
    assert result.returncode == 0, result.stderr
    assert (run.data_dir / "kundereg.sqlite3").exists()
    assert (run.data_dir / "logs" / "kundereg.log").exists()

    again = run("init", "--shop-name", "X", "--country", "NO", "--owner", "eier", password="correct horse battery")
    assert again.returncode == 1 and again.stderr.count("\n") == 1 and "already set up" in again.stderr

    result = run("demo", "--customers", "40", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "Added 40 customers" in result.stdout

    listing = json.loads(run("search", "", "--json", "--limit", "5").stdout)
    assert len(listing) == 5
    target = listing[0]
    word = (target["last_name"] or target["company_name"]).split()[0]
    hits = json.loads(run("search", word, "--json").stdout)
    assert target["id"] in [h["id"] for h in hits]

    table = run("search", word)
    assert table.returncode == 0 and "Name" in table.stdout and str(target["id"]) in table.stdout

    shown = json.loads(run("show", str(target["id"]), "--json").stdout)
    assert shown["id"] == target["id"] and isinstance(shown["purchases"], list)
    text = run("show", str(target["id"]))
    assert text.returncode == 0 and "Purchases" in text.stdout


def test_errors_are_one_clear_line(run):
    result = run("search", "kari")
    assert result.returncode == 1
    assert result.stderr.startswith("kundereg: ") and result.stderr.count("\n") == 1
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", password="correct horse battery")
    missing = run("show", "4242")
    assert missing.returncode == 1 and "Customer 4242 does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_init_refuses_weak_password_and_writes_no_shop(run):
    result = run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", password="short")
    assert result.returncode == 1 and "Password" in result.stderr
    assert run("search", "x").returncode == 1  # still not set up


def test_init_without_password_in_a_script(run):
    result = run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier")
    assert result.returncode == 1 and "KUNDEREG_PASSWORD" in result.stderr


def test_env_data_dir_and_db_url(run, tmp_path):
    other = tmp_path / "elsewhere"
    result = run("init", "--shop-name", "Rens", "--country", "SE", "--owner", "eier",
                 password="correct horse battery", data=False, env_extra={"KUNDEREG_DATA_DIR": str(other)})
    assert result.returncode == 0, result.stderr
    assert (other / "kundereg.sqlite3").exists()
    url = f"sqlite:///{tmp_path / 'custom.db'}"
    result = run("--db", url, "init", "--shop-name", "Rens", "--country", "DK", "--owner", "eier",
                 password="correct horse battery")
    assert result.returncode == 0 and (tmp_path / "custom.db").exists()


def test_bad_db_url(run):
    result = run("--db", "nonsense", "search", "x")
    assert result.returncode == 1 and "database URL is not valid" in result.stderr
