"""Roles, login lockout, the identity gate and one-time codes, enforced in the services."""
from __future__ import annotations

import re
import socket
from datetime import datetime, timedelta, timezone

import pytest
from aiosmtpd.controller import Controller

from kundereg.domain.access import (AuthenticationFailed, PermissionDenied, VerificationFailed,
                                    VerificationMethod, VerificationRequired)
from kundereg.domain.errors import StateError, ValidationError
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.services import demo
from kundereg.services.auth import MAX_FREE_ATTEMPTS, AuthService, wait_after
from kundereg.services.identity import IdentityService
from kundereg.services.mail import SmtpCodeSender, SmtpSettings

from staff_secrets import COUNTER_PASSWORD, COUNTER_PIN, OWNER_PASSWORD

ORDER = PurchaseInput(lines=(PurchaseLineInput("Dress", 1, 29900),))


# -- the role matrix -------------------------------------------------------------------------

def _operations(ctx):
    """name -> (call(staff), roles allowed). Gated calls get a stated reason first."""
    c, p, k, a, i, au = ctx["customers"], ctx["purchases"], ctx["consents"], ctx["auth"], ctx["identity"], ctx["audit"]
    kid = ctx["kari"].id
    return {
        "search": (lambda s: c.search(s, "kari"), {"owner", "counter"}),
        "create customer": (lambda s: c.create(s, CustomerInput(last_name="Ny")), {"owner", "counter"}),
        "view customer": (lambda s: c.get(s, kid), {"owner", "counter"}),
        "edit customer": (lambda s: c.update(s, kid, c.get(s, kid).version, CustomerInput(last_name="Berg")),
                          {"owner", "counter"}),
        "purchase history": (lambda s: p.history(s, kid), {"owner", "counter"}),
        "record order": (lambda s: p.record(s, kid, ORDER), {"owner", "counter"}),
        "change ticket status": (lambda s: p.set_status(s, ctx["ticket"].id, "ready"), {"owner", "counter"}),
        "pickup list": (lambda s: p.ready_for_pickup(s), {"owner", "counter"}),
        "service event": (lambda s: p.add_service_event(s, kid, "repair", "Glidelås"), {"owner", "counter"}),
        "service events": (lambda s: p.service_events(s, kid), {"owner", "counter"}),
        "give consent": (lambda s: k.give(s, kid, "newsletter", "counter"), {"owner", "counter"}),
        "consent history": (lambda s: k.history(s, kid), {"owner", "counter"}),
        "verify photo ID": (lambda s: i.verify_photo_id(s, kid, "passport"), {"owner", "counter"}),
        "state reason": (lambda s: i.state_reason(s, kid, "invoicing"), {"owner", "counter"}),
        "demo data": (lambda s: demo.generate(ctx["db"], s, customers=2), {"owner"}),
        "audit verify": (lambda s: au.verify(s), {"owner"}),
        "audit entries": (lambda s: au.entries(s, customer_id=kid), {"owner"}),
        "add staff": (lambda s: a.add_staff(s, username="ny", display_name="Ny", role="counter",
                                            password="long enough"), {"owner"}),
        "list staff": (lambda s: a.list_staff(s), {"owner"}),
        "reset password": (lambda s: a.reset_password(s, ctx["counter"].actor.staff_id, "another secret"),
                           {"owner"}),
    }


OPERATIONS = [
    "search", "create customer", "view customer", "edit customer", "purchase history", "record order",
    "change ticket status", "pickup list", "service event", "service events", "give consent", "consent history",
    "verify photo ID", "state reason", "demo data", "audit verify", "audit entries", "add staff", "list staff",
    "reset password"]


@pytest.mark.parametrize("role", ["owner", "counter", None])
@pytest.mark.parametrize("operation", OPERATIONS)
def test_role_matrix(role, operation, db, customers, purchases, consents, auth, identity, audit, owner, counter,
                     kari):
    ticket = purchases.record(owner, kari.id, ORDER)
    ctx = dict(db=db, customers=customers, purchases=purchases, consents=consents, auth=auth, identity=identity,
               audit=audit, kari=kari, ticket=ticket, counter=counter)
    call, allowed = _operations(ctx)[operation]
    staff = {"owner": owner, "counter": counter, None: None}[role]
    if staff is not None:
        identity.state_reason(staff, kari.id, "register_maintenance")
    if role in allowed:
        call(staff)
    else:
        with pytest.raises(PermissionDenied):
            call(staff)


def test_a_forged_actor_object_is_not_a_session(customers, kari):
    from kundereg.domain.access import Actor
    from kundereg.domain.enums import StaffRole

    with pytest.raises(PermissionDenied):
        customers.search(Actor(1, "eier", "Eier", StaffRole.OWNER), "kari")


# -- login and lockout -----------------------------------------------------------------------

class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 22, 12, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


def test_counter_logs_in_with_pin_owner_only_with_password(auth, counter):
    assert auth.login("disk", COUNTER_PIN).actor.username == "disk"
    assert auth.login("DISK", COUNTER_PASSWORD).actor.role.value == "counter"
    with pytest.raises(ValidationError, match="PIN"):
        auth.set_pin(auth.login("eier", OWNER_PASSWORD), auth.login("eier", OWNER_PASSWORD).actor.staff_id, "1234")


