"""Engine and session factory with the register's SQLite settings."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import sessionmaker

from ..domain.errors import StorageError
from . import sqlite_driver

BUSY_TIMEOUT_MS = 5000


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def make_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StorageError("The database URL is not valid. Use a SQLAlchemy URL such as "
                           "sqlite:///path/to/kundereg.sqlite3 or postgresql+psycopg://host/db.") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, module=sqlite_driver.dbapi2,
                               connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    try:
        return create_engine(parsed, pool_pre_ping=True)
    except Exception as exc:  # a missing driver module, for example
        raise StorageError("The database driver for {backend} is not installed ({kind}).",
                           backend=parsed.get_backend_name(), kind=type(exc).__name__) from None


def _sqlite_on_connect(dbapi_conn, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", f"busy_timeout={BUSY_TIMEOUT_MS}",
                   "secure_delete=ON", "synchronous=NORMAL"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_on_begin(conn) -> None:
    # A write transaction takes the write lock up front: a deferred one that reads first
    # fails at once (SQLITE_BUSY_SNAPSHOT) when another PC or thread wrote in between.
    options = conn.get_execution_options()
    if options.get("single_statement"):
        return  # one SELECT is its own transaction in SQLite: no BEGIN/ROLLBACK round trip
    conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate") else "BEGIN")


def make_sessionmaker(engine: Engine) -> sessionmaker:
    return sessionmaker(engine, expire_on_commit=False)
