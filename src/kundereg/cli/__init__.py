"""The scripting interface: `kundereg [--data-dir DIR] [--db URL] COMMAND ...`.

With no command it starts the GUI. Exit codes: 0 ok, 1 error (one line on stderr), 2 usage.
Each area of commands is one module listed in AREAS (DEVELOPERS.md, "A new CLI command").
"""
from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from ..domain.errors import KunderegError
from ..locations import ENV_DATA_DIR, ENV_DB_URL, resolve
from . import (audit, backup, check, connect, customers, demo, documents, erasure, importing, init, move, notify,
               orders, printing, requests, rights, staff)
from .common import ENV_BACKUP_PASSPHRASE, ENV_PASSWORD, ENV_USER

# One module per area, each with add_parser(sub) that declares its commands and sets their
# handler (``parser.set_defaults(handler=...)``); --help lists them in this order.
AREAS = (init, documents, demo, customers, orders, importing, audit, requests, rights, erasure, backup, check, staff,
         printing, notify, move, connect)


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error as one line (the usage itself is what --help shows)."""

    def error(self, message: str):
        self.exit(2, " ".join(f"{self.prog}: error: {message} (see {self.prog} --help)".split()) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="kundereg",
        description="Customer register with GDPR tooling for small Nordic shops. "
                    "Without a command, the desktop app starts.",
        epilog=f"Environment: {ENV_DATA_DIR} (data directory), {ENV_DB_URL} (database URL), "
               f"{ENV_USER} (staff member, like --user), {ENV_PASSWORD} (their password, for scripts), "
               f"{ENV_BACKUP_PASSPHRASE} (backup passphrase, for scheduled backups), "
               "KUNDEREG_SMTP_HOST/_PORT/_SECURITY/_USER/_PASSWORD/_FROM (mail server for one-time codes).")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the register, its logs and backups "
                             "(default: the per-user data folder)")
    parser.add_argument("--db", metavar="URL",
                        help="SQLAlchemy database URL, e.g. postgresql+psycopg://host/kundereg "
                             "(default: kundereg.sqlite3 in the data directory)")
    parser.add_argument("--user", metavar="NAME",
                        help="staff member acting; the password is asked for, or read from "
                             f"{ENV_PASSWORD} (required by every command that reads or changes data)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for area in AREAS:
        area.add_parser(sub)
    return parser


class _VersionAction(argparse.Action):
    """``--version``, reading the installed version only when asked (it costs start-up time)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str = "show program's version number and exit") -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        from .. import __version__
        from ..db.schema_head import schema_head  # no SQLAlchemy: --version stays instant

        # On stdout, as argparse's own version action. The schema is what this program upgrades
        # a register to, so support can tell at once whether an old register will be migrated.
        print(f"{parser.prog} {__version__} (register schema {schema_head() or 'unknown'})")
        parser.exit()


def main(argv: Sequence[str] | None = None) -> int:
    try:
        try:
            return _run(argv)
        finally:
            sys.stdout.flush()  # a closed pipe shows here, where it can be caught, not at exit
    except BrokenPipeError:
        # `kundereg audit list | head`: the reader has gone. No traceback, and no second one at
        # exit when Python flushes stdout again (the Python docs' recipe for SIGPIPE).
        if _is_real_stdout():
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1


def _stored_connection() -> str | None:
    from ..services.connection import stored_url  # `kundereg connect`

    return stored_url()


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:  # the GUI's connection is per PC in QSettings (issue 19), not connect's
        locations = resolve(args.data_dir, args.db)
        from ..app import run_gui  # Qt is loaded only for the GUI

        return run_gui(locations)
    locations = resolve(args.data_dir, args.db or os.environ.get(ENV_DB_URL) or _stored_connection())
    from ..logs import setup_logging

    try:
        if not getattr(args, "late_logging", False):  # `init` starts the log once the register exists
            setup_logging(locations.log_dir)
    except OSError as exc:  # a --data-dir that cannot hold a log folder: said below, in one line
        return _one_line(f"the data folder cannot be used ({exc.strerror or type(exc).__name__})")
    try:
        return args.handler(args, locations)
    except KunderegError as exc:
        return _one_line(exc.message)
    except KeyboardInterrupt:
        print("kundereg: interrupted", file=sys.stderr)
        return 1
    except OSError as exc:  # a file the user named cannot be read or written (shown to them, not logged)
        if isinstance(exc, BrokenPipeError):
            raise
        return _one_line(f"{exc.strerror or type(exc).__name__}: {exc.filename or ''}".rstrip(": "))
    except Exception as exc:  # the one place every other error ends: one line here, the details in the log
        return _one_line(_unexpected(exc, locations))


def _one_line(message: str) -> int:
    """The error on stderr as one line (a message holding a line break is joined), exit code 1."""
    text = " ".join(str(message).split())
    print(f"kundereg: {text}".encode("utf-8", "backslashreplace").decode("utf-8"), file=sys.stderr)
    return 1


def _unexpected(exc: Exception, locations) -> str:
    """Log where it happened (frames and the error's type; never its text, which may quote the
    values of a statement or a name) and say it in the user's words."""
    import logging
    import traceback

    from sqlalchemy.exc import DBAPIError, OperationalError

    from ..db.database import storage_error

    if isinstance(exc, DBAPIError):
        explained = storage_error(exc)
        if isinstance(explained, KunderegError):
            return explained.message
    frames = "\n".join(f"  {f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(exc.__traceback__))
    logging.getLogger("kundereg.cli").error("unexpected %s.%s\n%s", type(exc).__module__, type(exc).__name__,
                                            frames)
    if isinstance(exc, OperationalError) and exc.statement is None:  # it failed connecting, not in a query
        return "the database cannot be reached (see the log for details)."
    return f"unexpected error ({type(exc).__name__}). Details are in the log: {locations.log_dir}"


def _is_real_stdout() -> bool:
    try:
        sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # captured in a test, or replaced by a wrapper
        return False
    return True
