"""Wording of the privacy notice and the record of processing, in nb, nn, sv, fi, da and en.

The legal texts shared with the access report (rights, how to use them, the complaint, the
authorities, transfers, automated decisions) come from ``domain.legal``; the profile's own
vocabulary from ``domain.profile_texts``. What is here is only the notice's frame: titles,
headings and the sentences that join the profile's facts. GDPR Art. 13 lists what a notice
given at collection must contain; each heading notes the point it answers.
"""
from __future__ import annotations

from ..domain.catalogue import N_, Text, translate

NOTICE: dict[str, Text] = {
    "title": N_("privacy notice", "Privacy notice"),
    "subtitle": N_("privacy notice", "How {shop} handles personal data about its customers"),
    "intro": N_("privacy notice", "This privacy notice explains which personal data we record about you as a "
                                  "customer, why we do so, which legal basis we rely on, how long we keep the "
                                  "data, who receives it and what rights you have under the General Data "
                                  "Protection Regulation (GDPR)."),
    # Art. 13(1)(a)
    "h_controller": N_("privacy notice", "Controller and contact"),
    "controller": N_("privacy notice", "{shop} is the controller of the personal data described here. Contact us "
                                       "if you have any questions about how we handle your personal data."),
    "address": N_("privacy notice", "Address"),
    "phone": N_("privacy notice", "Phone"),
    # Art. 13(1)(c), 14(1)(d)
    "h_collected": N_("privacy notice", "What we record"),
    "collected": N_("privacy notice", "About you as a customer we record:"),
    "only_needed": N_("privacy notice", "We record only what is needed for what you buy from us. A field you do "
                                        "not need stays empty, for example your email address if you do not want "
                                        "invoices by email."),
    # Art. 13(2)(e): which data are needed (a requirement to enter into or perform the contract),
    # that none is required by law, and what happens if it is not given (domain.profile_needs).
    "h_needed": N_("privacy notice", "What you need to give us, and what is voluntary"),
    "needed": N_("privacy notice", "No law obliges you to give us personal data. To do the following for you, "
                                   "however, we need the data named; if you do not give it, we cannot do it:"),
    "needed_item": N_("privacy notice", "We need: {fields}. {consequence}"),
    "voluntary": N_("privacy notice", "Everything else is voluntary: {fields}. If you leave it out, we simply do "
                                      "without it."),
    "all_voluntary": N_("privacy notice", "No law or contract obliges you to give us personal data; everything you "
                                          "give us is voluntary."),
    "sole_trader_personal": N_("privacy notice", "If you run a sole proprietorship, its organisation number "
                                                 "identifies you, so we treat it as personal data like everything "
                                                 "else in this notice."),
    "org_company_data": N_("privacy notice", "Organisation numbers are company data; we record them to invoice "
                                             "the company you buy for."),
    # Art. 13(1)(c)
    "h_purposes": N_("privacy notice", "Why we use the data, and the legal basis"),
    "purposes": N_("privacy notice", "We use the data only for the purposes below. For each purpose you can see "
                                     "which data we use, which legal basis in Article 6 of the GDPR we rely on, "
                                     "how long we keep it and who receives it."),
    # Art. 14(2)(f)
    # Issue 16: order notifications are service messages that perform the contract (Art. 6(1)(b)),
    # not marketing; the customer can ask for none (services.notices: channel "none").
    "h_messages": N_("privacy notice", "Messages about your orders"),
    "messages_sms": N_("privacy notice", "We use your mobile number to send you text messages about your orders: "
                                         "when they are ready to collect and if they are delayed."),
    "messages_email": N_("privacy notice", "We use your email address to send you messages about your orders: "
                                           "when they are ready to collect and if they are delayed."),
    "messages_both": N_("privacy notice", "We use your mobile number, or your email address where you have given "
                                          "one, to send you messages about your orders: when they are ready to "
                                          "collect and if they are delayed."),
    "messages_reminders": N_("privacy notice", "If you have not collected an order, we remind you at most {n} "
                                               "times."),
    "messages_basis": N_("privacy notice", "These messages are part of what you have ordered from us (GDPR Art. "
                                           "6(1)(b): necessary to perform a contract with you); they are not "
                                           "marketing. Tell us if you do not want them."),
    "messages_provider": N_("privacy notice", "The text messages are sent through {provider}, which processes your "
                                              "mobile number and the message on our behalf as our processor."),
    "h_sources": N_("privacy notice", "Where the data comes from"),
    "h_marketing": N_("privacy notice", "Marketing"),
    "marketing_none": N_("privacy notice", "We do not use your data for advertising, newsletters, customer "
                                           "analyses or the like."),
    "marketing_a": N_("privacy notice", "We send you marketing only if you have expressly agreed to it (GDPR Art. "
                                        "6(1)(a)). You may withdraw your consent at any time: in the shop, by "
                                        "contacting us, or with the unsubscribe link in every message."),
    "no_sale": N_("privacy notice", "We do not sell your data or give it to others for their marketing."),
    # Art. 13(1)(e)
    "h_recipients": N_("privacy notice", "Who receives the data"),
    "recipients": N_("privacy notice", "We use the following processors and recipients. A processor handles the "
                                       "data only on our instructions and under a data processing agreement (GDPR "
                                       "Art. 28)."),
    # Art. 13(1)(e), 30(1)(d): "the recipients or categories of recipients".
    "recipient_kinds": N_("privacy notice", "For the purposes above we also give data to these kinds of "
                                            "recipients; you may ask us which organisations they are:"),
    "recipients_none": N_("privacy notice", "We do not give the data to anyone outside the shop."),
    "also": N_("privacy notice", "In addition:"),
    "col_name": N_("privacy notice", "Name"),
    "col_role": N_("privacy notice", "Role"),
    "col_country": N_("privacy notice", "Country"),
    "col_kind": N_("privacy notice", "Type"),
    "processor": N_("privacy notice", "Processor"),
    "recipient": N_("privacy notice", "Recipient"),
    # Art. 13(1)(f)
    "transfers_outside": N_("privacy notice", "Some recipients process data outside the EU/EEA ({countries}). We "
                                              "transfer data there only on a valid basis, such as an adequacy "
                                              "decision or the European Commission's standard contractual clauses "
                                              "(GDPR Art. 45 and 46). You may ask us for a copy."),
    # Art. 13(2)(a)
    "h_retention": N_("privacy notice", "How long we keep the data"),
    "retention": N_("privacy notice", "We keep data no longer than its purpose requires:"),
    # services.backup.expire_backups runs at every start and hourly in the app: "when it starts and
    # every day while it runs" is exactly what holds, "at most N days" alone would not be.
    "backups": N_("privacy notice", "Backups of the register are encrypted. We keep one copy a day for {days} days "
                                    "and one a week for {weeks} weeks. The register deletes copies older than "
                                    "{max_days} days when it starts and every day while it runs. Data we "
                                    "have deleted remains in copies taken before the deletion until those copies "
                                    "are deleted; if we restore such a copy, the deletion is carried out again "
                                    "before anyone can see the data."),
    "h_security": N_("privacy notice", "How we protect the data"),
    "security": N_("privacy notice", "The customer register is electronic and needs a login. Only staff who need "
                                     "it have access, and every view and change of customer data is logged. "
                                     "Before we show or hand out your data, we ask you to confirm who you are."),
    "access_notice": N_("privacy notice", "You may ask at any time what personal data we hold about you and "
                                          "receive a copy of it."),
    "h_changes": N_("privacy notice", "Changes to this notice"),
    "changes": N_("privacy notice", "We update this notice when our processing changes. This version applies from "
                                    "{date}."),
}

