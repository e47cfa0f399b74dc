"""Printing: ``kundereg print ticket|tags TICKET`` writes the counter ticket or the garment tags
of one order to a PDF file (``--out``) or sends them to a CUPS printer (``--printer``).

TICKET is the ticket number or the code on its barcode (``KR0004270``). The ticket names the
customer, so the identity gate applies as for ``show`` (``--verified-by`` or ``--reason``).
"""
from __future__ import annotations

import argparse

from ..domain.access import DEFAULT_REASONS
from ..domain.errors import KunderegError
from ..domain.ticket_code import parse_ticket_code
from ..domain.ticket_data import DEFAULT_LABEL, LABEL_SIZES, TagMode, TicketFormat
from .common import VERIFIED_BY_HELP, checked_out, gate_method, opened, pass_gate


def ticket_number(value: str) -> int:
    number = parse_ticket_code(value)
    if number is None and value.isdigit() and int(value) > 0:
        number = int(value)
    if number is None:
        raise argparse.ArgumentTypeError(f"'{value}' is neither a ticket number nor a ticket code")
    return number


def add_parser(sub) -> None:
    p = sub.add_parser("print", help="print a counter ticket or garment tags (to a PDF file or a printer)")
    kinds = p.add_subparsers(dest="print_command", metavar="WHAT", required=True)
    for kind, text in (("ticket", "the customer's ticket with its barcode"),
                       ("tags", "garment tags: ticket number, piece n of m and barcode")):
        q = kinds.add_parser(kind, help=text)
        q.add_argument("ticket", type=ticket_number, metavar="TICKET", help="ticket number or scanned ticket code")
        if kind == "ticket":
            q.add_argument("--format", choices=[f.value for f in TicketFormat], default=TicketFormat.RECEIPT80.value)
        else:
            q.add_argument("--label", choices=sorted(LABEL_SIZES), default=DEFAULT_LABEL, help="label size in mm")
            q.add_argument("--per", choices=[m.value for m in TagMode], default=TagMode.PER_PIECE.value,
                           help="one tag per piece (default) or per order line")
        where = q.add_mutually_exclusive_group(required=True)
        where.add_argument("--out", metavar="FILE.pdf")
        where.add_argument("--printer", metavar="NAME", help="a CUPS printer (lpstat -e lists them)")
        # Not required: an order without a customer needs no identity check.
        gate = q.add_mutually_exclusive_group()
        gate.add_argument("--verified-by", metavar="METHOD", type=gate_method, help=VERIFIED_BY_HELP)
        gate.add_argument("--reason", metavar="PURPOSE",
                          help="business reason without the person present: " + ", ".join(DEFAULT_REASONS))
        q.set_defaults(handler=cmd_print)


def cmd_print(args, locations) -> int:
    from ..services.tickets import TicketService

    out = checked_out(args.out) if args.out else None
    with opened(args, locations) as (reg, staff):
        tickets = TicketService(reg.db)
        customer = tickets.customer_of(staff, args.ticket)
        if customer is not None:
            if not (args.verified_by or args.reason):
                raise KunderegError("The ticket names its customer: say how their identity was checked "
                                    "(--verified-by or --reason).")
            pass_gate(args, reg, staff, customer)
        data = tickets.ticket(staff, args.ticket, purpose=args.print_command)
    if args.print_command == "ticket":
        from ..reports.ticket import render_ticket

        pdf, what = render_ticket(data, args.format), f"Ticket {data.number} ({args.format})"
    else:
        from ..domain.ticket_data import tags_for
        from ..reports.tags import render_tags

        pdf = render_tags(data, args.label, args.per)
        what = f"{len(tags_for(data, args.per))} tags of ticket {data.number} ({args.label} mm)"
    if out is not None:
        from ..services.files import write_atomically

        write_atomically(out, lambda path: path.write_bytes(pdf))
        print(f"{what} written to {out}")
        return 0
    from ..services.printing import print_pdf

    job = print_pdf(pdf, args.printer, title=f"kundereg {args.print_command} {data.number}")
    print(f"{what} sent to {args.printer} (job {job or 'queued'})")
    return 0
