"""The one vocabulary of the documents' purposes and categories of personal data: the shop profile's.

Purposes, data categories, retention rules, recipient roles and sources are stored as keys
(``domain.profile``); the access report, the privacy notice and the record of processing
print them through these tables, so one profile reads right in any language, and a register
without a profile prints the blank preset's purposes (``services.profile.to_profile``). The
texts are English, marked ``N_("profile", text)`` and translated in the document catalogues. The wording of
purposes follows the seed notices (customer relationship, customer service, marketing to new
and existing customers, legal obligations including bookkeeping, legal claims: seed 001's table)
and the GDPR's own terms. No Qt, no SQL.
"""
from __future__ import annotations

from datetime import date

from babel import Locale
from babel.dates import format_date

from . import legal
from .catalogue import N_, Text, translate
from .languages import LANGUAGES, locale_for
from .profile import Processor, Purpose, ShopProfile
from .report_data import CategoryInfo

# GDPR Art. 13(1)(c), 15(1)(a): the purposes of the processing (names as in seed 001's table).
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

# Art. 13(1)(c), (d): what each purpose is for; those based on Art. 6(1)(f) say that the interests
# were balanced.
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
    # The existing-customer exemption ({law}: domain.legal.MARKETING_EXEMPTIONS) and its conditions.
    "marketing_existing": N_("profile", "To tell you, as an existing customer, about our own products and "
                                        "services similar to those you have bought, by email or text message, "
                                        "as {law} allows: only if we obtained your contact details from you in "
                                        "connection with a sale, and you can refuse free of charge when we "
                                        "collect them and in every message. You may object at any time, and we "
                                        "then stop."),
    "legal_claims": N_("profile", "To be able to show what was agreed and delivered, should a dispute arise."),
    # GDPR Art. 5(2) (accountability) and Art. 12 (answering a request in time).
    "data_subject_requests": N_("profile", "To handle your requests about your personal data and to be able to show "
                                           "that we answered in time (GDPR Art. 5(2) and Art. 12)."),
}

# Art. 13(1)(d): the legitimate interests pursued, for a purpose the profile puts on Art. 6(1)(f)
# whose description does not already say it.
LEGITIMATE_INTERESTS: dict[str, Text] = {
    # Seed 001: customer administration on 6(1)(f) (a business customer's contact person is not the
    # party to the contract).
    "customer_relationship": N_("profile", "Where you are the contact person of a business that buys from us, "
                                           "we rely on our legitimate interest in keeping in touch with our "
                                           "business customers through their contact persons; we have weighed "
                                           "it against your interests."),
}
# {law} of the existing-customer purpose for a shop country without an exemption in domain.legal.
MARKETING_RULES_UNKNOWN: Text = N_("profile", "the marketing rules of our country")

# Art. 14(1)(d), 15(1)(b): the categories of personal data concerned.
CATEGORY_NAMES: dict[str, Text] = {
    "name": N_("profile", "Name"),
    "contact": N_("profile", "Contact details (mobile, email)"),
    "address": N_("profile", "Address"),
    "company": N_("profile", "Company details (company name, organisation number, invoice email)"),
    "purchases": N_("profile", "Purchases and orders (what, when, amounts)"),
    "service_events": N_("profile", "Complaints, returns and repairs"),
    "correspondence": N_("profile", "Correspondence with you"),
    "consents": N_("profile", "Consents"),
    "requests": N_("profile", "Requests about personal data"),
}

_RETENTION: dict[str, Text] = {
    # Kept while the customer relationship lasts (Art. 5(1)(e) storage limitation); Art. 13(2)(a)
    # and 15(1)(d) allow stating the criteria instead of a fixed period.
    "relationship": N_("profile", "For as long as you are our customer. If you ask us to, or if you have not bought "
                                  "anything from us for a long time, we delete them, except what must stay with the "
                                  "purchase records under the bookkeeping rules."),
    "until_withdrawn": N_("profile", "Until you withdraw your consent or unsubscribe."),
    "claims": N_("profile", "Until claims about the purchase are time-barred under consumer and contract law; "
                            "after that we delete them."),
    # Art. 5(2) accountability; kept while a complaint (Art. 77) could still ask about it.
    "documentation": N_("profile", "For as long as we need to be able to show how the request was handled, for "
                                   "example if you complain to the supervisory authority. After that we delete them."),
    "fixed_years": N_("profile", "{years} years; after that we delete them."),
}
# Added to "relationship" when the shop's inactivity rule is on (services.retention applies it).
INACTIVE_RULE: Text = N_("profile", "If you have not bought anything from us for {years} years, we delete your "
                                     "customer record.")