def test_lockout_grows_with_each_failure(db, shop, audit, owner):
    clock = Clock()
    auth = AuthService(db, clock=clock)
    for _ in range(MAX_FREE_ATTEMPTS - 1):
        with pytest.raises(AuthenticationFailed, match="wrong password"):
            auth.login("eier", "nope")
    with pytest.raises(AuthenticationFailed, match="30 seconds"):
        auth.login("eier", "nope")  # the fifth failure starts the wait
    with pytest.raises(AuthenticationFailed, match="Try again in 30 seconds"):
        auth.login("eier", OWNER_PASSWORD)  # even the right password waits
    clock.now += timedelta(seconds=31)
    with pytest.raises(AuthenticationFailed, match="60 seconds"):
        auth.login("eier", "nope")  # sixth failure: twice as long
    clock.now += timedelta(seconds=61)
    assert auth.login("eier", OWNER_PASSWORD).actor.username == "eier"  # success resets the count
    with pytest.raises(AuthenticationFailed, match="wrong password"):
        auth.login("eier", "nope")
    assert [wait_after(n).total_seconds() for n in (4, 5, 6, 7, 20)] == [0, 30, 60, 120, 3600]
    failures = [e for e in audit.entries(owner, limit=100) if e.action == "login_failed"]
    assert len(failures) == 8 and {e.details["reason"] for e in failures} == {"wrong_secret", "locked"}


def test_unknown_user_is_audited_without_the_typed_name(auth, audit, owner):
    with pytest.raises(AuthenticationFailed, match="Unknown user or wrong password"):
        auth.login("hunter2-typed-in-the-name-field", "x")
    [entry] = [e for e in audit.entries(owner) if e.action == "login_failed"]
    assert entry.staff_id is None and "hunter2" not in str(entry.details)


def test_unlock_needs_the_same_persons_secret(auth, counter):
    auth.lock(counter)
    with pytest.raises(AuthenticationFailed):
        auth.unlock(counter, OWNER_PASSWORD)
    auth.unlock(counter, COUNTER_PIN)


def test_last_owner_cannot_be_deactivated(auth, owner):
    with pytest.raises(StateError, match="last owner"):
        auth.set_active(owner, owner.actor.staff_id, False)


# -- the identity gate -------------------------------------------------------------------------

@pytest.fixture
def anna(customers, counter, owner):
    """Registered by the owner: the counter session has not verified her."""
    return customers.create(owner, CustomerInput(first_name="Anna", last_name="Lie", mobile="917 86 503",
                                                 email="anna.lie@example.no"))


def test_search_shows_only_masked_contact_details(customers, counter, anna):
    [hit] = customers.search(counter, "anna lie")
    assert (hit.masked_mobile, hit.masked_email) == ("+47 ••• •• 503", "a•••@example.no")
    assert not hasattr(hit, "mobile") and not hasattr(hit, "email")


def test_full_record_needs_verification(customers, purchases, counter, anna):
    for call in (lambda: customers.get(counter, anna.id), lambda: purchases.history(counter, anna.id),
                 lambda: purchases.record(counter, anna.id, ORDER)):
        with pytest.raises(VerificationRequired):
            call()


def test_photo_id_records_the_type_only(customers, identity, audit, counter, owner, anna):
    verification = identity.verify_photo_id(counter, anna.id, "driving_licence")
    assert (verification.method, verification.detail) == (VerificationMethod.PHOTO_ID, "driving_licence")
    assert customers.get(counter, anna.id).mobile == "+4791786503"
    with pytest.raises(ValidationError, match="ID type"):
        identity.verify_photo_id(counter, anna.id, "12345678901")  # an ID number is not a type
    entry = next(e for e in audit.entries(owner, customer_id=anna.id) if e.action == "identity_verified")
    assert entry.details == {"method": "photo_id", "detail": "driving_licence"}


@pytest.mark.parametrize(("field", "stated"), [("mobile", "+47 917 86 503"), ("mobile", "91786503"),
                                               ("email", "ANNA.LIE@example.no")])
def test_knowledge_check_compares_normalised_values(customers, identity, counter, anna, field, stated):
    identity.verify_knowledge(counter, anna.id, field, stated)
    assert customers.get(counter, anna.id).id == anna.id


def test_knowledge_check_by_ticket_number(identity, purchases, owner, counter, anna):
    ticket = purchases.record(owner, anna.id, ORDER)
    with pytest.raises(VerificationFailed):
        identity.verify_knowledge(counter, anna.id, "ticket", str(ticket.number + 1))
    identity.verify_knowledge(counter, anna.id, "ticket", f"#{ticket.number}")


def test_wrong_answers_reveal_nothing_and_are_limited(identity, counter, anna):
    for attempt in range(3):
        with pytest.raises(VerificationFailed) as info:
            identity.verify_knowledge(counter, anna.id, "mobile", "912 00 000")
        assert "503" not in info.value.message and "917" not in info.value.message
    with pytest.raises(StateError, match="Too many wrong answers"):
        identity.verify_knowledge(counter, anna.id, "mobile", "917 86 503")  # even the right one, now


