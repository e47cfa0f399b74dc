"""The import and duplicates commands: ``import``, ``duplicates`` and ``merge``.

One area module for the scripting interface, on the same services as the GUI:
``add_parsers(subparsers)`` adds the three commands to ``kundereg``'s parser and
``run(args, locations)`` runs one of them (``COMMANDS`` maps names to functions of the
same shape as ``cli.COMMANDS``). Output names rows, columns and customer numbers, never a value
from the file; ``--report`` writes the refused rows themselves to a CSV the user asked for.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys

from .domain.errors import KunderegError
from .locations import Locations, resolve

ENV_USER, ENV_PASSWORD = "KUNDEREG_USER", "KUNDEREG_PASSWORD"


def add_parsers(sub) -> None:
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
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p = sub.add_parser("duplicates", help="list likely duplicate customers (owner)")
    p.add_argument("--json", action="store_true", help="as JSON")
    p = sub.add_parser("merge", help="merge customer OTHER_ID into KEEP_ID; everything of OTHER_ID moves (owner)")
    p.add_argument("keep_id", metavar="KEEP_ID", type=int)
    p.add_argument("other_id", metavar="OTHER_ID", type=int)
    p.add_argument("--take", metavar="FIELD,...", default="",
                   help="fields to take from OTHER_ID instead of KEEP_ID (empty fields are filled anyway)")


def run(args, locations: Locations | None = None) -> int:
    if locations is None:
        locations = resolve(getattr(args, "data_dir", None), getattr(args, "db", None))
    return COMMANDS[args.command](args, locations)


def cmd_import(args, locations: Locations) -> int:
    from .services.importing import ImportService, load_mapping

    mapping = load_mapping(args.mapping) if args.mapping else None
    db = _open(locations)
    try:
        staff = _login(args, db)
        service = ImportService(db)
        source = service.open(staff, args.file, mapping=mapping, sheet=args.sheet)
        purchases = service.open_purchases(staff, args.purchases) if args.purchases else None
        progress = _progress() if sys.stderr.isatty() and not args.json else None
        run_it = service.apply if args.apply else service.dry_run
        report = run_it(staff, source, purchases=purchases, progress=progress)
        written = service.write_refused(staff, source, report, args.report) if args.report else None
    finally:
        db.close()
    if args.json:
        print(json.dumps(_report_dict(report, source), indent=2))
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


def cmd_duplicates(args, locations: Locations) -> int:
    from .services.duplicates import DuplicateService

    db = _open(locations)
    try:
        pairs = DuplicateService(db).find(_login(args, db))
    finally:
        db.close()
    if args.json:
        print(json.dumps([{"first": p.first_id, "second": p.second_id, "reasons": list(p.reasons),
                           "restricted": p.restricted} for p in pairs], indent=2))
        return 0
    for p in pairs:
        print(f"{p.first_id:>8} {p.second_id:>8}  {', '.join(p.reasons)}{'  (restricted)' if p.restricted else ''}")
    print(f"{len(pairs)} likely duplicate(s).")
    return 0


def cmd_merge(args, locations: Locations) -> int:
    from .services.duplicates import DuplicateService
    from .services.register import ledger_file

    take = [f.strip() for f in args.take.split(",") if f.strip()]
    db = _open(locations)
    try:
        merged = DuplicateService(db, ledger_file(locations)).merge(_login(args, db), args.keep_id, args.other_id,
                                                                    take)
    finally:
        db.close()
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


def _open(locations: Locations):
    from .services.register import open_register
    from .services.shop import get_shop

    db = open_register(locations)
    try:
        get_shop(db)  # says to run 'init' first
    except BaseException:
        db.close()
        raise
    return db


def _login(args, db):
    from .services.auth import AuthService

    username = getattr(args, "user", None) or os.environ.get(ENV_USER)
    if not username:
        raise KunderegError("Say who is acting: --user NAME (or {env}).", env=ENV_USER)
    password = os.environ.get(ENV_PASSWORD)
    if password is None:
        if not sys.stdin.isatty():
            raise KunderegError("No password: set {env} or run in a terminal.", env=ENV_PASSWORD)
        password = getpass.getpass(f"Password for {username}: ")
    return AuthService(db).login(username, password)


def _progress():
    def report(done: int, total: int) -> bool:
        print(f"\r{done} rows", end="" if done < total else "\n", file=sys.stderr, flush=True)
        return True
    return report


def build_parser() -> argparse.ArgumentParser:
    """A parser with just these commands and the global options, for running the module alone."""
    parser = argparse.ArgumentParser(prog="kundereg")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--db", metavar="URL")
    parser.add_argument("--user", metavar="NAME")
    add_parsers(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return run(args)
    except KunderegError as exc:
        print(f"kundereg: {exc.message}", file=sys.stderr)
        return 1


COMMANDS = {"import": cmd_import, "duplicates": cmd_duplicates, "merge": cmd_merge}


if __name__ == "__main__":
    sys.exit(main())
