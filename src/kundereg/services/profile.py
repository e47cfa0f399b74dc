"""The shop profile: created with the register, changed by the owner, read by everything else.

``validate_profile`` checks and normalises a ``domain.profile.ShopProfile`` and makes its parts
agree with each other (a purpose that uses address data needs the address fields on the form;
marketing purposes need the marketing basis the profile states). ``create_register`` makes the
shop, its profile and the owner in one transaction; ``ProfileService.update`` lets the owner
change it, audited with the names of the changed fields, never their values; the notice and
the record of processing are written from it.
"""
from __future__ import annotations

import json
import os
from datetime import date
from typing import BinaryIO

from sqlalchemy import func, select

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain import profile as vocab
from ..domain import validation as v
from ..domain.access import Permission
from ..domain.enums import StaffRole
from ..domain.errors import StateError, ValidationError, ValidationErrors
from ..domain.languages import COUNTRY_LANGUAGE
from ..domain.presets import DEFAULT_CURRENCY, PRESETS, legacy_purposes
from ..domain.profile import CATEGORY_FIELDS, Processor, Purpose, ServiceMessaging, ShopProfile, changed_fields
from ..domain.records import OPTIONAL_FIELDS
from ..domain.report_data import ControllerInfo
from . import staff as staff_accounts
from .access import StaffSession, require
from .audit import AuditAction, record as audit
from .shop import NotInitialisedError, ShopInfo, _info

MAX_PURPOSES = 30
MAX_PROCESSORS = 50


# -- validation -------------------------------------------------------------------------------


def validate_profile(profile: ShopProfile) -> ShopProfile:
    """The profile normalised, or ValidationErrors naming every field that is wrong."""
    errors: dict[str, ValidationError] = {}
    clean: dict[str, object] = {}

    def check(field: str, fn) -> None:
        try:
            clean[field] = fn()
        except ValidationError as exc:
            errors.setdefault(exc.field, exc)

    check("shop_name", lambda: v.text("shop_name", profile.name, required=True))
    check("country", lambda: v.shop_country(profile.country))
    country = clean.get("country")
    if country is not None:
        check("org_number", lambda: v.org_number(profile.org_number, country))
        check("postal_code", lambda: v.postal_code(profile.postal_code, country))
        check("phone", lambda: v.phone(profile.phone, country, field="phone"))
    check("street", lambda: v.text("street", profile.street))
    check("city", lambda: v.text("city", profile.city))
    check("email", lambda: v.email(profile.email))
    for field in ("ui_language", "document_language"):
        check(field, lambda field=field: _one_of(field, getattr(profile, field), vocab.LANGUAGES))
    check("customer_fields", lambda: _customer_fields(profile.customer_fields))
    check("sources", lambda: _sources(profile.sources))
    check("marketing_basis", lambda: _marketing(profile.marketing_basis))
    check("processors", lambda: _processors(profile.processors))
    fields = clean.get("customer_fields", ())
    check("purposes", lambda: _purposes(profile.purposes, fields, profile.marketing_basis))
    for field, low, high in (("inactive_years", 1, 30), ("consent_years", 1, 30)):
        check(field, lambda field=field, low=low, high=high: _years(field, getattr(profile, field), low, high,
                                                                     optional=True))
    for field, low, high in (("backup_keep_daily", 0, 366), ("backup_keep_weekly", 0, 520)):
        check(field, lambda field=field, low=low, high=high: _years(field, getattr(profile, field), low, high))
    if errors:
        raise ValidationErrors(errors)
    return ShopProfile(
        name=clean["shop_name"], country=country, currency=profile.currency or DEFAULT_CURRENCY[country],
        org_number=clean["org_number"], street=clean["street"], postal_code=clean["postal_code"],
        city=clean["city"], email=clean["email"], phone=clean["phone"], ui_language=clean["ui_language"],
        document_language=clean["document_language"], customer_fields=fields, purposes=clean["purposes"],
        processors=clean["processors"], sources=clean["sources"], marketing_basis=clean["marketing_basis"],
        sole_trader_org_personal=bool(profile.sole_trader_org_personal), inactive_years=clean["inactive_years"],
        consent_years=clean["consent_years"], backup_keep_daily=clean["backup_keep_daily"],
        backup_keep_weekly=clean["backup_keep_weekly"], configured=True)


def _one_of(field: str, value, allowed) -> str:
    if value not in allowed:
        raise ValidationError(field, "must be one of {codes}.", codes=", ".join(str(a) for a in allowed if a))
    return value


