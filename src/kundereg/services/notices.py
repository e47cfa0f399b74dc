"""Notices: the shop's settings, each customer's choice, and queueing messages in the outbox.

``queue_ticket_notice`` runs inside the caller's transaction (the ticket's status change), so the
notice exists exactly when the change does. It picks the channel (the customer's choice, then the
shop's setup: no SMS provider means email where there is an address) and the language (the
customer's, else the shop's document language); a notice that cannot go says why in its row,
which the ticket shows. Texts are rendered only when sent (services.outbox), so none is stored.
"""
from __future__ import annotations

import json
import os
import uuid
from collections.abc import Mapping
from dataclasses import asdict, replace
from datetime import datetime, timedelta

from sqlalchemy import bindparam, delete, func, insert, select
from sqlalchemy.orm import Session

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain import validation as v
from ..domain.access import Permission
from ..domain.enums import PurchaseStatus
from ..domain.errors import NotFoundError, StateError, ValidationError
from ..domain.languages import COUNTRY_LANGUAGE, LANGUAGES, check_language
from ..domain.notices import (Channel, ChannelChoice, MessageState, NoticeKind, NoticeSettings, OutboxEntry,
                              SmsProviderKind, validate_template)
from .access import StaffSession, require, require_verified
from .audit import AuditAction, record as audit
from .mail import SmtpSettings, smtp_settings_from_env
from .notice_secrets import SecretBox
from .sms import EmailToSms, InfobipSms, SmtpEmail, Transport

_CONFIG_FIELDS = ("sms_sender", "infobip_base_url", "email_to_sms_domain", "smtp_host", "smtp_port",
                  "smtp_security", "smtp_username", "smtp_sender", "opening_hours", "templates")
MAX_REMINDERS = 10
MAX_DELAY_DAYS = 60


# -- inside other transactions ------------------------------------------------------------------

def load_settings(session: Session) -> NoticeSettings:
    row = session.get(models.NoticeSetup, 1)
    if row is None:
        return NoticeSettings(enabled=False)  # nothing is sent until the owner saved the settings once
    config = json.loads(row.config or "{}")
    secret_names = set(config.pop("_secret_names", ()))
    return NoticeSettings(enabled=row.enabled, sms_provider=SmsProviderKind(row.sms_provider),
                          reminder_after_days=row.reminder_after_days, reminder_max=row.reminder_max,
                          has_sms_secret="sms_api_key" in secret_names,
                          has_smtp_password="smtp_password" in secret_names,
                          **{k: config[k] for k in _CONFIG_FIELDS if k in config})


def queue_ticket_notice(session: Session, purchase: models.Purchase, kind: NoticeKind = NoticeKind.READY, *,
                        days: int | None = None, settings: NoticeSettings | None = None,
                        now: datetime | None = None) -> OutboxEntry | None:
    """Queue a notice about ``purchase`` in ``session``; None when the shop sends none.

    On the path of every ready scan, so it reads with two Core statements and writes one row."""
    if purchase.customer_id is None:
        return None
    conn = session.connection()
    if settings is None:
        found = conn.execute(_SETUP).first()
        if found is None or not found.enabled:
            return None  # notices never set up, or switched off
        sms_available = found.sms_provider != SmsProviderKind.NONE.value
        shop_language = _language(found.document_language, found.country)
    else:
        if not settings.enabled:
            return None
        sms_available, shop_language = settings.sms_available, _shop_language(session)
    person = conn.execute(_PERSON, {"customer_id": purchase.customer_id}).one()
    choice = ChannelChoice(person.channel) if person.channel else ChannelChoice.AUTO
    channel, reason = choose_channel(choice, has_mobile=person.has_mobile, has_email=person.has_email,
                                     sms_available=sms_available)
    now = now or utcnow()
    values = dict(key=new_key(), purchase_id=purchase.id, customer_id=purchase.customer_id, ticket=purchase.number,
                  kind=kind.value, channel=channel.value if channel else None,
                  language=person.language or shop_language, days=days,
                  state=(MessageState.QUEUED if channel else MessageState.FAILED).value, reason=reason, attempts=0,
                  next_attempt_at=now, created_at=now)
    message_id = conn.execute(_INSERT, values).scalar_one()
    return OutboxEntry(id=message_id, ticket=purchase.number, kind=kind, channel=channel,
                       state=MessageState(values["state"]), reason=reason, attempts=0, created_at=now)


