"""`kundereg notify` and `prices`: pickup notices from a script, the outbox, and the price list
(`kundereg order ready`, which queues the notice, is in cli/orders.py).

    kundereg notify outbox [--json] [--ticket N] | notify retry | notify send | notify test --to NUMBER|EMAIL
    kundereg prices list [--json] | prices import FILE | prices export FILE
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..domain.errors import KunderegError
from .common import add_json_argument, opened, output, positive_int, records, shop_locale


def add_parser(sub) -> None:
    p = sub.add_parser("notify", help="pickup notices: the outbox, retries, sending, a test message")
    notify_sub = p.add_subparsers(dest="notify_command", metavar="ACTION", required=True)
    q = notify_sub.add_parser("outbox", help="messages and their state (no numbers, addresses or texts)")
    add_json_argument(q)
    q.add_argument("--ticket", type=positive_int, help="only the messages about this ticket")
    q.set_defaults(handler=cmd_outbox)
    notify_sub.add_parser("retry", help="queue failed messages again (after fixing the settings)").set_defaults(
        handler=cmd_retry)
    notify_sub.add_parser("send", help="send what is due now and reminders (for a scheduled task)").set_defaults(
        handler=cmd_send)
    q = notify_sub.add_parser("test", help="send a test message to the shop's own number or address (owner)")
    q.add_argument("--to", required=True, metavar="NUMBER|EMAIL")
    q.set_defaults(handler=cmd_test)

    p = sub.add_parser("prices", help="the price list")
    prices_sub = p.add_subparsers(dest="prices_command", metavar="ACTION", required=True)
    q = prices_sub.add_parser("list", help="list items")
    add_json_argument(q)
    q.set_defaults(handler=cmd_prices_list)
    q = prices_sub.add_parser("import", help="add or update items from CSV (name;price;vat;unit;kind;due_days)")
    q.add_argument("file", type=Path)
    q.set_defaults(handler=cmd_prices_import)
    q = prices_sub.add_parser("export", help="write the price list as CSV ('-' for standard output)")
    q.add_argument("file")
    q.set_defaults(handler=cmd_prices_export)


def cmd_outbox(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        purchase_id = reg.notices.ticket_id(staff, args.ticket) if args.ticket is not None else None
        entries = reg.notices.outbox(staff, purchase_id=purchase_id)
    output(args, ("id", "ticket", "kind", "channel", "state", "tries", "reason"),
           [(e.id, e.ticket or "", e.kind.value, e.channel.value if e.channel else "", e.state.value,
             e.attempts, e.reason_text or "") for e in entries], records(entries), empty="The outbox is empty.")
    return 0


def cmd_retry(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        print(f"{reg.notices.retry(staff)} messages queued again")
    return 0


def cmd_test(args, locations) -> int:
    from ..services.outbox import OutboxSender

    with opened(args, locations) as (reg, staff):
        entry = reg.notices.queue_test(staff, args.to)
        report = OutboxSender(reg.db, reg.notices.transports).run_until_idle()
        mine = next(e for e in reg.notices.outbox(staff, limit=50) if e.id == entry.id)
    print(f"test message {mine.state.value}" + (f": {mine.reason_text}" if mine.reason else ""))
    return 0 if report.sent else 1


def cmd_send(args, locations) -> int:
    from ..services.outbox import OutboxSender

    with opened(args, locations) as (reg, staff):
        queued = reg.notices.queue_reminders()
        sender = OutboxSender(reg.db, reg.notices.transports)
        report = sender.run_until_idle()
        delivered = sender.poll_deliveries()
    print(f"{report.sent} sent, {report.failed} failed, {report.retrying} to retry, {queued} reminders queued, "
          f"{delivered} delivered")
    return 0


def cmd_prices_list(args, locations) -> int:
    from ..domain.formatting import format_amount

    with opened(args, locations) as (reg, staff):
        items = reg.prices.items(staff)
        where = shop_locale(reg)
    output(args, ("name", "price", "vat %", "unit", "kind", "due days"),
           [(i.name, format_amount(i.price_minor, where), i.vat_percent, i.unit, i.kind.value,
             "" if i.due_days is None else i.due_days) for i in items], records(items),
           empty="The price list is empty.")
    return 0


def cmd_prices_import(args, locations) -> int:
    try:
        text = args.file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise KunderegError("Cannot read {file} ({kind}).", file=str(args.file), kind=type(exc).__name__) from None
    with opened(args, locations) as (reg, staff):
        report = reg.prices.import_csv(staff, text)
    for line, message in report.errors:
        print(f"line {line}: {message}", file=sys.stderr)
    print(f"{report.added} added, {report.updated} updated, {len(report.errors)} lines refused")
    return 1 if report.errors else 0


def cmd_prices_export(args, locations) -> int:
    from ..services.files import write_bytes_atomically

    with opened(args, locations) as (reg, staff):
        text = reg.prices.export_csv(staff)
    if args.file == "-":
        sys.stdout.write(text)
    else:
        write_bytes_atomically(Path(args.file), text.encode("utf-8"))
    return 0
