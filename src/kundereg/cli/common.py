"""What every command area shares: the environment, argument types, opening the register as a
staff member, the identity-gate arguments, and one way to print tables and JSON.

Imports nothing heavy at module level: ``kundereg --version`` and ``--help`` load this module and
must not pay for SQLAlchemy. Services are imported inside the functions that need them.
"""
from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, is_dataclass
from datetime import date, datetime, timezone
from decimal import Decimal
from enum import Enum
from pathlib import Path

from ..domain.access import DEFAULT_REASONS, KnowledgeField, PhotoIdType, VerificationMethod
from ..domain.errors import KunderegError
from ..locations import Locations

ENV_PASSWORD = "KUNDEREG_PASSWORD"
ENV_USER = "KUNDEREG_USER"
ENV_STATED = "KUNDEREG_STATED_VALUE"
ENV_NEW_PASSWORD = "KUNDEREG_NEW_PASSWORD"
ENV_BACKUP_PASSPHRASE = "KUNDEREG_BACKUP_PASSPHRASE"

MAX_CELL = 40  # a wider cell wraps onto more lines; nothing is cut off

VERIFIED_BY_HELP = ("how the person's identity was checked: photo-id:TYPE (passport, national_id, driving_licence, "
                    "bank_card, other), knowledge:FIELD (mobile, email or ticket; the stated value is asked for, "
                    f"or read from {ENV_STATED}), or email-code")


# -- argument types ---------------------------------------------------------------------------

MAX_ID = 2 ** 63 - 1  # SQLite's and PostgreSQL's largest integer: a larger number names nothing
MAX_DEMO_CUSTOMERS = 100_000  # a big shop's register; more only fills the disk


def _whole(value: str) -> int:
    try:
        return int(value.strip()[:40])  # 40 digits is past any limit; int() on a huge string is slow
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(value)!r} is not a whole number") from None


def bounded_int(low: int, high: int):
    def parse(value: str) -> int:
        number = _whole(value)
        if not low <= number <= high or len(value.strip()) > 40:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}")
        return number
    return parse


def positive_int(value: str) -> int:
    number = _whole(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    if number > MAX_ID or len(value.strip()) > 40:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_ID}")
    return number


def shown(value: str, limit: int = 40) -> str:
    """A value the user typed, cut short and with unprintable characters escaped, for one line."""
    text = value if len(value) <= limit else value[:limit] + "…"
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def utc_date(value: str) -> datetime:
    try:
        return datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{shown(value)!r} is not a date like 2026-01-31") from None


def gate_method(value: str) -> tuple[VerificationMethod, str | None]:
    """``photo-id:TYPE``, ``knowledge:FIELD`` or ``email-code`` as the gate's method and detail."""
    kind, _, detail = value.partition(":")
    kind = kind.strip().lower().replace("_", "-")
    if kind == "photo-id" and detail in {t.value for t in PhotoIdType}:
        return VerificationMethod.PHOTO_ID, detail
    if kind == "knowledge" and detail in {f.value for f in KnowledgeField}:
        return VerificationMethod.KNOWLEDGE, detail
    if kind == "email-code" and not detail:
        return VerificationMethod.EMAIL_CODE, None
    raise argparse.ArgumentTypeError("use photo-id:TYPE, knowledge:mobile|email|ticket or email-code")


def add_gate_arguments(parser: argparse.ArgumentParser, *, reason: bool = False) -> None:
    """``--verified-by`` for a command about one person; with ``reason``, ``--reason`` may stand
    in for it (back-office work without the person present). One of them is required."""
    if not reason:
        parser.add_argument("--verified-by", required=True, metavar="METHOD", type=gate_method, help=VERIFIED_BY_HELP)
        parser.set_defaults(reason=None)
        return
    gate = parser.add_mutually_exclusive_group(required=True)
    gate.add_argument("--verified-by", metavar="METHOD", type=gate_method, help=VERIFIED_BY_HELP)
    gate.add_argument("--reason", metavar="PURPOSE",
                      help="business reason without the person present: " + ", ".join(DEFAULT_REASONS))


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of a table")


# -- secrets and the acting staff member ------------------------------------------------------

