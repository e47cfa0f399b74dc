"""Customer use cases: create, update with a version check, get, search."""
from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from ..db import models, search_index
from ..db.database import Database
from ..db.types import utcnow
from ..domain.customer_rules import derived_columns, normalise_customer
from ..domain.errors import ConflictError, NotFoundError
from ..domain.records import Customer, CustomerHit, CustomerInput
from ..domain.search_text import parse_query
from .shop import get_shop

MAX_PAGE = 500


class CustomerService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def create(self, data: CustomerInput) -> Customer:
        values = normalise_customer(data, get_shop(self._db).country)
        now = utcnow()
        with self._db.transaction() as session:
            row = models.Customer(**values, **derived_columns(values), created_at=now, updated_at=now,
                                  last_activity_at=now)
            session.add(row)
            session.flush()
            return to_record(row)

    def update(self, customer_id: int, expected_version: int, data: CustomerInput) -> Customer:
        """Write all fields, but only if nobody saved the customer since ``expected_version``."""
        values = normalise_customer(data, get_shop(self._db).country)
        try:
            with self._db.transaction() as session:
                row = _load(session, customer_id)
                if row.version != expected_version:
                    raise ConflictError("Customer", customer_id)
                for name, value in {**values, **derived_columns(values)}.items():
                    setattr(row, name, value)
                row.updated_at = utcnow()
                session.flush()
                return to_record(row)
        except StaleDataError:  # another connection committed between our read and write
            raise ConflictError("Customer", customer_id) from None

    def get(self, customer_id: int) -> Customer:
        with self._db.read() as session:
            return to_record(_load(session, customer_id))

    def search(self, text: str, limit: int = 100, offset: int = 0) -> list[CustomerHit]:
        """Ranked matches (exact word, word start, anywhere); empty text lists everyone by name."""
        limit = max(1, min(limit, MAX_PAGE))
        with self._db.read() as session:
            return search_index.search(session, parse_query(text), limit, max(0, offset))


def _load(session, customer_id: int) -> models.Customer:
    row = session.get(models.Customer, customer_id)
    if row is None:
        raise NotFoundError("Customer", customer_id)
    return row


def to_record(row: models.Customer) -> Customer:
    return Customer(
        id=row.id, version=row.version, first_name=row.first_name, last_name=row.last_name,
        mobile=row.mobile, email=row.email, street=row.street, postal_code=row.postal_code,
        city=row.city, country=row.country, company_name=row.company_name, org_number=row.org_number,
        invoice_email=row.invoice_email, notes=row.notes, created_at=row.created_at,
        updated_at=row.updated_at, last_activity_at=row.last_activity_at)
