"""``kundereg import``, ``duplicates`` and ``merge`` (src/kundereg/cli/importing.py), run in-process
on a real register: dry run by default, --apply, --report, --json, and the owner-only gate."""
from __future__ import annotations

import csv
import json

import pytest
from sqlalchemy import func, select

from kundereg.cli import main
from kundereg.db import models

from staff_secrets import COUNTER_PASSWORD, OWNER_PASSWORD
from test_importing import ROWS, write_csv


@pytest.fixture
def kundereg(locations, shop, monkeypatch):
    """``kundereg(*argv)`` -> exit code, as the owner unless ``user=`` says otherwise."""

    def run(*argv, user="eier", password=OWNER_PASSWORD):
        monkeypatch.setenv("KUNDEREG_PASSWORD", password)
        return main(["--data-dir", str(locations.data_dir), "--user", user, *argv])

    return run


def count(db) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(models.Customer))


def test_dry_run_then_apply(kundereg, db, tmp_path, capsys):
    path = write_csv(tmp_path / "kunder.csv", ROWS + [["9", "Per Feil", "", "", "", "", "12", "", ""]])
    assert kundereg("import", str(path)) == 0
    out = capsys.readouterr().out
    assert "Would import from kunder.csv (csv" in out and "3 new, 0 merged" in out and "1 refused" in out
    assert "refused: Row 6, column Mobil" in out  # row 3 spans two lines (a quoted line break) and "Nothing was changed" in out
    assert "Per Feil" not in out
    assert count(db) == 0
    report = tmp_path / "refused.csv"
    assert kundereg("import", str(path), "--apply", "--report", str(report)) == 0
    assert "Imported from" in capsys.readouterr().out and count(db) == 3
    with open(report, encoding="utf-8-sig", newline="") as handle:
        assert [row[1] for row in csv.reader(handle, delimiter=";")] == ["Navn", "Per Feil"]


def test_json_report_and_mapping(kundereg, tmp_path, capsys):
    mapping = tmp_path / "m.toml"
    mapping.write_text('source = "visma"\n[columns]\n"Notat" = "ignore"\n', encoding="utf-8")
    path = write_csv(tmp_path / "kunder.csv", ROWS)
    assert kundereg("import", str(path), "--mapping", str(mapping), "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["source"], data["added"], data["applied"], data["refused"]) == ("visma", 3, False, [])
    assert "Notat" not in data["columns"] and data["columns"]["Navn"] == "full_name"
    assert len(data["sha256"]) == 64


def test_duplicates_and_merge(kundereg, customers, owner, kari, db, capsys):
    from kundereg.domain.records import CustomerInput

    twin = customers.create(owner, CustomerInput(last_name="Sorensen", mobile="+4791234567"))
    assert kundereg("duplicates", "--json") == 0
    assert json.loads(capsys.readouterr().out) == [{"first": kari.id, "second": twin.id, "reasons": ["mobile"],
                                                    "restricted": False}]
    assert kundereg("merge", str(kari.id), str(twin.id), "--take", "last_name") == 0
    assert f"Merged customer {twin.id} into customer {kari.id}." in capsys.readouterr().out
    with db.read() as session:
        assert session.get(models.Customer, kari.id).last_name == "Sorensen"
        assert session.get(models.Customer, twin.id) is None
    assert kundereg("duplicates") == 0
    assert "0 likely duplicate(s)." in capsys.readouterr().out


def test_counter_staff_may_not_import(kundereg, counter, tmp_path, capsys):
    assert kundereg("import", str(write_csv(tmp_path / "k.csv", ROWS)), user="disk", password=COUNTER_PASSWORD) == 1
    assert capsys.readouterr().err.startswith("kundereg: ")


def test_main_turns_errors_into_a_message(locations, shop, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("KUNDEREG_PASSWORD", OWNER_PASSWORD)
    missing = tmp_path / "nowhere.csv"
    assert main(["--data-dir", str(locations.data_dir), "--user", "eier", "import", str(missing)]) == 1
    assert "kundereg: The file nowhere.csv cannot be opened." in capsys.readouterr().err
