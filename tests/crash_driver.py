"""Child side of the SIGKILL crash-safety checks (tests/test_crash_safety.py, bench/crash.py).

Not a test module: it is run as a subprocess, ``python tests/crash_driver.py serve``, and acts
as a fork server. Starting Python and importing kundereg costs about half a second, far more
than one erasure, backup or restore, so the server imports once and forks one child per round;
the parent SIGKILLs that child (or the child SIGKILLs itself at a chosen point).

Protocol, one line each way (stdin / stdout):
  parent -> server  a JSON job: {"mode": "erase"|"backup"|"restore", "data_dir": ..., "kill_at": N|null, ...}
  server -> parent  ``pid <n>``; then the child's progress lines ``<k> <event>`` (k counts from 1)
  parent -> server  ``reap`` once the child is dead or done (until then the child stays unreaped,
                    so its pid cannot be reused while the parent may still signal it)
  server -> parent  ``exit <code>`` or ``signal <n>``

Progress lines come after each committed step of the loop and around the crash-relevant steps
inside the services (before/after the erasure's delete, checkpoint, ledger append and receipt; the
backup's snapshot, encryption, verification, rename and rotation; the restore's ledger save,
ledger replay, journal switch and swap), and after each 1 MiB part a backup encrypts or a
restore decrypts (the template register is bigger than one part). ``kill_at`` = k makes the child SIGKILL
itself right after writing line k: a kill at an exact point, not just a random moment.
"""
from __future__ import annotations

import functools
import json
import os
import signal
import sys
import time
import traceback
from pathlib import Path

OWNER, OWNER_PASSWORD = "eier", "krasj-test-eier-passord"  # a throwaway register's owner
PASSPHRASE = "krasj test passfrase stift"
KDF_N = 2 ** 10  # scrypt cost for these rounds; production uses backup.KDF_N
LANGUAGE = "nb"


def cheap_argon2() -> None:
    """Still argon2id, at test cost. Hashes carry their parameters, so logins stay cheap anywhere."""
    from argon2 import PasswordHasher

    from kundereg.services import auth, staff

    cheap = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    staff._hasher = cheap
    auth._DUMMY_HASH = cheap.hash("not a real account")


# -- the child: one round ---------------------------------------------------------------------

class _Progress:
    def __init__(self, kill_at: int | None) -> None:
        self.count = 0
        self.kill_at = kill_at

    def __call__(self, event: str) -> None:
        self.count += 1
        os.write(1, f"{self.count} {event}\n".encode())  # one write: a whole line or nothing
        if self.count == self.kill_at:
            os.kill(os.getpid(), signal.SIGKILL)


def _hook(progress: _Progress, owner, name: str, label: str | None = None) -> None:
    """Wrap owner.name so that it reports before and after every call."""
    original = getattr(owner, name)
    label = label or name

    @functools.wraps(original)
    def wrapper(*args, **kwargs):
        progress(f"> {label}")
        result = original(*args, **kwargs)
        progress(f"< {label}")
        return result

    setattr(owner, name, wrapper)


def _install_hooks(progress: _Progress) -> None:
    from kundereg.db import migrate
    from kundereg.services import backup, erasure, ledger, register, restore

    _hook(progress, erasure, "erase_customer")           # inside the erasure's transaction
    _hook(progress, erasure, "checkpoint")               # after its commit, before the ledger line
    _hook(progress, ledger.LedgerFile, "append", "ledger.append")
    _hook(progress, erasure, "render_receipt")           # the shop's copy of the receipt, then renamed
    _hook(progress, backup, "_snapshot")
    _hook(progress, backup, "_encrypt")
    _hook(progress, backup, "_verify")
    _hook(progress, os, "replace", "os.replace")
    _hook(progress, backup, "rotate")
    _hook(progress, restore, "_read_live")               # the live register's ledger saved, its owner logged in
    _hook(progress, migrate, "upgrade", "migrate.upgrade")
    _hook(progress, erasure, "reconcile_ledger")
    register.reconcile_ledger = erasure.reconcile_ledger  # open_register imported it by name
    restore.reconcile_ledger = erasure.reconcile_ledger   # and so did the restore
    _hook(progress, restore, "_journal_mode_delete")
    _hook(progress, restore, "_swap_in")


def _erase(db, locations, staff, customer_id: int, progress: _Progress) -> None:
    from kundereg.services.backup import backups_holding
    from kundereg.services.erasure import ErasureService
    from kundereg.services.identity import IdentityService
    from kundereg.services.register import ledger_file
    from kundereg.services.requests import RequestService

    requests = RequestService(db)
    request = requests.register(staff, customer_id, "erasure", "counter")
    progress(f"registered {customer_id}")
    IdentityService(db).verify_photo_id(staff, customer_id, "passport")
    progress(f"verified {customer_id}")
    requests.confirm_identity(staff, request.id)
    progress(f"confirmed {customer_id}")
    # The plain ledger, not the mirrored one: the rounds' copies of the template would write to the
    # template's backup folder, recorded by its absolute path, and share their erasures.
    service = ErasureService(db, ledger_file(locations), backups=lambda at: backups_holding(db, locations, at),
                             receipt_dir=locations.data_dir / "receipts")  # as the app sets it up
    service.erase(staff, request.id, LANGUAGE)
    progress(f"erased {customer_id}")


