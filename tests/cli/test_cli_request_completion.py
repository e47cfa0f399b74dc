"""Completing a request applies what it asks for, from the command line, for every type that changes data."""
from __future__ import annotations

import json

import pytest

from kundereg.db import sqlite_driver as sqlite3

from cli_helpers import COUNTER, OWNER, add_customer


def _request(run, cid: int, kind: str) -> str:
    done = run("request", "add", str(cid), "--type", kind, "--channel", "counter", **COUNTER)
    assert done.returncode == 0, done.stderr
    reference = done.stdout.split()[1]
    verified = run("request", "verify", reference, "--verified-by", "photo-id:passport", **OWNER)
    assert verified.returncode == 0, verified.stderr
    return reference


def _row(run, sql: str, *params):
    conn = sqlite3.connect(run.data_dir / "kundereg.sqlite3")
    try:
        return conn.execute(sql, params).fetchone()
    finally:
        conn.close()


def _marketing_list(run, tmp_path, purpose="newsletter") -> str:
    out = tmp_path / f"{purpose}.csv"
    done = run("marketing-list", "--purpose", purpose, "--out", str(out), **OWNER)
    assert done.returncode == 0, done.stderr
    return out.read_text(encoding="utf-8")


def test_restriction_is_applied_by_completing_it(shop_cli):
    run = shop_cli
    cid = add_customer(run)
    reference = _request(run, cid, "restriction")
    assert run("request", "start", reference, **OWNER).returncode == 0
    done = run("request", "complete", reference, **OWNER)
    assert done.returncode == 0 and "(restriction): completed" in done.stdout, done.stderr
    assert _row(run, "SELECT restricted_at FROM customer WHERE id = ?", cid)[0] is not None
    refused = run("customer", "edit", str(cid), "--email", "ny@example.no", "--reason", "register_maintenance",
                  **OWNER)
    assert refused.returncode == 1 and "restricted" in refused.stderr
    step = next(e for e in json.loads(run("audit", "list", "--json", **OWNER).stdout)
                if e["action"] == "customer_changed")
    assert step["details"] == {"fields": ["restricted_at"], "restricted": True, "request": reference}


def test_objection_takes_the_person_off_the_marketing_list(shop_cli, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    assert run("consent", "give", str(cid), "--purpose", "newsletter", "--reason", "order_follow_up",
               **COUNTER).returncode == 0
    assert "Nordmann" in _marketing_list(run, tmp_path)
    reference = _request(run, cid, "objection")
    assert run("request", "complete", reference, **OWNER).returncode == 0
    assert "Nordmann" not in _marketing_list(run, tmp_path)
    assert _row(run, "SELECT marketing_objection_at FROM customer WHERE id = ?", cid)[0] is not None
    assert _row(run, "SELECT withdrawn_at FROM consent WHERE customer_id = ?", cid)[0] is not None


def test_consent_withdrawal_withdraws_the_consents(shop_cli, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    for purpose in ("newsletter", "marketing_sms"):
        assert run("consent", "give", str(cid), "--purpose", purpose, "--reason", "order_follow_up",
                   **COUNTER).returncode == 0
    only_sms = _request(run, cid, "consent_withdrawal")
    assert run("request", "complete", only_sms, "--set", "purpose=marketing_sms", **OWNER).returncode == 0
    assert "Nordmann" not in _marketing_list(run, tmp_path, "marketing_sms")
    assert "Nordmann" in _marketing_list(run, tmp_path, "newsletter")
    every = _request(run, cid, "consent_withdrawal")
    assert run("request", "complete", every, **OWNER).returncode == 0
    assert _row(run, "SELECT count(*) FROM consent WHERE customer_id = ? AND withdrawn_at IS NULL", cid)[0] == 0
    assert "Nordmann" not in _marketing_list(run, tmp_path)


def test_rectification_carries_the_new_values(shop_cli, snapshot):
    run = shop_cli
    cid = add_customer(run)
    reference = _request(run, cid, "rectification")
    before = snapshot()
    missing = run("request", "complete", reference, **OWNER)
    assert missing.returncode == 1 and "--set FIELD=VALUE" in missing.stderr
    bad = run("request", "complete", reference, "--set", "email=not an address", **OWNER)
    assert bad.returncode == 1 and bad.stderr.startswith("kundereg: Email:") and "not an address" not in bad.stderr
    unknown = run("request", "complete", reference, "--set", "shoe_size=42", **OWNER)
    assert unknown.returncode == 1 and "Field: must be one of" in unknown.stderr
    assert snapshot() == before  # the request is still open, the record untouched
    done = run("request", "complete", reference, "--set", "last-name=Nordmann-Berg", "--set",
               "email=kari.berg@example.no", **OWNER)
    assert done.returncode == 0, done.stderr
    assert _row(run, "SELECT last_name, email FROM customer WHERE id = ?", cid) == ("Nordmann-Berg",
                                                                                   "kari.berg@example.no")
    assert _row(run, "SELECT status FROM data_request WHERE reference = ?", reference)[0] == "completed"
    found = run("search", "Nordmann-Berg", **OWNER)
    assert str(cid) in found.stdout  # the search index follows the correction


def test_erasure_is_completed_by_carrying_it_out(shop_cli, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    reference = _request(run, cid, "erasure")
    by_hand = run("request", "complete", reference, **OWNER)
    assert by_hand.returncode == 1 and "kundereg erase" in by_hand.stderr
    erased = run("erase", str(cid), "--request", reference, "--verified-by", "photo-id:passport", "--lang", "nb",
                 "--receipt", str(tmp_path / "r.pdf"), **OWNER)
    assert erased.returncode == 0, erased.stderr
    assert _row(run, "SELECT count(*) FROM customer WHERE id = ?", cid)[0] == 0
    assert _row(run, "SELECT status FROM data_request WHERE reference = ?", reference)[0] == "completed"


@pytest.mark.parametrize("kind", ["access", "portability"])
def test_requests_answered_by_a_document_take_no_values(shop_cli, kind):
    run = shop_cli
    cid = add_customer(run)
    reference = _request(run, cid, kind)
    refused = run("request", "complete", reference, "--set", "email=x@example.no", **OWNER)
    assert refused.returncode == 1 and "takes no values" in refused.stderr
    assert run("request", "complete", reference, **OWNER).returncode == 0


def test_unverified_requests_cannot_be_completed_in_words(shop_cli):
    run = shop_cli
    cid = add_customer(run)
    done = run("request", "add", str(cid), "--type", "restriction", "--channel", "email", **COUNTER)
    reference = done.stdout.split()[1]
    refused = run("request", "complete", reference, **OWNER)
    assert refused.returncode == 1
    assert refused.stderr.strip() == f"kundereg: Request {reference} cannot go from received to completed."
    assert _row(run, "SELECT restricted_at FROM customer WHERE id = ?", cid)[0] is None
