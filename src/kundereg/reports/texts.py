"""Words the reports print that are not legal texts: labels, column headings, letter phrases.

The legal texts (rights, legal bases, authorities, retention, Art. 15 headings) are in
``domain.legal``; this module holds the rest. Each is English, marked ``N_(context, text)`` and
translated in the document catalogues (``domain.catalogue``): ``word(key, language)`` for the
letter's words, ``label(table, key, language)`` for a vocabulary value.
"""
from __future__ import annotations

from ..domain.catalogue import N_, Text, translate


WORDS: dict[str, Text] = {
    # letterhead and letter
    "date": N_("documents", "Date"),
    "our_reference": N_("documents", "Our reference"),
    "request_received": N_("documents", "Request received"),
    "phone": N_("documents", "Phone"),
    "email": N_("documents", "Email"),
    "salutation": N_("access report", "Dear {name},"),
    "thanks_received": N_("access report", "Thank you for your request for access to your personal data, which we "
                                           "received on {date}."),
    "thanks": N_("access report", "Thank you for your request for access to your personal data."),
    "verified": N_("access report", "Before releasing the information, we confirmed that the request came from "
                                    "you ({method}). The check was made by {staff} {when}."),
    "not_verified": N_("documents", "No identity check is recorded for this request."),
    "contents": N_("access report", "This letter contains:"),
    "closing": N_("access report", "If anything is wrong or missing, please tell us and we will correct it. If "
                                   "you have any questions about this letter, you are welcome to contact "
                                   "us{contact}."),
    "regards": N_("documents", "Kind regards"),
    "page_of": N_("documents", "Page {page} of {pages}"),
    "at_time": N_("documents", "on {date} at {time}"),
    "not_recorded": N_("access report", "(not recorded)"),
    # section lead-ins
    "data_intro": N_("access report", "This is what our customer register holds about you, field by field."),
    "consents_intro": N_("access report", "These are the consents you have given us, and when any were withdrawn."),
    "consents_none": N_("access report", "You have not given us any consents."),
    "purchases_intro": N_("access report", "We have recorded the following purchases and orders for you ({count} "
                                           "in total)."),
    "purchases_none": N_("access report", "We have no purchases recorded for you."),
    "total": N_("access report", "Total, excluding cancelled and returned purchases"),
    "events_intro": N_("access report", "These are the cases we recorded when you contacted us about a purchase."),
    "events_none": N_("access report", "We have no complaints, returns or repairs recorded."),
    "requests_intro": N_("access report", "These are the requests about your personal data that we have recorded, "
                                          "including this one."),
    "requests_none": N_("access report", "We have no requests recorded."),
    # column headings and labels
    "col_date": N_("access report", "Date"),
    "col_number": N_("access report", "No."),
    "col_description": N_("access report", "Description"),
    "col_status": N_("access report", "Status"),
    "col_amount": N_("access report", "Amount"),
    "col_purpose": N_("documents", "Purpose"),
    "col_given": N_("access report", "Given"),
    "col_how": N_("access report", "How"),
    "col_withdrawn": N_("access report", "Withdrawn"),
    "still_valid": N_("access report", "Still valid"),
    "col_opened": N_("access report", "Opened"),
    "col_kind": N_("access report", "Type"),
    "col_order": N_("access report", "Order"),
    "col_closed": N_("access report", "Closed"),
    "col_reference": N_("access report", "Reference"),
    "col_received": N_("access report", "Received"),
    "col_completed": N_("access report", "Completed"),
    "legal_basis": N_("documents", "Legal basis"),
    "retention": N_("documents", "Retention period"),
    "recipients": N_("documents", "Recipients"),
    "source": N_("access report", "Source"),
    # register metadata shown with the fields
    "customer_number": N_("documents", "Customer number"),
    "created_at": N_("access report", "Customer since"),
    "updated_at": N_("access report", "Last changed"),
    "last_activity_at": N_("access report", "Last activity"),
}

FIELD_LABELS: dict[str, Text] = {
    "first_name": N_("documents", "First name"),
    "last_name": N_("documents", "Last name"),
    "mobile": N_("documents", "Mobile phone"),
    "email": N_("documents", "Email"),
    "street": N_("documents", "Street address"),
    "postal_code": N_("documents", "Postal code"),
    "city": N_("documents", "City"),
    "country": N_("documents", "Country"),
    "company_name": N_("documents", "Company name"),
    "org_number": N_("documents", "Organisation number"),
    "invoice_email": N_("documents", "Invoice email"),
    "notes": N_("documents", "Notes"),
}

# The shop's own organisation number: the name of the register differs by country.
ORG_NUMBER_LABEL: dict[str, Text] = {
    "NO": N_("organisation number in NO", "Org. no."),
    "SE": N_("organisation number in SE", "Corporate ID no."),
    "FI": N_("organisation number in FI", "Business ID"),
    "DK": N_("organisation number in DK", "CVR no."),
}
ORG_NUMBER_GENERIC: Text = N_("documents", "Org. no.")

