"""Golden texts of every generated document, in every language, for every country and preset
that changes the wording: the text each document printed when the fixture was written.

    python tests/document_goldens.py          # rewrite tests/fixtures/documents/ from the code

``tests/test_documents_golden.py`` renders every case again and compares it with its file, so a
refactoring that changes one word of one document in one language fails. A wording changed on
purpose is a rewrite of the fixtures in its own commit, whose diff shows the change.

PDFs are read back with pypdf (one block per page, whitespace at line ends trimmed); the HTML
notice and the CSV record are compared as written. All data is fixed: no clock, no database.
"""
from __future__ import annotations

import io
import sys
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent / "fixtures" / "documents"
if __name__ == "__main__":  # run as a script from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from kundereg.domain.enums import PurchaseStatus, ServiceEventKind, ServiceEventStatus  # noqa: E402
from kundereg.domain.presets import PRESET_KEYS, preset_profile  # noqa: E402
from kundereg.domain.records import Consent, Customer, Purchase, PurchaseLine, ServiceEvent  # noqa: E402
from kundereg.domain.report_data import (AccessReportData, BackupInfo, ControllerInfo, ErasureReceiptData,  # noqa: E402
                                         KeptRecords, RequestSummary, VerificationInfo)
from kundereg.domain.retention import INVOICE_BUYER_LAW, RULES, retain_until  # noqa: E402

LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")
COUNTRIES = ("NO", "SE", "FI", "DK")
HOME = {"nb": "NO", "nn": "NO", "sv": "SE", "fi": "FI", "da": "DK", "en": "NO"}
CURRENCY = {"NO": "NOK", "SE": "SEK", "FI": "EUR", "DK": "DKK"}
PHONE = {"NO": "+4761171234", "SE": "+46812345678", "FI": "+358912345678", "DK": "+4533123456"}
POSTAL = {"NO": "2815", "SE": "114 55", "FI": "00100", "DK": "2500"}
ORG = {"NO": "923609016", "SE": "5560360793", "FI": "0112038-9", "DK": "10150817"}
T0 = datetime(2023, 1, 9, 8, 30, tzinfo=timezone.utc)
NOW = datetime(2026, 11, 4, 10, 0, tzinfo=timezone.utc)
PROFILES = ("none", *PRESET_KEYS)  # "none": a register whose owner never set up the profile


# -- shared data ------------------------------------------------------------------------------

def controller(country: str) -> ControllerInfo:
    return ControllerInfo(name="Gjøvik Rens & Bygg AS", org_number="923 456 783", street="Kirkegata 5",
                          postal_code="2815", city="Gjøvik", country=country, email="post@rens.example",
                          phone=PHONE.get(country, "+4761171234"))


def shop_profile(key: str, country: str):
    """The shop's profile: a preset, or what a register without a profile reads as."""
    from kundereg.services.profile import to_profile, validate_profile

    details = dict(street="Kirkegata 5", postal_code=POSTAL[country], city="Gjøvik", email="post@rens.example",
                   phone=PHONE[country], org_number=ORG[country])
    if key == "none":
        from kundereg.db import models

        row = models.Shop(id=1, name="Gjøvik Rens & Bygg AS", country=country, currency=CURRENCY[country],
                          customer_fields="street,postal_code,city,company_name,org_number,invoice_email",
                          **details)
        return to_profile(row)
    return validate_profile(preset_profile(key, name="Gjøvik Rens & Bygg AS", country=country, **details))


# -- the access report ------------------------------------------------------------------------

ITEMS = ("Skjorte", "Dress, 2 deler", "Betong B30, m³", "Gardiner, per meter", "Dunjakke", "Brudekjole")
STATUSES = (PurchaseStatus.PICKED_UP, PurchaseStatus.DELIVERED, PurchaseStatus.READY, PurchaseStatus.RECEIVED,
            PurchaseStatus.RETURNED, PurchaseStatus.CANCELLED)


def purchases(count: int, currency: str) -> tuple[Purchase, ...]:
    result = []
    for i in range(count):
        lines = tuple(PurchaseLine(ITEMS[(i + k) % len(ITEMS)], 1 + (i + k) % 3, 4900 + 1000 * ((i * 7 + k) % 23))
                      for k in range(1 + i % 3))
        at = T0 + timedelta(days=3 * i, hours=i % 9)
        result.append(Purchase(
            id=500 + i, number=7000 + i, customer_id=1042, purchased_at=at,
            description="Rens av brudekjole, ekstra skånsom behandling" if i % 5 == 2 else None, lines=lines,
            total_minor=sum(line.amount_minor for line in lines), currency=currency,
            status=STATUSES[i % len(STATUSES)], status_changed_at=at, due_date=None, version=1))
    return tuple(result)


