"""Benchmark: build a demo register and measure what the targets are about.

    python -m bench.run [--customers N] [--out DIR] [--reuse] [--verbose]

Prints one table: measurement, result, target, PASS/FAIL. Exit status 1 when a target is
missed. Rows come from the functions in ROWS, in order; each gets the shared Context.
"""
from __future__ import annotations

import argparse
import math
import os
import platform
import random
import shutil
from kundereg.db import sqlite_driver as sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.crash import BENCH_ROUNDS, crash_rows
from bench.gdpr import gdpr_rows
from bench.gui import gui_rows
from bench.importing import import_rows
from bench.notices import notice_rows
from bench.report import report_rows
from kundereg.db.search_index import sqlite_params, sqlite_ranked_sql
from kundereg.domain.search_text import parse_query
from kundereg.locations import Locations, resolve
from kundereg.services import demo
from kundereg.services.auth import AuthService
from kundereg.services.customers import CustomerService
from kundereg.services.register import open_register
from kundereg.services.shop import init_shop, is_initialised

DEFAULT_CUSTOMERS = 100_000
OWNER, OWNER_PASSWORD = "eier", "bench-owner-password"  # a throwaway register's owner
DEFAULT_OUT = Path(__file__).resolve().parent / "out"
DEMO_SEED = 1
QUERY_SEED = 2026
QUERY_COUNT = 300
SEARCH_LIMIT = 100
ROUNDS = 3  # each search query is timed this many times; its median counts

JUDGED_FROM = 100_000  # targets are judged on registers this big or bigger
DEMO_SECONDS_PER_100K = 60.0
SEARCH_P95_MS = 15.0
SERVICE_OVER_RAW = 1.5


@dataclass(frozen=True)
class Row:
    name: str
    result: str
    target: str = ""
    ok: bool | None = None  # None: informational, no target


@dataclass
class Context:
    args: argparse.Namespace
    locations: Locations
    customers: int
    demo_stats: demo.DemoStats | None  # None when an existing register was reused
    queries: list[str] = field(default_factory=list)
    timings_ms: dict[str, list[float]] = field(default_factory=dict)  # shared between rows

    def judge(self, name: str, result: str, target: str, ok: bool) -> Row:
        """A row with a target. The targets are set for the full size; a smaller register (whose
        fixed costs dominate) shows them without a verdict."""
        if self.customers >= JUDGED_FROM:
            return Row(name, result, target, ok)
        return Row(name, result, f"{target} (judged at {JUDGED_FROM // 1000}k)")

    @property
    def sqlite_path(self) -> Path:
        path = self.locations.sqlite_path
        assert path is not None
        return path

    def raw_connection(self) -> sqlite3.Connection:
        """A plain stdlib connection, read-only, as the raw-SQL baselines use."""
        return sqlite3.connect(f"file:{self.sqlite_path}?mode=ro", uri=True)


# -- rows ------------------------------------------------------------------------------------


def demo_rows(ctx: Context) -> list[Row]:
    name = f"demo generation ({ctx.customers:,} customers)"
    stats = ctx.demo_stats
    if stats is None:
        return [Row(name, "not measured: --reuse kept an existing register")]
    result = (f"{stats.customers / stats.seconds:,.0f} customers/s, {stats.purchases:,} purchases, "
              f"{stats.seconds:.1f} s")
    limit = DEMO_SECONDS_PER_100K * stats.customers / 100_000
    return [ctx.judge(name, result, f"< {DEMO_SECONDS_PER_100K:g} s for 100k", stats.seconds < limit)]


def size_rows(ctx: Context) -> list[Row]:
    main = ctx.sqlite_path.stat().st_size
    wal_path = Path(f"{ctx.sqlite_path}-wal")
    wal = wal_path.stat().st_size if wal_path.exists() else 0
    return [Row("database size", f"{(main + wal) / 1e6:,.1f} MB (file {main / 1e6:,.1f} + WAL {wal / 1e6:,.1f})")]


