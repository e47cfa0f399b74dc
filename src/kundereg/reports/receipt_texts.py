"""Words the erasure receipt (GDPR Art. 17) prints, in the six report languages.

Terminology follows each language's version of the GDPR: nb/nn "sletting", sv "radering",
fi "tietojen poistaminen", da "sletning", en "erasure". Legal texts shared with the access
report (the right to complain, the supervisory authorities, Art. 6(1) bases, the note that no ID
copy is kept) come from ``domain.legal``; generic letter words (dates, reference, page numbers)
from ``reports.texts``. English, translated in the document catalogues (context "erasure receipt").
"""
from __future__ import annotations

from ..domain.catalogue import N_, Text, translate


WORDS: dict[str, Text] = {
    "title": N_("erasure receipt", "Erasure receipt"),
    "subtitle": N_("erasure receipt", "Confirmation that your personal data has been erased under Article 17 GDPR"),
    "salutation": N_("erasure receipt", "Dear customer,"),
    # {received}: a long date; {when}: date and time in the shop's time zone (Formatter.when)
    "intro_received": N_("erasure receipt", "We have erased your personal data, as you asked in your request, "
                                            "which we received on {received}."),
    "intro": N_("erasure receipt", "We have erased your personal data, as you asked."),
    "done_by": N_("erasure receipt", "The erasure was carried out by {staff} {when}."),
    "done": N_("erasure receipt", "The erasure was carried out {when}."),
    "receipt_says": N_("erasure receipt", "This receipt shows what we erased, what the law requires us to keep "
                                          "and for how long, and what happens to our backups."),
    "verified": N_("erasure receipt", "Before erasing anything, we confirmed that the request came from you "
                                      "({method}). The check was made by {staff} {when}."),
    "verified_no_staff": N_("erasure receipt", "Before erasing anything, we confirmed that the request came from "
                                               "you ({method}). The check was made {when}."),
    # what was erased
    "h_erased": N_("erasure receipt", "What we erased"),
    "erased_intro": N_("erasure receipt", "We have erased the following from our customer register:"),
    # what the law keeps
    "h_kept": N_("erasure receipt", "What we must keep for a while"),
    # {article}: GDPR Art. 17(3)(b), cited in the language's own way (ART17_3B)
    "kept_intro": N_("erasure receipt", "Bookkeeping rules require us to keep accounting records for a set "
                                        "period. The right to erasure does not apply to data we are legally "
                                        "obliged to keep ({article}). We use these records only for our accounts "
                                        "and for audits, and they are deleted automatically when the retention "
                                        "period ends."),
    "kept_receipt": N_("erasure receipt", "Cash receipts are kept without any link to you: nothing on them shows "
                                          "that you were the buyer."),
    # {law_ref}: " (provision)" when the provision is known, else empty
    # Which buyer details stay differs by country (services.erasure._buyer): the appendix lists them.
    "kept_invoice": N_("erasure receipt", "Invoices must show the details of the buyer that the law "
                                          "requires{law_ref}. Only the details listed below stay on the invoices, "
                                          "until the retention period ends."),
    # Only Norway keeps orders that never became a sale (secondary documentation).
    "kept_order": N_("erasure receipt", "Orders that never became a sale are secondary documentation under the "
                                        "Norwegian Bookkeeping Act (bokføringsloven). We keep them without any "
                                        "details about you."),
    "kept_see_appendix": N_("erasure receipt", "The appendix shows what remains on them, which provision requires "
                                               "it and when they will be deleted."),
    "kept_none": N_("erasure receipt", "We keep nothing about you. There are no accounting records about you that "
                                       "the law requires us to keep."),
    # backups
    "h_backups": N_("erasure receipt", "Backups"),
    "backups_one": N_("erasure receipt", "One backup of the register, taken before the erasure, still contains "
                                         "your data."),
    "backups_many": N_("erasure receipt", "{count} backups of the register, taken before the erasure, still "
                                          "contain your data."),
    "backups_body": N_("erasure receipt", "Backups are encrypted and cannot be edited, so we cannot erase you "
                                          "from them. We keep {daily} daily and {weekly} weekly copies; the "
                                          "register deletes older copies when it starts and every day while it "
                                          "runs."),
    "backups_expire": N_("erasure receipt", "The copies taken before the erasure are therefore deleted by "
                                            "{expires} at the latest (if the register is not in use that day, as "
                                            "soon as it is next started)."),
    "backups_restore": N_("erasure receipt", "If we ever have to restore such a copy, we carry out the erasure "
                                             "again before anyone can see the data. For this we keep a list of "
                                             "erasures that holds only the customer number and the time."),
    "backups_none": N_("erasure receipt", "No backup contains your data: there is no copy of the register from "
                                          "before the erasure."),
    # customer number, logs, the request record
    "h_number": N_("erasure receipt", "Your customer number and our logs"),
    "number_text": N_("erasure receipt", "Your customer number was {number}. It no longer leads to you or to any "
                                         "data about you."),
    "log_text": N_("erasure receipt", "Our log of what is done in the customer register shows only the customer "
                                      "number and what was done, never your name or any other details about you. "
                                      "We keep the request itself (reference, dates and how we handled it) "
                                      "without any link to you, so that we can show we handled it (GDPR Art. "
                                      "5(2))."),
    # questions and complaints
    "h_questions": N_("erasure receipt", "Questions and complaints"),
    "questions": N_("erasure receipt", "If you have any questions about the erasure, you are welcome to contact "
                                       "us{channels}. Please quote the reference {reference}: now that your data "
                                       "is erased, it is the only way we can find the case."),
    # the appendix
    "appendix": N_("erasure receipt", "Appendix: Records we are required to keep"),
    "appendix_intro": N_("erasure receipt", "The table lists the accounting records the law requires us to keep "
                                            "after the erasure: what remains on them, the legal basis, and the "
                                            "last day they are kept. After that day we delete them in our next "
                                            "routine clean-up."),
    "col_what": N_("erasure receipt", "What"),
    "col_count": N_("erasure receipt", "Count"),
    "col_remains": N_("erasure receipt", "What remains"),
    "col_basis": N_("erasure receipt", "Legal basis"),
    "col_until": N_("erasure receipt", "Kept until"),
    "buyer_law": N_("erasure receipt", "Buyer's details: {law}"),
}

