"""What a new shop met on the command line (issue 13, "More seen from the CLI")."""
from __future__ import annotations

import json

import pytest

from cli_helpers import COUNTER, OWNER, add_customer
from kundereg.db import sqlite_driver as sqlite3
from kundereg.services.demo_data import ITEMS
from staff_secrets import OWNER_PASSWORD

INIT = ("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier")


def _items(run) -> set[str]:
    conn = sqlite3.connect(run.data_dir / "kundereg.sqlite3")
    try:
        return {row[0] for row in conn.execute("SELECT DISTINCT description FROM purchase_line")}
    finally:
        conn.close()


def _count(run, table: str) -> int:
    conn = sqlite3.connect(run.data_dir / "kundereg.sqlite3")
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def _names(category: str) -> set[str]:
    return {names[0] for c, names, *_ in ITEMS if c == category}


@pytest.mark.parametrize(("preset", "trade", "consents"), [
    ("dry_cleaner", "clean", False), ("b2b_supplier", "build", False), ("web_shop", None, True)])
def test_demo_data_follows_the_profile(run, preset, trade, consents):
    assert run(*INIT, "--preset", preset, password=OWNER_PASSWORD).returncode == 0
    done = run("demo", "--customers", "60", **OWNER)
    assert done.returncode == 0, done.stderr
    items = _items(run)
    if trade is not None:
        other = "build" if trade == "clean" else "clean"
        assert items and items <= _names(trade) and not items & _names(other)
    assert (_count(run, "consent") > 0) is consents
    if consents:
        purposes = {p["key"]: p["active_consents"] for p in json.loads(run("purposes", "--json", **OWNER).stdout)}
        assert purposes["newsletter"] > 0 and purposes["marketing_sms"] > 0


def test_a_refused_erasure_writes_nothing(shop_cli, snapshot, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    assert run("order", "add", str(cid), "--line", "Skjorte:1:79", "--reason", "order_follow_up",
               **COUNTER).returncode == 0
    before = snapshot()
    refused = run("erase", str(cid), "--verified-by", "photo-id:passport", "--lang", "nb",
                  "--receipt", str(tmp_path / "r.pdf"), **OWNER)
    assert refused.returncode == 1 and "open orders (1)" in refused.stderr
    assert snapshot() == before  # no erasure request registered and left open
    assert json.loads(run("requests", "--json", **OWNER).stdout) == []
    assert not (tmp_path / "r.pdf").exists()


def test_cli_erasure_files_the_shops_copy_of_the_receipt(shop_cli, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    done = run("erase", str(cid), "--verified-by", "photo-id:passport", "--lang", "nb",
               "--receipt", str(tmp_path / "r.pdf"), **OWNER)
    assert done.returncode == 0, done.stderr
    [filed] = (run.data_dir / "receipts").glob("erasure-*.pdf")
    assert filed.read_bytes().startswith(b"%PDF") and "Receipt:" in done.stdout


def test_staff_add_with_a_pin(shop_cli):
    run = shop_cli
    added = run("staff", "add", "kasse", "--name", "Kari Kasse", "--role", "counter", "--pin",
                env_extra={"KUNDEREG_NEW_PASSWORD": "kasse secret 12", "KUNDEREG_NEW_PIN": "2580"}, **OWNER)
    assert added.returncode == 0 and "with a PIN" in added.stdout, added.stderr
    assert run("search", "x", user="kasse", password="2580").returncode == 0  # the PIN logs in
    short = run("staff", "add", "kasse2", "--name", "K", "--role", "counter", "--pin",
                env_extra={"KUNDEREG_NEW_PASSWORD": "kasse secret 12", "KUNDEREG_NEW_PIN": "12"}, **OWNER)
    assert short.returncode == 1 and short.stderr.strip() == "kundereg: PIN: must be 4 to 8 digits."
    asked = run("staff", "add", "kasse3", "--name", "K", "--role", "counter", "--pin",
                env_extra={"KUNDEREG_NEW_PASSWORD": "kasse secret 12"}, **OWNER)
    assert asked.returncode == 1 and "No PIN: set KUNDEREG_NEW_PIN" in asked.stderr
    listed = {m["username"]: m for m in json.loads(run("staff", "list", "--json", **OWNER).stdout)}
    assert listed["kasse"]["has_pin"] and "kasse2" not in listed and "kasse3" not in listed


def test_a_failed_init_leaves_nothing_behind(run, tmp_path):
    fresh = tmp_path / "new-shop"
    failed = run("--data-dir", str(fresh), *INIT, "--org-number", "123", data=False, password=OWNER_PASSWORD)
    assert failed.returncode == 1 and failed.stderr.startswith("kundereg: Organisation number:")
    assert not fresh.exists()
    weak = run("--data-dir", str(fresh), *INIT, data=False, password="short")
    assert weak.returncode == 1 and not fresh.exists()
    fresh.mkdir()
    (fresh / "notes.txt").write_text("the shop's own file", encoding="utf-8")
    run("--data-dir", str(fresh), *INIT, "--preset", "dry_cleaner", "--email", "bad", data=False,
        password=OWNER_PASSWORD)
    assert sorted(p.name for p in fresh.iterdir()) == ["notes.txt"]
    made = run("--data-dir", str(fresh), *INIT, data=False, password=OWNER_PASSWORD)
    assert made.returncode == 0 and (fresh / "kundereg.sqlite3").exists() and (fresh / "logs").is_dir()


def test_messages_in_words(shop_cli):
    run = shop_cli
    cid = add_customer(run)
    stated = run("show", str(cid), "--verified-by", "knowledge:mobile", **COUNTER)
    assert stated.returncode == 1 and "password" not in stated.stderr.lower()
    assert "states as their mobile" in stated.stderr and "KUNDEREG_STATED_VALUE" in stated.stderr
    for argv, words in ((("requests",), "Only the owner may handle data-subject requests."),
                        (("audit", "list"), "Only the owner may read the audit trail."),
                        (("marketing-list", "--purpose", "newsletter", "--out", "x.csv"),
                         "Only the owner may export customer data.")):
        refused = run(*argv, **COUNTER)
        assert refused.returncode == 1 and refused.stderr.strip() == f"kundereg: {words}"


def test_show_in_the_shops_formats(shop_cli):
    run = shop_cli
    cid = add_customer(run)
    run("order", "add", str(cid), "--line", "Skjorte:1:328", "--reason", "order_follow_up", **COUNTER)
    run("order", "handover", "1", **COUNTER)
    shown = run("show", str(cid), "--reason", "order_follow_up", **OWNER).stdout
    assert "328,00\xa0kr" in shown and "NOK" not in shown and "picked up" in shown and "picked_up" not in shown
    assert "+47 91 23 45 67" in shown
    assert "-20" not in shown.split("Purchases")[1]  # dates as the shop writes them, not ISO


def test_audit_details_are_never_cut(shop_cli):
    run = shop_cli
    cid = add_customer(run)
    run("customer", "edit", str(cid), "--street", "Storgata 10", "--postal-code", "2815", "--city", "Gjøvik",
        "--company", "Nordmann Rens AS", "--reason", "register_maintenance", **OWNER)
    listed = run("audit", "list", "--customer", str(cid), **OWNER).stdout
    joined = "".join(line.strip() for line in listed.splitlines())
    assert '"company_name"' in joined and '"street"' in joined and "…" not in listed