def access_data(language: str, country: str, profile_key: str) -> AccessReportData:
    bought = purchases(8, CURRENCY.get(country, "EUR"))
    customer = Customer(
        id=1042, version=3, first_name="Åse", last_name="Ødegård", mobile="+4791234567",
        email="kunde.1042@example.no", street="Storgata 12 B", postal_code="2821", city="Gjøvik", country="SE",
        company_name="Ødegård Bygg AS", org_number="987654321", invoice_email="faktura@odegard-bygg.example",
        notes="Fast kunde.\nRing før levering.", created_at=T0, updated_at=T0 + timedelta(days=30),
        last_activity_at=T0 + timedelta(days=200))
    data = AccessReportData(
        controller=controller(country), language=language, reference="2026-0007", generated_at=NOW,
        request_received_on=date(2026, 11, 2),
        verification=VerificationInfo(method="photo_id", detail="driving_licence", staff_name="Kari Nordmann",
                                      at=datetime(2026, 11, 3, 13, 5, tzinfo=timezone.utc)),
        customer=customer,
        shown_fields=("first_name", "last_name", "mobile", "email", "street", "postal_code", "city", "country",
                      "company_name", "org_number", "invoice_email", "notes"),
        consents=(Consent(1, 1042, "Nyhetsbrev på e-post", T0, T0 + timedelta(days=90), "counter", 3),
                  Consent(2, 1042, "Tilbud på SMS", T0 + timedelta(days=5), None, "web", None)),
        purchases=bought,
        service_events=(
            ServiceEvent(1, 1042, bought[1].id, ServiceEventKind.COMPLAINT, ServiceEventStatus.RESOLVED,
                         "Flekken er ikke borte etter rens.", T0 + timedelta(days=8), T0 + timedelta(days=12)),
            ServiceEvent(2, 1042, None, ServiceEventKind.REPAIR, ServiceEventStatus.OPEN, "Sy fast fôret i frakken.",
                         T0 + timedelta(days=60), None),
            ServiceEvent(3, 1042, None, ServiceEventKind.RETURN, ServiceEventStatus.REJECTED,
                         "Retur av sement etter 40 dager.", T0 + timedelta(days=70), T0 + timedelta(days=71))),
        requests=(RequestSummary("2024-0003", "objection", date(2024, 3, 1), "completed", date(2024, 3, 5)),
                  RequestSummary("2026-0007", "access", date(2026, 11, 2), "identity_verified", None)),
        categories=(), staff_name="Kari Nordmann")
    return replace(data, categories=access_categories(profile_key, language, country))


def access_categories(profile_key: str, language: str, country: str):
    """The categories services.reports prints for this register (the blank preset's without a profile)."""
    from kundereg.domain.profile_texts import purpose_categories

    profile = replace(shop_profile(profile_key, "NO" if country == "IS" else country), country=country)
    return purpose_categories(profile, language)


def access_minimal(language: str) -> AccessReportData:
    """Nothing recorded, no identity check, no request date, a shop in a country without an entry."""
    data = access_data(language, "NO", "none")
    customer = replace(data.customer, company_name=None, org_number=None, invoice_email=None, notes=None,
                       street=None, postal_code=None, city=None, country=None, email=None)
    return replace(data, controller=replace(controller("IS"), org_number=None, email=None, phone=None),
                   customer=customer, shown_fields=("first_name", "last_name", "mobile"), consents=(), purchases=(),
                   service_events=(), requests=(), verification=None, request_received_on=None,
                   categories=access_categories("none", language, "IS"))


def access_business_reason(language: str) -> AccessReportData:
    data = access_data(language, "FI", "web_shop")
    return replace(data, verification=VerificationInfo("business_reason", "complaint", "", NOW))


# -- the erasure receipt ----------------------------------------------------------------------

ERASED = (("contact", 1), ("address", 1), ("company", 1), ("notes", 1), ("consents", 3), ("service_events", 2),
          ("purchases", 17), ("order_notes", 4), ("search_index", 1), ("verification", 1))
RECEIPT_FIELDS = ("number", "date", "lines", "total")
INVOICE_FIELDS = (*RECEIPT_FIELDS, "buyer_name", "buyer_address", "buyer_org_number")


def kept(country: str) -> tuple[KeptRecords, ...]:
    primary = RULES[f"{country}-primary"]
    result = [KeptRecords("receipt", 14, RECEIPT_FIELDS, primary.law, None, retain_until(primary, date(2024, 5, 2))),
              KeptRecords("invoice", 3, INVOICE_FIELDS, primary.law, INVOICE_BUYER_LAW[country],
                          retain_until(primary, date(2026, 2, 20)))]
    if country == "NO":
        secondary = RULES["NO-secondary"]
        result.insert(0, KeptRecords("order", 2, RECEIPT_FIELDS, secondary.law, None,
                                     retain_until(secondary, date(2025, 10, 1))))
    return tuple(result)


