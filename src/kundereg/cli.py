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
from datetime import date, datetime, timezone

from .domain.access import DEFAULT_REASONS, KnowledgeField, PhotoIdType
from .domain.enums import RequestChannel, RequestType
from .domain.errors import KunderegError
from .locations import ENV_DATA_DIR, ENV_DB_URL, Locations, resolve

ENV_PASSWORD = "KUNDEREG_PASSWORD"
ENV_USER = "KUNDEREG_USER"
ENV_STATED = "KUNDEREG_STATED_VALUE"
ENV_NEW_PASSWORD = "KUNDEREG_NEW_PASSWORD"
ENV_BACKUP_PASSPHRASE = "KUNDEREG_BACKUP_PASSPHRASE"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kundereg",
        description="Customer register with GDPR tooling for small Nordic shops. "
                    "Without a command, the desktop app starts.",
        epilog=f"Environment: {ENV_DATA_DIR} (data directory), {ENV_DB_URL} (database URL), "
               f"{ENV_USER} (staff member, like --user), {ENV_PASSWORD} (their password, for scripts), "
               f"{ENV_BACKUP_PASSPHRASE} (backup passphrase, for scheduled backups), "
               "KUNDEREG_SMTP_HOST/_PORT/_SECURITY/_USER/_PASSWORD/_FROM (mail server for one-time codes).")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the register, its logs and backups "
                             "(default: the per-user data folder)")
    parser.add_argument("--db", metavar="URL",
                        help="SQLAlchemy database URL, e.g. postgresql+psycopg://host/kundereg "
                             "(default: kundereg.sqlite3 in the data directory)")
    parser.add_argument("--user", metavar="NAME",
                        help="staff member acting; the password is asked for, or read from "
                             f"{ENV_PASSWORD} (required by every command that reads or changes data)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", help="create the register, the shop and its owner account")
    p.add_argument("--shop-name", required=True, metavar="S")
    p.add_argument("--country", required=True, choices=["NO", "SE", "FI", "DK"], type=str.upper)
    p.add_argument("--owner", required=True, metavar="USER", help="owner's username")
    p.add_argument("--org-number", metavar="N", help="the shop's organisation number")
    p.add_argument("--preset", choices=["dry_cleaner", "b2b_supplier", "web_shop", "blank"],
                   help="start the shop profile (fields, purposes, legal bases, recipients) from a preset; "
                        "without it, documents use the built-in defaults until the owner sets up the profile")

    p = sub.add_parser("notice", help="the shop's privacy notice from its profile, as PDF or HTML (owner)")
    p.add_argument("--lang", choices=["nb", "nn", "sv", "fi", "da", "en"],
                   help="language of the notice (default: the profile's document language)")
    p.add_argument("--format", choices=["pdf", "html"], help="default: from the extension of --out")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.html")

    p = sub.add_parser("ropa", help="the record of processing activities (GDPR Art. 30(1)) as PDF or CSV (owner)")
    p.add_argument("--lang", choices=["nb", "nn", "sv", "fi", "da", "en"],
                   help="language (default: the profile's document language)")
    p.add_argument("--format", choices=["pdf", "csv"], help="default: from the extension of --out")
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.pdf or FILE.csv")

    p = sub.add_parser("demo", help="fill the register with realistic fake customers and purchases")
    p.add_argument("--customers", type=_positive_int, required=True, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")

    p = sub.add_parser("search", help="find customers by name, company, email, city or phone")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=_positive_int, default=20, metavar="N")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")

    p = sub.add_parser("show", help="show one customer with purchase history (needs a verification or a reason)")
    p.add_argument("id", type=_positive_int, metavar="ID")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")
    gate = p.add_mutually_exclusive_group(required=True)
    gate.add_argument("--verified-by", metavar="METHOD", type=_method,
                      help="how the person's identity was checked: photo-id:TYPE (passport, national_id, "
                           "driving_licence, bank_card, other), knowledge:FIELD (mobile, email or ticket; "
                           f"the stated value is asked for, or read from {ENV_STATED}), or email-code")
    gate.add_argument("--reason", metavar="PURPOSE",
                      help="business reason without the person present: " + ", ".join(DEFAULT_REASONS))

    p = sub.add_parser("audit", help="the audit trail (owner)")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    audit_sub.add_parser("verify", help="check the hash chain; exit 0 if intact, 1 naming the first broken entry")
    q = audit_sub.add_parser("list", help="list entries, newest first")
    q.add_argument("--customer", type=_positive_int, metavar="ID")
    q.add_argument("--staff", metavar="USER")
    q.add_argument("--since", type=_date, metavar="YYYY-MM-DD")
    q.add_argument("--limit", type=_positive_int, default=50, metavar="N")
    q.add_argument("--json", action="store_true")

    p = sub.add_parser("report", help="documents for one person (owner)")
    rep_sub = p.add_subparsers(dest="report_command", metavar="KIND", required=True)
    q = rep_sub.add_parser("access", help="the GDPR Art. 15 access report (innsyn) as PDF")
    q.add_argument("id", type=_positive_int, metavar="ID")
    q.add_argument("--verified-by", required=True, metavar="METHOD", type=_method,
                   help="photo-id:TYPE, knowledge:FIELD or email-code, as for 'show'")
    q.add_argument("--lang", required=True, choices=["nb", "nn", "sv", "fi", "da", "en"])
    q.add_argument("--out", required=True, metavar="FILE.pdf")
    q.add_argument("--request", metavar="REF", help="the request this report answers")
    q.add_argument("--password-protect", action="store_true",
                   help="encrypt with AES-256; the password is printed for you to pass on separately")

    p = sub.add_parser("export", help="the GDPR Art. 20 portability export (ZIP with JSON and CSV) of one person "
                                      "(owner)",
                       description="Write the data the person provided and their purchases as a ZIP: "
                                   "kundereg-export.json (schema kundereg.portability, version 1; see "
                                   "docs/export-schema.md), person.csv, purchases.csv, purchase_lines.csv, "
                                   "consents.csv, service_events.csv and README.txt. The export is audited.")
    p.add_argument("id", type=_positive_int, metavar="ID")
    p.add_argument("--verified-by", required=True, metavar="METHOD", type=_method,
                   help="photo-id:TYPE, knowledge:FIELD or email-code, as for 'show'")
    p.add_argument("--out", required=True, metavar="FILE.zip",
                   help="where to write the ZIP (written to FILE.zip.partial first)")

    p = sub.add_parser("marketing-list", help="CSV of everyone who may get marketing for a purpose (owner)")
    p.add_argument("--purpose", required=True, metavar="PURPOSE", help="the consent's purpose, e.g. newsletter")
    p.add_argument("--out", required=True, metavar="FILE.csv")

    p = sub.add_parser("requests", help="data-subject requests, open ones by days left (owner)")
    p.add_argument("--open", action="store_true", help="only requests not yet answered")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("request", help="register and handle one data-subject request")
    req_sub = p.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    q = req_sub.add_parser("add", help="register a request (counter staff may)")
    q.add_argument("customer", type=_positive_int, metavar="CUSTOMER_ID")
    q.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    q.add_argument("--channel", required=True, choices=[c.value for c in RequestChannel])
    q.add_argument("--received", type=_date, metavar="YYYY-MM-DD", help="default: today")
    q = req_sub.add_parser("verify", help="record how the requester's identity was checked")
    q.add_argument("reference", metavar="REF")
    q.add_argument("--verified-by", required=True, metavar="METHOD", type=_method,
                   help="photo-id:TYPE, knowledge:FIELD or email-code, as for 'show'")
    for action, text in (("start", "mark as in progress"), ("complete", "mark as answered")):
        q = req_sub.add_parser(action, help=text)
        q.add_argument("reference", metavar="REF")
    q = req_sub.add_parser("refuse", help="refuse, with the reason given to the person")
    q.add_argument("reference", metavar="REF")
    q.add_argument("--reason", required=True)
    q = req_sub.add_parser("extend", help="extend the deadline by 1 or 2 months (Art. 12(3)), with a reason")
    q.add_argument("reference", metavar="REF")
    q.add_argument("--months", type=int, required=True, choices=[1, 2])
    q.add_argument("--reason", required=True)

    p = sub.add_parser("erase", help="erase one person on their request (GDPR Art. 17) and write the receipt (owner)",
                       description="Erase a customer through their erasure request: contact data, notes, "
                                   "consents, service events and search entries are deleted; purchases the "
                                   "bookkeeping act keeps stay as anonymous accounting records until their "
                                   "retention date. Uses the customer's open erasure request (or --request), "
                                   "registering one when there is none, and writes the erasure receipt PDF.")
    p.add_argument("id", type=_positive_int, metavar="ID")
    p.add_argument("--verified-by", required=True, metavar="METHOD", type=_method,
                   help="photo-id:TYPE, knowledge:FIELD or email-code, as for 'show'")
    p.add_argument("--lang", required=True, choices=["nb", "nn", "sv", "fi", "da", "en"],
                   help="language of the receipt")
    p.add_argument("--receipt", required=True, metavar="FILE.pdf", help="where to write the erasure receipt")
    p.add_argument("--request", metavar="REF", help="the erasure request this answers (default: the open one)")
    p.add_argument("--channel", choices=[c.value for c in RequestChannel], default="counter",
                   help="how the request came in, when a new one is registered (default counter)")
    p.add_argument("--password-protect", action="store_true",
                   help="encrypt the receipt with AES-256; the password is printed for you to pass on")

    p = sub.add_parser("backup", help="write an encrypted backup of the register, or check one",
                       description="Take a consistent copy of the register while it may be in use, encrypt it "
                                   "(AES-256-GCM, key from the backup passphrase via scrypt), verify it and "
                                   "rotate old ones. The passphrase is asked for, or read from "
                                   "KUNDEREG_BACKUP_PASSPHRASE for scheduled runs. Without --user the run is "
                                   "recorded as a scheduled one.")
    p.add_argument("--out", metavar="DIR", help="folder for the backup (default: backups/ in the data directory)")
    p.add_argument("--keep-daily", type=_positive_int, metavar="N",
                   help="keep the newest backup of each of the last N days (default: the shop's setting, 7)")
    p.add_argument("--keep-weekly", type=_positive_int, metavar="M",
                   help="keep the newest backup of each of the last M weeks (default: the shop's setting, 8)")
    p.add_argument("--verify", metavar="FILE", help="only check that FILE decrypts completely and is intact")

    p = sub.add_parser("restore", help="replace the register with a backup; erasures made since are applied again",
                       description="Decrypt FILE, bring it to this version's schema, erase again everyone in "
                                   "the erasure ledger, and only then put it in place of the register. Close "
                                   "kundereg on this PC first. The current register is replaced.")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser("retention", help="apply the shop's retention rules (dry run unless --apply) (owner)",
                       description="Erase customers inactive for longer than the shop's setting, delete "
                                   "anonymised accounting records past their retention date and expire old "
                                   "consents. Without --apply it only lists what would happen.")
    p.add_argument("--apply", action="store_true", help="carry the changes out")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("staff", help="staff accounts (owner)")
    staff_sub = p.add_subparsers(dest="staff_command", metavar="ACTION", required=True)
    q = staff_sub.add_parser("add", help=f"add an account; its password is asked for or read from {ENV_NEW_PASSWORD}")
    q.add_argument("username", metavar="USERNAME")
    q.add_argument("--name", required=True, metavar="DISPLAY_NAME")
    q.add_argument("--role", required=True, choices=["owner", "counter"])
    staff_sub.add_parser("list", help="list accounts")
    return parser


