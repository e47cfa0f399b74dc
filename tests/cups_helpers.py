"""A real CUPS with the cups-pdf virtual printer for the printing tests.

``cups_pdf_queue()`` starts cupsd when it is not running (root only, as on CI), adds a
cups-pdf queue, and yields a ``CupsPdf`` that waits (bounded) for a job's output PDF. It skips
with the reason when CUPS cannot be used on this machine.
"""
from __future__ import annotations

import contextlib
import os
import pwd
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

QUEUE = "kundereg-test-pdf"
PPDS = (Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd"), Path("/usr/share/cups/model/CUPS-PDF_opt.ppd"))
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
CONF = Path("/etc/cups/cups-pdf.conf")


def _running() -> bool:
    done = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=30)
    return "is running" in done.stdout and "not" not in done.stdout


def _wait(check, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        result = check()
        if result:
            return result
        time.sleep(0.1)
    raise AssertionError(f"timed out after {seconds:.0f} s waiting for {what}")


def _output_dir() -> Path:
    """Where cups-pdf writes: its ``Out`` setting, ${HOME} being the submitting user's home."""
    out = "${HOME}/PDF"
    if CONF.is_file():
        for line in CONF.read_text(errors="replace").splitlines():
            if re.match(r"\s*Out\s", line):
                out = line.split(None, 1)[1].strip()
    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home).replace("${USER}", pwd.getpwuid(os.getuid()).pw_name))


@dataclass
class CupsPdf:
    name: str
    out_dir: Path

    def printed(self, token: str, seconds: float = 60) -> bytes:
        """The PDF cups-pdf wrote for the job whose title holds ``token`` (removed once read)."""
        def find():
            if not self.out_dir.is_dir():
                return None
            for path in self.out_dir.iterdir():
                if token in path.name and path.suffix == ".pdf":
                    data = path.read_bytes()
                    if data.rstrip().endswith(b"%%EOF"):  # cups-pdf has finished writing it
                        path.unlink()
                        return data
            return None
        return _wait(find, seconds, f"cups-pdf output of {token!r} in {self.out_dir}")


# One cupsd serves the whole machine: test workers (pytest-xdist) take turns with it, or one
# would remove the queue (or stop the daemon) under another's print job.
LOCK = Path("/tmp/kundereg-tests-cups.lock")


@contextlib.contextmanager
def cups_pdf_queue():
    import fcntl

    with open(LOCK, "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            with _cups_pdf_queue() as queue:
                yield queue
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@contextlib.contextmanager
def _cups_pdf_queue():
    tools = [t for t in ("lp", "lpstat", "lpadmin", "cupsd") if shutil.which(t) is None]
    if tools:
        pytest.skip(f"CUPS not installed ({', '.join(tools)} missing; scripts/ensure-system-deps installs cups "
                    "and printer-driver-cups-pdf)")
    ppd = next((p for p in PPDS if p.is_file()), None)
    if ppd is None or not BACKEND.exists():
        pytest.skip("the cups-pdf printer driver is not installed (printer-driver-cups-pdf)")
    daemon = None
    if not _running():
        if os.getuid() != 0:
            pytest.skip("CUPS is not running and starting cupsd needs root")
        daemon = subprocess.Popen(["cupsd", "-f"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait(lambda: _running() or daemon.poll() is not None, 30, "cupsd to start")
        except AssertionError:
            daemon.kill()
            daemon.communicate()
            pytest.skip("cupsd did not start within 30 s")
        if daemon.poll() is not None:
            _, err = daemon.communicate()
            pytest.skip(f"cupsd could not start: {err.decode(errors='replace')[-300:]}")
    try:
        added = subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(ppd)],
                               capture_output=True, text=True, timeout=60)
        if added.returncode != 0:
            pytest.skip(f"lpadmin could not add the cups-pdf queue: {added.stderr.strip()}")
        yield CupsPdf(QUEUE, _output_dir())
    finally:
        subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True, timeout=60)
        if daemon is not None and daemon.returncode is None:
            daemon.terminate()
            daemon.communicate(timeout=30)  # also closes its stderr pipe
