"""The access report assembled from the register: gate, roles, audit, and what it prints."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kundereg.domain.access import PermissionDenied, VerificationRequired
from kundereg.domain.errors import StateError, ValidationError
from kundereg.domain.records import PurchaseInput, PurchaseLineInput
from kundereg.services.identity import IdentityService
from kundereg.services.reports import ReportService
from kundereg.services.requests import RequestService


@pytest.fixture
def reports(db, shop):
    return ReportService(db)


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_report_prints_the_register_s_data(reports, purchases, consents, identity, audit, owner, kari, db):
    purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Brudekjole", 1, 149900),)))
    consents.give(owner, kari.id, "newsletter", "counter")
    request = RequestService(db).register(owner, kari.id, "access", "counter")
    identity.verify_photo_id(owner, kari.id, "driving_licence")
    out = io.BytesIO()
    data = reports.access_report(owner, kari.id, "nb", out, request_reference=request.reference)
    text = _text(out.getvalue())
    for value in ("Kari", "Sørensen", "kari.sorensen@example.no", "Storgata 1", "2815", "Gjøvik", "Brudekjole",
                  request.reference, "Datatilsynet", "Gjøvik Rens AS"):
        assert value in text, value
    assert data.verification.method == "photo_id"
    [entry] = [e for e in audit.entries(owner, customer_id=kari.id) if e.action == "report"]
    assert entry.details == {"report": "access", "language": "nb", "protected": False,
                             "request": request.reference}


def test_report_needs_owner_and_verification(reports, identity, owner, counter, kari):
    with pytest.raises(VerificationRequired):
        reports.access_report(owner, kari.id + 1, "en", io.BytesIO())
    identity.verify_photo_id(counter, kari.id, "passport")
    with pytest.raises(PermissionDenied):
        reports.access_report(counter, kari.id, "en", io.BytesIO())
    with pytest.raises(ValidationError, match="Language"):
        reports.access_report(owner, kari.id, "de", io.BytesIO())


@pytest.mark.parametrize("opened_by", ["created", "business_reason"])
def test_no_report_without_a_check_of_who_asks(reports, identity, owner, kari, audit, opened_by):
    """Issue 13 defect 6: registering the person or a business reason says nothing about who asks."""
    if opened_by == "business_reason":
        identity.state_reason(owner, kari.id, "complaint")
    out = io.BytesIO()
    with pytest.raises(StateError, match="verify the requester's identity"):
        reports.access_report(owner, kari.id, "nb", out)
    assert out.getvalue() == b""
    assert not [e for e in audit.entries(owner, customer_id=kari.id) if e.action == "report"]


def test_a_check_confirmed_on_the_request_answered_is_enough(reports, identity, owner, kari, db):
    """A request by post: its identity check was confirmed on the request earlier; the report
    answering it, made later for a business reason, prints that check."""
    requests = RequestService(db)
    request = requests.register(owner, kari.id, "access", "letter")
    identity.verify_photo_id(owner, kari.id, "passport")
    requests.confirm_identity(owner, request.id)
    identity.state_reason(owner, kari.id, "complaint")  # the record opened again later, without the person
    data = reports.access_report(owner, kari.id, "en", io.BytesIO(), request_reference=request.reference)
    assert (data.verification.method, data.verification.detail) == ("photo_id", "passport")
    with pytest.raises(StateError):  # the same session, not answering that request
        reports.access_report(owner, kari.id, "en", io.BytesIO())


def test_protected_report_needs_the_password(reports, owner, kari, identity):
    identity.verify_photo_id(owner, kari.id, "passport")
    out = io.BytesIO()
    reports.access_report(owner, kari.id, "sv", out, password="K7QM-3WZP-H9TC-XR4E")
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert reader.is_encrypted
    assert reader.decrypt("K7QM-3WZP-H9TC-XR4E") and "Sørensen" in reader.pages[0].extract_text()


def test_the_access_report_and_the_portability_export_print_the_same_rows(reports, purchases, consents, owner, kari,
                                                                          db):
    """Both read the person through services.person: the same records, in the same order."""
    from kundereg.services.export import ExportService

    for item in ("Skjorte", "Dress", "Gardiner"):
        purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput(item, 1, 34900),)))
    consents.give(owner, kari.id, "newsletter", "counter")
    consents.give(owner, kari.id, "sms offers", "web")
    IdentityService(db).verify_photo_id(owner, kari.id, "passport")  # a report needs a real check
    report = reports.access_report(owner, kari.id, "en", io.BytesIO())
    export = ExportService(db).portability(owner, kari.id, io.BytesIO())
    assert report.customer == export.customer
    assert report.purchases == export.purchases and len(report.purchases) == 3
    assert [p.number for p in report.purchases] == sorted(p.number for p in report.purchases)
    assert report.consents == export.consents and len(report.consents) == 2
    assert report.service_events == export.service_events
