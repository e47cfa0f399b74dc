"""The outbox: notices queued with the status change, sent to a loopback Infobip API and a loopback
SMTP server, retried with backoff, failed with a reason, and gone with an erased customer."""
from __future__ import annotations

import email
import email.policy
import json
from datetime import datetime, timedelta, timezone

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import insert, select

from kundereg.db import models
from kundereg.domain.enums import PurchaseStatus
from kundereg.domain.notices import Channel, MessageState, NoticeKind, NoticeSettings, SmsProviderKind
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.services import purchases as purchases_module
from kundereg.services.erasure import ErasureService
from kundereg.services.identity import IdentityService
from kundereg.services.notice_secrets import SecretBox
from kundereg.services.notices import NoticeService, queue_ticket_notice
from kundereg.services.outbox import OutboxSender
from kundereg.services.register import ledger_file
from kundereg.services.requests import RequestService
from kundereg.services.sms import InfobipSms

from notify_servers import API_KEY, InfobipServer, SmtpInbox, free_port

HOURS = "Man-fre 9-17"


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 9, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def infobip():
    with InfobipServer() as server:
        yield server


@pytest.fixture
def smtp():
    inbox = SmtpInbox()
    port = free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    inbox.port = port
    yield inbox
    controller.stop()


@pytest.fixture
def notices(db, shop, locations):
    return NoticeService(db, SecretBox(locations.data_dir / "notice.key"), environ={})


def _setup(notices, owner, infobip=None, smtp=None, **changes):
    settings = NoticeSettings(
        sms_provider=SmsProviderKind.INFOBIP if infobip else SmsProviderKind.NONE,
        infobip_base_url=infobip.url if infobip else None, sms_sender="GjovikRens", opening_hours=HOURS,
        smtp_host="127.0.0.1" if smtp else None, smtp_port=smtp.port if smtp else 587,
        smtp_security="none", smtp_sender="rens@example.no", **changes)
    return notices.update_settings(owner, settings, {"sms_api_key": API_KEY} if infobip else None)


@pytest.fixture
def sender(db, notices):
    return OutboxSender(db, notices.transports, base_delay=0.0)


def _ticket(purchases, staff, customer_id):
    return purchases.record(staff, customer_id, PurchaseInput(lines=(PurchaseLineInput("Dress, rens", 1, 24900),)))


def _ready(purchases, staff, customer_id, **kwargs):
    order = _ticket(purchases, staff, customer_id)
    return purchases.set_status(staff, order.id, PurchaseStatus.READY, **kwargs)


def test_marking_ready_queues_one_notice_with_the_status_change(db, purchases, notices, owner, kari, infobip):
    _setup(notices, owner, infobip)
    order = _ready(purchases, owner, kari.id)
    [entry] = notices.outbox(owner, purchase_id=order.id)
    assert (entry.ticket, entry.kind, entry.channel, entry.state) == (
        order.number, NoticeKind.READY, Channel.SMS, MessageState.QUEUED)
    quiet = _ready(purchases, owner, kari.id, notify=False)
    assert notices.outbox(owner, purchase_id=quiet.id) == []
    with db.read() as session:  # no text and no address in the row
        row = session.scalar(select(models.OutboxMessage).where(models.OutboxMessage.purchase_id == order.id))
        assert row.recipient is None and "912" not in json.dumps({c: str(getattr(row, c)) for c in
                                                                 row.__table__.columns.keys()})


def test_a_status_change_that_rolls_back_leaves_no_notice(db, purchases, notices, owner, kari, infobip, monkeypatch):
    _setup(notices, owner, infobip)
    order = _ticket(purchases, owner, kari.id)

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(purchases_module, "audit", broken)
    with pytest.raises(RuntimeError):
        purchases.set_status(owner, order.id, PurchaseStatus.READY)
    assert notices.outbox(owner) == []


def test_the_pickup_sms_reaches_the_provider_in_its_documented_format(
        db, purchases, notices, sender, owner, kari, infobip, audit):
    _setup(notices, owner, infobip)
    order = _ready(purchases, owner, kari.id)
    assert sender.run_until_idle().sent == 1
    [sms] = infobip.phone
    assert sms["to"] == "4791234567" and sms["from"] == "GjovikRens"
    assert f"Bestilling {order.number} er klar til henting" in sms["text"] and HOURS in sms["text"]
    assert infobip.auth_headers == [f"App {API_KEY}"]
    [entry] = notices.outbox(owner, purchase_id=order.id)
    assert entry.state is MessageState.SENT and entry.attempts == 1
    with db.read() as session:
        row = session.get(models.OutboxMessage, entry.id)
        assert sms["messageId"] == row.key == row.provider_id
        trail = [json.loads(r.details) for r in session.scalars(
            select(models.AuditEntry).where(models.AuditEntry.action == "notice"))]
    assert trail == [{"ticket": order.number, "channel": "sms", "state": "sent"}]
    assert sender.poll_deliveries() == 1
    assert notices.outbox(owner, purchase_id=order.id)[0].state is MessageState.DELIVERED
    assert audit.verify(owner).intact


