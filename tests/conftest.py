"""Shared fixtures: every path points at tmp_path; nothing touches the real home directory."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
import json
import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kundereg.domain.records import CustomerInput
from kundereg.locations import Locations, resolve
from kundereg.services import shop as shop_service
from kundereg.services.audit import AuditService
from kundereg.services.auth import AuthService
from kundereg.services.consents import ConsentService
from kundereg.services.identity import IdentityService
from kundereg.services.customers import CustomerService
from kundereg.services.purchases import PurchaseService
from kundereg.services.register import open_register

from staff_secrets import COUNTER_PASSWORD, COUNTER_PIN, OWNER_PASSWORD  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """platformdirs and QSettings resolve under tmp_path, never the developer's home."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local/state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    for var in ("KUNDEREG_DATA_DIR", "KUNDEREG_DB", "KUNDEREG_PASSWORD"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(autouse=True)
def _cheap_argon2(monkeypatch):
    """Still argon2id, at a test-suite cost: hundreds of logins would otherwise take minutes.
    ``run_process`` (a subprocess) has the production parameters; test_cli checks them."""
    from kundereg.services import auth, staff

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(staff, "_hasher", cheap)
    monkeypatch.setattr(auth, "_DUMMY_HASH", cheap.hash("not a real account"))


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    """Backups at a test-suite cost (the header records it, so restores follow): OWASP's 2**17
    costs a third of a second and 128 MB per derivation. test_backup checks the production cost
    through a real ``kundereg backup`` subprocess."""
    from kundereg.services import backup

    monkeypatch.setattr(backup, "KDF_N", 2 ** 10)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory):
    """An empty register at the newest schema; each test gets a copy instead of migrating anew."""
    template = resolve(tmp_path_factory.mktemp("template"))
    open_register(template).close()
    return template.sqlite_path


# The core service modules run on both backends (issue 19): their ``db`` comes from a fresh
# PostgreSQL database as well as from a copy of the SQLite template.
BOTH_BACKENDS = {"test_customers", "test_purchases", "test_search", "test_identity_gate", "test_audit",
                 "test_requests", "test_access_report", "test_export", "test_erasure", "test_retention",
                 "test_profile"}  # the erasure ledger is tested in test_erasure


# Tests in those modules that are about the SQLite file itself, with the reason they cannot apply
# on PostgreSQL (skipped there; collected, so the reason shows in the report).
SQLITE_ONLY = {
    "test_erased_values_are_gone_from_every_file_in_the_data_directory":
        "scans the SQLite file; on a server the heap is for VACUUM (issue 19 item 6, not built yet)",
    "test_a_copy_of_the_register_from_before_the_erasure_does_not_bring_the_person_back":
        "copies the SQLite file back; a server's restore goes through pg_restore",
    "test_the_search_index_forgets_the_trigrams_instead_of_tombstoning_them":
        "reads SQLite's FTS5 shadow tables; PostgreSQL has no FTS index",
    "test_tampering_is_found_at_the_first_broken_entry":
        "tampers by dropping SQLite's append-only triggers (test_postgres checks PostgreSQL's)",
    "test_cutting_off_the_newest_entries_is_found": "drops SQLite's append-only triggers",
    "test_recomputed_rows_still_break_at_the_head": "drops SQLite's append-only triggers",
}


# Seconds each test file takes on one worker (tests/file_weights.json, written by
# ``python scripts/test_weights.py LOG`` from a ``--durations=0`` run). pytest-xdist hands whole
# files to whichever worker is free in this order, heaviest first (make test passes
# --no-loadscope-reorder): its own order, by number of tests, left the few long crash-safety
# rounds for the end, one worker busy while the other waited. A stale file only costs balance.
WEIGHTS = json.loads((Path(__file__).with_name("file_weights.json")).read_text(encoding="utf-8"))


def _file_weight(item) -> float:
    return WEIGHTS.get(item.nodeid.split("::", 1)[0], 0.0)


def pytest_collection_modifyitems(items):
    items.sort(key=_file_weight, reverse=True)  # stable: order within a file and among the rest kept
    for item in items:
        callspec = getattr(item, "callspec", None)
        reason = SQLITE_ONLY.get(item.originalname)
        if reason and callspec is not None and callspec.params.get("backend") == "postgresql":
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {reason}"))


