"""Search: any part of a name, company, email, city, phone digits in any format; ranked; paged."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from kundereg.domain.records import CustomerInput
from kundereg.domain.search_text import parse_query

PEOPLE = [
    dict(first_name="Kari", last_name="Sørensen", mobile="917 86 503", email="kari.sorensen@example.no", city="Gjøvik"),
    dict(first_name="Åse", last_name="Ærø", mobile="+47 481 22 333", city="Ålesund"),
    dict(first_name="Björn", last_name="Söderström", mobile="070-123 45 67", country="SE", city="Malmö"),
    dict(first_name="Jürgen", last_name="Müller", email="jm@example.de", country="DE", mobile="+49 151 23456789"),
    dict(first_name="Renée", last_name="Lefèvre", mobile="+358 40 1234567", country="FI", city="Åbo"),
    dict(first_name="Per", last_name="Hansen", company_name="Hansen Betong AS", org_number="923609016",
         mobile="41234567", city="Hamar"),
    dict(first_name="Johan", last_name="Johansen", mobile="99887766", city="Oslo"),
    dict(first_name="Stephan", last_name="Kristiansen", mobile="98765432", city="Oslo"),
]


@pytest.fixture
def people(customers, owner):
    return {p["last_name"]: customers.create(owner, CustomerInput(**p)).id for p in PEOPLE}


@pytest.fixture
def names(customers, owner):
    return lambda text, **kw: [h.last_name for h in customers.search(owner, text, **kw)]


@pytest.mark.parametrize(("query", "expected"), [
    ("sørensen", ["Sørensen"]), ("SØRENSEN", ["Sørensen"]), ("sorensen", ["Sørensen"]), ("ørens", ["Sørensen"]),
    ("ærø", ["Ærø"]), ("aero", ["Ærø"]), ("åse", ["Ærø"]), ("ÅLESUND", ["Ærø"]),
    ("söderström", ["Söderström"]), ("soderstrom", ["Söderström"]), ("malmö", ["Söderström"]),
    ("müller", ["Müller"]), ("Jurgen", ["Müller"]), ("renée", ["Lefèvre"]), ("lefevre", ["Lefèvre"]),
    ("betong", ["Hansen"]), ("923609016", ["Hansen"]), ("923 609 016", ["Hansen"]),
    ("example.no", ["Sørensen"]), ("kari.sor", ["Sørensen"]),
    ("kari sør", ["Sørensen"]), ("sør kari", ["Sørensen"]),
])
def test_finds_by_any_part(customers, people, query, expected, names, owner):
    assert names(query) == expected


@pytest.mark.parametrize("phone", ["917 86 503", "91786503", "+47 917 86 503", "0047 917 86 503", "86503",
                                   "786 50", "+4791786503", "(917) 86-503"])
def test_phone_digits_in_any_format(customers, people, phone, names, owner):
    assert names(phone) == ["Sørensen"]


def test_swedish_number_by_national_or_international_digits(customers, people, names, owner):
    assert names("070-123 45 67") == ["Söderström"]  # as Swedes write it, with the trunk 0
    assert names("70 123 45") == ["Söderström"]
    assert names("+46 70 123") == ["Söderström"]


def test_ranked_exact_then_prefix_then_substring(customers, people, names, owner):
    # "hansen": exact word for Hansen; inside "Johansen" only as a substring.
    assert names("hansen") == ["Hansen", "Johansen"]
    # "johan": exact first name Johan; "Johansen" is the same person; Stephan only contains "han".
    assert names("han")[:2] == ["Hansen", "Johansen"]
    assert names("han")[-1] == "Kristiansen" or "Kristiansen" not in names("han")


def test_one_and_two_letters_match_word_starts(customers, people, names, owner):
    assert set(names("h")) == {"Hansen"}  # Hansen, Hansen Betong, Hamar
    assert set(names("jo")) == {"Johansen"}
    assert set(names("ål")) == {"Ærø"}  # Ålesund
    assert set(names("ø")) == {"Johansen", "Kristiansen"}  # ø folds to o: Oslo


def test_paging_is_stable_and_complete(customers, shop, names, owner):
    ids = [customers.create(owner, CustomerInput(first_name=f"Ola{i:03d}", last_name="Nordmann")).id for i in range(130)]
    pages = [customers.search(owner, "nordmann", limit=50, offset=o) for o in (0, 50, 100)]
    seen = [h.id for page in pages for h in page]
    assert sorted(seen) == sorted(ids) and len(seen) == len(set(seen))
    assert customers.search(owner, "nordmann", limit=50, offset=150) == []


def test_empty_query_lists_everyone_by_name(customers, people, names, owner):
    assert names("") == sorted(names(""), key=lambda n: n.casefold().replace("æ", "ae")
                                          .replace("ø", "o").replace("ö", "o").replace("ü", "u")
                                          .replace("è", "e"))
    assert len(names("   ")) == len(PEOPLE)


def test_no_match(customers, people, names, owner):
    assert customers.search(owner, "zzzqx") == []


def test_fts_syntax_is_not_interpreted(customers, people, names, owner):
    for text in ['"', 'kari"', "kari OR per", "NEAR(", "*", "-", "'; DROP TABLE customer; --", "a:b", "^k"]:
        customers.search(owner, text)  # never raises
    assert customers.search(owner, "*") == [] or all(isinstance(h.id, int) for h in customers.search(owner, "*"))


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60))
def test_parse_query_never_fails(text):
    query = parse_query(text)
    assert all(word and '"' not in word and word.isprintable() for word in query.words)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=30))
def test_any_text_searches_without_error(customers, owner, text):
    customers.search(owner, text, limit=5)