def test_the_customers_language_and_choice_of_email_reach_a_real_smtp_server(
        db, purchases, notices, sender, owner, kari, infobip, smtp):
    _setup(notices, owner, infobip, smtp)
    notices.set_preference(owner, kari.id, "email", "sv")
    order = _ready(purchases, owner, kari.id)
    assert sender.run_until_idle().sent == 1
    assert infobip.phone == []
    [(recipients, raw)] = smtp.messages
    assert recipients == ["kari.sorensen@example.no"]
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert message["Subject"] == f"Gjøvik Rens AS: order {order.number} är klar"
    body = message.get_content()
    assert f"Order {order.number} är klar att hämta" in body and "Öppettider" in body
    with db.read() as session:
        key = session.scalar(select(models.OutboxMessage.key))
    assert message["Message-ID"] == f"<{key}@example.no>"


def test_the_shop_language_is_used_when_the_customer_has_none(purchases, notices, sender, owner, kari, smtp):
    _setup(notices, owner, smtp=smtp)  # no SMS provider: email, where there is an address
    order = _ready(purchases, owner, kari.id)
    sender.run_until_idle()
    [(_, raw)] = smtp.messages
    body = email.message_from_bytes(raw, policy=email.policy.default).get_content()
    assert f"Bestilling {order.number} er klar til henting" in body


def test_a_notice_that_cannot_be_sent_says_why_on_the_ticket(purchases, customers, notices, owner, sender):
    _setup(notices, owner)  # no SMS provider
    per = customers.create(owner, CustomerInput(first_name="Per", last_name="Mobil", mobile="913 45 678"))
    order = _ready(purchases, owner, per.id)
    [entry] = notices.outbox(owner, purchase_id=order.id)
    assert (entry.state, entry.reason) == (MessageState.FAILED, "no_sms_provider")
    assert entry.reason_text == "The shop has no SMS provider and the customer has no email address."
    assert sender.run_until_idle().handled == 0
    notices.set_preference(owner, per.id, "none")
    declined = _ready(purchases, owner, per.id)
    assert notices.outbox(owner, purchase_id=declined.id)[0].reason == "declined"


def test_a_refused_request_fails_with_the_reason_and_is_not_retried(purchases, notices, sender, owner, kari, infobip):
    _setup(notices, owner, infobip)
    infobip.script = [400]
    order = _ready(purchases, owner, kari.id)
    assert sender.run_until_idle().failed == 1
    [entry] = notices.outbox(owner, purchase_id=order.id)
    assert (entry.state, entry.reason, entry.attempts) == (MessageState.FAILED, "rejected", 1)
    assert infobip.phone == []
    assert notices.retry(owner) == 1  # the owner fixed something: queue it again
    assert sender.run_until_idle().sent == 1 and len(infobip.phone) == 1


def test_wrong_credentials_fail_as_unauthorised(db, purchases, notices, owner, kari, infobip):
    _setup(notices, owner, infobip)
    notices.update_settings(owner, notices.settings(owner), {"sms_api_key": "wrong"})
    order = _ready(purchases, owner, kari.id)
    OutboxSender(db, notices.transports).run_until_idle()
    assert notices.outbox(owner, purchase_id=order.id)[0].reason == "unauthorised"
    assert infobip.auth_headers == ["App wrong"] and infobip.phone == []


@pytest.mark.parametrize("trouble, reason", [(503, "provider_error"), (500, "provider_error"),
                                             (429, "rate_limited")])
