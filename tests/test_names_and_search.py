"""Names as people write them (joiners, apostrophes, soft hyphens, CJK) are accepted and found;
characters that hide or reorder text are refused with the field named (issue 18, item 7)."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from kundereg.db import migrate
from kundereg.domain.errors import ValidationErrors
from kundereg.domain.records import CustomerInput

PERSIAN = "\u0639\u0644\u06cc\u200c\u0631\u0636\u0627"  # "Alireza" with a ZWNJ between the parts
FAMILY = "\U0001F468\u200d\U0001F469\u200d\U0001F467"  # an emoji sequence held together by ZWJs


@pytest.mark.parametrize("first_name", [PERSIAN, f"Ola {FAMILY}", "Ana\u00admaria"])
def test_joiners_and_soft_hyphens_inside_a_name_are_kept(customers, owner, first_name):
    created = customers.create(owner, CustomerInput(first_name=first_name, last_name="Nordmann"))
    assert customers.get(owner, created.id).first_name == first_name


@pytest.mark.parametrize(("value", "what"), [
    ("\u200dKari", "a joiner at the start"), ("Kari\u200c", "a joiner at the end"),
    ("Kari \u200d Ola", "a joiner beside a space"), ("Ka\u202eri", "a right-to-left override"),
    ("Ka\u2066ri", "a bidi isolate"), ("Kari\nOla", "a line break"), ("Ka\u200bri", "a zero-width space"),
    ("Ka\ud800ri", "a lone surrogate"),
])
def test_characters_that_hide_or_reorder_text_are_refused(customers, owner, value, what):
    with pytest.raises(ValidationErrors) as caught:
        customers.create(owner, CustomerInput(first_name=value, last_name="Nordmann"))
    assert list(caught.value.errors) == ["first_name"], what
    assert value not in caught.value.message  # the refused value is not echoed back


def test_a_lone_surrogate_in_notes_is_a_validation_error(customers, owner):
    with pytest.raises(ValidationErrors) as caught:
        customers.create(owner, CustomerInput(first_name="Kari", last_name="Nordmann", notes="a\udc00b"))
    assert list(caught.value.errors) == ["notes"]


@pytest.fixture
def found(customers, owner):
    return lambda query: [h.last_name for h in customers.search(owner, query)]


@pytest.mark.parametrize("query", ["obrien", "o'brien", "O\u2019Brien", "OBRIEN", "brien"])
def test_apostrophes_are_folded(customers, owner, found, query):
    customers.create(owner, CustomerInput(first_name="Siobhán", last_name="O'Brien"))
    assert found(query) == ["O'Brien"]


def test_a_soft_hyphen_neither_splits_nor_hides_a_word(customers, owner, found):
    customers.create(owner, CustomerInput(first_name="Kari", last_name="Strand\u00adberg"))
    assert found("strandberg") == ["Strand\u00adberg"]
    assert found("strand\u00adberg") == ["Strand\u00adberg"]


@pytest.mark.parametrize(("query", "expected"), [
    ("李小龙", ["李小龙"]), ("小龙", ["李小龙"]), ("李小", ["李小龙"]), ("李", ["李小龙"]),
    ("山田", ["山田花子"]), ("花子", ["山田花子"]), ("김민", ["김민준"]), ("민준", ["김민준"]),
])
def test_short_substrings_of_cjk_names(customers, owner, found, query, expected):
    for name in ("李小龙", "山田花子", "김민준", "Lin"):
        customers.create(owner, CustomerInput(first_name="X", last_name=name))
    assert found(query) == expected


def test_the_upgrade_rebuilds_old_search_documents(locations, db, shop, customers, owner):
    """Migration 0008 run on a register whose documents were written by the older code."""
    import importlib.util

    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    created = customers.create(owner, CustomerInput(first_name="Siobhán", last_name="O'Brien"))
    with db.engine.begin() as conn:  # as the code before 0008 wrote it
        conn.execute(text("UPDATE customer SET search_doc = '  siobhan   o''brien ' WHERE id = :id"),
                     {"id": created.id})
    assert customers.search(owner, "obrien") == []
    path = next((Path(migrate.__file__).parent / "migrations" / "versions").glob("0008_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0008", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with db.engine.begin() as conn:
        with Operations.context(MigrationContext.configure(conn)):
            module.upgrade()
    assert [h.id for h in customers.search(owner, "obrien")] == [created.id]
