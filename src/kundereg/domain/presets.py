"""Starting points for a shop profile, each reproducing the practice of real small shops.

- ``dry_cleaner``: a dry cleaner (seed 004): name and mobile to hand textiles to the right
  person and text when they are ready, email only when needed (e.g. an electronic invoice),
  purchases; no marketing; data shared only for bookkeeping.
- ``b2b_supplier``: a building supplier or parts maker selling to businesses (seeds 000, 001,
  002): name, address, email, phone, company, organisation number and invoice email; purposes
  and bases as seed 001's table (customer administration and service on 6(1)(f), marketing to
  new customers on consent and to existing customers under the national exemption, legal obligations incl. bookkeeping, legal claims); CRM and business system
  (seed 000: SuperOffice, Visma Business), website hosting as a kind of recipient (seed 002).
- ``web_shop``: a web shop (seed 003, a Finnish shop writing in Swedish): name, street address,
  postal code, city, phone, email; orders, deliveries and returns; newsletter only with
  explicit consent; carriers receive what delivery needs; bookkeeping and consumer law keep
  some data longer.
- ``blank``: the minimum every shop has (the customer relationship and bookkeeping); also what
  the documents of a register without a profile say.

A processor or recipient is listed by name, as the seed names it (seed 000: SuperOffice, Visma
Business); where a seed names none, the purposes name the kind of recipient (Art. 13(1)(e):
"categories of recipients") and the owner adds the organisations in the wizard or the settings.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from .languages import COUNTRY_LANGUAGE
from .profile import Processor, Purpose, ShopProfile
from .records import ADDRESS_FIELDS, COMPANY_FIELDS

PRESET_KEYS: tuple[str, ...] = ("dry_cleaner", "b2b_supplier", "web_shop", "blank")
DEFAULT_CURRENCY = {"NO": "NOK", "SE": "SEK", "FI": "EUR", "DK": "DKK"}

_REQUESTS = Purpose("data_subject_requests", "c", ("name", "requests"), "documentation")


@dataclass(frozen=True, slots=True)
class Preset:
    key: str
    customer_fields: tuple[str, ...]
    purposes: tuple[Purpose, ...]
    processors: tuple[Processor, ...]
    sources: tuple[str, ...]
    marketing_basis: str | None
    sole_trader_org_personal: bool = True
    inactive_years: int | None = None
    consent_years: int | None = None


PRESETS: dict[str, Preset] = {
    "dry_cleaner": Preset(
        key="dry_cleaner",
        customer_fields=(),
        purposes=(
            Purpose("pickup", "b", ("name", "contact", "purchases"), "relationship"),
            Purpose("invoicing", "b", ("name", "contact", "purchases"), "relationship", ("accounting",)),
            Purpose("customer_service", "f", ("name", "contact", "service_events"), "claims"),
            Purpose("bookkeeping", "c", ("name", "purchases"), "bookkeeping", ("accounting", "authorities")),
            _REQUESTS,
        ),
        processors=(),
        sources=("customer",),
        marketing_basis=None,
    ),
    "b2b_supplier": Preset(
        key="b2b_supplier",
        customer_fields=ADDRESS_FIELDS + COMPANY_FIELDS,
        purposes=(
            # Seed 001: customer administration on 6(1)(f): the contact person of a business customer
            # is not the party to the contract, the business is.
            Purpose("customer_relationship", "f", ("name", "contact", "address", "company", "purchases"),
                    "relationship", ("crm", "erp", "hosting")),
            Purpose("invoicing", "b", ("name", "address", "company", "purchases"), "relationship", ("erp",)),
            Purpose("customer_service", "f", ("name", "contact", "purchases", "service_events", "correspondence"),
                    "claims", ("crm", "supplier")),
            # Seed 001: marketing to new customers on consent, to existing ones under the national
            # exemption (domain.legal.MARKETING_EXEMPTIONS); the address and what was bought, never the
            # invoice email or the correspondence.
            Purpose("marketing_consent", "a", ("name", "contact", "consents"), "until_withdrawn", ("crm",)),
            Purpose("marketing_existing", "f", ("name", "contact", "purchases"), "relationship", ("crm",)),
            Purpose("bookkeeping", "c", ("name", "address", "company", "purchases"), "bookkeeping",
                    ("erp", "accounting", "authorities")),
            Purpose("legal_claims", "f", ("name", "contact", "address", "purchases", "correspondence"), "claims"),
            _REQUESTS,
        ),
        # Seed 000: "Kundeinformasjon lagres i Superoffice (CRM) og i Visma Business".
        processors=(Processor("SuperOffice", "crm", ""), Processor("Visma Business", "erp", "")),
        sources=("customer", "company", "website"),
        marketing_basis="f",
    ),
    "web_shop": Preset(
        key="web_shop",
        customer_fields=ADDRESS_FIELDS,
        purposes=(
            Purpose("orders_delivery", "b", ("name", "contact", "address", "purchases"), "relationship",
                    ("hosting", "payment", "delivery")),
            Purpose("customer_service", "f", ("name", "contact", "purchases", "service_events"), "claims"),
            Purpose("marketing_consent", "a", ("name", "contact", "consents"), "until_withdrawn",
                    ("email_service",)),
            Purpose("bookkeeping", "c", ("name", "address", "purchases"), "bookkeeping",
                    ("accounting", "authorities")),
            _REQUESTS,
        ),
        processors=(),
        sources=("customer", "website"),
        marketing_basis="a",
    ),
    "blank": Preset(
        key="blank",
        customer_fields=(),
        purposes=(
            # Every register can hold consents (e.g. to text messages) and complaints: each kind of
            # data it can hold has a purpose here, so a register without a profile states them all.
            Purpose("customer_relationship", "b", ("name", "contact", "purchases", "consents"), "relationship"),
            Purpose("customer_service", "f", ("name", "contact", "purchases", "service_events"), "claims"),
            Purpose("bookkeeping", "c", ("name", "purchases"), "bookkeeping", ("authorities",)),
            _REQUESTS,
        ),
        processors=(),
        sources=("customer",),
        marketing_basis=None,
    ),
}


def legacy_purposes(customer_fields: tuple[str, ...]) -> tuple[Purpose, ...]:
    """The purposes of a register set up before the profile existed: the blank preset's, with the
    address and company data its form holds added where a customer relationship and bookkeeping
    use them, so the documents give a purpose for every kind of data the register holds."""
    extra = tuple(category for category, fields in (("address", ADDRESS_FIELDS), ("company", COMPANY_FIELDS))
                  if set(fields) & set(customer_fields))
    order = ("name", "contact", "address", "company", "purchases", "service_events", "consents")

    def widen(purpose: Purpose) -> Purpose:
        if purpose.key not in ("customer_relationship", "bookkeeping") or not extra:
            return purpose
        wanted = set(purpose.categories) | set(extra)
        return replace(purpose, categories=tuple(c for c in order if c in wanted)
                       + tuple(c for c in purpose.categories if c not in order))

    return tuple(widen(p) for p in PRESETS["blank"].purposes)


def preset_profile(key: str, *, name: str, country: str, **details) -> ShopProfile:
    """A profile from a preset for a shop in ``country``; ``details`` fill the other fields."""
    preset = PRESETS[key]
    country = (country or "").upper()
    language = COUNTRY_LANGUAGE.get(country, "en")
    # Processors without a country are where the shop is, until the owner says otherwise.
    processors = tuple(Processor(p.name, p.role, p.country or country, p.is_processor) for p in preset.processors)
    values = dict(name=name, country=country, currency=DEFAULT_CURRENCY.get(country, "EUR"),
                  ui_language=language, document_language=language, customer_fields=preset.customer_fields,
                  purposes=preset.purposes, processors=processors, sources=preset.sources,
                  marketing_basis=preset.marketing_basis, sole_trader_org_personal=preset.sole_trader_org_personal,
                  inactive_years=preset.inactive_years, consent_years=preset.consent_years)
    values.update(details)
    return ShopProfile(**values)


# The purpose each marketing basis stands for, added when the owner switches marketing on.
MARKETING_PURPOSES: dict[str, Purpose] = {
    "a": Purpose("marketing_consent", "a", ("name", "contact", "consents"), "until_withdrawn"),
    "f": Purpose("marketing_existing", "f", ("name", "contact", "purchases"), "relationship"),
}


def with_marketing(purposes: tuple[Purpose, ...], basis: str | None) -> tuple[Purpose, ...]:
    """The purposes with the marketing purpose that matches ``basis`` (and no other).

    Basis "f" (existing customers under the national exemption) keeps a consent purpose the owner
    has, for marketing to others. A marketing purpose already there is kept as the owner edited it;
    a new one goes before the bookkeeping and request purposes, where the presets have it."""
    wanted = MARKETING_PURPOSES.get(basis) if basis else None
    allowed = {wanted.key} if wanted else set()
    if basis == "f":
        allowed.add("marketing_consent")
    kept = [p for p in purposes if not p.key.startswith("marketing") or p.key in allowed]
    if wanted is None or any(p.key == wanted.key for p in kept):
        return tuple(kept)
    at = next((i for i, p in enumerate(kept) if p.key in ("bookkeeping", "legal_claims", "data_subject_requests")),
              len(kept))
    return tuple(kept[:at] + [wanted] + kept[at:])
