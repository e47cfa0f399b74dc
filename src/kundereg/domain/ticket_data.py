"""What a counter ticket and its garment tags print, as plain data (reports/ticket.py, reports/tags.py).

Built by ``services.tickets`` from one order. It holds the customer's name and nothing else
about them: no phone, no address, no email (the ticket leaves the shop in the customer's pocket).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from .records import PurchaseLine


class TicketFormat(StrEnum):
    RECEIPT80 = "receipt80"  # 80 mm thermal roll, 72 mm printable
    RECEIPT58 = "receipt58"  # 58 mm roll, 48 mm printable
    A5 = "a5"
    A4 = "a4"


class TagMode(StrEnum):
    PER_LINE = "line"    # one tag per order line ("2 × Shirt" on one tag)
    PER_PIECE = "piece"  # one tag per garment


# Label sizes (width, height in mm) common on garment-tag and label printers.
LABEL_SIZES: dict[str, tuple[float, float]] = {
    "50x30": (50, 30),
    "57x32": (57, 32),
    "62x29": (62, 29),    # Brother DK-11209
    "76x25": (76, 25),    # heat-seal tag strip
    "102x51": (102, 51),  # Zebra/Dymo shipping-style label
}
DEFAULT_LABEL = "50x30"


@dataclass(frozen=True, slots=True)
class Letterhead:
    name: str
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    phone: str | None = None      # the shop's, E.164
    org_number: str | None = None


# A line on the ticket is the order's line as recorded.
TicketLine = PurchaseLine


@dataclass(frozen=True, slots=True)
class TicketData:
    shop: Letterhead
    language: str          # the shop's document language
    country: str           # for the locale of dates and money (sv_FI, ...)
    number: int
    code: str              # domain.ticket_code.ticket_code(number)
    received_at: datetime
    due_date: date | None
    lines: tuple[TicketLine, ...]
    total_minor: int
    currency: str
    customer_name: str
    description: str | None = None  # the order's own text (an order without lines)

    @property
    def pieces(self) -> int:
        return sum(line.quantity for line in self.lines)


@dataclass(frozen=True, slots=True)
class Tag:
    """One garment tag: which piece of how many, and what it is."""

    index: int   # 1-based
    count: int
    text: str


def tags_for(data: TicketData, mode: TagMode | str = TagMode.PER_PIECE) -> tuple[Tag, ...]:
    mode = TagMode(mode)
    if not data.lines:
        return (Tag(1, 1, data.description or ""),)
    if mode is TagMode.PER_LINE:
        texts = [line.description if line.quantity == 1 else f"{line.quantity} × {line.description}"
                 for line in data.lines]
    else:
        texts = [line.description for line in data.lines for _ in range(line.quantity)]
    return tuple(Tag(i, len(texts), text) for i, text in enumerate(texts, start=1))
