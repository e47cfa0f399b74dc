"""What completing a data-subject request changes, applied inside the transaction that completes it.

A request that asks for a change is answered by making the change: rectification writes the
corrected fields (Art. 16), restriction marks the record (Art. 18), objection ends direct
marketing and its consents (Art. 21(2)-(3)), consent withdrawal withdraws (Art. 7(3)). Each
change is audited with the request's reference; audit details hold field names and counts,
never values. Erasure is carried out by ``services.erasure`` (it needs the receipt), access
and portability by the documents they produce: completing those changes nothing here.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy import select

from ..db import models
from ..domain.customer_rules import derived_columns, normalise_customer
from ..domain.enums import RequestType
from ..domain.errors import StateError, ValidationError
from ..domain.records import CUSTOMER_FIELDS
from .audit import AuditAction, record as audit
from .customers import apply_objection

# Option spellings a person may type for a field (``--set company=...``, ``first-name``).
FIELD_ALIASES = {"company": "company_name", "phone": "mobile", "org": "org_number"}


def field_name(name: str) -> str:
    key = name.strip().lower().replace("-", "_")
    return FIELD_ALIASES.get(key, key)


def apply_request(session, row: models.DataRequest, changes: Mapping[str, str], staff_id: int, now: datetime,
                  shop_country: str) -> dict[str, object]:
    """Make the change ``row`` asks for; returns what to note in the completing audit entry."""
    kind = RequestType(row.kind)
    customer = session.get(models.Customer, row.customer_id) if row.customer_id is not None else None
    allowed = {RequestType.RECTIFICATION: "field", RequestType.CONSENT_WITHDRAWAL: "purpose"}
    if changes and kind not in allowed:
        raise StateError("Request {reference} is not a rectification: it takes no values to set.",
                         reference=row.reference)
    if customer is None:
        return {}
    note = {"request": row.reference}
    if kind is RequestType.RECTIFICATION:
        return {**note, **_rectify(session, customer, changes, row.reference, staff_id, now, shop_country)}
    if kind is RequestType.RESTRICTION:
        if customer.restricted_at is None:
            customer.restricted_at = now
            session.flush()
            audit(session, AuditAction.CUSTOMER_CHANGED, staff_id=staff_id, customer_id=customer.id,
                  fields=["restricted_at"], restricted=True, request=row.reference)
        return {**note, "restricted": True}
    if kind is RequestType.OBJECTION:
        withdrawn = apply_objection(session, customer, staff_id, now)
        audit(session, AuditAction.MARKETING_OBJECTION, staff_id=staff_id, customer_id=customer.id,
              consents_withdrawn=withdrawn, request=row.reference)
        return {**note, "consents_withdrawn": withdrawn}
    if kind is RequestType.CONSENT_WITHDRAWAL:
        return {**note, **_withdraw(session, customer, changes, row.reference, staff_id, now)}
    return {}


def _rectify(session, customer: models.Customer, changes: Mapping[str, str], reference: str, staff_id: int,
             now: datetime, shop_country: str) -> dict[str, object]:
    if not changes:
        raise StateError("Request {reference} asks for a rectification: say what is to be corrected "
                         "(kundereg request complete {reference} --set FIELD=VALUE).", reference=reference)
    fields = {field_name(name): value for name, value in changes.items()}
    unknown = sorted(set(fields) - set(CUSTOMER_FIELDS))
    if unknown:
        raise ValidationError("field", "must be one of: {fields}.", fields=", ".join(CUSTOMER_FIELDS))
    from ..domain.records import CustomerInput

    current = {name: getattr(customer, name) for name in CUSTOMER_FIELDS}
    values = normalise_customer(CustomerInput(**{**current, **fields}), shop_country)
    changed = sorted(name for name in CUSTOMER_FIELDS if getattr(customer, name) != values.get(name))
    # Rectification is what a restriction for contested accuracy waits for (Art. 18(1)(a)):
    # it is allowed on a restricted record, unlike an ordinary edit.
    for name, value in {**values, **derived_columns(values)}.items():
        setattr(customer, name, value)
    if changed:
        customer.updated_at = now
        session.flush()
        audit(session, AuditAction.CUSTOMER_CHANGED, staff_id=staff_id, customer_id=customer.id, fields=changed,
              request=reference)
    return {"fields": changed}


def _withdraw(session, customer: models.Customer, changes: Mapping[str, str], reference: str, staff_id: int,
              now: datetime) -> dict[str, object]:
    from .consents import purpose_values

    wanted = changes.get("purpose")
    query = select(models.Consent).where(models.Consent.customer_id == customer.id,
                                         models.Consent.withdrawn_at.is_(None), models.Consent.expired_at.is_(None))
    if wanted is not None:
        query = query.where(models.Consent.purpose.in_(purpose_values(session, wanted)))
    consents = session.scalars(query).all()
    if wanted is not None and not consents:
        raise StateError("Customer {id} has no active consent for that purpose.", id=customer.id)
    for consent in consents:
        consent.withdrawn_at, consent.withdrawn_by = now, staff_id
        session.flush()
        audit(session, AuditAction.CONSENT_WITHDRAWN, staff_id=staff_id, customer_id=customer.id,
              consent=consent.id, request=reference)
    return {"consents_withdrawn": len(consents)}