# Built once: constructing a statement costs more than running it on this path.
_S, _N, _C, _P = (models.Shop.__table__.c, models.NoticeSetup.__table__.c, models.Customer.__table__.c,
                  models.NoticePreference.__table__.c)
_SETUP = (select(_N.enabled, _N.sms_provider, _S.document_language, _S.country)
          .select_from(models.Shop.__table__.join(models.NoticeSetup.__table__, _N.id == _S.id)).where(_S.id == 1))
_PERSON = (select(_C.mobile.is_not(None).label("has_mobile"), _C.email.is_not(None).label("has_email"), _P.channel,
                  _P.language)
           .select_from(models.Customer.__table__.outerjoin(models.NoticePreference.__table__,
                                                            _P.customer_id == _C.id))
           .where(_C.id == bindparam("customer_id")))
_INSERT = insert(models.OutboxMessage.__table__).returning(models.OutboxMessage.__table__.c.id)


def choose_channel(choice: ChannelChoice, *, has_mobile: bool, has_email: bool,
                   sms_available: bool) -> tuple[Channel | None, str | None]:
    """(channel, None), or (None, reason code) when the notice cannot be sent."""
    if choice is ChannelChoice.NONE:
        return None, "declined"
    sms_ok = has_mobile and sms_available
    if choice is ChannelChoice.EMAIL:
        if has_email:
            return Channel.EMAIL, None
        return (Channel.SMS, None) if sms_ok else (None, "no_email")
    if sms_ok:
        return Channel.SMS, None
    if has_email:
        return Channel.EMAIL, None
    if has_mobile:
        return None, "no_sms_provider"
    return None, "no_contact"


def forget_customer(session: Session, customer_id: int) -> int:
    """Erasure: the customer's outbox rows (queued or not) and their notice choice go with them.

    Called by services.erasure.erase_customer inside its transaction (the foreign keys cascade
    too, but not on databases where they are not enforced)."""
    gone = session.execute(delete(models.OutboxMessage).where(models.OutboxMessage.customer_id == customer_id)
                           .execution_options(synchronize_session=False)).rowcount
    session.execute(delete(models.NoticePreference).where(models.NoticePreference.customer_id == customer_id)
                    .execution_options(synchronize_session=False))
    return gone


def new_key() -> str:
    return uuid.uuid4().hex


def _shop_language(session: Session) -> str:
    shop = session.get(models.Shop, 1)
    return _language(shop.document_language, shop.country) if shop is not None else "en"


def _language(document_language: str | None, country: str | None) -> str:
    language = document_language or COUNTRY_LANGUAGE.get(country)  # no profile yet: the country's
    return language if language in LANGUAGES else "en"


def entry(row: models.OutboxMessage) -> OutboxEntry:
    return OutboxEntry(id=row.id, ticket=row.ticket, kind=NoticeKind(row.kind),
                       channel=Channel(row.channel) if row.channel else None, state=MessageState(row.state),
                       reason=row.reason, attempts=row.attempts, created_at=row.created_at, sent_at=row.sent_at,
                       delivered_at=row.delivered_at)


# -- the service ------------------------------------------------------------------------------

