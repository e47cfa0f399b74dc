"""Which ICU data items the Linux build keeps (packaging/linux/trim-icu.py)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "packaging" / "linux" / "trim-icu.py"


@pytest.fixture(scope="module")
def trim_icu():
    spec = importlib.util.spec_from_file_location("trim_icu", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("item", [
    "root.res", "res_index.res", "pool.res", "supplementalData.res", "zoneinfo64.res", "metaZones.res",
    "ucase.icu", "uprops.icu", "nfc.nrm", "cnvalias.icu", "coll/ucadata.icu", "coll/root.res",
    "coll/nb.res", "coll/sv.res", "coll/fi.res", "coll/da.res", "nb_NO.res", "nn.res", "sv_FI.res", "en_GB.res",
    "zone/fi.res", "curr/da_DK.res", "brkitr/root.res", "brkitr/word.brk", "brkitr/cjdict.dict",
])
def test_keeps_root_data_and_the_nordic_languages(trim_icu, item):
    assert trim_icu.wanted(item)


@pytest.mark.parametrize("item", [
    "de.res", "zh_Hant_TW.res", "coll/de_.res", "coll/ja.res", "zone/ru.res", "curr/pt_BR.res",
    "ibm-943_P15A-2003.cnv", "rbnf/nb.res", "translit/root.res",
])
def test_drops_other_locales_converters_and_spellout(trim_icu, item):
    assert not trim_icu.wanted(item)
