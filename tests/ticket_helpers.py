"""Reading printed tickets back: page images with pdftoppm, barcodes with zbarimg (zbar-tools)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


def need_tools() -> None:
    missing = [tool for tool in ("pdftoppm", "zbarimg") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"{' and '.join(missing)} not installed (scripts/ensure-system-deps installs poppler-utils "
                    "and zbar-tools)")


def decode_pages(pdf: bytes, folder: Path, dpi: int = 203) -> list[list[str]]:
    """The barcodes zbarimg reads on each page, rendered at a thermal printer's 203 dpi."""
    need_tools()
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "doc.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(source), str(folder / "page")], check=True,
                   capture_output=True, timeout=60)
    result = []
    for image in sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        done = subprocess.run(["zbarimg", "-q", "--raw", "-Scode128.enable", str(image)], capture_output=True,
                              text=True, timeout=60)
        result.append(done.stdout.split())
    return result