# Added to "until_withdrawn" when consents expire after the shop's consent period.
CONSENT_RULE: Text = N_("profile", "A consent lasts at most {years} years; after that we ask you again.")

# Art. 13(1)(e), 15(1)(c): recipients or categories of recipients; processors (Art. 4(8), 28).
ROLE_NAMES: dict[str, Text] = {
    "accounting": N_("profile", "Accounting (our accountant or accounting system)"),
    "crm": N_("profile", "Customer relationship management (CRM) system"),
    "erp": N_("profile", "Business system (ERP)"),
    "delivery": N_("profile", "Carrier delivering your order"),
    "hosting": N_("profile", "Website and web shop hosting"),
    "payment": N_("profile", "Payment service"),
    "email_service": N_("profile", "Email and newsletter service"),
    "sms": N_("profile", "Text message (SMS) service"),
    "it_support": N_("profile", "IT support"),
    "supplier": N_("profile", "Manufacturer or supplier, when a complaint concerns their product"),
    "authorities": N_("profile", "Public authorities, when the law requires it"),
    "other": N_("profile", "Other"),
}

# Art. 14(2)(f), 15(1)(g): where the personal data comes from.
SOURCE_TEXTS: dict[str, Text] = {
    "customer": N_("profile", "From you, when you become a customer, order or contact us, and when you later tell "
                              "us of changes."),
    "company": N_("profile", "From the company you buy for."),
    "website": N_("profile", "Through the contact form or the customer account on our website."),
    "public_registers": N_("profile", "From public business registers, to check company details."),
}

# Issue 15, Art. 14(2)(f), 15(1)(g): a customer imported from another system (services.importing
# stamps customer.source_kind and source_date) gets that system and the day as a source.
IMPORTED_SYSTEM: Text = N_("profile", "Imported on {date} from our previous customer system, {system}, where we "
                                      "had recorded it before.")
IMPORTED_FILE: Text = N_("profile", "Imported on {date} from a file of our earlier customer records ({system}).")
# services.importing.mapping.SOURCE_KINDS as their makers write them.
SYSTEM_NAMES: dict[str, str] = {"superoffice": "SuperOffice", "visma": "Visma", "tripletex": "Tripletex",
                                "fiken": "Fiken", "poweroffice": "PowerOffice"}
FILE_KINDS: dict[str, str] = {"xlsx": "Excel", "csv": "CSV"}

DATA_LABEL: Text = N_("profile", "Data")
# Art. 15(1)(c), 13(1)(e): recipients or categories of recipients, here none.
NO_RECIPIENTS: Text = N_("profile", "No one outside the shop.")


