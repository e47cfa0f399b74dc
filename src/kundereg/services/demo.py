"""Realistic fake Nordic customers with purchase histories, fast enough for 100,000 customers.

Faker (no_NO, sv_SE, fi_FI, da_DK) is slow per call, so it only fills small pools of names,
streets and companies; everything else is drawn from those pools with one seeded
``random.Random``. The same seed, start time and register state give the same data.

Rows go in with ``executemany`` in batches, all in ONE transaction: a cancelled run (the
``progress`` callback returns False) or a failure rolls back everything. On SQLite the raw
DBAPI cursor is used with values pre-formatted the way SQLAlchemy stores them; other
databases get Core ``insert()`` with ordinary Python values. The customer FTS triggers fire
per row, as for any other insert.

Every customer written would pass ``normalise_customer`` unchanged (tests check this), and
``search_doc``/``sort_key`` come from ``derived_columns`` as in ``CustomerService``.
"""
from __future__ import annotations

import bisect
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import Connection

from ..db import models, search_index
from ..db.database import Database
from ..db.types import utcnow
from ..domain.customer_rules import derived_columns
from ..domain.enums import ConsentSource, PurchaseStatus, ServiceEventKind, ServiceEventStatus, StaffRole
from ..domain.errors import KunderegError, ValidationError
from ..domain.access import Permission
from .access import StaffSession, require
from .audit import AuditAction, record
from .demo_data import (CONSENT_SOURCES, EVENT_TEXT, INVOICE_BOXES, ITEMS, LANG_INDEX, MOBILE_PREFIXES,
                        NOTES, POSTAL_DIGITS, PRICE_SCALE, PURCHASE_NOTES, PURPOSES, Name, Pools,
                        makes_consents, org_number, trades)
from .profile import get_profile
from .shop import ShopInfo, get_shop

BATCH_CUSTOMERS = 2000
YEARS_OF_HISTORY = 6
LANGUAGE = {"NO": "no", "SE": "sv", "DK": "da", "FI": "fi"}
NORDIC = ("NO", "SE", "FI", "DK")
OTHER_COUNTRY_SHARE = 0.15
COMPANY_SHARE = 0.15
EMAIL_SHARE = 0.70
TENURE_SKEW = 1.6
PER_PERSON, PER_COMPANY = 8.3, 19.5  # mean purchases after the first, over a mean tenure
MAX_PURCHASES = 300
# Reserved for documentation (RFC 2606): generated addresses never reach a real person.
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

_DAY = 86400


class DemoCancelled(KunderegError):
    message_id = "Demo data generation was cancelled."


@dataclass(frozen=True, slots=True)
class DemoStats:
    customers: int
    purchases: int
    seconds: float


def generate(db: Database, staff: StaffSession | None, *, customers: int, seed: int = 1,
             progress: Callable[[int, int], bool] | None = None, now: datetime | None = None) -> DemoStats:
    """Add ``customers`` fake customers with purchases, service events and consents.

    ``progress(done, total)`` is called before the first and after every batch; returning False
    (not merely a falsy None) cancels the run: DemoCancelled is raised and nothing is written. ``now`` (UTC-aware) pins "today" so that a
    seed reproduces the same data; it defaults to the current time.
    """
    actor = require(staff, Permission.DEMO_DATA)
    if isinstance(customers, bool) or not isinstance(customers, int) or customers < 0:
        raise ValidationError("customers", "must be a whole number, 0 or more.")
    started = time.perf_counter()
    shop = get_shop(db)
    profile = get_profile(db)  # the demo follows the shop's trade and its marketing basis
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (UTC)")
    if customers == 0:
        return DemoStats(0, 0, time.perf_counter() - started)
    rng = random.Random(seed)
    pools = Pools.build(seed)
    purchases = 0
    with db.transaction() as session:
        conn = session.connection()
        writer = _writer_for(conn)
        try:
            maker = _Maker(rng, pools, shop, writer, _start_ids(conn), int(now.timestamp()),
                           _owner_id(conn), profile)
            if progress is not None and progress(0, customers) is False:
                raise DemoCancelled()
            done = 0
            while done < customers:
                count = min(BATCH_CUSTOMERS, customers - done)
                purchases += maker.batch(count)
                done += count
                if progress is not None and progress(done, customers) is False:
                    raise DemoCancelled()
            writer.finish()
            record(session, AuditAction.DEMO_DATA, staff_id=actor.staff_id, customers=customers,
                   purchases=purchases)
        finally:
            writer.close()
    writer.after_commit(db)
    return DemoStats(customers, purchases, time.perf_counter() - started)


