"""The counter's day from a script: `kundereg order add|ready|handover|deliver|return|cancel`,
`kundereg pickup` and `kundereg service-event add`, on the services the GUI uses.

Recording an order or a service event shows the customer's data to whoever runs it, so the
identity gate applies (``--verified-by`` or ``--reason``); moving a ticket on does not (the
ticket is what the person shows at the counter, as in the GUI's pickup list).
"""
from __future__ import annotations

from dataclasses import asdict

from ..domain.enums import PurchaseStatus, ServiceEventKind
from ..domain.errors import ValidationError
from .common import add_gate_arguments, add_json_argument, opened, output, pass_gate, positive_int, print_json, \
    shop_locale
from .printing import ticket_number

# The command's word for each step and the status it moves the ticket to.
STEPS: dict[str, tuple[PurchaseStatus, str]] = {
    "ready": (PurchaseStatus.READY, "mark a ticket ready for collection; queues the pickup notice"),
    "handover": (PurchaseStatus.PICKED_UP, "the customer collected the goods"),
    "deliver": (PurchaseStatus.DELIVERED, "the goods were delivered to the customer"),
    "return": (PurchaseStatus.RETURNED, "goods handed over came back"),
    "cancel": (PurchaseStatus.CANCELLED, "cancel an order that was not handed over"),
}
LINE_HELP = 'an order line as TEXT:QUANTITY:PRICE, e.g. "Shirt:2:79,00" (repeat for more lines)'


def add_parser(sub) -> None:
    p = sub.add_parser("order", help="record an order and move its ticket on (ready, handover, ...)")
    order_sub = p.add_subparsers(dest="order_command", metavar="ACTION", required=True)
    q = order_sub.add_parser("add", help="record an order for a customer; prints the ticket number")
    q.add_argument("customer", type=positive_int, metavar="CUSTOMER_ID")
    q.add_argument("--line", action="append", required=True, metavar="TEXT:QTY:PRICE", help=LINE_HELP)
    q.add_argument("--due", metavar="YYYY-MM-DD", help="when the order is promised")
    q.add_argument("--note", metavar="TEXT", help="a note on the order")
    add_gate_arguments(q, reason=True)
    add_json_argument(q)
    q.set_defaults(handler=cmd_order_add)
    for word, (_, text) in STEPS.items():
        q = order_sub.add_parser(word, help=text)
        q.add_argument("ticket", type=ticket_number, metavar="TICKET", help="ticket number or scanned ticket code")
        if word == "ready":
            q.add_argument("--no-notify", action="store_true", help="do not send the customer a notice")
        q.set_defaults(handler=cmd_order_step, no_notify=False)

    p = sub.add_parser("pickup", help="tickets ready for pickup, oldest first (mobile numbers masked)")
    add_json_argument(p)
    p.set_defaults(handler=cmd_pickup)

    p = sub.add_parser("service-event", help="returns, complaints and repairs")
    event_sub = p.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    q = event_sub.add_parser("add", help="record a return, complaint or repair for a customer")
    q.add_argument("customer", type=positive_int, metavar="CUSTOMER_ID")
    q.add_argument("--kind", required=True, choices=[k.value for k in ServiceEventKind])
    q.add_argument("--text", required=True, metavar="TEXT", help="what happened")
    q.add_argument("--ticket", type=ticket_number, metavar="TICKET", help="the order it is about")
    add_gate_arguments(q, reason=True)
    q.set_defaults(handler=cmd_event_add)


def parse_lines(values: list[str]):
    """``TEXT:QTY:PRICE`` as order lines; the first bad one is refused naming its number."""
    from ..domain import validation as v
    from ..domain.records import PurchaseLineInput

    lines = []
    for n, value in enumerate(values, 1):
        text, quantity, price = ([""] * 3 + value.rsplit(":", 2))[-3:]
        if not text.strip() or not quantity.strip().isdigit():
            raise ValidationError("line", "number {n} is not written as TEXT:QUANTITY:PRICE (for example "
                                          "\"Shirt:2:79,00\").", n=n)
        try:
            minor = v.parse_money(price, "unit_price")
        except ValidationError as exc:
            raise ValidationError("line", "number {n} has no price such as 79,00 after its last colon.",
                                  n=n) from exc
        lines.append(PurchaseLineInput(text.strip(), int(quantity), minor))
    return tuple(lines)


def parse_due(value: str | None):
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise ValidationError("due_date", "must be a date like 2026-01-31.") from None


def cmd_order_add(args, locations) -> int:
    from ..domain.formatting import format_date, format_money
    from ..domain.records import PurchaseInput

    # Checked before anything is opened: bad input writes nothing, not even the identity check.
    order = PurchaseInput(description=args.note, lines=parse_lines(args.line), due_date=parse_due(args.due))
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.customer)
        purchase = reg.purchases.record(staff, args.customer, order)
        locale = shop_locale(reg)
    if args.json:
        print_json(asdict(purchase))
        return 0
    due = f", due {format_date(purchase.due_date, locale)}" if purchase.due_date else ""
    print(f"Ticket {purchase.number} recorded for customer {args.customer}: "
          f"{format_money(purchase.total_minor, purchase.currency, locale)}{due}")
    return 0


def cmd_order_step(args, locations) -> int:
    status, _ = STEPS[args.order_command]
    with opened(args, locations) as (reg, staff):
        purchase_id = reg.notices.ticket_id(staff, args.ticket)
        ticket = reg.purchases.set_status(staff, purchase_id, status, notify=not args.no_notify)
        entries = reg.notices.outbox(staff, purchase_id=purchase_id, limit=1) if status is PurchaseStatus.READY \
            else []
    if status is not PurchaseStatus.READY:
        print(f"ticket {ticket.number} is {status_word(ticket.status)}")
    elif args.no_notify or not entries:
        print(f"ticket {ticket.number} is ready; no notice")
    elif entries[0].reason:
        print(f"ticket {ticket.number} is ready; the notice cannot be sent: {entries[0].reason_text}")
    else:
        print(f"ticket {ticket.number} is ready; {entries[0].channel.value} notice queued")
    return 0


def status_word(status: PurchaseStatus) -> str:
    return status.value.replace("_", " ")


def cmd_pickup(args, locations) -> int:
    from ..domain.access import mask_phone
    from ..domain.formatting import format_date, format_money

    with opened(args, locations) as (reg, staff):
        tickets = reg.purchases.ready_for_pickup(staff)
        locale = shop_locale(reg)
    # Masked as in search and the GUI's list: the full number is for the notice, not the screen.
    shown = [{"ticket": t.number, "customer_id": t.customer_id, "name": t.customer_name,
              "mobile": mask_phone(t.mobile), "description": t.description, "total_minor": t.total_minor,
              "currency": t.currency, "ready_since": t.ready_since} for t in tickets]
    output(args, ("Ticket", "Customer", "Mobile", "Items", "Total", "Ready since"),
           [(t["ticket"], t["name"], t["mobile"] or "", t["description"] or "",
             format_money(t["total_minor"], t["currency"], locale), format_date(t["ready_since"], locale))
            for t in shown], shown, empty="No tickets are waiting for pickup.")
    return 0


def cmd_event_add(args, locations) -> int:
    from ..domain import validation as v

    v.text("description", args.text, required=True, multiline=True)  # before the gate writes its check
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.customer)
        purchase_id = reg.notices.ticket_id(staff, args.ticket) if args.ticket is not None else None
        event = reg.purchases.add_service_event(staff, args.customer, args.kind, args.text, purchase_id=purchase_id)
    print(f"Service event {event.id} ({event.kind.value}) recorded for customer {args.customer}.")
    return 0
