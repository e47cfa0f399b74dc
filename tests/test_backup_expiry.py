"""The notice and the erasure receipt promise when backups are gone; rotation keeps that promise
even when nobody takes a new backup, in every folder the register wrote backups to."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

from kundereg.db import models
from kundereg.domain.retention import backup_max_days
from kundereg.services import backup as backup_module
from kundereg.services.backup import BackupService, backups_in, expires_on, read_header, take_backup
from kundereg.services.erasure import ErasureService
from kundereg.services.register import ledger_file, open_register
from kundereg.services.requests import RequestService

PASSPHRASE = "korrekt hest batteri stift"
CHEAP = 2 ** 10


class Clock:
    """services.backup's clock, moved by the test (backups are taken on simulated days)."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _plaintext(path) -> bytes:
    header, _ = read_header(path)
    key = backup_module._derive(PASSPHRASE, header)
    return b"".join(backup_module._decrypted_chunks(path, key))


def _holds(path, text: str) -> bool:
    return text.encode() in _plaintext(path)


def _set_rotation(db, daily: int, weekly: int) -> None:
    with db.transaction() as session:
        shop = session.get(models.Shop, 1)
        shop.backup_keep_daily, shop.backup_keep_weekly = daily, weekly


def _erase(db, locations, owner, identity, kari):
    requests = RequestService(db)
    request = requests.register(owner, kari.id, "erasure", "counter")
    identity.verify_photo_id(owner, kari.id, "passport")
    requests.confirm_identity(owner, request.id)
    service = ErasureService(db, ledger_file(locations), backups=BackupService(db, locations).holding)
    return service.erase(owner, request.id, "nb")


def test_backups_holding_an_erased_person_are_gone_by_the_promised_date(db, locations, owner, identity, kari,
                                                                         tmp_path, monkeypatch):
    _set_rotation(db, daily=3, weekly=2)
    elsewhere = tmp_path / "usb-stick"  # backup --out: rotated too, though never the default folder
    real_now = datetime.now(timezone.utc).replace(microsecond=0)
    clock = Clock(real_now - timedelta(days=20))
    monkeypatch.setattr(backup_module, "utcnow", clock)
    for day in range(20):  # a backup every day before the erasure, every third one to the stick
        clock.now = real_now - timedelta(days=20 - day, hours=1)
        take_backup(owner, db, locations, PASSPHRASE, elsewhere if day % 3 == 0 else None, kdf_n=CHEAP)
    folders = (locations.backup_dir, elsewhere)
    assert any(_holds(p, "Sørensen") for f in folders for _, p in backups_in(f))

    receipt = _erase(db, locations, owner, identity, kari).receipt.backups
    assert receipt.backups_before > 0
    last_day = receipt.expires_on  # the receipt prints the day after: "deleted by <last_day + 1>"
    assert last_day == max(expires_on(t, 3, 2) for f in folders for t, _ in backups_in(f))
    clock.now = real_now + timedelta(days=1)
    take_backup(owner, db, locations, PASSPHRASE, kdf_n=CHEAP)  # the last backup ever: Kari is not in it
    db.close()

    # Nobody takes a backup any more. On the last promised day a copy may still exist ...
    clock.now = datetime.combine(last_day, datetime.min.time(), timezone.utc) + timedelta(hours=23)
    open_register(locations).close()
    before = [p for f in folders for t, p in backups_in(f) if t < real_now]
    assert before and all(_holds(p, "Sørensen") for p in before)
    # ... the day after, starting the register deletes every copy holding her, in both folders.
    clock.now += timedelta(hours=2)
    reopened = open_register(locations)
    reopened.close()
    left = [p for f in folders for _, p in backups_in(f)]
    assert all(t >= real_now for f in folders for t, _ in backups_in(f))
    assert not any(_holds(p, "Sørensen") for p in left)


def test_the_daily_check_expires_copies_while_the_register_stays_open(db, locations, owner, monkeypatch):
    _set_rotation(db, daily=2, weekly=1)
    start = datetime(2026, 11, 2, 10, tzinfo=timezone.utc)  # a Monday
    clock = Clock(start)
    monkeypatch.setattr(backup_module, "utcnow", clock)
    take_backup(owner, db, locations, PASSPHRASE, kdf_n=CHEAP)
    service = BackupService(db, locations)
    clock.now = start + timedelta(days=6)  # Sunday: still this ISO week
    assert service.expire() == 0 and len(backups_in(locations.backup_dir)) == 1
    clock.now = start + timedelta(days=backup_max_days(2, 1))  # the next Monday: no newest-is-kept exception
    assert service.expire() == 1 and backups_in(locations.backup_dir) == []
