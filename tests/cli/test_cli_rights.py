"""restrict, lift, object, consent give|withdraw and purposes from the command line."""
from __future__ import annotations

import json

from cli_helpers import COUNTER, OWNER, add_customer


def _listed(run, tmp_path, purpose="newsletter"):
    out = tmp_path / "list.csv"
    done = run("marketing-list", "--purpose", purpose, "--out", str(out), **OWNER)
    return done, (out.read_text(encoding="utf-8") if done.returncode == 0 else "")


def test_consents_by_purpose_key_and_the_marketing_list(shop_cli, tmp_path, snapshot):
    run = shop_cli
    cid = add_customer(run)
    given = run("consent", "give", str(cid), "--purpose", "newsletter", "--source", "web", "--reason",
                "order_follow_up", **COUNTER)
    assert given.returncode == 0 and "consents to newsletter" in given.stdout, given.stderr
    done, listed = _listed(run, tmp_path)
    assert done.returncode == 0 and "1 contacts" in done.stdout and "Nordmann" in listed
    purposes = {p["key"]: p for p in json.loads(run("purposes", "--json", **COUNTER).stdout)}
    assert purposes["newsletter"]["active_consents"] == 1 and purposes["marketing_sms"]["active_consents"] == 0
    assert "Newsletter by email" in run("purposes", **COUNTER).stdout

    before = snapshot()
    typo = run("consent", "give", str(cid), "--purpose", "newsleter", "--reason", "order_follow_up", **COUNTER)
    assert typo.returncode == 1 and typo.stderr.startswith("kundereg: Purpose: is not a known purpose.")
    assert "newsletter, marketing_sms" in typo.stderr
    unknown, _ = _listed(run, tmp_path, "newsleter")
    assert unknown.returncode == 1 and "Known purposes: newsletter" in unknown.stderr
    twice = run("consent", "give", str(cid), "--purpose", "newsletter", "--reason", "order_follow_up", **COUNTER)
    assert twice.returncode == 1 and "already consented" in twice.stderr
    assert snapshot()["consent"] == before["consent"]

    withdrawn = run("consent", "withdraw", str(cid), "--purpose", "newsletter", "--reason", "order_follow_up",
                    **COUNTER)
    assert withdrawn.returncode == 0, withdrawn.stderr
    assert "Nordmann" not in _listed(run, tmp_path)[1]
    again = run("consent", "withdraw", str(cid), "--purpose", "newsletter", "--reason", "order_follow_up", **COUNTER)
    assert again.returncode == 1 and "no active consent" in again.stderr


def test_restrict_lift_and_object(shop_cli, tmp_path):
    run = shop_cli
    cid = add_customer(run)
    run("consent", "give", str(cid), "--purpose", "marketing_sms", "--reason", "order_follow_up", **COUNTER)
    refused = run("restrict", str(cid), "--reason", "data_subject_request", **COUNTER)
    assert refused.returncode == 1 and "(" not in refused.stderr and "owner" in refused.stderr, refused.stderr
    assert run("restrict", str(cid), "--verified-by", "photo-id:passport", **OWNER).stdout.strip() == \
        f"Customer {cid} is restricted."
    assert "Nordmann" not in _listed(run, tmp_path, "marketing_sms")[1]
    order = run("order", "add", str(cid), "--line", "Skjorte:1:79", "--reason", "order_follow_up", **COUNTER)
    assert order.returncode == 1 and "restricted" in order.stderr
    twice = run("restrict", str(cid), "--reason", "data_subject_request", **OWNER)
    assert twice.returncode == 1 and "already restricted" in twice.stderr
    assert run("lift", str(cid), "--reason", "data_subject_request", **OWNER).returncode == 0
    assert "Nordmann" in _listed(run, tmp_path, "marketing_sms")[1]
    objected = run("object", str(cid), "--verified-by", "photo-id:passport", **COUNTER)
    assert objected.returncode == 0 and "objects to direct marketing" in objected.stdout, objected.stderr
    assert "Nordmann" not in _listed(run, tmp_path, "marketing_sms")[1]
    blocked = run("consent", "give", str(cid), "--purpose", "newsletter", "--reason", "order_follow_up", **COUNTER)
    assert blocked.returncode == 1 and "objected to marketing" in blocked.stderr
