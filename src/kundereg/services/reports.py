"""Documents about one person, assembled from the register behind the identity gate.

The service gathers plain data (domain.report_data) and hands it to reports/, which never
sees a session. Producing a report is audited with its kind and language, never its content.
A register without a shop profile prints the blank preset's purposes (services.profile).
"""
from __future__ import annotations

import os
from typing import BinaryIO

from sqlalchemy import select

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission, VerificationMethod, is_identity_check
from ..domain.errors import NotFoundError, StateError
from ..domain.languages import check_language
from ..domain.profile_texts import purpose_categories
from ..domain.records import CORE_FIELDS, CUSTOMER_FIELDS
from ..domain.report_data import AccessReportData, VerificationInfo
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .person import person_records
from .profile import controller_info, get_profile
from .shop import get_shop


class ReportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def access_report(self, staff: StaffSession | None, customer_id: int, language: str,
                      out: str | os.PathLike | BinaryIO, password: str | None = None,
                      request_reference: str | None = None) -> AccessReportData:
        """Write the Art. 15 access report for a verified person; returns the data it printed."""
        actor = require(staff, Permission.REPORTS)
        verification = require_verified(staff, customer_id)
        check_language(language)
        shop = get_shop(self._db)
        profile = get_profile(self._db)
        with self._db.read() as session:
            person = person_records(session, customer_id)
            reference = next((r for r in person.requests if r.reference == request_reference), None)
            if request_reference is not None and reference is None:
                raise NotFoundError("Request", request_reference)
            signer = session.get(models.Staff, actor.staff_id)
            staff_name, staff_role = signer.display_name, signer.role
            checked = _identity_check(session, verification, staff_name, customer_id, request_reference)
            row = session.get(models.Customer, customer_id)  # issue 15: where an imported customer came from
            imported = (row.source_kind, row.source_date) if row is not None and row.source_kind and row.source_date \
                else None
        customer = person.customer
        data = AccessReportData(
            controller=controller_info(profile),
            language=language,
            reference=request_reference or f"{utcnow():%Y%m%d}-{customer_id}",
            generated_at=utcnow(),
            request_received_on=reference.received_on if reference else None,
            verification=checked,
            customer=customer,
            shown_fields=tuple(f for f in CUSTOMER_FIELDS if f in CORE_FIELDS or shop.shows(f)
                               or getattr(customer, f)),
            consents=person.consents, purchases=person.purchases, service_events=person.service_events,
            requests=person.requests, categories=purpose_categories(profile, language, imported), staff_name=staff_name,
            staff_role=staff_role)
        from ..reports.access_report import render_access_report

        render_access_report(data, out, password=password)
        with self._db.transaction() as session:  # only a report that was produced is recorded
            audit(session, AuditAction.REPORT, staff_id=actor.staff_id, customer_id=customer_id,
                  report="access", language=language, protected=password is not None,
                  request=request_reference)
        return data


# Ways of opening a record that say nothing about who is asking for it.
_NOT_A_CHECK = (VerificationMethod.BUSINESS_REASON, VerificationMethod.CREATED)


def _identity_check(session, verification, staff_name: str, customer_id: int,
                    request_reference: str | None) -> VerificationInfo:
    """How the requester was verified: this session's check, or the one confirmed on the request
    the report answers. An access report goes to the person it is about, so without either it is
    refused (GUI and CLI alike), never printed with "no check registered"."""
    if is_identity_check(verification):
        return VerificationInfo(method=verification.method.value, detail=verification.detail,
                                staff_name=staff_name, at=verification.at)
    if request_reference is not None:
        row = session.scalars(select(models.DataRequest).where(
            models.DataRequest.customer_id == customer_id,
            models.DataRequest.reference == request_reference)).first()
        if (row is not None and row.verified_at is not None and row.verification_method is not None
                and row.verification_method not in {m.value for m in _NOT_A_CHECK}):
            verifier = session.get(models.Staff, row.verified_by) if row.verified_by else None
            return VerificationInfo(method=row.verification_method, detail=row.verification_detail,
                                    staff_name=verifier.display_name if verifier else staff_name,
                                    at=row.verified_at)
    raise StateError("An access report goes only to the person it is about: verify the requester's identity "
                     "(photo ID, knowledge check or code) first; a business reason or registering the customer "
                     "does not.")
