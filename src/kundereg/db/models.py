"""ORM models (SQLAlchemy 2 typed mappings). Changing one needs an Alembic revision."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (BigInteger, Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, MetaData, String,
                        Text, UniqueConstraint, true)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from .types import UTCDateTime, utcnow

# Deterministic constraint names keep Alembic batch migrations on SQLite painless.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime()}


class Shop(Base):
    """The controller and its profile: one row."""

    __tablename__ = "shop"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(2))
    currency: Mapped[str] = mapped_column(String(3))
    org_number: Mapped[str | None] = mapped_column(String(40))
    # Optional customer fields the shop keeps, comma-separated (see domain.records.OPTIONAL_FIELDS).
    customer_fields: Mapped[str] = mapped_column(String(500), default="")
    # Retention rules run at start and by `kundereg retention`; NULL switches a rule off.
    inactive_years: Mapped[int | None] = mapped_column(Integer)
    consent_years: Mapped[int | None] = mapped_column(Integer)
    # Backup rotation: the newest backup of each of the last N days and M weeks is kept.
    backup_keep_daily: Mapped[int] = mapped_column(Integer, default=7, server_default="7")
    backup_keep_weekly: Mapped[int] = mapped_column(Integer, default=8, server_default="8")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # The shop profile (services.profile validates it; domain.profile describes it). Contact
    # details print on every document; purposes and processors are small JSON lists edited
    # and audited as a whole, so they live in the one shop row instead of child tables.
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(100))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(20))  # E.164
    ui_language: Mapped[str | None] = mapped_column(String(5))
    document_language: Mapped[str | None] = mapped_column(String(5))
    # NULL: no profile yet (a register from before 0006, or `init` without a preset); documents
    # then fall back to the defaults in domain.legal.
    purposes: Mapped[str | None] = mapped_column(Text)
    processors: Mapped[str | None] = mapped_column(Text)
    sources: Mapped[str | None] = mapped_column(String(200))
    marketing_basis: Mapped[str | None] = mapped_column(String(1))
    sole_trader_org_personal: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    profile_updated_at: Mapped[datetime | None] = mapped_column()


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column()
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(Base):
    __tablename__ = "customer"
    __table_args__ = (
        Index("ix_customer_sort_key", "sort_key"),
        Index("ix_customer_last_activity_at", "last_activity_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    mobile: Mapped[str | None] = mapped_column(String(20))  # E.164
    email: Mapped[str | None] = mapped_column(String(254))
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str] = mapped_column(String(2))
    company_name: Mapped[str | None] = mapped_column(String(200))
    org_number: Mapped[str | None] = mapped_column(String(40))
    invoice_email: Mapped[str | None] = mapped_column(String(254))
    notes: Mapped[str | None] = mapped_column(Text)
    # GDPR Art. 18: while set, the record is kept but not changed or used (read-only).
    restricted_at: Mapped[datetime | None] = mapped_column()
    # GDPR Art. 21(2)/(3): the person objected to direct marketing; no marketing consent from then on.
    marketing_objection_at: Mapped[datetime | None] = mapped_column()
    # Where the data came from when it was not typed in (services.importing): the kind of system
    # ("superoffice", "visma", "xlsx", ...) and the day, for the notice's sources and Art. 14.
    source_kind: Mapped[str | None] = mapped_column(String(32))
    source_date: Mapped[date | None] = mapped_column(Date)
    # Derived from the fields above by the service; the FTS index follows it by trigger.
    search_doc: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_activity_at: Mapped[datetime] = mapped_column(default=utcnow)

    purchases: Mapped[list[Purchase]] = relationship(back_populates="customer", passive_deletes=True)

    __mapper_args__ = {"version_id_col": version}


class Purchase(Base):
    """A sale, order or ticket. customer_id is NULL once the buyer is erased but the law keeps the record."""

    __tablename__ = "purchase"
    __table_args__ = (
        Index("ix_purchase_customer_id_purchased_at", "customer_id", "purchased_at"),
        Index("ix_purchase_status", "status"),
        Index("ix_purchase_retain_until", "retain_until"),  # the retention run, at every start
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    purchased_at: Mapped[datetime] = mapped_column(default=utcnow)
    description: Mapped[str | None] = mapped_column(Text)
    total_minor: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3))
    status: Mapped[str] = mapped_column(String(16))
    status_changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    due_date: Mapped[date | None] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    # "receipt" (a cash sale: the law needs no buyer) or "invoice" (names the buyer).
    document_kind: Mapped[str] = mapped_column(String(16), default="receipt", server_default="receipt")
    # Set when the buyer was erased and the law keeps the record: only what that kind of
    # document must show remains, until retain_until under retention_rule (domain.retention).
    anonymised_at: Mapped[datetime | None] = mapped_column()
    retain_until: Mapped[date | None] = mapped_column(Date)
    retention_rule: Mapped[str | None] = mapped_column(String(32))
    buyer_name: Mapped[str | None] = mapped_column(String(200))
    buyer_org_number: Mapped[str | None] = mapped_column(String(40))
    buyer_address: Mapped[str | None] = mapped_column(String(400))
    version: Mapped[int] = mapped_column(Integer, default=1)

    customer: Mapped[Customer | None] = relationship(back_populates="purchases")
    lines: Mapped[list[PurchaseLine]] = relationship(
        back_populates="purchase", cascade="all, delete-orphan", passive_deletes=True,
        order_by="PurchaseLine.position")

    __mapper_args__ = {"version_id_col": version}


class PurchaseLine(Base):
    __tablename__ = "purchase_line"
    __table_args__ = (UniqueConstraint("purchase_id", "position", name="uq_purchase_line_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_id: Mapped[int] = mapped_column(ForeignKey("purchase.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    description: Mapped[str] = mapped_column(String(500))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price_minor: Mapped[int] = mapped_column(Integer)

    purchase: Mapped[Purchase] = relationship(back_populates="lines")


class ServiceEvent(Base):
    """Returns, complaints (reklamasjon) and repairs."""

    __tablename__ = "service_event"
    # purchase_id is indexed for the foreign-key check when purchases are deleted (erasure,
    # retention): without it every deleted purchase scans this table.
    __table_args__ = (Index("ix_service_event_customer_id", "customer_id"),
                      Index("ix_service_event_purchase_id", "purchase_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchase.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column()
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))


class Consent(Base):
    __tablename__ = "consent"
    __table_args__ = (Index("ix_consent_customer_id", "customer_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    purpose: Mapped[str] = mapped_column(String(100))
    given_at: Mapped[datetime] = mapped_column()
    withdrawn_at: Mapped[datetime | None] = mapped_column()
    source: Mapped[str] = mapped_column(String(16))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    withdrawn_by: Mapped[int | None] = mapped_column(Integer)  # staff id; no FK, like the audit trail
    # Set by the retention rule when a consent outlived the shop's consent period.
    expired_at: Mapped[datetime | None] = mapped_column()


class ErasureLedger(Base):
    """Who was erased and when: ids and times only, never personal data.

    A copy lives in an append-only file beside the register (services.ledger), so that a
    restored backup or an old copy of the file re-erases everyone erased since. The pair
    (customer_id, customer_created_at) names one person even if SQLite reuses an id.
    """

    __tablename__ = "erasure_ledger"
    __table_args__ = (UniqueConstraint("customer_id", "customer_created_at", name="uq_erasure_ledger_customer"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(Integer)
    customer_created_at: Mapped[datetime] = mapped_column()
    erased_at: Mapped[datetime] = mapped_column()
    reason: Mapped[str] = mapped_column(String(16))  # "request" or "retention"


class BackupRecord(Base):
    """Each backup taken: when, where and how big. Erasure receipts say when the last one
    holding an erased person's data expires."""

    __tablename__ = "backup_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    taken_at: Mapped[datetime] = mapped_column()
    file_name: Mapped[str] = mapped_column(String(200))
    directory: Mapped[str] = mapped_column(Text)
    size_bytes: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))


