"""Reading customer lists: CSV (encoding, delimiter and quoting sniffed) and XLSX (streamed).

Both yield ``(row_number, cells)`` with every cell as a string: the row number is where the
record starts in the file (a spreadsheet's row, a CSV's line), so a message can point at it.
Nothing is ever evaluated: a formula in a sheet arrives as its text (``=HYPERLINK(...)``) and
the validation refuses it.
"""
from __future__ import annotations

import codecs
import csv
import hashlib
import io
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from ...domain.errors import KunderegError

DELIMITERS = (";", ",", "\t", "|")
SNIFF_RECORDS = 50
MAX_CELL = 100_000  # a cell longer than this is no customer data; csv refuses it with a clear error
MAX_FILE_BYTES = 512 * 1024 * 1024
# Windows-1252 leaves these five bytes undefined; ISO-8859-1 has C1 controls there.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


class ImportFileError(KunderegError):
    """The file cannot be read as a customer list. Never names a value from it."""


@dataclass(frozen=True, slots=True)
class SourceFile:
    """What was sniffed: enough to read the file the same way again for the apply."""

    path: Path
    kind: str            # "csv" or "xlsx"
    sha256: str
    encoding: str | None = None
    delimiter: str | None = None
    sheet: str | None = None


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def is_xlsx(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(4) == b"PK\x03\x04"  # a zip container: .xlsx (or another OOXML file)


def open_source(path: Path, *, sheet: str | None = None, encoding: str | None = None,
                delimiter: str | None = None) -> SourceFile:
    """Look at the file and decide how to read it."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError:
        raise ImportFileError("The file {name} cannot be opened.", name=path.name) from None
    if size > MAX_FILE_BYTES:
        raise ImportFileError("The file {name} is too large to import (at most 512 MB).", name=path.name)
    digest = sha256_of(path)
    if is_xlsx(path):
        return SourceFile(path, "xlsx", digest, sheet=_pick_sheet(path, sheet))
    raw = path.read_bytes()
    enc = encoding or detect_encoding(raw)
    text = _decode(raw, enc, path)
    return SourceFile(path, "csv", digest, encoding=enc, delimiter=delimiter or sniff_delimiter(text))


def read_rows(source: SourceFile) -> Iterator[tuple[int, list[str]]]:
    """Every record of the file, blank ones included (the caller skips them)."""
    if source.kind == "xlsx":
        yield from _xlsx_rows(source.path, source.sheet)
    else:
        raw = source.path.read_bytes()
        if sha256_bytes(raw) != source.sha256:
            raise ImportFileError("The file {name} changed while it was being imported; start again.",
                                  name=source.path.name)
        yield from csv_rows(_decode(raw, source.encoding or "utf-8", source.path), source.delimiter or ";")


def sha256_bytes(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


# -- CSV ---------------------------------------------------------------------------------------

def detect_encoding(raw: bytes) -> str:
    """UTF-8 (with or without BOM) when it decodes as such; else Windows-1252, or ISO-8859-1
    when the bytes use what Windows-1252 leaves undefined. Nordic exports are one of these."""
    if raw.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return "iso-8859-1" if any(b in _CP1252_HOLES for b in raw) else "windows-1252"
    return "utf-8"


def _decode(raw: bytes, encoding: str, path: Path) -> str:
    try:
        return raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        raise ImportFileError("The file {name} is not text in {encoding}.", name=path.name,
                              encoding=encoding) from None


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first records into the most columns, the same number in
    each; quotes are honoured, so a comma inside a quoted name does not count."""
    best, best_score = ";", (-1, -1)
    for delimiter in DELIMITERS:
        counts = []
        try:
            for _, cells in csv_rows(text, delimiter):
                if any(c.strip() for c in cells):
                    counts.append(len(cells))
                if len(counts) >= SNIFF_RECORDS:
                    break
        except ImportFileError:
            continue
        if not counts or max(counts) < 2:
            continue
        header = counts[0]
        agreeing = sum(1 for n in counts if n == header)
        score = (agreeing, header)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def csv_rows(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', doublequote=True,
                        strict=False)
    start = 1
    try:
        for cells in reader:
            for cell in cells:
                if len(cell) > MAX_CELL:
                    raise ImportFileError("Row {row} has a cell longer than {limit} characters.", row=start,
                                          limit=MAX_CELL)
            yield start, cells
            start = reader.line_num + 1
    except csv.Error:
        raise ImportFileError("Row {row} cannot be read as CSV (a quote that is never closed?).",
                              row=start) from None


# -- XLSX --------------------------------------------------------------------------------------

def sheet_names(path: Path) -> list[str]:
    workbook = _workbook(path)
    try:
        return list(workbook.sheetnames)
    finally:
        workbook.close()


def _workbook(path: Path):
    from openpyxl import load_workbook  # only an XLSX import pays for it

    try:
        # read_only streams the sheet; data_only=False hands formulas over as text, never a result.
        return load_workbook(path, read_only=True, data_only=False)
    except Exception:  # zipfile, XML and openpyxl's own errors: all mean "not a workbook we can read"
        raise ImportFileError("The file {name} is not an Excel workbook (.xlsx) that can be read.",
                              name=path.name) from None


def _pick_sheet(path: Path, sheet: str | None) -> str:
    names = sheet_names(path)
    if not names:
        raise ImportFileError("The workbook {name} has no sheets.", name=path.name)
    if sheet is None:
        return names[0]
    if sheet not in names:
        raise ImportFileError("The workbook has no sheet called {sheet}.", sheet=sheet)
    return sheet


def _xlsx_rows(path: Path, sheet: str | None) -> Iterator[tuple[int, list[str]]]:
    workbook = _workbook(path)
    try:
        worksheet = workbook[sheet] if sheet else workbook.worksheets[0]
        for number, values in enumerate(worksheet.iter_rows(values_only=True), 1):
            yield number, [cell_text(value) for value in values]
    finally:
        workbook.close()


def cell_text(value: object) -> str:
    """A spreadsheet value as the text a person would read in the cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone or customer number typed as a number
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)
