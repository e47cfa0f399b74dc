"""The import use case: open a file, dry-run it, apply it in one transaction.

The dry run and the apply are the same pass over the file (``_Pass``): the dry run writes
nothing, the apply writes as it goes inside one transaction and commits only at the end, so
a cancel, an error or a killed process leaves the register as it was. The audit row holds
counts, the id range and the file's SHA-256, never a value from the file.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import timezone
from pathlib import Path

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from ...db import models
from ...db.database import Database
from ...db.types import utcnow
from ...domain.access import Permission
from ...domain.customer_keys import match_keys
from ...domain.customer_rules import derived_columns
from ...domain.errors import KunderegError, StateError
from ...domain.records import CUSTOMER_FIELDS
from ...domain.retention import DocumentKind
from ..access import StaffSession, require
from ..audit import AuditAction, record as audit
from ..customers import is_marketing_purpose, next_customer_id
from ..files import write_atomically
from .mapping import ColumnMap, MappingFile, auto_map, guess_source
from .purchases import auto_map_purchases, convert_purchase, missing_purchase_columns
from .reading import ImportFileError, SourceFile, open_source, read_rows
from .rows import CellError, ImportedRow, RowError, convert_row, is_blank, is_summary

Progress = Callable[[int, int], bool]
BATCH = 1000
PROGRESS_EVERY = 500
PREVIEW_ROWS = 5
CACHE_KIB = 128 * 1024


class ImportCancelled(KunderegError):
    message_id = "The import was cancelled; nothing was changed."


@dataclass(frozen=True, slots=True)
class ImportSource:
    """An opened file: how to read it, its header, the automatic mapping and the first rows.

    ``preview`` holds the file's own cells, for the person running the import to look at; it
    is never logged or audited."""

    file: SourceFile
    header_row: int
    headers: tuple[str, ...]
    columns: ColumnMap
    preview: tuple[tuple[str, ...], ...]
    source_kind: str
    consent_source: str = "counter"

    @property
    def name(self) -> str:
        return self.file.path.name


@dataclass(frozen=True, slots=True)
class RefusedRow:
    """A row left out, with where and why; ``file`` is "customers" or "purchases"."""

    file: str
    row: int
    column: str | None
    reason: KunderegError

    @property
    def message(self) -> str:
        return RowError(self.row, self.column, self.reason).message


@dataclass(frozen=True, slots=True)
class ImportReport:
    file_name: str
    sha256: str
    source_kind: str
    rows: int                          # data rows read (blank lines and summary rows not counted)
    added: int
    merged: int
    refused: tuple[RefusedRow, ...]
    summary_rows: tuple[int, ...]      # "Sum ..." lines the export put in, skipped
    merges: tuple[tuple[int, int], ...]  # (row, customer id it merges into; new ids for rows of this file)
    consents: int
    consents_skipped: int              # the person objected to marketing, or already consented
    purchases: int
    applied: bool
    first_id: int | None = None
    last_id: int | None = None

    @property
    def refused_count(self) -> int:
        return len(self.refused)


class ImportService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def open(self, staff: StaffSession | None, path: str | Path, mapping: MappingFile | None = None,
             sheet: str | None = None) -> ImportSource:
        require(staff, Permission.IMPORT)
        mapping = mapping or MappingFile()
        file = open_source(Path(path), sheet=sheet or mapping.sheet, encoding=mapping.encoding,
                           delimiter=mapping.delimiter)
        rows = read_rows(file)
        header_row, headers = _header(rows, file)
        preview = []
        for _, cells in rows:
            if not is_blank(cells):
                preview.append(tuple(cells))
            if len(preview) >= PREVIEW_ROWS:
                break
        rows.close()
        return ImportSource(file, header_row, headers, auto_map(headers, mapping), tuple(preview),
                            guess_source(headers, file.kind, mapping), mapping.consent_source)

    def open_purchases(self, staff: StaffSession | None, path: str | Path, sheet: str | None = None) -> ImportSource:
        require(staff, Permission.IMPORT)
        file = open_source(Path(path), sheet=sheet)
        rows = read_rows(file)
        header_row, headers = _header(rows, file)
        rows.close()
        columns = auto_map_purchases(list(headers))
        missing = missing_purchase_columns(columns)
        if missing:
            raise ImportFileError("The purchase file {name} has no column for {what}.", name=file.path.name,
                                  what=", ".join(missing))
        return ImportSource(file, header_row, headers, columns, (), "purchases")

    def dry_run(self, staff: StaffSession | None, source: ImportSource, columns: ColumnMap | None = None,
                purchases: ImportSource | None = None, progress: Progress | None = None) -> ImportReport:
        """What applying would do; nothing is written."""
        require(staff, Permission.IMPORT)
        with self._db.read() as session:
            return _Pass(session, source, columns or source.columns, purchases, progress, write=False).run()

    def apply(self, staff: StaffSession | None, source: ImportSource, columns: ColumnMap | None = None,
              purchases: ImportSource | None = None, progress: Progress | None = None) -> ImportReport:
        """Import every valid row in one transaction; refused rows are left out (see the report)."""
        actor = require(staff, Permission.IMPORT)
        _check_unchanged(source)
        if purchases is not None:
            _check_unchanged(purchases)
        with self._db.transaction() as session:
            report = _Pass(session, source, columns or source.columns, purchases, progress, write=True).run()
            audit(session, AuditAction.CUSTOMERS_IMPORTED, staff_id=actor.staff_id, sha256=report.sha256,
                  source=report.source_kind, added=report.added, merged=report.merged,
                  refused=report.refused_count, consents=report.consents, purchases=report.purchases,
                  first_id=report.first_id, last_id=report.last_id,
                  purchases_sha256=purchases.file.sha256 if purchases is not None else None)
        if self._db.engine.dialect.name == "sqlite":
            # A big import leaves a WAL as big as the data: fold it into the file and truncate it.
            with self._db.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        return report

    def write_refused(self, staff: StaffSession | None, source: ImportSource, report: ImportReport,
                      out: str | Path) -> int:
        """The refused rows as CSV (header, the rows as they were, and a reason column) to fix and
        import again. Cells that a spreadsheet would run get an apostrophe in front."""
        require(staff, Permission.IMPORT)
        wanted = {r.row: r for r in report.refused if r.file == "customers"}
        out = Path(out)

        def write(handle) -> None:
            writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
            writer.writerow([safe_cell(h) for h in source.headers] + ["kundereg"])
            for number, cells in read_rows(source.file):
                if number in wanted:
                    writer.writerow([safe_cell(c) for c in cells] + [safe_cell(wanted[number].message)])

        write_atomically(out, lambda tmp: _write_text(tmp, write))
        return len(wanted)


def safe_cell(value: str) -> str:
    """OWASP's advice for CSV that Excel opens: a leading = + - @ tab or CR is made text."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _write_text(path: Path, write) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:  # the BOM makes Excel read UTF-8
        write(handle)


