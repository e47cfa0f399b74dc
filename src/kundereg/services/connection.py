"""This PC's connection to a shared register on PostgreSQL (``kundereg connect``).

The URL is stored without its password in the user's config folder; the password goes into
a libpq password file (pgpass format, mode 0600) of kundereg's own, which the URL names with
``passfile=`` so that libpq reads it at connect time. No extra library and no plain password
in any settings file; the keyring library was not used because it has no backend on headless
counters and servers.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from ..domain.errors import StorageError

APP_NAME = "kundereg"
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class Connected:
    url: str      # as stored: no password
    state: str    # "register" (ready), "empty" (init or move-register next)


def config_dir() -> Path:
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def connection_file() -> Path:
    return config_dir() / "connection.json"


def pgpass_file() -> Path:
    return config_dir() / "pgpass"


def stored_url() -> str | None:
    """The URL ``kundereg connect`` stored for this PC, or None."""
    try:
        return json.loads(connection_file().read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError):
        return None


def connect(url_text: str, password: str | None = None) -> Connected:
    """Check that ``url_text`` reaches a kundereg register (or an empty database), then store it."""
    url = _parse(url_text)
    if password is None:
        password = url.password
    url = url.set(password=None)
    state = check(url, password)
    stored = url
    if password:
        _write_pgpass(url, password)
        stored = url.update_query_dict({"passfile": str(pgpass_file())})
    shown = stored.render_as_string(hide_password=False)
    config_dir().mkdir(parents=True, exist_ok=True)
    connection_file().write_text(json.dumps({"url": shown}), encoding="utf-8")
    return Connected(shown, state)


def forget() -> bool:
    found = False
    for path in (connection_file(), pgpass_file()):
        if path.exists():
            path.unlink()
            found = True
    return found


def _parse(url_text: str) -> URL:
    try:
        url = make_url(url_text)
    except ArgumentError:
        raise StorageError("The connection is not a valid URL. Use postgresql://user@host:5432/database.") from None
    if url.get_backend_name() != "postgresql":
        raise StorageError("Only PostgreSQL servers can be shared: use postgresql://user@host:5432/database.")
    if not url.database:
        raise StorageError("The URL names no database: postgresql://user@host:5432/DATABASE.")
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    return url


def check(url: URL, password: str | None) -> str:
    """What is at ``url``: "register" or "empty"; StorageError with the user's words otherwise."""
    from ..db import migrate

    args: dict = {"connect_timeout": CONNECT_TIMEOUT_S}
    if password:
        args["password"] = password
    engine = create_engine(url, connect_args=args)
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
            revision = (conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
                        if "alembic_version" in tables else None)
    except DBAPIError as exc:
        raise _explain(exc, url, where) from None
    finally:
        engine.dispose()
    if not tables:
        return "empty"
    if revision is None or "audit_entry" not in tables:
        raise StorageError("The database {db} on {where} belongs to another program (it has tables, but "
                           "no kundereg register). Use an empty database.", db=url.database, where=where)
    if revision != migrate.SCHEMA_HEAD and not _known(revision):
        raise StorageError("The register on {where} has schema {revision}, newer than this kundereg "
                           "understands. Update kundereg on this PC first.", where=where, revision=revision)
    return "register"


def _known(revision: str) -> bool:
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    from ..db import migrate

    try:
        return ScriptDirectory.from_config(migrate.alembic_config()).get_revision(revision) is not None
    except CommandError:
        return False


def _explain(exc: DBAPIError, url: URL, where: str) -> StorageError:
    # The server's words can quote the user name and host, never the password; still, only
    # our own sentences are shown.
    said = str(getattr(exc, "orig", exc)).lower()
    if "password authentication failed" in said or "no password supplied" in said:
        return StorageError("The server on {where} refused user {user}: wrong password, or no such user.",
                            where=where, user=url.username or "")
    if "ssl" in said or "certificate" in said or "tls" in said:
        return StorageError("A secure (TLS) connection to {where} failed: check sslmode and the CA file "
                            "(sslrootcert) against the server's certificate.", where=where)
    if "does not exist" in said and "database" in said:
        return StorageError("There is no database {db} on {where}. Ask whoever runs the server to create it.",
                            db=url.database, where=where)
    if "connection refused" in said or "could not connect" in said or "timeout" in said \
            or "name or service not known" in said or "connection failed" in said:
        return StorageError("The server {where} does not answer. Is PostgreSQL running there, and is the "
                            "port open to this PC?", where=where)
    return StorageError("Connecting to {where} failed ({kind}).", where=where, kind=type(exc.orig).__name__)


def _write_pgpass(url: URL, password: str) -> None:
    def esc(value: object) -> str:
        return str(value).replace("\\", "\\\\").replace(":", "\\:")

    line = ":".join(esc(v) for v in (url.host or "localhost", url.port or 5432, url.database,
                                     url.username or "", password)) + "\n"
    config_dir().mkdir(parents=True, exist_ok=True)
    path = pgpass_file()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)  # libpq ignores a looser file
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(line)
    os.chmod(path, 0o600)
