"""What the command-line tests in this folder share besides fixtures (a module of its own:
``from conftest import`` would find tests/ui/conftest.py when both folders are collected)."""
from __future__ import annotations

import json

from staff_secrets import COUNTER_PASSWORD, OWNER_PASSWORD

OWNER = {"user": "eier", "password": OWNER_PASSWORD}
COUNTER = {"user": "disk", "password": COUNTER_PASSWORD}
DATA_TABLES = ("customer", "purchase", "purchase_line", "service_event", "consent", "data_request",
               "outbox_message", "erasure_ledger")


def add_customer(run, *extra, **who) -> int:
    done = run("customer", "add", "--first-name", "Kari", "--last-name", "Nordmann", "--mobile", "912 34 567",
               "--email", "kari@example.no", *extra, "--json", **(who or OWNER))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)["id"]