def test_business_reason_from_the_shops_purposes(customers, identity, counter, anna):
    with pytest.raises(ValidationError, match="Reason"):
        identity.state_reason(counter, anna.id, "just curious")
    verification = identity.state_reason(counter, anna.id, "complaint")
    assert (verification.method, verification.detail) == (VerificationMethod.BUSINESS_REASON, "complaint")
    assert customers.get(counter, anna.id).id == anna.id


def test_verification_ends_with_the_record_lock_and_user_switch(customers, identity, auth, counter, anna):
    identity.verify_photo_id(counter, anna.id, "passport")
    identity.close_record(counter, anna.id)
    with pytest.raises(VerificationRequired):
        customers.get(counter, anna.id)
    identity.verify_photo_id(counter, anna.id, "passport")
    auth.lock(counter)
    with pytest.raises(VerificationRequired):
        customers.get(counter, anna.id)
    other = auth.login("eier", OWNER_PASSWORD)  # a different login never inherits verifications
    with pytest.raises(VerificationRequired):
        customers.get(other, anna.id)


def test_whoever_registers_a_person_may_see_them(customers, counter):
    new = customers.create(counter, CustomerInput(first_name="Per", last_name="Ny"))
    assert customers.get(counter, new.id).last_name == "Ny"


# -- one-time codes through a real SMTP server -------------------------------------------------

class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd API)
        self.messages.append((list(envelope.rcpt_tos), envelope.content.decode("utf-8", "replace")))
        return "250 OK"


@pytest.fixture
def smtp_server():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield SmtpSettings(host="127.0.0.1", port=port, security="none", sender="rens@example.no"), inbox
    controller.stop()


def test_email_code_flow(db, customers, counter, anna, smtp_server):
    settings, inbox = smtp_server
    clock = Clock()
    identity = IdentityService(db, {VerificationMethod.EMAIL_CODE: SmtpCodeSender(settings)}, clock=clock)
    assert identity.send_code(counter, anna.id) == "a•••@example.no"
    [(recipients, body)] = inbox.messages
    assert recipients == ["anna.lie@example.no"]
    code = re.search(r"^\s+(\d{6})\s*$", body, re.M).group(1)
    with pytest.raises(VerificationFailed, match="code is wrong"):
        identity.confirm_code(counter, anna.id, "000000" if code != "000000" else "111111")
    verification = identity.confirm_code(counter, anna.id, code)
    assert verification.method is VerificationMethod.EMAIL_CODE
    assert customers.get(counter, anna.id).email == "anna.lie@example.no"


def test_email_code_expires_and_is_single_use(db, counter, anna, smtp_server):
    settings, inbox = smtp_server
    clock = Clock()
    identity = IdentityService(db, {VerificationMethod.EMAIL_CODE: SmtpCodeSender(settings)}, clock=clock)
    identity.send_code(counter, anna.id)
    code = re.search(r"^\s+(\d{6})\s*$", inbox.messages[-1][1], re.M).group(1)
    clock.now += timedelta(minutes=11)
    with pytest.raises(StateError, match="No valid code"):
        identity.confirm_code(counter, anna.id, code)
    identity.send_code(counter, anna.id)
    code = re.search(r"^\s+(\d{6})\s*$", inbox.messages[-1][1], re.M).group(1)
    identity.confirm_code(counter, anna.id, code)
    with pytest.raises(StateError):
        identity.confirm_code(counter, anna.id, code)


def test_unreachable_mail_server_is_explained(db, counter, anna):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    settings = SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=2)
    identity = IdentityService(db, {VerificationMethod.EMAIL_CODE: SmtpCodeSender(settings)})
    with pytest.raises(Exception, match="could not be sent by email"):
        identity.send_code(counter, anna.id)


def test_no_code_channel_configured(identity, counter, anna):
    with pytest.raises(StateError, match="not set up"):
        identity.send_code(counter, anna.id)


def test_staff_name_errors_name_the_right_field(auth, owner):
    with pytest.raises(ValidationError) as info:
        auth.add_staff(owner, username="ny", display_name="x" * 101, role="counter", password="long enough")
    assert info.value.field == "display_name" and "Name" in info.value.message


def test_a_check_that_finishes_after_a_lock_does_not_count(db, customers, auth, counter, anna, monkeypatch):
    identity = IdentityService(db)
    real_record = __import__("kundereg.services.identity", fromlist=["record"]).record

    def lock_meanwhile(session, *args, **kwargs):  # the idle lock fires while the check is being written
        counter.clear()
        return real_record(session, *args, **kwargs)

    monkeypatch.setattr("kundereg.services.identity.record", lock_meanwhile)
    with pytest.raises(StateError, match="locked while the identity check ran"):
        identity.verify_photo_id(counter, anna.id, "passport")
    with pytest.raises(VerificationRequired):
        customers.get(counter, anna.id)
