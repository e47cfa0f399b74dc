"""The erasure ledger: who was erased and when, so that no copy of the register brings them back.

Backups cannot be edited, so erasing someone from every copy is impossible; the Danish
Datatilsynet's advice is to keep a list of erased people and erase them again whenever a
copy is restored. The list holds customer numbers and times only, never personal data, and
exists twice: a table inside the register, and an append-only file beside it. A restored
backup (or any old copy of the file) has an older table, but the file remembers; the file
could be lost, but the table remembers. Whenever a register is opened, both are merged and
everyone on the list who is present again is erased before anyone can see them.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .jsonlines import append_lines, read_lines

log = logging.getLogger(__name__)

LEDGER_FILENAME = "erasure-ledger.jsonl"


@dataclass(frozen=True, slots=True, order=True)
class LedgerEntry:
    customer_id: int
    customer_created_at: datetime  # with the id, names one person even if an id is reused
    erased_at: datetime
    reason: str  # "request" (Art. 17), "retention" (inactive customer) or "replay"

    @property
    def key(self) -> tuple[int, datetime]:
        return self.customer_id, self.customer_created_at


class LedgerFile:
    """The append-only copy. Lines are JSON; a torn last line (a crash mid-write) is skipped."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[LedgerEntry]:
        entries = []
        for item in read_lines(self.path):
            try:
                entries.append(LedgerEntry(int(item["customer"]), datetime.fromisoformat(item["created"]),
                                           datetime.fromisoformat(item["erased"]), str(item["reason"])))
            except (ValueError, KeyError, TypeError):
                log.warning("erasure ledger %s: an entry is not readable and was skipped", self.path.name)
        return entries

    def append(self, entries: list[LedgerEntry]) -> None:
        append_lines(self.path, ({"customer": e.customer_id, "created": e.customer_created_at.isoformat(),
                                  "erased": e.erased_at.isoformat(), "reason": e.reason} for e in entries))
