"""Keep the Qt translation catalogues in translations/ in step with the code.

    python scripts/translations.py update     # extract + lupdate (-no-obsolete) + lrelease; lists what is left
    python scripts/translations.py release    # only lrelease: translations/*.ts -> translations/*.qm
    python scripts/translations.py todo [LANG]  # unfinished entries (exit 1 if any)
    python scripts/translations.py fill LANG FILE.json  # put translations from a JSON file into a .ts
    python scripts/translations.py extract    # only regenerate the service-message file

The .ts files are the source of truth: translators edit them (Qt Linguist, `pyside6-linguist`,
or any editor), `update` merges new source strings in and drops removed ones. `fill` takes
{"context": {"source": "translation" | ["singular", "plural"]}} for batches written outside
Linguist; the context "*" applies to every context that does not name the source itself.

lupdate cannot see the messages of the service layer (domain, services, db, cli never import
Qt), so `extract` scans them with ast and writes SERVICE_STRINGS, a module of
QT_TRANSLATE_NOOP lines lupdate reads; ui/errors.py translates with the same contexts.

Imports no Qt itself (runs the PySide6 tools as programs), so tests and setup.py can use it.
"""
from __future__ import annotations

import argparse
import ast
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "kundereg"
TS_DIR = ROOT / "translations"
LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")
SOURCE_LANGUAGE = "en"
# Our own bokmål catalogue for Qt's standard dialog texts (the PySide6 wheel has no qtbase_nb).
QTBASE_NB = "qtbase_nb"
SERVICE_STRINGS = SRC / "ui" / "service_messages.py"
# Non-Qt code whose user-visible messages the UI translates.
SERVICE_SOURCES = ("domain", "services", "db", "cli")
# Our modules use this alias for QT_TRANSLATE_NOOP in string tables.
LUPDATE_ALIASES = "QT_TRANSLATE_NOOP+=_N"


def ts_path(lang: str) -> Path:
    return TS_DIR / f"kundereg_{lang}.ts"


def qt_sources() -> list[Path]:
    """Every file lupdate reads: the Qt layer and the generated service messages."""
    return sorted((SRC / "ui").glob("*.py")) + [SRC / "app.py"]


# --- tools -----------------------------------------------------------------------------------

def tool(name: str) -> str:
    """Path of lupdate/lrelease: the binaries inside the installed PySide6 package (the
    pyside6-* console scripts are wrappers around them)."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        for candidate in (Path(spec.origin).parent / name, Path(spec.origin).parent / f"{name}.exe"):
            if candidate.is_file():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    raise SystemExit(f"{name} not found: install PySide6-Essentials (it ships lupdate and lrelease)")


def lupdate(ts_files: list[Path], *, quiet: bool = True) -> None:
    """Merge the current source strings into ``ts_files`` (dropping removed ones)."""
    files = [str(p) for p in qt_sources()]
    for ts in ts_files:
        lang = ts.stem.rsplit("_", 1)[-1]
        args = [tool("lupdate"), *files, "-tr-function-alias", LUPDATE_ALIASES, "-no-obsolete",
                "-locations", "none", "-source-language", SOURCE_LANGUAGE, "-target-language", lang]
        if lang == SOURCE_LANGUAGE:
            # Qt's convention for the source language: only plural forms need a translation.
            args.append("-pluralonly")
        subprocess.run([*args, "-ts", str(ts)], check=True, capture_output=quiet)


def lrelease(ts: Path, qm: Path) -> None:
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def catalogues() -> list[Path]:
    return [ts_path(lang) for lang in LANGUAGES] + [TS_DIR / f"{QTBASE_NB}.ts"]


def release(out_dir: Path = TS_DIR) -> list[Path]:
    """Compile every catalogue to ``out_dir``; returns the .qm files."""
    done = []
    for ts in catalogues():
        qm = out_dir / f"{ts.stem}.qm"
        lrelease(ts, qm)
        done.append(qm)
    return done


# --- reading .ts -----------------------------------------------------------------------------

def entries(ts: Path) -> list[dict]:
    """One dict per message: context, source, comment, numerus, type, translations."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            out.append({
                "context": name,
                "source": message.findtext("source") or "",
                "comment": message.findtext("comment"),
                "numerus": message.get("numerus") == "yes",
                "type": translation.get("type") if translation is not None else None,
                "translations": forms if message.get("numerus") == "yes" else
                [(translation.text or "") if translation is not None else ""],
            })
    return out


def unfinished(ts: Path) -> list[dict]:
    return [e for e in entries(ts) if e["type"] in ("unfinished", "obsolete", "vanished")]


# --- service messages ------------------------------------------------------------------------

