"""An open register: engine plus session factory."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from ..domain.errors import RegisterBusyError, RegisterDamagedError
from .engine import make_engine, make_sessionmaker

log = logging.getLogger(__name__)

# What SQLite says when the file is not (or no longer) a whole database.
_DAMAGED = ("file is not a database", "database disk image is malformed", "malformed database schema",
            "database corruption")
_BUSY = ("database is locked", "database table is locked")


def storage_error(exc: DatabaseError) -> Exception:
    """The user's words for a locked or damaged register; any other error as it was."""
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, OperationalError) and any(m in text for m in _BUSY):
        return RegisterBusyError()
    if any(m in text for m in _DAMAGED):
        return RegisterDamagedError(reason="unreadable")
    return exc


@contextmanager
def _explained() -> Iterator[None]:
    try:
        yield
    except DatabaseError as exc:
        explained = storage_error(exc)
        if explained is exc:
            raise
        # SQLite's own words hold no values (SQLAlchemy's text would quote the statement's parameters).
        log.warning("register: %s (%s)", type(explained).__name__, getattr(exc, "orig", exc))
        raise explained from None


@dataclass(frozen=True)
class Database:
    engine: Engine
    sessions: sessionmaker

    @classmethod
    def open(cls, url: str) -> Database:
        engine = make_engine(url)
        return cls(engine, make_sessionmaker(engine))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any exception."""
        with _explained(), self.sessions() as session, session.begin():
            session.connection(execution_options={"immediate": True})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with _explained(), self.sessions() as session:
            yield session
            session.rollback()

    @contextmanager
    def single_read(self) -> Iterator[Connection]:
        """A Core connection for one read-only statement (the search, run on every keystroke)."""
        with _explained(), self.engine.connect() as conn:
            yield conn.execution_options(single_statement=True)

    def close(self) -> None:
        self.engine.dispose()


# Keys for pg_advisory_xact_lock; one per counter that is handed out as max() + 1.
TICKET_NUMBER_LOCK = 0x6B72_0001


def serialise(session: Session, key: int) -> None:
    """Make concurrent transactions on PostgreSQL take their turn here until they commit.

    SQLite needs nothing: every write transaction there is BEGIN IMMEDIATE, one at a time.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