def _method(value: str) -> tuple[str, str | None]:
    kind, _, detail = value.partition(":")
    kind = kind.strip().lower().replace("_", "-")
    if kind == "photo-id" and detail in {t.value for t in PhotoIdType}:
        return kind, detail
    if kind == "knowledge" and detail in {f.value for f in KnowledgeField}:
        return kind, detail
    if kind == "email-code" and not detail:
        return kind, None
    raise argparse.ArgumentTypeError(
        "use photo-id:TYPE, knowledge:mobile|email|ticket or email-code")


def _date(value: str):
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{value}' is not a date like 2026-01-31") from None


class _VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked (it costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show program's version number and exit") -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from . import __version__
        from .db.schema_head import schema_head  # no SQLAlchemy: --version stays instant

        # On stdout, as argparse's own version action. The schema is what this program upgrades
        # a register to, so support can tell at once whether an old register will be migrated.
        print(f"{parser.prog} {__version__} (register schema {schema_head() or 'unknown'})")
        parser.exit()


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


def _secret(env_name: str, prompt: str) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise KunderegError("No password: set {env} or run in a terminal.", env=env_name)
    return getpass.getpass(prompt)


def _login(args, db):
    """The acting staff member for this run (--user, or KUNDEREG_USER)."""
    from .services.auth import AuthService

    username = args.user or os.environ.get(ENV_USER)
    if not username:
        raise KunderegError("Say who is acting: --user NAME (or {env}).", env=ENV_USER)
    return AuthService(db).login(username, _secret(ENV_PASSWORD, f"Password for {username}: "))


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
        if args.preset:
            from .domain.presets import preset_profile
            from .services.profile import create_register

            profile = preset_profile(args.preset, name=args.shop_name, country=args.country,
                                     org_number=args.org_number)
            shop = create_register(db, profile, owner_username=args.owner, owner_password=password,
                                   preset=args.preset)
        else:
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
        stats = generate(db, _login(args, db), customers=args.customers, seed=args.seed,
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
        hits = CustomerService(db).search(_login(args, db), args.text, limit=args.limit)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{**asdict(h), "name": h.display_name} for h in hits], ensure_ascii=False, indent=2))
        return 0
    if not hits:
        print("No customers found.")
        return 0
    rows = [(str(h.id), h.display_name, h.masked_mobile or "", h.masked_email or "") for h in hits]
    _print_table(("ID", "Name", "Mobile", "Email"), rows)
    return 0


