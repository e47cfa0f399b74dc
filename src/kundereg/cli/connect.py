"""`kundereg connect`: set this PC's CLI up against a shared register on PostgreSQL."""
from __future__ import annotations

import os
import sys

ENV_DB_PASSWORD = "KUNDEREG_DB_PASSWORD"


def add_parser(sub) -> None:
    p = sub.add_parser("connect", help="use a shared register on a PostgreSQL server from this PC's CLI")
    p.add_argument("url", nargs="?", metavar="URL",
                   help="postgresql://user@host:5432/database?sslmode=verify-full&sslrootcert=ca.pem")
    p.add_argument("--forget", action="store_true", help="go back to the register on this PC")
    p.set_defaults(handler=cmd_connect)


def cmd_connect(args, locations) -> int:
    from ..services import connection

    if args.forget:
        print("Connection forgotten." if connection.forget() else "No connection was stored.")
        return 0
    if not args.url:
        print("kundereg: connect needs a URL (or --forget)", file=sys.stderr)
        return 1
    password = os.environ.get(ENV_DB_PASSWORD)
    if password is None and "@" in args.url and ":" not in args.url.split("@")[0].split("//")[-1] \
            and sys.stdin.isatty():
        import getpass

        password = getpass.getpass("Database password (empty for none): ") or None
    result = connection.connect(args.url, password)
    print(f"Connected: {result.url}")
    if result.state == "empty":
        print("The database is empty: run 'kundereg init' or 'kundereg move-register --to' with this URL next.")
    print(f"The password is in {connection.pgpass_file()} (readable by you only), not in the URL.")
    return 0