def secret(env_name: str, prompt: str, *, pin: bool = False) -> str:
    value = os.environ.get(env_name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise KunderegError("No PIN: set {env} or run in a terminal." if pin else
                            "No password: set {env} or run in a terminal.", env=env_name)
    return getpass.getpass(prompt)


def acting_user(args) -> str | None:
    return args.user or os.environ.get(ENV_USER)


@contextmanager
def opened(args, locations: Locations, *, login: bool = True, require_shop: bool = True) -> Iterator[tuple]:
    """``with opened(args, locations) as (reg, staff):`` the register's services and the acting
    staff member (--user or KUNDEREG_USER; None with ``login=False``); closed afterwards."""
    from ..services.register import build_register, open_register
    from ..services.shop import get_shop

    db = open_register(locations)
    try:
        if require_shop:
            get_shop(db)  # raises NotInitialisedError with the hint to run 'init'
        reg = build_register(db, locations)
        staff = None
        if login:
            username = acting_user(args)
            if not username:
                raise KunderegError("Say who is acting: --user NAME (or {env}).", env=ENV_USER)
            staff = reg.auth.login(username, secret(ENV_PASSWORD, f"Password for {username}: "))
        yield reg, staff
    finally:
        db.close()


def gate_options(args) -> dict:
    """The identity check the command line asked for, as keyword arguments of
    ``services.identity.pass_gate`` (and of the workflows that call it)."""
    if getattr(args, "reason", None):
        return {"method": VerificationMethod.BUSINESS_REASON, "detail": args.reason}
    method, detail = args.verified_by
    return {"method": method, "detail": detail, "stated": _ask_stated, "code": _ask_code}


def pass_gate(args, reg, staff, customer_id: int) -> None:
    from ..services.identity import pass_gate as through_gate

    through_gate(reg.identity, staff, customer_id, **gate_options(args))


def _ask_stated(field: str) -> str:
    # Not a password: what the person says their mobile, email or ticket number is.
    value = os.environ.get(ENV_STATED)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise KunderegError("A knowledge check compares what the person states as their {field}: put it in "
                            "{env} or run in a terminal.", field=field, env=ENV_STATED)
    return getpass.getpass(f"What the person states as their {field}: ")


def _ask_code(where: str) -> str:
    if not sys.stdin.isatty():
        raise KunderegError("A code was sent to {where}; entering it needs a terminal.", where=where)
    return input(f"Code sent to {where}. Code: ")


# -- files ------------------------------------------------------------------------------------

def checked_out(value: str, option: str = "--out") -> Path:
    """The path of a file to write, refused at once when its folder is missing."""
    out = Path(value)
    if not out.parent.is_dir():
        raise KunderegError("The folder for --receipt does not exist: {folder}" if option == "--receipt"
                            else "The folder for --out does not exist: {folder}", folder=str(out.parent))
    return out


def output_format(args, allowed: tuple[str, ...]) -> str:
    """--format, else the extension of --out; a usage error (exit 2) when neither says."""
    if args.format:
        return args.format
    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix in allowed:
        return suffix
    print(f"kundereg: cannot tell the format from '{Path(args.out).name}': use --format "
          f"{'|'.join(allowed)} or an --out ending in " + " or ".join(f".{a}" for a in allowed), file=sys.stderr)
    raise SystemExit(2)


def add_destination(parser: argparse.ArgumentParser, option: str = "--out", metavar: str = "FILE.pdf",
                    help: str | None = None) -> None:
    """``--out FILE`` (or ``--receipt``) or ``--printer NAME``: one of them is required."""
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument(option, metavar=metavar, help=help)
    where.add_argument("--printer", metavar="NAME",
                       help="send the PDF to this CUPS printer instead of a file (lpstat -e lists them)")


def printed(pdf: bytes, printer: str, what: str) -> str:
    """Send ``pdf`` to ``printer``; the job title names the kind of document, never a person."""
    from ..services.printing import print_pdf

    job = print_pdf(pdf, printer, title=f"kundereg {what}")
    return f"sent to {printer} (job {job or 'queued'})"


# -- output -----------------------------------------------------------------------------------

def output(args, header: Sequence[str], rows: Sequence[Sequence[object]], data: object,
           empty: str | None = None) -> None:
    """The one way a listing is printed: ``data`` as JSON with --json, else ``rows`` as a table
    (or ``empty`` when there are none)."""
    if getattr(args, "json", False):
        print_json(data)
    elif not rows and empty:
        print(empty)
    else:
        print_table(header, rows)


def print_json(data: object) -> None:
    """UTF-8 as it is (Ø stays Ø), dates as ISO 8601, money as integer minor units."""
    print(json.dumps(data, default=_json_default, ensure_ascii=False, indent=2))


def records(items) -> list[dict]:
    return [asdict(item) for item in items]


def _json_default(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (Decimal, Path)):
        return str(value)
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(type(value).__name__)


def print_table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """Columns as wide as their widest cell up to MAX_CELL; a longer cell wraps within its column."""
    table = [[_wrap(cell) for cell in row] for row in [header, *rows]]
    widths = [max(len(line) for row in table for line in row[i]) for i in range(len(header))]
    for row in table:
        for n in range(max(len(cell) for cell in row)):
            print("  ".join((cell[n] if n < len(cell) else "").ljust(w) for cell, w in zip(row, widths)).rstrip())


def _wrap(cell: object) -> list[str]:
    lines = []
    for part in ("" if cell is None else str(cell)).splitlines() or [""]:
        lines += textwrap.wrap(part, MAX_CELL, break_long_words=True, break_on_hyphens=False) or [""]
    return lines


def shop_locale(reg) -> str:
    """Dates and money as the shop writes them: its document language in its country."""
    from ..domain.languages import locale_for

    profile = reg.profile.profile()
    return locale_for(profile.document_language, profile.country)


def id_list(ids: Sequence[int]) -> str:
    shown = ", ".join(map(str, ids[:20]))
    return (shown + f" and {len(ids) - 20} more") if len(ids) > 20 else (shown or "none")


def where(locations: Locations) -> str:
    return str(locations.sqlite_path or "the configured database")