def receipt_data(language: str, country: str) -> ErasureReceiptData:
    return ErasureReceiptData(
        controller=controller(country), language=language, reference="2026-0012",
        request_received_on=date(2026, 11, 2), erased_at=datetime(2026, 11, 4, 23, 30, tzinfo=timezone.utc),
        verification=VerificationInfo(method="knowledge", detail="ticket", staff_name="Kari Nordmann",
                                      at=datetime(2026, 11, 3, 13, 5, tzinfo=timezone.utc)),
        customer_number=1042, erased=ERASED, kept=kept(country),
        backups=BackupInfo(backups_before=9, last_taken_at=datetime(2026, 11, 4, 2, 0, tzinfo=timezone.utc),
                           expires_on=date(2027, 1, 6), keep_daily=7, keep_weekly=8),
        staff_name="Ola Hansen")


def receipt_variants(language: str) -> dict[str, ErasureReceiptData]:
    base = receipt_data(language, "SE")
    return {
        "nothing-kept": replace(base, kept=(), backups=replace(base.backups, backups_before=0, expires_on=None),
                                request_received_on=None, staff_name="", verification=None),
        "one-backup": replace(base, backups=replace(base.backups, backups_before=1),
                              verification=VerificationInfo("sms_code", None, "", NOW)),
        "unknown-country": replace(base, controller=replace(controller("IS"), org_number=None, email=None,
                                                            phone=None)),
    }


# -- rendering and reading back ---------------------------------------------------------------

def pdf_text(pdf: bytes) -> str:
    from pypdf import PdfReader

    pages = PdfReader(io.BytesIO(pdf)).pages
    return "".join(f"--- page {number} ---\n" + "\n".join(line.rstrip() for line in page.extract_text().splitlines())
                   + "\n" for number, page in enumerate(pages, start=1))


def _render_access(data: AccessReportData) -> str:
    from kundereg.reports.access_report import render_access_report

    out = io.BytesIO()
    render_access_report(data, out)
    return pdf_text(out.getvalue())


def _render_receipt(data: ErasureReceiptData) -> str:
    from kundereg.reports.erasure_receipt import render_erasure_receipt

    out = io.BytesIO()
    render_erasure_receipt(data, out)
    return pdf_text(out.getvalue())


def _notice(profile_key: str, language: str, country: str, fmt: str) -> str:
    from kundereg.reports.document import render_html, render_pdf
    from kundereg.reports.notice import notice_document

    profile = replace(shop_profile(profile_key, country), updated_at=NOW)
    document = notice_document(profile, language, NOW)
    if fmt == "html":
        return render_html(document)
    out = io.BytesIO()
    render_pdf(document, out)
    return pdf_text(out.getvalue())


def _ropa(profile_key: str, language: str, country: str, fmt: str) -> str:
    from kundereg.reports.document import render_pdf
    from kundereg.reports.ropa import ropa_csv, ropa_document

    profile = shop_profile(profile_key, country)
    if fmt == "csv":
        return ropa_csv(profile, language).decode("utf-8-sig")
    out = io.BytesIO()
    render_pdf(ropa_document(profile, language, NOW), out)
    return pdf_text(out.getvalue())


def cases() -> Iterator[tuple[str, Callable[[], str]]]:
    """(fixture path, how to render it) for every document the fixtures hold."""
    for lang in LANGUAGES:
        for country in COUNTRIES:
            yield f"access_report/{lang}-{country}-none.txt", lambda l=lang, c=country: _render_access(
                access_data(l, c, "none"))
            yield f"erasure_receipt/{lang}-{country}.txt", lambda l=lang, c=country: _render_receipt(
                receipt_data(l, c))
            for key in PROFILES:
                yield f"notice/{lang}-{country}-{key}.html", lambda l=lang, c=country, k=key: _notice(k, l, c, "html")
                yield f"ropa/{lang}-{country}-{key}.csv", lambda l=lang, c=country, k=key: _ropa(k, l, c, "csv")
        # The profile changes only the categories and purposes: one country per language renders them all.
        for key in PRESET_KEYS:
            yield f"access_report/{lang}-{HOME[lang]}-{key}.txt", lambda l=lang, k=key: _render_access(
                access_data(l, HOME[l], k))
        for key in PROFILES:
            yield f"notice/{lang}-{HOME[lang]}-{key}.pdf.txt", lambda l=lang, k=key: _notice(k, l, HOME[l], "pdf")
            yield f"ropa/{lang}-{HOME[lang]}-{key}.pdf.txt", lambda l=lang, k=key: _ropa(k, l, HOME[l], "pdf")
        yield f"access_report/{lang}-minimal.txt", lambda l=lang: _render_access(access_minimal(l))
        yield f"access_report/{lang}-business-reason.txt", lambda l=lang: _render_access(access_business_reason(l))
        for name, data in receipt_variants(lang).items():
            yield f"erasure_receipt/{lang}-{name}.txt", lambda d=data: _render_receipt(d)


def write_all() -> int:
    count = 0
    for path, render in cases():
        target = ROOT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(render().encode("utf-8"))
        count += 1
    return count


if __name__ == "__main__":
    print(f"{write_all()} fixtures written to {ROOT}")
