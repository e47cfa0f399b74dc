"""Every generated document, in every language, for every country and preset that changes its
wording, prints exactly the text in tests/fixtures/documents/ (see tests/document_goldens.py)."""
from __future__ import annotations

import pytest

from document_goldens import ROOT, cases

CASES = dict(cases())


def test_every_fixture_is_a_case_and_every_case_has_a_fixture():
    on_disk = {str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if p.is_file()}
    assert on_disk == set(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_document_prints_its_golden_text(name):
    expected = (ROOT / name).read_bytes().decode("utf-8")
    assert CASES[name]() == expected, f"{name} changed: rerun tests/document_goldens.py only for a wording fixed on purpose"
