"""The schema revision this program expects, read without importing SQLAlchemy or Alembic.

``kundereg --version`` must stay instant, and ``db.migrate`` imports SQLAlchemy. So the
constant ``SCHEMA_HEAD`` is read from migrate's compiled code (``LOAD_CONST`` then
``STORE_NAME``) instead of running the module. That works from a source tree and in the
frozen app alike, where there is no .py file to parse; migrate.py stays the one place the
head is written, and tests/test_versioning.py keeps the two equal.
"""
from __future__ import annotations

import importlib.util

MIGRATE_MODULE = "kundereg.db.migrate"
CONSTANT = "SCHEMA_HEAD"


def schema_head() -> str | None:
    """``db.migrate.SCHEMA_HEAD``, or None if it cannot be found without running the module."""
    spec = importlib.util.find_spec(MIGRATE_MODULE)
    loader = getattr(spec, "loader", None) if spec is not None else None
    get_code = getattr(loader, "get_code", None)
    if get_code is None:
        return None
    try:
        code = get_code(MIGRATE_MODULE)
    except (ImportError, OSError, SyntaxError):
        return None
    return module_constant(code, CONSTANT) if code is not None else None


def module_constant(code, name: str) -> str | None:
    """The string literal a module's top level assigns to ``name`` (the last assignment wins)."""
    import dis

    found = last = None
    for instruction in dis.get_instructions(code):
        if instruction.opname == "LOAD_CONST":
            last = instruction.argval
        elif instruction.opname in ("STORE_NAME", "STORE_GLOBAL") and instruction.argval == name:
            found = last if isinstance(last, str) else None
        else:
            last = None if instruction.opname not in ("NOP", "CACHE", "EXTENDED_ARG") else last
    return found