def cmd_show(args, locations: Locations) -> int:
    from .services.customers import CustomerService
    from .services.purchases import PurchaseService

    db = _open(locations)
    try:
        staff = _login(args, db)
        _pass_gate(db, staff, args)
        customer = CustomerService(db).get(staff, args.id)
        history = PurchaseService(db).history(staff, args.id)
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
             _money(p.total_minor, p.currency), p.summary)
            for p in history.purchases]
    if rows:
        _print_table(("No.", "Date", "Status", "Total", "Description"), rows)
    for currency, total in history.totals_by_currency.items():
        print(f"Total {_money(total, currency)}")
    return 0


def cmd_report(args, locations: Locations) -> int:
    from .services.reports import ReportService

    password = None
    if args.password_protect:
        from .reports.access_report import new_report_password

        password = new_report_password()
    out = _write_about_person(args, locations, lambda db, staff, path: ReportService(db).access_report(
        staff, args.id, args.lang, path, password=password, request_reference=args.request))
    print(f"Access report written to {out}")
    if password:
        print(f"Password (give it to the person separately, not in the same email): {password}")
    return 0


def cmd_export(args, locations: Locations) -> int:
    from .services.export import ExportService

    out = _write_about_person(args, locations,
                              lambda db, staff, path: ExportService(db).portability(staff, args.id, path))
    print(f"Portability export written to {out}")
    return 0