def _customer_fields(fields) -> tuple[str, ...]:
    unknown = [f for f in fields if f not in OPTIONAL_FIELDS]
    if unknown:
        raise ValidationError("customer_fields", "names unknown fields: {names}.", names=", ".join(unknown))
    return tuple(f for f in OPTIONAL_FIELDS if f in fields)


def _sources(sources) -> tuple[str, ...]:
    unknown = [s for s in sources if s not in vocab.SOURCES]
    if unknown:
        raise ValidationError("sources", "names unknown sources: {names}.", names=", ".join(unknown))
    if not sources:
        raise ValidationError("sources", "must name at least one source (usually the customer).")
    return tuple(s for s in vocab.SOURCES if s in sources)


def _marketing(basis) -> str | None:
    if basis not in vocab.MARKETING_BASES:
        raise ValidationError("marketing_basis", "must be none, consent (a) or legitimate interests (f).")
    return basis


def _years(field: str, value, low: int, high: int, optional: bool = False) -> int | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, "must be a whole number from {low} to {high}.", low=low, high=high)
    return value


def _processors(processors) -> tuple[Processor, ...]:
    if len(processors) > MAX_PROCESSORS:
        raise ValidationError("processors", "at most {n} entries.", n=MAX_PROCESSORS)
    result = []
    for n, p in enumerate(processors, start=1):
        if p.role not in vocab.RECIPIENT_ROLES:
            raise ValidationError("processors", "entry {n}: the role must be one of {codes}.", n=n,
                                  codes=", ".join(vocab.RECIPIENT_ROLES))
        try:
            name = v.text("processors", p.name) or ""
        except ValidationError:
            raise ValidationError("processors", "entry {n}: the name is too long or has line breaks.", n=n) from None
        if not name:  # Art. 13(1)(e), 30(1)(d): a listed organisation is named; a kind of one is a role
            raise ValidationError("processors", "entry {n}: the name of the organisation is needed (a kind of "
                                                "recipient without a name belongs in a purpose's recipients).",
                                  n=n)
        try:
            where = v.country(p.country, field="processors")
        except ValidationError:
            raise ValidationError("processors", "entry {n}: the country must be a two-letter code such as NO.",
                                  n=n) from None
        result.append(Processor(name=name, role=p.role, country=where, is_processor=bool(p.is_processor)))
    return tuple(result)


def _purposes(purposes, fields: tuple[str, ...], marketing_basis: str | None) -> tuple[Purpose, ...]:
    if not purposes:
        raise ValidationError("purposes", "name at least one purpose.")
    if len(purposes) > MAX_PURPOSES:
        raise ValidationError("purposes", "at most {n} purposes.", n=MAX_PURPOSES)
    result, seen = [], set()
    for n, p in enumerate(purposes, start=1):
        if p.key not in vocab.PURPOSE_KEYS:
            raise ValidationError("purposes", "purpose {n} is not a known kind of purpose.", n=n)
        title = None
        if p.key == "custom":
            try:
                title = v.text("purpose", p.title, required=True)
            except ValidationError:
                raise ValidationError("purposes", "purpose {n} needs a title.", n=n) from None
        ident = title or p.key
        if ident in seen:
            raise ValidationError("purposes", "purpose {n} is listed twice.", n=n)
        seen.add(ident)
        if p.legal_basis not in vocab.LEGAL_BASES:
            raise ValidationError("purposes", "purpose {n}: the legal basis must be a letter from a to f "
                                              "(GDPR Art. 6(1)).", n=n)
        if not p.categories:
            raise ValidationError("purposes", "purpose {n} must name the data it uses.", n=n)
        for category in p.categories:
            if category not in vocab.DATA_CATEGORIES:
                raise ValidationError("purposes", "purpose {n} names an unknown kind of data.", n=n)
            # Data the form cannot hold cannot be processed: the notice must not promise it.
            needed = CATEGORY_FIELDS.get(category, ())
            if category in ("address", "company") and not set(needed) & set(fields):
                raise ValidationError("purposes", "purpose {n} uses {category} data, but those customer fields "
                                                  "are switched off.", n=n, category=category)
        if p.retention not in vocab.RETENTION_RULES:
            raise ValidationError("purposes", "purpose {n}: unknown retention rule.", n=n)
        years = None
        if p.retention == "fixed_years":
            years = p.retention_years
            if isinstance(years, bool) or not isinstance(years, int) or not 1 <= years <= 50:
                raise ValidationError("purposes", "purpose {n}: the retention must be 1 to 50 years.", n=n)
        unknown = [r for r in p.recipients if r not in vocab.RECIPIENT_ROLES]
        if unknown:
            raise ValidationError("purposes", "purpose {n} names an unknown recipient role.", n=n)
        if p.key.startswith("marketing"):
            if marketing_basis is None:
                raise ValidationError("purposes", "purpose {n} is marketing, but the profile says the shop does "
                                                  "no marketing.", n=n)
            expected = "a" if p.key == "marketing_consent" else "f"
            # Basis "f" is the existing-customer exemption; marketing to anyone else still needs consent.
            allowed = {"a", "f"} if marketing_basis == "f" else {marketing_basis}
            if p.legal_basis != expected or expected not in allowed:
                raise ValidationError("purposes", "purpose {n}: marketing must rest on the basis chosen for "
                                                  "marketing ({basis}).", n=n, basis=marketing_basis)
        result.append(Purpose(key=p.key, legal_basis=p.legal_basis,
                              categories=tuple(c for c in vocab.DATA_CATEGORIES if c in p.categories),
                              retention=p.retention, recipients=tuple(dict.fromkeys(p.recipients)),
                              retention_years=years, title=title))
    if marketing_basis == "f" and not any(p.key == "marketing_existing" for p in result):
        raise ValidationError("purposes", "marketing to existing customers is switched on: add its purpose.")
    if marketing_basis is not None and not any(p.key.startswith("marketing") for p in result):
        raise ValidationError("purposes", "marketing is switched on: add the marketing purpose it is for.")
    return tuple(result)


