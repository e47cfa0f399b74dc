"""`kundereg erase` (on the person's request) and `kundereg retention` (the shop's rules)."""
from __future__ import annotations

from dataclasses import asdict

from ..domain.enums import RequestChannel
from ..domain.languages import LANGUAGES
from .common import add_destination, add_gate_arguments, add_json_argument, checked_out, gate_options, id_list, \
    opened, positive_int, print_json, printed, shop_locale

PASSWORD_NOTE = "Password (give it to the person separately, not in the same email): {password}"


def add_parser(sub) -> None:
    p = sub.add_parser("erase", help="erase one person on their request (GDPR Art. 17) and write the receipt (owner)",
                       description="Erase a customer through their erasure request: contact data, notes, "
                                   "consents, service events and search entries are deleted; purchases the "
                                   "bookkeeping act keeps stay as anonymous accounting records until their "
                                   "retention date. Uses the customer's open erasure request (or --request), "
                                   "registering one when there is none, and writes the erasure receipt PDF; "
                                   "the shop's copy is filed in receipts/ in the data directory.")
    p.add_argument("id", type=positive_int, metavar="ID")
    add_gate_arguments(p)
    p.add_argument("--lang", required=True, choices=LANGUAGES, help="language of the receipt")
    add_destination(p, "--receipt", help="where to write the erasure receipt")
    p.add_argument("--request", metavar="REF", help="the erasure request this answers (default: the open one)")
    p.add_argument("--channel", choices=[c.value for c in RequestChannel], default="counter",
                   help="how the request came in, when a new one is registered (default counter)")
    p.add_argument("--password-protect", action="store_true",
                   help="encrypt the receipt file with AES-256; the password is printed for you to pass on "
                        "(not with --printer)")
    p.set_defaults(handler=cmd_erase)

    p = sub.add_parser("retention", help="apply the shop's retention rules (dry run unless --apply) (owner)",
                       description="Erase customers inactive for longer than the shop's setting, delete "
                                   "anonymised accounting records past their retention date and expire old "
                                   "consents. Without --apply it only lists what would happen.")
    p.add_argument("--apply", action="store_true", help="carry the changes out")
    add_json_argument(p)
    p.set_defaults(handler=cmd_retention)


def cmd_erase(args, locations) -> int:
    from ..domain.errors import KunderegError
    from ..services.files import write_bytes_atomically

    if args.printer is not None:  # checked first: the erasure is not undone when the printer is missing
        from ..services.printing import require_printer

        if args.password_protect:
            raise KunderegError("--password-protect is for a file; a printed receipt is handed over in person.")
        require_printer(args.printer)
        out = None
    else:
        out = checked_out(args.receipt, "--receipt")
    with opened(args, locations) as (reg, staff):
        done = reg.erasure.erase_on_request(staff, args.id, language=args.lang, channel=args.channel,
                                            request_ref=args.request, password_protect=args.password_protect,
                                            **gate_options(args))
    result = done.result
    print(f"Customer {result.summary.customer_id} erased (request {result.receipt.reference}); "
          f"{result.summary.kept_count} accounting record(s) kept without the person's contact data.")
    if out is not None:
        write_bytes_atomically(out, done.receipt_pdf)
        print(f"Receipt: {out}")
    else:
        print(f"Receipt {printed(done.receipt_pdf, args.printer, 'erasure receipt')}")
    if result.receipt_path is not None:
        print(f"The shop's copy is filed as {result.receipt_path}")
    if done.password:
        print(PASSWORD_NOTE.format(password=done.password))
    return 0


def cmd_retention(args, locations) -> int:
    from ..domain.formatting import format_date

    with opened(args, locations) as (reg, staff):
        report = reg.retention(staff, apply=args.apply)
        locale = shop_locale(reg)
    if args.json:
        print_json(asdict(report))
        return 0
    verb = "Erased" if report.applied else "Would erase"
    if report.inactive_years:
        print(f"{verb} {len(report.customers)} customer(s) inactive for {report.inactive_years} years "
              f"(no activity since {format_date(report.inactive_before, locale)}): {id_list(report.customers)}")
        if report.skipped_open_orders:
            print(f"  kept for now, orders still open: {id_list(report.skipped_open_orders)}")
        if report.skipped_restricted:
            print(f"  kept, restricted (Art. 18): {id_list(report.skipped_restricted)}")
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