def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """Names of KunderegError and every class derived from it in the scanned modules."""
    names = {"KunderegError"}
    changed = True
    while changed:
        changed = False
        for tree in trees.values():
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names and any(
                        _name(base) in names for base in node.bases):
                    names.add(node.name)
                    changed = True
    return names


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _strings(node: ast.AST | None) -> list[str]:
    """String constants in an argument, including both arms of ``a if c else b``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _strings(node.body) + _strings(node.orelse)
    return []


def _dict_values(tree: ast.Module, variable: str) -> list[str]:
    for node in ast.walk(tree):
        target = node.target if isinstance(node, ast.AnnAssign) else \
            node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
        if isinstance(target, ast.Name) and target.id == variable and isinstance(node.value, ast.Dict):
            return [s for v in node.value.values for s in _strings(v)]
    return []


def service_messages() -> dict[str, list[str]]:
    """{context: [source texts]} of the messages the UI translates for the service layer."""
    paths = []
    for item in SERVICE_SOURCES:
        path = SRC / item
        paths += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    trees = {p: ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in paths}
    errors = _error_classes(trees)
    found: list[str] = []
    for tree in trees.values():
        # Helpers that pass a `message` parameter on to an error: their call sites hold the text.
        helpers = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                params = [a.arg for a in node.args.args]
                for key in ("message", "message_id"):
                    if key in params:
                        helpers[node.name] = (params.index(key), key)
            if isinstance(node, ast.ClassDef) and node.name in errors:
                for item in node.body:  # message_id = "..." class attributes
                    if isinstance(item, ast.Assign) and any(_name(t) == "message_id" for t in item.targets):
                        found += _strings(item.value)
                    elif isinstance(item, ast.Assign) and isinstance(item.value, ast.Dict):
                        # A table of whole messages on the class (e.g. one per reason): every string in it.
                        found += [s.value for v in item.value.values for s in ast.walk(v)
                                  if isinstance(s, ast.Constant) and isinstance(s.value, str)]
                for call in ast.walk(node):  # super().__init__("...") in an error's constructor
                    if isinstance(call, ast.Call) and _name(call.func) == "__init__" and call.args:
                        found += _strings(call.args[0])
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = _name(node.func)
            if func in errors:
                index = 1 if func == "ValidationError" else 0  # ValidationError(field, message_id)
                if len(node.args) > index:
                    found += _strings(node.args[index])
                for kw in node.keywords:
                    if kw.arg in ("message_id", "what"):  # `what` names a record or a channel
                        found += _strings(kw.value)
            elif func in helpers:
                index, key = helpers[func]
                if len(node.args) > index:
                    found += _strings(node.args[index])
                found += [s for kw in node.keywords if kw.arg == key for s in _strings(kw.value)]
    errors_module = trees[SRC / "domain" / "errors.py"]
    access_module = trees[SRC / "domain" / "access.py"]
    return {
        "KunderegError": sorted(set(found)),
        "Field": sorted(set(_dict_values(errors_module, "FIELD_LABELS"))),
        "BusinessReason": sorted(set(_dict_values(access_module, "DEFAULT_REASONS"))),
    }


def service_strings_source() -> str:
    lines = ['"""Generated by `python scripts/translations.py extract` (run by `make translations`); do not edit.',
             "",
             "The messages of domain, services, db and cli, which never import Qt, written out for",
             "pyside6-lupdate; ui/errors.py translates them with these contexts.",
             '"""',
             "from PySide6.QtCore import QT_TRANSLATE_NOOP",
             "",
             "MESSAGES = ("]
    for context, texts in service_messages().items():
        for text in texts:
            lines.append(f"    QT_TRANSLATE_NOOP({json.dumps(context)}, {json.dumps(text, ensure_ascii=False)}),")
    lines.append(")")
    return "\n".join(lines) + "\n"


def extract() -> bool:
    """Rewrite SERVICE_STRINGS; True when it changed."""
    text = service_strings_source()
    if SERVICE_STRINGS.is_file() and SERVICE_STRINGS.read_text(encoding="utf-8") == text:
        return False
    SERVICE_STRINGS.write_text(text, encoding="utf-8")
    return True


# --- filling in translations -----------------------------------------------------------------

def fill(ts: Path, table: dict[str, dict[str, str | list[str]]]) -> int:
    """Set translations from {context: {source: text or [forms]}}; returns how many were set.
    lupdate then rewrites the file in its own layout."""
    tree = ET.parse(ts)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = {**table.get("*", {}), **table.get(context.findtext("name") or "", {})}
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            if source not in wanted:
                continue
            value = wanted[source]
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            count += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return count


# --- commands --------------------------------------------------------------------------------

def report_todo(langs: list[str]) -> int:
    left = 0
    for lang in langs:
        for e in unfinished(ts_path(lang)):
            left += 1
            print(f"{lang}\t{e['context']}\t{e['type']}\t{e['source']!r}")
    return left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract")
    sub.add_parser("update")
    rel = sub.add_parser("release")
    rel.add_argument("--out", type=Path, default=TS_DIR)
    todo = sub.add_parser("todo")
    todo.add_argument("lang", nargs="*", default=list(LANGUAGES))
    fl = sub.add_parser("fill")
    fl.add_argument("lang", choices=LANGUAGES)
    fl.add_argument("json", type=Path)
    args = parser.parse_args(argv)

    if args.command == "extract":
        print(f"{SERVICE_STRINGS.relative_to(ROOT)}: {'updated' if extract() else 'unchanged'}")
    elif args.command == "update":
        extract()
        TS_DIR.mkdir(exist_ok=True)
        lupdate([ts_path(lang) for lang in LANGUAGES])
        release()
        left = report_todo(list(LANGUAGES))
        print(f"{left} entries left to translate" if left else "all catalogues complete", file=sys.stderr)
    elif args.command == "release":
        for qm in release(args.out):
            print(os.path.relpath(qm))
    elif args.command == "todo":
        return 1 if report_todo(args.lang) else 0
    elif args.command == "fill":
        table = json.loads(args.json.read_text(encoding="utf-8"))
        print(f"{fill(ts_path(args.lang), table)} translations set")
        lupdate([ts_path(args.lang)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