class NoticeService:
    def __init__(self, db: Database, secrets: SecretBox | None = None,
                 environ: Mapping[str, str] | None = None) -> None:
        self._db = db
        self._secrets = secrets
        self._environ = os.environ if environ is None else environ

    # settings

    def settings(self, staff: StaffSession | None) -> NoticeSettings:
        require(staff, Permission.SETTINGS)
        with self._db.read() as session:
            return load_settings(session)

    def update_settings(self, staff: StaffSession | None, settings: NoticeSettings,
                        secrets: Mapping[str, str | None] | None = None) -> NoticeSettings:
        """Save the settings. ``secrets`` may hold ``sms_api_key`` and ``smtp_password``: a value
        replaces the saved one, None removes it, a missing name keeps it."""
        actor = require(staff, Permission.SETTINGS)
        clean = validate_settings(settings)
        with self._db.transaction() as session:
            row = session.get(models.NoticeSetup, 1)
            old = load_settings(session)
            if row is None:
                row = models.NoticeSetup(id=1)
                session.add(row)
            stored = self._box().open(row.secrets) if row.secrets else {}
            for name, value in (secrets or {}).items():
                if name not in ("sms_api_key", "smtp_password"):
                    raise ValidationError("secrets", "names an unknown credential.")
                if value:
                    stored[name] = value
                else:
                    stored.pop(name, None)
            config = {k: getattr(clean, k) for k in _CONFIG_FIELDS}
            config["_secret_names"] = sorted(stored)
            row.enabled, row.sms_provider = clean.enabled, clean.sms_provider.value
            row.reminder_after_days, row.reminder_max = clean.reminder_after_days, clean.reminder_max
            row.config = json.dumps(config, sort_keys=True)
            row.secrets = self._box().seal(stored) if stored else None
            row.updated_at = utcnow()
            session.flush()
            new = load_settings(session)
            changed = [k for k in asdict(new) if getattr(old, k) != getattr(new, k)]
            changed += sorted(f"secret:{name}" for name in (secrets or {}))
            audit(session, AuditAction.SETTING_CHANGED, staff_id=actor.staff_id, setting="notices", fields=changed)
            return new

    def _box(self) -> SecretBox:
        if self._secrets is None:
            raise StateError("Credentials can only be saved in a register opened from its data folder.")
        return self._secrets

    # customer choices

    def set_preference(self, staff: StaffSession | None, customer_id: int, channel: ChannelChoice | str,
                       language: str | None = None) -> None:
        actor = require(staff, Permission.EDIT_CUSTOMER)
        require_verified(staff, customer_id)
        try:
            channel = ChannelChoice(channel)
        except ValueError:
            raise ValidationError("channel", "must be auto, sms, email or none.") from None
        if language is not None:
            check_language(language)
        with self._db.transaction() as session:
            if session.get(models.Customer, customer_id) is None:
                raise NotFoundError("Customer", customer_id)
            row = session.get(models.NoticePreference, customer_id)
            if row is None:
                session.add(models.NoticePreference(customer_id=customer_id, channel=channel.value,
                                                    language=language))
            else:
                row.channel, row.language = channel.value, language
            audit(session, AuditAction.CUSTOMER_CHANGED, staff_id=actor.staff_id, customer_id=customer_id,
                  fields=["notice_channel", "notice_language"])

    def preference(self, staff: StaffSession | None, customer_id: int) -> tuple[ChannelChoice, str | None]:
        require(staff, Permission.VIEW_CUSTOMER)
        require_verified(staff, customer_id)
        with self._db.read() as session:
            row = session.get(models.NoticePreference, customer_id)
            return (ChannelChoice(row.channel), row.language) if row else (ChannelChoice.AUTO, None)

    # messages

    def ticket_id(self, staff: StaffSession | None, number: int) -> int:
        """The purchase id of ticket ``number`` (what a barcode on the ticket carries)."""
        require(staff, Permission.RECORD_ORDER)
        with self._db.read() as session:
            found = session.scalar(select(models.Purchase.id).where(models.Purchase.number == number))
        if found is None:
            raise NotFoundError("Ticket", number)
        return found

    def queue_delay(self, staff: StaffSession | None, purchase_id: int, days: int) -> OutboxEntry | None:
        """'We need N more days': a delay notice for an open ticket."""
        actor = require(staff, Permission.RECORD_ORDER)
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_DELAY_DAYS:
            raise ValidationError("days", "must be a whole number from 1 to {n}.", n=MAX_DELAY_DAYS)
        with self._db.transaction() as session:
            purchase = session.get(models.Purchase, purchase_id)
            if purchase is None:
                raise NotFoundError("Ticket", purchase_id)
            if purchase.status != PurchaseStatus.RECEIVED.value:
                raise StateError("Ticket {number} is not in progress; a delay notice is for work not yet ready.",
                                 number=purchase.number)
            queued = queue_ticket_notice(session, purchase, NoticeKind.DELAY, days=days)
            if queued is None:
                return None
            audit(session, AuditAction.NOTICE, staff_id=actor.staff_id, customer_id=purchase.customer_id,
                  ticket=purchase.number, kind=NoticeKind.DELAY.value,
                  channel=queued.channel.value if queued.channel else None, state=queued.state.value)
            return queued

    def queue_reminders(self, now: datetime | None = None) -> int:
        """Queue reminders for tickets ready for N days and not collected, at most M per ticket.

        Run by the background sender (no staff: the shop set the rule)."""
        now = now or utcnow()
        with self._db.transaction() as session:
            settings = load_settings(session)
            if not settings.enabled or not settings.reminder_after_days or settings.reminder_max <= 0:
                return 0
            O, P = models.OutboxMessage, models.Purchase
            sent = (select(O.purchase_id, func.count().label("n")).where(O.kind == NoticeKind.REMINDER.value)
                    .group_by(O.purchase_id).subquery())
            rows = session.execute(
                select(P, func.coalesce(sent.c.n, 0))
                .outerjoin(sent, sent.c.purchase_id == P.id)
                .where(P.status == PurchaseStatus.READY.value, P.customer_id.is_not(None),
                       func.coalesce(sent.c.n, 0) < settings.reminder_max,
                       P.status_changed_at <= now - timedelta(days=settings.reminder_after_days))).all()
            queued = 0
            step = timedelta(days=settings.reminder_after_days)
            for purchase, count in rows:
                if purchase.status_changed_at + step * (count + 1) > now:
                    continue  # the next reminder is not due yet
                queue_ticket_notice(session, purchase, NoticeKind.REMINDER, settings=settings, now=now)
                queued += 1
            return queued

    def queue_test(self, staff: StaffSession | None, to: str) -> OutboxEntry:
        """'Send a test message' to the shop's own number or address, through the real outbox."""
        actor = require(staff, Permission.SETTINGS)
        with self._db.transaction() as session:
            shop = session.get(models.Shop, 1)
            if to and "@" in to:
                channel, recipient = Channel.EMAIL, v.email(to, field="email")
            else:
                channel, recipient = Channel.SMS, v.phone(to, shop.country if shop else "NO")
            if not recipient:
                raise ValidationError("mobile", "is required.")
            row = models.OutboxMessage(key=new_key(), kind=NoticeKind.TEST.value, channel=channel.value,
                                       language=_shop_language(session), recipient=recipient,
                                       state=MessageState.QUEUED.value, attempts=0, next_attempt_at=utcnow())
            session.add(row)
            session.flush()
            audit(session, AuditAction.NOTICE, staff_id=actor.staff_id, kind=NoticeKind.TEST.value,
                  channel=channel.value, state=row.state)
            return entry(row)

    def outbox(self, staff: StaffSession | None, *, purchase_id: int | None = None,
               states: tuple[MessageState, ...] = (), limit: int = 500) -> list[OutboxEntry]:
        require(staff, Permission.VIEW_PICKUP)
        O = models.OutboxMessage
        query = select(O).order_by(O.id.desc()).limit(max(1, min(limit, 5000)))
        if purchase_id is not None:
            query = query.where(O.purchase_id == purchase_id)
        if states:
            query = query.where(O.state.in_([s.value for s in states]))
        with self._db.read() as session:
            return [entry(row) for row in session.scalars(query)]

    def retry(self, staff: StaffSession | None, message_ids: list[int] | None = None) -> int:
        """Queue failed messages again (all of them, or those named), e.g. after fixing the settings."""
        actor = require(staff, Permission.RECORD_ORDER)
        O = models.OutboxMessage
        with self._db.transaction() as session:
            settings = load_settings(session)
            query = select(O).where(O.state == MessageState.FAILED.value, O.reason != "declined")
            if message_ids is not None:
                query = query.where(O.id.in_(message_ids))
            count = 0
            for row in session.scalars(query):
                if row.channel is None:  # it could not be sent at all: choose again with today's data
                    if row.purchase_id is None or row.customer_id is None:
                        continue
                    customer = session.get(models.Customer, row.customer_id)
                    preference = session.get(models.NoticePreference, row.customer_id)
                    choice = ChannelChoice(preference.channel) if preference else ChannelChoice.AUTO
                    channel, reason = choose_channel(choice, has_mobile=bool(customer.mobile),
                                                     has_email=bool(customer.email),
                                                     sms_available=settings.sms_available)
                    if channel is None:
                        row.reason = reason
                        continue
                    row.channel = channel.value
                row.state, row.reason, row.attempts, row.next_attempt_at = MessageState.QUEUED.value, None, 0, utcnow()
                count += 1
            audit(session, AuditAction.NOTICE, staff_id=actor.staff_id, state="retry", messages=count)
            return count

    # sending

    def transports(self) -> dict[Channel, Transport]:
        """The transports the saved settings describe (credentials decrypted here, never logged)."""
        with self._db.read() as session:
            settings = load_settings(session)
            token = session.scalar(select(models.NoticeSetup.secrets).where(models.NoticeSetup.id == 1))
        return build_transports(settings, self._secrets.open(token) if token and self._secrets else {},
                                smtp_settings_from_env(self._environ))


