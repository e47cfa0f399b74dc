"""`kundereg audit`: checking and reading the audit trail (owner)."""
from __future__ import annotations

import json
import sys

from ..domain.errors import KunderegError
from .common import add_json_argument, opened, output, positive_int, records, shop_locale, utc_date


def add_parser(sub) -> None:
    p = sub.add_parser("audit", help="the audit trail (owner)")
    audit_sub = p.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    q = audit_sub.add_parser("verify", help="check the hash chain; exit 0 if intact, 1 naming the first broken entry")
    q.set_defaults(handler=cmd_verify)
    q = audit_sub.add_parser("list", help="list entries, newest first")
    q.add_argument("--customer", type=positive_int, metavar="ID")
    q.add_argument("--staff", metavar="USER")
    q.add_argument("--since", type=utc_date, metavar="YYYY-MM-DD")
    q.add_argument("--limit", type=positive_int, default=50, metavar="N")
    add_json_argument(q)
    q.set_defaults(handler=cmd_list)


def cmd_verify(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        report = reg.audit.verify(staff)
    if report.intact:
        print(f"Audit trail intact: {report.entries} entries.")
        if report.anchor_file:
            print(f"Checked against {report.anchors} anchor(s) in {report.anchor_file}"
                  + (f", the newest vouching for entries up to {report.anchored_up_to}." if report.anchored_up_to
                     else "."))
        else:
            print("No anchor file was found beside the register: only the chain itself was checked.")
        print(f"Staff accounts checked against the trail: {report.staff_checked}.")
        return 0
    where = f"entry {report.first_broken_id}" if report.first_broken_id is not None else "the staff accounts"
    print(f"kundereg: audit trail broken at {where}: {report.problem}.", file=sys.stderr)
    return 1


def cmd_list(args, locations) -> int:
    from ..domain.formatting import format_datetime

    with opened(args, locations) as (reg, staff):
        staff_id = None
        if args.staff:
            matches = [m.id for m in reg.auth.list_staff(staff) if m.username == args.staff.lower()]
            if not matches:
                raise KunderegError("No staff member is called {name}.", name=args.staff)
            staff_id = matches[0]
        entries = reg.audit.entries(staff, customer_id=args.customer, staff_id=staff_id, since=args.since,
                                    limit=args.limit)
        locale = shop_locale(reg)
    output(args, ("No.", "Time", "Staff", "Action", "Customer", "Details"),
           [(e.id, format_datetime(e.at, locale), e.staff_name, e.action, e.customer_id,
             json.dumps(e.details, ensure_ascii=False)) for e in entries], records(entries))
    return 0
