"""The outbox sender: sends queued notices, with retries, exponential backoff and crash safety.

A round claims due messages in one transaction (state ``sending``, ``attempts`` + 1, ``claimed_at``),
then renders and sends each outside any transaction, then records the outcome in a transaction of
its own, with an audit row (ticket, channel, state; never the text or the address).

Crashes: a message queued but never claimed is simply sent by the next round. One claimed by a
process that died stays ``sending``; once its lease has run out another round claims it again and
sends it with the same key. The SMS provider gets that key as its message id, so a resend after
the provider had accepted the first one is refused as a duplicate (Infobip's idempotent sending)
and the phone gets one message. Email has no such check: the key is the Message-ID, so the only
duplicate possible is a crash in the instant between the server's "250 OK" and our commit.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select

from ..db import models
from ..db.database import Database
from ..db.types import utcnow
from ..domain.enums import PurchaseStatus
from ..domain.notices import Channel, MessageState, NoticeKind, NoticeSettings, render, subject
from .audit import AuditAction, record as audit
from .notices import load_settings
from .sms import Outgoing, PermanentFailure, Sent, TemporaryFailure, Transport

log = logging.getLogger(__name__)

O = models.OutboxMessage


@dataclass(frozen=True, slots=True)
class RoundReport:
    sent: int = 0
    failed: int = 0
    retrying: int = 0

    @property
    def handled(self) -> int:
        return self.sent + self.failed + self.retrying


@dataclass(frozen=True, slots=True)
class _Job:
    id: int
    attempts: int
    channel: Channel
    ticket: int | None
    customer_id: int | None
    outgoing: Outgoing | None  # None: cannot be sent (reason below)
    reason: str | None = None


class OutboxSender:
    """Sends what the outbox holds. ``transports`` is called each round, so changed settings apply."""

    def __init__(self, db: Database, transports: Callable[[], Mapping[Channel, Transport]], *,
                 clock: Callable[[], datetime] = utcnow, base_delay: float = 30.0, max_delay: float = 6 * 3600.0,
                 max_attempts: int = 8, lease: float = 120.0, batch: int = 100) -> None:
        self._db = db
        self._transports = transports
        self._clock = clock
        self.base_delay, self.max_delay, self.max_attempts = base_delay, max_delay, max_attempts
        self.lease, self.batch = lease, batch
        self._lock = threading.Lock()  # one round at a time in this process

    def pending(self) -> int:
        with self._db.read() as session:
            return len(session.scalars(select(O.id).where(O.state.in_(
                [MessageState.QUEUED.value, MessageState.SENDING.value]))).all())

    def run_until_idle(self, max_rounds: int = 1000) -> RoundReport:
        """Rounds until nothing is due now (messages waiting for a later retry stay queued)."""
        total = RoundReport()
        for _ in range(max_rounds):
            report = self.send_due()
            total = RoundReport(total.sent + report.sent, total.failed + report.failed,
                                total.retrying + report.retrying)
            if report.handled == 0:
                break
        return total

    def send_due(self) -> RoundReport:
        with self._lock:
            jobs = self._claim()
            if not jobs:
                return RoundReport()
            transports = dict(self._transports())
            sent = failed = retrying = 0
            try:
                for job in jobs:
                    outcome = self._send(job, transports)
                    if outcome == MessageState.SENT:
                        sent += 1
                    elif outcome == MessageState.FAILED:
                        failed += 1
                    else:
                        retrying += 1
            finally:
                _close(transports.values())
            return RoundReport(sent, failed, retrying)

    # -- one round ------------------------------------------------------------------------------

    def _claim(self) -> list[_Job]:
        now = self._clock()
        stale = now - timedelta(seconds=self.lease)
        with self._db.transaction() as session:
            rows = session.scalars(
                select(O).where(or_(
                    (O.state == MessageState.QUEUED.value) & (O.next_attempt_at <= now),
                    (O.state == MessageState.SENDING.value) & (O.claimed_at <= stale)))
                .order_by(O.next_attempt_at, O.id).limit(self.batch)).all()
            if not rows:
                return []
            settings = load_settings(session)
            shop = session.get(models.Shop, 1)
            shop_name = shop.name if shop is not None else ""
            jobs = []
            for row in rows:
                row.state, row.claimed_at, row.attempts = MessageState.SENDING.value, now, row.attempts + 1
                jobs.append(self._job(session, row, settings, shop_name))
            return jobs

    def _job(self, session, row: models.OutboxMessage, settings: NoticeSettings, shop_name: str) -> _Job:
        channel = Channel(row.channel)
        kind = NoticeKind(row.kind)
        base = dict(id=row.id, attempts=row.attempts, channel=channel, ticket=row.ticket, customer_id=row.customer_id)
        if kind is NoticeKind.TEST:
            to = row.recipient
        else:
            customer = session.get(models.Customer, row.customer_id) if row.customer_id else None
            purchase = session.get(models.Purchase, row.purchase_id) if row.purchase_id else None
            if customer is None or purchase is None:
                return _Job(**base, outgoing=None, reason="customer_gone")
            if kind in (NoticeKind.READY, NoticeKind.REMINDER) and purchase.status != PurchaseStatus.READY.value:
                return _Job(**base, outgoing=None, reason="collected")
            to = customer.mobile if channel is Channel.SMS else customer.email
        if not to:
            return _Job(**base, outgoing=None, reason="no_mobile" if channel is Channel.SMS else "no_email")
        text = render(settings.template(kind, row.language), shop=shop_name, ticket=row.ticket,
                      hours=settings.opening_hours, days=row.days)
        return _Job(**base, outgoing=Outgoing(
            key=row.key, to=to, text=text, subject=subject(kind, row.language, shop=shop_name, ticket=row.ticket),
            sender=(settings.sms_sender or shop_name[:11]) if channel is Channel.SMS else shop_name))

    def _send(self, job: _Job, transports: Mapping[Channel, Transport]) -> MessageState:
        if job.outgoing is None:
            return self._finish(job, MessageState.FAILED, reason=job.reason)
        transport = transports.get(job.channel)
        if transport is None:
            reason = "sms_not_configured" if job.channel is Channel.SMS else "email_not_configured"
            return self._finish(job, MessageState.FAILED, reason=reason)
        try:
            result: Sent = transport.send(job.outgoing)
        except PermanentFailure as exc:
            return self._finish(job, MessageState.FAILED, reason=exc.reason)
        except TemporaryFailure as exc:
            if job.attempts >= self.max_attempts:
                return self._finish(job, MessageState.FAILED, reason=exc.reason)
            delay = min(self.max_delay, self.base_delay * 2 ** (job.attempts - 1))
            if exc.retry_after is not None:
                delay = max(delay, min(exc.retry_after, self.max_delay))
            return self._finish(job, MessageState.QUEUED, reason=exc.reason, delay=delay)
        except Exception as exc:  # a bug or an unexpected library error: retry, never lose the notice
            log.error("notice %d: unexpected %s while sending", job.id, type(exc).__name__)
            return self._finish(job, MessageState.QUEUED, reason="provider_error",
                                delay=min(self.max_delay, self.base_delay * 2 ** (job.attempts - 1)))
        state = MessageState.DELIVERED if result.delivered else MessageState.SENT
        self._finish(job, state, provider_id=result.provider_id)
        return MessageState.SENT

    def _finish(self, job: _Job, state: MessageState, *, reason: str | None = None, delay: float = 0.0,
                provider_id: str | None = None) -> MessageState:
        now = self._clock()
        with self._db.transaction() as session:
            row = session.get(O, job.id)
            if row is None or row.state != MessageState.SENDING.value or row.attempts != job.attempts:
                return state  # erased meanwhile, or another round took it over after our lease ran out
            row.state, row.reason, row.claimed_at = state.value, reason, None
            if state is MessageState.QUEUED:
                row.next_attempt_at = now + timedelta(seconds=delay)
            else:
                row.recipient = None  # a test message's address is not kept once it is done
                if state in (MessageState.SENT, MessageState.DELIVERED):
                    row.sent_at, row.provider_id = now, provider_id
                    if state is MessageState.DELIVERED:
                        row.delivered_at = now
                audit(session, AuditAction.NOTICE, staff_id=None, customer_id=job.customer_id, ticket=job.ticket,
                      channel=job.channel.value, state=state.value, **({"reason": reason} if reason else {}))
        if state is MessageState.FAILED:
            log.warning("notice %d not sent: %s", job.id, reason)
        return state

    def poll_deliveries(self, within: timedelta = timedelta(days=2)) -> int:
        """Ask providers that report delivery about recently sent SMS; returns how many arrived."""
        transports = dict(self._transports())
        try:
            return self._poll(transports.get(Channel.SMS), within)
        finally:
            _close(transports.values())

    def _poll(self, transport, within: timedelta) -> int:
        check = getattr(transport, "delivered", None)
        if check is None:
            return 0
        since = self._clock() - within
        with self._db.read() as session:
            rows = session.execute(select(O.id, O.provider_id).where(
                O.state == MessageState.SENT.value, O.channel == Channel.SMS.value, O.sent_at >= since,
                O.provider_id.is_not(None))).all()
        arrived = 0
        for message_id, provider_id in rows:
            try:
                delivered = check(provider_id)
            except (PermanentFailure, TemporaryFailure):
                continue
            if delivered is None:
                continue
            with self._db.transaction() as session:
                row = session.get(O, message_id)
                if row is None or row.state != MessageState.SENT.value:
                    continue
                row.state = (MessageState.DELIVERED if delivered else MessageState.FAILED).value
                row.reason = None if delivered else "rejected"
                if delivered:
                    row.delivered_at = self._clock()
                    arrived += 1
                audit(session, AuditAction.NOTICE, staff_id=None, customer_id=row.customer_id, ticket=row.ticket,
                      channel=row.channel, state=row.state)
        return arrived


def _close(transports) -> None:
    for transport in transports:
        close = getattr(transport, "close", None)
        if close is not None:
            close()
