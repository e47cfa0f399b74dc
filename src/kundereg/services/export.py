"""Data exports about one person, behind the identity gate.

The Art. 20 portability export reads the person's rows with services.person (the same rows, in
the same order, as the access report), in one read transaction, and hands them to reports/ as
plain data (reports.portability.PortabilityData). Only an export that was written is audited,
with its kind and schema version, never its content.
"""
from __future__ import annotations

import os
from typing import BinaryIO

from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission
from ..reports.portability import SCHEMA_VERSION, PortabilityData, write_portability_zip
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .person import person_records
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
            person = person_records(session, customer_id)
        data = PortabilityData(
            controller_name=shop.name, controller_org_number=shop.org_number,
            controller_country=shop.country, generated_at=utcnow(), customer=person.customer,
            consents=person.consents, purchases=person.purchases, service_events=person.service_events)
        write_portability_zip(data, out)
        with self._db.transaction() as session:  # only an export that was written is recorded
            audit(session, AuditAction.EXPORT, staff_id=actor.staff_id, customer_id=customer_id,
                  kind="portability", format="zip", schema_version=SCHEMA_VERSION)
        return data
