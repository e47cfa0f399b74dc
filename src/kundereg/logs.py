"""Rotating log files. Log records carry ids and counts, never names, phones or emails."""
from __future__ import annotations

import logging
import logging.handlers
import traceback
from pathlib import Path

from .domain.errors import KunderegError

LOG_FILENAME = "kundereg.log"


def setup_logging(log_dir: Path, level: int = logging.INFO) -> Path:
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / LOG_FILENAME
    root = logging.getLogger()
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) and Path(h.baseFilename) == path
               for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path


def safe_description(exc: BaseException) -> str:
    """What may be shown and logged about ``exc``: its message if it is ours, else its type."""
    if isinstance(exc, KunderegError):
        return f"{type(exc).__name__}: {exc.message}"
    return type(exc).__name__


def safe_traceback(exc: BaseException) -> str:
    """The stack of ``exc`` and its causes, with each exception reduced to ``safe_description``."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        frames = "".join(traceback.format_list(traceback.extract_tb(current.__traceback__)))
        parts.append(f"Traceback (most recent call last):\n{frames}{safe_description(current)}")
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\n\nwhile handling or caused by:\n".join(reversed(parts))
