"""Sending a finished PDF to a printer without writing it anywhere: CUPS's ``lp`` reads it from stdin.

The PDF is handed over as bytes in memory, so a password-protected report is printed from its
unencrypted bytes and no plaintext copy lands in a temp folder (CUPS's own spool is the
printer's business, as with any print job). The job title goes into the spooler's job history
and log, so it never carries a name: callers pass "kundereg ticket 427" or "kundereg document".

Linux and macOS print through CUPS. Windows has no ``lp``: there the app prints through Qt's
print dialog (``ui.printing``), and the command line says so instead of guessing.
"""
from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys

from ..domain.errors import KunderegError

# Named media CUPS knows; anything else goes as a custom size (receipt rolls, labels).
_NAMED_MEDIA = {(210, 297): "A4", (148, 210): "A5", (216, 279): "Letter"}
_JOB_ID = re.compile(r"request id is (\S+)")
# CUPS queue names: printable, no blanks, '/' or '#'; refused when they could be read as an option.
_PRINTER_NAME = re.compile(r"[^\s/#\-][^\s/#]{0,127}")
TIMEOUT = 60


class PrintError(KunderegError):
    pass


def spooler_available() -> bool:
    return sys.platform != "win32" and shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _require_spooler() -> None:
    if sys.platform == "win32":
        raise PrintError("Printing from the command line needs CUPS; on Windows print from the app.")
    if not spooler_available():
        raise PrintError("No print spooler: install CUPS (the lp and lpstat commands).")


def _lpstat(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["lpstat", *args], capture_output=True, text=True, timeout=TIMEOUT)


def list_printers() -> list[str]:
    """The CUPS destinations on this PC, in lpstat's order; empty when there are none."""
    _require_spooler()
    done = _lpstat("-e")
    return [line.strip() for line in done.stdout.splitlines() if line.strip()] if done.returncode == 0 else []


def default_printer() -> str | None:
    _require_spooler()
    done = _lpstat("-d")
    match = re.search(r"destination:\s*(\S+)", done.stdout)
    return match.group(1) if done.returncode == 0 and match else None


def require_printer(printer: str) -> str:
    """``printer``, if CUPS has a queue by that name: checked before a command changes anything, so
    that an erasure is not carried out only for its receipt to find no printer."""
    if not _PRINTER_NAME.fullmatch(printer or "") or printer not in list_printers():
        raise PrintError("There is no printer called {printer} (lpstat -e lists them).", printer=printer)
    return printer


def media_option(pdf: bytes) -> str:
    """The CUPS ``media`` for the PDF's first page, so the spooler does not scale a receipt onto A4."""
    from pypdf import PdfReader

    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    width, height = (float(v) * 25.4 / 72 for v in (box.width, box.height))
    named = _NAMED_MEDIA.get((round(width), round(height)))
    return named or f"Custom.{width:.1f}x{height:.1f}mm"


def safe_title(title: str) -> str:
    """Only letters, digits and a few signs: the title ends up in CUPS's logs and history."""
    return re.sub(r"[^A-Za-z0-9 ._-]", "", title)[:60] or "kundereg"


def print_pdf(pdf: bytes, printer: str, *, title: str = "kundereg document", copies: int = 1) -> str:
    """Queue ``pdf`` on the CUPS printer ``printer``; returns the job id (``Kasse-12``)."""
    _require_spooler()
    if not _PRINTER_NAME.fullmatch(printer or ""):
        raise PrintError("There is no printer by that name.")
    if not 1 <= copies <= 99:
        raise PrintError("Copies must be from 1 to 99.")
    argv = ["lp", "-d", printer, "-t", safe_title(title), "-n", str(copies), "-o", f"media={media_option(pdf)}",
            "-"]  # '-': the document comes on stdin, never from a file
    try:
        done = subprocess.run(argv, input=pdf, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        raise PrintError("The print spooler did not answer.") from None
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PrintError("The printer {printer} did not take the job: {reason}", printer=printer,
                         reason=reason[-1] if reason else "lp failed")
    match = _JOB_ID.search(done.stdout.decode("utf-8", "replace"))
    return match.group(1) if match else ""
