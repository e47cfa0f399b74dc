"""`kundereg demo`: realistic fake customers for trying the app out."""
from __future__ import annotations

import sys

from .common import MAX_DEMO_CUSTOMERS, MAX_ID, bounded_int, opened


def add_parser(sub) -> None:
    p = sub.add_parser("demo", help="fill the register with realistic fake customers and purchases")
    p.add_argument("--customers", type=bounded_int(1, MAX_DEMO_CUSTOMERS), required=True, metavar="N",
                   help=f"how many (1 to {MAX_DEMO_CUSTOMERS})")
    p.add_argument("--seed", type=bounded_int(0, MAX_ID), default=1, metavar="S", help="random seed (default 1)")
    p.set_defaults(handler=cmd_demo)


def cmd_demo(args, locations) -> int:
    with opened(args, locations) as (reg, staff):
        stats = reg.demo(staff, args.customers, seed=args.seed,
                         progress=_progress_printer() if sys.stderr.isatty() else None)
    print(f"Added {stats.customers} customers and {stats.purchases} purchases in {stats.seconds:.1f} s")
    return 0


def _progress_printer():
    def report(done: int, total: int) -> bool:
        print(f"\r{done}/{total} customers", end="" if done < total else "\n", file=sys.stderr, flush=True)
        return True
    return report
