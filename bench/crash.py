"""Crash safety under SIGKILL: erasure, backup and restore killed at random and at chosen points.

    python -m bench.crash [--rounds N] [--seed S] [--kind erase|backup|restore] [--keep DIR]

Each round copies a small template register, lets the fork server in ``tests/crash_driver.py``
run erasures, backups or restores in a child process and SIGKILLs it: in half the rounds at an
exact point inside the services (the child kills itself right after reporting that point; each
kind of point comes up before any comes up twice), otherwise right after the parent read the
N-th progress line, or after a random delay (spread over the time the whole job takes,
measured first). Then the register is checked raw, opened the normal way
(``open_register``: sweeps tmp/, reconciles the erasure ledger) and checked again:

- ``PRAGMA integrity_check`` is ok, ``foreign_key_check`` is empty, the FTS5 index agrees
  with the customer table (its 'integrity-check' command with rank 1: without it an
  external-content index is only checked against itself), and the audit chain is intact;
- every customer a round may erase is either fully intact (the very rows of the template:
  customer, consents, service events, purchases and their lines) or fully erased (no customer
  row, nothing that still points at the number, kept purchases anonymised with their lines,
  deleted ones gone with theirs, one ledger row); the erased are exactly those the child
  finished, or one more (killed between the commit and its progress line), in the order it
  erased them; every other row of those tables is exactly the template's (compared in SQLite);
- the ledger file never holds someone the table does not and lags it by one entry at most;
  after opening both hold exactly everyone erased;
- backups: every ``*.kbak`` verifies, the newest completed one is still there, nothing but
  ``*.kbak.partial`` leftovers is beside them; rotation removes those once an hour old, the
  plaintext snapshots in tmp/ are swept at start, and the next backup works;
- restores: the register is the old one (the marker customer created after the backup is
  there) or the restored one (it is not), never a mix, and nobody erased before comes back;
  the restore run again at once, without opening the register first (a crash between an
  erasure's commit and its ledger line, then ``kundereg restore``), still gives the restored
  register with them erased;
- erasures: every filed receipt (receipts/erasure-*.pdf) is a whole PDF, and after opening
  the next erasure works even if the kill left a request half-handled.

``crash_rounds`` serves tests/test_crash_safety.py and the benchmark alike; this module
needs no pytest.
"""
from __future__ import annotations

import argparse
import contextlib
import functools
import json
import logging
import os
import queue
import random
import re
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from kundereg.db import sqlite_driver

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ROOT / "tests" / "crash_driver.py"
KINDS = ("erase", "backup", "restore")
BENCH_ROUNDS = 300  # per kind, for the benchmark harness

OWNER, OWNER_PASSWORD = "eier", "krasj-test-eier-passord"  # must match tests/crash_driver.py
PASSPHRASE = "krasj test passfrase stift"
KDF_N = 2 ** 10
CUSTOMERS = 80
PART = 64 * 1024  # the children encrypt in parts this big, so a backup spans several (production: 1 MiB)
DEMO_SEED = 6
ERASE_VICTIMS = 3     # erased one after the other in an erase round
RESTORE_VICTIMS = 2   # erase one, restore the backup from before, erase the next, restore again
ROUND_TIMEOUT = 60.0  # seconds a child may take before the round counts as hung


# -- the template register ----------------------------------------------------------------------

@dataclass(frozen=True)
class Template:
    data_dir: Path
    victims: tuple[int, ...]     # erase rounds erase these in this order; restore rounds the first few
    pre_erased: int              # erased after the backup was taken, before any round
    marker: int                  # created after the backup: present in the old register, not in a restored one
    backup_name: str             # taken before pre_erased was erased and marker created
    state: State                 # the template's rows, to compare each customer against
    pre_erased_purchases: tuple[int, ...]  # what pre_erased had bought: kept anonymised or deleted

    @property
    def reference(self) -> Path:
        """A copy of the template's file in rollback-journal mode: attached read-only by the checks."""
        return self.data_dir.parent / "reference.sqlite3"

    @property
    def tracked(self) -> frozenset[int]:
        """Customers whose fate a round decides; every other row must stay exactly as it is."""
        return frozenset(self.victims) | {self.pre_erased, self.marker}

    @functools.cached_property
    def tracked_purchases(self) -> frozenset[int]:
        return frozenset(pid for cid in self.tracked for pid in self.state.purchases_of(cid)) | set(
            self.pre_erased_purchases)


@contextlib.contextmanager
def cheap_argon2() -> Iterator[None]:
    """Logins at test cost in this process (tests/conftest.py does the same per test)."""
    from argon2 import PasswordHasher

    from kundereg.services import auth, staff

    saved = staff._hasher, auth._DUMMY_HASH
    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    staff._hasher, auth._DUMMY_HASH = cheap, cheap.hash("not a real account")
    try:
        yield
    finally:
        staff._hasher, auth._DUMMY_HASH = saved


