"""Who may receive direct marketing: a valid consent for the purpose, no objection, no restriction."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from ..db import models
from ..db.database import Database
from ..domain import validation as v
from ..domain.access import Permission
from ..domain.records import display_name
from .access import StaffSession, require
from .audit import AuditAction, record as audit


@dataclass(frozen=True, slots=True)
class MarketingContact:
    customer_id: int
    name: str
    email: str | None
    mobile: str | None
    consent_given_at: str  # ISO 8601 UTC: when the consent this contact rests on was given


class MarketingService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def marketing_list(self, staff: StaffSession | None, purpose: str) -> list[MarketingContact]:
        """Everyone with an active consent for ``purpose`` (e.g. "newsletter"), leaving out anyone
        who objected to marketing (Art. 21) or whose data is restricted (Art. 18)."""
        from .consents import known_purpose, stored_forms

        actor = require(staff, Permission.EXPORT)
        purpose = v.text("purpose", purpose, required=True)
        with self._db.read() as session:
            purpose = known_purpose(session, purpose)  # a stable key; an unknown one is refused, listing them
        query = (select(models.Customer, models.Consent.given_at)
                 .join(models.Consent, models.Consent.customer_id == models.Customer.id)
                 .where(models.Consent.purpose.in_(stored_forms(purpose)), models.Consent.withdrawn_at.is_(None),
                        models.Consent.expired_at.is_(None),
                        models.Customer.marketing_objection_at.is_(None), models.Customer.restricted_at.is_(None))
                 .order_by(models.Customer.sort_key, models.Customer.id))
        with self._db.transaction() as session:
            contacts = [MarketingContact(c.id, display_name(c.first_name, c.last_name, c.company_name), c.email,
                                         c.mobile, given.isoformat()) for c, given in session.execute(query)]
            audit(session, AuditAction.EXPORT, staff_id=actor.staff_id, kind="marketing_list", purpose=purpose,
                  contacts=len(contacts))
            return contacts
