"""Action buttons as every view of the register makes them (Qt only, light to import)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QPushButton, QWidget


def action_button(parent: QWidget, text: str, name: str, slot: Callable[[], Any], tip: str | None = None,
                  object_name: str | None = None) -> QPushButton:
    """A push button named for screen readers that never takes Enter from the form it sits in
    (no auto-default: Enter belongs to the dialog's own default button or the focused field)."""
    button = QPushButton(text, parent)
    if object_name:
        button.setObjectName(object_name)
    button.setAccessibleName(name)
    if tip:
        button.setToolTip(tip)
    button.setAutoDefault(False)
    button.clicked.connect(lambda _checked=False: slot())
    return button
