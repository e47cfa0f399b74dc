"""`kundereg requests` and `kundereg request`: data-subject requests and their steps."""
from __future__ import annotations

from dataclasses import asdict

from ..domain.enums import RequestChannel, RequestType
from ..domain.errors import KunderegError
from .common import add_gate_arguments, add_json_argument, opened, output, pass_gate, positive_int, shop_locale, utc_date


def add_parser(sub) -> None:
    p = sub.add_parser("requests", help="data-subject requests, open ones by days left (owner)")
    p.add_argument("--open", action="store_true", help="only requests not yet answered")
    add_json_argument(p)
    p.set_defaults(handler=cmd_requests)

    p = sub.add_parser("request", help="register and handle one data-subject request")
    req_sub = p.add_subparsers(dest="request_command", metavar="ACTION", required=True)
    q = req_sub.add_parser("add", help="register a request (counter staff may)")
    q.add_argument("customer", type=positive_int, metavar="CUSTOMER_ID")
    q.add_argument("--type", required=True, choices=[t.value for t in RequestType])
    q.add_argument("--channel", required=True, choices=[c.value for c in RequestChannel])
    q.add_argument("--received", type=utc_date, metavar="YYYY-MM-DD", help="default: today")
    q = req_sub.add_parser("verify", help="record how the requester's identity was checked")
    q.add_argument("reference", metavar="REF")
    add_gate_arguments(q)
    q = req_sub.add_parser("start", help="mark as in progress")
    q.add_argument("reference", metavar="REF")
    q = req_sub.add_parser("complete", help="answer the request by applying what it asks for",
                           description="Completes the request by doing what it asks, in one transaction: a "
                                       "rectification writes the --set values, a restriction restricts the "
                                       "record (Art. 18), an objection ends direct marketing and withdraws its "
                                       "consents (Art. 21), a consent withdrawal withdraws the consents (all "
                                       "active ones, or --set purpose=KEY). An erasure request is completed by "
                                       "'kundereg erase ID --request REF'. Access and portability are answered "
                                       "with 'report access' and 'export'.")
    q.add_argument("reference", metavar="REF")
    q.add_argument("--set", dest="changes", action="append", default=[], metavar="FIELD=VALUE",
                   help="a corrected value for a rectification (first-name, last-name, mobile, email, street, "
                        "postal-code, city, country, company, org-number, invoice-email, notes), or "
                        "purpose=KEY for a consent withdrawal; repeat for more")
    q = req_sub.add_parser("refuse", help="refuse, with the reason given to the person")
    q.add_argument("reference", metavar="REF")
    q.add_argument("--reason", required=True)
    q = req_sub.add_parser("extend", help="extend the deadline by 1 or 2 months (Art. 12(3)), with a reason")
    q.add_argument("reference", metavar="REF")
    q.add_argument("--months", type=int, required=True, choices=[1, 2])
    q.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_request)


def cmd_requests(args, locations) -> int:
    from ..domain.formatting import format_date

    with opened(args, locations) as (reg, staff):
        listed = reg.requests.requests(staff, open_only=args.open)
        locale = shop_locale(reg)
    output(args, ("Ref.", "Type", "Customer", "Received", "Due", "Days left", "Status"),
           [(r.reference, r.kind.value.replace("_", " "), r.customer_id or "(erased)",
             format_date(r.received_on, locale), format_date(r.due_on, locale),
             (f"{r.days_left} OVERDUE" if r.overdue else r.days_left) if r.open else "",
             r.status.value.replace("_", " "))
            for r in listed],
           [{**asdict(r), "overdue": r.overdue} for r in listed], empty="No requests.")
    return 0


def cmd_request(args, locations) -> int:
    from ..domain.formatting import format_date

    with opened(args, locations) as (reg, staff):
        service = reg.requests
        if args.request_command == "add":
            _check_received(args.received, reg)
            r = service.register(staff, args.customer, args.type, args.channel,
                                 received_on=args.received.date() if args.received else None)
        else:
            r = service.by_reference(staff, args.reference)
            if args.request_command == "verify":
                if r.customer_id is None:
                    raise KunderegError("Request {ref} has no customer any more.", ref=r.reference)
                pass_gate(args, reg, staff, r.customer_id)
                r = service.confirm_identity(staff, r.id)
            elif args.request_command == "start":
                r = service.start(staff, r.id)
            elif args.request_command == "complete":
                r = service.complete(staff, r.id, _changes(args.changes))
            elif args.request_command == "refuse":
                r = service.refuse(staff, r.id, args.reason)
            else:
                r = service.extend(staff, r.id, args.months, args.reason)
        locale = shop_locale(reg)
    print(f"Request {r.reference} ({r.kind.value.replace('_', ' ')}): {r.status.value.replace('_', ' ')}, "
          f"due {format_date(r.due_on, locale)}.")
    return 0


def _check_received(received, reg) -> None:
    """A request cannot have arrived before the register existed, nor in the future."""
    from datetime import date

    from ..domain.errors import ValidationError
    from ..services.register import created_on

    if received is None:
        return
    if received.date() > date.today():
        raise ValidationError("received_on", "cannot be in the future.")
    first = created_on(reg.db)
    if first is not None and received.date() < first:
        raise ValidationError("received_on", "cannot be before the register was set up ({day}).",
                              day=first.isoformat())


def _changes(values: list[str]) -> dict[str, str]:
    """``--set FIELD=VALUE`` as a mapping; a value may itself hold '=' (only the first splits)."""
    from ..domain.errors import ValidationError

    changes = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name.strip():
            raise ValidationError("field", "write --set as FIELD=VALUE, for example --set email=kari@example.no.")
        changes[name.strip()] = text
    return changes
