"""Delivering one notice: SMS providers behind one interface, plus email over the shop's SMTP server.

Every transport takes an ``Outgoing`` (the outbox key, the address, the text) and either returns a
``Sent`` or raises ``PermanentFailure`` (do not retry: the reason goes on the ticket) or
``TemporaryFailure`` (retry later with backoff). Failures carry reason codes from
``domain.notices.REASONS``; addresses and texts never reach a log line or an exception.

HTTP goes through httpx: a maintained client with explicit timeouts, connection reuse for a burst
of notices, and a transport hook (``httpx.MockTransport``/loopback servers) for tests.
"""
from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate
from typing import Protocol

import httpx

from ..domain.notices import REASONS
from .mail import SmtpSettings, smtp_deliver

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Outgoing:
    key: str            # the outbox key: provider message id / Message-ID, the same on every retry
    to: str             # E.164 mobile or email address
    text: str
    subject: str = ""
    sender: str = ""    # SMS sender ID or the shop's name as email display name


@dataclass(frozen=True, slots=True)
class Sent:
    provider_id: str | None
    delivered: bool = False


class DeliveryError(Exception):
    """Raised by a transport and handled by the outbox, which records ``reason`` on the message
    (the UI shows it from domain.notices.REASONS). Never shown or logged with an address."""

    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        self.reason = reason if reason in REASONS else "provider_error"
        self.retry_after = retry_after
        super().__init__(REASONS[self.reason])


class PermanentFailure(DeliveryError):
    pass


class TemporaryFailure(DeliveryError):
    pass


class Transport(Protocol):
    # True when a resend with the same key is recognised by the far end and not delivered twice.
    idempotent: bool

    def send(self, message: Outgoing) -> Sent: ...


class InfobipSms:
    """Infobip's SMS API ("Send SMS message", /sms/2/text/advanced).

    Docs: https://www.infobip.com/docs/api/channels/sms/sms-messaging/outbound-sms/send-sms-message
    Auth header ``Authorization: App <API key>``; we set each destination's ``messageId`` to the
    outbox key. With idempotent sending switched on for the account
    (https://www.infobip.com/docs/developer-resources/api-fundamentals/idempotent-message-sending)
    Infobip rejects a retry carrying a messageId it already accepted, so a resend after a crash
    does not reach the phone twice. Delivery: GET /sms/1/reports?messageId=... (the DELIVERED group).
    """

    idempotent = True

    def __init__(self, base_url: str, api_key: str, sender: str, *, timeout: float = 10.0,
                 client: httpx.Client | None = None) -> None:
        self._base = base_url.rstrip("/")
        self._sender = sender
        self._client = client or httpx.Client(timeout=timeout)
        self._headers = {"Authorization": f"App {api_key}", "Accept": "application/json"}

    def send(self, message: Outgoing) -> Sent:
        body = {"messages": [{"from": message.sender or self._sender,
                              "destinations": [{"to": message.to.lstrip("+"), "messageId": message.key}],
                              "text": message.text}]}
        response = self._request("POST", "/sms/2/text/advanced", json=body)
        try:
            [result] = response.json()["messages"]
            group = result["status"]["groupName"]
        except (ValueError, KeyError, TypeError):
            raise TemporaryFailure("provider_error") from None
        if group in ("REJECTED", "UNDELIVERABLE"):
            name = str(result["status"].get("name", ""))
            raise PermanentFailure("bad_number" if "DESTINATION" in name or "NUMBER" in name else "rejected")
        return Sent(str(result.get("messageId") or message.key), delivered=group == "DELIVERED")

    def delivered(self, provider_id: str) -> bool | None:
        """True once delivered, False when the operator gave up, None while nothing is known."""
        response = self._request("GET", "/sms/1/reports", params={"messageId": provider_id})
        try:
            results = response.json().get("results", [])
        except ValueError:
            return None
        for result in results:
            group = result.get("status", {}).get("groupName")
            if group == "DELIVERED":
                return True
            if group in ("UNDELIVERABLE", "REJECTED", "EXPIRED"):
                return False
        return None

    def _request(self, method: str, path: str, **kwargs) -> httpx.Response:
        try:
            response = self._client.request(method, self._base + path, headers=self._headers, **kwargs)
        except httpx.TimeoutException:
            raise TemporaryFailure("timeout") from None
        except httpx.TransportError:
            raise TemporaryFailure("network") from None
        status = response.status_code
        if status == 429:
            raise TemporaryFailure("rate_limited", retry_after=_retry_after(response))
        if status in (401, 403):
            raise PermanentFailure("unauthorised")
        if 400 <= status < 500:
            raise PermanentFailure("rejected")
        if status >= 500:
            raise TemporaryFailure("provider_error")
        return response

    def close(self) -> None:
        self._client.close()


def _retry_after(response: httpx.Response) -> float | None:
    try:
        return max(0.0, float(response.headers.get("Retry-After", "")))
    except ValueError:
        return None


def _smtp_send(settings: SmtpSettings, message: EmailMessage) -> None:
    try:
        smtp_deliver(settings, message)
    except smtplib.SMTPRecipientsRefused:
        raise PermanentFailure("rejected") from None
    except smtplib.SMTPAuthenticationError:
        raise PermanentFailure("unauthorised") from None
    except smtplib.SMTPResponseException as exc:
        raise (PermanentFailure if 500 <= exc.smtp_code < 600 else TemporaryFailure)("provider_error") from None
    except TimeoutError:
        raise TemporaryFailure("timeout") from None
    except (OSError, smtplib.SMTPException):
        raise TemporaryFailure("network") from None


def _email(settings: SmtpSettings, message: Outgoing) -> EmailMessage:
    email = EmailMessage()
    email["From"] = settings.sender
    email["To"] = message.to
    email["Subject"] = message.subject
    email["Date"] = formatdate(localtime=True)
    # The outbox key as Message-ID: the same on a retry, so mail systems can drop a duplicate.
    email["Message-ID"] = f"<{message.key}@{settings.sender.partition('@')[2] or 'kundereg.invalid'}>"
    email.set_content(message.text + "\n")
    return email


class SmtpEmail:
    """A notice by email through the shop's SMTP server (services.mail.SmtpSettings)."""

    idempotent = False

    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings

    def send(self, message: Outgoing) -> Sent:
        email = _email(self._settings, message)
        _smtp_send(self._settings, email)
        return Sent(email["Message-ID"])


class EmailToSms:
    """An email-to-SMS gateway: the text goes by email to <digits>@<gateway domain>, which the
    gateway turns into an SMS (many Nordic operators and resellers offer one)."""

    idempotent = False

    def __init__(self, settings: SmtpSettings, domain: str) -> None:
        self._settings = settings
        self._domain = domain.strip().lstrip("@")

    def send(self, message: Outgoing) -> Sent:
        digits = message.to.lstrip("+")
        email = _email(self._settings, Outgoing(message.key, f"{digits}@{self._domain}", message.text,
                                                 subject=message.sender or message.subject))
        _smtp_send(self._settings, email)
        return Sent(email["Message-ID"])
