"""The counter's day from the command line: customer, order, ticket steps, pickup, service events."""
from __future__ import annotations

import json

import pytest

from kundereg.domain.ticket_code import ticket_code

from cli_helpers import COUNTER, OWNER, add_customer


def test_a_day_at_the_counter_from_a_script(shop_cli):
    run = shop_cli
    added = run("customer", "add", "--first-name", "Kari", "--last-name", "Nordmann", "--mobile", "912 34 567",
                **COUNTER)
    assert added.returncode == 0, added.stderr
    assert added.stdout.startswith("Customer 1 added")
    order = run("order", "add", "1", "--line", "Skjorte:2:79", "--line", "Dress, 2 deler: 1:349,50",
                "--due", "2030-01-31", "--verified-by", "photo-id:passport", "--json", **COUNTER)
    assert order.returncode == 0, order.stderr
    ticket = json.loads(order.stdout)
    assert ticket["number"] == 1 and ticket["total_minor"] == 2 * 7900 + 34950 and ticket["due_date"] == "2030-01-31"
    assert [line["description"] for line in ticket["lines"]] == ["Skjorte", "Dress, 2 deler"]
    second = run("order", "add", "1", "--line", "Bukse:1:149", "--reason", "order_follow_up", **COUNTER)
    assert second.stdout.strip() == "Ticket 2 recorded for customer 1: 149,00\xa0kr", second.stderr

    assert run("order", "ready", "1", **COUNTER).returncode == 0
    listed = run("pickup", **COUNTER)
    assert "+47 ••• •• 567" in listed.stdout and "912" not in listed.stdout and "Kari Nordmann" in listed.stdout
    assert "507,50\xa0kr" in listed.stdout
    [ready] = json.loads(run("pickup", "--json", **COUNTER).stdout)
    assert ready["ticket"] == 1 and ready["mobile"] == "+47 ••• •• 567"
    handed = run("order", "handover", ticket_code(1), **COUNTER)  # the scanned code works as the number
    assert handed.stdout.strip() == "ticket 1 is picked up", handed.stderr
    assert run("pickup", **COUNTER).stdout.strip() == "No tickets are waiting for pickup."
    again = run("order", "handover", "1", **COUNTER)
    assert again.returncode == 1 and again.stderr.strip() == \
        "kundereg: Ticket 1 cannot go from picked up to picked up."
    assert run("order", "return", "1", **COUNTER).stdout.strip() == "ticket 1 is returned"
    assert run("order", "cancel", "2", **COUNTER).stdout.strip() == "ticket 2 is cancelled"

    event = run("service-event", "add", "1", "--kind", "complaint", "--text", "Flekken er ikke borte.",
                "--ticket", "1", "--reason", "complaint", **COUNTER)
    assert event.returncode == 0 and "(complaint) recorded for customer 1" in event.stdout, event.stderr
    shown = run("show", "1", "--reason", "complaint", **OWNER)
    assert "returned" in shown.stdout and "cancelled" in shown.stdout and "+47 91 23 45 67" in shown.stdout
    actions = [e["action"] for e in json.loads(run("audit", "list", "--json", **OWNER).stdout)]
    assert {"customer_created", "order_recorded", "order_status_changed", "service_event_recorded"} <= set(actions)


def test_customer_edit_with_the_version_check(shop_cli):
    run = shop_cli
    cid = add_customer(run)
    edited = run("customer", "edit", str(cid), "--email", "kari.n@example.no", "--street", "", "--expected-version",
                 "1", "--verified-by", "photo-id:driving_licence", "--json", **COUNTER)
    assert edited.returncode == 0, edited.stderr
    record = json.loads(edited.stdout)
    assert record["email"] == "kari.n@example.no" and record["version"] == 2 and record["first_name"] == "Kari"
    stale = run("customer", "edit", str(cid), "--email", "x@example.no", "--expected-version", "1",
                "--reason", "register_maintenance", **COUNTER)
    assert stale.returncode == 1 and "changed by someone else" in stale.stderr
    ungated = run("customer", "edit", str(cid), "--email", "x@example.no", **COUNTER)
    assert ungated.returncode == 2 and "--verified-by" in ungated.stderr
    nothing = run("customer", "edit", str(cid), "--reason", "register_maintenance", **COUNTER)
    assert nothing.returncode == 1 and "Say what to change" in nothing.stderr
    shown = json.loads(run("show", str(cid), "--reason", "register_maintenance", "--json", **OWNER).stdout)
    assert shown["email"] == "kari.n@example.no" and shown["version"] == 2


@pytest.mark.parametrize(("argv", "message"), [
    (("customer", "add", "--first-name", "Kari", "--mobile", "12"), "kundereg: Mobile phone:"),
    (("customer", "add", "--email", "kari@example.no"), "kundereg: Last name: is required"),
    (("customer", "edit", "1", "--mobile", "12", "--reason", "register_maintenance"), "kundereg: Mobile phone:"),
    (("order", "add", "1", "--line", "Skjorte:x:79", "--reason", "order_follow_up"),
     "kundereg: Order line: number 1 is not written as TEXT:QUANTITY:PRICE"),
    (("order", "add", "1", "--line", "Skjorte:1:79", "--line", "Bukse:1:1,2,3", "--reason", "order_follow_up"),
     "kundereg: Order line: number 2 has no price"),
    (("order", "add", "1", "--line", "Skjorte:0:79", "--reason", "order_follow_up"), "kundereg: Quantity:"),
    (("order", "add", "1", "--line", "Skjorte:1:79", "--due", "31.01.2030", "--reason", "order_follow_up"),
     "kundereg: Due date: must be a date like 2026-01-31."),
    (("order", "add", "9", "--line", "Skjorte:1:79", "--reason", "order_follow_up"), "kundereg: Customer 9 does not exist."),
    (("order", "ready", "99"), "kundereg: Ticket 99 does not exist."),
    (("service-event", "add", "1", "--kind", "repair", "--text", " ", "--reason", "complaint"),
     "kundereg: Description: is required."),
])
def test_bad_input_is_one_line_naming_the_field_and_writes_nothing(shop_cli, snapshot, argv, message):
    run = shop_cli
    add_customer(run)
    before = snapshot()
    done = run(*argv, **COUNTER)
    assert done.returncode == 1, done.stdout
    assert done.stderr.startswith(message) and done.stderr.count("\n") == 1, done.stderr
    assert "12" not in done.stderr.replace("2026-01-31", "").replace("Order line", "") or "Mobile" not in message
    assert snapshot() == before


def test_the_counter_role_and_the_gate_hold_on_the_command_line(shop_cli):
    run = shop_cli
    cid = add_customer(run)
    # The order names the customer: without a verification or a reason it is a usage error.
    assert run("order", "add", str(cid), "--line", "Skjorte:1:79", **COUNTER).returncode == 2
    wrong = run("order", "add", str(cid), "--line", "Skjorte:1:79", "--verified-by", "knowledge:mobile",
                env_extra={"KUNDEREG_STATED_VALUE": "+47 400 00 000"}, **COUNTER)
    assert wrong.returncode == 1 and "400" not in wrong.stderr
    nobody = run("customer", "add", "--last-name", "Hansen")
    assert nobody.returncode == 1 and "--user" in nobody.stderr
