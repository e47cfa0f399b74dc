"""How long the law makes a shop keep accounting records, per country, with sources.

One table, used by erasure (which records survive a person's erasure, and until when), the
retention run (which anonymised records may now go) and the erasure receipt (what was kept,
why, and until which date). Periods count from the end of the fiscal year the document
belongs to; kundereg assumes the calendar year as fiscal year, as almost every small shop
uses. A document's date is the later of its order date and its last status change (the sale
is made at pickup or delivery; a return is documented when the goods come back).
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from .enums import PurchaseStatus


@dataclass(frozen=True, slots=True)
class RetentionRule:
    key: str           # stored on each kept record (purchase.retention_rule)
    country: str
    years: int
    months: int
    law: str           # the provision, cited in the law's own language
    source: str        # where the text of the law can be read


RULES: dict[str, RetentionRule] = {rule.key: rule for rule in (
    RetentionRule("NO-primary", "NO", 5, 0, "bokføringsloven § 13 (primærdokumentasjon)",
                  "https://lovdata.no/lov/2004-11-19-73/§13"),
    RetentionRule("NO-secondary", "NO", 3, 6, "bokføringsloven § 13 (sekundærdokumentasjon)",
                  "https://lovdata.no/lov/2004-11-19-73/§13"),
    RetentionRule("SE-primary", "SE", 7, 0, "bokföringslagen (1999:1078) 7 kap. 2 §",
                  "https://www.riksdagen.se/sv/dokument-och-lagar/dokument/svensk-forfattningssamling/"
                  "bokforingslag-19991078_sfs-1999-1078/"),
    RetentionRule("FI-primary", "FI", 6, 0, "kirjanpitolaki (1336/1997) 2 luku 10 § (tositteet)",
                  "https://www.finlex.fi/fi/laki/ajantasa/1997/19971336"),
    RetentionRule("DK-primary", "DK", 5, 0, "bogføringsloven (lov nr. 700 af 24. maj 2022)",
                  "https://www.retsinformation.dk/eli/lta/2022/700"),
)}

# Sales documents must name the buyer on an invoice; a retailer's cash receipt need not.
INVOICE_BUYER_LAW: dict[str, str] = {
    "NO": "bokføringsforskriften § 5-1-1",
    "SE": "mervärdesskattelagen (2023:200) 17 kap. 24 §",
    "FI": "arvonlisäverolaki (1501/1993) 209 e §",
    "DK": "momsbekendtgørelsen § 58",
}

# Completed sales and returns are accounting records (primary documentation).
ACCOUNTING_STATUSES = frozenset({PurchaseStatus.PICKED_UP, PurchaseStatus.DELIVERED, PurchaseStatus.RETURNED})


class DocumentKind:
    RECEIPT = "receipt"   # cash sale at the counter: no buyer on the document
    INVOICE = "invoice"   # names the buyer (name, address, organisation number)


def rule_for(country: str, status: PurchaseStatus | str) -> RetentionRule | None:
    """The rule that keeps a record of this status, or None when the law keeps nothing.

    Norway keeps order documentation that never became a sale (secondary documentation,
    3.5 years); the other countries' acts only keep the sale itself.
    """
    status = PurchaseStatus(status)
    if status in ACCOUNTING_STATUSES:
        return RULES.get(f"{country}-primary")
    if status is PurchaseStatus.CANCELLED:
        return RULES.get(f"{country}-secondary")
    return None


# The fiscal year is the shop's local one; the register stores UTC. Nordic local time is at
# most three hours ahead, so a document from the last hours of 31 December UTC may belong to the
# next local year: counting it there keeps it longer, never shorter, than the law requires.
_LOCAL_AHEAD = timedelta(hours=3)


def document_date(purchased_at: datetime, status_changed_at: datetime | None) -> date:
    latest = max(purchased_at, status_changed_at) if status_changed_at is not None else purchased_at
    return (latest + _LOCAL_AHEAD).date()


def retain_until(rule: RetentionRule, document_day: date) -> date:
    """The last day the record must be kept: the fiscal year's end plus the period."""
    month_index = document_day.year * 12 + 11 + rule.years * 12 + rule.months  # December, then onwards
    year, month = divmod(month_index, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def add_years(day: date, years: int) -> date:
    """The same calendar day ``years`` later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
