"""One writer process for tests/test_postgres_writers.py: ``pg_writer.py MODE URL DATA_DIR [ARG]``.

It opens the register, prints ``ready``, waits for ``go`` on stdin (so that all writers start
together), does its part and prints one JSON line with what happened.
"""
from __future__ import annotations

import json
import logging
import sys

from staff_secrets import OWNER_PASSWORD

from kundereg.domain.errors import ConflictError
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.locations import resolve


def main(mode: str, url: str, data_dir: str, arg: str = "0") -> None:
    handler = logging.StreamHandler(sys.stderr)
    logging.getLogger("kundereg").addHandler(handler)
    logging.getLogger("kundereg").setLevel(logging.INFO)
    from kundereg.services.register import open_register

    print("ready", flush=True)
    if mode == "migrate":  # the race is in open_register itself
        sys.stdin.readline()
        open_register(resolve(data_dir, url)).close()
        print(json.dumps({"opened": True}), flush=True)
        return
    from kundereg.services.auth import AuthService
    from kundereg.services.customers import CustomerService
    from kundereg.services.identity import IdentityService
    from kundereg.services.purchases import PurchaseService

    db = open_register(resolve(data_dir, url))
    owner = AuthService(db).login("eier", OWNER_PASSWORD)
    customers, purchases = CustomerService(db), PurchaseService(db)
    if mode == "update":
        IdentityService(db).verify_photo_id(owner, int(arg), "passport")
    sys.stdin.readline()
    result: dict = {"customers": [], "tickets": [], "conflicts": 0, "updated": 0}
    if mode == "append":
        for i in range(int(arg)):
            c = customers.create(owner, CustomerInput(last_name=f"Skriver{i}"))
            p = purchases.record(owner, c.id, PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 100),)))
            result["customers"].append(c.id)
            result["tickets"].append(p.number)
    elif mode == "update":
        try:
            customers.update(owner, int(arg), 1, CustomerInput(last_name="Endret", city=data_dir[-8:]))
            result["updated"] = 1
        except ConflictError:
            result["conflicts"] = 1
    elif mode == "status":
        try:
            purchases.set_status(owner, int(arg), "ready", expected_version=1)
            result["updated"] = 1
        except ConflictError:
            result["conflicts"] = 1
    db.close()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