def search_rows(ctx: Context) -> list[Row]:
    """The service's search against the very same SQL run bare through the SQLite driver."""
    sql = sqlite_ranked_sql()
    params = {q: sqlite_params(parse_query(q), SEARCH_LIMIT, 0) for q in ctx.queries}
    db = open_register(ctx.locations)
    conn = ctx.raw_connection()
    try:
        service, staff = CustomerService(db), AuthService(db).login(OWNER, OWNER_PASSWORD)
        service_ms, raw_ms = _timed_pair(ctx.queries, lambda q: service.search(staff, q, limit=SEARCH_LIMIT),
                                         lambda q: conn.execute(sql, params[q]).fetchall())
    finally:
        conn.close()
        db.close()
    ctx.timings_ms["search service"] = service_ms
    ctx.timings_ms["search raw FTS5"] = raw_ms
    s50, s95 = _pct(service_ms, 50), _pct(service_ms, 95)
    r50, r95 = _pct(raw_ms, 50), _pct(raw_ms, 95)
    ratio = s95 / r95 if r95 > 0 else math.inf
    n = len(ctx.queries)
    return [
        ctx.judge(f"search, service ({n} typed queries, median of {ROUNDS})", _p(s50, s95),
                  f"p95 <= {SEARCH_P95_MS:g} ms", s95 <= SEARCH_P95_MS),
        Row("search, same SQL via the SQLite driver (raw FTS5)", _p(r50, r95)),
        ctx.judge("search overhead, service p95 / raw p95", f"{ratio:.2f}x", f"<= {SERVICE_OVER_RAW:g}x",
                  ratio <= SERVICE_OVER_RAW),
    ]


def naive_scan_rows(ctx: Context) -> list[Row]:
    """What a plain LIKE '%x%' over the columns costs, for comparison (no folding, no ranking)."""
    sql = ("SELECT id, first_name, last_name, company_name, mobile, email, city FROM customer "
           "WHERE first_name LIKE :p OR last_name LIKE :p OR company_name LIKE :p OR email LIKE :p "
           f"OR mobile LIKE :p LIMIT {SEARCH_LIMIT}")
    with ctx.raw_connection() as conn:
        ms = _timed(ctx.queries, lambda q: conn.execute(sql, {"p": f"%{q}%"}).fetchall())
    conn.close()
    ctx.timings_ms["naive LIKE scan"] = ms
    return [Row("naive LIKE '%x%' scan via sqlite3", _p(_pct(ms, 50), _pct(ms, 95)))]


RowsFn = Callable[[Context], list[Row]]

ROWS: list[RowsFn] = [
    demo_rows,
    size_rows,
    search_rows,
    naive_scan_rows,
    gui_rows,
    report_rows,
    gdpr_rows,
    import_rows,
    notice_rows,
    lambda ctx: crash_rows(ctx, rounds=ctx.args.crash_rounds) if ctx.args.crash_rounds else [],
]


# -- building the register and the queries ---------------------------------------------------


def prepare_register(out: Path, customers: int, reuse: bool) -> tuple[Locations, demo.DemoStats | None]:
    data_dir = out / f"register-{customers}"
    locations = resolve(data_dir)
    if reuse and _holds(locations, customers):
        return locations, None
    if data_dir.exists():
        shutil.rmtree(data_dir)
    db = open_register(locations)
    try:
        init_shop(db, name="Benk Rens og Bygg AS", country="NO", owner_username=OWNER,
                  owner_password=OWNER_PASSWORD)
        stats = demo.generate(db, AuthService(db).login(OWNER, OWNER_PASSWORD), customers=customers, seed=DEMO_SEED,
                              progress=_progress if sys.stderr.isatty() else None)
    finally:
        db.close()
    return locations, stats


def _holds(locations: Locations, customers: int) -> bool:
    path = locations.sqlite_path
    if path is None or not path.exists():
        return False
    db = open_register(locations)
    try:
        if not is_initialised(db):
            return False
    finally:
        db.close()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        count = conn.execute("SELECT count(*) FROM customer").fetchone()[0]
    conn.close()
    return count == customers


def _progress(done: int, total: int) -> bool:
    print(f"\rdemo data: {done:,}/{total:,} customers", end="" if done < total else "\n",
          file=sys.stderr, flush=True)
    return True