def test_server_errors_and_rate_limits_are_retried_with_exponential_backoff(
        db, purchases, notices, owner, kari, infobip, trouble, reason):
    _setup(notices, owner, infobip)
    infobip.script = [trouble, trouble]
    clock = Clock()
    sender = OutboxSender(db, notices.transports, clock=clock, base_delay=30.0)
    order = _ready(purchases, owner, kari.id)
    with db.transaction() as session:  # queued "now" by the test's clock
        session.execute(models.OutboxMessage.__table__.update().values(next_attempt_at=clock.now))
    assert sender.send_due().retrying == 1
    [entry] = notices.outbox(owner, purchase_id=order.id)
    assert (entry.state, entry.reason) == (MessageState.QUEUED, reason)
    with db.read() as session:
        first = session.get(models.OutboxMessage, entry.id).next_attempt_at
    assert first == clock.now + timedelta(seconds=30)
    assert sender.send_due().handled == 0  # not due yet
    clock.now = first
    assert sender.send_due().retrying == 1
    with db.read() as session:
        assert session.get(models.OutboxMessage, entry.id).next_attempt_at == clock.now + timedelta(seconds=60)
    clock.now += timedelta(seconds=60)
    assert sender.send_due().sent == 1
    assert len(infobip.phone) == 1 and notices.outbox(owner)[0].attempts == 3


def test_a_provider_that_does_not_answer_in_time_is_retried(db, purchases, notices, owner, kari, infobip):
    _setup(notices, owner, infobip)
    infobip.script = ["hang"]
    sender = OutboxSender(db, lambda: {Channel.SMS: InfobipSms(infobip.url, API_KEY, "GjovikRens", timeout=0.2)},
                          base_delay=0.0)
    order = _ready(purchases, owner, kari.id)
    assert sender.send_due().retrying == 1
    assert notices.outbox(owner, purchase_id=order.id)[0].reason == "timeout"
    assert sender.send_due().sent == 1
    assert infobip.per_message() == {notices_key(db): 1}


def notices_key(db):
    with db.read() as session:
        return session.scalar(select(models.OutboxMessage.key))


def test_repeated_failures_end_as_failed_with_the_last_reason(db, purchases, notices, owner, kari, infobip):
    _setup(notices, owner, infobip)
    infobip.script = [502] * 3
    sender = OutboxSender(db, notices.transports, base_delay=0.0, max_attempts=3)
    order = _ready(purchases, owner, kari.id)
    assert sender.run_until_idle().failed == 1
    assert (notices.outbox(owner, purchase_id=order.id)[0].state, infobip.phone) == (MessageState.FAILED, [])


def test_a_thousand_notices_queued_at_once_are_all_sent_none_twice(db, shop, notices, owner, infobip):
    _setup(notices, owner, infobip)
    now = datetime.now(timezone.utc)
    with db.transaction() as session:
        session.execute(insert(models.Customer), [
            dict(id=10_000 + i, first_name=f"K{i}", mobile=f"+479{i:07d}", country="NO", created_at=now,
                 updated_at=now, last_activity_at=now, version=1, search_doc="", sort_key="") for i in range(1000)])
        session.execute(insert(models.Purchase), [
            dict(id=10_000 + i, number=10_000 + i, customer_id=10_000 + i, total_minor=100, currency="NOK",
                 status="ready", purchased_at=now, status_changed_at=now, document_kind="receipt", version=1)
            for i in range(1000)])
    with db.transaction() as session:
        for purchase in session.scalars(select(models.Purchase)):
            queue_ticket_notice(session, purchase)
    sender = OutboxSender(db, notices.transports, base_delay=0.0)
    assert sender.run_until_idle().sent == 1000
    counts = infobip.per_message()
    assert len(counts) == 1000 and set(counts.values()) == {1} and infobip.duplicates == []
    assert sorted(m["to"] for m in infobip.phone) == sorted(f"479{i:07d}" for i in range(1000))
    assert {e.state for e in notices.outbox(owner, limit=5000)} == {MessageState.SENT}


def test_a_delay_notice_and_reminders_after_n_days_at_most_m(db, purchases, notices, owner, kari, infobip):
    _setup(notices, owner, infobip, reminder_after_days=7, reminder_max=2)
    order = _ticket(purchases, owner, kari.id)
    delay = notices.queue_delay(owner, order.id, 2)
    assert delay.kind is NoticeKind.DELAY
    OutboxSender(db, notices.transports).run_until_idle()
    assert f"Bestilling {order.number} trenger 2 dager til" in infobip.phone[0]["text"]
    ready = purchases.set_status(owner, order.id, PurchaseStatus.READY)
    since = ready.status_changed_at
    assert notices.queue_reminders(now=since + timedelta(days=6)) == 0
    assert notices.queue_reminders(now=since + timedelta(days=7)) == 1
    assert notices.queue_reminders(now=since + timedelta(days=8)) == 0  # the next one is due after 14 days
    assert notices.queue_reminders(now=since + timedelta(days=14)) == 1
    assert notices.queue_reminders(now=since + timedelta(days=60)) == 0  # at most two
    kinds = sorted(e.kind.value for e in notices.outbox(owner, purchase_id=order.id))
    assert kinds == ["delay", "ready", "reminder", "reminder"]
    purchases.set_status(owner, order.id, PurchaseStatus.PICKED_UP)
    later = since + timedelta(days=60)
    OutboxSender(db, notices.transports, clock=lambda: later).run_until_idle()  # collected: no reminder goes out
    reasons = {e.reason for e in notices.outbox(owner, purchase_id=order.id) if e.kind is NoticeKind.REMINDER}
    assert reasons == {"collected"}