def cmd_marketing_list(args, locations: Locations) -> int:
    from pathlib import Path

    from .reports.marketing_list import marketing_csv
    from .services.marketing import MarketingService

    out = Path(args.out)
    if not out.parent.is_dir():
        raise KunderegError("The folder for --out does not exist: {folder}", folder=str(out.parent))
    db = _open(locations)
    try:
        contacts = MarketingService(db).marketing_list(_login(args, db), args.purpose)
    finally:
        db.close()
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(marketing_csv(contacts))
    partial.replace(out)
    print(f"{len(contacts)} contacts written to {out} (consent for '{args.purpose}', "
          "no objection, no restriction)")
    return 0


def _output_format(args, allowed: tuple[str, ...]) -> str:
    """--format, else the extension of --out; a usage error (exit 2) when neither says."""
    from pathlib import Path

    if args.format:
        return args.format
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix in allowed:
        return suffix
    print(f"kundereg: cannot tell the format from '{Path(args.out).name}': use --format "
          f"{'|'.join(allowed)} or an --out ending in " + " or ".join(f".{a}" for a in allowed), file=sys.stderr)
    raise SystemExit(2)


def _write_atomically(out, write) -> None:
    """``write(path)`` produces ``out`` through a .partial file, so a failed run leaves nothing half-written."""
    partial = out.with_name(out.name + ".partial")
    try:
        write(partial)
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


def _checked_out(value: str):
    from pathlib import Path

    out = Path(value)
    if not out.parent.is_dir():
        raise KunderegError("The folder for --out does not exist: {folder}", folder=str(out.parent))
    return out


