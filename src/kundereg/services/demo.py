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
import functools
import itertools
import random
import re
import time
import unicodedata
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
from ..domain.text import fold
from ..domain.access import Permission
from .access import StaffSession, require
from .audit import AuditAction, record
from .shop import ShopInfo, get_shop

BATCH_CUSTOMERS = 2000
YEARS_OF_HISTORY = 6
FAKER_LOCALES = {"NO": "no_NO", "SE": "sv_SE", "FI": "fi_FI", "DK": "da_DK"}  # Faker calls Bokmål no_NO
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
    now = now or utcnow()
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware (UTC)")
    if customers == 0:
        return DemoStats(0, 0, time.perf_counter() - started)
    rng = random.Random(seed)
    pools = _Pools.build(seed)
    purchases = 0
    with db.transaction() as session:
        conn = session.connection()
        writer = _writer_for(conn)
        try:
            maker = _Maker(rng, pools, shop, writer, _start_ids(conn), int(now.timestamp()),
                           _owner_id(conn))
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
# Pools: everything slow (Faker, folding) happens here, a few thousand times per locale.


@dataclass(frozen=True, slots=True)
class _Name:
    text: str
    ascii: str  # folded, letters and digits only: for email addresses


@dataclass(frozen=True, slots=True)
class _Company:
    name: str
    slug: str  # for the invoice address' domain


@dataclass(frozen=True, slots=True)
class _CountryPool:
    first_names: tuple[_Name, ...]
    last_names: tuple[_Name, ...]
    streets: tuple[str, ...]
    companies: tuple[_Company, ...]
    towns: tuple[tuple[str, int, int], ...]  # city, first postal code, how many codes
    town_weights: tuple[int, ...]  # cumulative


