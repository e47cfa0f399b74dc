"""Where the register lives: data directory, database URL, logs and backups."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from . import APP_NAME

DB_FILENAME = "kundereg.sqlite3"
ENV_DATA_DIR = "KUNDEREG_DATA_DIR"
ENV_DB_URL = "KUNDEREG_DB"


@dataclass(frozen=True, slots=True)
class Locations:
    data_dir: Path
    db_url: str
    log_dir: Path
    backup_dir: Path

    @property
    def ledger_path(self) -> Path:
        """The append-only erasure ledger beside the register (see services.ledger)."""
        return self.data_dir / "erasure-ledger.jsonl"

    @property
    def anchor_path(self) -> Path:
        """The audit trail's anchors (ids and hashes only, see services.anchors)."""
        return self.data_dir / "audit-anchors.jsonl"

    @property
    def tmp_dir(self) -> Path:
        """Scratch space for backups and restores: inside the data folder, swept at start."""
        return self.data_dir / "tmp"

    @property
    def sqlite_path(self) -> Path | None:
        """The database file when the register is the embedded SQLite one."""
        prefix = "sqlite:///"
        if self.db_url.startswith(prefix) and self.db_url != prefix + ":memory:":
            return Path(self.db_url[len(prefix):])
        return None


def resolve(data_dir: str | os.PathLike | None = None, db_url: str | None = None) -> Locations:
    """Explicit argument, then environment, then the platform's per-user folders.

    An explicit data directory moves everything (database, logs, backups) under it.
    """
    chosen = data_dir or os.environ.get(ENV_DATA_DIR)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        log_dir = root / "logs"
    else:
        root = platformdirs.user_data_path(APP_NAME, appauthor=False)
        log_dir = platformdirs.user_log_path(APP_NAME, appauthor=False)
    url = db_url or os.environ.get(ENV_DB_URL) or f"sqlite:///{root / DB_FILENAME}"
    return Locations(data_dir=root, db_url=url, log_dir=log_dir, backup_dir=root / "backups")