def build_template(root: Path) -> Template:
    """A register with demo customers, an owner, a backup, one erasure after it and a marker customer."""
    from kundereg.domain.records import CustomerInput
    from kundereg.locations import resolve
    from kundereg.services import demo
    from kundereg.services.auth import AuthService
    from kundereg.services.backup import take_backup
    from kundereg.services.customers import CustomerService
    from kundereg.services.register import open_register
    from kundereg.services.shop import init_shop

    locations = resolve(root / "data")
    with cheap_argon2():
        db = open_register(locations)
        try:
            init_shop(db, name="Krasj Rens AS", country="NO", owner_username=OWNER, owner_password=OWNER_PASSWORD,
                      org_number="923609016")
            staff = AuthService(db).login(OWNER, OWNER_PASSWORD)
            demo.generate(db, staff, customers=CUSTOMERS, seed=DEMO_SEED)
            eligible = _erasable(locations.sqlite_path)
            backup = take_backup(staff, db, locations, PASSPHRASE, kdf_n=KDF_N)
            pre_erased, victims = eligible[0], tuple(eligible[1:1 + max(ERASE_VICTIMS, RESTORE_VICTIMS)])
            pre_erased_purchases = tuple(read_state(locations.sqlite_path).purchases_of(pre_erased))
            erase_in_process(db, locations, staff, pre_erased)
            marker = CustomerService(db).create(staff, CustomerInput(first_name="Markør", last_name="Etterbackup",
                                                                     mobile="+47 917 00 001")).id
        finally:
            db.close()
    shutil.rmtree(locations.tmp_dir, ignore_errors=True)
    reference = locations.data_dir.parent / "reference.sqlite3"
    shutil.copyfile(locations.sqlite_path, reference)
    with contextlib.closing(sqlite_driver.connect(reference)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # reading it then leaves no -wal or -shm beside it
    return Template(locations.data_dir, victims, pre_erased, marker, backup.path.name,
                    read_state(locations.sqlite_path), pre_erased_purchases)


def _erasable(db_path: Path) -> list[int]:
    """Customers without open orders, most rows first (so erasures delete and keep purchases),
    never the highest id (SQLite may hand that id out again after an erasure)."""
    with contextlib.closing(sqlite_driver.connect(db_path)) as conn:
        rows = conn.execute(
            "SELECT c.id, (SELECT count(*) FROM purchase p WHERE p.customer_id = c.id)"
            " + (SELECT count(*) FROM consent k WHERE k.customer_id = c.id)"
            " + (SELECT count(*) FROM service_event e WHERE e.customer_id = c.id) AS n"
            " FROM customer c WHERE c.restricted_at IS NULL AND c.id < (SELECT max(id) FROM customer)"
            " AND NOT EXISTS (SELECT 1 FROM purchase p WHERE p.customer_id = c.id"
            "                 AND p.status IN ('received', 'ready'))"
            " ORDER BY n DESC, c.id").fetchall()
    if len(rows) < 1 + max(ERASE_VICTIMS, RESTORE_VICTIMS):
        raise RuntimeError("the demo register has too few customers without open orders")
    return [cid for cid, _ in rows]


def erase_in_process(db, locations, staff, customer_id: int) -> None:
    """The erasure as the app does it: request, photo ID, confirmed identity, erasure."""
    from kundereg.services.erasure import ErasureService
    from kundereg.services.identity import IdentityService
    from kundereg.services.register import ledger_file
    from kundereg.services.requests import RequestService

    requests = RequestService(db)
    request = requests.register(staff, customer_id, "erasure", "counter")
    IdentityService(db).verify_photo_id(staff, customer_id, "passport")
    requests.confirm_identity(staff, request.id)
    ErasureService(db, ledger_file(locations)).erase(staff, request.id, "nb")


# -- reading a register file raw ----------------------------------------------------------------

@dataclass
class State:
    """The rows that make up each customer, read straight from the file."""

    customers: dict[int, tuple] = field(default_factory=dict)
    consents: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    events: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))
    purchases: dict[int, tuple] = field(default_factory=dict)           # id -> whole row
    purchase_owner: dict[int, tuple] = field(default_factory=dict)      # id -> (customer_id, anonymised_at)
    lines: dict[int, list[tuple]] = field(default_factory=lambda: defaultdict(list))  # purchase id -> rows
    requests: Counter = field(default_factory=Counter)                  # customer_id -> data requests
    ledger: Counter = field(default_factory=Counter)                    # customer_id -> ledger rows
    untracked: list[str] = field(default_factory=list)  # how rows outside the template's tracked ones differ

    _by_customer: dict[int | None, list[int]] | None = None

    def purchases_of(self, customer_id: int) -> list[int]:
        if self._by_customer is None:
            self._by_customer = defaultdict(list)
            for pid, (owner, _) in sorted(self.purchase_owner.items()):
                self._by_customer[owner].append(pid)
        return self._by_customer.get(customer_id, [])


