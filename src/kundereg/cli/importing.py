"""`kundereg import`, `duplicates` and `merge`: bring a shop's customer list in, and join the
same person registered twice (owner).

Output names rows, columns and customer numbers, never a value from the file; ``--report``
writes the refused rows themselves to a CSV the user asked for.
"""
from __future__ import annotations

import sys

from .common import add_json_argument, opened, positive_int, print_json


def add_parser(sub) -> None:
    p = sub.add_parser("import", help="bring customers in from a CSV or XLSX export (dry run unless --apply) "
                                      "(owner)")
    p.add_argument("file", metavar="FILE", help="the customer list: .csv (any delimiter, UTF-8 or Windows-1252) "
                                               "or .xlsx")
    p.add_argument("--mapping", metavar="FILE.toml", help="a saved column mapping for this source")
    p.add_argument("--sheet", metavar="NAME", help="the sheet of an .xlsx file (default: the first)")
    p.add_argument("--purchases", metavar="FILE", help="purchase history keyed by the source's customer number")
    p.add_argument("--apply", action="store_true", help="import; without it nothing is changed")
    p.add_argument("--report", metavar="FILE.csv", help="write the refused rows, with the reason, to fix and "
                                                        "import again")
    add_json_argument(p)
    p.set_defaults(handler=cmd_import)
    p = sub.add_parser("duplicates", help="list likely duplicate customers (owner)")
    add_json_argument(p)
    p.set_defaults(handler=cmd_duplicates)
    p = sub.add_parser("merge", help="merge customer OTHER_ID into KEEP_ID; everything of OTHER_ID moves (owner)")
    p.add_argument("keep_id", metavar="KEEP_ID", type=positive_int)
    p.add_argument("other_id", metavar="OTHER_ID", type=positive_int)
    p.add_argument("--take", metavar="FIELD,...", default="",
                   help="fields to take from OTHER_ID instead of KEEP_ID (empty fields are filled anyway)")
    p.set_defaults(handler=cmd_merge)



def cmd_import(args, locations) -> int:
    from ..services.importing import ImportService, load_mapping

    mapping = load_mapping(args.mapping) if args.mapping else None
    with opened(args, locations) as (reg, staff):
        service = ImportService(reg.db)
        source = service.open(staff, args.file, mapping=mapping, sheet=args.sheet)
        purchases = service.open_purchases(staff, args.purchases) if args.purchases else None
        progress = _progress() if sys.stderr.isatty() and not args.json else None
        run_it = service.apply if args.apply else service.dry_run
        report = run_it(staff, source, purchases=purchases, progress=progress)
        written = service.write_refused(staff, source, report, args.report) if args.report else None
    if args.json:
        print_json(_report_dict(report, source))
        return 0
    verb = "Imported" if report.applied else "Would import"
    print(f"{verb} from {report.file_name} ({report.source_kind}, SHA-256 {report.sha256[:16]}…): "
          f"{report.added} new, {report.merged} merged with existing customers, {report.refused_count} refused.")
    if report.consents or report.consents_skipped:
        print(f"  consents stated in the file: {report.consents} (skipped: {report.consents_skipped})")
    if report.purchases:
        print(f"  purchases of the purchase history: {report.purchases}")
    if report.summary_rows:
        print(f"  summary rows skipped: {', '.join(map(str, report.summary_rows))}")
    for refused in report.refused[:50]:
        where = "purchases: " if refused.file == "purchases" else ""
        print(f"  refused: {where}{refused.message}")
    if report.refused_count > 50:
        print(f"  … and {report.refused_count - 50} more")
    if written is not None:
        print(f"Refused rows written to {args.report} ({written}).")
    if not report.applied:
        print("Nothing was changed; run with --apply to import.")
    return 0


def cmd_duplicates(args, locations) -> int:
    from ..services.duplicates import DuplicateService

    with opened(args, locations) as (reg, staff):
        pairs = DuplicateService(reg.db).find(staff)
    if args.json:
        print_json([{"first": p.first_id, "second": p.second_id, "reasons": list(p.reasons),
                     "restricted": p.restricted} for p in pairs])
        return 0
    for p in pairs:
        print(f"{p.first_id:>8} {p.second_id:>8}  {', '.join(p.reasons)}{'  (restricted)' if p.restricted else ''}")
    print(f"{len(pairs)} likely duplicate(s).")
    return 0


def cmd_merge(args, locations) -> int:
    from ..services.duplicates import DuplicateService
    from ..services.register import ledger_file

    take = [f.strip() for f in args.take.split(",") if f.strip()]
    with opened(args, locations) as (reg, staff):
        merged = DuplicateService(reg.db, ledger_file(locations)).merge(staff, args.keep_id, args.other_id, take)
    print(f"Merged customer {args.other_id} into customer {merged.id}.")
    return 0


def _report_dict(report, source) -> dict:
    return {"file": report.file_name, "sha256": report.sha256, "source": report.source_kind,
            "applied": report.applied, "rows": report.rows, "added": report.added, "merged": report.merged,
            "refused": [{"file": r.file, "row": r.row, "column": r.column, "message": r.message}
                        for r in report.refused],
            "merges": [{"row": row, "customer": cid} for row, cid in report.merges],
            "summary_rows": list(report.summary_rows), "consents": report.consents,
            "consents_skipped": report.consents_skipped, "purchases": report.purchases,
            "first_id": report.first_id, "last_id": report.last_id,
            "columns": {source.columns.label(i): t for i, t in enumerate(source.columns.targets) if t}}


def _progress():
    def report(done: int, total: int) -> bool:
        print(f"\r{done} rows", end="" if done < total else "\n", file=sys.stderr, flush=True)
        return True
    return report
