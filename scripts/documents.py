"""Keep the document catalogues (src/kundereg/locale/<lang>/LC_MESSAGES/documents.po) in step
with the texts the code marks ``N_(context, english)`` (kundereg.domain.catalogue).

    python scripts/documents.py update        # extract the marked texts and merge them into every .po
    python scripts/documents.py check         # untranslated, fuzzy, obsolete, missing, {placeholder} errors
    python scripts/documents.py compile [DIR] # .po -> .mo (into DIR/<lang>/LC_MESSAGES, default next to the .po)
    python scripts/documents.py extract [FILE]  # the template (.pot) alone, to FILE or stdout

The English text is the msgid, so English has no catalogue. ``update`` keeps every translation
whose English text is unchanged; a changed or similar new text gets the old translation marked
fuzzy, and ``check`` (run by the tests) fails until a translator has reviewed it in every
language. Texts are found with ``ast``, not by importing kundereg: a text is ``N_("context",
"English")`` with literal arguments. The comment block right above a text, or above the
statement holding it, becomes its translator comment (``#.``): that is where the legal source of
each legal text is cited. Texts with ``{name}`` placeholders are flagged python-brace-format.

Needs only Babel, so setup.py can compile the catalogues while building the wheel.
"""
from __future__ import annotations

import argparse
import ast
import io
import string
import sys
from datetime import datetime, timezone
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "kundereg"
LOCALE_DIR = SRC / "locale"
DOMAIN = "documents"
LANGUAGES = ("nb", "nn", "sv", "fi", "da")  # English is the source language: no catalogue
MARKER = "N_"
BRACE = "python-brace-format"
# Fixed header values, so that only a changed text changes a catalogue.
STABLE_DATE = datetime(2026, 1, 1, tzinfo=timezone.utc)
HEADER = ("# The texts of kundereg's documents about a person (access report, erasure receipt, privacy\n"
          "# notice, record of processing). Edit the translations here; the English texts are in the code\n"
          "# (N_(context, text)) and come in with `python scripts/documents.py update`.")


def po_path(lang: str, base: Path | None = None, suffix: str = ".po") -> Path:
    return (base or LOCALE_DIR) / lang / "LC_MESSAGES" / f"{DOMAIN}{suffix}"


# --- extraction --------------------------------------------------------------------------------

def placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name is not None}


def _comment_above(lines: list[str], line: int, statement_start: int) -> str:
    """The nearest comment block above ``line`` (1-based), inside the statement or right above it."""
    i = line - 2
    while i >= 0:
        text = lines[i].strip()
        if text.startswith("#"):
            block = []
            while i >= 0 and lines[i].strip().startswith("#"):
                block.insert(0, lines[i].strip().lstrip("#").strip())
                i -= 1
            return " ".join(part for part in block if not part.startswith("--") and not part.startswith("noqa"))
        if i < statement_start - 1:
            return ""
        i -= 1
    return ""


_extracted: dict[tuple[Path, int, int], list[tuple[str, str, str]]] = {}


def extract_file(path: Path) -> list[tuple[str, str, str]]:
    """(context, English, translator comment) for every N_(...) in ``path``, in source order.

    Remembered per file version in this process: the tests call template() a dozen times."""
    stat = path.stat()
    key = (path, stat.st_mtime_ns, stat.st_size)
    if key not in _extracted:
        _extracted[key] = _extract(path)
    return _extracted[key]


def _extract(path: Path) -> list[tuple[str, str, str]]:
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    found = []
    tree = ast.parse(source, str(path))
    statement_of: dict[ast.AST, ast.stmt] = {}
    for node in ast.walk(tree):  # parents before children: the innermost statement wins
        for child in ast.iter_child_nodes(node):
            statement_of[child] = node if isinstance(node, ast.stmt) else statement_of.get(node, node)
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == MARKER):
            continue
        args = call.args
        if len(args) != 2 or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
            raise SystemExit(f"{path}:{call.lineno}: N_() takes two literal strings (context, English)")
        found.append((call.lineno, args[0].value, args[1].value,
                      _comment_above(lines, call.lineno, statement_of[call].lineno)))
    found = sorted(set(found))
    return [(context, text, note) for _line, context, text, note in found]


