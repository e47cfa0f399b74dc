"""Plain records passed between services, CLI, reports and GUI threads (never ORM objects)."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from .enums import PurchaseStatus, ServiceEventKind, ServiceEventStatus


@dataclass(frozen=True, slots=True)
class CustomerInput:
    """What a form, the CLI or an import supplies; the service validates and normalises it."""

    first_name: str | None = None
    last_name: str | None = None
    mobile: str | None = None
    email: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    country: str | None = None
    company_name: str | None = None
    org_number: str | None = None
    invoice_email: str | None = None
    notes: str | None = None


CUSTOMER_FIELDS: tuple[str, ...] = tuple(CustomerInput.__dataclass_fields__)
# Always on the form: what every seed shop keeps to tell customers apart and reach them.
CORE_FIELDS: tuple[str, ...] = ("first_name", "last_name", "mobile", "email", "notes")
# What a shop may switch on or off in its profile.
OPTIONAL_FIELDS: tuple[str, ...] = tuple(f for f in CUSTOMER_FIELDS if f not in CORE_FIELDS)
ADDRESS_FIELDS: tuple[str, ...] = ("street", "postal_code", "city", "country")
COMPANY_FIELDS: tuple[str, ...] = ("company_name", "org_number", "invoice_email")


@dataclass(frozen=True, slots=True)
class Customer:
    id: int
    version: int
    first_name: str | None
    last_name: str | None
    mobile: str | None
    email: str | None
    street: str | None
    postal_code: str | None
    city: str | None
    country: str
    company_name: str | None
    org_number: str | None
    invoice_email: str | None
    notes: str | None
    created_at: datetime
    updated_at: datetime
    last_activity_at: datetime
    restricted_at: datetime | None = None
    marketing_objection_at: datetime | None = None

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.company_name)

    def as_input(self) -> CustomerInput:
        return CustomerInput(**{name: getattr(self, name) for name in CUSTOMER_FIELDS})


@dataclass(frozen=True, slots=True)
class CustomerHit:
    """One search result row: just enough to pick the right person, contact details masked."""

    id: int
    first_name: str | None
    last_name: str | None
    company_name: str | None
    masked_mobile: str | None  # '+47 ••• •• 567'
    masked_email: str | None   # 'k•••@example.no'

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name, self.company_name)


@dataclass(frozen=True, slots=True)
class PurchaseLineInput:
    description: str
    quantity: int = 1
    unit_price_minor: int = 0


@dataclass(frozen=True, slots=True)
class PurchaseInput:
    description: str | None = None
    lines: tuple[PurchaseLineInput, ...] = ()
    total_minor: int | None = None  # None: the sum of the lines
    currency: str | None = None     # None: the shop's currency
    due_date: date | None = None
    purchased_at: datetime | None = None  # None: now


@dataclass(frozen=True, slots=True)
class PurchaseLine:
    description: str
    quantity: int
    unit_price_minor: int

    @property
    def amount_minor(self) -> int:
        return self.quantity * self.unit_price_minor


@dataclass(frozen=True, slots=True)
class Purchase:
    id: int
    number: int
    customer_id: int | None
    purchased_at: datetime
    description: str | None
    lines: tuple[PurchaseLine, ...]
    total_minor: int
    currency: str
    status: PurchaseStatus
    status_changed_at: datetime
    due_date: date | None
    version: int

    @property
    def summary(self) -> str:
        """The order's own description, else what its lines say ('Dress · 2 × Shirt')."""
        return self.description or item_summary(self.lines)


def item_summary(lines: tuple[PurchaseLine, ...] | list[PurchaseLine]) -> str:
    return " · ".join(f"{line.quantity} × {line.description}" if line.quantity != 1 else line.description
                      for line in lines)


@dataclass(frozen=True, slots=True)
class ReadyTicket:
    """A ticket waiting for collection, with what staff need to tell the customer."""

    purchase_id: int
    number: int
    customer_id: int
    customer_name: str
    mobile: str | None
    description: str | None
    total_minor: int
    currency: str
    ready_since: datetime
    version: int


@dataclass(frozen=True, slots=True)
class ServiceEvent:
    id: int
    customer_id: int
    purchase_id: int | None
    kind: ServiceEventKind
    status: ServiceEventStatus
    description: str
    opened_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True, slots=True)
class Consent:
    id: int
    customer_id: int
    purpose: str
    given_at: datetime
    withdrawn_at: datetime | None
    source: str
    staff_id: int | None
    withdrawn_by: int | None = None
    expired_at: datetime | None = None  # the shop's consent period ran out (retention rule)

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None and self.expired_at is None


@dataclass(frozen=True, slots=True)
class PurchaseHistory:
    purchases: tuple[Purchase, ...]
    totals_by_currency: dict[str, int] = field(default_factory=dict)


def display_name(first: str | None, last: str | None, company: str | None = None) -> str:
    person = " ".join(part for part in (first, last) if part)
    if person and company:
        return f"{person} ({company})"
    return person or company or ""
