"""Closed vocabularies stored as their string values."""
from __future__ import annotations

from enum import StrEnum


class PurchaseStatus(StrEnum):
    RECEIVED = "received"
    READY = "ready"
    PICKED_UP = "picked_up"
    DELIVERED = "delivered"
    RETURNED = "returned"
    CANCELLED = "cancelled"


# Which status may follow which. A dry cleaner goes received -> ready -> picked up;
# a supplier goes received -> delivered; goods handed over may come back.
STATUS_FLOW: dict[PurchaseStatus, frozenset[PurchaseStatus]] = {
    PurchaseStatus.RECEIVED: frozenset({PurchaseStatus.READY, PurchaseStatus.DELIVERED,
                                        PurchaseStatus.PICKED_UP, PurchaseStatus.CANCELLED}),
    PurchaseStatus.READY: frozenset({PurchaseStatus.PICKED_UP, PurchaseStatus.DELIVERED,
                                     PurchaseStatus.RECEIVED, PurchaseStatus.CANCELLED}),
    PurchaseStatus.PICKED_UP: frozenset({PurchaseStatus.RETURNED}),
    PurchaseStatus.DELIVERED: frozenset({PurchaseStatus.RETURNED}),
    PurchaseStatus.RETURNED: frozenset(),
    PurchaseStatus.CANCELLED: frozenset(),
}

OPEN_STATUSES = frozenset({PurchaseStatus.RECEIVED, PurchaseStatus.READY})


class ServiceEventKind(StrEnum):
    RETURN = "return"
    COMPLAINT = "complaint"  # reklamasjon / reklamation
    REPAIR = "repair"


class ServiceEventStatus(StrEnum):
    OPEN = "open"
    RESOLVED = "resolved"
    REJECTED = "rejected"


class ConsentSource(StrEnum):
    COUNTER = "counter"
    WEB = "web"
    EMAIL = "email"
    PHONE = "phone"
    LETTER = "letter"


class StaffRole(StrEnum):
    OWNER = "owner"
    COUNTER = "counter"


class RequestType(StrEnum):
    """Data-subject requests, GDPR Art. 15-21 and 7(3)."""

    ACCESS = "access"                          # Art. 15
    RECTIFICATION = "rectification"            # Art. 16
    ERASURE = "erasure"                        # Art. 17
    RESTRICTION = "restriction"                # Art. 18
    PORTABILITY = "portability"                # Art. 20
    OBJECTION = "objection"                    # Art. 21(2): objection to marketing
    CONSENT_WITHDRAWAL = "consent_withdrawal"  # Art. 7(3)


class RequestChannel(StrEnum):
    COUNTER = "counter"
    EMAIL = "email"
    LETTER = "letter"
    PHONE = "phone"


class RequestStatus(StrEnum):
    RECEIVED = "received"
    IDENTITY_VERIFIED = "identity_verified"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    REFUSED = "refused"


OPEN_REQUEST_STATUSES = frozenset({RequestStatus.RECEIVED, RequestStatus.IDENTITY_VERIFIED,
                                   RequestStatus.IN_PROGRESS})
