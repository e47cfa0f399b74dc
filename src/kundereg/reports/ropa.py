"""The record of processing activities (GDPR Art. 30(1)), from the shop profile, as PDF and CSV.

One activity per purpose with the points Art. 30(1) lists: (a) controller and contact, (b) the
purpose described, in the neutral wording of an internal record ("the customer", never "you"), (c) data subjects and categories of data, (d) recipients, (e) transfers outside the
EU/EEA, (f) time limits for erasure, (g) security measures. The CSV has one row per purpose
(UTF-8 with BOM and semicolons, so spreadsheet programs in the Nordics open it as columns).
"""
from __future__ import annotations

import csv
import io
from datetime import datetime

from babel.dates import format_date
from babel.lists import format_list

from ..domain import legal
from ..domain import profile_texts as pt
from ..domain.profile import EEA, ShopProfile
from ..domain.records import COMPANY_FIELDS
from ..domain.formatting import format_phone
from .document import Document, Heading, Pairs, Para, Section
from .letter import document_locale
from .notice import address_line, footer, letterhead, org_label, recipient_blocks
from .notice_texts import notice_text, ropa_text
from .texts import word


def _subjects(profile: ShopProfile, language: str) -> str:
    return ropa_text("customers_b2b" if set(COMPANY_FIELDS) & set(profile.customer_fields) else "customers", language)


def _transfers(profile: ShopProfile, language: str) -> str:
    outside = sorted({p.country for p in profile.processors if p.country and p.country not in EEA})
    if not outside:
        return ropa_text("none", language)
    names = ", ".join(pt.country_name(c, language) for c in outside)
    return ropa_text("transfers_outside", language).format(countries=names)


def activity_rows(profile: ShopProfile, language: str) -> list[tuple[str, ...]]:
    """(activity, purpose, legal basis, data subjects, categories, recipients, transfers, retention,
    measures), in the neutral wording of an internal record: "the customer", not "you"."""
    locale = document_locale(language, profile.country)
    rows = []
    for purpose in profile.purposes:
        rows.append((
            pt.purpose_name(purpose, language, record=True),
            pt.purpose_description(purpose, language, profile.country, record=True) or pt.purpose_name(
                purpose, language, record=True),
            "; ".join(legal.legal_basis_lines(purpose.legal_basis, language, record=True)) or purpose.legal_basis,
            _subjects(profile, language),
            format_list([pt.category_name(c, language, record=True) for c in purpose.categories], locale=locale),
            "; ".join(pt.recipient_lines(purpose, profile, language, record=True)),
            _transfers(profile, language),
            pt.retention_text(purpose, profile, language, record=True),
            ropa_text("measures", language),
        ))
    return rows


def header(language: str) -> tuple[str, ...]:
    return (ropa_text("activity", language), ropa_text("purpose", language), word("legal_basis", language),
            ropa_text("subjects", language),
            ropa_text("categories", language), word("recipients", language), ropa_text("transfers", language),
            word("retention", language), ropa_text("h_security", language))


def ropa_csv(profile: ShopProfile, language: str) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header(language))
    writer.writerows(activity_rows(profile, language))
    return buffer.getvalue().encode("utf-8-sig")


def ropa_document(profile: ShopProfile, language: str, generated_at: datetime) -> Document:
    locale = document_locale(language, profile.country)
    head = header(language)
    controller = [(notice_text("col_name", language), profile.name)]
    if profile.org_number:
        controller.append((org_label(profile, language), profile.org_number))
    if address_line(profile):
        controller.append((notice_text("address", language), address_line(profile)))
    if profile.email:
        controller.append((word("email", language), profile.email))
    if profile.phone:
        controller.append((notice_text("phone", language), format_phone(profile.phone)))
    activities: list = []
    for row in activity_rows(profile, language):
        activities += [Heading(row[0]), Pairs(tuple(zip(head[1:8], row[1:8])))]
    proc_blocks = recipient_blocks(profile, language, record=True)
    sections = (
        Section(ropa_text("h_controller", language), (Pairs(tuple(controller)),)),
        Section(ropa_text("h_activities", language), tuple(activities)),
        Section(ropa_text("h_processors", language), proc_blocks),
        Section(ropa_text("h_security", language), (Para(ropa_text("measures", language)),)),
    )
    title = ropa_text("title", language)
    return Document(language=language, title=title,
                    subtitle=ropa_text("subtitle", language).format(shop=profile.name,
                                                            date=format_date(generated_at.date(), "long",
                                                                             locale=locale)),
                    author=profile.name, subject=f"{title} · GDPR Art. 30(1)",
                    letterhead=letterhead(profile, language), footer=footer(profile, language), sections=sections)