def read_state(db_path: Path, template: Template | None = None) -> State:
    """All rows, or with ``template`` only its tracked customers' rows, and how every other row
    differs from the template's (compared inside SQLite: cheap for any register size)."""
    state = State()
    customers = purchases = ""
    if template is not None:
        customers = f"WHERE customer_id IN ({', '.join(map(str, sorted(template.tracked)))})"
        purchases = f"WHERE id IN ({', '.join(map(str, sorted(template.tracked_purchases)))})"
    with contextlib.closing(sqlite_driver.connect(db_path)) as conn:
        for row in conn.execute(f"SELECT * FROM customer {customers.replace('customer_id', 'id')}"):
            state.customers[row[0]] = row
        for table, into in (("consent", state.consents), ("service_event", state.events)):
            for row in conn.execute(f"SELECT customer_id, * FROM {table} {customers} ORDER BY id"):
                into[row[0]].append(row[1:])
        linked = f"{purchases} OR {customers[len('WHERE '):]}" if template is not None else ""
        for row in conn.execute(f"SELECT id, customer_id, anonymised_at, * FROM purchase {linked}"):
            state.purchase_owner[row[0]] = (row[1], row[2])
            state.purchases[row[0]] = row[3:]
        for row in conn.execute(f"SELECT purchase_id, * FROM purchase_line "
                                f"{purchases.replace('id IN', 'purchase_id IN')} ORDER BY id"):
            state.lines[row[0]].append(row[1:])
        state.requests.update(dict(conn.execute(
            "SELECT customer_id, count(*) FROM data_request WHERE customer_id IS NOT NULL GROUP BY customer_id")))
        state.ledger.update(dict(conn.execute("SELECT customer_id, count(*) FROM erasure_ledger GROUP BY customer_id")))
        if template is not None:
            state.untracked = _untracked_differences(conn, template)
    return state


def _untracked_differences(conn, template: Template) -> list[str]:
    conn.execute("ATTACH DATABASE ? AS tpl", (str(template.reference),))
    try:
        customers = ", ".join(map(str, sorted(template.tracked)))
        purchases = ", ".join(map(str, sorted(template.tracked_purchases)))
        problems = []
        for table, where in (("customer", f"id NOT IN ({customers})"),
                             ("consent", f"customer_id NOT IN ({customers})"),
                             ("service_event", f"customer_id NOT IN ({customers})"),
                             ("purchase", f"id NOT IN ({purchases}) AND coalesce(customer_id, 0) NOT IN ({customers})"),
                             ("purchase_line", f"purchase_id NOT IN ({purchases})")):
            for what, first, second in (("new or changed", "main", "tpl"), ("gone or changed", "tpl", "main")):
                ids = [r[0] for r in conn.execute(f"SELECT id FROM (SELECT * FROM {first}.{table} WHERE {where} "
                                                  f"EXCEPT SELECT * FROM {second}.{table} WHERE {where}) LIMIT 10")]
                if ids:
                    problems.append(f"{table} rows {what} that no round touches: ids {ids}")
        return problems
    finally:
        conn.execute("DETACH DATABASE tpl")


def file_checks(db_path: Path) -> list[str]:
    """integrity_check, foreign_key_check and the FTS5 index against the customer table."""
    problems = []
    with contextlib.closing(sqlite_driver.connect(db_path)) as conn:
        result = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if result != ["ok"]:
            return [f"integrity_check: {result[:5]}"]
        orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
        if orphans:
            problems.append(f"foreign_key_check: {orphans[:5]}")
        try:  # rank 1: compare with the content table too; without it, an external-content index
            # is only checked against itself and a row deleted around the triggers goes unnoticed
            conn.execute("INSERT INTO customer_fts(customer_fts, rank) VALUES ('integrity-check', 1)")
        except sqlite_driver.Error as exc:
            problems.append(f"FTS index does not match the customer table: {exc}")
    return problems


def customer_fate(template: State, now: State, cid: int) -> tuple[str, list[str]]:
    """'intact' or 'erased', with whatever contradicts it (a half-erased customer has problems either way)."""
    problems: list[str] = []
    own = template.purchases_of(cid)
    if cid in now.customers:
        if now.customers[cid] != template.customers[cid]:
            problems.append("customer row changed")
        if now.consents.get(cid, []) != template.consents.get(cid, []):
            problems.append("consents differ")
        if now.events.get(cid, []) != template.events.get(cid, []):
            problems.append("service events differ")
        if now.purchases_of(cid) != own:
            problems.append(f"{len(now.purchases_of(cid))} purchases instead of {len(own)}")
        for pid in own:
            if now.purchases.get(pid) != template.purchases[pid] or now.lines.get(pid, []) != template.lines[pid]:
                problems.append(f"purchase {pid} or its lines changed")
        if now.ledger[cid]:
            problems.append("present, yet in the erasure ledger table")
        return "intact", problems
    for what, rows in (("consents", now.consents), ("service events", now.events)):
        if rows.get(cid):
            problems.append(f"{len(rows[cid])} {what} left")
    if now.requests[cid]:
        problems.append(f"{now.requests[cid]} data requests still name the number")
    if now.purchases_of(cid):
        problems.append(f"{len(now.purchases_of(cid))} purchases still linked")
    for pid in own:
        if pid in now.purchase_owner:
            if now.purchase_owner[pid][1] is None:
                problems.append(f"kept purchase {pid} not anonymised")
            if now.lines.get(pid, []) != template.lines[pid]:
                problems.append(f"kept purchase {pid} lost lines")
        elif now.lines.get(pid):
            problems.append(f"deleted purchase {pid} left its lines")
    if now.ledger[cid] != 1:
        problems.append(f"{now.ledger[cid]} ledger rows instead of 1")
    return "erased", problems


