"""Issue 15 in the documents: an imported customer's access report and the notice's "where the
data comes from" (Art. 14(2)(f), 15(1)(g)) name the system the data was imported from and the day,
in every language."""
from __future__ import annotations

import io
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import update

from kundereg.db import models
from kundereg.domain.presets import preset_profile
from kundereg.domain.profile_texts import import_source_text, purpose_categories
from kundereg.reports.document import render_pdf
from kundereg.reports.notice import notice_document
from kundereg.services.identity import IdentityService
from kundereg.services.profile import ProfileService, validate_profile
from kundereg.services.reports import ReportService

from test_marketing_law import notice_text
from test_notice import NOW

LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")
DAY = date(2026, 3, 3)
MARCH = {"nb": "3. mars 2026", "nn": "3. mars 2026", "sv": "3 mars 2026", "fi": "3. maaliskuuta 2026",
         "da": "3. marts 2026", "en": "3 March 2026"}


def supplier():
    return validate_profile(preset_profile("b2b_supplier", name="Jaro AS", country="NO", street="Vegen 1",
                                           postal_code="2815", city="Gjøvik", email="post@jaro.example"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_access_report_names_the_system_and_the_day(language):
    categories = purpose_categories(supplier(), language, ("superoffice", DAY))
    for category in categories:
        assert "SuperOffice" in category.source and MARCH[language] in category.source
    assert all("SuperOffice" not in c.source for c in purpose_categories(supplier(), language))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_notice_lists_each_system_customers_were_imported_from(language):
    buffer = io.BytesIO()
    render_pdf(notice_document(supplier(), language, NOW, imports=(("visma", DAY), ("xlsx", DAY))), buffer)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)
    sources = text[text.index("4. "):text.index("5. ")]
    assert " ".join(import_source_text("visma", DAY, language, "NO").split()) in sources
    assert "Visma" in sources and "Excel" in sources and MARCH[language] in sources
    assert "Visma" not in notice_text(supplier(), language).split("4. ")[1].split("5. ")[0]


def test_the_services_read_the_import_stamp(db, shop, owner, kari, tmp_path):
    with db.transaction() as session:
        session.execute(update(models.Customer).where(models.Customer.id == kari.id)
                        .values(source_kind="superoffice", source_date=DAY))
    out = io.BytesIO()
    IdentityService(db).verify_photo_id(owner, kari.id, "passport")  # a report needs a real check
    data = ReportService(db).access_report(owner, kari.id, "nb", out)
    assert all("SuperOffice" in c.source and "3. mars 2026" in c.source for c in data.categories)
    profiles = ProfileService(db)
    profiles.update(owner, supplier())
    assert profiles.imports() == (("superoffice", DAY),)
    notice = tmp_path / "notice.pdf"
    profiles.write_notice(owner, "nb", "pdf", str(notice))
    assert "Importert 3. mars 2026 fra det tidligere kundesystemet vårt, SuperOffice" in " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(notice).pages)