# -- storage ----------------------------------------------------------------------------------


def _store(row: models.Shop, profile: ShopProfile) -> None:
    row.name, row.country, row.currency = profile.name, profile.country, profile.currency
    row.org_number, row.street, row.postal_code, row.city = (profile.org_number, profile.street,
                                                             profile.postal_code, profile.city)
    row.email, row.phone = profile.email, profile.phone
    row.ui_language, row.document_language = profile.ui_language, profile.document_language
    row.customer_fields = ",".join(profile.customer_fields)
    row.purposes = json.dumps([{"key": p.key, "legal_basis": p.legal_basis, "categories": list(p.categories),
                                "retention": p.retention, "retention_years": p.retention_years,
                                "recipients": list(p.recipients), "title": p.title} for p in profile.purposes],
                              ensure_ascii=False)
    row.processors = json.dumps([{"name": p.name, "role": p.role, "country": p.country,
                                  "is_processor": p.is_processor} for p in profile.processors], ensure_ascii=False)
    row.sources = ",".join(profile.sources)
    row.marketing_basis = profile.marketing_basis
    row.sole_trader_org_personal = profile.sole_trader_org_personal
    row.inactive_years, row.consent_years = profile.inactive_years, profile.consent_years
    row.backup_keep_daily, row.backup_keep_weekly = profile.backup_keep_daily, profile.backup_keep_weekly
    row.profile_updated_at = utcnow()


def to_profile(row: models.Shop) -> ShopProfile:
    """The stored profile; a register without one reads as the blank preset, widened to the address
    and company fields its form has (``legacy_purposes``): its documents give a purpose for all the
    data it holds."""
    configured = row.purposes is not None
    language = COUNTRY_LANGUAGE.get(row.country, "en")
    if configured:
        purposes = tuple(Purpose(key=p["key"], legal_basis=p["legal_basis"], categories=tuple(p["categories"]),
                                 retention=p["retention"], recipients=tuple(p.get("recipients") or ()),
                                 retention_years=p.get("retention_years"), title=p.get("title"))
                         for p in json.loads(row.purposes))
        processors = tuple(Processor(name=p["name"], role=p["role"], country=p["country"],
                                     is_processor=p.get("is_processor", True))
                           for p in json.loads(row.processors or "[]"))
    else:
        fields = tuple(f for f in (row.customer_fields or "").split(",") if f)
        purposes, processors = legacy_purposes(fields), PRESETS["blank"].processors
    return ShopProfile(
        name=row.name, country=row.country, currency=row.currency, org_number=row.org_number, street=row.street,
        postal_code=row.postal_code, city=row.city, email=row.email, phone=row.phone,
        ui_language=row.ui_language or language, document_language=row.document_language or language,
        customer_fields=tuple(f for f in (row.customer_fields or "").split(",") if f), purposes=purposes,
        processors=processors, sources=tuple(s for s in (row.sources or "customer").split(",") if s),
        marketing_basis=row.marketing_basis,
        sole_trader_org_personal=True if row.sole_trader_org_personal is None else row.sole_trader_org_personal,
        inactive_years=row.inactive_years, consent_years=row.consent_years,
        backup_keep_daily=row.backup_keep_daily if row.backup_keep_daily is not None else 7,
        backup_keep_weekly=row.backup_keep_weekly if row.backup_keep_weekly is not None else 8,
        configured=configured, updated_at=row.profile_updated_at)