PURCHASE_STATUS: dict[str, Text] = {
    "received": N_("purchase status", "Received"),
    "ready": N_("purchase status", "Ready for collection"),
    "picked_up": N_("purchase status", "Collected"),
    "delivered": N_("purchase status", "Delivered"),
    "returned": N_("purchase status", "Returned"),
    "cancelled": N_("purchase status", "Cancelled"),
}

EVENT_KIND: dict[str, Text] = {
    "return": N_("documents", "Return"),
    "complaint": N_("documents", "Complaint"),
    "repair": N_("documents", "Repair"),
}

EVENT_STATUS: dict[str, Text] = {
    "open": N_("documents", "Open"),
    "resolved": N_("documents", "Resolved"),
    "rejected": N_("documents", "Rejected"),
}

REQUEST_KIND: dict[str, Text] = {
    "access": N_("documents", "Access"),
    "rectification": N_("documents", "Rectification"),
    "erasure": N_("documents", "Erasure"),
    "restriction": N_("documents", "Restriction"),
    "portability": N_("documents", "Data portability"),
    "objection": N_("documents", "Objection to marketing"),
    "consent_withdrawal": N_("documents", "Withdrawal of consent"),
}

REQUEST_STATUS: dict[str, Text] = {
    "received": N_("request status", "Received"),
    "identity_verified": N_("request status", "Identity verified"),
    "in_progress": N_("request status", "In progress"),
    "completed": N_("request status", "Completed"),
    "refused": N_("request status", "Refused"),
}

CONSENT_SOURCE: dict[str, Text] = {
    "counter": N_("documents", "In the shop"),
    "web": N_("documents", "On our website"),
    "email": N_("documents", "By email"),
    "phone": N_("documents", "By phone"),
    "letter": N_("documents", "By letter"),
}

# How identity was verified (domain.access.VerificationMethod), and what the detail names.
VERIFICATION_METHOD: dict[str, Text] = {
    "photo_id": N_("documents", "photo ID, shown in the shop"),
    "knowledge": N_("documents", "you confirmed a detail we already hold"),
    "email_code": N_("documents", "a one-time code sent to the email address we hold"),
    "sms_code": N_("documents", "a one-time code sent by text message to the mobile number we hold"),
    "business_reason": N_("documents", "no identity check; the data was retrieved for a business reason"),
    "created": N_("documents", "you were registered as a customer in person"),
}

PHOTO_ID_TYPE: dict[str, Text] = {
    "passport": N_("documents", "passport"),
    "national_id": N_("documents", "national ID card"),
    "driving_licence": N_("documents", "driving licence"),
    "bank_card": N_("documents", "bank card with photo"),
    "other": N_("documents", "other photo ID"),
}

KNOWLEDGE_FIELD: dict[str, Text] = {
    "mobile": N_("documents", "mobile number"),
    "email": N_("documents", "email address"),
    "ticket": N_("documents", "order number"),
}

# domain.access.DEFAULT_REASONS codes
BUSINESS_REASON: dict[str, Text] = {
    "order_follow_up": N_("documents", "following up an order"),
    "invoicing": N_("documents", "invoicing and payment"),
    "complaint": N_("documents", "handling a complaint, return or repair"),
    "data_subject_request": N_("documents", "answering your own request"),
    "legal_obligation": N_("documents", "a legal obligation"),
    "register_maintenance": N_("documents", "maintaining the register"),
}

_DETAIL_LABELS: dict[str, dict[str, Text]] = {
    "photo_id": PHOTO_ID_TYPE, "knowledge": KNOWLEDGE_FIELD, "business_reason": BUSINESS_REASON,
}


# A letter is signed with the staff member's full name and role, never the login name.
STAFF_ROLES: dict[str, Text] = {
    "owner": N_("signature", "Owner"),
    "counter": N_("signature", "Shop assistant"),
}


def signature_lines(name: str, role: str, shop: str, language: str) -> list[str]:
    """The signature block's lines, plain text: full name, role, the shop."""
    role_text = translate(STAFF_ROLES[role], language) if role in STAFF_ROLES else ""
    return [x for x in (name, role_text, shop) if x]


def word(key: str, language: str) -> str:
    """A word or phrase of the letters (``WORDS``) in ``language``."""
    return translate(WORDS[key], language)


def label(table: dict[str, Text], key: str, language: str) -> str:
    """A vocabulary value in ``language``; the raw value when the table does not know it."""
    texts = table.get(str(key))
    return translate(texts, language) if texts else str(key)


def verification_phrase(method: str, detail: str | None, language: str) -> str:
    """'legitimasjon med bilde, vist i butikken: pass'. The detail is printed only through its label:
    an unknown detail (which could be a typed ID number) is left out, never printed raw."""
    phrase = label(VERIFICATION_METHOD, method, language)
    table = _DETAIL_LABELS.get(str(method))
    if detail and table and detail in table:
        phrase = f"{phrase}: {translate(table[detail], language)}"
    return phrase
