"""The ticket code rule: every code reads back, and nothing a person types in the search box is taken for one."""
from __future__ import annotations

import string

import pytest
from hypothesis import given, strategies as st

from kundereg.domain.ticket_code import parse_ticket_code, ticket_code

numbers = st.integers(min_value=1, max_value=10**10)


@given(numbers)
def test_every_code_reads_back(number):
    code = ticket_code(number)
    assert code.startswith("KR") and code[2:].isdigit()
    assert parse_ticket_code(code) == number
    assert parse_ticket_code(f"  {code.lower()}\n") == number  # Caps Lock, a stray blank, the Enter


@given(numbers, st.data())
def test_one_wrong_digit_is_refused(number, data):
    code = ticket_code(number)
    at = data.draw(st.integers(min_value=2, max_value=len(code) - 1))
    digit = data.draw(st.sampled_from([d for d in string.digits if d != code[at]]))
    assert parse_ticket_code(code[:at] + digit + code[at + 1:]) is None


@given(numbers, st.data())
def test_swapped_neighbours_are_refused(number, data):
    code = ticket_code(number)
    at = data.draw(st.integers(min_value=2, max_value=len(code) - 2))
    if code[at] == code[at + 1]:
        return
    assert parse_ticket_code(code[:at] + code[at + 1] + code[at] + code[at + 2:]) is None


@given(st.text(alphabet=string.ascii_letters + "ÆØÅæøåÄÖäöéü -'.", max_size=40))
def test_names_are_never_codes(name):
    assert parse_ticket_code(name) is None


@given(st.from_regex(r"\+?[0-9 ]{6,16}", fullmatch=True))
def test_phone_numbers_are_never_codes(phone):
    assert parse_ticket_code(phone) is None


@pytest.mark.parametrize("text", ["", None, "KR", "KR123", "KR00004270KR", "KR0004270 1", "KR00004270",
                                  "kari KR0004270", "KR-0004270"])
def test_partial_or_decorated_codes_are_refused(text):
    assert parse_ticket_code(text) is None


def test_a_known_code():
    assert ticket_code(427) == "KR0004270"  # printed on a ticket in the README; never changes
    with pytest.raises(ValueError):
        ticket_code(0)