def get_profile(db: Database) -> ShopProfile:
    with db.read() as session:
        row = session.get(models.Shop, 1)
        if row is None:
            raise NotInitialisedError()
        return to_profile(row)


def controller_info(profile: ShopProfile) -> ControllerInfo:
    """The shop as data controller, for the letterhead of every document about a person."""
    return ControllerInfo(name=profile.name, org_number=profile.org_number, street=profile.street,
                          postal_code=profile.postal_code, city=profile.city, country=profile.country,
                          email=profile.email, phone=profile.phone)


def create_register(db: Database, profile: ShopProfile, *, owner_username: str, owner_password: str,
                    owner_display_name: str | None = None, preset: str | None = None) -> ShopInfo:
    """The shop with its profile and the owner account, in one transaction (all or nothing)."""
    errors: dict[str, ValidationError] = {}
    clean = None
    try:
        clean = validate_profile(profile)
    except ValidationErrors as exc:
        errors.update(exc.errors)
    # Owner problems are reported together with the profile's, so the wizard shows them at once.
    if not (owner_display_name or "").strip():  # letters are signed with it, never with the username
        errors["display_name"] = ValidationError("display_name", "is needed: letters and receipts are signed with "
                                                                 "the full name.")
    for field, fn in (("username", lambda: staff_accounts.check_username(owner_username)),
                      ("password", lambda: staff_accounts.check_password(owner_password))):
        try:
            fn()
        except ValidationError as exc:
            errors.setdefault(exc.field, exc)
    if errors:
        raise ValidationErrors(errors)
    assert clean is not None
    with db.transaction() as session:
        if session.get(models.Shop, 1) is not None:
            raise StateError("This register is already set up; 'init' does nothing the second time.")
        row = models.Shop(id=1)
        _store(row, clean)
        session.add(row)
        owner = staff_accounts.add_staff(session, username=owner_username,
                                         display_name=owner_display_name.strip(), role=StaffRole.OWNER,
                                         password=owner_password)
        audit(session, AuditAction.SHOP_CREATED, staff_id=owner.id, preset=preset,
              purposes=len(clean.purposes), processors=len(clean.processors))
        session.flush()
        return _info(row)


CONTACT_FIELDS = ("street", "postal_code", "city", "email", "phone", "document_language")


def clean_contact(country: str, contact: dict[str, str | None]) -> dict[str, str | None]:
    """The controller's contact details and document language as ``init`` takes them, normalised,
    or ValidationErrors naming each wrong field (checked before anything is written)."""
    unknown = set(contact) - set(CONTACT_FIELDS)
    assert not unknown, unknown
    errors: dict[str, ValidationError] = {}
    clean: dict[str, str | None] = {}
    checks = {"street": lambda x: v.text("street", x), "postal_code": lambda x: v.postal_code(x, country),
              "city": lambda x: v.text("city", x), "email": v.email,
              "phone": lambda x: v.phone(x, country, field="phone"),
              "document_language": lambda x: _one_of("document_language", x, vocab.LANGUAGES) if x else None}
    for field, value in contact.items():
        try:
            clean[field] = checks[field](value)
        except ValidationError as exc:
            errors[field] = exc
    if errors:
        raise ValidationErrors(errors)
    return clean


def store_contact(db: Database, contact: dict[str, str | None]) -> None:
    """Save what ``clean_contact`` returned on the shop (values given only; the rest stays)."""
    with db.transaction() as session:
        row = session.get(models.Shop, 1)
        if row is None:
            raise NotInitialisedError()
        for field, value in contact.items():
            if value is not None:
                setattr(row, field, value)


def require_contact(profile: ShopProfile) -> None:
    """The notice (Art. 13(1)(a)) and the record of processing (Art. 30(1)(a)) name the controller
    with its contact details: a postal address and an email address or phone number. Without them
    they are refused, naming each missing field, rather than printed with only the shop's name."""
    errors: dict[str, ValidationError] = {}
    for field in ("street", "postal_code", "city"):
        if not (getattr(profile, field) or "").strip():
            errors[field] = ValidationError(field, "is needed: the privacy notice and the record of processing "
                                                   "must say how to reach the shop.")
    if not (profile.email or profile.phone):
        errors["email"] = ValidationError("email", "or a phone number is needed: the privacy notice and the record "
                                                   "of processing must say how to reach the shop.")
    if errors:
        raise ValidationErrors(errors)


