"""The shop profile: what the shop keeps, why, on which basis, for how long and who gets it.

One profile per register. It drives the customer form (which optional fields exist), the
access report (purposes, legal bases, retention and recipients) and the generated privacy
notice and record of processing. Plain frozen dataclasses; validation lives in
``services.profile``. Vocabulary keys (purposes, data categories, retention rules, recipient
roles, sources) have texts in every document language in ``domain.profile_texts``.
No Qt, no SQL.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from .languages import LANGUAGES  # noqa: F401  (part of the profile vocabulary)

# GDPR Art. 6(1)(a)-(f).
LEGAL_BASES: tuple[str, ...] = ("a", "b", "c", "d", "e", "f")

# Purposes a small shop has; "custom" carries its own title, printed as typed in every language.
PURPOSE_KEYS: tuple[str, ...] = (
    "customer_relationship", "orders_delivery", "pickup", "invoicing", "customer_service", "bookkeeping",
    "marketing_consent", "marketing_existing", "legal_claims", "data_subject_requests", "custom",
)

# Categories of personal data. The first four map to customer fields (see CATEGORY_FIELDS).
DATA_CATEGORIES: tuple[str, ...] = (
    "name", "contact", "address", "company", "purchases", "service_events", "correspondence", "consents",
    "requests",
)
CATEGORY_FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("first_name", "last_name"),
    "contact": ("mobile", "email"),
    "address": ("street", "postal_code", "city", "country"),
    "company": ("company_name", "org_number", "invoice_email"),
}

# How long data for a purpose is kept. "fixed_years" uses Purpose.retention_years.
RETENTION_RULES: tuple[str, ...] = (
    "relationship", "bookkeeping", "until_withdrawn", "claims", "documentation", "fixed_years",
)

# Roles of processors and other recipients. A purpose names the roles that receive its data;
# the notice then lists the named organisations with that role, or the role itself as a category
# of recipients (Art. 13(1)(e)) when the profile names none.
RECIPIENT_ROLES: tuple[str, ...] = (
    "accounting", "crm", "erp", "delivery", "hosting", "payment", "email_service", "sms", "it_support",
    "supplier", "authorities", "other",
)

# Where the data comes from (Art. 13/14, Art. 15(1)(g)).
SOURCES: tuple[str, ...] = ("customer", "company", "website", "public_registers")

# Marketing: None (none at all), "a" (only with consent) or "f" (existing customers under the national
# exemption, domain.legal.MARKETING_EXEMPTIONS, on legitimate interests; others only with consent).
MARKETING_BASES: tuple[str | None, ...] = (None, "a", "f")


# The EU/EEA, for the transfers section (Art. 44 ff.): ISO 3166 codes.
EEA: frozenset[str] = frozenset(
    "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())


@dataclass(frozen=True, slots=True)
class Purpose:
    key: str                          # one of PURPOSE_KEYS
    legal_basis: str                  # one of LEGAL_BASES
    categories: tuple[str, ...]       # DATA_CATEGORIES
    retention: str                    # one of RETENTION_RULES
    recipients: tuple[str, ...] = ()  # RECIPIENT_ROLES
    retention_years: int | None = None  # for "fixed_years"
    title: str | None = None          # for "custom": the shop's own words


@dataclass(frozen=True, slots=True)
class Processor:
    """A processor (acts on the shop's behalf, Art. 28) or another recipient (e.g. a carrier)."""

    name: str            # required (services.profile); a kind of recipient is a role in Purpose.recipients
    role: str            # one of RECIPIENT_ROLES
    country: str         # ISO 3166 alpha-2 where the data is processed
    is_processor: bool = True


@dataclass(frozen=True, slots=True)
class ShopProfile:
    name: str
    country: str
    currency: str = ""
    org_number: str | None = None
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    email: str | None = None
    phone: str | None = None             # E.164
    ui_language: str = "en"
    document_language: str = "en"
    customer_fields: tuple[str, ...] = ()  # OPTIONAL_FIELDS switched on
    purposes: tuple[Purpose, ...] = ()
    processors: tuple[Processor, ...] = ()
    sources: tuple[str, ...] = ("customer",)
    marketing_basis: str | None = None
    sole_trader_org_personal: bool = True
    inactive_years: int | None = None
    consent_years: int | None = None
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 8
    # False for a register set up before the profile existed (or by `init` without a preset):
    # documents then use the defaults in domain.legal.
    configured: bool = True
    updated_at: object = field(default=None, compare=False)  # datetime | None

    def with_changes(self, **changes) -> ShopProfile:
        return replace(self, **changes)

    def shows(self, field_name: str) -> bool:
        from .records import CORE_FIELDS

        return field_name in CORE_FIELDS or field_name in self.customer_fields

    def processors_for(self, role: str) -> tuple[Processor, ...]:
        return tuple(p for p in self.processors if p.role == role)

    def used_categories(self) -> tuple[str, ...]:
        used = {c for p in self.purposes for c in p.categories}
        return tuple(c for c in DATA_CATEGORIES if c in used)


@dataclass(frozen=True, slots=True)
class ServiceMessaging:
    """What the order notifications (services.notices) send, for the notice: service messages about
    the customer's orders (ready for pickup, delays, reminders) on Art. 6(1)(b), and the SMS
    provider that sends them as a processor."""

    sms: bool = False
    email: bool = False
    reminders: int = 0                 # at most this many reminders to collect
    sms_provider: str | None = None    # the organisation (or gateway) sending the text messages


def changed_fields(old: ShopProfile, new: ShopProfile) -> list[str]:
    """Names of the profile fields that differ (for the audit trail: names, never values)."""
    skip = {"updated_at", "configured"}
    return [name for name in ShopProfile.__dataclass_fields__
            if name not in skip and getattr(old, name) != getattr(new, name)]
