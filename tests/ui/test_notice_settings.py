"""Notice settings dialog, the ticket's notice lines and the background sender, on real services."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from kundereg.domain.enums import PurchaseStatus
from kundereg.domain.notices import REASONS, NoticeKind, SmsProviderKind
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.services.notice_secrets import SecretBox
from kundereg.services.notices import NoticeService
from kundereg.services.outbox import OutboxSender
from kundereg.ui.notice_settings import NoticeSettingsDialog
from kundereg.ui.notice_status import REASON_TEXTS, notice_line, ticket_notices_widget
from kundereg.ui.outbox_worker import OutboxWorker
from kundereg.ui.workers import TaskRunner

from notify_servers import API_KEY, InfobipServer


@pytest.fixture
def notices(db, shop, locations):
    return NoticeService(db, SecretBox(locations.data_dir / "notice.key"), environ={})


@pytest.fixture
def infobip():
    with InfobipServer() as server:
        yield server


def _dialog(qtbot, notices, owner, number="+4722334455"):
    dialog = NoticeSettingsDialog(notices, owner, TaskRunner(synchronous=True), own_number=number)
    qtbot.addWidget(dialog)
    return dialog


def _infobip(dialog, server):
    dialog.provider.setCurrentIndex(dialog.provider.findData(SmsProviderKind.INFOBIP.value))
    dialog.base_url.setText(server.url)
    dialog.api_key.setText(API_KEY)
    dialog.sender_id.setText("GjovikRens")


def test_reason_texts_match_the_service(qapp):
    assert {k: v for k, v in REASON_TEXTS.items()} == REASONS


def test_saving_settings_and_an_own_template(qtbot, notices, owner, infobip):
    dialog = _dialog(qtbot, notices, owner)
    _infobip(dialog, infobip)
    dialog.hours.setText("Man-fre 9-17")
    dialog.reminder_days.setValue(7)
    dialog.reminder_max.setValue(2)
    dialog.template.setPlainText("{shop}: Nr. {ticket} kan hentes. {hours}")
    assert dialog.save()
    saved = notices.settings(owner)
    assert saved.sms_provider is SmsProviderKind.INFOBIP and saved.has_sms_secret
    assert (saved.reminder_after_days, saved.reminder_max, saved.opening_hours) == (7, 2, "Man-fre 9-17")
    assert saved.template(NoticeKind.READY, "nb") == "{shop}: Nr. {ticket} kan hentes. {hours}"
    again = _dialog(qtbot, notices, owner)
    assert again.api_key.text() == "" and again.api_key.placeholderText()  # the key is never shown again


def test_a_marketing_template_is_refused_with_the_reason(qtbot, notices, owner):
    dialog = _dialog(qtbot, notices, owner)
    dialog.template.setPlainText("{shop}: {ticket} er klar. Bruk {discount}!")
    assert not dialog.save()
    assert "not marketing" in dialog.error.text() and dialog.error.isVisibleTo(dialog)
    assert notices.settings(owner).templates == {}


def test_send_a_test_message_to_the_shops_own_number(qtbot, notices, owner, infobip):
    dialog = _dialog(qtbot, notices, owner)
    _infobip(dialog, infobip)
    dialog.send_test()
    assert dialog.test_result.text() == "The test message was sent."
    assert infobip.phone[0]["to"] == "4722334455"
    infobip.script = [401]
    dialog.send_test()
    assert dialog.test_result.text() == "The test message was not sent: The provider refused the credentials."


def test_the_ticket_shows_its_notices_and_the_worker_sends_them(qtbot, db, notices, owner, customers, purchases,
                                                               infobip):
    notices.update_settings(owner, notices.settings(owner).__class__(
        sms_provider=SmsProviderKind.INFOBIP, infobip_base_url=infobip.url, sms_sender="GjovikRens"),
        {"sms_api_key": API_KEY})
    per = customers.create(owner, CustomerInput(first_name="Per", mobile="913 45 678"))
    order = purchases.record(owner, per.id, PurchaseInput(lines=(PurchaseLineInput("Skjorte", 1, 9900),)))
    purchases.set_status(owner, order.id, PurchaseStatus.READY)
    runner = TaskRunner(synchronous=True)
    view = ticket_notices_widget(notices, owner, runner)
    qtbot.addWidget(view)
    view.show_ticket(order.id)
    assert view.label.text() == "Pickup notice by SMS: queued"
    worker = OutboxWorker(OutboxSender(db, notices.transports), notices, runner, interval_ms=60_000)
    reports = []
    worker.round_done.connect(reports.append)
    worker.start()
    worker.stop()
    assert [r.sent for r in reports] == [1] and len(infobip.phone) == 1 and not worker.busy
    view.show_ticket(order.id)
    assert view.label.text().startswith("Pickup notice by SMS: delivered ")  # the first round polls reports


def test_the_worker_runs_off_the_gui_thread_and_never_two_rounds_at_once(qtbot, db, notices, owner, kari,
                                                                          purchases, infobip):
    notices.update_settings(owner, notices.settings(owner).__class__(
        sms_provider=SmsProviderKind.INFOBIP, infobip_base_url=infobip.url), {"sms_api_key": API_KEY})
    order = purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Kjole", 1, 29900),)))
    purchases.set_status(owner, order.id, PurchaseStatus.READY)
    infobip.script = ["hang"]  # the provider stalls: the GUI thread must not
    runner = TaskRunner()
    worker = OutboxWorker(OutboxSender(db, lambda: notices.transports()), notices, runner, interval_ms=60_000)
    reports = []
    worker.round_done.connect(reports.append)
    worker.start()
    assert worker.busy  # the round runs on the pool; we are back on the GUI thread at once
    worker.kick()       # asked again while busy: queued, not a second round
    QCoreApplication.processEvents()
    infobip.release.set()  # the stalled request ends (the client sees a broken reply and retries later)
    qtbot.waitUntil(lambda: not worker.busy and len(reports) == 2, timeout=30_000)
    worker.stop()
    runner.wait()


def test_notice_line_for_a_notice_that_could_not_go(qapp):
    from datetime import datetime, timezone

    from kundereg.domain.notices import MessageState, OutboxEntry

    entry = OutboxEntry(1, 7, NoticeKind.READY, None, MessageState.FAILED, "no_sms_provider", 0,
                        datetime.now(timezone.utc))
    assert notice_line(entry) == ("Pickup notice: not sent (The shop has no SMS provider and the customer has no "
                                  "email address.)")
