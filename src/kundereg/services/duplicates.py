"""Duplicates: likely pairs of records that are one person, and merging two into one.

Finding blocks by key and never compares all pairs: one pass over the customer table puts
each record into buckets (organisation number, E.164 mobile, email, folded name + address,
and for the looser name similarity: postal code + the start of the folded last name); only
records sharing a bucket are compared. A duplicate is a GDPR problem (an access report or an
erasure would miss half the person), so merging moves everything to the record kept:
purchases, service events, consents and requests. The one merged away is recorded in the
erasure ledger (reason "merged"), so its number is never given out again and a restored
backup does not bring the second copy back; the search index follows the customer table by
trigger. The audit holds ids and field names only.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select, update

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain.access import Permission, VerificationMethod
from ..domain.customer_keys import match_keys, name_key
from ..domain.customer_rules import derived_columns, normalise_customer
from ..domain.errors import ConflictError, NotFoundError, StateError, ValidationError
from ..domain.records import CUSTOMER_FIELDS, Customer, CustomerInput
from ..domain.customer_keys import fold
from .access import StaffSession, Verification, require
from .audit import AuditAction, record as audit
from .customers import is_marketing_purpose, to_record
from .erasure import checkpoint
from .ledger import LedgerEntry, LedgerFile

BUCKET_LIMIT = 25      # a key shared by more records than this (a shop's own address) says nothing
NAME_SIMILARITY = 0.88
MERGED = "merged"      # the erasure ledger's reason for a record merged into another
KINDS = ("org_number", "mobile", "email", "name_address", "similar_name")
Progress = Callable[[int, int], bool]


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two customer numbers and why they look like one person (kinds from KINDS, strongest first)."""

    first_id: int
    second_id: int
    reasons: tuple[str, ...]
    restricted: bool  # one of them is restricted (Art. 18): it cannot be merged now

    @property
    def strong(self) -> bool:
        return self.reasons[0] != "similar_name"


class DuplicateService:
    def __init__(self, db: Database, ledger: LedgerFile | None = None) -> None:
        self._db = db
        self._ledger = ledger

    def find(self, staff: StaffSession | None, progress: Progress | None = None) -> list[DuplicatePair]:
        """Likely pairs, strongest reasons first, then by number."""
        require(staff, Permission.MERGE)
        C = models.Customer
        with self._db.single_read() as conn:
            rows = conn.execute(select(C.id, C.org_number, C.mobile, C.email, C.first_name, C.last_name,
                                       C.company_name, C.street, C.postal_code, C.restricted_at)).all()
        return find_pairs(rows, progress)

    def pair(self, staff: StaffSession | None, first_id: int, second_id: int) -> tuple[Customer, Customer]:
        """Both records in full for the side-by-side choice; audited as viewed for register maintenance."""
        actor = require(staff, Permission.MERGE)
        with self._db.transaction() as session:
            records = []
            for cid in (first_id, second_id):
                records.append(to_record(_load(session, cid)))
                audit(session, AuditAction.CUSTOMER_VIEWED, staff_id=actor.staff_id, customer_id=cid,
                      basis=VerificationMethod.BUSINESS_REASON.value, purpose="register_maintenance")
        return records[0], records[1]

    def merge(self, staff: StaffSession | None, keep_id: int, other_id: int,
              take_from_other: Iterable[str] = (), versions: tuple[int, int] | None = None) -> Customer:
        """Merge ``other_id`` into ``keep_id``. Each field is the kept record's, except those named in
        ``take_from_other``, and empty ones the other record fills. ``versions`` (keep, other), when
        given, must still be current (the side-by-side view the owner chose from)."""
        actor = require(staff, Permission.MERGE)
        if keep_id == other_id:
            raise StateError("A customer cannot be merged with itself.")
        take = set(take_from_other)
        unknown = take - set(CUSTOMER_FIELDS)
        if unknown:
            raise ValidationError(sorted(unknown)[0], "is not a customer field.")
        now = utcnow()
        with self._db.transaction() as session:
            keep, other = _load(session, keep_id), _load(session, other_id)
            if versions is not None and (keep.version, other.version) != versions:
                raise ConflictError("Customer", keep_id if keep.version != versions[0] else other_id)
            for row in (keep, other):
                if row.restricted_at is not None:
                    raise StateError("Customer {id} is restricted (GDPR Art. 18): it cannot be merged until the "
                                     "restriction is lifted.", id=row.id)
            chosen = {f: getattr(other, f) if (f in take or getattr(keep, f) in (None, "")) else getattr(keep, f)
                      for f in CUSTOMER_FIELDS}
            values = normalise_customer(CustomerInput(**chosen), session.scalar(select(models.Shop.country)) or "NO")
            from_other = sorted(f for f in CUSTOMER_FIELDS if values.get(f) != getattr(keep, f)
                                and values.get(f) == getattr(other, f))
            moved = _move_children(session, other_id, keep_id)
            objection = min((t for t in (keep.marketing_objection_at, other.marketing_objection_at) if t),
                            default=None)
            if objection is not None:
                moved["consents_withdrawn"] = _withdraw_marketing(session, keep_id, objection, actor.staff_id)
            other_created, other_source = other.created_at, (other.source_kind, other.source_date)
            last_activity = max(keep.last_activity_at, other.last_activity_at)
            session.execute(delete(models.Customer).where(models.Customer.id == other_id)
                            .execution_options(synchronize_session=False))
            session.expunge(other)
            for name, value in {**values, **derived_columns(values)}.items():
                setattr(keep, name, value)
            keep.marketing_objection_at = objection
            keep.last_activity_at = last_activity
            if keep.source_kind is None and other_source[0] is not None:
                keep.source_kind, keep.source_date = other_source
            keep.updated_at = now
            session.add(models.ErasureLedger(customer_id=other_id, customer_created_at=other_created, erased_at=now,
                                             reason=MERGED))
            session.flush()
            audit(session, AuditAction.CUSTOMERS_MERGED, staff_id=actor.staff_id, customer_id=keep_id,
                  merged=other_id, fields=from_other, **moved)
            result = to_record(keep)
        # After the commit, like an erasure: the merged-away record's page images leave the WAL,
        # and the ledger file learns the number (open_register adds it, should this be cut short).
        checkpoint(self._db)
        if self._ledger is not None:
            self._ledger.append([LedgerEntry(other_id, other_created, now, MERGED)])
        staff.forget(other_id)
        staff.grant(keep_id, Verification(VerificationMethod.BUSINESS_REASON, now, "register_maintenance"))
        return result