def test_send_a_test_message_to_the_shops_own_number(db, notices, owner, infobip, sender):
    _setup(notices, owner, infobip)
    entry = notices.queue_test(owner, "+47 22 33 44 55")
    assert sender.run_until_idle().sent == 1
    assert infobip.phone[0]["to"] == "4722334455" and "Testmelding" in infobip.phone[0]["text"]
    with db.read() as session:
        assert session.get(models.OutboxMessage, entry.id).recipient is None  # not kept once sent


def test_credentials_are_encrypted_with_a_key_outside_the_register(db, notices, owner, infobip, locations):
    _setup(notices, owner, infobip)
    key_file = locations.data_dir / "notice.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    db.close()
    assert API_KEY.encode() not in locations.sqlite_path.read_bytes()
    assert not any(API_KEY.encode() in p.read_bytes() for p in locations.data_dir.rglob("*") if p.is_file())
    settings = notices.settings(owner)
    assert settings.has_sms_secret and not settings.has_smtp_password


def test_an_erased_customers_notices_leave_no_trace_in_the_data_folder(
        db, locations, customers, purchases, notices, owner, infobip, smtp):
    _setup(notices, owner, infobip, smtp)
    mobile, address = "+47 917 53 186", "zorgbaek.quixwell@eksempel.no"
    person = customers.create(owner, CustomerInput(first_name="Zørgbæk", last_name="Quixwellsen", mobile=mobile,
                                                   email=address))
    sender = OutboxSender(db, notices.transports, base_delay=0.0)
    order = _ready(purchases, owner, person.id)
    sender.run_until_idle()
    notices.set_preference(owner, person.id, "email")
    purchases.set_status(owner, order.id, PurchaseStatus.RECEIVED)
    purchases.set_status(owner, order.id, PurchaseStatus.READY)
    sender.run_until_idle()
    text = infobip.phone[0]["text"]
    # A third notice still queued when the person is erased (the provider is down).
    infobip.script = [503] * 5
    purchases.set_status(owner, order.id, PurchaseStatus.RECEIVED)
    notices.set_preference(owner, person.id, "sms")
    purchases.set_status(owner, order.id, PurchaseStatus.READY)
    OutboxSender(db, notices.transports, base_delay=3600.0).send_due()
    purchases.set_status(owner, order.id, PurchaseStatus.PICKED_UP)
    assert len(smtp.messages) == 1 and len(infobip.phone) == 1
    with db.read() as session:
        assert session.scalar(select(models.OutboxMessage.id).where(
            models.OutboxMessage.state == "queued")) is not None
    requests, identity = RequestService(db), IdentityService(db)
    request = requests.register(owner, person.id, "erasure", "counter")
    identity.verify_photo_id(owner, person.id, "passport")
    request = requests.confirm_identity(owner, request.id)
    ErasureService(db, ledger_file(locations)).erase(owner, request.id, "nb")
    with db.read() as session:
        assert session.scalars(select(models.OutboxMessage)).all() == []
        assert session.scalars(select(models.NoticePreference)).all() == []
    db.close()
    values = [mobile.replace(" ", ""), "4791753186", "91753186", address, text, text[len("Gjøvik Rens AS: "):]]
    hits = [(p.name, v) for p in locations.data_dir.rglob("*") if p.is_file() for v in values
            if v.encode() in p.read_bytes()]
    assert hits == []


def test_a_shop_that_never_set_notices_up_queues_none(purchases, notices, owner, kari):
    order = _ready(purchases, owner, kari.id)
    assert notices.outbox(owner, purchase_id=order.id) == []
    assert notices.settings(owner).enabled is False
    _setup(notices, owner, enabled=False)
    assert notices.outbox(owner, purchase_id=_ready(purchases, owner, kari.id).id) == []
