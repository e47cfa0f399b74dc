"""An open register: engine plus session factory."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from .engine import make_engine, make_sessionmaker


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
        with self.sessions() as session, session.begin():
            session.connection(execution_options={"immediate": True})
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session
            session.rollback()

    @contextmanager
    def single_read(self) -> Iterator[Connection]:
        """A Core connection for one read-only statement (the search, run on every keystroke)."""
        with self.engine.connect() as conn:
            yield conn.execution_options(single_statement=True)

    def close(self) -> None:
        self.engine.dispose()
