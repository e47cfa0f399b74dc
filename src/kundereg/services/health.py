"""Is the register file whole? SQLite's own checks, in the words a shop owner can act on."""
from __future__ import annotations

import logging

from ..db.database import Database

log = logging.getLogger(__name__)
MAX_PROBLEMS = 20


def check_integrity(db: Database, full: bool = False) -> list[str]:
    """SQLite's ``quick_check`` (pages and their links: seconds on a large register) or, with
    ``full``, ``integrity_check`` (also every index against its table) and the foreign keys.
    An empty list: the file is whole. Problems name pages and tables, never row contents."""
    if db.engine.dialect.name != "sqlite":
        return []  # PostgreSQL checks its own pages (data checksums); nothing to do from here
    pragma = "integrity_check" if full else "quick_check"
    with db.engine.connect() as conn:
        try:
            rows = conn.exec_driver_sql(f"PRAGMA {pragma}({MAX_PROBLEMS})").scalars().all()
            problems = [] if rows == ["ok"] else [str(r) for r in rows]
            if full:
                keys = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                problems += [f"row {row[1]} of {row[0]} refers to a missing row of {row[2]}"
                             for row in keys[:MAX_PROBLEMS]]
        except Exception as exc:  # a file damaged badly enough that the check itself fails
            problems = [f"the check could not run ({getattr(exc, 'orig', exc)})"]
    if problems:
        log.error("register %s found %d problem(s)", pragma, len(problems))
    return problems
