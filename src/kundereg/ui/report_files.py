"""Where report PDFs go while the report dialog shows them, and the clean-up of leftovers.

A report is full of personal data: its temporary copy lives only while the dialog is open,
and whatever a crash or a viewer holding the file left behind is removed at the next start.
No Qt here, so start-up can call it from the worker that opens the register.
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

TEMP_PREFIX = "kundereg-report-"


def remove_leftover_reports() -> int:
    """Delete report folders an earlier run could not remove; returns how many went."""
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(TEMP_PREFIX + "*"):
        # Another user's folder (a shared /tmp) cannot be removed and is simply left alone.
        shutil.rmtree(folder, ignore_errors=True)
        removed += not folder.exists()
    return removed
