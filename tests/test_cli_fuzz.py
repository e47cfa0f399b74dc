"""Issue 18, item 5: every CLI command, driven with random arguments, ends with exit 0, 1 or 2
and at most one line on stderr, never a traceback (in-process through ``main(argv)``)."""
from __future__ import annotations

import argparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kundereg.cli import build_parser

OWNER_PASSWORD = "correct horse battery"


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], list]]:
    """Every command path (``audit list``, ``request add``…) with its parser's actions."""
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found += _commands(sub, (*path, name))
    if path and not found:
        found.append((path, [a for a in parser._actions if not isinstance(a, argparse._HelpAction)]))
    return found


COMMANDS = _commands(build_parser())

# The attacks of the issue, run before the random ones (each broke with a traceback once).
ATTACKS = {
    ("show",): [["99999999999999999999", "--reason", "order_follow_up"], ["-5", "--reason", "order_follow_up"]],
    ("audit", "list"): [["--customer", "9" * 30]],
    ("erase",): [["9" * 25, "--verified-by", "photo-id:passport"]],
    ("restore",): [[".", "--yes"], ["/", "--yes", "--without-ledger"]],
    ("search",): [["O\udcffBrien"], ["\u202e"], ["9" * 40]],
    ("demo",): [["--customers", "100000000"], ["--customers", "3", "--seed", "9" * 40]],
    ("request", "add"): [["1", "--type", "access", "--channel", "email", "--received", "2001-01-01"],
                         ["1", "--type", "access", "--channel", "email", "--received", "2999-01-01"]],
    ("staff", "add"): [["x\udcff", "--name", "A\udcffB", "--role", "counter"]],
}

# Values a careless or hostile user types: text with lone surrogates, controls and bidi marks,
# huge and negative numbers, dates out of range, paths that are folders or missing.
_text = st.text(st.one_of(st.characters(), st.characters(categories=["Cs", "Cc", "Cf"])), max_size=24)
_numbers = st.one_of(st.integers(), st.integers(min_value=10 ** 18, max_value=10 ** 40)).map(str)
_special = st.sampled_from(["", "-1", "0", "1", "2", "9" * 30, "1e9", "2026-02-30", "0001-01-01", "9999-12-31",
                            ".", "/", "/nonexistent/x", "postgresql://127.0.0.1:1/x", "photo-id:passport",
                            "knowledge:mobile", "email-code", "order_follow_up", "access", "counter", "nb",
                            "NO", "eier", "--json", "--yes", "--help"])


def _value(action: argparse.Action):
    valid = [str(c) for c in action.choices] if action.choices else []
    return st.one_of(_text, _numbers, _special, *([st.sampled_from(valid)] if valid else []))


@st.composite
def _arguments(draw, actions):
    """Mostly well-formed command lines (each positional a value, some options each with a
    value), with random values, and now and then a stray token: what gets past argparse is
    what the handlers must survive."""
    argv: list[str] = []
    for action in actions:
        if not action.option_strings:
            argv.append(draw(_value(action)))
        elif draw(st.booleans()):
            argv.append(draw(st.sampled_from(action.option_strings)))
            if action.nargs != 0:
                argv.append(draw(_value(action)))
    if draw(st.integers(0, 4)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(_value(actions[0]) if actions else _text))
    return argv


@pytest.fixture
def shop(run, monkeypatch):
    from kundereg.cli import demo

    monkeypatch.setattr(demo, "MAX_DEMO_CUSTOMERS", 20)  # random counts stay quick
    assert run("init", "--shop-name", "Rens", "--country", "NO", "--owner", "eier", "--owner-name", "Eva Eier",
               password=OWNER_PASSWORD).returncode == 0
    assert run("demo", "--customers", "5", user="eier", password=OWNER_PASSWORD).returncode == 0
    return run


@pytest.mark.parametrize("command,actions", COMMANDS, ids=[" ".join(c) for c, _ in COMMANDS])
def test_random_arguments_give_one_line_never_a_traceback(shop, tmp_path, monkeypatch, command, actions):
    monkeypatch.chdir(tmp_path)  # a random --out lands here, never in the checkout

    @settings(max_examples=10, deadline=None, derandomize=True,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(arguments=_arguments(actions))
    def check(arguments):
        result = shop(*command, *arguments, user="eier", password=OWNER_PASSWORD)
        assert result.returncode in (0, 1, 2), (arguments, result.returncode, result.stderr)
        assert "Traceback" not in result.stderr, (arguments, result.stderr)
        assert result.stderr.count("\n") <= 1, (arguments, result.stderr)

    for arguments in ATTACKS.get(command, []):
        check.hypothesis.inner_test(arguments)
    check()


def test_every_command_is_driven():
    names = {c[0] for c, _ in COMMANDS}
    assert {"search", "show", "audit", "request", "restore", "backup", "check", "demo", "erase", "staff"} <= names
