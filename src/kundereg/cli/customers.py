"""`kundereg search` and `kundereg show`: finding a customer, and one customer's record."""
from __future__ import annotations

from dataclasses import asdict

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


def cmd_search(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        hits = reg.customers.search(staff, args.text, limit=args.limit)
    output(args, ("ID", "Name", "Mobile", "Email"),
           [(h.id, h.display_name, h.masked_mobile, h.masked_email) for h in hits],
           [{**asdict(h), "name": h.display_name} for h in hits], empty="No customers found.")
    return 0


def cmd_show(args, locations) -> int:
    from ..domain.formatting import format_datetime, format_date, format_money

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
    for label, value in (("Mobile", customer.mobile), ("Email", customer.email),
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
                    [(p.number, format_date(p.purchased_at, locale), p.status.value,
                      format_money(p.total_minor, p.currency, locale), p.summary) for p in history.purchases])
    for currency, total in history.totals_by_currency.items():
        print(f"Total {format_money(total, currency, locale)}")
    return 0
