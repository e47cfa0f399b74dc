"""Who may do what, and what must happen before a person's data is shown.

The checks themselves run in the services (services.access), so GUI and CLI cannot skip
them; this module holds the rules as plain tables.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from enum import StrEnum

from .enums import StaffRole
from .errors import KunderegError


class Permission(StrEnum):
    SEARCH = "search"                      # masked search results
    VIEW_CUSTOMER = "view_customer"        # a full record and its history, behind the identity gate
    EDIT_CUSTOMER = "edit_customer"
    RECORD_ORDER = "record_order"          # orders, ticket status, service events, consents
    VIEW_PICKUP = "view_pickup"            # tickets ready for pickup, with mobiles to notify
    REGISTER_REQUEST = "register_request"  # data-subject requests
    HANDLE_REQUEST = "handle_request"      # answer, extend, refuse requests
    REPORTS = "reports"
    EXPORT = "export"
    ERASE = "erase"
    SETTINGS = "settings"
    MANAGE_STAFF = "manage_staff"
    BACKUP = "backup"
    AUDIT = "audit"
    DEMO_DATA = "demo_data"
    IMPORT = "import_customers"            # bring a customer list in from another system's export
    MERGE = "merge_customers"              # find duplicates and merge two customers into one


ROLE_PERMISSIONS: dict[StaffRole, frozenset[Permission]] = {
    StaffRole.OWNER: frozenset(Permission),
    StaffRole.COUNTER: frozenset({Permission.SEARCH, Permission.VIEW_CUSTOMER, Permission.EDIT_CUSTOMER,
                                  Permission.RECORD_ORDER, Permission.VIEW_PICKUP,
                                  Permission.REGISTER_REQUEST}),
}


class VerificationMethod(StrEnum):
    PHOTO_ID = "photo_id"        # ID checked at the counter: its type is recorded, never its number
    KNOWLEDGE = "knowledge"      # the person states a phone, email or ticket number we hold
    EMAIL_CODE = "email_code"    # one-time code sent to the registered email
    SMS_CODE = "sms_code"        # one-time code by SMS, where the shop has a gateway
    BUSINESS_REASON = "business_reason"  # back-office work without the person present
    CREATED = "created"          # the staff member registered the person just now


def is_identity_check(verification) -> bool:
    """Whether ``verification`` (a services.access.Verification, or None) says who the person is:
    a business reason or having registered the person just now does not."""
    return verification is not None and verification.method not in (VerificationMethod.BUSINESS_REASON,
                                                                    VerificationMethod.CREATED)


class PhotoIdType(StrEnum):
    PASSPORT = "passport"
    NATIONAL_ID = "national_id"
    DRIVING_LICENCE = "driving_licence"
    BANK_CARD_WITH_PHOTO = "bank_card"
    OTHER = "other"


class KnowledgeField(StrEnum):
    MOBILE = "mobile"
    EMAIL = "email"
    TICKET = "ticket"


# Purposes a business reason may cite until the shop profile defines its own.
DEFAULT_REASONS: dict[str, str] = {
    "order_follow_up": "Following up an order or ticket",
    "invoicing": "Invoicing and payment",
    "complaint": "Handling a complaint, return or repair",
    "data_subject_request": "Answering the person's own request",
    "legal_obligation": "A legal obligation (bookkeeping, authorities)",
    "register_maintenance": "Correcting or maintaining the register",
}


@dataclass(frozen=True, slots=True)
class Actor:
    """A logged-in staff member."""

    staff_id: int
    username: str
    display_name: str
    role: StaffRole

    def may(self, permission: Permission) -> bool:
        return permission in ROLE_PERMISSIONS[self.role]


class PermissionDenied(KunderegError):
    # In words a shop owner understands: what only the owner may do (the counter role has the rest).
    TEXTS = {
        Permission.HANDLE_REQUEST: "Only the owner may handle data-subject requests.",
        Permission.REPORTS: "Only the owner may produce documents about a person.",
        Permission.EXPORT: "Only the owner may export customer data.",
        Permission.ERASE: "Only the owner may erase customers.",
        Permission.SETTINGS: "Only the owner may change the shop's settings.",
        Permission.MANAGE_STAFF: "Only the owner may manage staff accounts.",
        Permission.BACKUP: "Only the owner may take or restore backups.",
        Permission.AUDIT: "Only the owner may read the audit trail.",
        Permission.DEMO_DATA: "Only the owner may add demo data.",
        Permission.IMPORT: "Only the owner may import customers.",
        Permission.MERGE: "Only the owner may merge customers.",
    }

    def __init__(self, permission: Permission | None = None) -> None:
        if permission is None:
            super().__init__("You must log in first.")
        else:
            super().__init__(self.TEXTS.get(permission, "Your role does not allow this."))
        self.permission = permission


class VerificationRequired(KunderegError):
    def __init__(self, customer_id: int) -> None:
        super().__init__("Verify the person's identity or state a business reason before showing "
                         "customer {id}.", id=customer_id)
        self.customer_id = customer_id


class VerificationFailed(KunderegError):
    """The stated value or code did not match. Says nothing about what is stored."""


class AuthenticationFailed(KunderegError):
    pass


def mask_phone(e164: str | None) -> str | None:
    """'+4791234567' -> '+47 ••• •• 567': country code and last three digits, nothing else.

    Runs for every search result (100 per keystroke), so it only slices the stored E.164 string
    against phonenumbers' country codes instead of parsing the number.
    """
    if not e164:
        return None
    digits = e164[1:] if e164.startswith("+") else e164
    codes = _country_codes()
    for length in (1, 2, 3):  # country codes are prefix-free: the first match is the one
        if digits[:length] in codes:
            return f"+{digits[:length]} ••• •• {digits[-3:]}"
    return "•••"


@lru_cache(maxsize=1)
def _country_codes() -> frozenset[str]:
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

    return frozenset(str(code) for code in COUNTRY_CODE_TO_REGION_CODE)


def mask_email(email: str | None) -> str | None:
    """'kari.nordmann@example.no' -> 'k•••@example.no'."""
    if not email:
        return None
    local, _, domain = email.partition("@")
    return f"{local[:1]}•••@{domain}" if domain else "•••"
