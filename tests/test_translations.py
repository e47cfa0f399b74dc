"""The translation catalogues are complete, current and compiled (scripts/translations.py).

A developer who adds or changes a user-visible text without `make translations` fails here,
as does a translation that lost a placeholder or an accelerator.
"""
from __future__ import annotations

import ast
import importlib.util
import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load_tools():
    spec = importlib.util.spec_from_file_location("kundereg_translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


tools = _load_tools()
TRANSLATED = [lang for lang in tools.LANGUAGES if lang != tools.SOURCE_LANGUAGE]
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n|%L?\d")
# An accelerator is '&' before a letter or digit; '&&' is a literal ampersand.
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\W_])")
TAG = re.compile(r"</?[a-z]+[^>]*>")


def _key(entry: dict) -> tuple:
    return entry["context"], entry["source"], entry["comment"], entry["numerus"]


@pytest.mark.parametrize("ts", tools.catalogues(), ids=lambda p: p.name)
def test_catalogue_has_no_unfinished_or_obsolete_entries(ts):
    left = [(e["context"], e["source"], e["type"]) for e in tools.unfinished(ts)]
    assert not left, f"{ts.name}: {len(left)} entries to translate (make translations lists them): {left[:10]}"
    assert tools.entries(ts), f"{ts.name} is empty"


def test_service_message_file_is_generated_from_the_current_code():
    assert tools.SERVICE_STRINGS.read_text(encoding="utf-8") == tools.service_strings_source(), \
        "a service-layer message changed: run make translations"


def test_lupdate_finds_nothing_new_in_the_sources(tmp_path):
    copies = []
    for lang in tools.LANGUAGES:
        copy = tmp_path / tools.ts_path(lang).name
        shutil.copyfile(tools.ts_path(lang), copy)
        copies.append(copy)
    tools.lupdate(copies)
    for copy in copies:
        before = {_key(e): e for e in tools.entries(tools.TS_DIR / copy.name)}
        after = {_key(e): e for e in tools.entries(copy)}
        assert sorted(after.keys() - before.keys()) == [], f"{copy.name}: new texts, run make translations"
        assert sorted(before.keys() - after.keys()) == [], f"{copy.name}: texts no longer used, run make translations"
        assert after == before, f"{copy.name} changes under lupdate: run make translations"


@pytest.mark.parametrize("ts", tools.catalogues(), ids=lambda p: p.name)
def test_compiled_catalogue_is_what_lrelease_makes_now(ts, tmp_path):
    """Compared by content, not by time: a checkout gives every file a new mtime."""
    compiled = tools.TS_DIR / f"{ts.stem}.qm"
    assert compiled.is_file(), f"{compiled.name} is missing: run make qm"
    fresh = tmp_path / compiled.name
    tools.lrelease(ts, fresh)
    assert compiled.read_bytes() == fresh.read_bytes(), f"{compiled.name} is older than {ts.name}: run make qm"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_placeholders_accelerators_and_markup(lang):
    problems = []
    for e in tools.entries(tools.ts_path(lang)):
        source = e["source"]
        for text in e["translations"]:
            if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)) and not (
                    e["numerus"] and "%n" in source and sorted(PLACEHOLDER.findall(text.replace("%n", ""))) ==
                    sorted(PLACEHOLDER.findall(source.replace("%n", "")))):
                problems.append(("placeholders", e["context"], source, text))
            if len(ACCELERATOR.findall(text)) != len(ACCELERATOR.findall(source)):
                problems.append(("accelerator", e["context"], source, text))
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source)):
                problems.append(("markup", e["context"], source, text))
            if not text.strip():
                problems.append(("empty", e["context"], source, text))
    assert not problems, problems[:20]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_plural_entries_have_a_form_per_plural(lang):
    for e in tools.entries(tools.ts_path(lang)):
        if e["numerus"]:
            assert len(e["translations"]) == 2 and all("%n" in form for form in e["translations"][1:]), e


def test_every_context_is_a_class_or_a_named_context_in_the_code():
    """A context lupdate could not work out ('' or a variable's name) is never looked up at run time."""
    known = set()
    for path in (tools.SRC / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                known.add(node.name)
            elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                if name in ("translate", "QT_TRANSLATE_NOOP", "_N"):
                    known.add(node.args[0].value)
    known.add("App")  # app.py
    contexts = {e["context"] for e in tools.entries(tools.ts_path("sv"))}
    assert contexts <= known, sorted(contexts - known)


def test_extraction_finds_messages_behind_helpers_and_subclasses():
    found = tools.service_messages()
    assert "is not a request type." in found["KunderegError"]  # through requests._enum(message)
    assert "Demo data generation was cancelled." in found["KunderegError"]  # a message_id attribute
    assert "{what} {ident} does not exist." in found["KunderegError"]  # NotFoundError's own template
    assert "Customer" in found["KunderegError"]  # the record it names
    assert "is required." in found["KunderegError"]  # ValidationError's second argument
    assert "last_name" not in found["KunderegError"]  # ... not its field name
    assert "Last name" in found["Field"]


def test_counted_texts_use_tr_so_lupdate_makes_them_plural_entries():
    """lupdate takes translate(context, text, comment, n) for a plain entry, which Qt then never
    finds for a count; self.tr(text, comment, n) becomes a plural entry."""
    calls = []
    for path in (tools.SRC / "ui").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr == "translate" and len(node.args) + len(node.keywords) >= 4:
                calls.append(f"{path.name}:{node.lineno}")
    assert not calls
