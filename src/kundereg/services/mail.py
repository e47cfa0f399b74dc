"""Sending one-time codes: by email through the shop's SMTP server, or by an SMS gateway.

A ``CodeSender`` gets the address and the code and delivers it; an SMS gateway is one more
class with the same ``send``. Nothing is logged but the channel and success.
"""
from __future__ import annotations

import logging
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Protocol

from ..domain.errors import KunderegError

log = logging.getLogger(__name__)


class DeliveryFailed(KunderegError):
    pass


class CodeSender(Protocol):
    def send(self, to: str, code: str, shop_name: str) -> None: ...


@dataclass(frozen=True, slots=True)
class SmtpSettings:
    host: str
    port: int = 587
    security: str = "starttls"  # "starttls", "ssl" or "none" (only for a relay on this PC or LAN)
    username: str | None = None
    password: str | None = None
    sender: str = "kundereg@localhost"
    timeout: float = 15.0


class SmtpCodeSender:
    def __init__(self, settings: SmtpSettings) -> None:
        self._settings = settings

    def send(self, to: str, code: str, shop_name: str) -> None:
        s = self._settings
        message = EmailMessage()
        message["From"] = s.sender
        message["To"] = to
        message["Subject"] = f"{shop_name}: {code}"
        message["Date"] = formatdate(localtime=True)
        message["Message-ID"] = make_msgid(domain=s.sender.partition("@")[2] or None)
        message.set_content(
            f"Koden din er / Din kod är / Koodisi on / Din kode er / Your code is:\n\n    {code}\n\n"
            f"{shop_name}\n"
            "Oppgi koden ved disken. Gjelder i 10 minutter. / Give the code at the counter. "
            "Valid for 10 minutes.\n")
        try:
            smtp_deliver(s, message)
        except (OSError, smtplib.SMTPException) as exc:
            log.warning("verification code email not delivered (%s)", type(exc).__name__)
            raise DeliveryFailed("The code could not be sent by email ({kind}). Check the mail settings "
                                 "or verify another way.", kind=type(exc).__name__) from None
        log.info("verification code sent by email")


def smtp_settings_from_env(environ: dict[str, str]) -> SmtpSettings | None:
    """KUNDEREG_SMTP_HOST (required), _PORT, _SECURITY, _USER, _PASSWORD, _FROM; None when unset."""
    host = environ.get("KUNDEREG_SMTP_HOST")
    if not host:
        return None
    security = environ.get("KUNDEREG_SMTP_SECURITY", "starttls").lower()
    if security not in ("starttls", "ssl", "none"):
        raise KunderegError("KUNDEREG_SMTP_SECURITY must be starttls, ssl or none.")
    default_port = {"starttls": 587, "ssl": 465, "none": 25}[security]
    try:
        port = int(environ.get("KUNDEREG_SMTP_PORT", default_port))
    except ValueError:
        raise KunderegError("KUNDEREG_SMTP_PORT must be a number.") from None
    return SmtpSettings(host=host, port=port, security=security, username=environ.get("KUNDEREG_SMTP_USER"),
                        password=environ.get("KUNDEREG_SMTP_PASSWORD"),
                        sender=environ.get("KUNDEREG_SMTP_FROM", "kundereg@localhost"))


def smtp_deliver(settings: SmtpSettings, message) -> None:
    """Hand ``message`` to the shop's mail server (TLS as configured); smtplib's errors pass through."""
    s = settings
    if s.security == "ssl":
        client = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=ssl.create_default_context())
    else:
        client = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
    with client:
        if s.security == "starttls":
            client.starttls(context=ssl.create_default_context())
        if s.username:
            client.login(s.username, s.password or "")
        client.send_message(message)