# -- the fork server -----------------------------------------------------------------------------

@dataclass
class Output:
    lines: list[str]
    status: str          # "signal 9", "exit 0", ...
    seconds: float
    stderr: str = ""

    @property
    def killed(self) -> bool:
        return self.status == f"signal {int(signal.SIGKILL)}"

    def events(self, prefix: str) -> list[str]:
        return [line.split(" ", 1)[1] for line in self.lines if line.split(" ", 1)[1].startswith(prefix)]


class ForkServer:
    """``tests/crash_driver.py serve`` in a subprocess; one forked child per round."""

    def __init__(self, scratch: Path) -> None:
        home = scratch / "home"
        home.mkdir(parents=True, exist_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
        env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local/share"), XDG_CONFIG_HOME=str(home / ".config"),
                   XDG_STATE_HOME=str(home / ".local/state"), XDG_CACHE_HOME=str(home / ".cache"))
        self._stderr_path = scratch / "driver-stderr.txt"
        self._stderr = open(self._stderr_path, "wb")
        self._proc = subprocess.Popen([sys.executable, str(DRIVER), "serve"], stdin=subprocess.PIPE,
                                      stdout=subprocess.PIPE, stderr=self._stderr, env=env, cwd=scratch)
        self._buffer = b""

    def close(self) -> None:
        self._proc.stdin.close()
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._proc.stdout.close()
        self._stderr.close()

    def __enter__(self) -> ForkServer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _readline(self, timeout: float | None) -> str | None:
        """The next line, or None when ``timeout`` passed first."""
        deadline = None if timeout is None else time.monotonic() + timeout
        fd = self._proc.stdout.fileno()
        while b"\n" not in self._buffer:
            wait = None if deadline is None else max(0.0, deadline - time.monotonic())
            if not select.select([fd], [], [], wait)[0]:
                return None
            chunk = os.read(fd, 65536)
            if not chunk:
                raise RuntimeError(f"the crash driver died: {self._stderr_tail()}")
            self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        return line.decode()

    def _stderr_tail(self) -> str:
        self._stderr.flush()
        return self._stderr_path.read_text(errors="replace")[-3000:]

    def run(self, job: dict, *, kill_after_s: float | None = None, kill_after_lines: int | None = None) -> Output:
        """Run one job in a fresh child and SIGKILL it as asked (or let it run to the end)."""
        err_at = self._stderr.tell() if not self._stderr.closed else 0
        self._proc.stdin.write(json.dumps(job).encode() + b"\n")
        self._proc.stdin.flush()
        first = self._readline(ROUND_TIMEOUT)
        if first is None or not first.startswith("pid "):
            raise RuntimeError(f"the crash driver did not start a child: {first!r}")
        pid, started = int(first.split()[1]), time.monotonic()
        lines: list[str] = []
        hung = False
        deadline = started + (kill_after_s if kill_after_s is not None else ROUND_TIMEOUT)
        kill_at = job.get("kill_at")
        while True:
            line = self._readline(max(0.0, deadline - time.monotonic()))
            if line is None:  # the delay is over (or the child hangs): kill it
                os.kill(pid, signal.SIGKILL)
                hung = kill_after_s is None
                break
            lines.append(line)
            event = line.split(" ", 1)[1]
            if event in ("done", "failed") or len(lines) == kill_at:
                break  # finished, failed, or killed itself right after this line
            if len(lines) == kill_after_lines:
                os.kill(pid, signal.SIGKILL)  # the child is unreaped, so this pid is still ours
                break
        self._proc.stdin.write(b"reap\n")
        self._proc.stdin.flush()
        while True:
            line = self._readline(ROUND_TIMEOUT)
            if line is None:
                raise RuntimeError("the crash driver did not reap its child")
            if line.startswith(("signal ", "exit ")):
                status = line
                break
            lines.append(line)
        seconds = time.monotonic() - started
        stderr = ""
        if hung or status not in ("exit 0", f"signal {int(signal.SIGKILL)}"):
            self._stderr.flush()
            with open(self._stderr_path, "rb") as handle:
                handle.seek(err_at)
                stderr = handle.read().decode(errors="replace")[-3000:]
        if hung:
            status = f"hung for {ROUND_TIMEOUT:g} s"
        return Output(lines, status, seconds, stderr)


# -- one round ---------------------------------------------------------------------------------

def job_for(kind: str, template: Template, data_dir: Path) -> dict:
    job: dict = {"mode": kind, "data_dir": str(data_dir), "chunk": PART}
    if kind == "erase":
        job["victims"] = list(template.victims[:ERASE_VICTIMS])
    elif kind == "backup":
        job["backups"] = 1
    elif kind == "restore":
        job["victims"] = list(template.victims[:RESTORE_VICTIMS])
        job["backup"] = str(data_dir / "backups" / template.backup_name)
    else:
        raise ValueError(f"kind must be one of {KINDS}")
    return job


