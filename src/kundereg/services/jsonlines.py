"""Append-only JSON-lines files beside the register (the erasure ledger, the audit anchors).

Each append is flushed to disk before it returns; a crash can tear only the last line, which
readers skip (and the next append starts on a fresh line instead of gluing onto it)."""
from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)


def read_lines(path: Path) -> list[dict]:
    """Every readable line as a dict; unreadable ones are logged (by number only) and skipped."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    items = []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError:
            item = None
        if isinstance(item, dict):
            items.append(item)
        else:
            log.warning("%s: line %d is not readable and was skipped", path.name, number)
    return items


def append_lines(path: Path, items: Iterable[dict]) -> None:
    text = "".join(json.dumps(item, separators=(",", ":"), ensure_ascii=True) + "\n" for item in items)
    if not text:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "ab") as handle:
        if handle.tell() > 0 and not _ends_with_newline(path):
            handle.write(b"\n")  # a crash left a torn line: never glue a new entry onto it
        handle.write(text.encode("ascii"))
        handle.flush()
        os.fsync(handle.fileno())


def _ends_with_newline(path: Path) -> bool:
    with open(path, "rb") as handle:
        handle.seek(-1, os.SEEK_END)
        return handle.read(1) == b"\n"