def build_queries(path: Path, count: int = QUERY_COUNT, seed: int = QUERY_SEED) -> list[str]:
    """What a user types: real names, companies, email parts and phone digits, 1 to 6 characters.

    About 50 values taken from the register, each typed one character at a time
    ("h", "ha", "han", "hans", "hanse", "hansen"), until ``count`` queries.
    """
    import phonenumbers

    rng = random.Random(seed)
    kinds = ("last_name", "first_name", "last_name", "company_name", "email", "mobile",
             "last_name", "first_name", "company_name", "mobile")
    queries: list[str] = []
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        top = conn.execute("SELECT max(id) FROM customer").fetchone()[0]
        i = 0
        while len(queries) < count:
            kind = kinds[i % len(kinds)]
            i += 1
            row = conn.execute(f"SELECT {kind} FROM customer WHERE id >= ? AND {kind} IS NOT NULL "
                               "ORDER BY id LIMIT 1", (rng.randint(1, top),)).fetchone()
            if row is None:
                continue
            value = row[0]
            if kind == "email":
                local = value.split("@", 1)[0]
                value = local.split(".", 1)[1] if "." in local and rng.random() < 0.5 else local
            elif kind == "mobile":
                national = phonenumbers.national_significant_number(phonenumbers.parse(value, None))
                length = rng.randint(3, 6)
                start = rng.randint(0, max(0, len(national) - length))
                value = national[start:start + length]
            value = value.strip()
            # A prefix like "00" (the start of an international number) is no search yet: the
            # service lists everyone by name then, which the raw FTS5 comparison cannot mirror.
            queries.extend(typed for typed in (value[:k] for k in range(1, min(6, len(value)) + 1))
                           if not parse_query(typed).empty)
    conn.close()
    return queries[:count]


# -- timing and output -----------------------------------------------------------------------


def _timed(queries: list[str], run: Callable[[str], object]) -> list[float]:
    for q in queries:  # warm-up: caches, statement cache, page cache
        run(q)
    out = []
    clock = time.perf_counter
    for q in queries:
        started = clock()
        run(q)
        out.append((clock() - started) * 1000)
    return out


def _timed_pair(queries: list[str], a: Callable[[str], object], b: Callable[[str], object],
                rounds: int = ROUNDS) -> tuple[list[float], list[float]]:
    """Like _timed for two implementations, interleaved query by query so that background load
    hits both alike; each query's time is the median of ``rounds`` runs."""
    for q in queries:
        a(q)
        b(q)
    clock = time.perf_counter
    out_a, out_b = [], []
    for q in queries:
        runs_a, runs_b = [], []
        for _ in range(rounds):
            started = clock()
            a(q)
            middle = clock()
            b(q)
            runs_b.append((clock() - middle) * 1000)
            runs_a.append((middle - started) * 1000)
        out_a.append(statistics.median(runs_a))
        out_b.append(statistics.median(runs_b))
    return out_a, out_b


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def _p(p50: float, p95: float) -> str:
    return f"p50 {p50:.2f} ms, p95 {p95:.2f} ms"


def render(rows: list[Row]) -> str:
    table = [("Measurement", "Result", "Target", "Verdict")]
    table += [(r.name, r.result, r.target, "" if r.ok is None else ("PASS" if r.ok else "FAIL")) for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(4)]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip() for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths).rstrip())
    return "\n".join(lines)


def slowest(ctx: Context, n: int = 10) -> str:
    lines = []
    for name, ms in ctx.timings_ms.items():
        worst = sorted(zip(ms, ctx.queries), reverse=True)[:n]
        lines.append(f"slowest {name}: " + ", ".join(f"{q!r} {t:.1f} ms" for t, q in worst))
    return "\n".join(lines)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--customers", type=int, default=DEFAULT_CUSTOMERS, metavar="N",
                        help=f"register size (default {DEFAULT_CUSTOMERS:,})")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, metavar="DIR",
                        help="where registers are built (default bench/out)")
    parser.add_argument("--reuse", action="store_true",
                        help="reuse a register of this size from an earlier run instead of generating one")
    parser.add_argument("--verbose", action="store_true", help="also list the slowest queries")
    parser.add_argument("--crash-rounds", type=int, default=BENCH_ROUNDS, metavar="N",
                        help=f"SIGKILL rounds per kind (erasure, backup, restore; default {BENCH_ROUNDS}, 0 skips)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.customers < 1:
        raise SystemExit("--customers must be 1 or more")
    locations, stats = prepare_register(args.out.resolve(), args.customers, args.reuse)
    ctx = Context(args, locations, args.customers, stats)
    ctx.queries = build_queries(ctx.sqlite_path)
    rows: list[Row] = []
    for rows_fn in ROWS:
        rows.extend(rows_fn(ctx))
    print(f"kundereg bench: {args.customers:,} customers, Python {platform.python_version()}, "
          f"SQLite {sqlite3.sqlite_version}, {os.cpu_count()} CPUs, register {locations.data_dir}")
    print(render(rows))
    if args.verbose:
        print(slowest(ctx))
    return 1 if any(r.ok is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