def cmd_notice(args, locations: Locations) -> int:
    from .services.profile import ProfileService

    fmt = _output_format(args, ("pdf", "html"))
    out = _checked_out(args.out)
    db = _open(locations)
    try:
        staff = _login(args, db)
        service = ProfileService(db)
        language = args.lang or service.profile().document_language
        _write_atomically(out, lambda path: service.write_notice(staff, language, fmt, path))
    finally:
        db.close()
    print(f"Privacy notice ({language}, {fmt}) written to {out}")
    return 0


def cmd_ropa(args, locations: Locations) -> int:
    from .services.profile import ProfileService

    fmt = _output_format(args, ("pdf", "csv"))
    out = _checked_out(args.out)
    db = _open(locations)
    try:
        staff = _login(args, db)
        service = ProfileService(db)
        _write_atomically(out, lambda path: service.write_ropa(staff, fmt, path, language=args.lang))
    finally:
        db.close()
    print(f"Record of processing activities ({fmt}) written to {out}")
    return 0


def _write_about_person(args, locations: Locations, write):
    """Log in, pass the identity gate for args.id, and let ``write(db, staff, path)`` produce
    args.out through a .partial file, so a failed run leaves nothing half-written."""

    out = _checked_out(args.out)
    db = _open(locations)
    try:
        staff = _login(args, db)
        args.reason = None
        _pass_gate(db, staff, args)
        _write_atomically(out, lambda path: write(db, staff, path))
    finally:
        db.close()
    return out


def cmd_requests(args, locations: Locations) -> int:
    from .services.requests import RequestService

    db = _open(locations)
    try:
        listed = RequestService(db).requests(_login(args, db), open_only=args.open)
    finally:
        db.close()
    if args.json:
        print(json.dumps([{**asdict(r), "overdue": r.overdue} for r in listed], default=_json_default, indent=2))
        return 0
    if not listed:
        print("No requests.")
        return 0
    _print_table(("Ref.", "Type", "Customer", "Received", "Due", "Days left", "Status"),
                 [(r.reference, r.kind.value, str(r.customer_id or "(erased)"), f"{r.received_on}", f"{r.due_on}",
                   (f"{r.days_left} OVERDUE" if r.overdue else str(r.days_left)) if r.open else "",
                   r.status.value) for r in listed])
    return 0


def cmd_request(args, locations: Locations) -> int:
    from .services.requests import RequestService

    db = _open(locations)
    try:
        staff = _login(args, db)
        service = RequestService(db)
        if args.request_command == "add":
            r = service.register(staff, args.customer, args.type, args.channel,
                                 received_on=args.received.date() if args.received else None)
        else:
            r = service.by_reference(staff, args.reference)
            if args.request_command == "verify":
                if r.customer_id is None:
                    raise KunderegError("Request {ref} has no customer any more.", ref=r.reference)
                args.id, args.reason = r.customer_id, None
                _pass_gate(db, staff, args)
                r = service.confirm_identity(staff, r.id)
            elif args.request_command == "start":
                r = service.start(staff, r.id)
            elif args.request_command == "complete":
                r = service.complete(staff, r.id)
            elif args.request_command == "refuse":
                r = service.refuse(staff, r.id, args.reason)
            else:
                r = service.extend(staff, r.id, args.months, args.reason)
    finally:
        db.close()
    print(f"Request {r.reference} ({r.kind.value}): {r.status.value}, due {r.due_on}.")
    return 0


def _pass_gate(db, staff, args) -> None:
    from .services.identity import IdentityService
    from .services.mail import SmtpCodeSender, smtp_settings_from_env
    from .domain.access import VerificationMethod

    if args.reason:
        IdentityService(db).state_reason(staff, args.id, args.reason)
        return
    kind, detail = args.verified_by
    if kind == "photo-id":
        IdentityService(db).verify_photo_id(staff, args.id, detail)
    elif kind == "knowledge":
        stated = _secret(ENV_STATED, f"What the person states as their {detail}: ")
        IdentityService(db).verify_knowledge(staff, args.id, detail, stated)
    else:
        settings = smtp_settings_from_env(dict(os.environ))
        senders = {VerificationMethod.EMAIL_CODE: SmtpCodeSender(settings)} if settings else {}
        identity = IdentityService(db, senders)
        where = identity.send_code(staff, args.id)
        if not sys.stdin.isatty():
            raise KunderegError("A code was sent to {where}; entering it needs a terminal.", where=where)
        identity.confirm_code(staff, args.id, input(f"Code sent to {where}. Code: "))


