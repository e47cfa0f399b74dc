"""CLI commands for notices and the price list, as one area module for the `kundereg` CLI.

    kundereg order ready TICKET [--no-notify]
    kundereg notify outbox [--json] [--ticket N] | notify retry | notify send | notify test --to NUMBER|EMAIL
    kundereg prices list [--json] | prices import FILE | prices export FILE

``add_parsers(subparsers)`` adds the three commands; ``run(args, locations)`` runs one and returns
the exit code; ``COMMANDS`` maps each command name to ``run`` for the CLI's dispatch table.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path

from .domain.errors import KunderegError
from .locations import Locations, resolve

ENV_PASSWORD = "KUNDEREG_PASSWORD"
ENV_USER = "KUNDEREG_USER"


def add_parsers(sub) -> None:
    p = sub.add_parser("order", help="move a ticket on from the command line (a barcode scanner script)")
    order_sub = p.add_subparsers(dest="order_command", metavar="ACTION", required=True)
    q = order_sub.add_parser("ready", help="mark a ticket ready for collection; queues the pickup notice")
    q.add_argument("ticket", type=int, metavar="TICKET")
    q.add_argument("--no-notify", action="store_true", help="do not send the customer a notice")

    p = sub.add_parser("notify", help="pickup notices: the outbox, retries, sending, a test message")
    notify_sub = p.add_subparsers(dest="notify_command", metavar="ACTION", required=True)
    q = notify_sub.add_parser("outbox", help="messages and their state (no numbers, addresses or texts)")
    q.add_argument("--json", action="store_true")
    q.add_argument("--ticket", type=int, help="only the messages about this ticket")
    notify_sub.add_parser("retry", help="queue failed messages again (after fixing the settings)")
    notify_sub.add_parser("send", help="send what is due now and reminders (for a scheduled task)")
    q = notify_sub.add_parser("test", help="send a test message to the shop's own number or address (owner)")
    q.add_argument("--to", required=True, metavar="NUMBER|EMAIL")

    p = sub.add_parser("prices", help="the price list")
    prices_sub = p.add_subparsers(dest="prices_command", metavar="ACTION", required=True)
    q = prices_sub.add_parser("list", help="list items")
    q.add_argument("--json", action="store_true")
    q = prices_sub.add_parser("import", help="add or update items from CSV (name;price;vat;unit;kind;due_days)")
    q.add_argument("file", type=Path)
    q = prices_sub.add_parser("export", help="write the price list as CSV ('-' for standard output)")
    q.add_argument("file")


def run(args: argparse.Namespace, locations: Locations | None = None) -> int:
    locations = locations or resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    from .services.register import open_register

    db = open_register(locations)
    try:
        staff = _login(args, db)
        if args.command == "order":
            return _order(args, db, locations, staff)
        if args.command == "notify":
            return _notify(args, db, locations, staff)
        return _prices(args, db, staff)
    finally:
        db.close()


def _notices(db, locations: Locations):
    from .services.notice_secrets import KEY_FILE, SecretBox
    from .services.notices import NoticeService

    return NoticeService(db, SecretBox(locations.data_dir / KEY_FILE))


def _order(args, db, locations, staff) -> int:
    from .domain.enums import PurchaseStatus
    from .services.purchases import PurchaseService

    notices = _notices(db, locations)
    purchase_id = notices.ticket_id(staff, args.ticket)
    ticket = PurchaseService(db).set_status(staff, purchase_id, PurchaseStatus.READY, notify=not args.no_notify)
    entries = notices.outbox(staff, purchase_id=purchase_id, limit=1)
    if args.no_notify or not entries:
        print(f"ticket {ticket.number} is ready; no notice")
    elif entries[0].reason:
        print(f"ticket {ticket.number} is ready; the notice cannot be sent: {entries[0].reason_text}")
    else:
        print(f"ticket {ticket.number} is ready; {entries[0].channel.value} notice queued")
    return 0


def _notify(args, db, locations, staff) -> int:
    from .services.outbox import OutboxSender

    notices = _notices(db, locations)
    action = args.notify_command
    if action == "outbox":
        purchase_id = notices.ticket_id(staff, args.ticket) if args.ticket is not None else None
        entries = notices.outbox(staff, purchase_id=purchase_id)
        if args.json:
            print(json.dumps([asdict(e) for e in entries], default=_json_default, ensure_ascii=False, indent=2))
        else:
            _table(("id", "ticket", "kind", "channel", "state", "tries", "reason"),
                   [(e.id, e.ticket or "", e.kind.value, e.channel.value if e.channel else "", e.state.value,
                     e.attempts, e.reason_text or "") for e in entries])
        return 0
    if action == "retry":
        print(f"{notices.retry(staff)} messages queued again")
        return 0
    if action == "test":
        entry = notices.queue_test(staff, args.to)
        report = OutboxSender(db, notices.transports).run_until_idle()
        state = notices.outbox(staff, limit=50)
        mine = next(e for e in state if e.id == entry.id)
        print(f"test message {mine.state.value}" + (f": {mine.reason_text}" if mine.reason else ""))
        return 0 if report.sent else 1
    if action == "send":
        queued = notices.queue_reminders()
        sender = OutboxSender(db, notices.transports)
        report = sender.run_until_idle()
        delivered = sender.poll_deliveries()
        print(f"{report.sent} sent, {report.failed} failed, {report.retrying} to retry, {queued} reminders queued, "
              f"{delivered} delivered")
        return 0
    raise AssertionError(action)


def _prices(args, db, staff) -> int:
    from .services.files import write_bytes_atomically
    from .services.prices import PriceService

    prices = PriceService(db)
    action = args.prices_command
    if action == "list":
        items = prices.items(staff)
        if args.json:
            print(json.dumps([asdict(i) for i in items], ensure_ascii=False, indent=2))
        else:
            _table(("name", "price", "vat %", "unit", "kind", "due days"),
                   [(i.name, f"{i.price_minor / 100:.2f}", i.vat_percent, i.unit, i.kind.value,
                     "" if i.due_days is None else i.due_days) for i in items])
        return 0
    if action == "import":
        try:
            text = args.file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise KunderegError("Cannot read {file} ({kind}).", file=str(args.file), kind=type(exc).__name__) from None
        report = prices.import_csv(staff, text)
        for line, message in report.errors:
            print(f"line {line}: {message}", file=sys.stderr)
        print(f"{report.added} added, {report.updated} updated, {len(report.errors)} lines refused")
        return 1 if report.errors else 0
    if action == "export":
        text = prices.export_csv(staff)
        if args.file == "-":
            sys.stdout.write(text)
        else:
            write_bytes_atomically(Path(args.file), text.encode("utf-8"))
        return 0
    raise AssertionError(action)


def _login(args, db):
    import getpass

    from .services.auth import AuthService

    username = getattr(args, "user", None) or os.environ.get(ENV_USER)
    if not username:
        raise KunderegError("Say who is acting: --user NAME (or {env}).", env=ENV_USER)
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            raise KunderegError("No password: set {env} or run in a terminal.", env=ENV_PASSWORD)
        password = getpass.getpass(f"Password for {username}: ")
    return AuthService(db).login(username, password)


def _table(header, rows) -> None:
    widths = [min(50, max(len(str(r[i])) for r in [header, *rows])) for i in range(len(header))]
    for row in [header, *rows]:
        print("  ".join(str(cell)[:50].ljust(w) for cell, w in zip(row, widths)).rstrip())


def _json_default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(type(value).__name__)


COMMANDS = {"order": run, "notify": run, "prices": run}
