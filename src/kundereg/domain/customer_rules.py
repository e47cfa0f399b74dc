"""Validation of a whole customer: every field checked, every problem reported at once."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import validation as v
from .errors import ValidationError, ValidationErrors
from .records import CustomerInput
from .search_text import search_document
from .text import fold


def normalise_customer(data: CustomerInput, shop_country: str) -> dict[str, Any]:
    """Validated, normalised column values, or ValidationErrors naming every bad field."""
    errors: dict[str, ValidationError] = {}
    out: dict[str, Any] = {}

    def check(field: str, fn: Callable[[], Any]) -> None:
        try:
            out[field] = fn()
        except ValidationError as exc:
            errors[exc.field] = exc

    check("country", lambda: v.country(data.country) if data.country and data.country.strip() else shop_country)
    country = out.get("country", shop_country)
    for field in ("first_name", "last_name", "street", "city", "company_name"):
        check(field, lambda f=field: v.text(f, getattr(data, f)))
    check("notes", lambda: v.text("notes", data.notes, multiline=True))
    # A number without country code is read as one from the customer's country, then the shop's.
    check("mobile", lambda: v.phone(data.mobile, country))
    check("email", lambda: v.email(data.email))
    check("invoice_email", lambda: v.email(data.invoice_email, field="invoice_email"))
    check("postal_code", lambda: v.postal_code(data.postal_code, country))
    check("org_number", lambda: v.org_number(data.org_number, country))
    if not errors and not (out.get("first_name") or out.get("last_name") or out.get("company_name")):
        errors["last_name"] = ValidationError("last_name", "is required (or a first name or a company name).")
    if errors:
        raise ValidationErrors(errors)
    return out


def derived_columns(values: dict[str, Any]) -> dict[str, str]:
    """Search document and sort key, recomputed whenever a customer is written."""
    doc = search_document(first_name=values.get("first_name"), last_name=values.get("last_name"),
                          company_name=values.get("company_name"), email=values.get("email"),
                          city=values.get("city"), mobile=values.get("mobile"),
                          org_number=values.get("org_number"))
    key = " ".join(fold(values.get(f) or "") for f in ("last_name", "first_name", "company_name")).strip()
    return {"search_doc": doc, "sort_key": key[:300]}
