"""The scripting interface: `kundereg [--data-dir DIR] [--db URL] COMMAND ...`.

With no command it starts the GUI. Exit codes: 0 ok, 1 error (one line on stderr), 2 usage.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import asdict
from datetime import date, datetime

from . import __version__
from .domain.errors import KunderegError
from .locations import ENV_DATA_DIR, ENV_DB_URL, Locations, resolve

ENV_PASSWORD = "KUNDEREG_PASSWORD"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kundereg",
        description="Customer register with GDPR tooling for small Nordic shops. "
                    "Without a command, the desktop app starts.",
        epilog=f"Environment: {ENV_DATA_DIR} (data directory), {ENV_DB_URL} (database URL), "
               f"{ENV_PASSWORD} (password for 'init' in scripts).")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the register, its logs and backups "
                             "(default: the per-user data folder)")
    parser.add_argument("--db", metavar="URL",
                        help="SQLAlchemy database URL, e.g. postgresql+psycopg://host/kundereg "
                             "(default: kundereg.sqlite3 in the data directory)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create the register, the shop and its owner account")
    p.add_argument("--shop-name", required=True, metavar="S")
    p.add_argument("--country", required=True, choices=["NO", "SE", "FI", "DK"], type=str.upper)
    p.add_argument("--owner", required=True, metavar="USER", help="owner's username")
    p.add_argument("--org-number", metavar="N", help="the shop's organisation number")

    p = sub.add_parser("demo", help="fill the register with realistic fake customers and purchases")
    p.add_argument("--customers", type=_positive_int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    p = sub.add_parser("search", help="find customers by name, company, email, city or phone")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=_positive_int, default=20, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("show", help="show one customer with purchase history")
    p.add_argument("id", type=_positive_int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    locations = resolve(args.data_dir, args.db)
    if args.command is None:
        from .app import run_gui  # Qt is loaded only for the GUI

        return run_gui(locations)
    from .logs import setup_logging

    setup_logging(locations.log_dir)
    try:
        return COMMANDS[args.command](args, locations)
    except KunderegError as exc:
        print(f"kundereg: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kundereg: interrupted", file=sys.stderr)
        return 1


def _open(locations: Locations, require_shop: bool = True):
    from .services.register import open_register
    from .services.shop import get_shop

    db = open_register(locations)
    if require_shop:
        try:
            get_shop(db)  # raises NotInitialisedError with the hint to run 'init'
        except BaseException:
            db.close()
            raise
    return db


def cmd_init(args, locations: Locations) -> int:
    from .services.shop import init_shop

    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            print(f"kundereg: no password: set {ENV_PASSWORD} or run 'init' in a terminal", file=sys.stderr)
            return 1
        password = getpass.getpass("Owner password: ")
        if getpass.getpass("Repeat password: ") != password:
            print("kundereg: the passwords do not match", file=sys.stderr)
            return 1
    db = _open(locations, require_shop=False)
    try:
        shop = init_shop(db, name=args.shop_name, country=args.country, owner_username=args.owner,
                         owner_password=password, org_number=args.org_number)
    finally:
        db.close()
    print(f"Register created for {shop.name} ({shop.country}) at {_where(locations)}")
    return 0


def cmd_demo(args, locations: Locations) -> int:
    from .services.demo import generate

    db = _open(locations)
    try:
        stats = generate(db, customers=args.customers, seed=args.seed,
                         progress=_progress_printer() if sys.stderr.isatty() else None)
    finally:
        db.close()
    print(f"Added {stats.customers} customers and {stats.purchases} purchases in {stats.seconds:.1f} s")
    return 0


def _progress_printer():
    def report(done: int, total: int) -> bool:
        print(f"\r{done}/{total} customers", end="" if done < total else "\n", file=sys.stderr, flush=True)
        return True
    return report


def cmd_search(args, locations: Locations) -> int:
    from .services.customers import CustomerService

    db = _open(locations)
    try:
        hits = CustomerService(db).search(args.text, limit=args.limit)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{**asdict(h), "name": h.display_name} for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("No customers found.")
        return 0
    rows = [(str(h.id), h.display_name, h.mobile or "", h.email or "", h.city or "") for h in hits]
    _print_table(("ID", "Name", "Mobile", "Email", "City"), rows)
    return 0


def cmd_show(args, locations: Locations) -> int:
    from .services.customers import CustomerService
    from .services.purchases import PurchaseService

    db = _open(locations)
    try:
        customer = CustomerService(db).get(args.id)
        history = PurchaseService(db).history(args.id)
    finally:
        db.close()
    if args.json:
        data = {**asdict(customer), "purchases": [asdict(p) for p in history.purchases],
                "totals": history.totals_by_currency}
        print(json.dumps(data, default=_json_default, ensure_ascii=False, indent=2))
        return 0
    print(f"{customer.display_name}  (customer {customer.id}, version {customer.version})")
    for label, value in (("Mobile", customer.mobile), ("Email", customer.email),
                         ("Address", ", ".join(x for x in (customer.street, customer.postal_code,
                                                           customer.city) if x)),
                         ("Country", customer.country), ("Company", customer.company_name),
                         ("Org. number", customer.org_number), ("Invoice email", customer.invoice_email),
                         ("Notes", customer.notes)):
        if value:
            print(f"  {label + ':':15}{value}")
    print(f"  {'Created:':15}{customer.created_at:%Y-%m-%d %H:%M} UTC")
    print(f"\nPurchases ({len(history.purchases)}):")
    rows = [(str(p.number), f"{p.purchased_at:%Y-%m-%d}", p.status.value,
             _money(p.total_minor, p.currency), p.description or ", ".join(l.description for l in p.lines))
            for p in history.purchases]
    if rows:
        _print_table(("No.", "Date", "Status", "Total", "Description"), rows)
    for currency, total in history.totals_by_currency.items():
        print(f"Total {_money(total, currency)}")
    return 0


def _money(minor: int, currency: str) -> str:
    return f"{minor / 100:,.2f} {currency}".replace(",", " ")


def _json_default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _print_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [min(40, max(len(str(r[i])) for r in [header, *rows])) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell)[:40].ljust(w) for cell, w in zip(row, widths)).rstrip())


def _where(locations: Locations) -> str:
    return str(locations.sqlite_path or "the configured database")


COMMANDS = {"init": cmd_init, "demo": cmd_demo, "search": cmd_search, "show": cmd_show}


if __name__ == "__main__":
    sys.exit(main())
