"""Import and duplicates on the benchmark register.

    python -m bench.importing [--customers N] [--out DIR]   (standalone; bench.run includes these rows)

The customers of the demo register are written out as a Visma-style CSV (semicolons,
Windows-1252) and as an XLSX sheet; each is dry-run and applied into a fresh, empty register
(every row is then a new customer), each step in a child process of its own so that its peak
memory (ru_maxrss) is its alone. ``duplicates`` runs ``DuplicateService.find`` on the demo
register itself.
"""
from __future__ import annotations

import csv
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

APPLY_TARGET_S = 30.0
MEMORY_TARGET_MB = 300.0
DUPLICATES_TARGET_S = 10.0
OWNER, OWNER_PASSWORD = "eier", "bench-owner-password"
HEADER = ["Kundenr", "Fornavn", "Etternavn", "Firma", "Org.nr", "Adresse", "Postnr", "Poststed", "Mobil",
          "E-post", "Fakturaepost", "Land"]
_COLUMNS = ("id", "first_name", "last_name", "company_name", "org_number", "street", "postal_code", "city",
            "mobile", "email", "invoice_email", "country")


def write_exports(sqlite_path: Path, out: Path) -> tuple[Path, Path, int]:
    from kundereg.db import sqlite_driver

    out.mkdir(parents=True, exist_ok=True)
    csv_path, xlsx_path = out / "kunder.csv", out / "kunder.xlsx"
    with sqlite_driver.connect(f"file:{sqlite_path}?mode=ro", uri=True) as conn:
        rows = [["" if v is None else str(v) for v in row]
                for row in conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM customer ORDER BY id")]
    conn.close()
    with open(csv_path, "w", encoding="windows-1252", errors="replace", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Kunder")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(xlsx_path)
    return csv_path, xlsx_path, len(rows)


def fresh_register(where: Path):
    from kundereg.locations import resolve
    from kundereg.services.register import open_register
    from kundereg.services.shop import init_shop

    shutil.rmtree(where, ignore_errors=True)
    locations = resolve(where)
    db = open_register(locations)
    init_shop(db, name="Import Benk AS", country="NO", owner_username=OWNER, owner_password=OWNER_PASSWORD)
    db.close()
    return locations


def child(mode: str, path: str, data_dir: str) -> None:
    """One dry run or apply, timed from opening the file to the commit; prints JSON."""
    from kundereg.locations import resolve
    from kundereg.services.auth import AuthService
    from kundereg.services.importing import ImportService
    from kundereg.services.register import open_register

    db = open_register(resolve(data_dir))
    staff = AuthService(db).login(OWNER, OWNER_PASSWORD)
    service = ImportService(db)
    started, cpu = time.perf_counter(), time.process_time()
    source = service.open(staff, path)
    report = (service.apply if mode == "apply" else service.dry_run)(staff, source)
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    print(json.dumps({"seconds": seconds, "cpu": cpu, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                      "added": report.added, "merged": report.merged, "refused": report.refused_count}))


def _run_child(mode: str, path: Path, data_dir: Path) -> dict:
    done = subprocess.run([sys.executable, "-m", "bench.importing", "child", mode, str(path), str(data_dir)],
                          capture_output=True, text=True, check=True, cwd=Path(__file__).resolve().parent.parent)
    return json.loads(done.stdout.strip().splitlines()[-1])


def import_rows(ctx) -> list:
    root = ctx.locations.data_dir.parent / "import"
    csv_path, xlsx_path, count = write_exports(ctx.sqlite_path, root / "files")
    rows = []
    for label, path in (("CSV", csv_path), ("XLSX", xlsx_path)):
        register = fresh_register(root / f"register-{label.lower()}")
        for mode in ("dry run", "apply"):
            result = _run_child("apply" if mode == "apply" else "dry", path, register.data_dir)
            text = (f"{result['seconds']:.1f} s ({result['cpu']:.1f} s CPU), peak {result['rss_mb']:.0f} MB, {result['added']:,} added, "
                    f"{result['merged']:,} merged, {result['refused']:,} refused")
            ok = result["seconds"] <= APPLY_TARGET_S and result["rss_mb"] <= MEMORY_TARGET_MB
            rows.append(ctx.judge(f"import {mode}, {count:,}-row {label}", text,
                                  f"<= {APPLY_TARGET_S:g} s, <= {MEMORY_TARGET_MB:g} MB", ok))
    rows.append(duplicates_row(ctx))
    return rows


def duplicates_row(ctx):
    from kundereg.services.auth import AuthService
    from kundereg.services.duplicates import DuplicateService
    from kundereg.services.register import open_register

    db = open_register(ctx.locations)
    try:
        staff = AuthService(db).login(OWNER, OWNER_PASSWORD)
        started = time.perf_counter()
        pairs = DuplicateService(db).find(staff)
        seconds = time.perf_counter() - started
    finally:
        db.close()
    strong = sum(1 for p in pairs if p.strong)
    return ctx.judge(f"duplicates, find ({ctx.customers:,} customers)",
                     f"{seconds:.1f} s, {len(pairs):,} pairs ({strong:,} by org number, mobile, email or "
                     "name + address)", f"<= {DUPLICATES_TARGET_S:g} s", seconds <= DUPLICATES_TARGET_S)


if __name__ == "__main__":
    if sys.argv[1:2] == ["child"]:
        child(*sys.argv[2:5])
    else:
        from bench import run

        run.ROWS[:] = [import_rows]
        sys.exit(run.main(sys.argv[1:] + ["--crash-rounds", "0"]))
