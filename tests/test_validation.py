"""Validators: every input gives a normalised value or a ValidationError naming the field."""
from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from kundereg.domain import validation as v
from kundereg.domain.customer_rules import normalise_customer
from kundereg.domain.errors import ValidationError, ValidationErrors
from kundereg.domain.records import CustomerInput
from kundereg.domain.text import fold

any_text = st.one_of(st.none(), st.text(max_size=300),
                     st.text(alphabet=string.digits + " +-()", max_size=30))


@pytest.mark.parametrize("raw", ["912 34 567", "+47 912 34 567", "0047 91234567", "91234567", "+4791234567",
                                 "(+47) 912-34-567"])
def test_norwegian_mobile_in_any_format_is_one_e164_value(raw):
    assert v.phone(raw, "NO") == "+4791234567"


@pytest.mark.parametrize(("raw", "region", "expected"), [
    ("070-123 45 67", "SE", "+46701234567"),
    ("040 1234567", "FI", "+358401234567"),
    ("20 12 34 56", "DK", "+4520123456"),
    ("+46 70 123 45 67", "NO", "+46701234567"),  # a Swede at a Norwegian counter
])
def test_nordic_phones(raw, region, expected):
    assert v.phone(raw, region) == expected


@pytest.mark.parametrize("raw", ["12", "abc", "+47 1", "9123456789012345", "912\n34567"])
def test_bad_phones_name_the_field(raw):
    with pytest.raises(ValidationError) as info:
        v.phone(raw, "NO")
    assert info.value.field == "mobile"
    assert "Mobile phone" in info.value.message
    assert raw not in info.value.message  # the typed value never reaches a message


@pytest.mark.parametrize(("raw", "country", "expected"), [
    ("923609016", "NO", "923 609 016"),
    ("923 609 016", "NO", "923 609 016"),
    ("5560360793", "SE", "556036-0793"),
    ("2077474-0", "FI", "2077474-0"),
    ("13585628", "DK", "13585628"),
])
def test_org_numbers(raw, country, expected):
    assert v.org_number(raw, country) == expected


@pytest.mark.parametrize(("raw", "country"), [("923609017", "NO"), ("5560360794", "SE"), ("2077474-1", "FI"),
                                              ("13585627", "DK"), ("12", "NO")])
def test_bad_org_numbers(raw, country):
    with pytest.raises(ValidationError, match="Organisation number"):
        v.org_number(raw, country)


@pytest.mark.parametrize(("raw", "country", "expected"), [
    ("2815", "NO", "2815"), ("111 22", "SE", "111 22"), ("11122", "SE", "111 22"), ("SE-111 22", "SE", "111 22"),
    ("00100", "FI", "00100"), ("2100", "DK", "2100"), ("sw1a 1aa", "GB", "SW1A 1AA"),
])
def test_postal_codes(raw, country, expected):
    assert v.postal_code(raw, country) == expected


@pytest.mark.parametrize(("raw", "country"), [("281", "NO"), ("28150", "NO"), ("1112", "SE"), ("abcd", "DK")])
def test_bad_postal_codes(raw, country):
    with pytest.raises(ValidationError, match="Postal code"):
        v.postal_code(raw, country)


def test_email_is_syntax_checked_and_domain_lowercased():
    assert v.email(" Kari@Example.NO ") == "Kari@example.no"
    for bad in ("kari", "kari@", "@example.no", "kari@@example.no", "kari@exa mple.no"):
        with pytest.raises(ValidationError, match="Email"):
            v.email(bad)


def test_text_is_nfc_trimmed_and_refuses_control_characters():
    decomposed = "So\u0308derberg"  # o + combining diaeresis
    assert v.text("last_name", f"  {decomposed}   ") == "Söderberg"
    assert v.text("last_name", "Anne  Marie") == "Anne Marie"
    with pytest.raises(ValidationError, match="control characters"):
        v.text("last_name", "Kari\x00")
    with pytest.raises(ValidationError, match="too long"):
        v.text("first_name", "x" * 101)
    assert v.text("notes", "line one\r\nline two", multiline=True) == "line one\nline two"


@pytest.mark.parametrize(("raw", "minor"), [("249,50", 24950), ("249.5", 24950), ("1 234,00", 123400),
                                            ("99", 9900), ("-10,00", -1000), ("1\u00a0000 kr", 100000)])
def test_parse_money(raw, minor):
    assert v.parse_money(raw) == minor


@pytest.mark.parametrize("raw", ["", "abc", "1,234,5", "12.345", "1e5"])
def test_parse_money_refuses_ambiguous(raw):
    with pytest.raises(ValidationError, match="Total"):
        v.parse_money(raw)


def test_fold_maps_nordic_letters_and_accents():
    assert fold("Ærø Søndergård") == "aero sondergard"
    assert fold("Müller-Lüdenscheidt") == "muller-ludenscheidt"
    assert fold("ÅSE Öberg Ékström") == "ase oberg ekstrom"


@settings(max_examples=300, deadline=None)
@given(any_text, st.sampled_from(["NO", "SE", "FI", "DK"]))
def test_phone_never_raises_anything_else(value, region):
    try:
        result = v.phone(value, region)
    except ValidationError as exc:
        assert exc.field == "mobile"
    else:
        assert result is None or (result.startswith("+") and result[1:].isdigit())
        if result:
            assert v.phone(result, region) == result  # idempotent


@settings(max_examples=200, deadline=None)
@given(any_text)
def test_email_never_raises_anything_else(value):
    try:
        result = v.email(value)
    except ValidationError as exc:
        assert exc.field == "email"
    else:
        assert result is None or (v.email(result) == result)


@settings(max_examples=200, deadline=None)
@given(any_text, st.sampled_from(["NO", "SE", "FI", "DK", "DE"]))
def test_org_and_postal_never_raise_anything_else(value, country):
    for fn, field in ((v.org_number, "org_number"), (v.postal_code, "postal_code")):
        try:
            result = fn(value, country)
        except ValidationError as exc:
            assert exc.field == field
        else:
            assert result is None or fn(result, country) == result


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_text_gives_nfc_or_error(value):
    try:
        result = v.text("last_name", value)
    except ValidationError as exc:
        assert exc.field == "last_name"
    else:
        assert result is None or (result == unicodedata.normalize("NFC", result) and result == result.strip()
                                  and len(result) <= 100)


@settings(max_examples=150, deadline=None)
@given(st.builds(CustomerInput, first_name=any_text, last_name=any_text, mobile=any_text, email=any_text,
                 street=any_text, postal_code=any_text, city=any_text,
                 country=st.one_of(st.none(), st.sampled_from(["NO", "se", "FI", "DK", "XX", ""])),
                 company_name=any_text, org_number=any_text, invoice_email=any_text, notes=any_text))
def test_whole_customer_normalises_or_names_fields(data):
    try:
        values = normalise_customer(data, "NO")
    except ValidationErrors as exc:
        assert exc.errors and all(field == err.field for field, err in exc.errors.items())
    else:
        again = normalise_customer(CustomerInput(**values), "NO")
        assert again == values  # normalising is idempotent
