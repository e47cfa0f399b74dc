"""Writing a user's file so that a failure never leaves half of it: one way for every writer."""
from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def partial_path(target: Path) -> Path:
    """The temporary name beside ``target`` (same folder, so the rename is atomic)."""
    return target.with_name(target.name + PARTIAL_SUFFIX)


def write_atomically(target: str | os.PathLike, write: Callable[[Path], object]) -> Path:
    """``write(path)`` writes the content to a temporary file beside ``target``; it is flushed
    to disk and renamed over ``target``, or removed when anything fails."""
    target = Path(target)
    partial = partial_path(target)
    try:
        write(partial)
        _fsync(partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)
    return target


def write_bytes_atomically(target: str | os.PathLike, data: bytes) -> Path:
    return write_atomically(target, lambda path: path.write_bytes(data))


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be opened for fsync on Windows; NTFS journals the rename
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