def check_register(kind: str, template: Template, data_dir: Path, output: Output) -> list[str]:
    """Everything the round must leave behind; an empty list when all holds."""
    from kundereg.locations import resolve
    from kundereg.services.ledger import LedgerFile

    locations = resolve(data_dir)
    crashed = None
    if kind == "restore":  # as the kill left it: restored again below without opening it first
        crashed = data_dir.with_name(data_dir.name + "-restored")
        shutil.copytree(data_dir, crashed)
    db_path = locations.sqlite_path
    problems = [f"raw file: {p}" for p in file_checks(db_path)]
    if problems:
        return problems
    victims = list(template.victims[:ERASE_VICTIMS if kind == "erase" else RESTORE_VICTIMS])
    finished = len(output.events("erased "))
    before = read_state(db_path, template)
    fates, customer_problems = _fates(kind, template, before, victims, finished, output)
    problems += [f"raw file: {p}" for p in customer_problems]
    file_ids = Counter(e.customer_id for e in LedgerFile(locations.ledger_path).read())
    only_in_file = sorted(set(file_ids) - set(before.ledger))
    only_in_table = sorted(set(before.ledger) - set(file_ids))
    if only_in_file:
        problems.append(f"raw file: ledger file holds {only_in_file}, the table does not")
    if len(only_in_table) > 1:
        problems.append(f"raw file: ledger file lags the table by more than one entry: {only_in_table}")
    if kind == "backup":
        problems += _backup_files(locations, output)
    else:
        problems += _receipt_files(locations)
    problems += [f"after open: {p}" for p in open_and_check(kind, template, data_dir, output, fates)]
    if crashed is not None:
        problems += [f"restored again at once: {p}" for p in restore_again(template, crashed, output, fates)]
        if not problems:
            shutil.rmtree(crashed, ignore_errors=True)
    return problems


def open_and_check(kind: str, template: Template, data_dir: Path, output: Output,
                   fates_before: dict[int, str]) -> list[str]:
    """Open the register the normal way (that is the recovery path), check it again, and carry
    on working with it: one more erasure, or one more backup."""
    from kundereg.locations import resolve
    from kundereg.services.auth import AuthService
    from kundereg.services.backup import rotate, take_backup, verify_backup
    from kundereg.services.register import open_register

    locations = resolve(data_dir)
    victims = list(template.victims[:ERASE_VICTIMS if kind == "erase" else RESTORE_VICTIMS])
    db = open_register(locations)
    try:
        problems = _opened_register_checks(db, locations)
        fates, bad = _fates(kind, template, read_state(locations.sqlite_path, template), victims,
                            len(output.events("erased ")), output)
        problems += bad + _same_fates(fates_before, fates) + _ledger_matches(locations, fates)
        staff = AuthService(db).login(OWNER, OWNER_PASSWORD)
        if kind == "erase":
            remaining = [cid for cid in victims if fates.get(cid) == "intact"]
            if remaining:  # a request the kill left half-handled must not stand in the way
                erase_in_process(db, locations, staff, remaining[0])
                if remaining[0] in read_state(locations.sqlite_path, template).customers:
                    problems.append(f"erasing {remaining[0]} after the crash left the customer")
        elif kind == "backup":
            old = time.time() - 2 * 3600  # partials an hour old are stale: the next rotation removes them
            for partial in locations.backup_dir.glob("*.partial"):
                os.utime(partial, (old, old))
            rotate(locations.backup_dir, 7, 8)
            left = sorted(p.name for p in locations.backup_dir.glob("*.partial"))
            if left:
                problems.append(f"stale partial backups not removed by rotation: {left}")
            # into another directory: the round's own backup may be from this very second
            fresh = take_backup(staff, db, locations, PASSPHRASE, data_dir / "after-crash", kdf_n=KDF_N)
            verify_backup(fresh.path, PASSPHRASE)
            if locations.tmp_dir.exists() and any(locations.tmp_dir.iterdir()):
                problems.append("a completed backup left files in tmp/")
    finally:
        db.close()
    return problems


def restore_again(template: Template, data_dir: Path, output: Output, fates_before: dict[int, str]) -> list[str]:
    """What a user does after a restore died: run it again (kundereg restore), without opening
    the register first. It must end as the restored register, with everyone erased still erased."""
    from kundereg.locations import resolve
    from kundereg.services.register import open_register
    from kundereg.services.restore import Credentials, restore_backup

    locations = resolve(data_dir)
    victims = list(template.victims[:RESTORE_VICTIMS])
    restore_backup(locations.backup_dir / template.backup_name, PASSPHRASE, locations,
                   credentials=Credentials(OWNER, OWNER_PASSWORD))
    problems = file_checks(locations.sqlite_path)
    if problems:
        return problems
    fates, bad = _fates("restore", template, read_state(locations.sqlite_path, template), victims,
                        len(output.events("erased ")), output)
    problems += bad + _same_fates(fates_before, {**fates, template.marker: fates_before.get(template.marker)})
    if fates.get(template.marker) != "gone":
        problems.append("the marker customer is still there")
    db = open_register(locations)
    try:
        problems += [f"then opened: {p}" for p in _opened_register_checks(db, locations) + _ledger_matches(
            locations, fates)]
        reopened, bad = _fates("restore", template, read_state(locations.sqlite_path, template), victims,
                               len(output.events("erased ")), output)
        problems += [f"then opened: {p}" for p in bad + _same_fates(fates, reopened)]
    finally:
        db.close()
    return problems


