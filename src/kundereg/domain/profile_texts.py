"""Text for the shop-profile vocabulary in every document language (nb, nn, sv, fi, da, en).

Purposes, data categories, retention rules, recipient roles and sources are stored as keys
(``domain.profile``); the access report, the privacy notice and the record of processing
print them through these tables, so one profile reads right in any language. The wording of
purposes follows the seed notices (customer relationship, customer service, marketing to new
and existing customers, legal obligations including bookkeeping, legal claims: seed 001's table)
and the GDPR's own terms. No Qt, no SQL.
"""
from __future__ import annotations

from babel import Locale

from . import legal
from .catalogue import N_, Text, translate
from .profile import Processor, Purpose, ShopProfile

PURPOSE_NAMES: dict[str, Text] = {
    "customer_relationship": N_("profile", "Managing the customer relationship"),
    "orders_delivery": N_("profile", "Orders and delivery"),
    "pickup": N_("profile", "Service orders and collection"),
    "invoicing": N_("profile", "Invoicing"),
    "customer_service": N_("profile", "Customer service, complaints and returns"),
    "bookkeeping": N_("profile", "Bookkeeping and other legal obligations"),
    "marketing_consent": N_("profile", "Newsletters and marketing you have agreed to"),
    "marketing_existing": N_("profile", "Marketing to existing customers"),
    "legal_claims": N_("profile", "Establishing or defending legal claims"),
    "data_subject_requests": N_("profile", "Handling your privacy requests"),
}

PURPOSE_DESCRIPTIONS: dict[str, Text] = {
    "customer_relationship": N_("profile", "To recognise you as a customer, give quotes, take and follow up "
                                           "orders, and contact you about them."),
    "orders_delivery": N_("profile", "To deliver what you ordered to the right address and handle payment, "
                                     "returns and your customer account."),
    "pickup": N_("profile", "To hand what you left with us back to the right person, and to contact you when it "
                            "is ready for collection or if we have questions or there are delays."),
    "invoicing": N_("profile", "To send invoices to the right address, by email if you wish, and follow up payment."),
    "customer_service": N_("profile", "To answer your questions and help you with complaints, returns and repairs "
                                      "after a purchase. We have assessed that this is in both your interest and "
                                      "ours."),
    "bookkeeping": N_("profile", "To keep the accounting records the law requires, and to answer the authorities "
                                 "when the law obliges us to."),
    "marketing_consent": N_("profile", "To send you offers and news only if you have said yes. Every message has "
                                       "a link to unsubscribe."),
    "marketing_existing": N_("profile", "To tell you, as an existing customer, about products and services like "
                                        "those you have bought. You may object at any time, and we then stop."),
    "legal_claims": N_("profile", "To be able to show what was agreed and delivered, should a dispute arise."),
    "data_subject_requests": legal._PURPOSES["requests"],
}

CATEGORY_NAMES: dict[str, Text] = {
    "name": N_("profile", "Name"),
    "contact": N_("profile", "Contact details (mobile, email)"),
    "address": N_("profile", "Address"),
    "company": N_("profile", "Company details (company name, organisation number, invoice email)"),
    "purchases": N_("profile", "Purchases and orders (what, when, amounts)"),
    "service_events": legal.SECTION_HEADINGS["service_events"],
    "correspondence": N_("profile", "Correspondence with you"),
    "consents": legal.CATEGORY_NAMES["consents"],
    "requests": legal.CATEGORY_NAMES["requests"],
}

_RETENTION: dict[str, Text] = {
    "relationship": legal._RETENTION_CUSTOMER,
    "until_withdrawn": N_("profile", "Until you withdraw your consent or unsubscribe."),
    "claims": N_("profile", "Until claims about the purchase are time-barred under consumer and contract law; "
                            "after that we delete them."),
    "documentation": legal._RETENTION["requests"],
    "fixed_years": N_("profile", "{years} years; after that we delete them."),
}
# Added to "relationship" when the shop's inactivity rule is on (services.retention applies it).
INACTIVE_RULE: Text = N_("profile", "If you have not bought anything from us for {years} years, we delete your "
                                     "customer record.")
