"""`kundereg move-register`: copy this PC's SQLite register onto an empty PostgreSQL database (owner)."""
from __future__ import annotations

from .common import opened


def add_parser(sub) -> None:
    p = sub.add_parser("move-register", help="move the SQLite register onto an empty PostgreSQL database (owner)")
    p.add_argument("--to", required=True, metavar="URL", help="postgresql://user@host/database (empty)")
    p.add_argument("--remove-source", action="store_true",
                   help="delete the SQLite file afterwards instead of keeping it read-only with a note")
    p.set_defaults(handler=cmd_move)


def cmd_move(args, locations) -> int:
    from ..services.move_register import move_register

    with opened(args, locations) as (reg, staff):
        result = move_register(staff, reg.db, args.to, remove_source=args.remove_source)
    rows = sum(result.counts.values())
    print(f"Register moved to {result.target}: {rows} rows in {len(result.counts)} tables, counts equal on "
          f"both sides; audit trail verified on the server ({result.audit_entries} entries).")
    if result.source_note is not None:
        print(f"The SQLite file is kept read-only; see {result.source_note}.")
    else:
        print("The SQLite file was removed.")
    print(f"Use the server from now on: kundereg --db '{result.target}' … (or kundereg connect).")
    return 0
