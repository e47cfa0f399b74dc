"""Compile the Windows installer with makensis from a PyInstaller folder.

    python packaging/windows/build-installer.py                    # build/frozen/kundereg -> dist/
    python packaging/windows/build-installer.py --dist-dir DIR --out FILE.exe

Runs on Windows (the CI workflow) and on Linux with Debian's nsis package (the test suite
compiles the script against a stand-in folder so it never rots). Warnings are errors.
"""
from __future__ import annotations

import argparse
import importlib.metadata
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "kundereg.nsi"
ICON = ROOT / "resources" / "icons" / "kundereg.ico"


def numeric_version(version: str) -> str:
    """'1.2.3rc1' -> '1.2.3.0': VIProductVersion takes exactly four numbers."""
    match = re.match(r"^(\d+)(?:\.(\d+))?(?:\.(\d+))?", version)
    numbers = [int(n) for n in match.groups() if n is not None] if match else []
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "build" / "frozen" / "kundereg",
                        help="the PyInstaller folder holding kundereg.exe, kundereg-gui.exe and _internal")
    parser.add_argument("--version", default=None, help="default: the installed kundereg's version")
    parser.add_argument("--out", type=Path, default=None, help="default: dist/kundereg-VERSION-setup.exe")
    parser.add_argument("--makensis", default=shutil.which("makensis") or r"C:\Program Files (x86)\NSIS\makensis.exe")
    args = parser.parse_args(argv)
    version = args.version or importlib.metadata.version("kundereg")
    out = (args.out or ROOT / "dist" / f"kundereg-{version}-setup.exe").resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    for name in ("kundereg.exe", "kundereg-gui.exe", "_internal"):
        if not (args.dist_dir / name).exists():
            parser.error(f"{args.dist_dir} has no {name}: freeze with PyInstaller on Windows first")
    # makensis takes /X-style options on Windows and -X on Linux; both accept the '-' form.
    command = [args.makensis, "-V2", "-WX", "-INPUTCHARSET", "UTF8",
               f"-DVERSION={version}", f"-DVIVERSION={numeric_version(version)}",
               f"-DDIST_DIR={args.dist_dir.resolve()}", f"-DOUTFILE={out}", f"-DICON={ICON}", str(SCRIPT)]
    result = subprocess.run(command)
    if result.returncode == 0:
        print(f"built {out}")
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
