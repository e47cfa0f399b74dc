"""A fast table of plain-text rows for long listings (thousands of purchases).

ReportLab's platypus ``Table`` re-measures every remaining row each time it splits across a
page and draws every cell with its own text object; for 5,000 rows that is well over a second.
``RowTable`` wraps each cell into lines once, keeps the row heights as a prefix sum, splits by
bisection and draws a whole page of rows in one text object. Cells are plain strings (no
markup); long cells wrap at word boundaries, and a row taller than ``max_row_lines`` continues
on further rows, so any amount of text fits on a page.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate

from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus.flowables import Flowable


@dataclass(frozen=True, slots=True)
class Column:
    width: float
    align: str = "left"   # "left" or "right"
    bold: bool = False


@dataclass(frozen=True, slots=True)
class RowStyle:
    font: str
    bold_font: str
    size: float = 8.5
    leading: float = 11.0
    pad_x: float = 4.0
    pad_y: float = 2.5
    header_fill: Color | None = None
    stripe_fill: Color | None = None
    rule_color: Color | None = None
    text_color: Color | None = None
    max_row_lines: int = 30


@dataclass(slots=True)
class _Prepared:
    columns: tuple[Column, ...]
    style: RowStyle
    header: tuple[tuple[str, ...], ...] | None   # lines per header cell
    header_height: float
    rows: list[tuple[tuple[str, ...], ...]] = field(default_factory=list)  # per row: lines per cell
    bold: list[bool] = field(default_factory=list)
    stripe: list[bool] = field(default_factory=list)
    tops: list[float] = field(default_factory=list)  # tops[i]: height of rows [0, i)


_WORD_WIDTHS: dict[tuple[str, str, float], float] = {}


def word_width(word: str, font: str, size: float) -> float:
    """stringWidth, remembered: item names and units repeat on thousands of rows."""
    key = (word, font, size)
    w = _WORD_WIDTHS.get(key)
    if w is None:
        if len(_WORD_WIDTHS) > 100_000:
            _WORD_WIDTHS.clear()
        w = _WORD_WIDTHS[key] = stringWidth(word, font, size)
    return w


def wrap_text(text: str, font: str, size: float, width: float) -> list[str]:
    """Greedy word wrap with the font's real advance widths; words wider than a line are cut."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if stringWidth(paragraph, font, size) <= width:
            lines.append(paragraph)
            continue
        space = word_width(" ", font, size)
        current, current_w = "", 0.0
        for word in paragraph.split(" "):
            w = word_width(word, font, size)
            if current and current_w + space + w <= width:
                current, current_w = f"{current} {word}", current_w + space + w
                continue
            if current:
                lines.append(current)
            while w > width:  # a single word longer than the line: cut it by characters
                cut = max(1, _fit_chars(word, font, size, width))
                lines.append(word[:cut])
                word = word[cut:]
                w = stringWidth(word, font, size)
            current, current_w = word, w
        lines.append(current)
    return lines


