"""Report rows: the Art. 15 access report for a customer with 5,000 purchases.

The baseline is the plainest ReportLab answer to the same job: one platypus ``Table`` of the
very same 5,000 rows (the strings the report prints, prepared before the clock starts), with a
repeated header row, the same embedded font and column widths, on A4. The access report is timed
whole: formatting every date and amount, the letter, all sections, "Page X of Y" and metadata.
Each is the median of 3 runs after one warm-up run. No database: the data is built in memory.
"""
from __future__ import annotations

import io
import random
import statistics
import time
from datetime import date, datetime, timedelta, timezone

PURCHASES = 5_000
RUNS = 3
REPORT_S = 1.0
REPORT_OVER_TABLE = 1.5


def build_data(purchases: int = PURCHASES, language: str = "nb", seed: int = 1):
    from kundereg.domain.enums import PurchaseStatus, ServiceEventKind, ServiceEventStatus
    from kundereg.domain.records import Consent, Customer, Purchase, PurchaseLine, ServiceEvent
    from kundereg.domain.report_data import AccessReportData, ControllerInfo, RequestSummary, VerificationInfo

    rnd = random.Random(seed)
    start = datetime(2012, 1, 2, 8, 0, tzinfo=timezone.utc)
    items = ("Skjorte", "Bukse", "Kjole", "Dress, 2 deler", "Dunjakke", "Gardiner, per meter", "Betong B30, m³",
             "Armeringsjern 12 mm, 6 m", "Levering med kranbil", "Treskruer 5x80, 250 stk")
    statuses = [PurchaseStatus.PICKED_UP] * 6 + [PurchaseStatus.DELIVERED] * 3 + [
        PurchaseStatus.RETURNED, PurchaseStatus.CANCELLED, PurchaseStatus.READY]
    bought = []
    for i in range(purchases):
        lines = tuple(PurchaseLine(rnd.choice(items), rnd.randint(1, 6), rnd.randint(49, 2500) * 100)
                      for _ in range(rnd.randint(1, 4)))
        at = start + timedelta(minutes=i * 1000 + rnd.randint(0, 600))
        bought.append(Purchase(id=i + 1, number=10_000 + i, customer_id=1, purchased_at=at,
                               description="Rens med ekstra skånsom behandling" if i % 11 == 0 else None,
                               lines=lines, total_minor=sum(line.amount_minor for line in lines), currency="NOK",
                               status=rnd.choice(statuses), status_changed_at=at, due_date=None, version=1))
    customer = Customer(id=1, version=1, first_name="Nguyễn Thị", last_name="Ánh", mobile="+4791234567",
                        email="anh@example.no", street="Storgata 1", postal_code="0155", city="Oslo", country="NO",
                        company_name="Ánh Bygg AS", org_number="987654321", invoice_email=None, notes="Fast kunde.",
                        created_at=start, updated_at=start, last_activity_at=bought[-1].purchased_at if bought else start)
    return AccessReportData(
        controller=ControllerInfo(name="Benk Rens og Bygg AS", org_number="923 456 783", street="Kirkegata 5",
                                  postal_code="0153", city="Oslo", country="NO", email="post@benk.example",
                                  phone="+4722334455"),
        language=language, reference="2026-0001", generated_at=datetime(2026, 11, 4, 9, 0, tzinfo=timezone.utc),
        request_received_on=date(2026, 11, 2),
        verification=VerificationInfo("photo_id", "passport", "Kari Nordmann", datetime(2026, 11, 3, 12, 0,
                                                                                          tzinfo=timezone.utc)),
        customer=customer, shown_fields=("first_name", "last_name", "mobile", "email", "street", "postal_code",
                                         "city", "company_name", "org_number", "notes"),
        consents=(Consent(1, 1, "Nyhetsbrev på e-post", start, None, "counter", 1),),
        purchases=tuple(bought),
        service_events=tuple(ServiceEvent(i, 1, bought[i * 400].id, ServiceEventKind.COMPLAINT,
                                          ServiceEventStatus.RESOLVED, "Flekken er ikke borte etter rens.",
                                          bought[i * 400].purchased_at, bought[i * 400].purchased_at)
                             for i in range(min(10, purchases // 400))),
        requests=(RequestSummary("2026-0001", "access", date(2026, 11, 2), "identity_verified", None),),
        categories=(), staff_name="Kari Nordmann")


def render_report(data, password: str | None = None) -> bytes:
    from kundereg.reports.access_report import render_access_report

    out = io.BytesIO()
    render_access_report(data, out, password=password)
    return out.getvalue()


def render_plain_table(rows: list[tuple[str, ...]], header: tuple[str, ...]) -> bytes:
    """The baseline: one platypus Table of the same rows, header repeated on every page."""
    from reportlab.lib.colors import HexColor
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from kundereg.reports.fonts import register_fonts

    fonts = register_fonts()
    out = io.BytesIO()
    table = Table([header, *rows], colWidths=[22 * mm, 15 * mm, 73 * mm, 31 * mm, 29 * mm], repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 8.5, 11),
        ("FONT", (0, 0), (-1, 0), fonts.bold, 8.5, 11),
        ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (-1, 0), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, HexColor("#9aa5b5")),
    ]))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=22 * mm,
                      bottomMargin=20 * mm).build([table])
    return out.getvalue()


def _median_seconds(fn) -> tuple[float, bytes]:
    result = fn()  # warm-up: imports, font registration, Babel data
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") or pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages")


def measure(purchases: int = PURCHASES) -> dict[str, float]:
    from kundereg.reports.access_report import purchase_rows
    from kundereg.reports.page import new_report_password
    from kundereg.reports.texts import word

    data = build_data(purchases)
    rows = purchase_rows(data)
    lang = data.language
    header = (word("col_date", lang), word("col_number", lang), word("col_description", lang), word("col_status", lang),
              word("col_amount", lang))
    report_s, report_pdf = _median_seconds(lambda: render_report(data))
    table_s, table_pdf = _median_seconds(lambda: render_plain_table(rows, header))
    password = new_report_password()
    encrypted_s, _ = _median_seconds(lambda: render_report(data, password=password))
    return {"report_s": report_s, "table_s": table_s, "encrypted_s": encrypted_s,
            "report_pages": _pages(report_pdf), "table_pages": _pages(table_pdf)}


def report_rows(ctx) -> list:
    from bench.run import Row

    m = measure(PURCHASES)
    ratio = m["report_s"] / m["table_s"] if m["table_s"] > 0 else float("inf")
    n = f"{PURCHASES:,}"
    return [
        Row(f"access report PDF, {n} purchases (median of {RUNS})",
            f"{m['report_s'] * 1000:.0f} ms, {m['report_pages']} pages", f"<= {REPORT_S * 1000:.0f} ms",
            m["report_s"] <= REPORT_S),
        Row(f"plain ReportLab Table of the same {n} rows", f"{m['table_s'] * 1000:.0f} ms, {m['table_pages']} pages"),
        Row("access report / plain table", f"{ratio:.2f}x", f"<= {REPORT_OVER_TABLE:g}x", ratio <= REPORT_OVER_TABLE),
        Row(f"access report, {n} purchases, AES-256 password", f"{m['encrypted_s'] * 1000:.0f} ms"),
    ]


if __name__ == "__main__":
    for row in report_rows(None):
        print(f"{row.name:<55} {row.result:<22} {row.target:<12} {'' if row.ok is None else 'PASS' if row.ok else 'FAIL'}")
