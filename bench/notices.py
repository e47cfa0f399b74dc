"""Pickup notices on the benchmark register: the outbox's throughput and the cost of the ready hook.

On a scratch copy (bench.gdpr._scratch): tickets are added for demo customers, the shop is set up
with Infobip pointing at the loopback Infobip server of tests/notify_servers.py, then
- the extra cost of marking a ticket ready: ``set_status(READY)`` with the notice queued in the
  same transaction against ``notify=False``, interleaved, median over TICKETS tickets each;
- notices per second: NOTICES queued at once, sent by ``OutboxSender.run_until_idle`` to the
  loopback provider (HTTP keep-alive, one transaction and one audit row per message).
"""
from __future__ import annotations

import shutil
import statistics
import sys
import time
from pathlib import Path

TICKETS = 200
NOTICES = 1000
READY_TARGET_MS = 5.0


def measure(ctx) -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from notify_servers import API_KEY, InfobipServer
    from sqlalchemy import func, insert, select

    from bench.gdpr import _scratch
    from bench.run import OWNER, OWNER_PASSWORD
    from kundereg.db import models
    from kundereg.db.types import utcnow
    from kundereg.domain.enums import PurchaseStatus
    from kundereg.domain.notices import NoticeSettings, SmsProviderKind
    from kundereg.services.auth import AuthService
    from kundereg.services.notice_secrets import SecretBox
    from kundereg.services.notices import NoticeService
    from kundereg.services.outbox import OutboxSender
    from kundereg.services.purchases import PurchaseService
    from kundereg.services.register import open_register

    scratch = _scratch(ctx)
    db = open_register(scratch)
    try:
        with InfobipServer() as server:
            owner = AuthService(db).login(OWNER, OWNER_PASSWORD)
            notices = NoticeService(db, SecretBox(scratch.data_dir / "notice.key"), environ={})
            notices.update_settings(owner, NoticeSettings(sms_provider=SmsProviderKind.INFOBIP,
                                                          infobip_base_url=server.url, sms_sender="BenkRens",
                                                          opening_hours="9-17"), {"sms_api_key": API_KEY})
            count = 2 * TICKETS + NOTICES
            with db.transaction() as session:
                customer_ids = session.scalars(select(models.Customer.id).where(models.Customer.mobile.is_not(None))
                                               .order_by(models.Customer.id).limit(count)).all()
                first = (session.scalar(select(func.max(models.Purchase.number))) or 0) + 1
                now = utcnow()
                ids = session.scalars(insert(models.Purchase).returning(models.Purchase.id), [
                    dict(number=first + i, customer_id=customer_ids[i % len(customer_ids)], total_minor=9900,
                         currency="NOK", status="received", purchased_at=now, status_changed_at=now,
                         document_kind="receipt", version=1) for i in range(count)]).all()
            purchases = PurchaseService(db)
            with_ms, without_ms = [], []
            for i in range(TICKETS):  # interleaved, so drift in the machine hits both alike
                for notify, out in ((True, with_ms), (False, without_ms)):
                    started = time.perf_counter()
                    purchases.set_status(owner, ids[2 * i + (0 if notify else 1)], PurchaseStatus.READY,
                                         notify=notify)
                    out.append((time.perf_counter() - started) * 1000)
            sender = OutboxSender(db, notices.transports, base_delay=0.0)
            sender.run_until_idle()  # the hook's notices, not timed
            sent_before = len(server.phone)
            with db.transaction() as session:
                from kundereg.services.notices import queue_ticket_notice

                for purchase_id in ids[2 * TICKETS:]:
                    purchase = session.get(models.Purchase, purchase_id)
                    purchase.status = PurchaseStatus.READY.value
                    queue_ticket_notice(session, purchase)
            started = time.perf_counter()
            report = sender.run_until_idle()
            seconds = time.perf_counter() - started
            duplicates = len(server.duplicates)
            received = len(server.phone) - sent_before
    finally:
        db.close()
        shutil.rmtree(scratch.data_dir.parent, ignore_errors=True)
    return {"with_ms": statistics.median(with_ms), "without_ms": statistics.median(without_ms),
            "per_s": report.sent / seconds if seconds else 0.0, "sent": report.sent, "received": received,
            "duplicates": duplicates}


def notice_rows(ctx) -> list:
    from bench.run import Row

    m = measure(ctx)
    extra = m["with_ms"] - m["without_ms"]
    return [
        Row(f"marking a ticket ready, extra cost of queueing the notice (median of {TICKETS})",
            f"{extra:.2f} ms ({m['with_ms']:.2f} ms with, {m['without_ms']:.2f} ms without)",
            f"<= {READY_TARGET_MS:g} ms", extra <= READY_TARGET_MS),
        Row(f"notices sent through the outbox to the loopback Infobip API ({NOTICES:,} queued at once)",
            f"{m['per_s']:,.0f} notices/s; {m['received']:,} received, {m['duplicates']} duplicates",
            "all received once", m["received"] == NOTICES and m["sent"] == NOTICES and m["duplicates"] == 0),
    ]
