"""The embedded Unicode font every report uses: DejaVu Sans, shipped in resources/fonts/.

The standard PDF fonts cover only Latin-1, so names such as Łukasz Żółć or Nguyễn Thị Ánh
would print as boxes. DejaVu Sans covers Latin Extended A/B and Vietnamese; ReportLab embeds
the glyphs a document uses as subsets, so text extracted from the PDF gives back the exact
characters. Licence: resources/fonts/LICENSE-DejaVu.txt.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

REGULAR_FILE = "DejaVuSans.ttf"
BOLD_FILE = "DejaVuSans-Bold.ttf"
LICENCE_FILE = "LICENSE-DejaVu.txt"

# A source checkout keeps them at <repo>/resources/fonts (parents[3] of src/kundereg/reports/fonts.py);
# an installed package may carry them inside the package instead.
FONT_DIRS: tuple[Path, ...] = (
    Path(__file__).resolve().parents[3] / "resources" / "fonts",
    Path(__file__).resolve().parents[1] / "resources" / "fonts",
)


@dataclass(frozen=True, slots=True)
class ReportFonts:
    regular: str
    bold: str


FONTS = ReportFonts(regular="KunderegSans", bold="KunderegSans-Bold")
_lock = threading.Lock()
_registered = False


def font_dir() -> Path:
    for folder in FONT_DIRS:
        if (folder / REGULAR_FILE).is_file() and (folder / BOLD_FILE).is_file():
            return folder
    raise FileNotFoundError(f"The report font {REGULAR_FILE} was not found in: "
                            + ", ".join(str(d) for d in FONT_DIRS))


def register_fonts() -> ReportFonts:
    """Register the fonts with ReportLab once per process (parsing a TTF takes ~20 ms)."""
    global _registered
    if _registered:
        return FONTS
    with _lock:
        if not _registered:
            from reportlab.lib.fonts import addMapping
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont

            folder = font_dir()
            pdfmetrics.registerFont(TTFont(FONTS.regular, str(folder / REGULAR_FILE)))
            pdfmetrics.registerFont(TTFont(FONTS.bold, str(folder / BOLD_FILE)))
            # So <b> in a Paragraph picks the bold face; there is no italic, so italic maps to regular.
            for bold, italic, name in ((0, 0, FONTS.regular), (1, 0, FONTS.bold), (0, 1, FONTS.regular),
                                       (1, 1, FONTS.bold)):
                addMapping(FONTS.regular, bold, italic, name)
            _registered = True
    return FONTS
