"""Build tests/fixtures/registers/schema-0001.sqlite3: a register as the first release left it.

    .venv/bin/python scripts/make-fixture-register.py

Migration 0001 only (the schema of the first release), then real-looking records written with
raw SQL, the way that release stored them: customers (with and without company details,
Nordic letters, an erased-looking one with no contact details), a shop, an owner and a
counter account with argon2id hashes, purchases with lines in every status, consents (one
withdrawn) and service events. No ORM model is used, so later model changes cannot leak
into the file. tests/test_upgrade_fixture.py upgrades a copy to the newest schema through
the app's own path and checks that every record survived.

The file is committed; run this again only to add records (never to change the schema: a
later schema gets its own file). Owner password: OWNER_PASSWORD below; counter PIN: 4711.
"""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from kundereg.db.engine import make_engine  # noqa: E402
from kundereg.db.migrate import alembic_config  # noqa: E402
from kundereg.domain.customer_rules import derived_columns  # noqa: E402
from kundereg.services.staff import hash_secret  # noqa: E402

TARGET = ROOT / "tests" / "fixtures" / "registers" / "schema-0001.sqlite3"
REVISION = "0001"
OWNER_PASSWORD = "first release owner"
COUNTER_PIN = "4711"

SHOP = (1, "Gjøvik Rens AS", "NO", "NOK", "923456789", "street,postal_code,city,country,company_name,org_number,"
        "invoice_email", "2026-01-05 08:00:00.000000")
STAFF = [  # id, username, display_name, role, password, pin
    (1, "eier", "Eva Eier", "owner", OWNER_PASSWORD, None),
    (2, "disk", "Dag Disk", "counter", "counter password 1", COUNTER_PIN),
]
CUSTOMERS = [  # id, first, last, mobile, email, street, postal, city, country, company, org, invoice_email, notes
    (1, "Kari", "Nordmann", "+4791234567", "kari.nordmann@example.no", "Storgata 1", "2815", "Gjøvik", "NO",
     None, None, None, "Stiver ikke skjortene"),
    (2, "Åsa", "Söderström", "+46701234567", "asa@example.se", "Drottninggatan 5", "111 51", "Stockholm", "SE",
     None, None, None, None),
    (3, "Jørgen", "Ødegård", "+4740000001", None, None, None, "Hamar", "NO",
     "Ødegård Bygg AS", "987654321", "faktura@odegard.example.no", "Kunde siden 2019"),
    (4, "Päivi", "Mäkinen", "+358401234567", "paivi.makinen@example.fi", "Hämeenkatu 10", "33100", "Tampere",
     "FI", None, None, None, None),
    (5, "Søren", "Kierkegaard", "+4520123456", "soren@example.dk", None, "1050", "København K", "DK",
     None, None, None, None),
    (6, None, None, None, None, None, None, None, "NO", None, None, None, None),  # details erased on request
    (7, "Łukasz", "Żółć", "+4798765432", "lukasz@example.com", "Parkveien 3", "0350", "Oslo", "NO",
     "Żółć Import", None, None, "Snakker engelsk"),
]
PURCHASES = [  # id, number, customer_id, purchased_at, description, status, due_date, staff_id, lines
    (1, 1001, 1, "2026-02-01 09:15:00.000000", "Dress og to skjorter", "picked_up", "2026-02-04", 2,
     [("Dress, rens", 1, 29900), ("Skjorte, vask og press", 2, 6900)]),
    (2, 1002, 1, "2026-03-10 14:02:00.000000", "Dyne", "ready", "2026-03-14", 2, [("Dyne, dobbel", 1, 44900)]),
    (3, 1003, 3, "2026-03-11 07:45:00.000000", "Arbeidsklær, firma", "received", "2026-03-18", 1,
     [("Kjeledress", 6, 14900), ("Refleksvest", 6, 5900)]),
    (4, 1004, 2, "2026-03-12 16:30:00.000000", None, "cancelled", None, 1, []),
    (5, 1005, 4, "2026-03-13 10:00:00.000000", "Gardiner", "delivered", "2026-03-20", 2,
     [("Gardin, per lengde", 4, 12500)]),
    (6, 1006, 7, "2026-03-14 11:11:00.000000", "Skinnjakke", "returned", "2026-03-25", 2,
     [("Skinnjakke, spesialrens", 1, 89900)]),
    (7, 1007, None, "2026-03-15 12:00:00.000000", "Kontantkunde", "picked_up", None, 2, [("Slips", 3, 4900)]),
]
CONSENTS = [  # id, customer_id, purpose, given_at, withdrawn_at, source, staff_id
    (1, 1, "newsletter", "2026-02-01 09:16:00.000000", None, "counter", 2),
    (2, 1, "sms_ready_notice", "2026-02-01 09:16:00.000000", None, "counter", 2),
    (3, 2, "newsletter", "2026-03-12 16:31:00.000000", "2026-04-01 08:00:00.000000", "email", 1),
    (4, 4, "marketing_email", "2026-03-13 10:01:00.000000", None, "web", None),
]
SERVICE_EVENTS = [  # id, customer_id, purchase_id, kind, status, description, opened_at, closed_at, staff_id
    (1, 7, 6, "complaint", "resolved", "Flekk på ermet etter rens", "2026-03-26 10:00:00.000000",
     "2026-03-28 15:00:00.000000", 1),
    (2, 1, 2, "repair", "open", "Søm revnet i dynetrekk", "2026-03-16 09:00:00.000000", None, 2),
]