def build_transports(settings: NoticeSettings, secrets: Mapping[str, str],
                     env_smtp: SmtpSettings | None = None) -> dict[Channel, Transport]:
    transports: dict[Channel, Transport] = {}
    smtp = None
    if settings.smtp_host:
        smtp = SmtpSettings(host=settings.smtp_host, port=settings.smtp_port, security=settings.smtp_security,
                            username=settings.smtp_username, password=secrets.get("smtp_password"),
                            sender=settings.smtp_sender or "kundereg@localhost")
    elif env_smtp is not None:
        smtp = env_smtp  # the same server the one-time codes use (KUNDEREG_SMTP_*)
    if smtp is not None:
        transports[Channel.EMAIL] = SmtpEmail(smtp)
    if settings.sms_provider is SmsProviderKind.INFOBIP and settings.infobip_base_url and secrets.get("sms_api_key"):
        transports[Channel.SMS] = InfobipSms(settings.infobip_base_url, secrets["sms_api_key"],
                                             settings.sms_sender or "")
    elif settings.sms_provider is SmsProviderKind.EMAIL_TO_SMS and smtp is not None and settings.email_to_sms_domain:
        transports[Channel.SMS] = EmailToSms(smtp, settings.email_to_sms_domain)
    return transports


def validate_settings(settings: NoticeSettings) -> NoticeSettings:
    templates: dict[str, dict[str, str]] = {}
    for kind, by_language in (settings.templates or {}).items():
        try:
            kind = NoticeKind(kind)
        except ValueError:
            raise ValidationError("template", "names an unknown kind of notice.") from None
        for language, text in by_language.items():
            check_language(language)
            if text and text.strip():
                templates.setdefault(kind.value, {})[language] = validate_template(kind, text)
    after = settings.reminder_after_days
    if after is not None and (isinstance(after, bool) or not isinstance(after, int) or not 1 <= after <= 365):
        raise ValidationError("reminder_after_days", "must be a whole number from 1 to 365.")
    if isinstance(settings.reminder_max, bool) or not isinstance(settings.reminder_max, int) \
            or not 0 <= settings.reminder_max <= MAX_REMINDERS:
        raise ValidationError("reminder_max", "must be a whole number from 0 to {n}.", n=MAX_REMINDERS)
    sender = v.text("sms_sender", settings.sms_sender)
    if sender and (len(sender) > 11 or not sender.replace(" ", "").isalnum()):
        if not (sender.startswith("+") and sender[1:].isdigit() and len(sender) <= 16):
            raise ValidationError("sms_sender", "must be up to 11 letters and digits, or a phone number.")
    base = v.text("infobip_base_url", settings.infobip_base_url)
    if base and not base.startswith(("https://", "http://127.0.0.1", "http://localhost")):
        raise ValidationError("infobip_base_url", "must start with https://.")
    if settings.smtp_security not in ("starttls", "ssl", "none"):
        raise ValidationError("smtp_security", "must be starttls, ssl or none.")
    if isinstance(settings.smtp_port, bool) or not isinstance(settings.smtp_port, int) \
            or not 0 < settings.smtp_port < 65536:
        raise ValidationError("smtp_port", "must be a port number.")
    return replace(settings, templates=templates, sms_sender=sender, infobip_base_url=base,
                   smtp_host=v.text("smtp_host", settings.smtp_host),
                   smtp_username=v.text("smtp_username", settings.smtp_username),
                   smtp_sender=v.email(settings.smtp_sender, field="smtp_sender"),
                   email_to_sms_domain=v.text("email_to_sms_domain", settings.email_to_sms_domain),
                   opening_hours=v.text("opening_hours", settings.opening_hours))
