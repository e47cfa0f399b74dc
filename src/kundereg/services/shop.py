"""The shop (controller) record: created once by `kundereg init`."""
from __future__ import annotations

from dataclasses import dataclass

from ..db import models
from ..db.database import Database
from ..domain import validation as v
from ..domain.enums import StaffRole
from ..domain.records import ADDRESS_FIELDS, COMPANY_FIELDS, CORE_FIELDS, OPTIONAL_FIELDS
from ..domain.errors import StateError, ValidationError, ValidationErrors
from . import staff
from .audit import AuditAction, record as audit

DEFAULT_CURRENCY = {"NO": "NOK", "SE": "SEK", "FI": "EUR", "DK": "DKK"}


@dataclass(frozen=True, slots=True)
class ShopInfo:
    name: str
    country: str
    currency: str
    org_number: str | None
    customer_fields: tuple[str, ...] = ADDRESS_FIELDS + COMPANY_FIELDS

    def shows(self, field: str) -> bool:
        """Whether the customer form and reports include this field."""
        return field in CORE_FIELDS or field in self.customer_fields


class NotInitialisedError(StateError):
    def __init__(self) -> None:
        super().__init__("The register has no shop yet. Run 'kundereg init' or start the app to set it up.")


def init_shop(db: Database, *, name: str, country: str, owner_username: str, owner_password: str,
              owner_display_name: str | None = None, org_number: str | None = None,
              customer_fields: tuple[str, ...] = ADDRESS_FIELDS + COMPANY_FIELDS) -> ShopInfo:
    """Create the shop and its owner account in one transaction."""
    errors: dict[str, ValidationError] = {}
    clean: dict[str, object] = {}
    for field, fn in (("shop_name", lambda: v.text("shop_name", name, required=True)),
                      ("country", lambda: v.shop_country(country))):
        try:
            clean[field] = fn()
        except ValidationError as exc:
            errors[exc.field] = exc
    if "country" in clean:
        try:
            clean["org_number"] = v.org_number(org_number, clean["country"])
        except ValidationError as exc:
            errors[exc.field] = exc
    unknown = [f for f in customer_fields if f not in OPTIONAL_FIELDS]
    if unknown:
        errors["customer_fields"] = ValidationError("customer_fields", "names unknown fields: {names}.",
                                                    names=", ".join(unknown))
    if errors:
        raise ValidationErrors(errors)
    with db.transaction() as session:
        if session.get(models.Shop, 1) is not None:
            raise StateError("This register is already set up; 'init' does nothing the second time.")
        shop = models.Shop(id=1, name=clean["shop_name"], country=clean["country"],
                           currency=DEFAULT_CURRENCY[clean["country"]], org_number=clean.get("org_number"),
                           customer_fields=",".join(f for f in OPTIONAL_FIELDS if f in customer_fields))
        session.add(shop)
        owner = staff.add_staff(session, username=owner_username,
                                display_name=owner_display_name or owner_username,
                                role=StaffRole.OWNER, password=owner_password)
        session.flush()
        # The trail names the first owner, as every later account: audit verify compares them.
        audit(session, AuditAction.SHOP_CREATED, staff_id=owner.id, preset=None, purposes=0, processors=0)
        return _info(shop)


def get_shop(db: Database) -> ShopInfo:
    with db.read() as session:
        shop = session.get(models.Shop, 1)
        if shop is None:
            raise NotInitialisedError()
        return _info(shop)


def is_initialised(db: Database) -> bool:
    with db.read() as session:
        return session.get(models.Shop, 1) is not None


def _info(shop: models.Shop) -> ShopInfo:
    return ShopInfo(name=shop.name, country=shop.country, currency=shop.currency, org_number=shop.org_number,
                    customer_fields=tuple(f for f in shop.customer_fields.split(",") if f))
