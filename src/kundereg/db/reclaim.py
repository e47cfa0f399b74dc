"""Making deleted rows physically gone from a PostgreSQL server's table files.

A DELETE or UPDATE in PostgreSQL leaves the old row version in the heap page, and a plain
VACUUM only marks its space reusable: the bytes stay in the table and index files until some
later insert happens to overwrite them (measured: an erased name is still found in the heap
and the btree after VACUUM and CHECKPOINT). ``VACUUM FULL`` writes each table and its indexes
into new files and unlinks the old ones, so afterwards the erased values are in no relation
file of the data directory. It holds an ACCESS EXCLUSIVE lock on one table at a time; for a
shop's register that is a pause of about a second on other PCs, after an erasure that is rare.

What remains, and cannot be reached from a client connection: the write-ahead log in
``pg_wal`` until its segments are recycled and overwritten (after further checkpoints), WAL
archives and base backups the server's administrator keeps for point-in-time recovery, and
freed disk blocks of the unlinked files. The erasure ledger covers a restore from any of them.
"""
from __future__ import annotations

import logging

from sqlalchemy import Engine, text

log = logging.getLogger(__name__)


def vacuum_full(engine: Engine, tables: tuple[str, ...]) -> bool:
    """``VACUUM FULL`` the given tables. False when one could not be rewritten (this login does
    not own it, or another session held a lock past the timeout); the rest are still done."""
    done = True
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("SET lock_timeout = '30s'"))
        owned = set(conn.scalars(text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname = ANY(:names) "
            "AND pg_has_role(current_user, c.relowner, 'USAGE')"), {"names": list(tables)}))
        for table in tables:
            if table not in owned:
                log.warning("VACUUM FULL skipped for table %s: this login does not own it", table)
                done = False
                continue
            try:
                conn.execute(text(f'VACUUM FULL "{table}"'))
            except Exception as exc:  # a lock timeout: another PC keeps the table busy
                log.warning("VACUUM FULL of table %s failed: %s", table, type(exc).__name__)
                done = False
    return done
