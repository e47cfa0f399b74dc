"""`kundereg check`: SQLite's full integrity check of the register (the GUI runs the quick one)."""
from __future__ import annotations

import sys

from .common import opened


def add_parser(sub) -> None:
    p = sub.add_parser("check", help="check that the register file is whole (SQLite's full integrity check)",
                       description="Run SQLite's integrity_check and foreign-key check over the whole register "
                                   "(minutes on a large one). Exit 1 listing the problems found; restore from "
                                   "a backup if there are any. Needs no login: it reads no personal data.")
    p.set_defaults(handler=cmd_check)


def cmd_check(args, locations) -> int:
    from ..services.health import check_integrity

    with opened(args, locations, login=False, require_shop=False) as (reg, _):
        problems = check_integrity(reg.db, full=True)
    if problems:
        # One line, as every error: the problems name pages and tables, never row contents.
        print(f"kundereg: the register is damaged ({len(problems)} problem(s)): " + "; ".join(problems)
              + ". Restore from a backup.", file=sys.stderr)
        return 1
    print("The register is whole (integrity check and foreign keys).")
    return 0
