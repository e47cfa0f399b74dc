"""Documents about one person, assembled from the register behind the identity gate.

The service gathers plain data (domain.report_data) and hands it to reports/, which never
sees a session. Producing a report is audited with its kind and language, never its content.
"""
from __future__ import annotations

import os
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain import legal
from ..domain.access import Permission, VerificationMethod
from ..domain.errors import NotFoundError
from ..domain.records import CORE_FIELDS, CUSTOMER_FIELDS
from ..domain import profile_texts
from ..domain.catalogue import translate
from ..domain.profile import ShopProfile
from ..domain.report_data import AccessReportData, CategoryInfo, RequestSummary, VerificationInfo
from ..domain.languages import check_language
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .consents import _record as consent_record
from .customers import to_record as customer_record
from .purchases import event_record, to_record as purchase_record
from .profile import controller_info, get_profile
from .shop import get_shop


def profile_categories(profile: ShopProfile, language: str) -> tuple[CategoryInfo, ...]:
    """One block per purpose of the shop's profile: what it is for, which data, on which basis, how long, to whom."""
    sources = " ".join(profile_texts.source_text(s, language) for s in profile.sources)
    result = []
    for purpose in profile.purposes:
        data = ", ".join(profile_texts.category_name(c, language) for c in purpose.categories)
        lines = [profile_texts.purpose_description(purpose, language),
                 f"{translate(profile_texts.DATA_LABEL, language)}: {data}"]
        result.append(CategoryInfo(
            key=purpose.key, title=profile_texts.purpose_name(purpose, language),
            purpose="\n".join(line for line in lines if line), legal_basis=purpose.legal_basis,
            retention=profile_texts.retention_text(purpose, profile, language),
            recipients=profile_texts.recipient_lines(purpose, profile, language), source=sources))
    return tuple(result)


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
            row = session.get(models.Customer, customer_id)
            if row is None:
                raise NotFoundError("Customer", customer_id)
            purchases = session.scalars(
                select(models.Purchase).where(models.Purchase.customer_id == customer_id)
                .options(selectinload(models.Purchase.lines))
                .order_by(models.Purchase.purchased_at, models.Purchase.id)).all()
            events = session.scalars(select(models.ServiceEvent).where(models.ServiceEvent.customer_id == customer_id)
                                     .order_by(models.ServiceEvent.opened_at)).all()
            consents = session.scalars(select(models.Consent).where(models.Consent.customer_id == customer_id)
                                       .order_by(models.Consent.given_at)).all()
            requests = session.scalars(select(models.DataRequest)
                                       .where(models.DataRequest.customer_id == customer_id)
                                       .order_by(models.DataRequest.received_on)).all()
            reference_row = next((r for r in requests if r.reference == request_reference), None)
            if request_reference is not None and reference_row is None:
                raise NotFoundError("Request", request_reference)
            staff_name = session.get(models.Staff, actor.staff_id).display_name
            with_company = shop.shows("company_name") and bool(row.company_name)
            data = AccessReportData(
                controller=controller_info(profile),
                language=language,
                reference=request_reference or f"{utcnow():%Y%m%d}-{customer_id}",
                generated_at=utcnow(),
                request_received_on=reference_row.received_on if reference_row else None,
                verification=None if verification.method is VerificationMethod.CREATED else VerificationInfo(
                    method=verification.method.value, detail=verification.detail, staff_name=staff_name,
                    at=verification.at),
                customer=customer_record(row),
                shown_fields=tuple(f for f in CUSTOMER_FIELDS if f in CORE_FIELDS or shop.shows(f)
                                   or getattr(row, f)),
                consents=tuple(consent_record(c) for c in consents),
                purchases=tuple(purchase_record(p) for p in purchases),
                service_events=tuple(event_record(e) for e in events),
                requests=tuple(RequestSummary(r.reference, r.kind, r.received_on, r.status,
                                              r.completed_at.date() if r.completed_at else None) for r in requests),
                categories=(profile_categories(profile, language) if profile.configured
                            else legal.default_categories(language, shop.country, with_company=with_company)),
                staff_name=staff_name)
        from ..reports.access_report import render_access_report

        render_access_report(data, out, password=password)
        with self._db.transaction() as session:  # only a report that was produced is recorded
            audit(session, AuditAction.REPORT, staff_id=actor.staff_id, customer_id=customer_id,
                  report="access", language=language, protected=password is not None,
                  request=request_reference)
        return data