# Added to "until_withdrawn" when consents expire after the shop's consent period.
CONSENT_RULE: Text = N_("profile", "A consent lasts at most {years} years; after that we ask you again.")

ROLE_NAMES: dict[str, Text] = {
    "accounting": N_("profile", "Accounting (our accountant or accounting system)"),
    "crm": N_("profile", "Customer relationship management (CRM) system"),
    "erp": N_("profile", "Business system (ERP)"),
    "delivery": N_("profile", "Carrier delivering your order"),
    "hosting": N_("profile", "Website and web shop hosting"),
    "payment": N_("profile", "Payment service"),
    "email_service": N_("profile", "Email and newsletter service"),
    "it_support": N_("profile", "IT support"),
    "supplier": N_("profile", "Manufacturer or supplier, when a complaint concerns their product"),
    "authorities": N_("profile", "Public authorities, when the law requires it"),
    "other": N_("profile", "Other"),
}

SOURCE_TEXTS: dict[str, Text] = {
    "customer": N_("profile", "From you, when you become a customer, order or contact us, and when you later tell "
                              "us of changes."),
    "company": N_("profile", "From the company you buy for."),
    "website": N_("profile", "Through the contact form or the customer account on our website."),
    "public_registers": N_("profile", "From public business registers, to check company details."),
}

DATA_LABEL: Text = N_("profile", "Data")
NO_RECIPIENTS: Text = legal._NO_ONE


def purpose_name(purpose: Purpose, language: str) -> str:
    if purpose.key == "custom" or purpose.key not in PURPOSE_NAMES:
        return purpose.title or purpose.key
    return translate(PURPOSE_NAMES[purpose.key], language)


def purpose_description(purpose: Purpose, language: str) -> str:
    texts = PURPOSE_DESCRIPTIONS.get(purpose.key)
    return translate(texts, language) if texts and purpose.key != "custom" else ""


def category_name(key: str, language: str) -> str:
    texts = CATEGORY_NAMES.get(key)
    return translate(texts, language) if texts else key


def role_name(role: str, language: str) -> str:
    texts = ROLE_NAMES.get(role)
    return translate(texts, language) if texts else role


def source_text(key: str, language: str) -> str:
    texts = SOURCE_TEXTS.get(key)
    return translate(texts, language) if texts else key


def country_name(code: str, language: str) -> str:
    if not code:
        return ""
    return Locale.parse(language if language in legal.LANGUAGES else "en").territories.get(code.upper(), code)


def retention_text(purpose: Purpose, profile: ShopProfile, language: str) -> str:
    """The retention of one purpose, with the shop's own periods where a rule applies."""
    if purpose.retention == "bookkeeping":
        return legal.retention_text("purchases", language, profile.country)
    if purpose.retention == "fixed_years":
        return translate(_RETENTION["fixed_years"], language).format(years=purpose.retention_years or 0)
    text = translate(_RETENTION.get(purpose.retention, _RETENTION["relationship"]), language)
    if purpose.retention == "relationship" and profile.inactive_years:
        text = f"{text} {translate(INACTIVE_RULE, language).format(years=profile.inactive_years)}"
    if purpose.retention == "until_withdrawn" and profile.consent_years:
        text = f"{text} {translate(CONSENT_RULE, language).format(years=profile.consent_years)}"
    return text


def processor_line(processor: Processor, language: str) -> str:
    """'Visma Business: Accounting (...), Norway' or the role alone when no name is given."""
    role = role_name(processor.role, language)
    where = country_name(processor.country, language)
    if processor.name:
        return f"{processor.name}: {role}, {where}"
    return f"{role}, {where}"


def recipient_lines(purpose: Purpose, profile: ShopProfile, language: str) -> tuple[str, ...]:
    """Who receives this purpose's data: the named organisations of each role, else the role."""
    lines: list[str] = []
    for role in purpose.recipients:
        named = profile.processors_for(role)
        if named:
            lines.extend(processor_line(p, language) for p in named)
        else:
            lines.append(role_name(role, language))
    return tuple(lines) or (translate(NO_RECIPIENTS, language),)