def cmd_audit(args, locations: Locations) -> int:
    from .services.audit import AuditService

    db = _open(locations)
    try:
        staff = _login(args, db)
        audit = AuditService(db)
        if args.audit_command == "verify":
            report = audit.verify(staff)
            if report.intact:
                print(f"Audit trail intact: {report.entries} entries.")
                return 0
            print(f"kundereg: audit trail broken at entry {report.first_broken_id}: {report.problem}.",
                  file=sys.stderr)
            return 1
        staff_id = None
        if args.staff:
            from .services.auth import AuthService

            matches = [m.id for m in AuthService(db).list_staff(staff) if m.username == args.staff.lower()]
            if not matches:
                raise KunderegError("No staff member is called {name}.", name=args.staff)
            staff_id = matches[0]
        entries = audit.entries(staff, customer_id=args.customer, staff_id=staff_id, since=args.since,
                                limit=args.limit)
    finally:
        db.close()
    if args.json:
        print(json.dumps([asdict(e) for e in entries], default=_json_default, ensure_ascii=False, indent=2))
    else:
        _print_table(("No.", "Time (UTC)", "Staff", "Action", "Customer", "Details"),
                     [(str(e.id), f"{e.at:%Y-%m-%d %H:%M:%S}", e.staff_name or "", e.action,
                       str(e.customer_id or ""), json.dumps(e.details, ensure_ascii=False)) for e in entries])
    return 0


def cmd_staff(args, locations: Locations) -> int:
    from .services.auth import AuthService

    db = _open(locations)
    try:
        staff = _login(args, db)
        auth = AuthService(db)
        if args.staff_command == "add":
            password = _secret(ENV_NEW_PASSWORD, f"Password for {args.username}: ")
            member = auth.add_staff(staff, username=args.username, display_name=args.name, role=args.role,
                                    password=password)
            print(f"Added {member.username} ({member.role.value}).")
            return 0
        members = auth.list_staff(staff)
    finally:
        db.close()
    _print_table(("ID", "Username", "Name", "Role", "Active", "PIN"),
                 [(str(m.id), m.username, m.display_name, m.role.value, "yes" if m.active else "no",
                   "yes" if m.has_pin else "no") for m in members])
    return 0


def cmd_erase(args, locations: Locations) -> int:
    import io
    from pathlib import Path

    from .domain.enums import RequestStatus
    from .services.erasure import ErasureService, render_receipt
    from .services.backup import backups_holding
    from .services.register import ledger_file
    from .services.requests import RequestService

    out = Path(args.receipt)
    if not out.parent.is_dir():
        raise KunderegError("The folder for --receipt does not exist: {folder}", folder=str(out.parent))
    db = _open(locations)
    try:
        staff = _login(args, db)
        requests = RequestService(db)
        if args.request:
            request = requests.by_reference(staff, args.request)
        else:
            open_ones = [r for r in requests.requests(staff, open_only=True, customer_id=args.id)
                         if r.kind.value == "erasure"]
            request = open_ones[0] if open_ones else requests.register(staff, args.id, "erasure", args.channel)
        if request.customer_id != args.id:
            raise KunderegError("Request {ref} is not about customer {id}.", ref=request.reference, id=args.id)
        args.reason = None
        _pass_gate(db, staff, args)
        if request.status is RequestStatus.RECEIVED:
            request = requests.confirm_identity(staff, request.id)
        service = ErasureService(db, ledger_file(locations),
                                 backups=lambda at: backups_holding(db, locations, at))
        result = service.erase(staff, request.id, args.lang)
    finally:
        db.close()
    password = None
    if args.password_protect:
        from .reports.access_report import new_report_password

        password = new_report_password()
    pdf = io.BytesIO()  # the erasure is done: make the receipt before touching the file system
    render_receipt(result.receipt, pdf, password=password)
    partial = out.with_name(out.name + ".partial")
    partial.write_bytes(pdf.getvalue())
    partial.replace(out)
    kept = result.summary.kept_count
    print(f"Customer {result.summary.customer_id} erased (request {result.receipt.reference}); "
          f"{kept} accounting record(s) kept without the person's contact data. Receipt: {out}")
    if password:
        print(f"Password (give it to the person separately, not in the same email): {password}")
    return 0


