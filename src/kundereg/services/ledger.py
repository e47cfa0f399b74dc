"""The erasure ledger: who was erased and when, so that no copy of the register brings them back.

Backups cannot be edited, so erasing someone from every copy is impossible; the Danish
Datatilsynet's advice is to keep a list of erased people and erase them again whenever a
copy is restored. The list holds customer numbers and times only, never personal data, and
exists twice: a table inside the register, and an append-only file beside it. A restored
backup (or any old copy of the file) has an older table, but the file remembers; the file
could be lost, but the table remembers. Whenever a register is opened, both are merged and
everyone on the list who is present again is erased before anyone can see them.

A third kind of copy sits beside every backup destination (``MirroredLedger``): a backup taken
to a USB stick and restored on another PC finds the ledger next to it. Each copy carries
"current as of" stamps (lines ``{"current_as_of": ...}``: the copy held every erasure known
then), written at each erasure and each backup, so a restore can tell a ledger newer than the
backup from a stale one.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .jsonlines import append_lines, read_lines

log = logging.getLogger(__name__)

LEDGER_FILENAME = "erasure-ledger.jsonl"
STAMP = "current_as_of"


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
            if STAMP in item:
                continue
            try:
                entries.append(LedgerEntry(int(item["customer"]), datetime.fromisoformat(item["created"]),
                                           datetime.fromisoformat(item["erased"]), str(item["reason"])))
            except (ValueError, KeyError, TypeError):
                log.warning("erasure ledger %s: an entry is not readable and was skipped", self.path.name)
        return entries

    def append(self, entries: list[LedgerEntry]) -> None:
        append_lines(self.path, (_line(e) for e in entries))

    def current_as_of(self) -> datetime | None:
        """The newest stamp: the copy held every erasure known then (None: never stamped)."""
        stamps = []
        for item in read_lines(self.path):
            try:
                stamps.append(datetime.fromisoformat(item[STAMP]))
            except (KeyError, ValueError, TypeError):
                continue
        return max(stamps) if stamps else None

    def complete(self, entries: Iterable[LedgerEntry], as_of: datetime) -> None:
        """Append what this copy lacks of ``entries``, then stamp it current as of ``as_of``."""
        known = {e.key for e in self.read()}
        missing = sorted({e for e in entries if e.key not in known})
        append_lines(self.path, [*(_line(e) for e in missing), {STAMP: as_of.isoformat()}])


def _line(e: LedgerEntry) -> dict:
    return {"customer": e.customer_id, "created": e.customer_created_at.isoformat(),
            "erased": e.erased_at.isoformat(), "reason": e.reason}


class MirroredLedger(LedgerFile):
    """The ledger beside the register plus a copy in every backup destination.

    ``destinations`` is asked at each append (the folders backups went to). A destination that
    cannot be written (a USB stick not plugged in) is logged, not fatal: the erasure stands, and
    the copy is brought up to date at the next backup there."""

    def __init__(self, path: Path, destinations: Callable[[], Iterable[Path]]) -> None:
        super().__init__(path)
        self._destinations = destinations

    def append(self, entries: list[LedgerEntry]) -> None:
        super().append(entries)
        if not entries:
            return
        as_of = max(e.erased_at for e in entries)
        for folder in self.mirror_folders():
            try:
                LedgerFile(folder / LEDGER_FILENAME).complete(self.read(), as_of)
            except OSError as exc:
                log.warning("erasure ledger copy in a backup folder not updated (%s)", type(exc).__name__)

    def mirror_folders(self) -> list[Path]:
        try:
            folders = {Path(f).resolve() for f in self._destinations()}
        except Exception as exc:  # the register cannot say where backups went: the live copy stands
            log.warning("backup destinations unknown; ledger copies not updated (%s)", type(exc).__name__)
            return []
        here = self.path.parent.resolve()
        return sorted(f for f in folders if f != here and f.is_dir())