def _check_unchanged(source: ImportSource) -> None:
    from .reading import sha256_of

    try:
        digest = sha256_of(source.file.path)
    except OSError:
        raise ImportFileError("The file {name} cannot be opened.", name=source.name) from None
    if digest != source.file.sha256:
        raise StateError("The file {name} changed since it was checked; check it again before importing.",
                         name=source.name)


def _header(rows: Iterator[tuple[int, list[str]]], file: SourceFile) -> tuple[int, tuple[str, ...]]:
    for number, cells in rows:
        if not is_blank(cells):
            headers = tuple(c.strip() for c in cells)
            while headers and not headers[-1]:
                headers = headers[:-1]
            if len(headers) < 1:
                break
            return number, headers
    raise ImportFileError("The file {name} has no header row.", name=file.path.name)


@dataclass
class _Pass:
    session: Session
    source: ImportSource
    columns: ColumnMap
    purchases: ImportSource | None
    progress: Progress | None
    write: bool
    index: dict[tuple[str, str], int] = field(default_factory=dict)
    restricted: set[int] = field(default_factory=set)
    objected: set[int] = field(default_factory=set)
    new_ids: set[int] = field(default_factory=set)
    by_number: dict[str, int] = field(default_factory=dict)
    buffer: list[tuple] = field(default_factory=list)
    consent_buffer: list[tuple[int, str, object]] = field(default_factory=list)
    cursor: object = None

    def run(self) -> ImportReport:
        try:
            return self._run()
        finally:
            if self.cursor is not None:
                self.cursor.execute(f"PRAGMA cache_size={self.old_cache}")
                self.cursor.close()

    def _run(self) -> ImportReport:
        if not any(t is not None for t in self.columns.targets):
            raise ImportFileError("No column of {name} is mapped to a customer field.", name=self.source.name)
        shop = get_shop_in(self.session)
        self.country, self.currency = shop.country, shop.currency
        self.now = utcnow()
        self.today = self.now.date()
        self._load_existing()
        self.next_id = _next_id(self.session)
        if self.write:
            self._prepare_writes()
        first_id = self.next_id
        refused: list[RefusedRow] = []
        summary: list[int] = []
        merges: list[tuple[int, int]] = []
        rows = added = consents = self.consents_skipped = 0
        total = _estimate(self.source)
        for number, cells in read_rows(self.source.file):
            if number <= self.source.header_row or is_blank(cells):
                continue
            if is_summary(cells):
                summary.append(number)
                continue
            rows += 1
            if rows % PROGRESS_EVERY == 0:
                self._tick(rows, total)
            try:
                item = convert_row(number, cells, self.columns, self.country, self.today)
                keys = match_keys(item.values)
                target = self._target(item, keys)
            except RowError as exc:
                refused.append(RefusedRow("customers", exc.row, exc.column, exc.reason))
                continue
            if target is None:
                target = self.next_id
                self.next_id += 1
                self._add(target, item)
                added += 1
            else:
                merges.append((number, target))
                self._merge(target, item)
            for key in keys:
                self.index.setdefault(key, target)
            if item.customer_number is not None:
                self.by_number[item.customer_number] = target
            consents += self._consents(target, item)
        self._flush()
        purchase_count = self._purchases(refused) if self.purchases is not None else 0
        self._tick(rows, rows)
        return ImportReport(
            file_name=self.source.name, sha256=self.source.file.sha256, source_kind=self.source.source_kind,
            rows=rows, added=added, merged=len(merges), refused=tuple(refused), summary_rows=tuple(summary),
            merges=tuple(merges), consents=consents, consents_skipped=self.consents_skipped,
            purchases=purchase_count, applied=self.write, first_id=first_id if added else None,
            last_id=self.next_id - 1 if added else None)

    def _tick(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, max(total, done)) is False:
            raise ImportCancelled()

    def _load_existing(self) -> None:
        C = models.Customer
        for row in self.session.execute(select(C.id, C.org_number, C.mobile, C.email, C.first_name, C.last_name,
                                               C.company_name, C.street, C.postal_code, C.restricted_at,
                                               C.marketing_objection_at).order_by(C.id)):
            for key in match_keys(row._mapping):
                self.index.setdefault(key, row.id)
            if row.restricted_at is not None:
                self.restricted.add(row.id)
            if row.marketing_objection_at is not None:
                self.objected.add(row.id)

    def _target(self, item: ImportedRow, keys: list[tuple[str, str]]) -> int | None:
        found = {self.index[key] for key in keys if key in self.index}
        if item.customer_number is not None and item.customer_number in self.by_number:
            found.add(self.by_number[item.customer_number])
        if len(found) > 1:
            a, b = sorted(found)[:2]
            raise RowError(item.row, None, CellError(
                "matches two customers ({a} and {b}); merge those first (Find duplicates), then import again.",
                a=a, b=b))
        if not found:
            return None
        target = found.pop()
        if target in self.restricted:
            raise RowError(item.row, None, CellError(
                "matches customer {id}, who is restricted (GDPR Art. 18); the record cannot be changed.",
                id=target))
        return target

    # -- writing (only when self.write) ---------------------------------------------------------

    def _add(self, customer_id: int, item: ImportedRow) -> None:
        self.new_ids.add(customer_id)
        if not self.write:
            return
        values = item.values
        derived = derived_columns(values)
        self.buffer.append((*(values.get(f) for f in CUSTOMER_FIELDS), derived["search_doc"], derived["sort_key"],
                            customer_id, *self.stamps))
        if len(self.buffer) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if not self.write:
            return
        if self.buffer:
            self.insert_customers(self.buffer)
            self.buffer = []
        if self.consent_buffer:
            self.session.execute(insert(models.Consent.__table__), [
                {"customer_id": cid, "purpose": purpose, "given_at": at, "source": self.source.consent_source,
                 "staff_id": None} for cid, purpose, at in self.consent_buffer])
            self.consent_buffer = []

    def _prepare_writes(self) -> None:
        """How customer rows go in. On SQLite straight to the driver's executemany with the values
        in SQLAlchemy's storage format (as services.demo does): Core would process every
        parameter of every row in Python, the ORM's bulk path would even run one INSERT per row."""
        stamp_values = (1, self.now, self.now, self.now, self.source.source_kind, self.today)
        names = (*CUSTOMER_FIELDS, "search_doc", "sort_key", "id", "version", "created_at", "updated_at",
                 "last_activity_at", "source_kind", "source_date")
        table = models.Customer.__table__
        connection = self.session.connection()
        if connection.dialect.name == "sqlite":
            utc = self.now.astimezone(timezone.utc).replace(tzinfo=None).isoformat(" ", "microseconds")
            self.stamps = (1, utc, utc, utc, self.source.source_kind, self.today.isoformat())
            sql = (f"INSERT INTO {table.name} ({', '.join(table.c[n].name for n in names)}) "
                   f"VALUES ({', '.join('?' * len(names))})")
            cursor = connection.connection.driver_connection.cursor()
            # The trigram index of a growing table: keep its pages in memory instead of spilling
            # them to the WAL again and again (as services.demo does). Set back in _finish_writes.
            self.old_cache = cursor.execute("PRAGMA cache_size").fetchone()[0]
            cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
            self.cursor = cursor
            self.insert_customers = lambda rows: cursor.executemany(sql, rows)
        else:
            self.stamps = stamp_values
            self.insert_customers = lambda rows: self.session.execute(
                insert(table), [dict(zip(names, row)) for row in rows])

    def _merge(self, target: int, item: ImportedRow) -> None:
        """Fill the fields the customer has empty; what the register already holds stays."""
        if not self.write:
            return
        if target in self.new_ids:  # a row of this file, perhaps still in the buffer; others need no flush
            self._flush()
        C = models.Customer
        row = self.session.execute(select(C).where(C.id == target)).scalar_one()
        current = {f: getattr(row, f) for f in CUSTOMER_FIELDS}
        filled = sorted(f for f in CUSTOMER_FIELDS if f != "country" and current[f] in (None, "")
                        and item.values.get(f) not in (None, ""))
        if not filled:
            return
        merged = {**current, **{f: item.values[f] for f in filled}}
        changes = {**{f: merged[f] for f in filled}, **derived_columns(merged), "version": C.version + 1,
                   "updated_at": self.now}
        if row.source_kind is None:
            changes.update(source_kind=self.source.source_kind, source_date=self.today)
        self.session.execute(update(C).where(C.id == target).values(**changes)
                             .execution_options(synchronize_session=False))
        self.session.expire(row)
        if target not in self.new_ids:
            audit(self.session, AuditAction.CUSTOMER_CHANGED, staff_id=None, customer_id=target, fields=filled,
                  basis="import")

    def _consents(self, customer_id: int, item: ImportedRow) -> int:
        count = 0
        for purpose, at in item.consents:
            if customer_id in self.objected and is_marketing_purpose(purpose):
                self.consents_skipped += 1
                continue
            if customer_id not in self.new_ids and self._has_consent(customer_id, purpose):
                self.consents_skipped += 1
                continue
            if self.write:
                self.consent_buffer.append((customer_id, purpose, at))
            count += 1
        return count

    def _has_consent(self, customer_id: int, purpose: str) -> bool:
        K = models.Consent
        return self.session.scalar(select(K.id).where(K.customer_id == customer_id, K.purpose == purpose,
                                                      K.withdrawn_at.is_(None), K.expired_at.is_(None))) is not None

    def _purchases(self, refused: list[RefusedRow]) -> int:
        assert self.purchases is not None
        P = models.Purchase
        number = (self.session.scalar(select(func.max(P.number))) or 0) + 1
        purchase_id = (self.session.scalar(select(func.max(P.id))) or 0) + 1
        kinds = self._document_kinds() if self.write else {}
        purchases, lines, count = [], [], 0
        latest: dict[int, object] = {}
        for row, cells in read_rows(self.purchases.file):
            if row <= self.purchases.header_row or is_blank(cells) or is_summary(cells):
                continue
            try:
                item = convert_purchase(row, cells, self.purchases.columns, self.today)
                customer_id = self.by_number.get(item.customer_number)
                if customer_id is None:
                    raise RowError(row, self.purchases.columns.label(self.purchases.columns.index_of(
                        "customer_number")), CellError("names a customer number that is not in the customer file."))
                if customer_id in self.restricted:
                    raise RowError(row, None, CellError(
                        "belongs to customer {id}, who is restricted (GDPR Art. 18).", id=customer_id))
            except RowError as exc:
                refused.append(RefusedRow("purchases", exc.row, exc.column, exc.reason))
                continue
            count += 1
            if not self.write:
                continue
            purchases.append({"id": purchase_id, "number": number, "customer_id": customer_id,
                              "purchased_at": item.purchased_at, "description": item.description,
                              "total_minor": item.total_minor, "currency": self.currency,
                              "status": "delivered", "status_changed_at": item.purchased_at,
                              "document_kind": kinds.get(customer_id, DocumentKind.RECEIPT), "version": 1})
            lines.append({"purchase_id": purchase_id, "position": 0, "quantity": 1,
                          "description": (item.description or "—")[:500], "unit_price_minor": item.total_minor})
            if customer_id not in self.new_ids and (latest.get(customer_id) is None
                                                    or item.purchased_at > latest[customer_id]):
                latest[customer_id] = item.purchased_at
            purchase_id += 1
            number += 1
            if len(purchases) >= BATCH:
                self._insert_purchases(purchases, lines)
                purchases, lines = [], []
        if self.write:
            self._insert_purchases(purchases, lines)
            C = models.Customer
            for customer_id, when in latest.items():
                self.session.execute(update(C).where(C.id == customer_id, C.last_activity_at < when)
                                     .values(last_activity_at=when).execution_options(synchronize_session=False))
        return count

    def _insert_purchases(self, purchases: list[dict], lines: list[dict]) -> None:
        if purchases:
            self.session.execute(insert(models.Purchase.__table__), purchases)
            self.session.execute(insert(models.PurchaseLine.__table__), lines)

    def _document_kinds(self) -> dict[int, str]:
        """Businesses are invoiced, private buyers get a receipt (as services.purchases decides)."""
        C = models.Customer
        return {row.id: DocumentKind.INVOICE for row in self.session.execute(
            select(C.id).where((C.org_number.is_not(None)) | (C.company_name.is_not(None))))}


def get_shop_in(session: Session):
    shop = session.get(models.Shop, 1)
    if shop is None:
        raise StateError("The register has no shop yet; set it up first.")
    return shop


def _next_id(session: Session) -> int:
    return next_customer_id(session) or (session.scalar(select(func.max(models.Customer.id))) or 0) + 1


def _estimate(source: ImportSource) -> int:
    try:
        size = source.file.path.stat().st_size
    except OSError:
        return 0
    return max(1, size // 120) if source.file.kind == "csv" else 0