def find_pairs(rows: Iterable[Mapping | object], progress: Progress | None = None) -> list[DuplicatePair]:
    buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
    similar: dict[tuple[str, str], list[int]] = defaultdict(list)
    names: dict[int, str] = {}
    streets: dict[int, str] = {}
    restricted: set[int] = set()
    for row in rows:
        values = row._mapping if hasattr(row, "_mapping") else row
        cid = values["id"]
        for key in match_keys(values):
            buckets[key].append(cid)
        if values["restricted_at"] is not None:
            restricted.add(cid)
        name = name_key(values)
        postal = str(values["postal_code"] or "").replace(" ", "")
        last = fold(str(values["last_name"] or values["company_name"] or ""))
        if name and postal and last:
            names[cid] = name
            streets[cid] = fold(str(values["street"] or ""))
            similar[(postal, last[:4])].append(cid)
    reasons: dict[tuple[int, int], set[str]] = defaultdict(set)
    for (kind, _), ids in buckets.items():
        if 1 < len(ids) <= BUCKET_LIMIT:
            for pair in _pairs(ids):
                reasons[pair].add(kind)
    for ids in similar.values():
        if 1 < len(ids) <= BUCKET_LIMIT:
            for a, b in _pairs(ids):
                if (a, b) in reasons:
                    continue
                if _similar(names[a], names[b]) and (not streets[a] or not streets[b]
                                                     or _similar(streets[a], streets[b], 0.8)):
                    reasons[(a, b)].add("similar_name")
    out = [DuplicatePair(a, b, tuple(k for k in KINDS if k in found), a in restricted or b in restricted)
           for (a, b), found in reasons.items()]
    out.sort(key=lambda p: (KINDS.index(p.reasons[0]), -len(p.reasons), p.first_id, p.second_id))
    if progress is not None:
        progress(1, 1)
    return out


def _pairs(ids: list[int]) -> Iterable[tuple[int, int]]:
    ordered = sorted(set(ids))
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            yield a, b


def _similar(a: str, b: str, threshold: float = NAME_SIMILARITY) -> bool:
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= threshold and matcher.ratio() >= threshold


def _load(session, customer_id: int) -> models.Customer:
    row = session.get(models.Customer, customer_id)
    if row is None:
        raise NotFoundError("Customer", customer_id)
    return row


def _move_children(session, other_id: int, keep_id: int) -> dict[str, int]:
    moved = {}
    for name, model in (("purchases", models.Purchase), ("service_events", models.ServiceEvent),
                        ("consents", models.Consent), ("requests", models.DataRequest)):
        moved[name] = session.execute(update(model).where(model.customer_id == other_id)
                                      .values(customer_id=keep_id)
                                      .execution_options(synchronize_session=False)).rowcount
    return moved


def _withdraw_marketing(session, customer_id: int, at: datetime, staff_id: int) -> int:
    """An objection to marketing (Art. 21) on either record stands for the merged one."""
    count = 0
    for consent in session.scalars(select(models.Consent).where(models.Consent.customer_id == customer_id,
                                                                models.Consent.withdrawn_at.is_(None))):
        if is_marketing_purpose(consent.purpose):
            consent.withdrawn_at, consent.withdrawn_by = max(at, consent.given_at), staff_id
            count += 1
    return count
