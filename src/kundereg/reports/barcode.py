"""Code128 barcodes sized for the printer that prints them.

Thermal receipt and label printers print at 203 dpi, so a bar that is not a whole number of
dots gets rounded unevenly and scans badly: the module (narrowest bar) is 2 to 4 dots wide,
the widest that fits. The quiet zone on each side is 10 modules, as Code128 asks.
"""
from __future__ import annotations

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import inch

DOT = inch / 203  # one dot of a 203 dpi thermal head, in points
QUIET_MODULES = 10


def _modules(code: str) -> float:
    probe = Code128(code, barWidth=1, humanReadable=False, quiet=0)
    return probe.width


def code128(code: str, max_width: float, bar_height: float, *, max_dots: int = 4) -> Code128:
    """A Code128 flowable (also drawable with ``drawOn``) at most ``max_width`` points wide, quiet zones included."""
    modules = _modules(code) + 2 * QUIET_MODULES
    dots = min(max_dots, int(max_width / (modules * DOT)))
    bar = dots * DOT if dots >= 2 else max_width / modules  # too narrow for whole dots: fill the width
    quiet = QUIET_MODULES * bar
    return Code128(code, barWidth=bar, barHeight=bar_height, humanReadable=False, quiet=1,
                   lquiet=quiet, rquiet=quiet)