def template() -> Catalog:
    catalog = Catalog(domain=DOMAIN, project="kundereg", msgid_bugs_address="", fuzzy=False,
                      creation_date=STABLE_DATE, header_comment=HEADER)
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "catalogue.py" and path.parent.name == "domain":
            continue  # defines N_ itself
        for context, text, note in extract_file(path):
            existing = catalog.get(text, context=context)
            if existing is None:
                message = catalog.add(text, context=context, auto_comments=[note] if note else [])
                message.flags.discard("python-format")  # our texts use {name}, never %
                if placeholders(text):
                    message.flags.add(BRACE)
            elif note and note not in existing.auto_comments:
                existing.auto_comments.append(note)
    return catalog


# --- catalogues --------------------------------------------------------------------------------

def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def write(catalog: Catalog, path: Path) -> None:
    catalog.header_comment = HEADER
    catalog.creation_date = catalog.revision_date = STABLE_DATE
    catalog.msgid_bugs_address = ""
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, ignore_obsolete=True, include_previous=False,
             sort_output=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buffer.getvalue())


def update() -> None:
    pot = template()
    for lang in LANGUAGES:
        path = po_path(lang)
        catalog = read(lang) if path.is_file() else Catalog(locale=lang, domain=DOMAIN, project="kundereg")
        catalog.update(pot, no_fuzzy_matching=False, update_header_comment=False)
        for message in catalog:
            if message.id:
                message.flags.discard("python-format")
        write(catalog, path)
    problems = check()
    print("\n".join(problems) or "every document text is translated")


def check() -> list[str]:
    """Everything that keeps a catalogue from being complete, one line each (empty: all good)."""
    expected = {(m.context, m.id): m for m in template() if m.id}
    problems: list[str] = []
    for lang in LANGUAGES:
        path = po_path(lang)
        if not path.is_file():
            problems.append(f"{lang}: no catalogue at {path.relative_to(ROOT)}")
            continue
        catalog = read(lang)
        rel = path.relative_to(ROOT)
        seen = set()
        for message in catalog:
            if not message.id:
                continue
            key = (message.context, message.id)
            seen.add(key)
            where = f"{rel}: [{message.context}] {message.id[:70]!r}"
            if key not in expected:
                problems.append(f"{where}: obsolete (no longer in the code)")
                continue
            if message.fuzzy:
                problems.append(f"{where}: fuzzy (the English changed: review the translation)")
            if not message.string:
                problems.append(f"{where}: untranslated")
            elif placeholders(message.string) != placeholders(message.id):
                problems.append(f"{where}: placeholders {sorted(placeholders(message.string))} in the translation, "
                                f"{sorted(placeholders(message.id))} in the English")
            if (BRACE in message.flags) != (BRACE in expected[key].flags):
                problems.append(f"{where}: the {BRACE} flag does not match the code")
        problems += [f"{rel}: [{m.context}] {m.id[:70]!r}: obsolete entry" for m in catalog.obsolete.values()]
        problems += [f"{rel}: [{context}] {text[:70]!r}: missing (run scripts/documents.py update)"
                     for context, text in expected if (context, text) not in seen]
    return problems


def compile_catalogues(out_dir: Path | None = None) -> list[Path]:
    """Every .po as a .mo (fuzzy and untranslated entries left out, as msgfmt does)."""
    written = []
    for lang in LANGUAGES:
        target = po_path(lang, out_dir or LOCALE_DIR, ".mo")
        target.parent.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        write_mo(buffer, read(lang), use_fuzzy=False)
        target.write_bytes(buffer.getvalue())
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update")
    sub.add_parser("check")
    compile_ = sub.add_parser("compile")
    compile_.add_argument("out_dir", nargs="?", type=Path)
    extract = sub.add_parser("extract")
    extract.add_argument("file", nargs="?", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "check":
        problems = check()
        print("\n".join(problems) or "every document text is translated")
        return 1 if problems else 0
    elif args.command == "compile":
        for path in compile_catalogues(args.out_dir):
            print(path)
    else:
        buffer = io.BytesIO()
        write_po(buffer, template(), width=100, omit_header=False)
        if args.file:
            args.file.write_bytes(buffer.getvalue())
        else:
            sys.stdout.buffer.write(buffer.getvalue())
    return 0


if __name__ == "__main__":
    sys.exit(main())