def _fit_chars(word: str, font: str, size: float, width: float) -> int:
    lo, hi = 0, len(word)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if stringWidth(word[:mid], font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


class RowTable(Flowable):
    """Rows of plain strings with an optional header repeated on every page."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Sequence[str]], style: RowStyle,
                 header: Sequence[str] | None = None, bold_rows: Sequence[int] = (),
                 _prepared: _Prepared | None = None, _start: int = 0, _end: int | None = None) -> None:
        super().__init__()
        if _prepared is None:
            _prepared = _prepare(tuple(columns), rows, style, header, frozenset(bold_rows))
        self._p = _prepared
        self._start = _start
        self._end = len(_prepared.rows) if _end is None else _end
        self.width = sum(c.width for c in _prepared.columns)
        self.height = self._height()

    def _height(self) -> float:
        p = self._p
        return p.header_height + p.tops[self._end] - p.tops[self._start]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab API)
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        p = self._p
        if self._end - self._start <= 1 or self.height <= availHeight:
            return [] if self.height > availHeight else [self]
        budget = availHeight - p.header_height + p.tops[self._start]
        # the last row whose bottom fits: tops[k] <= budget, k rows [start, k)
        k = bisect_right(p.tops, budget + 1e-6, self._start, self._end + 1) - 1
        if k <= self._start:
            return []
        return [RowTable((), (), p.style, _prepared=p, _start=self._start, _end=k),
                RowTable((), (), p.style, _prepared=p, _start=k, _end=self._end)]

    def draw(self) -> None:
        p, canv, st = self._p, self.canv, self._p.style
        cols = p.columns
        xs = list(accumulate((c.width for c in cols), initial=0.0))
        y = self.height
        canv.saveState()
        if st.header_fill is not None and p.header is not None:
            canv.setFillColor(st.header_fill)
            canv.rect(0, y - p.header_height, self.width, p.header_height, stroke=0, fill=1)
        if st.stripe_fill is not None:
            canv.setFillColor(st.stripe_fill)
            top = y - p.header_height
            for i in range(self._start, self._end):
                if p.stripe[i]:
                    h = p.tops[i + 1] - p.tops[i]
                    canv.rect(0, top - (p.tops[i + 1] - p.tops[self._start]), self.width, h, stroke=0, fill=1)
        if st.rule_color is not None:
            canv.setStrokeColor(st.rule_color)
            canv.setLineWidth(0.6)
            if p.header is not None:
                canv.line(0, y - p.header_height, self.width, y - p.header_height)
            canv.setLineWidth(0.3)
            canv.line(0, 0, self.width, 0)
        if st.text_color is not None:
            canv.setFillColor(st.text_color)
        text = canv.beginText()
        ascent = st.size * 0.78
        current_font = None

        def put_row(cells: tuple[tuple[str, ...], ...], top: float, bold_row: bool) -> None:
            nonlocal current_font
            for c, lines in enumerate(cells):
                col = cols[c]
                font = st.bold_font if (bold_row or col.bold) else st.font
                if font != current_font:
                    text.setFont(font, st.size, st.leading)
                    current_font = font
                base = top - st.pad_y - ascent
                for n, line in enumerate(lines):
                    if not line:
                        continue
                    if col.align == "right":
                        x = xs[c + 1] - st.pad_x - stringWidth(line, font, st.size)
                    else:
                        x = xs[c] + st.pad_x
                    text.setTextOrigin(x, base - n * st.leading)
                    text.textOut(line)

        if p.header is not None:
            put_row(p.header, y, True)
        top = y - p.header_height
        for i in range(self._start, self._end):
            put_row(p.rows[i], top - (p.tops[i] - p.tops[self._start]), p.bold[i])
        canv.drawText(text)
        canv.restoreState()


def _prepare(columns: tuple[Column, ...], rows: Sequence[Sequence[str]], st: RowStyle,
             header: Sequence[str] | None, bold_rows: frozenset[int]) -> _Prepared:
    def cell_lines(value: str, col: Column, bold: bool) -> tuple[str, ...]:
        if not value:
            return ()
        font = st.bold_font if (bold or col.bold) else st.font
        inner = col.width - 2 * st.pad_x
        if "\n" not in value and len(value) * st.size * 1.1 <= inner:  # fits even in the widest glyphs
            return (value,)
        return tuple(wrap_text(value, font, st.size, inner))

    def height(cells: tuple[tuple[str, ...], ...]) -> float:
        return max((len(lines) for lines in cells), default=0) * st.leading + 2 * st.pad_y

    head = None
    head_h = 0.0
    if header is not None:
        head = tuple(cell_lines(v, c, True) for v, c in zip(header, columns))
        head_h = height(head)
    p = _Prepared(columns=columns, style=st, header=head, header_height=head_h)
    heights: list[float] = []
    for index, row in enumerate(rows):
        bold = index in bold_rows
        stripe = index % 2 == 1
        cells = tuple(cell_lines(v or "", c, bold) for v, c in zip(row, columns))
        most = max((len(lines) for lines in cells), default=0)
        if most <= st.max_row_lines:
            p.rows.append(cells)
            p.bold.append(bold)
            p.stripe.append(stripe)
            heights.append(max(most, 1) * st.leading + 2 * st.pad_y)
            continue
        for first in range(0, most, st.max_row_lines):  # a very tall row continues on more rows
            part = tuple(lines[first:first + st.max_row_lines] for lines in cells)
            p.rows.append(part)
            p.bold.append(bold)
            p.stripe.append(stripe)
            heights.append(max(len(lines) for lines in part) * st.leading + 2 * st.pad_y)
    p.tops = list(accumulate(heights, initial=0.0))
    return p
