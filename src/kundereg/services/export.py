"""Data exports about one person, behind the identity gate.

The Art. 20 portability export gathers plain data (reports.portability.PortabilityData) in one
read transaction and hands it to reports/, which never sees a session. Only an export that was
written is audited, with its kind and schema version, never its content.
"""
from __future__ import annotations

import os
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission
from ..domain.errors import NotFoundError
from ..reports.portability import SCHEMA_VERSION, PortabilityData, write_portability_zip
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .consents import _record as consent_record
from .customers import to_record as customer_record
from .purchases import event_record, to_record as purchase_record
from .shop import get_shop


class ExportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def portability(self, staff: StaffSession | None, customer_id: int,
                    out: str | os.PathLike | BinaryIO) -> PortabilityData:
        """Write the Art. 20 export ZIP for a verified person; returns the data it holds."""
        actor = require(staff, Permission.EXPORT)
        require_verified(staff, customer_id)
        shop = get_shop(self._db)
        with self._db.read() as session:
            row = session.get(models.Customer, customer_id)
            if row is None:
                raise NotFoundError("Customer", customer_id)
            purchases = session.scalars(
                select(models.Purchase).where(models.Purchase.customer_id == customer_id)
                .options(selectinload(models.Purchase.lines))
                .order_by(models.Purchase.number, models.Purchase.id)).all()
            events = session.scalars(select(models.ServiceEvent)
                                     .where(models.ServiceEvent.customer_id == customer_id)
                                     .order_by(models.ServiceEvent.opened_at, models.ServiceEvent.id)).all()
            consents = session.scalars(select(models.Consent).where(models.Consent.customer_id == customer_id)
                                       .order_by(models.Consent.given_at, models.Consent.id)).all()
            data = PortabilityData(
                controller_name=shop.name, controller_org_number=shop.org_number,
                controller_country=shop.country, generated_at=utcnow(),
                customer=customer_record(row),
                consents=tuple(consent_record(c) for c in consents),
                purchases=tuple(purchase_record(p) for p in purchases),
                service_events=tuple(event_record(e) for e in events))
        write_portability_zip(data, out)
        with self._db.transaction() as session:  # only an export that was written is recorded
            audit(session, AuditAction.EXPORT, staff_id=actor.staff_id, customer_id=customer_id,
                  kind="portability", format="zip", schema_version=SCHEMA_VERSION)
        return data
