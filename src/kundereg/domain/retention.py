"""Until when the law makes a shop keep each accounting record (the rules are in domain.legal).

Used by erasure (which records survive a person's erasure, and until when), the
retention run (which anonymised records may now go) and the erasure receipt (what was kept,
why, and until which date). Periods count from the end of the fiscal year the document
belongs to; kundereg assumes the calendar year as fiscal year, as almost every small shop
uses. A document's date is the later of its order date and its last status change (the sale
is made at pickup or delivery; a return is documented when the goods come back).
"""
from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta

from .enums import PurchaseStatus
# The periods and provisions are legal facts, kept with their sources in domain.legal.
from .legal import INVOICE_BUYER_LAW, RULES, RetentionRule  # noqa: F401  (erasure reads them here)

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


def backup_max_days(keep_daily: int, keep_weekly: int) -> int:
    """The age in days past which backup rotation (services.backup.rotate) keeps no copy.

    A daily copy goes once it is ``keep_daily`` days old; a weekly one is the newest of its ISO
    week and stays until that week is ``keep_weekly`` weeks back, at most 7 * keep_weekly days
    when it was taken on a Monday. The privacy notice states this number."""
    return max(keep_daily, 1, 7 * max(keep_weekly, 1))
