"""`kundereg search`, `show` and `customer add|edit`: finding a customer, one customer's record,
registering a new one and changing one (with the version check the GUI's form has)."""
from __future__ import annotations

from dataclasses import asdict

from ..domain.records import CUSTOMER_FIELDS
from .common import (add_gate_arguments, add_json_argument, opened, output, pass_gate, positive_int, print_json,
                     print_table, shop_locale)


def add_parser(sub) -> None:
    p = sub.add_parser("search", help="find customers by name, company, email, city or phone")
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--limit", type=positive_int, default=20, metavar="N")
    add_json_argument(p)
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("show", help="show one customer with purchase history (needs a verification or a reason)")
    p.add_argument("id", type=positive_int, metavar="ID")
    add_json_argument(p)
    add_gate_arguments(p, reason=True)
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("customer", help="register a new customer or change one")
    customer_sub = p.add_subparsers(dest="customer_command", metavar="ACTION", required=True)
    q = customer_sub.add_parser("add", help="register a customer; prints the new customer number")
    _field_arguments(q)
    add_json_argument(q)
    q.set_defaults(handler=cmd_customer_add)
    q = customer_sub.add_parser("edit", help="change the fields given; an empty value clears a field "
                                             "(needs a verification or a reason)")
    q.add_argument("id", type=positive_int, metavar="ID")
    _field_arguments(q)
    q.add_argument("--expected-version", type=positive_int, metavar="N",
                   help="refuse if the customer was saved since version N (as 'show' prints it)")
    add_gate_arguments(q, reason=True)
    add_json_argument(q)
    q.set_defaults(handler=cmd_customer_edit)


def _field_arguments(parser) -> None:
    for name in CUSTOMER_FIELDS:
        option = "--" + ("company" if name == "company_name" else name.replace("_", "-"))
        parser.add_argument(option, dest=name, metavar="TEXT" if name == "notes" else "VALUE")


def _given(args) -> dict[str, str]:
    return {name: getattr(args, name) for name in CUSTOMER_FIELDS if getattr(args, name) is not None}


def cmd_search(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        hits = reg.customers.search(staff, args.text, limit=args.limit)
    output(args, ("ID", "Name", "Mobile", "Email"),
           [(h.id, h.display_name, h.masked_mobile, h.masked_email) for h in hits],
           [{**asdict(h), "name": h.display_name} for h in hits], empty="No customers found.")
    return 0


def cmd_show(args, locations) -> int:
    from ..domain.formatting import format_datetime, format_date, format_money, format_phone

    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.id)
        customer = reg.customers.get(staff, args.id)
        history = reg.purchases.history(staff, args.id)
        locale = shop_locale(reg)
    if args.json:
        print_json({**asdict(customer), "purchases": [asdict(p) for p in history.purchases],
                    "totals": history.totals_by_currency})
        return 0
    print(f"{customer.display_name}  (customer {customer.id}, version {customer.version})")
    for label, value in (("Mobile", format_phone(customer.mobile)), ("Email", customer.email),
                         ("Address", ", ".join(x for x in (customer.street, customer.postal_code,
                                                           customer.city) if x)),
                         ("Country", customer.country), ("Company", customer.company_name),
                         ("Org. number", customer.org_number), ("Invoice email", customer.invoice_email),
                         ("Notes", customer.notes)):
        if value:
            print(f"  {label + ':':15}{value}")
    print(f"  {'Created:':15}{format_datetime(customer.created_at, locale)}")
    print(f"\nPurchases ({len(history.purchases)}):")
    if history.purchases:
        print_table(("No.", "Date", "Status", "Total", "Description"),
                    [(p.number, format_date(p.purchased_at, locale), p.status.value.replace("_", " "),
                      format_money(p.total_minor, p.currency, locale), p.summary) for p in history.purchases])
    for currency, total in history.totals_by_currency.items():
        print(f"Total {format_money(total, currency, locale)}")
    return 0


def cmd_customer_add(args, locations) -> int:
    from ..domain.records import CustomerInput

    with opened(args, locations) as (reg, staff):
        customer = reg.customers.create(staff, CustomerInput(**_given(args)))
    if args.json:
        print_json(asdict(customer))
    else:
        print(f"Customer {customer.id} added: {customer.display_name}")
    return 0


def cmd_customer_edit(args, locations) -> int:
    from dataclasses import replace

    from ..domain.errors import KunderegError

    changes = _given(args)
    if not changes:
        raise KunderegError("Say what to change, e.g. --mobile or --email (see kundereg customer edit --help).")
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.id)
        current = reg.customers.get(staff, args.id)
        expected = args.expected_version or current.version
        customer = reg.customers.update(staff, args.id, expected, replace(current.as_input(), **changes))
    if args.json:
        print_json(asdict(customer))
    else:
        print(f"Customer {customer.id} saved (version {customer.version}).")
    return 0