def _backup_passphrase(confirm: bool) -> str:
    value = os.environ.get(ENV_BACKUP_PASSPHRASE)
    if value:
        return value
    if not sys.stdin.isatty():
        raise KunderegError("No backup passphrase: set {env} or run in a terminal.", env=ENV_BACKUP_PASSPHRASE)
    value = getpass.getpass("Backup passphrase: ")
    if confirm and getpass.getpass("Repeat the passphrase: ") != value:
        raise KunderegError("The passphrases do not match.")
    return value


def cmd_backup(args, locations: Locations) -> int:
    from pathlib import Path

    from .services.backup import take_backup, verify_backup

    if args.verify:
        meta = verify_backup(Path(args.verify), _backup_passphrase(confirm=False))
        print(f"{args.verify}: intact; taken {meta['taken_at']}, schema {meta['schema']}, "
              f"{meta['plain_size']} bytes of register.")
        return 0
    out = Path(args.out) if args.out else None
    if out is not None and not out.is_dir():
        raise KunderegError("The folder for --out does not exist: {folder}", folder=str(out))
    db = _open(locations)
    try:
        staff = _login(args, db) if (args.user or os.environ.get(ENV_USER)) else None
        result = take_backup(staff, db, locations, _backup_passphrase(confirm=True), out,
                             keep_daily=args.keep_daily, keep_weekly=args.keep_weekly)
    finally:
        db.close()
    print(f"Backup written and verified: {result.path} ({result.size_bytes / 1e6:.1f} MB)")
    return 0


def cmd_restore(args, locations: Locations) -> int:
    from pathlib import Path

    from .services.backup import read_header, restore_backup

    path = Path(args.file)
    _, meta = read_header(path)
    if not args.yes:
        if not sys.stdin.isatty():
            raise KunderegError("Restoring replaces the register: confirm with --yes.")
        answer = input(f"Replace the register at {_where(locations)} with the backup taken {meta['taken_at']}? "
                       "[y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was changed.")
            return 1
    report = restore_backup(path, _backup_passphrase(confirm=False), locations)
    print(f"Register restored from the backup taken {report.taken_at:%Y-%m-%d %H:%M} UTC; "
          f"{report.reerased} person(s) erased since then were erased again.")
    return 0


def cmd_retention(args, locations: Locations) -> int:
    from .services.register import ledger_file
    from .services.retention import run_retention

    db = _open(locations)
    try:
        report = run_retention(db, _login(args, db), apply=args.apply, ledger=ledger_file(locations))
    finally:
        db.close()
    if args.json:
        print(json.dumps(asdict(report), default=_json_default, indent=2))
        return 0
    verb = "Erased" if report.applied else "Would erase"
    if report.inactive_years:
        print(f"{verb} {len(report.customers)} customer(s) inactive for {report.inactive_years} years "
              f"(no activity since {report.inactive_before}): {_ids(report.customers)}")
        if report.skipped_open_orders:
            print(f"  kept for now, orders still open: {_ids(report.skipped_open_orders)}")
        if report.skipped_restricted:
            print(f"  kept, restricted (Art. 18): {_ids(report.skipped_restricted)}")
    else:
        print("No rule for inactive customers is set.")
    print(f"{'Deleted' if report.applied else 'Would delete'} {report.records_past_retention} anonymised "
          "accounting record(s) past their retention date.")
    if report.consent_years:
        print(f"{'Expired' if report.applied else 'Would expire'} {report.consents_expired} consent(s) older "
              f"than {report.consent_years} years.")
    if not report.applied and report.changes:
        print("Nothing was changed; run with --apply to carry this out.")
    return 0


def _ids(ids: Sequence[int]) -> str:
    shown = ", ".join(map(str, ids[:20]))
    return (shown + f" and {len(ids) - 20} more") if len(ids) > 20 else (shown or "none")


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


COMMANDS = {"init": cmd_init, "demo": cmd_demo, "search": cmd_search, "show": cmd_show, "audit": cmd_audit,
            "staff": cmd_staff, "requests": cmd_requests, "request": cmd_request, "report": cmd_report,
            "marketing-list": cmd_marketing_list, "notice": cmd_notice, "ropa": cmd_ropa, "export": cmd_export,
            "erase": cmd_erase, "backup": cmd_backup, "restore": cmd_restore, "retention": cmd_retention}


if __name__ == "__main__":
    sys.exit(main())
