"""The tamper-evident trail of who saw and changed what.

Each entry holds SHA-256 over the previous entry's hash and its own canonical content
(id, time, staff, action, customer id, details), so editing, removing or reordering any
row breaks the chain from that row on; the head row catches removal of the newest ones.
Details hold field names, methods and purpose codes, never the values themselves.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission
from .access import StaffSession, require
from .anchors import Anchor, AnchorFile, anchor_head, standing

GENESIS = "0" * 64


class AuditAction(StrEnum):
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCKED = "locked"
    CUSTOMER_VIEWED = "customer_viewed"
    CUSTOMER_CREATED = "customer_created"
    CUSTOMER_CHANGED = "customer_changed"
    HISTORY_VIEWED = "history_viewed"
    PICKUP_LIST_VIEWED = "pickup_list_viewed"
    ORDER_RECORDED = "order_recorded"
    ORDER_STATUS_CHANGED = "order_status_changed"
    SERVICE_EVENT_RECORDED = "service_event_recorded"
    SERVICE_EVENT_CLOSED = "service_event_closed"
    CONSENT_GIVEN = "consent_given"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CONSENTS_VIEWED = "consents_viewed"
    IDENTITY_VERIFIED = "identity_verified"
    IDENTITY_CHECK_FAILED = "identity_check_failed"
    CODE_SENT = "verification_code_sent"
    BUSINESS_REASON = "business_reason_stated"
    ACCESS_DENIED = "access_denied"
    STAFF_CREATED = "staff_created"
    STAFF_CHANGED = "staff_changed"
    SETTING_CHANGED = "setting_changed"
    DEMO_DATA = "demo_data_generated"
    AUDIT_VIEWED = "audit_viewed"
    AUDIT_VERIFIED = "audit_verified"
    EXPORT = "export"
    REPORT = "report"
    ERASURE = "erasure"
    ERASURE_REPLAYED = "erasure_replayed"
    RETENTION_RUN = "retention_run"
    BACKUP_TAKEN = "backup_taken"
    BACKUP_RESTORED = "backup_restored"
    REQUEST_REGISTERED = "request_registered"
    REQUEST_STEP = "request_step"
    MARKETING_OBJECTION = "marketing_objection"
    SHOP_CREATED = "shop_created"
    PROFILE_CHANGED = "profile_changed"
    STAFF_BASELINE = "staff_baseline"
    CUSTOMERS_IMPORTED = "customers_imported"
    CUSTOMERS_MERGED = "customers_merged"
    NOTICE = "notice"  # a pickup/delay/reminder notice: ticket, channel, state; never text or address


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime
    staff_id: int | None
    staff_name: str | None
    action: str
    customer_id: int | None
    details: dict


@dataclass(frozen=True, slots=True)
class ChainReport:
    intact: bool
    entries: int
    first_broken_id: int | None = None
    problem: str | None = None
    anchors: int = 0                 # anchors outside the register the trail was checked against
    anchored_up_to: int | None = None  # the newest entry an anchor vouches for
    anchor_file: str | None = None   # where they were read (None: no anchor file found)
    staff_checked: int = 0           # staff accounts compared with what the trail says of them


def canonical(entry_id: int, at: datetime, staff_id: int | None, action: str, customer_id: int | None,
              details: str) -> str:
    return json.dumps({"id": entry_id, "at": at.isoformat(), "staff_id": staff_id, "action": action,
                       "customer_id": customer_id, "details": details},
                      sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def chain_hash(prev_hash: str, content: str) -> str:
    return hashlib.sha256((prev_hash + content).encode("ascii")).hexdigest()


def record(session: Session, action: AuditAction, *, staff_id: int | None, customer_id: int | None = None,
           **details: object) -> None:
    """Append one entry inside the caller's transaction (so it commits or rolls back with the change).

    Detail values must be ids, codes, counts or field names: never personal data.
    """
    # Claim the next id first: the UPDATE takes the write lock (and on PostgreSQL the row lock),
    # so two PCs appending at once are serialised instead of forking the chain.
    session.execute(update(models.AuditHead).where(models.AuditHead.id == 1)
                    .values(last_id=models.AuditHead.last_id + 1))
    head = session.execute(select(models.AuditHead.last_id, models.AuditHead.last_hash)
                           .where(models.AuditHead.id == 1)).one()
    at = utcnow()
    detail_text = json.dumps(details, sort_keys=True, separators=(",", ":"), ensure_ascii=True, default=str)
    digest = chain_hash(head.last_hash, canonical(head.last_id, at, staff_id, action.value, customer_id,
                                                  detail_text))
    session.add(models.AuditEntry(id=head.last_id, at=at, staff_id=staff_id, action=action.value,
                                  customer_id=customer_id, details=detail_text, prev_hash=head.last_hash,
                                  hash=digest))
    session.execute(update(models.AuditHead).where(models.AuditHead.id == 1).values(last_hash=digest))
    session.flush()


def verify_rows(rows: Iterable[models.AuditEntry], head: tuple[int, str] | None) -> ChainReport:
    expected_prev, expected_id, count = GENESIS, 1, 0
    for row in rows:
        count += 1
        if row.id != expected_id:
            return ChainReport(False, count, row.id, f"entry {expected_id} is missing or out of order")
        if row.prev_hash != expected_prev:
            return ChainReport(False, count, row.id, "does not follow the entry before it")
        content = canonical(row.id, row.at, row.staff_id, row.action, row.customer_id, row.details)
        if chain_hash(row.prev_hash, content) != row.hash:
            return ChainReport(False, count, row.id, "its content was changed")
        expected_prev, expected_id = row.hash, row.id + 1
    if head is not None and (head[0] != expected_id - 1 or head[1] != expected_prev):
        return ChainReport(False, count, expected_id, "newer entries were removed")
    return ChainReport(True, count)


class AuditService:
    def __init__(self, db: Database, anchors: AnchorFile | None = None,
                 backup_anchors: Callable[[], list[Anchor]] | None = None) -> None:
        """``backup_anchors``: the heads recorded in the headers of the backups that can be found."""
        self._db = db
        self._anchors = anchors
        self._backup_anchors = backup_anchors

    def verify(self, staff: StaffSession | None) -> ChainReport:
        """The hash chain, then every anchor outside the register, then the staff accounts."""
        require(staff, Permission.AUDIT)
        with self._db.read() as session:
            head = session.execute(select(models.AuditHead.last_id, models.AuditHead.last_hash)
                                   .where(models.AuditHead.id == 1)).one_or_none()
            rows = session.scalars(select(models.AuditEntry).order_by(models.AuditEntry.id)
                                   .execution_options(yield_per=2000))
            report = verify_rows(rows, tuple(head) if head is not None else None)
            if report.intact:
                report = self._check_anchors(session, report)
            if report.intact:
                report = check_staff(session, report)
        with self._db.transaction() as session:
            record(session, AuditAction.AUDIT_VERIFIED, staff_id=staff.actor.staff_id,
                   intact=report.intact, entries=report.entries, anchors=report.anchors)
        if report.intact and self._anchors is not None:
            anchor_head(self._db, self._anchors, "verify")
        return report

    def _check_anchors(self, session: Session, report: ChainReport) -> ChainReport:
        if self._anchors is None:
            return report
        found = self._anchors.read()
        if self._backup_anchors is not None:  # in time order, so that a later restore supersedes them
            found = sorted(found + self._backup_anchors(), key=lambda a: a.at)
        anchors = [a for a in standing(found) if a.entry_id > 0]
        where = str(self._anchors.path) if self._anchors.path.exists() else None
        hashes: dict[int, str] = {}
        ids = sorted({a.entry_id for a in anchors})
        for start in range(0, len(ids), 500):
            hashes.update(session.execute(select(models.AuditEntry.id, models.AuditEntry.hash)
                                          .where(models.AuditEntry.id.in_(ids[start:start + 500]))).all())
        for anchor in anchors:
            found = hashes.get(anchor.entry_id)
            if found is None:
                return replace(report, intact=False, first_broken_id=anchor.entry_id, anchors=len(anchors),
                               anchor_file=where, problem=f"entry {anchor.entry_id} is gone, but an anchor of "
                                                          f"{anchor.at:%Y-%m-%d} names it")
            if found != anchor.entry_hash:
                return replace(report, intact=False, first_broken_id=anchor.entry_id, anchors=len(anchors),
                               anchor_file=where, problem=f"entry {anchor.entry_id} differs from its anchor of "
                                                          f"{anchor.at:%Y-%m-%d}")
        return replace(report, anchors=len(anchors), anchor_file=where,
                       anchored_up_to=max(ids) if ids else None)

    def entries(self, staff: StaffSession | None, *, customer_id: int | None = None,
                staff_id: int | None = None, since: datetime | None = None, until: datetime | None = None,
                limit: int = 500, offset: int = 0, before_id: int | None = None) -> list[AuditEntry]:
        """Newest first, filtered by customer, staff member and time.

        Page with ``before_id`` (the last id shown): viewing the trail appends to it, so an
        offset would shift between pages.
        """
        require(staff, Permission.AUDIT)
        query = (select(models.AuditEntry, models.Staff.display_name)
                 .outerjoin(models.Staff, models.Staff.id == models.AuditEntry.staff_id))
        if customer_id is not None:
            query = query.where(models.AuditEntry.customer_id == customer_id)
        if staff_id is not None:
            query = query.where(models.AuditEntry.staff_id == staff_id)
        if since is not None:
            query = query.where(models.AuditEntry.at >= since)
        if until is not None:
            query = query.where(models.AuditEntry.at < until)
        if before_id is not None:
            query = query.where(models.AuditEntry.id < before_id)
        query = query.order_by(models.AuditEntry.id.desc()).limit(max(1, min(limit, 5000))).offset(max(0, offset))
        with self._db.transaction() as session:
            rows = session.execute(query).all()
            record(session, AuditAction.AUDIT_VIEWED, staff_id=staff.actor.staff_id,
                   filter_customer=customer_id, filter_staff=staff_id)
            return [AuditEntry(r.id, r.at, r.staff_id, name, r.action, r.customer_id, json.loads(r.details))
                    for r, name in rows]

    def count(self) -> int:
        with self._db.read() as session:
            return session.scalar(select(func.count()).select_from(models.AuditEntry)) or 0


# What the trail says of staff accounts: who was created with which role, and who was
# (de)activated. The staff table must say the same, so that an account made an owner by editing
# the file (or slipped in beside the services) shows.
_STAFF_ACTIONS = (AuditAction.SHOP_CREATED, AuditAction.STAFF_CREATED, AuditAction.STAFF_CHANGED,
                  AuditAction.STAFF_BASELINE)


def staff_from_trail(session: Session) -> dict[int, dict]:
    """Account id -> {"role": ..., "active": ... (None: not recorded)}, replayed from the trail."""
    accounts: dict[int, dict] = {}
    rows = session.execute(select(models.AuditEntry.action, models.AuditEntry.staff_id, models.AuditEntry.details)
                           .where(models.AuditEntry.action.in_([a.value for a in _STAFF_ACTIONS]))
                           .order_by(models.AuditEntry.id))
    for action, staff_id, details_text in rows:
        details = json.loads(details_text)
        if action == AuditAction.STAFF_BASELINE:
            accounts = {int(k): {"role": v[0], "active": v[1]} for k, v in details["staff"].items()}
        elif action == AuditAction.SHOP_CREATED and staff_id is not None:
            accounts[staff_id] = {"role": "owner", "active": True}
        elif action == AuditAction.STAFF_CREATED:
            accounts[int(details["target_staff"])] = {"role": details["role"], "active": True}
        elif action == AuditAction.STAFF_CHANGED and "active" in details.get("fields", ()):
            known = accounts.setdefault(int(details["target_staff"]), {"role": None, "active": None})
            known["active"] = details.get("active")  # None in entries written before it was recorded
    return accounts


def check_staff(session: Session, report: ChainReport) -> ChainReport:
    expected = staff_from_trail(session)
    table = session.execute(select(models.Staff.id, models.Staff.role, models.Staff.active)
                            .order_by(models.Staff.id)).all()
    for staff_id, role, active in table:
        known = expected.get(staff_id)
        if known is None:
            problem = f"staff account {staff_id} was not created through the register"
        elif known["role"] not in (None, role):
            problem = f"staff account {staff_id} has the role {role}, but the trail gives it {known['role']}"
        elif known["active"] is not None and known["active"] != active:
            problem = f"staff account {staff_id} is {'active' if active else 'inactive'}, unlike in the trail"
        else:
            continue
        return replace(report, intact=False, problem=problem, staff_checked=len(table))
    return replace(report, staff_checked=len(table))


def ensure_staff_baseline(db: Database) -> None:
    """A register set up before staff accounts were audited in full gets today's accounts as its
    baseline, once, so that any later change to them shows."""
    wanted = [AuditAction.SHOP_CREATED.value, AuditAction.STAFF_BASELINE.value]
    with db.read() as session:
        if session.scalar(select(models.AuditEntry.id).where(models.AuditEntry.action.in_(wanted)).limit(1)):
            return
        if session.scalar(select(models.Staff.id).limit(1)) is None:
            return
    with db.transaction() as session:
        if session.scalar(select(models.AuditEntry.id).where(models.AuditEntry.action.in_(wanted)).limit(1)):
            return
        accounts = session.execute(select(models.Staff.id, models.Staff.role, models.Staff.active)).all()
        record(session, AuditAction.STAFF_BASELINE, staff_id=None,
               staff={str(i): [role, bool(active)] for i, role, active in accounts})
