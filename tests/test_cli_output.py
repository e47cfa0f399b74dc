"""What the CLI prints and writes: whole cells, unescaped UTF-8, money and dates as the shop writes
them, and no half-written file when writing fails."""
from __future__ import annotations

import json

from kundereg.cli.common import MAX_CELL, print_json, print_table

OWNER = {"user": "eier", "password": "correct horse battery"}


def _init(run, country="NO"):
    done = run("init", "--shop-name", "Gjøvik Rens", "--country", country, "--owner", "eier", "--owner-name", "Eva Eier",
               password=OWNER["password"])
    assert done.returncode == 0, done.stderr


def test_a_long_cell_wraps_in_its_column_and_nothing_is_cut(capsys):
    long = "Vil ha pressing på alle skjorter, og stivelse i snippen, men aldri på mandager"
    print_table(("No.", "Notes", "By"), [(1, long, "eier"), (22, "kort", None)])
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) <= len("No.") + 2 + MAX_CELL + 2 + len("eier")
    notes, by = lines[0].index("Notes"), lines[0].index("By")
    assert " ".join(line[notes:by].strip() for line in lines[1:-1]) == long
    assert lines[0].split() == ["No.", "Notes", "By"] and lines[-1].split() == ["22", "kort"]
    assert lines[1].rstrip().endswith("eier")  # the other cells sit on the first line of a wrapped row


def test_json_is_utf8_as_it_is(capsys):
    print_json({"name": "Bjørn Ærø", "city": "Malmö"})
    out = capsys.readouterr().out
    assert "Bjørn Ærø" in out and "\\u00f8" not in out and json.loads(out)["city"] == "Malmö"


def test_staff_list_as_table_and_json(run):
    _init(run)
    added = run("staff", "add", "disk", "--name", "Åse Kristiansen-Øvergård Haldorsen", "--role", "counter",
                env_extra={"KUNDEREG_NEW_PASSWORD": "counter secret 1"}, **OWNER)
    assert added.returncode == 0, added.stderr
    listed = json.loads(run("staff", "list", "--json", **OWNER).stdout)
    assert [m["username"] for m in listed] == ["disk", "eier"] and listed[0]["role"] == "counter"
    assert "Åse Kristiansen-Øvergård Haldorsen" in run("staff", "list", **OWNER).stdout


def test_show_writes_money_and_dates_as_the_shop_does(run):
    from datetime import datetime, timezone

    from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
    from kundereg.locations import resolve
    from kundereg.services.register import build_register, open_register

    _init(run)
    db = open_register(resolve(run.data_dir))
    try:
        reg = build_register(db, environ={})
        owner = reg.auth.login("eier", OWNER["password"])
        person = reg.customers.create(owner, CustomerInput(first_name="Kari", last_name="Sørensen",
                                                           mobile="912 34 567"))
        reg.purchases.record(owner, person.id, PurchaseInput(
            lines=(PurchaseLineInput("Dress, rens", 3, 123456),),
            purchased_at=datetime(2026, 1, 31, 12, tzinfo=timezone.utc)))
    finally:
        db.close()
    shown = run("show", str(person.id), "--reason", "invoicing", **OWNER)
    assert shown.returncode == 0, shown.stderr
    assert "3\xa0703,68\xa0kr" in shown.stdout and "Total 3\xa0703,68\xa0kr" in shown.stdout  # nb_NO, no float
    assert "31.01.2026" in shown.stdout
    data = json.loads(run("show", str(person.id), "--reason", "invoicing", "--json", **OWNER).stdout)
    assert data["purchases"][0]["total_minor"] == 370368 and data["last_name"] == "Sørensen"


def test_a_failed_write_leaves_no_partial_file_and_one_line(run, tmp_path):
    _init(run)
    taken = tmp_path / "list.csv"
    taken.mkdir()  # the name is taken by a folder: the rename at the end fails
    done = run("marketing-list", "--purpose", "newsletter", "--out", str(taken), **OWNER)
    assert done.returncode == 1 and done.stderr.startswith("kundereg: ") and done.stderr.count("\n") == 1
    assert "Traceback" not in done.stderr and list(tmp_path.glob("*.partial")) == []