def _opened_register_checks(db, locations) -> list[str]:
    """On an open register: the file, the audit chain, and tmp/ swept."""
    from sqlalchemy import select

    from kundereg.db import models
    from kundereg.services.audit import verify_rows

    problems = file_checks(locations.sqlite_path)
    with db.read() as session:
        head = session.execute(select(models.AuditHead.last_id, models.AuditHead.last_hash)).one_or_none()
        chain = verify_rows(session.scalars(select(models.AuditEntry).order_by(models.AuditEntry.id)),
                            tuple(head) if head is not None else None)
    if not chain.intact:
        problems.append(f"audit chain broken at entry {chain.first_broken_id}: {chain.problem}")
    if locations.tmp_dir.exists() and any(locations.tmp_dir.iterdir()):
        problems.append(f"tmp/ not swept: {sorted(p.name for p in locations.tmp_dir.iterdir())}")
    return problems


def _ledger_matches(locations, fates: dict[int, str]) -> list[str]:
    """The ledger file and table agree, and hold exactly everyone erased."""
    from kundereg.db.database import Database
    from kundereg.services.erasure import ledger_rows
    from kundereg.services.ledger import LedgerFile

    db = Database.open(locations.db_url)
    try:
        with db.read() as session:
            table = {e.key for e in ledger_rows(session)}
    finally:
        db.close()
    problems = []
    in_file = {e.key for e in LedgerFile(locations.ledger_path).read()}
    if in_file != table:
        problems.append(f"ledger file and table differ: {sorted(in_file ^ table)}")
    erased = {cid for cid, fate in fates.items() if fate == "erased"}
    if {cid for cid, _ in table} != erased:
        problems.append(f"ledger holds {sorted(cid for cid, _ in table)}, erased are {sorted(erased)}")
    return problems


def _same_fates(before: dict[int, str], after: dict[int, str]) -> list[str]:
    changed = {cid: f"{before.get(cid)} -> {after.get(cid)}" for cid in before.keys() | after.keys()
               if before.get(cid) != after.get(cid)}
    return [f"customers changed fate: {changed}"] if changed else []


def _fates(kind: str, template: Template, state: State, victims: list[int], finished: int,
           output: Output) -> tuple[dict[int, str], list[str]]:
    """Each customer's fate, and what is wrong with the register as a whole."""
    problems = list(state.untracked)
    fates = {}
    for cid in sorted(template.tracked):
        if cid not in template.state.customers:  # pre_erased: compare with nothing, must stay erased
            fates[cid] = "erased" if cid not in state.customers else "intact"
            if fates[cid] != "erased":
                problems.append(f"customer {cid}, erased before the round, is back")
            continue
        if cid == template.marker and cid not in state.customers:
            fates[cid] = "gone"  # created after the backup: a restored register never had it
            continue
        fate, bad = customer_fate(template.state, state, cid)
        fates[cid] = fate
        if bad:
            problems.append(f"customer {cid} neither intact nor erased ({fate}): {', '.join(bad)}")
    for pid in template.pre_erased_purchases:
        if pid in state.purchase_owner and (state.purchase_owner[pid][0] is not None
                                            or state.purchase_owner[pid][1] is None):
            problems.append(f"purchase {pid} of customer {template.pre_erased}, erased before, is not anonymised")
    erased = [cid for cid in victims if fates.get(cid) == "erased"]
    others = sorted(cid for cid, fate in fates.items()
                    if fate == "erased" and cid not in victims and cid != template.pre_erased)
    if others:
        problems.append(f"customers erased that nobody erased: {others}")
    if erased != victims[:len(erased)]:
        problems.append(f"erased {erased}, not a prefix of the order {victims}")
    if not finished <= len(erased) <= finished + 1:
        problems.append(f"{len(erased)} victims erased, but the child reported {finished}")
    if kind == "restore":
        restored = len(output.events("restored"))
        if restored and fates.get(template.marker) != "gone":
            problems.append(f"the marker customer is still there after {restored} finished restore(s)")
    elif fates.get(template.marker) != "intact":
        problems.append("the marker customer is gone")
    return fates, problems