class AuditEntry(Base):
    """Append-only and hash-chained. Holds ids, action names and field names, never values.

    customer_id and staff_id are plain numbers, not foreign keys: the trail outlives the
    people it mentions (an erased customer's id points nowhere and identifies no one).
    """

    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_entry_customer_id", "customer_id"),
        Index("ix_audit_entry_staff_id", "staff_id"),
        Index("ix_audit_entry_at", "at"),
        Index("ix_audit_entry_action", "action"),  # staff entries: the baseline check at open, verify
    )

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column()
    staff_id: Mapped[int | None] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(40))
    customer_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="{}")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """The newest entry's id and hash, updated with every append, so cutting off the end shows."""

    __tablename__ = "audit_head"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    last_id: Mapped[int] = mapped_column(Integer, default=0)
    last_hash: Mapped[str] = mapped_column(String(64))


class DataRequest(Base):
    """A data-subject request and how it was handled. Outlives the customer (erasure keeps it)."""

    __tablename__ = "data_request"
    __table_args__ = (Index("ix_data_request_customer_id", "customer_id"),
                      Index("ix_data_request_status", "status"))

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)
    kind: Mapped[str] = mapped_column(String(24))
    channel: Mapped[str] = mapped_column(String(16))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="SET NULL"))
    received_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date] = mapped_column(Date)
    extension_months: Mapped[int] = mapped_column(Integer, default=0)
    extension_reason: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    refusal_reason: Mapped[str | None] = mapped_column(Text)
    verification_method: Mapped[str | None] = mapped_column(String(24))
    verification_detail: Mapped[str | None] = mapped_column(String(40))
    verified_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    verified_at: Mapped[datetime | None] = mapped_column()
    registered_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    handled_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id", ondelete="SET NULL"))
    completed_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}


