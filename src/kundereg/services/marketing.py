"""Who may receive direct marketing.

Two kinds of list. For a consent purpose ("newsletter"): everyone with a valid consent for it.
For ``EXISTING_CUSTOMERS``: the customers the national existing-customer exemption covers
(``domain.legal.MARKETING_EXEMPTIONS``: NO markedsføringsloven § 15, SE marknadsföringslagen 19 §,
FI tietoyhteiskuntakaari 200 §, DK markedsføringsloven § 10, stk. 2), only when the shop profile
markets on that basis ("f"): customers with at least one sale that was not cancelled, since the
exemption holds only for an address obtained in connection with a sale. A customer without a sale
(typed in for a quote, or imported without purchases) is on no list unless they consented. Both
lists leave out anyone who objected to marketing (Art. 21) or whose data is restricted (Art. 18).
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, or_, select

from ..db import models
from ..db.database import Database
from ..domain import legal
from ..domain import validation as v
from ..domain.access import Permission
from ..domain.enums import PurchaseStatus
from ..domain.errors import StateError
from ..domain.records import display_name
from .access import StaffSession, require
from .audit import AuditAction, record as audit
from .profile import get_profile

# The purpose name that asks for the existing-customer list instead of a consent purpose.
EXISTING_CUSTOMERS = "existing-customers"


@dataclass(frozen=True, slots=True)
class MarketingContact:
    customer_id: int
    name: str
    email: str | None
    mobile: str | None
    consent_given_at: str  # ISO 8601 UTC: when the consent this contact rests on was given ("" if none)
    first_sale_at: str = ""  # ISO 8601 UTC: the first sale, for the existing-customer list


class MarketingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def marketing_list(self, staff: StaffSession | None, purpose: str) -> list[MarketingContact]:
        """Everyone who may get marketing for ``purpose``: an active consent for it (e.g.
        "newsletter"), or for ``EXISTING_CUSTOMERS`` a sale and no objection; never anyone who
        objected to marketing (Art. 21) or whose data is restricted (Art. 18)."""
        actor = require(staff, Permission.EXPORT)
        purpose = v.text("purpose", purpose, required=True)
        existing = purpose == EXISTING_CUSTOMERS
        if existing:
            profile = get_profile(self._db)
            if profile.marketing_basis != "f" or legal.marketing_exemption(profile.country) is None:
                raise StateError("The shop profile does not market to existing customers (marketing basis f): "
                                 "the privacy notice would not tell them, so there is no such list.")
            first_sale = func.min(models.Purchase.purchased_at)
            query = (select(models.Customer, first_sale)
                     .join(models.Purchase, models.Purchase.customer_id == models.Customer.id)
                     .where(models.Purchase.status != PurchaseStatus.CANCELLED.value,
                            or_(models.Customer.email.is_not(None), models.Customer.mobile.is_not(None)))
                     .group_by(models.Customer.id))
        else:
            from .consents import known_purpose, stored_forms

            with self._db.read() as session:
                purpose = known_purpose(session, purpose)  # a stable key; an unknown one is refused, listing them
            query = (select(models.Customer, models.Consent.given_at)
                     .join(models.Consent, models.Consent.customer_id == models.Customer.id)
                     .where(models.Consent.purpose.in_(stored_forms(purpose)), models.Consent.withdrawn_at.is_(None),
                            models.Consent.expired_at.is_(None)))
        query = (query.where(models.Customer.marketing_objection_at.is_(None), models.Customer.restricted_at.is_(None))
                 .order_by(models.Customer.sort_key, models.Customer.id))
        with self._db.transaction() as session:
            contacts = [MarketingContact(c.id, display_name(c.first_name, c.last_name, c.company_name), c.email,
                                         c.mobile, "" if existing else at.isoformat(),
                                         at.isoformat() if existing else "")
                        for c, at in session.execute(query)]
            audit(session, AuditAction.EXPORT, staff_id=actor.staff_id, kind="marketing_list", purpose=purpose,
                  contacts=len(contacts))
            return contacts