# GDPR Art. 17(3)(b): the exception for data a legal obligation requires the controller to keep.
# Cited the way each language cites articles (see domain.legal.ART6_CITATION).
ART17_3B: Text = N_("erasure receipt", "GDPR Art. 17(3)(b)")

# What the erasure deleted: the keys services.erasure produces, in the order it lists them.
ERASED: dict[str, Text] = {
    "contact": N_("erasure receipt", "Name, mobile number and email address"),
    "address": N_("erasure receipt", "Postal address"),
    "company": N_("erasure receipt", "Company details: company name, organisation number and invoice email"),
    "notes": N_("erasure receipt", "Our notes about you and free-text comments on your requests"),
    "consents": N_("erasure receipt", "Consents, including those you had withdrawn"),
    "service_events": N_("erasure receipt", "Complaints, returns and repairs"),
    "purchases": N_("erasure receipt", "Purchases and orders that no law still requires us to keep, deleted entirely"),
    "order_notes": N_("erasure receipt", "Free-text notes on purchase records we must keep"),
    "search_index": N_("erasure receipt", "Search index entries that let us find you by name, phone or email"),
    "verification": N_("erasure receipt", "Temporary data from the identity check"),
}
# Categories that are a number of records; the others are one block of fields, shown without a count.
COUNTED: frozenset[str] = frozenset({"consents", "service_events", "purchases", "order_notes"})

KEPT_KIND: dict[str, Text] = {
    "receipt": N_("erasure receipt", "Cash receipts"),
    "invoice": N_("erasure receipt", "Invoices"),
    "order": N_("erasure receipt", "Orders that did not become a sale"),
}

# What a kept record still shows (KeptRecords.fields).
KEPT_FIELD: dict[str, Text] = {
    "number": N_("erasure receipt", "number"),
    "date": N_("erasure receipt", "date"),
    "lines": N_("erasure receipt", "item lines"),
    "total": N_("erasure receipt", "total"),
    "buyer_name": N_("erasure receipt", "buyer's name"),
    "buyer_address": N_("erasure receipt", "buyer's address"),
    "buyer_org_number": N_("erasure receipt", "buyer's organisation number"),
}


def receipt_text(key: str, language: str) -> str:
    """A phrase of the erasure receipt (``WORDS``) in ``language``."""
    return translate(WORDS[key], language)


def receipt_title(language: str) -> str:
    return receipt_text("title", language)