# The record of processing activities, GDPR Art. 30(1)(a)-(g).
ROPA: dict[str, Text] = {
    "title": N_("record of processing", "Record of processing activities"),
    "subtitle": N_("record of processing", "GDPR Article 30(1) · {shop} · as of {date}"),
    "h_controller": NOTICE["h_controller"],
    "h_activities": N_("record of processing", "Processing activities"),
    "h_processors": N_("record of processing", "Processors and recipients"),
    "h_security": N_("record of processing", "Technical and organisational security measures (Art. 32)"),
    # Art. 30(1)(b): one activity per purpose, with the purpose described.
    "activity": N_("record of processing", "Processing activity"),
    "purpose": N_("record of processing", "Purpose"),
    "subjects": N_("record of processing", "Data subjects"),
    "customers": N_("record of processing", "Customers"),
    "customers_b2b": N_("record of processing", "Customers and contact persons of business customers"),
    "categories": N_("record of processing", "Categories of personal data"),
    "transfers": N_("record of processing", "Transfers outside the EU/EEA"),
    "none": N_("record of processing", "None"),
    # Art. 30(1)(d): "categories of recipients".
    "recipient_kinds": N_("record of processing", "Categories of recipients the activities name without an "
                                                  "organisation:"),
    # Art. 30(1)(e), 46: the documentation of suitable safeguards is kept with the contracts.
    "transfers_outside": N_("record of processing", "To recipients in {countries}, on an adequacy decision or "
                                                    "the European Commission's standard contractual clauses (GDPR "
                                                    "Art. 45 and 46); the documentation is kept with the "
                                                    "processing agreements."),
    "measures": N_("record of processing", "Login for all staff; passwords and PINs stored only as argon2id "
                                           "hashes; roles (owner, counter) enforced in the service layer; "
                                           "identity check before a customer's data is shown; hash-chained audit "
                                           "trail of views and changes; access reports can be encrypted "
                                           "(AES-256); the database overwrites deleted data (secure_delete); a "
                                           "copy before every upgrade and rotated backups."),
}


# Art. 13(2)(e): the consequence of not giving the data a contract purpose needs.
NEED_CONSEQUENCES: dict[str, Text] = {
    "pickup": N_("privacy notice", "Without them we cannot hand what you left with us back to the right person, "
                                   "or tell you when it is ready."),
    "orders_delivery": N_("privacy notice", "Without them we cannot deliver your order or tell you about it."),
    "invoicing": N_("privacy notice", "Without them we cannot send you an invoice; you then pay when you buy."),
    "customer_relationship": N_("privacy notice", "Without them we cannot take your order or follow it up."),
}
NEED_CONSEQUENCE_OTHER: Text = N_("privacy notice", "Without them we cannot do this for you.")


def need_consequence(purpose_key: str, language: str) -> str:
    return translate(NEED_CONSEQUENCES.get(purpose_key, NEED_CONSEQUENCE_OTHER), language)


def notice_text(key: str, language: str) -> str:
    """A phrase of the privacy notice in ``language``."""
    return translate(NOTICE[key], language)


def ropa_text(key: str, language: str) -> str:
    """A phrase of the record of processing activities in ``language``."""
    return translate(ROPA[key], language)