class ProfileService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def profile(self) -> ShopProfile:
        """The profile (what the shop publishes anyway: no role needed to read it)."""
        return get_profile(self._db)

    def imports(self) -> tuple[tuple[str, date], ...]:
        """The systems customers were imported from, each with its first day (the notice's sources,
        Art. 14(2)(f)): kinds and days only, no person."""
        query = (select(models.Customer.source_kind, func.min(models.Customer.source_date))
                 .where(models.Customer.source_kind.is_not(None)).group_by(models.Customer.source_kind)
                 .order_by(func.min(models.Customer.source_date), models.Customer.source_kind))
        with self._db.read() as session:
            return tuple((kind, on) for kind, on in session.execute(query) if on is not None)

    def messaging(self) -> ServiceMessaging | None:
        """What the order notifications send, for the notice (issue 16); None while they are off."""
        from ..domain.notices import SmsProviderKind
        from .notices import load_settings

        with self._db.read() as session:
            settings = load_settings(session)
        if not settings.enabled:
            return None
        provider = {SmsProviderKind.INFOBIP: "Infobip",
                    SmsProviderKind.EMAIL_TO_SMS: settings.email_to_sms_domain}.get(settings.sms_provider)
        return ServiceMessaging(sms=settings.sms_available, email=bool(settings.smtp_host),
                                reminders=settings.reminder_max if settings.reminder_after_days else 0,
                                sms_provider=provider or None)

    def update(self, staff: StaffSession | None, profile: ShopProfile) -> ShopProfile:
        """Owner only. Audited with the names of the fields that changed."""
        actor = require(staff, Permission.SETTINGS)
        clean = validate_profile(profile)
        with self._db.transaction() as session:
            row = session.get(models.Shop, 1)
            if row is None:
                raise NotInitialisedError()
            before = to_profile(row)
            if before.country != clean.country and clean.currency == before.currency:
                clean = clean.with_changes(currency=DEFAULT_CURRENCY[clean.country])
            changed = changed_fields(before, clean)
            if not before.configured:
                changed = sorted(set(changed) | {"purposes", "processors"})
            if not changed:
                return before
            _store(row, clean)
            audit(session, AuditAction.PROFILE_CHANGED, staff_id=actor.staff_id, fields=changed)
            session.flush()
            return to_profile(row)

    def write_notice(self, staff: StaffSession | None, language: str, fmt: str,
                     out: str | os.PathLike | BinaryIO) -> None:
        """The privacy notice as PDF or self-contained HTML. Audited (kind, language, format)."""
        actor = require(staff, Permission.REPORTS)
        language = _one_of("language", language, vocab.LANGUAGES)
        fmt = _one_of("format", fmt, ("pdf", "html"))
        profile = self.profile()
        require_contact(profile)
        from ..reports.notice import notice_document
        from ..reports.document import render_html, render_pdf

        document = notice_document(profile, language, utcnow(), messaging=self.messaging(), imports=self.imports())
        if fmt == "pdf":
            render_pdf(document, out)
        else:
            _write(out, render_html(document).encode("utf-8"))
        with self._db.transaction() as session:
            audit(session, AuditAction.REPORT, staff_id=actor.staff_id, report="privacy_notice", language=language,
                  format=fmt)

    def write_ropa(self, staff: StaffSession | None, fmt: str, out: str | os.PathLike | BinaryIO,
                   language: str | None = None) -> None:
        """The record of processing activities (GDPR Art. 30(1)) as PDF or CSV."""
        actor = require(staff, Permission.REPORTS)
        fmt = _one_of("format", fmt, ("pdf", "csv"))
        profile = self.profile()
        require_contact(profile)
        language = _one_of("language", language or profile.document_language, vocab.LANGUAGES)
        from ..reports.ropa import ropa_csv, ropa_document
        from ..reports.document import render_pdf

        if fmt == "pdf":
            render_pdf(ropa_document(profile, language, utcnow()), out)
        else:
            _write(out, ropa_csv(profile, language))
        with self._db.transaction() as session:
            audit(session, AuditAction.REPORT, staff_id=actor.staff_id, report="ropa", language=language, format=fmt)


def _write(out: str | os.PathLike | BinaryIO, data: bytes) -> None:
    if isinstance(out, (str, os.PathLike)):
        with open(out, "wb") as fh:
            fh.write(data)
    else:
        out.write(data)
