"""The register schema this program upgrades to, for the UI (which never imports ``db``).

Reading it imports neither SQLAlchemy nor Alembic (``db.schema_head``)."""
from __future__ import annotations

from ..db.schema_head import schema_head


def expected_schema() -> str | None:
    """``db.migrate.SCHEMA_HEAD``, or None when it cannot be read."""
    return schema_head()