def _receipt_files(locations) -> list[str]:
    """The shop's copies of erasure receipts: whole PDFs, or leftovers that do not pass for one."""
    problems = []
    folder = locations.data_dir / "receipts"
    for path in sorted(folder.iterdir()) if folder.exists() else ():
        if path.name.startswith("erasure-") and path.name.endswith(".pdf"):
            data = path.read_bytes()
            if not (data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")):
                problems.append(f"receipt {path.name} is not a whole PDF ({len(data)} bytes)")
        elif not (path.name.startswith("erasure-") and path.name.endswith(".pdf.partial")):
            problems.append(f"unexpected file among the receipts: {path.name}")
    return problems


def _backup_files(locations, output: Output) -> list[str]:
    from kundereg.services.backup import BackupError, verify_backup
    from kundereg.services.ledger import LEDGER_FILENAME, LedgerFile

    problems = []
    finals = []
    for path in sorted(locations.backup_dir.iterdir()):
        name = path.name
        if name == LEDGER_FILENAME:  # the erasure ledger's copy for restores elsewhere: readable, stamped
            if LedgerFile(path).current_as_of() is None:
                problems.append("the erasure ledger copy beside the backups has no current-as-of stamp")
        elif name.startswith("kundereg-") and name.endswith("Z.kbak"):
            finals.append(name)
            try:
                verify_backup(path, PASSPHRASE)
            except BackupError as exc:
                problems.append(f"backup {name} does not verify: {exc}")
        elif not (name.startswith("kundereg-") and name.endswith("Z.kbak.partial")):
            problems.append(f"unexpected file beside the backups: {name}")
    completed = output.events("backup ")
    if completed:
        newest = completed[-1].split(" ", 1)[1]
        if not any(name >= newest for name in finals):
            problems.append(f"completed backup {newest} is gone and nothing newer replaced it")
    return problems


# -- rounds ---------------------------------------------------------------------------------------

@dataclass
class RoundResult:
    kind: str
    round: int
    how: str               # e.g. "self-kill after line 7 (> _encrypt)", "kill after 41.3 ms"
    killed: bool
    problems: list[str]
    data_dir: Path


@dataclass(frozen=True)
class _Plan:
    number: int
    how: str
    kill_at: int | None = None
    kill_after_lines: int | None = None
    kill_after_s: float | None = None


def calibrate(kind: str, template: Template, server: ForkServer, scratch: Path) -> tuple[float, list[str]]:
    """Run the job to the end once: how long it takes, its progress lines, and whether it ends well."""
    data_dir = scratch / f"{kind}-calibration"
    shutil.copytree(template.data_dir, data_dir)
    output = server.run(job_for(kind, template, data_dir))
    if output.status != "exit 0":
        raise RuntimeError(f"{kind} job failed without a kill ({output.status}):\n{output.stderr}")
    problems = check_register(kind, template, data_dir, output)
    if problems:
        raise RuntimeError(f"{kind} job run to the end fails the checks: {problems}")
    shutil.rmtree(data_dir)
    return output.seconds, [line.split(" ", 1)[1] for line in output.lines]


def _plans(rounds: int, seed: int, kind: str, points: list[str], job_seconds: float) -> list[_Plan]:
    """Every other round kills at an exact point, every fourth right after the parent read N
    progress lines, every fourth after a random delay.

    Exact points: one of each kind of point ("> ledger.append", "decrypted #", ...) first, in
    random order, then every single point, each once before any twice.
    """
    rng = random.Random(f"{kind}:{seed}")
    label = [re.sub(r"[\d/]+", "#", point) for point in points]
    candidates = range(1, len(points))  # the last line is "done": nothing left to kill
    where: dict[str, list[int]] = defaultdict(list)
    for at in candidates:
        where[label[at - 1]].append(at)
    one_of_each = [rng.choice(where[name]) for name in sorted(where)]
    rng.shuffle(one_of_each)
    order = one_of_each[::-1]
    plans = []
    for number in range(rounds):
        strategy = number % 4
        if strategy in (0, 2):
            if not order:
                order = list(candidates)
                rng.shuffle(order)
            at = order.pop()
            plans.append(_Plan(number, f"self-kill after line {at} ({points[at - 1]})", kill_at=at))
        elif strategy == 1:
            lines = rng.randint(1, len(points) - 1)
            plans.append(_Plan(number, f"kill after reading {lines} lines", kill_after_lines=lines))
        else:
            delay = rng.uniform(0, job_seconds)
            plans.append(_Plan(number, f"kill after {delay * 1000:.1f} ms", kill_after_s=delay))
    return plans


def _round(kind: str, seed: int, template: Template, server: ForkServer, scratch: Path, plan: _Plan,
           keep_failures: bool) -> RoundResult:
    data_dir = scratch / f"{kind}-{seed}-{plan.number}"
    shutil.copytree(template.data_dir, data_dir)
    job = job_for(kind, template, data_dir)
    job["kill_at"] = plan.kill_at
    output = server.run(job, kill_after_s=plan.kill_after_s, kill_after_lines=plan.kill_after_lines)
    if output.status != "exit 0" and not output.killed:
        problems = [f"the child failed ({output.status}):\n{output.stderr}"]
    else:
        try:
            problems = check_register(kind, template, data_dir, output)
        except Exception as exc:  # recovery itself failed: that is a finding too
            problems = [f"checking raised {type(exc).__name__}: {exc}"]
    if not problems or not keep_failures:
        shutil.rmtree(data_dir, ignore_errors=True)
    return RoundResult(kind, plan.number, plan.how, output.killed, problems, data_dir)


class ServerPool:
    """Fork servers for rounds run side by side (their start-up, about a second each, is paid once)."""

    def __init__(self, scratch: Path, workers: int | None = None) -> None:
        self.workers = workers or min(4, 2 * (os.cpu_count() or 1))  # rounds wait on kills and fsync
        self._all = [ForkServer(scratch / f"server-{n}") for n in range(self.workers)]
        self._free: queue.SimpleQueue[ForkServer] = queue.SimpleQueue()
        for server in self._all:
            self._free.put(server)

    @contextlib.contextmanager
    def server(self) -> Iterator[ForkServer]:
        server = self._free.get()
        try:
            yield server
        finally:
            self._free.put(server)

    def close(self) -> None:
        for server in self._all:
            server.close()

    def __enter__(self) -> ServerPool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def crash_rounds(kind: str, rounds: int, seed: int, *, min_kills: int = 0, template: Template | None = None,
                 scratch: Path | None = None, servers: ServerPool | None = None,
                 keep_failures: bool = True) -> dict:
    """``rounds`` SIGKILL rounds of one kind (erase, backup, restore), reproducible by ``seed``;
    more rounds while fewer than ``min_kills`` children were killed (a random delay may outlast
    the job).

    Rounds run side by side, one per server of ``servers`` (default: a pool of two per CPU, at
    most 4), each in its own copy of ``template`` (default: built here); where a round is
    killed depends only on kind, seed and round number. Returns {"kind", "rounds", "kills",
    "finished" (rounds whose child ended before the kill came), "failures": [messages naming
    kind, seed, round and kill point], "seconds", "job_seconds" (one whole job, unkilled),
    "points" (its progress lines), "results": [RoundResult]}.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {KINDS}")
    started = time.monotonic()
    own_scratch = scratch is None
    scratch = Path(tempfile.mkdtemp(prefix=f"kundereg-crash-{kind}-")) if scratch is None else scratch
    scratch.mkdir(parents=True, exist_ok=True)
    with cheap_argon2(), _quiet_logs(), contextlib.ExitStack() as stack:
        if template is None:
            template = build_template(scratch / "template")
        if servers is None:
            servers = stack.enter_context(ServerPool(scratch / "servers"))
        with servers.server() as server:
            job_seconds, points = calibrate(kind, template, server, scratch)

        def one(plan: _Plan) -> RoundResult:
            with servers.server() as server:
                return _round(kind, seed, template, server, scratch, plan, keep_failures)

        results: list[RoundResult] = []
        plans = _plans(rounds, seed, kind, points, job_seconds)
        with ThreadPoolExecutor(servers.workers) as pool:
            while plans:
                results += pool.map(one, plans)
                missing = min_kills - sum(r.killed for r in results)
                plans = _plans(len(results) + missing, seed, kind, points, job_seconds)[len(results):]
    failures = [f"{kind} seed {seed} round {r.round} ({r.how}; {'killed' if r.killed else 'ran to the end'}): "
                + "; ".join(r.problems) + (f" [register kept in {r.data_dir}]" if keep_failures else "")
                for r in results if r.problems]
    if own_scratch and not (failures and keep_failures):
        shutil.rmtree(scratch, ignore_errors=True)
    return {"kind": kind, "rounds": len(results), "kills": sum(r.killed for r in results),
            "finished": sum(not r.killed for r in results), "failures": failures,
            "seconds": time.monotonic() - started, "job_seconds": job_seconds, "points": len(points),
            "results": results}


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    """The services log every replayed erasure; thousands of rounds need not print them."""
    logger = logging.getLogger("kundereg")
    handler = logging.NullHandler()
    logger.addHandler(handler)  # with a handler of its own, Python's last-resort stderr printer stays quiet
    try:
        yield
    finally:
        logger.removeHandler(handler)


def crash_rows(ctx=None, rounds: int = BENCH_ROUNDS, seed: int = 1) -> list:
    """Rows for bench.run (append to ROWS): kills done and failures found, per kind."""
    from bench.run import Row

    rows = []
    for result in run_all(KINDS, rounds, seed):
        rows.append(Row(f"SIGKILL during {result['kind']} ({result['rounds']} rounds, seed {seed})",
                        f"{result['kills']} kills, {len(result['failures'])} failures, {result['seconds']:.0f} s",
                        "0 failures", not result["failures"]))
        for failure in result["failures"][:5]:
            print(failure, file=sys.stderr)
    return rows


def run_all(kinds, rounds: int, seed: int, keep: Path | None = None) -> list[dict]:
    """crash_rounds for each kind on one template and one server pool; registers of failed
    rounds are kept under ``keep`` when given."""
    results = []
    with contextlib.ExitStack() as stack:
        scratch = keep or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="kundereg-crash-")))
        with _quiet_logs():
            template = build_template(scratch / "template")
        servers = stack.enter_context(ServerPool(scratch / "servers"))
        for kind in kinds:
            results.append(crash_rounds(kind, rounds, seed, template=template, scratch=scratch / kind,
                                        servers=servers, keep_failures=keep is not None))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crash", description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=BENCH_ROUNDS, help=f"rounds per kind (default {BENCH_ROUNDS})")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kind", choices=KINDS, action="append", help="default: all three")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work here and keep the registers of failed rounds")
    args = parser.parse_args(argv)
    failed = False
    for result in run_all(args.kind or KINDS, args.rounds, args.seed, args.keep):
        print(f"{result['kind']}: {result['rounds']} rounds, {result['kills']} kills, {result['finished']} ran to "
              f"the end, {len(result['failures'])} failures, {result['seconds']:.1f} s (one whole job "
              f"{result['job_seconds'] * 1000:.0f} ms, {result['points']} progress points)")
        for failure in result["failures"]:
            print("  " + failure)
        failed = failed or bool(result["failures"])
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
