"""Issue 18, items 3 and 6: a backup restored on another PC keeps erased people erased (the
ledger copy beside every backup destination), a restore without any current ledger is refused,
and a restore is done by the owner and accounted for in the new trail and the anchor file."""
from __future__ import annotations

import json
import shutil

import pytest
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.access import PermissionDenied
from kundereg.domain.records import CustomerInput
from kundereg.locations import resolve
from kundereg.services.anchors import AnchorFile, standing
from kundereg.services.auth import AuthService
from kundereg.services.backup import read_header, take_backup
from kundereg.services.ledger import LEDGER_FILENAME, LedgerFile
from kundereg.services.register import build_register, open_register
from kundereg.services.requests import RequestService
from kundereg.services.restore import Credentials, NoCurrentLedger, restore_backup
from staff_secrets import COUNTER_PASSWORD, OWNER_PASSWORD

PASSPHRASE = "korrekt hest batteri stift"
OWNER = Credentials("eier", OWNER_PASSWORD)


def _erase(reg, owner, customer_id):
    request = RequestService(reg.db).register(owner, customer_id, "erasure", "counter")
    reg.identity.verify_photo_id(owner, customer_id, "passport")
    reg.requests.confirm_identity(owner, request.id)
    return reg.erasure.erase(owner, request.id, "nb")


@pytest.fixture
def usb_backup(db, locations, owner, kari, tmp_path):
    """A backup on a USB stick, then Kari erased: the stick's ledger copy follows the erasure."""
    stick = tmp_path / "usb"
    stick.mkdir()
    backup = take_backup(owner, db, locations, PASSPHRASE, stick, kdf_n=2 ** 10)
    _erase(build_register(db, locations), owner, kari.id)
    db.close()
    return backup


def test_every_backup_destination_keeps_a_current_ledger_copy(usb_backup, locations, kari):
    copy = LedgerFile(usb_backup.path.parent / LEDGER_FILENAME)
    assert [e.customer_id for e in copy.read()] == [kari.id]
    assert copy.current_as_of() > usb_backup.taken_at  # stamped by the erasure, after the backup
    text = copy.path.read_text()
    assert "Kari" not in text and "Sørensen" not in text and "1234567" not in text  # ids and times only


def test_a_restore_into_a_bare_folder_is_refused(usb_backup, tmp_path, kari):
    bare = tmp_path / "bare-usb"
    bare.mkdir()
    only = shutil.copy(usb_backup.path, bare)
    new_pc = resolve(tmp_path / "new-pc")
    with pytest.raises(NoCurrentLedger, match="--without-ledger"):
        restore_backup(only, PASSPHRASE, new_pc, credentials=OWNER)
    assert new_pc.sqlite_path is not None and not new_pc.sqlite_path.exists()
    open_register(new_pc).close()  # kundereg started once on the new PC: an empty register vouches for nothing
    with pytest.raises(NoCurrentLedger):
        restore_backup(only, PASSPHRASE, new_pc, credentials=OWNER)
    report = restore_backup(only, PASSPHRASE, new_pc, credentials=OWNER, without_ledger=True)
    assert report.without_ledger and report.reerased == 0  # the risk taken explicitly: Kari is back
    db = open_register(new_pc)
    try:
        with db.read() as session:
            assert session.get(models.Customer, kari.id) is not None
            entry = session.scalars(select(models.AuditEntry).where(models.AuditEntry.action == "backup_restored")).one()
            assert json.loads(entry.details)["without_ledger"] is True
    finally:
        db.close()


def test_on_another_pc_the_backup_folders_ledger_keeps_the_erased_customer_erased(usb_backup, tmp_path, kari):
    new_pc = resolve(tmp_path / "new-pc")
    report = restore_backup(usb_backup.path, PASSPHRASE, new_pc, credentials=OWNER)
    assert report.reerased == 1 and report.ledgers == 1 and not report.without_ledger
    db = open_register(new_pc)
    try:
        reg = build_register(db, new_pc)
        owner = reg.auth.login("eier", OWNER_PASSWORD)
        assert reg.customers.search(owner, "Sørensen") == []
        with db.read() as session:
            assert session.get(models.Customer, kari.id) is None
        report = reg.audit.verify(owner)
        assert report.intact, report.problem
    finally:
        db.close()
    assert [e.customer_id for e in LedgerFile(new_pc.ledger_path).read()] == [kari.id]


def test_restore_needs_the_owner(counter, usb_backup, locations):
    with pytest.raises(PermissionDenied):
        restore_backup(usb_backup.path, PASSPHRASE, locations, credentials=Credentials("disk", COUNTER_PASSWORD))
    with pytest.raises(Exception, match="wrong password"):
        restore_backup(usb_backup.path, PASSPHRASE, locations, credentials=Credentials("eier", "not the password"))
    with pytest.raises(Exception, match="owner's login"):
        restore_backup(usb_backup.path, PASSPHRASE, locations)


def test_the_restored_trail_says_who_from_which_backup_and_what_was_dropped(db, locations, owner, customers,
                                                                             kari, tmp_path):
    backup = take_backup(owner, db, locations, PASSPHRASE, kdf_n=2 ** 10)
    _, meta = read_header(backup.path)
    anchors = AnchorFile(locations.anchor_path)
    assert anchors.read()[-1].reason == "backup" and anchors.read()[-1].entry_id == meta["audit_head"]["id"]
    customers.create(owner, CustomerInput(first_name="Ola", last_name="Nordmann", mobile="+47 900 00 001"))
    with db.read() as session:
        old_id = session.get(models.AuditHead, 1).last_id
    db.close()
    report = restore_backup(backup.path, PASSPHRASE, locations, credentials=OWNER)
    # the login of the restore itself went into the old trail too
    assert report.dropped_entries >= old_id - meta["audit_head"]["id"] > 0
    db = open_register(locations)
    try:
        with db.read() as session:
            entry = session.scalars(select(models.AuditEntry).where(models.AuditEntry.action == "backup_restored")).one()
            details, staff_id = json.loads(entry.details), entry.staff_id
            owner_id = session.scalar(select(models.Staff.id).where(models.Staff.username == "eier"))
        assert staff_id == owner_id
        assert details["backup"] == backup.path.name and details["taken_at"] == meta["taken_at"]
        assert details["dropped_entries"] == report.dropped_entries and len(details["replaced_head"]) == 64
        assert details["replaced_head"] != meta["audit_head"]["hash"]
        kept = standing(anchors.read())
        assert kept[-1].reason == "restore" and kept[-1].kept_up_to == meta["audit_head"]["id"]
        assert all(a.entry_id <= kept[-1].entry_id for a in kept)
        reg = build_register(db, locations)
        checked = reg.audit.verify(AuthService(db).login("eier", OWNER_PASSWORD))
        assert checked.intact and checked.anchors >= 2, checked.problem
    finally:
        db.close()


def test_verify_checks_the_heads_in_the_backup_headers_too(db, locations, owner, kari):
    """The anchor file beside the register removed and the chain recomputed after removing an
    entry: the backup's header still holds the head it was taken at."""
    from test_audit_anchors import FIRST_CUSTOMER_ENTRY, _attack

    take_backup(owner, db, locations, PASSPHRASE, kdf_n=2 ** 10)
    locations.anchor_path.unlink()
    _attack(db, FIRST_CUSTOMER_ENTRY, recompute=True)
    report = build_register(db, locations).audit.verify(owner)
    assert not report.intact and "anchor" in report.problem and report.anchors >= 1
