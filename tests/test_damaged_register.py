"""A damaged register is named as such, with the newest backup to restore, and never written
over (issue 18, item 4)."""
from __future__ import annotations

import os
import random

import pytest

from kundereg.domain.errors import RegisterDamagedError
from kundereg.domain.records import CustomerInput
from kundereg.services.health import check_integrity
from kundereg.services.register import open_register


def _zero_header(path):
    with open(path, "r+b") as handle:
        handle.write(b"\0" * 100)


def _truncate(path):
    os.truncate(path, 60)


def _text(path):
    path.write_text("Kunde;Navn\n1;Kari\n", encoding="utf-8")


def _empty(path):
    path.write_bytes(b"")


def _folder(path):
    path.unlink()
    path.mkdir()


@pytest.fixture
def closed_register(locations, db, shop, customers, owner):
    for i in range(40):  # a few dozen pages, so that noise in the middle hits data
        customers.create(owner, CustomerInput(first_name=f"Kari{i}", last_name="Nordmann", notes="x" * 1500))
    db.close()
    return locations


@pytest.mark.parametrize("damage", [_zero_header, _truncate, _text, _empty, _folder])
def test_opening_a_damaged_register_says_so_and_writes_nothing(closed_register, damage):
    path = closed_register.sqlite_path
    damage(path)
    before = path.read_bytes() if path.is_file() else None
    with pytest.raises(RegisterDamagedError) as caught:
        open_register(closed_register).close()
    assert "damaged" in caught.value.message and "Restore it from a backup" in caught.value.message
    assert (path.read_bytes() if path.is_file() else None) == before  # not overwritten, not "initialised"


def test_the_message_names_the_newest_backup(closed_register):
    closed_register.backup_dir.mkdir(parents=True, exist_ok=True)
    for name in ("kundereg-20261201-020000Z.kbak", "kundereg-20261203-020000Z.kbak"):
        (closed_register.backup_dir / name).write_bytes(b"x")
    _zero_header(closed_register.sqlite_path)
    with pytest.raises(RegisterDamagedError) as caught:
        open_register(closed_register)
    assert "kundereg-20261203-020000Z.kbak" in caught.value.message


def test_random_bytes_inside_the_file_are_found_by_the_check(closed_register):
    path = closed_register.sqlite_path
    size = path.stat().st_size
    rng = random.Random(4)
    with open(path, "r+b") as handle:  # 4 KiB of noise over a page in the middle, header intact
        handle.seek(size // 2 // 4096 * 4096)
        handle.write(rng.randbytes(4096))
    try:
        db = open_register(closed_register)  # the header is whole: opening may not notice
    except RegisterDamagedError:
        return  # it read a damaged page on the way: found at once
    try:
        assert check_integrity(db, full=True)
        assert check_integrity(db)
    finally:
        db.close()


def test_a_whole_register_passes_both_checks(locations, db, shop):
    assert check_integrity(db) == [] and check_integrity(db, full=True) == []