def main() -> int:
    from alembic import command

    TARGET.parent.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        Path(str(TARGET) + suffix).unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{TARGET}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), REVISION)
    engine.dispose()

    conn = sqlite3.connect(TARGET)
    with conn:
        conn.execute("INSERT INTO shop VALUES (?, ?, ?, ?, ?, ?, ?)", SHOP)
        for sid, username, name, role, password, pin in STAFF:
            conn.execute("INSERT INTO staff (id, username, display_name, role, password_hash, pin_hash, "
                         "failed_attempts, locked_until, active, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, NULL, 1, ?)",
                         (sid, username, name, role, hash_secret(password), pin and hash_secret(pin),
                          "2026-01-05 08:00:00.000000"))
        for cid, first, last, mobile, email, street, postal, city, country, company, org, invoice, notes in CUSTOMERS:
            derived = derived_columns({"first_name": first, "last_name": last, "company_name": company,
                                       "email": email, "city": city, "mobile": mobile, "org_number": org})
            stamp = f"2026-01-{10 + cid:02d} 12:00:00.000000"
            conn.execute("INSERT INTO customer (id, version, first_name, last_name, mobile, email, street, "
                         "postal_code, city, country, company_name, org_number, invoice_email, notes, search_doc, "
                         "sort_key, created_at, updated_at, last_activity_at) "
                         "VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         (cid, first, last, mobile, email, street, postal, city, country, company, org, invoice,
                          notes, derived["search_doc"], derived["sort_key"], stamp, stamp, stamp))
        for pid, number, cid, at, description, status, due, sid, lines in PURCHASES:
            total = sum(q * price for _d, q, price in lines)
            conn.execute("INSERT INTO purchase (id, number, customer_id, purchased_at, description, total_minor, "
                         "currency, status, status_changed_at, due_date, staff_id, version) "
                         "VALUES (?, ?, ?, ?, ?, ?, 'NOK', ?, ?, ?, ?, 1)",
                         (pid, number, cid, at, description, total, status, at, due, sid))
            for position, (text, quantity, price) in enumerate(lines, start=1):
                conn.execute("INSERT INTO purchase_line (purchase_id, position, description, quantity, "
                             "unit_price_minor) VALUES (?, ?, ?, ?, ?)", (pid, position, text, quantity, price))
        conn.executemany("INSERT INTO consent VALUES (?, ?, ?, ?, ?, ?, ?)", CONSENTS)
        conn.executemany("INSERT INTO service_event VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", SERVICE_EVENTS)
    # One self-contained file: no -wal beside it, as the app leaves it after a clean exit.
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("VACUUM")
    conn.close()
    print(f"wrote {TARGET.relative_to(ROOT)} at schema {REVISION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
