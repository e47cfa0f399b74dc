"""Colours that read on light and dark schemes alike (errors, warnings)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette



def error_colour(palette: QPalette) -> QColor:
    """A red that reads on the current scheme: darker on light windows, lighter on dark ones."""
    dark = palette.color(QPalette.ColorRole.Window).lightness() < 128
    return QColor("#ff7b72") if dark else QColor("#c62828")


def _mix(base: QColor, tint: QColor, amount: float) -> QColor:
    return QColor.fromRgbF(*(b + (t - b) * amount for b, t in zip(base.getRgbF()[:3], tint.getRgbF()[:3])))


def warning_colours(palette: QPalette) -> tuple[QColor, QColor, QColor]:
    """(background, text, accent) of a warning on the current scheme.

    The background is the window colour tinted amber, so the scheme's own text colour keeps
    its contrast on light and dark schemes alike; the accent (border) is amber that reads there.
    """
    window = palette.color(QPalette.ColorRole.Window)
    dark = window.lightness() < 128
    amber = QColor("#f0b429")
    background = _mix(window, amber, 0.20 if dark else 0.30)
    accent = QColor("#f0b429") if dark else QColor("#b7791f")
    return background, palette.color(QPalette.ColorRole.WindowText), accent
