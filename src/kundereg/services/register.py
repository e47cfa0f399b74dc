"""Opening a register: resolve where it lives, upgrade its schema, hand back a Database."""
from __future__ import annotations

import logging

from ..db import migrate
from ..db.database import Database
from ..locations import Locations

log = logging.getLogger(__name__)


def open_register(locations: Locations) -> Database:
    locations.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database.open(locations.db_url)
    migrate.upgrade(db.engine, locations.backup_dir)
    return db
