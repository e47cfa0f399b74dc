"""Crash safety: SIGKILL at random moments and at chosen points during erasure, backup and restore.

Afterwards integrity_check is ok, the FTS index matches the customer table, each customer is
fully erased or fully intact, the ledger file and table agree once the register is opened, a
backup is complete and verifiable or absent, and a restore leaves the old register or the
restored one, never a mix, with nobody erased coming back. The machinery (a fork server in
tests/crash_driver.py, the checks in bench/crash.py) is shared with ``python -m bench.crash``,
which runs many more rounds.

A failure names kind, seed, round and kill point, and keeps the round's register for a look.
``python -m bench.crash --kind KIND --seed S --rounds R --keep DIR`` runs the same rounds again:
exact points and line counts are the same, random delays the same fraction of the job.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # bench/ is a package at the top of the repository, not installed
    sys.path.insert(0, str(ROOT))

from bench import crash  # noqa: E402
from kundereg.db import sqlite_driver  # noqa: E402

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or not hasattr(signal, "SIGKILL"),
                                reason="SIGKILL and fork are POSIX")

SEED = 20260611
# At least 100 kills in all. Half the rounds kill at an exact point inside the services, each
# kind of point before any twice: erase and backup have fewer kinds than half their rounds.
KILLS = {"erase": 35, "backup": 25, "restore": 40}


@pytest.fixture(scope="module")
def crash_lab(tmp_path_factory):
    """One template register and one pool of fork servers for all rounds (building and starting
    them costs seconds; copying the template costs a millisecond). Module scope: the servers
    go away before the rest of the suite runs."""
    root = tmp_path_factory.mktemp("crash")
    template = crash.build_template(root / "template")
    with crash.ServerPool(root / "servers") as servers:
        yield template, servers, root


def test_the_template_has_what_the_rounds_need(crash_lab):
    template, _, _ = crash_lab
    state = template.state
    assert len(template.victims) >= max(crash.ERASE_VICTIMS, crash.RESTORE_VICTIMS)
    assert template.pre_erased not in state.customers and state.ledger[template.pre_erased] == 1
    assert template.marker in state.customers
    assert (template.data_dir / "backups" / template.backup_name).exists()
    # Backups encrypt in parts: a kill between two parts must not leave a file cut short.
    assert (template.data_dir / "kundereg.sqlite3").stat().st_size > 3 * crash.PART
    # Erasing a victim deletes rows of several kinds, so a half-done erasure shows.
    for cid in template.victims[:crash.ERASE_VICTIMS]:
        assert state.purchases_of(cid), f"victim {cid} has no purchases"
    assert any(state.consents.get(cid) or state.events.get(cid) for cid in template.victims)


@pytest.mark.parametrize("kind", list(KILLS))
def test_sigkill_leaves_a_whole_register(kind, crash_lab):
    template, servers, root = crash_lab
    result = crash.crash_rounds(kind, KILLS[kind], SEED, min_kills=KILLS[kind], template=template,
                                scratch=root / kind, servers=servers)
    assert result["kills"] >= KILLS[kind]
    assert not result["failures"], "\n".join(result["failures"])
    # The exact points cover the whole job, not just its start.
    exact = [r.how for r in result["results"] if r.how.startswith("self-kill")]
    assert len(exact) >= KILLS[kind] // 2


WRITER_ROUNDS = {"erase": 6, "backup": 4, "restore": 4}


@pytest.mark.parametrize("kind", list(WRITER_ROUNDS))
def test_sigkill_while_another_process_writes(kind, crash_lab):
    """Another kundereg writes the same register all through the round (tests/crash_driver.py
    write); the round's process is SIGKILLed after a random number of its steps, then the writer
    is SIGKILLed mid-write too. The register must pass the same checks as a round alone."""
    import random
    import select
    import subprocess

    template, servers, root = crash_lab
    rng, kills = random.Random(f"writer:{kind}:{SEED}"), 0
    for number in range(WRITER_ROUNDS[kind]):
        data_dir = root / f"{kind}-with-writer" / f"round-{number}"
        shutil.copytree(template.data_dir, data_dir)
        env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
        env["HOME"] = str(data_dir.parent)
        writer = subprocess.Popen([sys.executable, str(crash.DRIVER), "write", str(data_dir)], env=env,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=data_dir.parent)
        try:
            ready, _, _ = select.select([writer.stdout], [], [], crash.ROUND_TIMEOUT)
            assert ready and writer.stdout.readline() == b"writing\n", writer.stderr.read().decode()[-2000:]
            with servers.server() as server:
                output = server.run(crash.job_for(kind, template, data_dir), kill_after_lines=rng.randint(1, 14))
            assert writer.poll() is None, f"the writer stopped: {writer.stderr.read().decode()[-2000:]}"
        finally:
            writer.kill()  # mid-write: it never stops writing
            writer.wait()
            writer.stdout.close()
            writer.stderr.close()
        assert output.status in ("exit 0", f"signal {int(signal.SIGKILL)}"), output.stderr
        kills += output.killed
        problems = crash.check_register(kind, template, data_dir, output)
        assert not problems, f"{kind} round {number} with a writer ({output.lines[-1:]}): " + "; ".join(problems)
    assert kills >= WRITER_ROUNDS[kind] // 2


# -- the checks catch what they are meant to catch -----------------------------------------------

def _output(*events: str) -> crash.Output:
    """What a child killed after reporting ``events`` would have left."""
    return crash.Output([f"{n} {event}" for n, event in enumerate(events, 1)], f"signal {int(signal.SIGKILL)}", 0.0)


@pytest.fixture
def copy(crash_lab, tmp_path) -> Path:
    template, _, _ = crash_lab
    data_dir = tmp_path / "data"
    shutil.copytree(template.data_dir, data_dir)
    return data_dir


def test_the_checks_catch_a_half_written_backup(crash_lab, copy):
    template, _, _ = crash_lab
    good = copy / "backups" / template.backup_name
    cut = good.with_name("kundereg-20990101-000000Z.kbak")
    cut.write_bytes(good.read_bytes()[:-100])  # under its final name, its end missing
    problems = crash.check_register("backup", template, copy, _output("opened"))
    assert any("does not verify" in p and cut.name in p for p in problems), problems


def test_the_checks_catch_a_half_erased_customer(crash_lab, copy):
    template, _, _ = crash_lab
    victim = template.victims[0]
    with contextlib.closing(sqlite_driver.connect(copy / "kundereg.sqlite3")) as conn, conn:
        conn.execute("DELETE FROM service_event WHERE customer_id = ?", (victim,))
        conn.execute("DELETE FROM consent WHERE customer_id = ?", (victim,))
    problems = crash.check_register("erase", template, copy, _output("opened"))
    assert any(f"customer {victim} neither intact nor erased" in p for p in problems), problems


def test_the_checks_catch_a_search_index_out_of_step(crash_lab, copy):
    """PRAGMA integrity_check and FTS5's plain 'integrity-check' both pass this file."""
    template, _, _ = crash_lab
    with contextlib.closing(sqlite_driver.connect(copy / "kundereg.sqlite3")) as conn, conn:
        conn.execute("DROP TRIGGER customer_fts_ad")
        conn.execute("DELETE FROM customer WHERE id = ?", (template.victims[0],))
    problems = crash.check_register("erase", template, copy, _output("opened"))
    assert any("FTS index does not match" in p for p in problems), problems


def test_the_checks_catch_an_erased_customer_coming_back(crash_lab, copy, tmp_path):
    """A restore that put the backup in place without replaying the erasure ledger."""
    from kundereg.locations import resolve
    from kundereg.services.restore import Credentials, restore_backup

    template, _, _ = crash_lab
    elsewhere = resolve(tmp_path / "elsewhere")  # no ledger file there: nobody is erased again
    bare = tmp_path / "bare" / template.backup_name  # nor beside the backup: allowed only explicitly
    bare.parent.mkdir()
    shutil.copyfile(copy / "backups" / template.backup_name, bare)
    restore_backup(bare, crash.PASSPHRASE, elsewhere, credentials=Credentials(crash.OWNER, crash.OWNER_PASSWORD),
                   without_ledger=True)
    shutil.copyfile(elsewhere.sqlite_path, copy / "kundereg.sqlite3")
    problems = crash.check_register("restore", template, copy, _output("opened", "restored"))
    assert any(f"customer {template.pre_erased}, erased before the round, is back" in p for p in problems), problems