def _open(locations, progress: _Progress):
    from kundereg.services.auth import AuthService
    from kundereg.services.register import open_register

    db = open_register(locations)
    progress("opened")
    return db, AuthService(db).login(OWNER, OWNER_PASSWORD)


def run_job(job: dict) -> None:
    """What the child does: the loop of erasures, backups or restores of one round."""
    from kundereg.domain.errors import StateError
    from kundereg.locations import resolve
    from kundereg.services import backup
    from kundereg.services.backup import take_backup
    from kundereg.services.restore import Credentials, restore_backup

    # Smaller encrypted parts than the production 1 MiB, so that a small register spans several
    # and a kill can fall between two of them (each part has its length; readers need no setting).
    backup.CHUNK = job.get("chunk", backup.CHUNK)

    progress = _Progress(job.get("kill_at"))
    _install_hooks(progress)
    locations = resolve(job["data_dir"])
    mode = job["mode"]
    if mode == "erase":
        db, staff = _open(locations, progress)
        for customer_id in job["victims"]:
            _erase(db, locations, staff, customer_id, progress)
        db.close()
    elif mode == "backup":
        db, staff = _open(locations, progress)
        done = 0
        while done < job["backups"]:
            try:
                result = take_backup(staff, db, locations, PASSPHRASE, kdf_n=KDF_N,
                                     progress=lambda n, total: progress(f"encrypted {n}/{total}"))
            except StateError:  # one backup per second (the name holds the time): wait for the next
                time.sleep(1.02 - time.time() % 1)
                continue
            done += 1
            progress(f"backup {result.path.name}")
        db.close()
    elif mode == "restore":
        for customer_id in job["victims"]:  # erase one, restore the backup from before: they stay erased
            db, staff = _open(locations, progress)
            _erase(db, locations, staff, customer_id, progress)
            db.close()
            restore_backup(Path(job["backup"]), PASSPHRASE, locations,
                           credentials=Credentials(OWNER, OWNER_PASSWORD),
                           progress=lambda n, total: progress(f"decrypted {n}/{total}"))
            progress("restored")
    else:
        raise ValueError(f"unknown mode {mode!r}")
    progress("done")


# -- the fork server --------------------------------------------------------------------------

def _preload() -> None:
    import cryptography.hazmat.primitives.ciphers.aead  # noqa: F401
    import cryptography.hazmat.primitives.kdf.scrypt  # noqa: F401

    import kundereg.reports.erasure_receipt  # noqa: F401
    import kundereg.services.auth  # noqa: F401
    import kundereg.services.backup  # noqa: F401
    import kundereg.services.erasure  # noqa: F401
    import kundereg.services.identity  # noqa: F401
    import kundereg.services.register  # noqa: F401
    import kundereg.services.requests  # noqa: F401


def serve() -> None:
    _preload()
    from kundereg.reports.fonts import register_fonts

    register_fonts()
    cheap_argon2()
    stdin = sys.stdin.buffer
    while True:
        line = stdin.readline()
        if not line:
            return
        job = json.loads(line)
        pid = os.fork()
        if pid == 0:  # the child: never returns into the server loop
            code = 0
            try:
                os.chdir(job["data_dir"])
                run_job(job)
            except BaseException:
                traceback.print_exc()
                os.write(1, b"0 failed\n")
                code = 1
            finally:
                sys.stderr.flush()
                os._exit(code)
        os.write(1, f"pid {pid}\n".encode())
        if stdin.readline().strip() != b"reap":
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            os.write(1, f"signal {os.WTERMSIG(status)}\n".encode())
        else:
            os.write(1, f"exit {os.waitstatus_to_exitcode(status)}\n".encode())


def write(data_dir: str) -> None:
    """Another kundereg writing the same register until it is killed: staff log in and out,
    two short transactions each, some 100 a second (tables the rounds' checks leave alone).
    Prints "writing" once the first write is in."""
    from kundereg.locations import resolve
    from kundereg.services.auth import AuthService
    from kundereg.services.register import open_register

    cheap_argon2()
    db = open_register(resolve(data_dir))
    auth = AuthService(db)
    first = True
    while True:
        auth.logout(auth.login(OWNER, OWNER_PASSWORD))
        if first:
            os.write(1, b"writing\n")
            first = False
        # A busy app, not a lock held forever: SQLite's busy handler polls, and a writer that
        # never lets go starves the other process into "the register is busy" (which is right,
        # but then the round tests nothing).
        time.sleep(0.005)


if __name__ == "__main__":
    if sys.argv[1:] == ["serve"]:
        serve()
    elif sys.argv[1:2] == ["write"] and len(sys.argv) == 3:
        write(sys.argv[2])
    else:
        sys.exit(__doc__)
