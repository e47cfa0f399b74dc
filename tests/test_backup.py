"""Encrypted backups: verifiable, tamper-evident, rotated, and a restore never brings back the erased."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.errors import StateError, ValidationError
from kundereg.services import backup as backup_module
from kundereg.services.backup import (MAGIC, BackupError, backup_name, backups_holding, backups_in, expires_on,
                                      read_header, rotate, take_backup, verify_backup)
from kundereg.services.restore import Credentials, restore_backup
from kundereg.services.erasure import ErasureService
from kundereg.services.register import ledger_file, open_register
from kundereg.services.requests import RequestService
from staff_secrets import OWNER_PASSWORD

OWNER = Credentials("eier", OWNER_PASSWORD)

PASSPHRASE = "korrekt hest batteri stift"
CHEAP = 2 ** 10  # scrypt cost for tests; the header records it, production uses backup.KDF_N


def _backup(owner, db, locations, **kwargs):
    return take_backup(owner, db, locations, PASSPHRASE, kdf_n=CHEAP, **kwargs)


def test_a_backup_is_encrypted_verified_and_recorded(db, locations, owner, kari, audit):
    result = _backup(owner, db, locations)
    assert result.path.parent == locations.backup_dir and result.path.name == backup_name(result.taken_at)
    raw = result.path.read_bytes()
    assert raw.startswith(MAGIC)
    for value in ("Kari", "Sørensen", "91234567", "SQLite format 3"):
        assert value.encode() not in raw and value.encode("utf-16-le") not in raw
    meta = verify_backup(result.path, PASSPHRASE)
    assert meta["schema"] and meta["kdf"]["n"] == CHEAP and meta["plain_sha256"] == result.sha256
    assert list(locations.tmp_dir.iterdir()) == []  # the plaintext snapshot is gone
    with db.read() as session:
        [row] = session.scalars(select(models.BackupRecord)).all()
        assert (row.file_name, row.size_bytes) == (result.path.name, result.size_bytes)
    assert audit.entries(owner, limit=1)[0].action == "backup_taken"


def test_wrong_passphrase_damage_and_cut_off_ends_are_named(db, locations, owner, kari, tmp_path):
    path = _backup(owner, db, locations).path
    with pytest.raises(BackupError, match="passphrase does not open"):
        verify_backup(path, "not the right passphrase")
    raw = path.read_bytes()
    damaged = tmp_path / "damaged.kbak"
    middle = len(raw) // 2 + 200
    damaged.write_bytes(raw[:middle] + bytes([raw[middle] ^ 1]) + raw[middle + 1:])
    with pytest.raises(BackupError, match="damaged|passphrase"):
        verify_backup(damaged, PASSPHRASE)
    header, _ = read_header(path)
    cut = tmp_path / "cut.kbak"
    cut.write_bytes(raw[:len(MAGIC) + 4 + len(header) + 10])
    with pytest.raises(BackupError, match="cut short|damaged"):
        verify_backup(cut, PASSPHRASE)
    not_backup = tmp_path / "x.kbak"
    not_backup.write_bytes(b"hello")
    with pytest.raises(BackupError, match="not a kundereg backup"):
        verify_backup(not_backup, PASSPHRASE)
    with pytest.raises(ValidationError, match="at least 10"):
        take_backup(owner, db, locations, "short")


def test_dropping_the_last_chunk_is_noticed(db, locations, owner, kari, tmp_path, monkeypatch):
    monkeypatch.setattr(backup_module, "CHUNK", 4096)  # many chunks from a small register
    path = _backup(owner, db, locations).path
    header, _ = read_header(path)
    raw = path.read_bytes()
    offsets, at = [], len(MAGIC) + 4 + len(header)
    while at < len(raw):
        offsets.append(at)
        at += 4 + int.from_bytes(raw[at:at + 4], "big")
    assert len(offsets) > 3
    shortened = tmp_path / "short.kbak"
    shortened.write_bytes(raw[:offsets[-1]])  # whole chunks, the final one missing
    with pytest.raises(BackupError, match="damaged"):
        verify_backup(shortened, PASSPHRASE)


def _day(y, m, d, h=12):
    return datetime(y, m, d, h, tzinfo=timezone.utc)


def test_rotation_keeps_daily_and_weekly_and_nothing_past_its_expiry(tmp_path):
    now = _day(2026, 11, 22)
    taken = [now - timedelta(days=n, hours=h) for n in range(0, 70) for h in (0, 5)]
    for t in taken:
        (tmp_path / backup_name(t)).write_bytes(b"x")
    rotate(tmp_path, keep_daily=7, keep_weekly=4, now=now)
    left = [t for t, _ in backups_in(tmp_path)]
    days = {t.date() for t in left}
    assert {now.date() - timedelta(days=n) for n in range(7)} <= days  # one per day for a week
    assert len(left) == len(days)  # one per day at most
    assert min(left).date() >= date(2026, 10, 26)  # nothing older than four ISO weeks back
    assert max(left) == now
    rotate(tmp_path, keep_daily=1, keep_weekly=1, now=now + timedelta(days=400))
    assert backups_in(tmp_path) == []  # not even the newest: the notice promises when copies are gone


def test_expiry_is_the_last_day_rotation_can_keep_a_backup():
    taken = _day(2026, 11, 18)  # a Wednesday
    assert expires_on(taken, 7, 8) == date(2027, 1, 10)  # Sunday of the 8th week counted from its own
    assert expires_on(taken, 30, 1) == date(2026, 12, 17)


def _erase_kari(db, locations, owner, identity, kari, at_backup_info=True):
    requests = RequestService(db)
    request = requests.register(owner, kari.id, "erasure", "counter")
    identity.verify_photo_id(owner, kari.id, "passport")
    requests.confirm_identity(owner, request.id)
    service = ErasureService(db, ledger_file(locations), backups=lambda at: backups_holding(db, locations, at))
    return service.erase(owner, request.id, "nb")


def test_backup_erase_restore_the_person_stays_erased(db, locations, owner, identity, kari, customers, tmp_path):
    from kundereg.domain.records import CustomerInput

    ola = customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann", mobile="+47 900 00 001"))
    backup = _backup(owner, db, locations)
    result = _erase_kari(db, locations, owner, identity, kari)
    info = result.receipt.backups
    assert info.backups_before == 1 and info.last_taken_at == backup.taken_at
    assert info.expires_on == expires_on(backup.taken_at, 7, 8)
    db.close()
    report = restore_backup(backup.path, PASSPHRASE, locations, credentials=OWNER)
    assert report.reerased == 1
    restored = open_register(locations)
    try:
        with restored.read() as session:
            assert session.get(models.Customer, kari.id) is None
            assert session.get(models.Customer, ola.id).first_name == "Ola"
            actions = session.scalars(select(models.AuditEntry.action).order_by(models.AuditEntry.id)).all()
            assert actions[-2:] == ["erasure_replayed", "backup_restored"]
    finally:
        restored.close()
    raw = b"".join(p.read_bytes() for p in locations.data_dir.iterdir() if p.is_file())
    assert "Sørensen".encode() not in raw and b"Nordmann" in raw


def test_restore_refuses_a_backup_from_a_newer_version(db, locations, owner, kari, monkeypatch):
    backup = _backup(owner, db, locations)
    db.close()
    monkeypatch.setattr(backup_module.migrate, "SCHEMA_HEAD", "0001")
    monkeypatch.setattr(backup_module.migrate, "current_revision", lambda engine: "0099")
    before = locations.sqlite_path.read_bytes()
    with pytest.raises(StateError, match="newer version"):
        restore_backup(backup.path, PASSPHRASE, locations, credentials=OWNER)
    assert locations.sqlite_path.read_bytes() == before
    assert not locations.tmp_dir.exists() or list(locations.tmp_dir.iterdir()) == []


def test_a_wrong_passphrase_leaves_the_register_alone(db, locations, owner, kari):
    backup = _backup(owner, db, locations)
    db.close()
    before = locations.sqlite_path.read_bytes()
    with pytest.raises(BackupError, match="passphrase"):
        restore_backup(backup.path, "wrong passphrase!", locations, credentials=OWNER)
    assert locations.sqlite_path.read_bytes() == before