class NoticeSetup(Base):
    """The shop's notice settings (domain.notices.NoticeSettings): one row.

    Secrets (the SMS provider's key, the SMTP password) are only in ``secrets``, encrypted with
    a key kept outside the database (services.notice_secrets)."""

    __tablename__ = "notice_setup"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    sms_provider: Mapped[str] = mapped_column(String(16), default="none")
    # Plain JSON of the non-secret settings (sender ID, base URL, SMTP host, opening hours, templates).
    config: Mapped[str] = mapped_column(Text, default="{}")
    secrets: Mapped[str | None] = mapped_column(Text)  # a Fernet token
    reminder_after_days: Mapped[int | None] = mapped_column(Integer)
    reminder_max: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)


class NoticePreference(Base):
    """How one customer wants service messages (channel, language); goes with the customer."""

    __tablename__ = "notice_preference"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"), primary_key=True)
    channel: Mapped[str] = mapped_column(String(8), default="auto")
    language: Mapped[str | None] = mapped_column(String(5))


class OutboxMessage(Base):
    """A notice to send. Holds no text and no address: both are looked up and rendered when it is
    sent, so a sent body is never kept and an erased customer's address is gone with them.

    ``key`` is made when the notice is queued and sent as the provider's message id
    (idempotency) and the email's Message-ID, so a retry after a crash is recognised."""

    __tablename__ = "outbox_message"
    __table_args__ = (
        Index("ix_outbox_message_state_next_attempt_at", "state", "next_attempt_at"),
        Index("ix_outbox_message_purchase_id", "purchase_id"),
        Index("ix_outbox_message_customer_id", "customer_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    purchase_id: Mapped[int | None] = mapped_column(ForeignKey("purchase.id", ondelete="SET NULL"))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id", ondelete="CASCADE"))
    ticket: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(12))
    channel: Mapped[str | None] = mapped_column(String(8))
    language: Mapped[str] = mapped_column(String(5))
    days: Mapped[int | None] = mapped_column(Integer)  # a delay notice's extra days
    # Only for a test message to the shop's own number or address; cleared once sent.
    recipient: Mapped[str | None] = mapped_column(String(254))
    state: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str | None] = mapped_column(String(40))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_at: Mapped[datetime | None] = mapped_column()
    provider_id: Mapped[str | None] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column()
    delivered_at: Mapped[datetime | None] = mapped_column()


class PriceItem(Base):
    """One line of the shop's price list (services.prices): what intake completes line text from."""

    __tablename__ = "price_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(8), default="service")  # "service" or "goods"
    unit: Mapped[str] = mapped_column(String(8), default="pcs")
    price_minor: Mapped[int] = mapped_column(Integer)
    vat_rate_bp: Mapped[int] = mapped_column(Integer)  # basis points: 2500 is 25 %
    due_days: Mapped[int | None] = mapped_column(Integer)
    position: Mapped[int] = mapped_column(Integer, default=0)