# -- the record of processing (Art. 30(1)): the same vocabulary for an internal record -----------
# The shop's own record speaks of "the customer", never "you"; only the texts that address the
# reader are given a neutral version, the rest are shared with the notice.
RECORD_PURPOSE_NAMES: dict[str, Text] = {
    "marketing_consent": N_("record of processing", "Newsletters and marketing with the customer's consent"),
    "data_subject_requests": N_("record of processing", "Handling data subjects' requests"),
}
# Art. 30(1)(b): the purposes of the processing, one per activity.
RECORD_PURPOSE_DESCRIPTIONS: dict[str, Text] = {
    "customer_relationship": N_("record of processing", "Recognising customers, giving quotes, taking and "
                                                        "following up orders, and contacting customers about "
                                                        "them."),
    "orders_delivery": N_("record of processing", "Delivering orders to the right address and handling payment, "
                                                  "returns and customer accounts."),
    "pickup": N_("record of processing", "Handing items left with the shop back to the right person, and "
                                         "contacting the customer when they are ready, about questions or about "
                                         "delays."),
    "invoicing": N_("record of processing", "Sending invoices to the right address, by email where the customer "
                                            "wishes, and following up payment."),
    "customer_service": N_("record of processing", "Answering customers' questions and handling complaints, "
                                                   "returns and repairs after a purchase."),
    "bookkeeping": N_("record of processing", "Keeping the accounting records the law requires and answering the "
                                              "authorities where the law obliges the shop to."),
    "marketing_consent": N_("record of processing", "Sending offers and news to customers who have consented; "
                                                    "every message has a link to unsubscribe."),
    "marketing_existing": N_("record of processing", "Marketing the shop's own products and services similar to "
                                                     "those bought, by email or text message, to customers whose "
                                                     "contact details were obtained in connection with a sale, "
                                                     "under {law}; an opt-out free of charge when the details are "
                                                     "collected and in every message."),
    "legal_claims": N_("record of processing", "Being able to show what was agreed and delivered if a dispute "
                                               "arises."),
    "data_subject_requests": N_("record of processing", "Handling requests under GDPR Art. 15-22 and documenting "
                                                        "that they were answered in time (Art. 5(2), Art. 12)."),
}
RECORD_CATEGORY_NAMES: dict[str, Text] = {
    "correspondence": N_("record of processing", "Correspondence with the customer"),
}
RECORD_ROLE_NAMES: dict[str, Text] = {
    "delivery": N_("record of processing", "Carrier delivering the customer's order"),
}
RECORD_RETENTION: dict[str, Text] = {
    "relationship": N_("record of processing", "While the customer relationship lasts; deleted earlier on the "
                                               "customer's request or after a long time without purchases, except "
                                               "what the bookkeeping rules keep with the purchase records."),
    "until_withdrawn": N_("record of processing", "Until the customer withdraws consent or unsubscribes."),
    "documentation": N_("record of processing", "As long as the shop must be able to show how the request was "
                                                "handled, for example in a complaint to the supervisory "
                                                "authority; then deleted."),
}
RECORD_INACTIVE_RULE: Text = N_("record of processing", "Customer records without a purchase for {years} years are "
                                                        "deleted.")
RECORD_CONSENT_RULE: Text = N_("record of processing", "A consent lasts at most {years} years; then the customer "
                                                       "is asked again.")


def _pick(record: bool, neutral: dict[str, Text], shared: dict[str, Text], key: str) -> Text | None:
    return (neutral.get(key) if record else None) or shared.get(key)


def purpose_name(purpose: Purpose, language: str, record: bool = False) -> str:
    if purpose.key == "custom" or purpose.key not in PURPOSE_NAMES:
        return purpose.title or purpose.key
    return translate(_pick(record, RECORD_PURPOSE_NAMES, PURPOSE_NAMES, purpose.key), language)


def purpose_description(purpose: Purpose, language: str, country: str = "", record: bool = False) -> str:
    """What the purpose is for; the existing-customer exemption of the shop's country cited, and (in
    the notice) the legitimate interest named where the purpose rests on Art. 6(1)(f)."""
    texts = _pick(record, RECORD_PURPOSE_DESCRIPTIONS, PURPOSE_DESCRIPTIONS, purpose.key)
    if not texts or purpose.key == "custom":
        return ""
    text = translate(texts, language)
    if purpose.key == "marketing_existing":
        exemption = legal.marketing_exemption(country)
        law = legal.cite(exemption.law, language) if exemption else translate(MARKETING_RULES_UNKNOWN, language)
        text = text.format(law=law)
    interest = LEGITIMATE_INTERESTS.get(purpose.key)
    if interest and purpose.legal_basis == "f" and not record:
        text = f"{text} {translate(interest, language)}"
    return text


def category_name(key: str, language: str, record: bool = False) -> str:
    texts = _pick(record, RECORD_CATEGORY_NAMES, CATEGORY_NAMES, key)
    return translate(texts, language) if texts else key


