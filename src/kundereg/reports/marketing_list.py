"""The marketing list as CSV (UTF-8 with BOM so spreadsheets keep Nordic letters)."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Protocol


class Contact(Protocol):
    customer_id: int
    name: str
    email: str | None
    mobile: str | None
    consent_given_at: str
    first_sale_at: str


HEADER = ("customer_id", "name", "email", "mobile", "consent_given_at", "first_sale_at")


def marketing_csv(contacts: Iterable[Contact]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for c in contacts:
        writer.writerow((c.customer_id, c.name, c.email or "", c.mobile or "", c.consent_given_at, c.first_sale_at))
    return ("\ufeff" + out.getvalue()).encode("utf-8")