# ----------------------------------------------------------------------------------------------
# Writers: the same generated rows through the raw SQLite cursor or through Core insert().


def _writer_for(conn: Connection) -> _Writer:
    return _SqliteWriter(conn) if conn.dialect.name == "sqlite" else _Writer(conn)


class _Writer:
    """Core insert() with Python values: any database SQLAlchemy supports."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def ts(self, seconds: int) -> Any:
        return datetime.fromtimestamp(seconds, timezone.utc)

    def day(self, seconds: int) -> Any:
        return datetime.fromtimestamp(seconds, timezone.utc).date()

    def write(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
        if rows:
            self.conn.execute(insert(table), [dict(zip(columns, row)) for row in rows])

    def finish(self) -> None:
        """Last step inside the transaction."""
        search_index.optimize(self.conn)  # merges SQLite's FTS segments; nothing elsewhere
        if self.conn.dialect.name == "postgresql":
            # Rows were written with explicit ids: move the id sequences past them.
            for table in _TABLES:
                self.conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                                       f"(SELECT max(id) FROM {table.name}))"))

    def close(self) -> None:
        pass

    def after_commit(self, db: Database) -> None:
        pass


class _SqliteWriter(_Writer):
    """Straight to the sqlite3 cursor, values already in SQLAlchemy's SQLite storage format."""

    CACHE_KIB = 128 * 1024

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.raw = conn.connection.driver_connection
        self.cursor = self.raw.cursor()
        self._sql: dict[str, str] = {}
        self._days: dict[int, str] = {}
        self._times: dict[int, str] = {}
        self._old_cache = self.cursor.execute("PRAGMA cache_size").fetchone()[0]
        # Index pages of the growing tables stay in memory instead of being re-read.
        self.cursor.execute(f"PRAGMA cache_size=-{self.CACHE_KIB}")

    def ts(self, seconds: int) -> str:
        # SQLAlchemy's SQLite DATETIME format: "YYYY-MM-DD HH:MM:SS.ffffff" (UTC, see db.types).
        d, s = divmod(seconds, _DAY)
        clock = self._times.get(s)
        if clock is None:
            clock = self._times[s] = f" {s // 3600:02d}:{s // 60 % 60:02d}:{s % 60:02d}.000000"
        return self.day_str(d) + clock

    def day(self, seconds: int) -> str:
        return self.day_str(seconds // _DAY)

    def day_str(self, d: int) -> str:
        text_ = self._days.get(d)
        if text_ is None:
            text_ = self._days[d] = (date(1970, 1, 1) + timedelta(days=d)).isoformat()
        return text_

    def write(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
        if not rows:
            return
        sql = self._sql.get(table.name)
        if sql is None:
            names = ", ".join(table.c[c].name for c in columns)  # KeyError if the model changed
            sql = self._sql[table.name] = (f"INSERT INTO {table.name} ({names}) "
                                           f"VALUES ({', '.join('?' * len(columns))})")
        self.cursor.executemany(sql, rows)

    def close(self) -> None:
        try:
            self.cursor.execute(f"PRAGMA cache_size={self._old_cache}")
        finally:
            self.cursor.close()

    def after_commit(self, db: Database) -> None:
        # The bulk transaction left a WAL as big as the data; fold it in and shrink the file.
        raw = db.engine.raw_connection()
        try:
            raw.driver_connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            raw.close()


_CUSTOMER = models.Customer.__table__
_PURCHASE = models.Purchase.__table__
_LINE = models.PurchaseLine.__table__
_EVENT = models.ServiceEvent.__table__
_CONSENT = models.Consent.__table__
_TABLES = (_CUSTOMER, _PURCHASE, _LINE, _EVENT, _CONSENT)

CUSTOMER_COLUMNS = ("id", "version", "first_name", "last_name", "mobile", "email", "street",
                    "postal_code", "city", "country", "company_name", "org_number", "invoice_email",
                    "notes", "search_doc", "sort_key", "created_at", "updated_at", "last_activity_at")
PURCHASE_COLUMNS = ("id", "number", "customer_id", "purchased_at", "description", "total_minor",
                    "currency", "status", "status_changed_at", "due_date", "staff_id", "version", "document_kind")
LINE_COLUMNS = ("id", "purchase_id", "position", "description", "quantity", "unit_price_minor")
EVENT_COLUMNS = ("id", "customer_id", "purchase_id", "kind", "status", "description", "opened_at",
                 "closed_at", "staff_id")
CONSENT_COLUMNS = ("id", "customer_id", "purpose", "given_at", "withdrawn_at", "source", "staff_id")


def _start_ids(conn: Connection) -> dict[str, int]:
    def top(column) -> int:
        return conn.scalar(select(func.coalesce(func.max(column), 0)))

    return {"customer": max(top(_CUSTOMER.c.id), top(models.ErasureLedger.customer_id)),  # numbers never reused
            "purchase": top(_PURCHASE.c.id),
            "number": top(_PURCHASE.c.number), "line": top(_LINE.c.id), "event": top(_EVENT.c.id),
            "consent": top(_CONSENT.c.id)}


def _owner_id(conn: Connection) -> int | None:
    return conn.scalar(select(models.Staff.id).where(models.Staff.role == StaffRole.OWNER.value)
                       .order_by(models.Staff.id).limit(1))



# ----------------------------------------------------------------------------------------------
# The generator proper: one batch of customers with everything that belongs to them.


class _Maker:
    def __init__(self, rng: random.Random, pools: Pools, shop: ShopInfo, writer: _Writer,
                 ids: dict[str, int], now: int, owner_id: int | None, profile=None) -> None:
        self.rng, self.pools, self.shop, self.w = rng, pools, shop, writer
        self.ids = dict(ids)
        self.now = now
        self.span = YEARS_OF_HISTORY * 365 * _DAY - _DAY
        self.mean_tenure = self.span / (1 + TENURE_SKEW)
        self.owner_id = owner_id
        lang = LANGUAGE[shop.country]
        li = LANG_INDEX[lang]
        scale = PRICE_SCALE.get(shop.currency, 1.0)
        configured = profile is not None and profile.configured
        keys = tuple(p.key for p in profile.purposes) if profile is not None else ()
        self.trades = trades(keys, shop.shows("company_name"), configured)
        self.items = {cat: [(names[li], lo * scale, hi * scale, most)
                            for c, names, lo, hi, most in ITEMS if c == cat] for cat in self.trades}
        self.with_consents = makes_consents(profile.marketing_basis if profile is not None else None, configured)
        self.cents = shop.currency == "EUR"
        self.notes = NOTES[lang]
        self.purposes = PURPOSES
        self.event_text = EVENT_TEXT[lang]
        self.purchase_notes = PURCHASE_NOTES[lang]
        self.invoice_boxes = INVOICE_BOXES[lang]
        self.others = tuple(c for c in NORDIC if c != shop.country)
        keeps = shop.shows
        self.keep_address = keeps("street") or keeps("postal_code") or keeps("city")
        self.keep = {f: keeps(f) for f in ("street", "postal_code", "city", "country", "company_name",
                                           "org_number", "invoice_email")}

    # -- customers -----------------------------------------------------------------------------

    def batch(self, count: int) -> int:
        customers: list[tuple] = []
        purchases: list[tuple] = []
        lines: list[tuple] = []
        events: list[tuple] = []
        consents: list[tuple] = []
        for _ in range(count):
            self.customer(customers, purchases, lines, events, consents)
        self.w.write(_CUSTOMER, CUSTOMER_COLUMNS, customers)
        self.w.write(_PURCHASE, PURCHASE_COLUMNS, purchases)
        self.w.write(_LINE, LINE_COLUMNS, lines)
        self.w.write(_EVENT, EVENT_COLUMNS, events)
        self.w.write(_CONSENT, CONSENT_COLUMNS, consents)
        return len(purchases)

    def customer(self, customers, purchases, lines, events, consents) -> None:
        rng = self.rng
        r = rng.random
        country = self.shop.country
        if self.keep["country"] and r() < OTHER_COUNTRY_SHARE:
            country = self.others[int(r() * len(self.others))]
        pool = self.pools.countries[country]
        company = org = invoice = None
        is_company = self.keep["company_name"] and r() < COMPANY_SHARE
        first = last = None
        if is_company:
            c = pool.companies[int(r() * len(pool.companies))]
            company = c.name
            if self.keep["org_number"] and r() < 0.9:
                org = org_number(rng, country)
            if self.keep["invoice_email"] and r() < 0.85:
                local = self.invoice_boxes[int(r() * len(self.invoice_boxes))]
                invoice = f"{local}@{c.slug}.{self._domain()}"
            if r() < 0.6:  # a contact person
                first = pool.first_names[int(r() * len(pool.first_names))]
                last = pool.last_names[int(r() * len(pool.last_names))]
        else:
            first = pool.first_names[int(r() * len(pool.first_names))]
            last = pool.last_names[int(r() * len(pool.last_names))]
            if r() < 0.04:  # double surname
                other = pool.last_names[int(r() * len(pool.last_names))]
                if other.text != last.text:
                    last = Name(f"{last.text}-{other.text}", last.ascii + other.ascii)
        mobile = self._mobile(country) if r() < (0.8 if is_company else 0.93) else None
        email = self._email(first, last) if first is not None and r() < EMAIL_SHARE else None
        street = postal = city = None
        if self.keep_address and r() < (0.95 if is_company else 0.6):
            town, first_code, span = pool.towns[_weighted(rng, pool.town_weights)]
            if self.keep["city"]:
                city = town
            if self.keep["postal_code"]:
                code = f"{first_code + int(r() * span):0{POSTAL_DIGITS[country]}d}"
                postal = f"{code[:3]} {code[3:]}" if country == "SE" else code
            if self.keep["street"]:
                number = 1 + int(r() ** 2 * 140)
                letter = "ABC"[int(r() * 3)] if r() < 0.1 else ""
                street = f"{pool.streets[int(r() * len(pool.streets))]} {number}{letter}"
        notes = self.notes[int(r() * len(self.notes))] if r() < 0.08 else None

        values = {"first_name": first.text if first else None, "last_name": last.text if last else None,
                  "mobile": mobile, "email": email, "street": street, "postal_code": postal, "city": city,
                  "country": country, "company_name": company, "org_number": org,
                  "invoice_email": invoice, "notes": notes}
        derived = derived_columns(values)

        self.ids["customer"] += 1
        cid = self.ids["customer"]
        # Older customers outnumber new ones (the shop has been around); mean tenure is span/2.6.
        created = _opening_time(rng, self.now - _DAY - int(r() ** TENURE_SKEW * self.span))
        last_activity = self.purchases(cid, created, is_company, purchases, lines, events)
        if (email or mobile) and r() < 0.35:
            self.consents(cid, created, email is not None, mobile is not None, consents)
        ts = self.w.ts
        customers.append((cid, 1, values["first_name"], values["last_name"], mobile, email, street, postal,
                          city, country, company, org, invoice, notes, derived["search_doc"],
                          derived["sort_key"], ts(created), ts(created), ts(last_activity)))

    def _mobile(self, country: str) -> str:
        prefixes, digits = MOBILE_PREFIXES[country]
        r = self.rng.random
        return prefixes[int(r() * len(prefixes))] + f"{int(r() * 10 ** digits):0{digits}d}"

    def _domain(self) -> str:
        return EMAIL_DOMAINS[int(self.rng.random() * len(EMAIL_DOMAINS))]

    def _email(self, first: Name, last: Name | None) -> str:
        r = self.rng.random
        f, l = first.ascii, (last.ascii if last else "")
        yy = f"{int(r() * 100):02d}"
        kind = int(r() * 6) if l else 4
        local = (f"{f}.{l}", f"{f}{l}", f"{f[0]}{l}", f"{f}.{l}{yy}", f"{f}{yy}", f"{l}.{f}")[kind]
        return f"{local[:64]}@{self._domain()}"

    # -- purchases -----------------------------------------------------------------------------

    def purchases(self, cid: int, created: int, is_company: bool, purchases, lines, events) -> int:
        rng = self.rng
        r = rng.random
        w = self.w
        ts = w.ts
        now = self.now
        # Customers are registered at their first purchase (a few never bought anything); more
        # follow in proportion to how long they have been customers: about 10 on average,
        # median 4, a tail of regulars with dozens. Companies buy more often.
        if r() < 0.05:
            return created
        mean = (PER_COMPANY if is_company else PER_PERSON) * (now - created) / self.mean_tenure
        count = 1 + min(MAX_PURCHASES, int(rng.expovariate(1 / mean)))
        times = [created]
        times += sorted(self._past(created, created + int(r() * (now - created))) for _ in range(count - 1))
        lean_build = 0.8 if is_company else 0.1
        currency = self.shop.currency
        ids = self.ids
        for when in times:
            ids["purchase"] += 1
            ids["number"] += 1
            pid = ids["purchase"]
            cat = "build" if r() < lean_build else "clean"
            if cat not in self.items:  # the shop has one trade: the draw above keeps the seed's sequence
                cat = self.trades[0]
            pool = self.items[cat]
            n_lines = 1 if r() < 0.5 else (2 if r() < 0.6 else 3 + int(r() ** 2 * 5))
            total = 0
            for pos in range(n_lines):
                name, lo, hi, most = pool[int(r() * len(pool))]
                qty = 1 if most == 1 or r() < 0.55 else 1 + int(r() ** 2 * most)
                price = lo + r() * (hi - lo)
                minor = int(price * 2) * 50 if self.cents else int(price) * 100
                total += qty * minor
                ids["line"] += 1
                lines.append((ids["line"], pid, pos, name, qty, minor))
            age = now - when
            x = r()
            if age < 2 * _DAY:  # still in the shop
                status = RECEIVED if x < 0.6 else READY if x < 0.8 else _done(cat)
            elif age < 14 * _DAY:
                status = (READY if cat == "clean" else RECEIVED) if x < 0.15 else _done(cat)
            elif age < 120 * _DAY and cat == "clean" and x < 0.004:
                status = READY  # never collected
            else:
                status = RETURNED if x < 0.03 else CANCELLED if x < 0.05 else _done(cat)
            changed = when
            if status is not RECEIVED:
                target = when + int((0.5 + r() * (3 if cat == "clean" else 10)) * _DAY)
                if target > now:  # that step is still to come
                    status = READY if status is not READY and cat == "clean" else RECEIVED
                    target = now
                if status is not RECEIVED:
                    changed = self._past(when, target)
            due = w.day(when + (3 + int(r() * 5)) * _DAY) if cat == "clean" or r() < 0.3 else None
            description = self.purchase_notes[int(r() * len(self.purchase_notes))] if r() < 0.06 else None
            staff = self.owner_id if r() < 0.6 else None
            purchases.append((pid, ids["number"], cid, ts(when), description, total, currency, status.value,
                              ts(changed), due, staff, 1, "invoice" if is_company else "receipt"))
            if status is RETURNED:
                self.event(cid, pid, ServiceEventKind.RETURN, changed, events)
            elif status is PICKED_UP or status is DELIVERED:
                x = r()
                if x < 0.012:
                    self.event(cid, pid, ServiceEventKind.COMPLAINT, changed, events)
                elif x < 0.018:
                    self.event(cid, pid, ServiceEventKind.REPAIR, changed, events)
        return times[-1]

    def _past(self, earliest: int, seconds: int) -> int:
        """Opening hours on that day (the day before if still to come), not before ``earliest``."""
        when = _opening_time(self.rng, seconds)
        if when > self.now:
            when -= _DAY
        return max(earliest, when)

    def event(self, cid: int, pid: int, kind: ServiceEventKind, after: int, events) -> None:
        r = self.rng.random
        now = self.now
        opened = min(now, after + int(r() * 10 * _DAY))
        texts = self.event_text[kind.value]
        closed = opened + int((0.2 + r() * 14) * _DAY)
        if closed > now:
            status, closed_ts = ServiceEventStatus.OPEN, None
        else:
            status = ServiceEventStatus.REJECTED if r() < 0.1 else ServiceEventStatus.RESOLVED
            closed_ts = self.w.ts(closed)
        self.ids["event"] += 1
        events.append((self.ids["event"], cid, pid, kind.value, status.value, texts[int(r() * len(texts))],
                       self.w.ts(opened), closed_ts, self.owner_id))

    def consents(self, cid: int, created: int, has_email: bool, has_mobile: bool, consents) -> None:
        if not self.with_consents:
            return
        r = self.rng.random
        now = self.now
        for purpose, ok in zip(self.purposes, (has_email, has_mobile)):
            if not ok or r() < 0.4:
                continue
            given = created + int(r() * 0.5 * (now - created))
            withdrawn = given + int(r() * (now - given)) if r() < 0.15 else None
            source = CONSENT_SOURCES[int(r() * len(CONSENT_SOURCES))]
            staff = self.owner_id if source == ConsentSource.COUNTER.value else None
            self.ids["consent"] += 1
            consents.append((self.ids["consent"], cid, purpose, self.w.ts(given),
                             None if withdrawn is None else self.w.ts(withdrawn), source, staff))


RECEIVED, READY, PICKED_UP, DELIVERED, RETURNED, CANCELLED = (
    PurchaseStatus.RECEIVED, PurchaseStatus.READY, PurchaseStatus.PICKED_UP, PurchaseStatus.DELIVERED,
    PurchaseStatus.RETURNED, PurchaseStatus.CANCELLED)


def _done(category: str) -> PurchaseStatus:
    return PICKED_UP if category == "clean" else DELIVERED


def _opening_time(rng: random.Random, seconds: int) -> int:
    """The same day, during opening hours (about 07:00-17:00 UTC, i.e. 08/09-18/19 local)."""
    return seconds - seconds % _DAY + 7 * 3600 + int(rng.random() * 10 * 3600)


def _weighted(rng: random.Random, cumulative: tuple[int, ...]) -> int:
    return min(bisect.bisect_right(cumulative, rng.random() * cumulative[-1]), len(cumulative) - 1)