def role_name(role: str, language: str, record: bool = False) -> str:
    texts = _pick(record, RECORD_ROLE_NAMES, ROLE_NAMES, role)
    return translate(texts, language) if texts else role


def source_text(key: str, language: str) -> str:
    texts = SOURCE_TEXTS.get(key)
    return translate(texts, language) if texts else key


def import_source_text(kind: str, on: date, language: str, country: str) -> str:
    """'Imported on 3 March 2026 from our previous customer system, SuperOffice, ...'."""
    when = format_date(on, "long", locale=locale_for(language, (country or "").upper()))
    if kind in FILE_KINDS:
        return translate(IMPORTED_FILE, language).format(date=when, system=FILE_KINDS[kind])
    return translate(IMPORTED_SYSTEM, language).format(date=when, system=SYSTEM_NAMES.get(kind, kind))


def country_name(code: str, language: str) -> str:
    if not code:
        return ""
    return Locale.parse(language if language in LANGUAGES else "en").territories.get(code.upper(), code)


def retention_text(purpose: Purpose, profile: ShopProfile, language: str, record: bool = False) -> str:
    """The retention of one purpose, with the shop's own periods where a rule applies."""
    if purpose.retention == "bookkeeping":
        return legal.bookkeeping_retention(profile.country, language)
    if purpose.retention == "fixed_years":
        return translate(_RETENTION["fixed_years"], language).format(years=purpose.retention_years or 0)
    rule = purpose.retention if purpose.retention in _RETENTION else "relationship"
    text = translate(_pick(record, RECORD_RETENTION, _RETENTION, rule), language)
    if purpose.retention == "relationship" and profile.inactive_years:
        inactive = RECORD_INACTIVE_RULE if record else INACTIVE_RULE
        text = f"{text} {translate(inactive, language).format(years=profile.inactive_years)}"
    if purpose.retention == "until_withdrawn" and profile.consent_years:
        consent = RECORD_CONSENT_RULE if record else CONSENT_RULE
        text = f"{text} {translate(consent, language).format(years=profile.consent_years)}"
    return text


def processor_line(processor: Processor, language: str, record: bool = False) -> str:
    """'Visma Business: Accounting (...), Norway' or the role alone when no name is given."""
    role = role_name(processor.role, language, record)
    where = country_name(processor.country, language)
    if processor.name:
        return f"{processor.name}: {role}, {where}"
    return f"{role}, {where}"


def recipient_lines(purpose: Purpose, profile: ShopProfile, language: str, record: bool = False) -> tuple[str, ...]:
    """Who receives this purpose's data: the named organisations of each role, else the role."""
    lines: list[str] = []
    for role in purpose.recipients:
        named = profile.processors_for(role)
        if named:
            lines.extend(processor_line(p, language, record) for p in named)
        else:
            lines.append(role_name(role, language, record))
    return tuple(lines) or (translate(NO_RECIPIENTS, language),)


def purpose_categories(profile: ShopProfile, language: str,
                       imported: tuple[str, date] | None = None) -> tuple[CategoryInfo, ...]:
    """One block per purpose of the shop's profile for the access report: what it is for, which
    data, on which basis, how long, to whom and from where (``imported``: the system and day this
    customer was imported from, issue 15)."""
    parts = [source_text(s, language) for s in profile.sources]
    if imported:
        parts.append(import_source_text(imported[0], imported[1], language, profile.country))
    sources = " ".join(parts)
    result = []
    for purpose in profile.purposes:
        data = ", ".join(category_name(c, language) for c in purpose.categories)
        lines = [purpose_description(purpose, language, profile.country), f"{translate(DATA_LABEL, language)}: {data}"]
        result.append(CategoryInfo(
            key=purpose.key, title=purpose_name(purpose, language),
            purpose="\n".join(line for line in lines if line), legal_basis=purpose.legal_basis,
            retention=retention_text(purpose, profile, language),
            recipients=recipient_lines(purpose, profile, language), source=sources))
    return tuple(result)
