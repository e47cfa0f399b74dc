"""erase, backup, restore and retention through the real CLI, in a temp data directory."""
from __future__ import annotations

import json

from pypdf import PdfReader

OWNER = {"user": "eier", "password": "correct horse battery"}
BACKUP_ENV = {"KUNDEREG_BACKUP_PASSPHRASE": "korrekt hest batteri stift"}


def _closed_customers(run, count):
    """Demo customers whose orders are all finished (erasure refuses open orders)."""
    found = []
    for cid in range(1, 40):
        shown = run("show", str(cid), "--reason", "order_follow_up", "--json", **OWNER)
        if shown.returncode == 0 and not any(p["status"] in ("received", "ready")
                                             for p in json.loads(shown.stdout)["purchases"]):
            found.append((cid, json.loads(shown.stdout)["last_name"]))
            if len(found) == count:
                return found
    raise AssertionError("the demo register has too few customers without open orders")


def test_backup_erase_restore_and_the_receipt(run, tmp_path):
    assert run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
               password="correct horse battery").returncode == 0
    assert run("demo", "--customers", "30", **OWNER).returncode == 0
    (first, first_name), (second, _) = _closed_customers(run, 2)
    backups = tmp_path / "backups"
    backups.mkdir()
    taken = run("backup", "--out", str(backups), env_extra=BACKUP_ENV, **OWNER)
    assert taken.returncode == 0 and "written and verified" in taken.stdout, taken.stderr
    [backup] = list(backups.glob("*.kbak"))
    assert run("backup", "--verify", str(backup), env_extra=BACKUP_ENV).returncode == 0
    wrong = run("backup", "--verify", str(backup), env_extra={"KUNDEREG_BACKUP_PASSPHRASE": "wrong one, sorry"})
    assert wrong.returncode == 1 and "passphrase does not open" in wrong.stderr

    receipt = tmp_path / "kvittering.pdf"
    erased = run("erase", str(first), "--verified-by", "photo-id:passport", "--lang", "nb",
                 "--receipt", str(receipt), **OWNER)
    assert erased.returncode == 0 and f"Customer {first} erased" in erased.stdout, erased.stderr
    text = "".join(page.extract_text() for page in PdfReader(receipt).pages)
    assert "Kvittering for sletting" in text and "Datatilsynet" in text
    assert first_name not in text
    assert run("show", str(first), "--reason", "order_follow_up", **OWNER).returncode == 1

    refused = run("restore", str(backup), env_extra=BACKUP_ENV)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    anonymous = run("restore", str(backup), "--yes", env_extra=BACKUP_ENV)
    assert anonymous.returncode == 1 and "needs the owner" in anonymous.stderr
    counter = run("restore", str(backup), "--yes", env_extra=BACKUP_ENV, user="eier", password="wrong password!!")
    assert counter.returncode == 1 and "wrong password" in counter.stderr
    restored = run("restore", str(backup), "--yes", env_extra=BACKUP_ENV, **OWNER)
    assert restored.returncode == 0 and "1 person(s) erased since then" in restored.stdout, restored.stderr
    assert run("show", str(first), "--reason", "order_follow_up", **OWNER).returncode == 1
    assert run("show", str(second), "--reason", "order_follow_up", **OWNER).returncode == 0
    actions = [e["action"] for e in json.loads(run("audit", "list", "--json", "--limit", "30", **OWNER).stdout)]
    assert "backup_restored" in actions and "erasure_replayed" in actions
    assert run("audit", "verify", **OWNER).returncode == 0


def test_retention_dry_run_then_apply(run):
    run("init", "--shop-name", "Rens", "--country", "SE", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    run("demo", "--customers", "20", **OWNER)
    dry = run("retention", "--json", **OWNER)
    assert dry.returncode == 0, dry.stderr
    report = json.loads(dry.stdout)
    assert report["applied"] is False and report["inactive_years"] is None
    listed = run("retention", **OWNER)
    assert "No rule for inactive customers is set." in listed.stdout
    applied = json.loads(run("retention", "--apply", "--json", **OWNER).stdout)
    assert applied["applied"] is True
    assert run("retention", "--apply", user="nobody", password="x").returncode == 1


def test_erase_errors_are_clear(run, tmp_path):
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    missing = run("erase", "1", "--verified-by", "photo-id:passport", "--lang", "nb",
                  "--receipt", str(tmp_path / "nowhere" / "r.pdf"), **OWNER)
    assert missing.returncode == 1 and "does not exist" in missing.stderr
    assert run("erase", "1", "--lang", "nb", "--receipt", "r.pdf", **OWNER).returncode == 2
    nobody = run("erase", "77", "--verified-by", "photo-id:passport", "--lang", "nb",
                 "--receipt", str(tmp_path / "r.pdf"), **OWNER)
    assert nobody.returncode == 1 and "77" in nobody.stderr and not (tmp_path / "r.pdf").exists()
    assert run("backup", **OWNER).returncode == 1  # no passphrase and no terminal


def test_erase_with_an_encrypted_receipt_files_the_shops_copy(run, tmp_path):
    run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier", password="correct horse battery")
    run("demo", "--customers", "20", **OWNER)
    [(cid, _)] = _closed_customers(run, 1)
    added = run("request", "add", str(cid), "--type", "erasure", "--channel", "letter", **OWNER)
    ref = added.stdout.split()[1]
    receipt = tmp_path / "kvittering.pdf"
    erased = run("erase", str(cid), "--verified-by", "photo-id:national_id", "--lang", "en", "--receipt",
                 str(receipt), "--password-protect", **OWNER)
    assert erased.returncode == 0 and f"request {ref}" in erased.stdout, erased.stderr
    password = erased.stdout.strip().splitlines()[-1].split(": ")[-1]
    reader = PdfReader(receipt)
    assert reader.is_encrypted and reader.decrypt(password)
    shop_copy = run.data_dir / "receipts" / f"erasure-{ref}.pdf"
    assert not PdfReader(shop_copy).is_encrypted  # the shop's copy names no one
    assert list(tmp_path.rglob("*.partial")) == []
    [request] = json.loads(run("requests", "--json", **OWNER).stdout)
    assert request["reference"] == ref and request["status"] == "completed"
