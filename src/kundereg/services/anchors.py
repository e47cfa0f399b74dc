"""Anchors of the audit trail outside the register: the head's id and hash, written now and then
to an append-only file beside the register (and into every backup's header).

Whoever holds the register file can rewrite the trail and recompute every hash; the anchors
are what they would also have to find and rewrite. ``audit verify`` checks that every anchored
entry still has the anchored hash and that no anchored entry is gone. Entries newer than the
newest anchor are covered by the chain alone.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from .jsonlines import append_lines, read_lines

log = logging.getLogger(__name__)

ANCHOR_FILENAME = "audit-anchors.jsonl"
GENESIS = "0" * 64


@dataclass(frozen=True, slots=True)
class Anchor:
    entry_id: int      # the newest entry then (0: the trail was empty)
    entry_hash: str
    at: datetime
    reason: str        # "daily", "backup", "verify" or "restore"
    # A restore replaced the trail: anchors written before it that name entries after this id
    # belonged to the replaced trail (the restore's own audit entry says how many were dropped).
    kept_up_to: int | None = None

    def as_dict(self) -> dict:
        item = {"id": self.entry_id, "hash": self.entry_hash, "at": self.at.isoformat(), "reason": self.reason}
        if self.kept_up_to is not None:
            item["kept_up_to"] = self.kept_up_to
        return item


class AnchorFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[Anchor]:
        anchors = []
        for item in read_lines(self.path):
            try:
                kept = item.get("kept_up_to")
                anchors.append(Anchor(int(item["id"]), str(item["hash"]), datetime.fromisoformat(item["at"]),
                                      str(item["reason"]), None if kept is None else int(kept)))
            except (ValueError, KeyError, TypeError):
                log.warning("audit anchors %s: an entry is not readable and was skipped", self.path.name)
        return anchors

    def append(self, anchor: Anchor) -> None:
        append_lines(self.path, [anchor.as_dict()])


def current_head(db: Database) -> tuple[int, str]:
    with db.read() as session:
        head = session.execute(select(models.AuditHead.last_id, models.AuditHead.last_hash)
                               .where(models.AuditHead.id == 1)).one_or_none()
    return (0, GENESIS) if head is None else (head.last_id, head.last_hash)


def anchor_head(db: Database, anchors: AnchorFile, reason: str, *, once_a_day: bool = False) -> Anchor | None:
    """Write the head to the file; with ``once_a_day``, only if no anchor was written today (UTC)
    and the head moved since the last one."""
    entry_id, entry_hash = current_head(db)
    now = utcnow()
    if once_a_day:
        known = anchors.read()
        last = known[-1] if known else None
        if last is not None and (last.at.date() == now.date() or last.entry_id == entry_id):
            return None
    anchor = Anchor(entry_id, entry_hash, now, reason)
    anchors.append(anchor)
    return anchor


def standing(anchors: list[Anchor]) -> list[Anchor]:
    """The anchors a trail must still match: those a later restore did not replace."""
    kept: list[Anchor] = []
    for anchor in anchors:
        if anchor.kept_up_to is not None:
            kept = [a for a in kept if a.entry_id <= anchor.kept_up_to]
        kept.append(anchor)
    return kept
