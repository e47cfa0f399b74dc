"""Plain data that documents about one person are built from (reports take these, never sessions)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .records import Consent, Customer, Purchase, ServiceEvent


@dataclass(frozen=True, slots=True)
class ControllerInfo:
    """The shop as data controller, printed at the top of every document."""

    name: str
    org_number: str | None
    street: str | None
    postal_code: str | None
    city: str | None
    country: str  # NO, SE, FI, DK: selects the supervisory authority
    email: str | None
    phone: str | None


@dataclass(frozen=True, slots=True)
class VerificationInfo:
    method: str          # domain.access.VerificationMethod value
    detail: str | None   # ID type, knowledge field or purpose code; never an ID number
    staff_name: str
    at: datetime


@dataclass(frozen=True, slots=True)
class CategoryInfo:
    """One purpose of the shop profile: why the shop holds which data (domain.profile_texts.purpose_categories)."""

    key: str                  # a purpose key (domain.profile.PURPOSE_KEYS)
    purpose: str              # in the report's language
    legal_basis: str          # GDPR Art. 6(1) letter: "a".."f"
    retention: str            # in the report's language
    recipients: tuple[str, ...]
    source: str               # in the report's language
    title: str | None = None  # the heading; None: the key


@dataclass(frozen=True, slots=True)
class RequestSummary:
    reference: str
    kind: str                 # request type value
    received_on: date
    status: str
    completed_on: date | None


@dataclass(frozen=True, slots=True)
class AccessReportData:
    controller: ControllerInfo
    language: str             # nb, nn, sv, fi, da, en
    reference: str            # the request's reference, e.g. "2026-0007"
    generated_at: datetime
    request_received_on: date | None
    verification: VerificationInfo | None
    customer: Customer
    shown_fields: tuple[str, ...]   # customer fields the shop keeps, in display order
    consents: tuple[Consent, ...]
    purchases: tuple[Purchase, ...]
    service_events: tuple[ServiceEvent, ...]
    requests: tuple[RequestSummary, ...]
    categories: tuple[CategoryInfo, ...]
    staff_name: str           # who prepared the report: the staff member's full name
    staff_role: str = ""      # their role (domain.enums.StaffRole value), printed under the name


@dataclass(frozen=True, slots=True)
class KeptRecords:
    """One group of records the law keeps after an erasure."""

    kind: str                 # "receipt", "invoice" or "order" (an order that never became a sale)
    count: int
    fields: tuple[str, ...]   # what each record still shows, e.g. ("number", "date", "lines", "total")
    law: str                  # the retention provision (domain.retention.RetentionRule.law)
    buyer_law: str | None     # for invoices: the provision that requires the buyer on them
    until: date               # the last day they are kept; deleted by the retention run after it


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """What the backups still hold of an erased person, for the receipt."""

    backups_before: int            # backups taken before the erasure that still exist
    last_taken_at: datetime | None  # the newest of them
    expires_on: date | None        # the day the last of them is rotated out at the latest
    keep_daily: int
    keep_weekly: int


@dataclass(frozen=True, slots=True)
class ErasureReceiptData:
    controller: ControllerInfo
    language: str
    reference: str                     # the request's reference
    request_received_on: date | None
    erased_at: datetime
    verification: VerificationInfo | None
    customer_number: int               # the erased customer's id: no longer points to anyone
    erased: tuple[tuple[str, int], ...]  # (category key, how many records); see reports texts
    kept: tuple[KeptRecords, ...]
    backups: BackupInfo
    staff_name: str                    # who carried out the erasure: the staff member's full name
    staff_role: str = ""               # their role (domain.enums.StaffRole value)
