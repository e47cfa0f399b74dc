"""Documents: the access report and the portability export about one person, the shop's privacy
notice and record of processing activities, and the marketing list. Every file is written
through ``services.files.write_atomically``: a failed run leaves nothing half-written."""
from __future__ import annotations

from ..domain.languages import LANGUAGES
import io

from ..domain.errors import KunderegError
from .common import add_destination, add_gate_arguments, checked_out, opened, output_format, pass_gate, positive_int, \
    printed
from .erasure import PASSWORD_NOTE


def add_parser(sub) -> None:
    p = sub.add_parser("notice", help="the shop's privacy notice from its profile, as PDF or HTML (owner)")
    p.add_argument("--lang", choices=LANGUAGES, help="language of the notice (default: the profile's document language)")
    p.add_argument("--format", choices=["pdf", "html"], help="default: from the extension of --out")
    add_destination(p, metavar="FILE", help="FILE.pdf or FILE.html")
    p.set_defaults(handler=cmd_notice)

    p = sub.add_parser("ropa", help="the record of processing activities (GDPR Art. 30(1)) as PDF or CSV (owner)")
    p.add_argument("--lang", choices=LANGUAGES, help="language (default: the profile's document language)")
    p.add_argument("--format", choices=["pdf", "csv"], help="default: from the extension of --out")
    add_destination(p, metavar="FILE", help="FILE.pdf or FILE.csv")
    p.set_defaults(handler=cmd_ropa)

    p = sub.add_parser("report", help="documents for one person (owner)")
    rep_sub = p.add_subparsers(dest="report_command", metavar="KIND", required=True)
    q = rep_sub.add_parser("access", help="the GDPR Art. 15 access report (innsyn) as PDF")
    q.add_argument("id", type=positive_int, metavar="ID")
    add_gate_arguments(q)
    q.add_argument("--lang", required=True, choices=LANGUAGES)
    add_destination(q)
    q.add_argument("--request", metavar="REF", help="the request this report answers")
    q.add_argument("--password-protect", action="store_true",
                   help="encrypt the file with AES-256; the password is printed for you to pass on separately "
                        "(not with --printer: paper is handed over in person)")
    q.set_defaults(handler=cmd_access_report)

    p = sub.add_parser("export", help="the GDPR Art. 20 portability export (ZIP with JSON and CSV) of one person "
                                      "(owner)",
                       description="Write the data the person provided and their purchases as a ZIP: "
                                   "kundereg-export.json (schema kundereg.portability, version 1; see "
                                   "docs/export-schema.md), person.csv, purchases.csv, purchase_lines.csv, "
                                   "consents.csv, service_events.csv and README.txt. The export is audited.")
    p.add_argument("id", type=positive_int, metavar="ID")
    add_gate_arguments(p)
    p.add_argument("--out", required=True, metavar="FILE.zip",
                   help="where to write the ZIP (written to FILE.zip.partial first)")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("marketing-list", help="CSV of everyone who may get marketing for a purpose (owner)")
    p.add_argument("--purpose", required=True, metavar="PURPOSE", help="the consent's purpose, e.g. newsletter, or existing-customers: "
                        "customers with a sale (the national existing-customer exemption, profile marketing f)")
    p.add_argument("--out", required=True, metavar="FILE.csv")
    p.set_defaults(handler=cmd_marketing_list)


def cmd_notice(args, locations) -> int:
    fmt = _format(args, ("pdf", "html"))
    with opened(args, locations) as (reg, staff):
        language = args.lang or reg.profile.profile().document_language
        where = _deliver(args, lambda out: reg.profile.write_notice(staff, language, fmt, out), "privacy notice")
    print(f"Privacy notice ({language}, {fmt}) {where}")
    return 0


def cmd_ropa(args, locations) -> int:
    fmt = _format(args, ("pdf", "csv"))
    with opened(args, locations) as (reg, staff):
        where = _deliver(args, lambda out: reg.profile.write_ropa(staff, fmt, out, language=args.lang),
                         "record of processing")
    print(f"Record of processing activities ({fmt}) {where}")
    return 0


def _format(args, allowed: tuple[str, ...]) -> str:
    """The format of --out (as output_format), or PDF for a printer, checked before anything is opened."""
    if args.printer is None:
        checked_out(args.out)
        return output_format(args, allowed)
    from ..services.printing import require_printer

    if (getattr(args, "format", None) or "pdf") != "pdf":
        raise KunderegError("A printer takes PDF: leave out --format, or write the file with --out.")
    require_printer(args.printer)
    return "pdf"


def _deliver(args, write, what: str) -> str:
    """``write(target)`` into args.out (atomically) or into memory for args.printer; says where it went."""
    if args.printer is None:
        from ..services.files import write_atomically

        out = checked_out(args.out)
        write_atomically(out, write)
        return f"written to {out}"
    buffer = io.BytesIO()  # in memory: a report about a person never lands in a temp file
    write(buffer)
    return printed(buffer.getvalue(), args.printer, what)


def cmd_access_report(args, locations) -> int:
    password = None
    if args.printer is not None:
        if args.password_protect:
            raise KunderegError("--password-protect is for a file; a printed report is handed over in person.")
        _format(args, ("pdf",))
    elif args.password_protect:
        from ..reports.page import new_report_password

        password = new_report_password()
    where = _about_person(args, locations, lambda reg, staff, out: reg.reports.access_report(
        staff, args.id, args.lang, out, password=password, request_reference=args.request), "access report")
    print(f"Access report {where}")
    if password:
        print(PASSWORD_NOTE.format(password=password))
    return 0


def cmd_export(args, locations) -> int:
    from ..services.files import write_atomically

    out = checked_out(args.out)
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.id)
        write_atomically(out, lambda path: reg.export.portability(staff, args.id, path))
    print(f"Portability export written to {out}")
    return 0


def _about_person(args, locations, write, what: str) -> str:
    """Log in, pass the identity gate for args.id, and let ``write(reg, staff, target)`` produce the
    document into args.out or for args.printer."""
    if args.printer is None:
        checked_out(args.out)
    with opened(args, locations) as (reg, staff):
        pass_gate(args, reg, staff, args.id)
        return _deliver(args, lambda target: write(reg, staff, target), what)


def cmd_marketing_list(args, locations) -> int:
    from ..reports.marketing_list import marketing_csv
    from ..services.files import write_bytes_atomically

    out = checked_out(args.out)
    with opened(args, locations) as (reg, staff):
        contacts = reg.marketing.marketing_list(staff, args.purpose)
    write_bytes_atomically(out, marketing_csv(contacts))
    from ..services.marketing import EXISTING_CUSTOMERS

    basis = "a sale" if args.purpose == EXISTING_CUSTOMERS else f"consent for '{args.purpose}'"
    print(f"{len(contacts)} contacts written to {out} ({basis}, no objection, no restriction)")
    return 0