@dataclass(frozen=True, slots=True)
class _Pools:
    countries: dict[str, _CountryPool]

    @classmethod
    @functools.lru_cache(maxsize=2)  # immutable; a second run in the same process reuses them
    def build(cls, seed: int, size: int = 1500) -> _Pools:
        from faker import Faker

        pools = {}
        for country, locale in FAKER_LOCALES.items():
            fake = Faker(locale)
            fake.seed_instance(seed)
            firsts = _unique_names(fake.first_name, size)
            lasts = _unique_names(fake.last_name, size)
            streets = tuple(dict.fromkeys(_nfc(fake.street_name()) for _ in range(size // 2)))
            companies = []
            for name in dict.fromkeys(_nfc(fake.company()) for _ in range(size // 4)):
                slug = re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:40].strip("-")
                if slug:
                    companies.append(_Company(name, slug))
            towns = _TOWNS[country]
            pools[country] = _CountryPool(firsts, lasts, streets, tuple(companies),
                                          tuple(t[:3] for t in towns),
                                          tuple(itertools.accumulate(t[3] for t in towns)))
        return cls(pools)


def _nfc(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def _unique_names(make: Callable[[], str], size: int) -> tuple[_Name, ...]:
    # Drawing with repetition keeps Faker's frequencies (Hansen is common, Øvergård is not).
    out = []
    for _ in range(size):
        name = _nfc(make())
        key = re.sub(r"[^a-z0-9]", "", fold(name))
        if key:
            out.append(_Name(name, key))
    return tuple(out)


# Real towns with a first postal code and a span of codes in use there, weighted by size.
_TOWNS: dict[str, tuple[tuple[str, int, int, int], ...]] = {
    "NO": (("Oslo", 150, 850, 40), ("Bergen", 5003, 150, 15), ("Trondheim", 7010, 90, 12),
           ("Stavanger", 4005, 60, 8), ("Kristiansand", 4608, 70, 6), ("Drammen", 3011, 40, 5),
           ("Fredrikstad", 1601, 30, 5), ("Tromsø", 9006, 40, 4), ("Sandnes", 4306, 20, 4),
           ("Ålesund", 6002, 20, 3), ("Bodø", 8006, 20, 3), ("Tønsberg", 3110, 15, 3),
           ("Gjøvik", 2815, 10, 2), ("Hamar", 2315, 10, 2), ("Lillehammer", 2609, 10, 2),
           ("Moss", 1530, 10, 2), ("Skien", 3710, 20, 2), ("Arendal", 4836, 10, 2),
           ("Haugesund", 5501, 20, 2), ("Molde", 6413, 10, 1)),
    "SE": (("Stockholm", 11120, 800, 40), ("Göteborg", 41101, 500, 20), ("Malmö", 21111, 500, 12),
           ("Uppsala", 75220, 300, 8), ("Västerås", 72210, 300, 5), ("Örebro", 70210, 300, 5),
           ("Linköping", 58220, 300, 5), ("Helsingborg", 25220, 300, 5), ("Jönköping", 55310, 200, 4),
           ("Norrköping", 60210, 200, 4), ("Lund", 22220, 200, 4), ("Umeå", 90325, 200, 4),
           ("Gävle", 80250, 200, 3), ("Sundsvall", 85230, 200, 2), ("Karlstad", 65220, 200, 3),
           ("Luleå", 97231, 200, 2)),
    "FI": (("Helsinki", 100, 900, 30), ("Espoo", 2100, 800, 14), ("Tampere", 33100, 700, 12),
           ("Vantaa", 1300, 600, 12), ("Oulu", 90100, 500, 10), ("Turku", 20100, 800, 9),
           ("Jyväskylä", 40100, 500, 7), ("Lahti", 15100, 800, 6), ("Kuopio", 70100, 700, 6),
           ("Pori", 28100, 400, 4), ("Joensuu", 80100, 200, 3), ("Lappeenranta", 53100, 800, 3),
           ("Vaasa", 65100, 300, 3), ("Rovaniemi", 96100, 300, 2)),
    "DK": (("København K", 1050, 424, 15), ("København Ø", 2100, 1, 8), ("København N", 2200, 1, 8),
           ("København S", 2300, 1, 6), ("Frederiksberg C", 1800, 175, 7), ("Valby", 2500, 1, 4),
           ("Aarhus C", 8000, 1, 12), ("Aarhus N", 8200, 1, 5), ("Odense C", 5000, 1, 10),
           ("Aalborg", 9000, 1, 9), ("Esbjerg", 6700, 1, 5), ("Randers C", 8900, 1, 4),
           ("Kolding", 6000, 1, 4), ("Horsens", 8700, 1, 4), ("Vejle", 7100, 1, 4),
           ("Roskilde", 4000, 1, 4), ("Herning", 7400, 1, 3), ("Silkeborg", 8600, 1, 3),
           ("Næstved", 4700, 1, 3), ("Fredericia", 7000, 1, 2), ("Viborg", 8800, 1, 2),
           ("Holbæk", 4300, 1, 2), ("Køge", 4600, 1, 2)),
}
_POSTAL_DIGITS = {"NO": 4, "DK": 4, "SE": 5, "FI": 5}

# Mobile ranges that phonenumbers accepts as valid mobiles: E.164 prefix and digits after it.
_MOBILE_PREFIXES: dict[str, tuple[tuple[str, ...], int]] = {
    "NO": (("+4740", "+4741", "+4746", "+4747", "+4748", "+4790", "+4791", "+4792", "+4793", "+4794",
            "+4795", "+4797", "+4798", "+4799"), 6),
    "SE": (("+4670", "+4672", "+4673", "+4676", "+4679"), 7),
    "FI": (("+35840", "+35841", "+35844", "+35845", "+35846", "+35850"), 7),
    "DK": (tuple(f"+45{p}{d}" for p in ("20", "21", "22", "23", "24", "25", "26", "27", "28", "29",
                                        "30", "31", "40", "41", "42", "50", "51", "52", "53", "60",
                                        "61", "71", "81", "91", "93") for d in "123456789"), 5),
}


# ----------------------------------------------------------------------------------------------
# Organisation numbers with correct check digits, written the way validation.org_number does.


def org_number(rng: random.Random, country: str) -> str:
    while True:
        if country == "NO":  # 9 digits, mod 11 with weights 3 2 7 6 5 4 3 2
            body = rng.choice("89") + f"{rng.randrange(10**7):07d}"
            check = _mod11_check(body, (3, 2, 7, 6, 5, 4, 3, 2))
            if check is not None:
                n = body + str(check)
                return f"{n[:3]} {n[3:6]} {n[6:]}"
        elif country == "SE":  # 10 digits, Luhn; 556/559 are aktiebolag, 969 handelsbolag
            body = rng.choice(("556", "556", "559", "969")) + f"{rng.randrange(10**6):06d}"
            n = body + str(_luhn_check(body))
            return f"{n[:6]}-{n[6:]}"
        elif country == "FI":  # Y-tunnus: 7 digits, mod 11 with weights 7 9 10 5 8 4 2
            body = rng.choice("0123") + f"{rng.randrange(10**6):06d}"
            check = _mod11_check(body, (7, 9, 10, 5, 8, 4, 2))
            if check is not None:
                return f"{body}-{check}"
        elif country == "DK":  # CVR: 8 digits whose weighted sum (2 7 6 5 4 3 2 1) is 0 mod 11
            body = str(rng.randrange(1, 10)) + f"{rng.randrange(10**6):06d}"
            last = -sum(w * int(c) for w, c in zip((2, 7, 6, 5, 4, 3, 2), body)) % 11
            if last < 10:
                return body + str(last)
        else:
            raise ValueError(country)


def _mod11_check(body: str, weights: tuple[int, ...]) -> int | None:
    remainder = sum(w * int(c) for w, c in zip(weights, body)) % 11
    if remainder == 1:
        return None
    return 0 if remainder == 0 else 11 - remainder


def _luhn_check(body: str) -> int:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c) * (2 if i % 2 == 0 else 1)
        total += d - 9 if d > 9 else d
    return -total % 10


# ----------------------------------------------------------------------------------------------
# Wording in the shop's language: items, notes, consents, service events.

# (category, (no, sv, da, fi), lowest and highest price in NOK/SEK, most units on one line)
_ITEMS: tuple[tuple[str, tuple[str, str, str, str], int, int, int], ...] = (
    ("clean", ("Skjorte", "Skjorta", "Skjorte", "Kauluspaita"), 49, 79, 6),
    ("clean", ("Bluse", "Blus", "Bluse", "Pusero"), 69, 99, 3),
    ("clean", ("Bukse", "Byxor", "Bukser", "Housut"), 99, 149, 3),
    ("clean", ("Kjole", "Klänning", "Kjole", "Mekko"), 229, 349, 2),
    ("clean", ("Dress, 2 deler", "Kostym", "Jakkesæt", "Puku"), 299, 449, 2),
    ("clean", ("Blazer", "Kavaj", "Blazer", "Pikkutakki"), 149, 229, 2),
    ("clean", ("Frakk", "Rock", "Frakke", "Päällystakki"), 249, 399, 1),
    ("clean", ("Dunjakke", "Dunjacka", "Dunjakke", "Untuvatakki"), 349, 499, 1),
    ("clean", ("Dyne", "Täcke", "Dyne", "Peitto"), 299, 499, 2),
    ("clean", ("Pute", "Kudde", "Hovedpude", "Tyyny"), 149, 199, 4),
    ("clean", ("Gardiner, per meter", "Gardiner, per meter", "Gardiner, pr. meter", "Verhot, metri"),
     39, 69, 12),
    ("clean", ("Teppe", "Matta", "Tæppe", "Matto"), 399, 1200, 1),
    ("clean", ("Brudekjole", "Brudklänning", "Brudekjole", "Hääpuku"), 899, 1499, 1),
    ("clean", ("Legge opp bukse", "Uppläggning av byxor", "Opsyning af bukser", "Housujen lyhennys"),
     149, 249, 2),
    ("clean", ("Bytte glidelås", "Byte av blixtlås", "Udskiftning af lynlås", "Vetoketjun vaihto"),
     199, 349, 1),
    ("build", ("Betong B30, m³", "Betong C30/37, m³", "Beton C30, m³", "Betoni C30/37, m³"), 1800, 2600, 12),
    ("build", ("Stålrørspel 6 m", "Stålrörspåle 6 m", "Stålrørspæl 6 m", "Teräsputkipaalu 6 m"),
     900, 2500, 40),
    ("build", ("Armeringsjern 12 mm, 6 m", "Armeringsjärn 12 mm, 6 m", "Armeringsjern 12 mm, 6 m",
               "Harjateräs 12 mm, 6 m"), 89, 139, 200),
    ("build", ("Armeringsnett K189", "Armeringsnät K189", "Armeringsnet K189", "Raudoitusverkko K189"),
     390, 590, 30),
    ("build", ("Sement 25 kg", "Cement 25 kg", "Cement 25 kg", "Sementti 25 kg"), 119, 169, 40),
    ("build", ("Konstruksjonsvirke 48x198, m", "Konstruktionsvirke 45x195, m", "Konstruktionstræ 45x195, m",
               "Rakennepuu 48x198, m"), 45, 89, 200),
    ("build", ("Kryssfinér 18 mm", "Plywood 18 mm", "Krydsfiner 18 mm", "Vaneri 18 mm"), 399, 649, 30),
    ("build", ("Forskalingsplate", "Formplywood", "Forskallingsplade", "Muottivaneri"), 450, 700, 40),
    ("build", ("Pukk 8-16 mm, tonn", "Makadam 8-16 mm, ton", "Skærver 8-16 mm, ton", "Sepeli 8-16 mm, tonni"),
     290, 450, 25),
    ("build", ("Isolasjon 200 mm, pakke", "Isolering 195 mm, paket", "Isolering 195 mm, pakke",
               "Eriste 200 mm, paketti"), 499, 799, 40),
    ("build", ("Treskruer 5x80, 250 stk", "Träskruv 5x80, 250 st", "Træskruer 5x80, 250 stk",
               "Puuruuvi 5x80, 250 kpl"), 189, 289, 10),
    ("build", ("Levering med kranbil", "Leverans med kranbil", "Levering med kranvogn", "Nosturiautotoimitus"),
     1200, 2500, 1),
)
_LANG_INDEX = {"no": 0, "sv": 1, "da": 2, "fi": 3}
_PRICE_SCALE = {"NOK": 1.0, "SEK": 1.0, "DKK": 0.7, "EUR": 0.1}

_NOTES = {
    "no": ("Ønsker SMS når tøyet er klart.", "Fast kunde.", "Allergisk mot parfyme: bruk uparfymert.",
           "Betaler med faktura, 30 dager.", "Leveres til byggeplass, ring før levering.",
           "Henter ofte etter stengetid, avtal på telefon.", "Ikke stivelse i skjortene.",
           "Kontaktperson på anlegget:\nring formann før lossing."),
    "sv": ("Vill ha sms när kläderna är klara.", "Stamkund.", "Allergisk mot parfym: använd oparfymerat.",
           "Betalar mot faktura, 30 dagar.", "Leverans till byggarbetsplats, ring innan.",
           "Hämtar ofta efter stängning, ring först.", "Ingen stärkelse i skjortorna.",
           "Kontaktperson på bygget:\nring arbetsledaren före lossning."),
    "da": ("Ønsker sms, når tøjet er klar.", "Fast kunde.", "Allergisk over for parfume: brug uparfumeret.",
           "Betaler på faktura, 30 dage.", "Leveres til byggeplads, ring før levering.",
           "Henter ofte efter lukketid, aftal pr. telefon.", "Ingen stivelse i skjorterne.",
           "Kontaktperson på pladsen:\nring til formanden før aflæsning."),
    "fi": ("Haluaa tekstiviestin, kun vaatteet ovat valmiita.", "Kanta-asiakas.",
           "Allerginen hajusteille: käytä hajusteettomia.", "Maksaa laskulla, 30 päivää.",
           "Toimitus työmaalle, soita ennen toimitusta.", "Noutaa usein sulkemisajan jälkeen, sovi puhelimitse.",
           "Ei tärkkiä kauluspaitoihin.", "Yhteyshenkilö työmaalla:\nsoita työnjohtajalle ennen purkua."),
}
_PURPOSES = {  # (email purpose, SMS purpose)
    "no": ("Nyhetsbrev på e-post", "Tilbud på SMS"), "sv": ("Nyhetsbrev via e-post", "Erbjudanden via sms"),
    "da": ("Nyhedsbrev på e-mail", "Tilbud på sms"), "fi": ("Uutiskirje sähköpostitse", "Tarjoukset tekstiviestillä"),
}
_EVENT_TEXT = {
    "no": {"return": ("Kunden returnerte varen.", "Feil vare levert, tatt i retur."),
           "complaint": ("Flekken er ikke borte etter rens.", "Knapp mangler etter rens.", "Plagget har krympet.",
                         "For lite levert i forhold til ordren.", "Skadet emballasje ved levering."),
           "repair": ("Sy fast fôret.", "Reparere sømmen i ryggen.", "Bytte knapper.")},
    "sv": {"return": ("Kunden returnerade varan.", "Fel vara levererad, returnerad."),
           "complaint": ("Fläcken är kvar efter tvätt.", "Knapp saknas efter tvätt.", "Plagget har krympt.",
                         "För lite levererat jämfört med ordern.", "Skadat emballage vid leverans."),
           "repair": ("Sy fast fodret.", "Laga sömmen i ryggen.", "Byta knappar.")},
    "da": {"return": ("Kunden returnerede varen.", "Forkert vare leveret, taget retur."),
           "complaint": ("Pletten er der stadig efter rens.", "Knap mangler efter rens.", "Tøjet er krympet.",
                         "For lidt leveret i forhold til ordren.", "Beskadiget emballage ved levering."),
           "repair": ("Sy foret fast.", "Reparere sømmen i ryggen.", "Skifte knapper.")},
    "fi": {"return": ("Asiakas palautti tuotteen.", "Väärä tuote toimitettu, palautettu."),
           "complaint": ("Tahra ei lähtenyt pesussa.", "Nappi puuttuu pesun jälkeen.", "Vaate on kutistunut.",
                         "Toimitettu vähemmän kuin tilattiin.", "Pakkaus vaurioitunut toimituksessa."),
           "repair": ("Vuorin ompelu kiinni.", "Selkäsauman korjaus.", "Nappien vaihto.")},
}
_PURCHASE_NOTES = {
    "no": ("Haster", "Henter fredag", "Levering neste uke", "Rabatt 10 %"),
    "sv": ("Brådskande", "Hämtas fredag", "Leverans nästa vecka", "Rabatt 10 %"),
    "da": ("Haster", "Hentes fredag", "Levering næste uge", "Rabat 10 %"),
    "fi": ("Kiireellinen", "Noudetaan perjantaina", "Toimitus ensi viikolla", "Alennus 10 %"),
}
_INVOICE_BOXES = {"no": ("faktura", "regnskap", "post"), "sv": ("faktura", "ekonomi", "info"),
                  "da": ("faktura", "bogholderi", "kontakt"), "fi": ("laskutus", "kirjanpito", "info")}
_CONSENT_SOURCES = (ConsentSource.COUNTER.value,) * 10 + (ConsentSource.WEB.value,) * 5 + (
    ConsentSource.EMAIL.value,) * 2 + (ConsentSource.PHONE.value,) * 2 + (ConsentSource.LETTER.value,)


# ----------------------------------------------------------------------------------------------
# The generator proper: one batch of customers with everything that belongs to them.


class _Maker:
    def __init__(self, rng: random.Random, pools: _Pools, shop: ShopInfo, writer: _Writer,
                 ids: dict[str, int], now: int, owner_id: int | None) -> None:
        self.rng, self.pools, self.shop, self.w = rng, pools, shop, writer
        self.ids = dict(ids)
        self.now = now
        self.span = YEARS_OF_HISTORY * 365 * _DAY - _DAY
        self.mean_tenure = self.span / (1 + TENURE_SKEW)
        self.owner_id = owner_id
        lang = LANGUAGE[shop.country]
        li = _LANG_INDEX[lang]
        scale = _PRICE_SCALE.get(shop.currency, 1.0)
        self.items = {cat: [(names[li], lo * scale, hi * scale, most)
                            for c, names, lo, hi, most in _ITEMS if c == cat] for cat in ("clean", "build")}
        self.cents = shop.currency == "EUR"
        self.notes = _NOTES[lang]
        self.purposes = _PURPOSES[lang]
        self.event_text = _EVENT_TEXT[lang]
        self.purchase_notes = _PURCHASE_NOTES[lang]
        self.invoice_boxes = _INVOICE_BOXES[lang]
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
                    last = _Name(f"{last.text}-{other.text}", last.ascii + other.ascii)
        mobile = self._mobile(country) if r() < (0.8 if is_company else 0.93) else None
        email = self._email(first, last) if first is not None and r() < EMAIL_SHARE else None
        street = postal = city = None
        if self.keep_address and r() < (0.95 if is_company else 0.6):
            town, first_code, span = pool.towns[_weighted(rng, pool.town_weights)]
            if self.keep["city"]:
                city = town
            if self.keep["postal_code"]:
                code = f"{first_code + int(r() * span):0{_POSTAL_DIGITS[country]}d}"
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
        prefixes, digits = _MOBILE_PREFIXES[country]
        r = self.rng.random
        return prefixes[int(r() * len(prefixes))] + f"{int(r() * 10 ** digits):0{digits}d}"

    def _domain(self) -> str:
        return EMAIL_DOMAINS[int(self.rng.random() * len(EMAIL_DOMAINS))]

    def _email(self, first: _Name, last: _Name | None) -> str:
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
        r = self.rng.random
        now = self.now
        for purpose, ok in zip(self.purposes, (has_email, has_mobile)):
            if not ok or r() < 0.4:
                continue
            given = created + int(r() * 0.5 * (now - created))
            withdrawn = given + int(r() * (now - given)) if r() < 0.15 else None
            source = _CONSENT_SOURCES[int(r() * len(_CONSENT_SOURCES))]
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
