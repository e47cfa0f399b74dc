"""Shrink the ICU data library of a frozen kundereg folder to the locales the app speaks.

    python3 packaging/linux/trim-icu.py build/frozen/kundereg

The PySide6 wheel's Qt links ICU 73, whose data library (libicudata.so.73, 31 MB) holds every
locale of CLDR, legacy code-page converters, number spell-out rules and transliterators.
Qt uses ICU for collation, case mapping and time-zone names; kundereg needs those for the
Nordic languages and English. This keeps the root data, those languages' bundles and the
break-iterator rules, drops the rest (about 23 MB), and links the smaller blob back into a
library of the same name and symbol with binutils (as, ld). Other locales then fall back
to ICU's root data (for example, German sorts in the default Unicode order), as ICU does
for any locale it lacks. Needs icupkg (Debian: icu-devtools) and binutils. Idempotent.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# The app's and its reports' languages (nb, nn, sv, fi, da, en), the other Nordic ones, and
# Norwegian's macro-language code.
KEEP_LANGUAGES = {"en", "nb", "nn", "no", "sv", "fi", "da", "is", "fo", "se", "smn", "sms", "kl"}
ROOT_LEVEL = {"root", "pool", "res_index"}  # per-tree base bundles, not locales
DROP_TREES = {"rbnf", "translit"}  # spelled-out numbers, transliteration: Qt uses neither


def run(*command: str, **kwargs) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, **kwargs).stdout


def wanted(item: str) -> bool:
    tree, _, _rest = item.partition("/")
    stem = item.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    if tree in DROP_TREES or item.endswith(".cnv"):  # .cnv: legacy code pages; Qt does UTF-8/16/32 and Latin-1
        return False
    if item.endswith(".res") and stem not in ROOT_LEVEL and re.fullmatch(r"[a-z]{2,3}(_.*)?", stem):
        return stem.split("_")[0] in KEEP_LANGUAGES
    return True


def data_symbol(lib: Path) -> tuple[str, int, int]:
    """The ICU data symbol (icudtNN_dat), its file offset and size."""
    symbols = run("readelf", "-W", "--dyn-syms", str(lib))
    match = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+\S+\s+(icudt\d+_dat)\s*$",
                      symbols, re.M)
    if not match:
        raise SystemExit(f"trim-icu: no icudtNN_dat symbol in {lib}")
    address, size, name = int(match[1], 16), int(match[2], 0), match[3]  # readelf shows big sizes in hex
    for line in run("readelf", "-W", "-S", str(lib)).splitlines():
        fields = re.match(r"^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if fields:
            start, offset, length = (int(fields[i], 16) for i in (2, 3, 4))
            if start <= address < start + length:
                return name, address - start + offset, size
    raise SystemExit(f"trim-icu: {name} lies in no section of {lib}")


def trim(folder: Path) -> None:
    libs = [p for p in folder.rglob("libicudata.so.*") if p.is_file() and not p.is_symlink()]
    if len(libs) != 1:
        raise SystemExit(f"trim-icu: expected one libicudata in {folder}, found {libs}")
    lib = libs[0]
    soname = re.search(r"SONAME.*\[(.+)\]", run("readelf", "-W", "-d", str(lib)))[1]
    symbol, offset, size = data_symbol(lib)
    package = symbol.replace("_dat", "") + "l"  # icudt73 -> icudt73l (little-endian package name)
    before = lib.stat().st_size
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with lib.open("rb") as f:
            f.seek(offset)
            (work / f"{package}.dat").write_bytes(f.read(size))
        items = run("icupkg", "-l", f"{package}.dat", cwd=work).split()
        drop = [item for item in items if not wanted(item)]
        if not drop:
            print(f"trim-icu: {lib.name} holds only wanted data already ({before // 1024} KiB)")
            return
        (work / "drop.txt").write_text("\n".join(drop) + "\n")
        (work / "out").mkdir()
        run("icupkg", "-r", "drop.txt", f"{package}.dat", f"out/{package}.dat", cwd=work)
        (work / "data.S").write_text(
            "    .section .rodata\n    .balign 16\n"
            f"    .globl {symbol}\n    .type {symbol}, @object\n{symbol}:\n"
            f'    .incbin "out/{package}.dat"\n    .size {symbol}, .-{symbol}\n'
            '    .section .note.GNU-stack,"",@progbits\n')
        run("as", "-o", "data.o", "data.S", cwd=work)
        run("ld", "-shared", "-soname", soname, "-z", "noexecstack", "-o", "lib.so", "data.o", cwd=work)
        shutil.copyfile(work / "lib.so", lib)  # the real file; PyInstaller's symlinks point at it
    print(f"trim-icu: {lib.name} {before // 1024} KiB -> {lib.stat().st_size // 1024} KiB "
          f"({len(drop)} of {len(items)} items dropped)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    trim(Path(sys.argv[1]))
