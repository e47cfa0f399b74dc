"""Which of the customer's data a shop needs to serve them, and which are voluntary (GDPR Art.
13(2)(e): "whether the provision of personal data is a statutory or contractual requirement, or a
requirement necessary to enter into a contract, ... and of the possible consequences of failure to
provide such data"), worked out from the shop profile.

Only a purpose that performs the contract (Art. 6(1)(b)) makes data needed: without it the shop
cannot do what the purpose says. No statute obliges a customer to give a shop personal data (the
bookkeeping acts oblige the shop to keep what is on an invoice, not the buyer to give it), so
everything else on the form is voluntary. The customer's country (defaults to the shop's) and the
shop's own notes are not asked of the customer and are in neither list. No Qt, no SQL.
"""
from __future__ import annotations

from dataclasses import dataclass

from .profile import ShopProfile
from .records import CUSTOMER_FIELDS

# Per purpose key: what each data category it uses needs on the form. A group of several fields
# means one of them ("mobile or email"); a purpose not listed needs the name and, if it uses
# contact details, one way to reach the customer.
_NAME = (("first_name", "last_name"),)
_REACH = (("mobile", "email"),)
_ADDRESS = (("street", "postal_code", "city"),)
NEEDS: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {
    # Seed 004: name and mobile, or the goods cannot be handed to the right person or collected.
    "pickup": {"name": _NAME, "contact": (("mobile",),)},
    "orders_delivery": {"name": _NAME, "contact": _REACH, "address": _ADDRESS},
    # An invoice goes to an address or to the company; the invoice email is a wish, not a need.
    "invoicing": {"name": _NAME, "address": _ADDRESS, "company": (("company_name", "org_number"),)},
    "customer_relationship": {"name": _NAME, "contact": _REACH},
}
_DEFAULT = {"name": _NAME, "contact": _REACH}
NOT_ASKED = ("country", "notes")


@dataclass(frozen=True, slots=True)
class Need:
    purpose_key: str
    purpose_title: str | None                 # a custom purpose's own title
    fields: tuple[tuple[str, ...], ...]       # all of each group ... or, within a group of "either"
    either: tuple[bool, ...]                  # per group: True when one field of it is enough


@dataclass(frozen=True, slots=True)
class DataNeeds:
    needed: tuple[Need, ...]
    voluntary: tuple[str, ...]                # form fields no contract purpose needs


def data_needs(profile: ShopProfile) -> DataNeeds:
    needs: list[Need] = []
    needed_fields: set[str] = set()
    for purpose in profile.purposes:
        if purpose.legal_basis != "b":
            continue
        table = NEEDS.get(purpose.key, _DEFAULT)
        groups, either = [], []
        for category in purpose.categories:
            for group in table.get(category, ()):
                shown = tuple(f for f in group if profile.shows(f))
                if not shown:
                    continue
                alternatives = category == "contact" and len(shown) > 1
                groups.append(shown)
                either.append(alternatives)
                if not alternatives:
                    needed_fields.update(shown)
        if groups:
            needs.append(Need(purpose.key, purpose.title, tuple(groups), tuple(either)))
    # A field one purpose needs as an alternative ("mobile or email") is named with that purpose,
    # not listed as voluntary.
    alternatives = {f for n in needs for g, e in zip(n.fields, n.either) if e for f in g}
    voluntary = tuple(f for f in CUSTOMER_FIELDS if profile.shows(f) and f not in NOT_ASKED
                      and f not in needed_fields and f not in alternatives)
    return DataNeeds(tuple(needs), voluntary)