def pytest_generate_tests(metafunc):
    if metafunc.module.__name__.rsplit(".", 1)[-1] in BOTH_BACKENDS and "locations" in metafunc.fixturenames:
        metafunc.parametrize("backend", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture
def backend(request) -> str:
    """"sqlite" unless the module is in BOTH_BACKENDS (then both, by indirect parametrisation).
    A test that cannot apply on PostgreSQL skips there with its reason."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory):
    """One PostgreSQL server per xdist worker: the base URL (database ``postgres``)."""
    from pg_server import start_server

    with start_server(tmp_path_factory) as url:
        yield url


@pytest.fixture(scope="session")
def pg_template(pg_server, tmp_path_factory) -> str:
    """The name of a migrated, empty database that fresh test databases are copied from."""
    from pg_server import create_database, with_database

    create_database(pg_server, "migrated")
    open_register(resolve(tmp_path_factory.mktemp("pgtemplate"), with_database(pg_server, "migrated"))).close()
    return "migrated"


@pytest.fixture
def pg_database(pg_server, pg_template):
    """``pg_database()``: the URL of a new database copied from the migrated template."""
    from pg_server import create_database, with_database

    def make() -> str:
        name = f"t{next(_pg_counter)}"
        create_database(pg_server, name, template=pg_template)
        return with_database(pg_server, name)

    return make


_pg_counter = __import__("itertools").count(1)


@pytest.fixture
def locations(request, tmp_path, backend, _migrated_template) -> Locations:
    if backend == "postgresql":
        where = resolve(tmp_path / "data", request.getfixturevalue("pg_database")())
        where.data_dir.mkdir(parents=True)
        return where
    where = resolve(tmp_path / "data")
    where.data_dir.mkdir(parents=True)
    shutil.copyfile(_migrated_template, where.sqlite_path)
    return where


@pytest.fixture
def db(locations):
    database = open_register(locations)
    yield database
    database.close()


@pytest.fixture
def shop(db):
    return shop_service.init_shop(db, name="Gjøvik Rens AS", country="NO", owner_username="eier",
                                  owner_password=OWNER_PASSWORD, org_number="923609016")


@pytest.fixture
def auth(db, shop) -> AuthService:
    return AuthService(db)


@pytest.fixture
def owner(auth):
    """The owner, logged in (a StaffSession)."""
    return auth.login("eier", OWNER_PASSWORD)


@pytest.fixture
def counter(auth, owner):
    """A counter staff member with a PIN, logged in."""
    auth.add_staff(owner, username="disk", display_name="Disk Ansatt", role="counter", password=COUNTER_PASSWORD,
                   pin=COUNTER_PIN)
    return auth.login("disk", COUNTER_PIN)


@pytest.fixture
def identity(db, shop) -> IdentityService:
    return IdentityService(db)


@pytest.fixture
def audit(db, shop) -> AuditService:
    return AuditService(db)


@pytest.fixture
def customers(db, shop) -> CustomerService:
    return CustomerService(db)


@pytest.fixture
def purchases(db, shop) -> PurchaseService:
    return PurchaseService(db)


@pytest.fixture
def consents(db, shop) -> ConsentService:
    return ConsentService(db)


@pytest.fixture
def kari(customers, owner):
    """Registered by the owner, so verified in the owner's session."""
    return customers.create(owner, CustomerInput(first_name="Kari", last_name="Sørensen", mobile="912 34 567",
                                          email="kari.sorensen@example.no", street="Storgata 1",
                                          postal_code="2815", city="Gjøvik"))


@pytest.fixture
def run(tmp_path, monkeypatch, capsys, _migrated_template):
    """The CLI in this process, ``main(argv)``, in a temp data directory: ``run(*args, user=, password=)``
    returns a CompletedProcess-like result. The data directory starts as a copy of the migrated
    template; argon2 is the cheap one of ``_cheap_argon2``. Exit codes, a missing terminal and
    ``--version`` are tested through ``run_process``."""
    from kundereg.cli import main

    data_dir = tmp_path / "data"

    def run(*args, password=None, data=True, env_extra=None, user=None):
        argv = [*(["--data-dir", str(data_dir)] if data else []), *(["--user", user] if user else []), *args]
        if data and "--db" not in args and not data_dir.exists():
            data_dir.mkdir(parents=True)
            shutil.copyfile(_migrated_template, data_dir / "kundereg.sqlite3")
        root = logging.getLogger()
        handlers, level = list(root.handlers), root.level
        capsys.readouterr()
        with monkeypatch.context() as env:
            for name in [k for k in os.environ if k.startswith("KUNDEREG_")]:
                env.delenv(name)
            if password is not None:
                env.setenv("KUNDEREG_PASSWORD", password)
            for name, value in (env_extra or {}).items():
                env.setenv(name, value)
            env.setattr(sys, "stdin", io.StringIO())  # no terminal, as in a script
            try:
                code = main(argv)
            except SystemExit as exit_:  # argparse: usage errors, --help
                code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
            finally:
                for handler in [h for h in root.handlers if h not in handlers]:  # the CLI's log file
                    root.removeHandler(handler)
                    handler.close()
                root.setLevel(level)
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(["kundereg", *argv], code, out, err)

    run.data_dir = data_dir
    return run


@pytest.fixture
def run_process(tmp_path, _migrated_template):
    """The real CLI as a subprocess (production argon2, a fresh interpreter, no terminal): for
    exit codes, start-up and what a script sees. Same call as ``run``; the data directory
    starts as a copy of the migrated template too."""
    data_dir = tmp_path / "data"

    def run(*args, password=None, data=True, env_extra=None, user=None):
        if data and "--db" not in args and not data_dir.exists():
            data_dir.mkdir(parents=True)
            shutil.copyfile(_migrated_template, data_dir / "kundereg.sqlite3")
        env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
        env["HOME"] = str(tmp_path / "home")
        if password is not None:
            env["KUNDEREG_PASSWORD"] = password
        env.update(env_extra or {})
        argv = [sys.executable, "-m", "kundereg", *(["--data-dir", str(data_dir)] if data else []),
                *(["--user", user] if user else []), *args]
        return subprocess.run(argv, capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL,
                              timeout=120)

    run.data_dir = data_dir
    return run
