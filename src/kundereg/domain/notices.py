"""Pickup notices, delay notices and reminders: vocabulary, default texts and the template rules.

These are service messages under the contract (GDPR Art. 6(1)(b)), never marketing. A template
may only use the placeholders in ``PLACEHOLDERS`` (shop name, ticket number, opening hours and,
for a delay, the extra days): nothing else about the person, no offers, no links. No Qt, no SQL.
"""
from __future__ import annotations

import re
import string
from dataclasses import dataclass, field
from enum import StrEnum

from .errors import ValidationError
from .languages import LANGUAGES


class NoticeKind(StrEnum):
    READY = "ready"        # the ticket turned ready
    DELAY = "delay"        # "we need two more days"
    REMINDER = "reminder"  # still not collected after N days
    TEST = "test"          # "Send a test message" to the shop's own number or address


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"


class ChannelChoice(StrEnum):
    """What the customer chose; AUTO follows the shop's setup (SMS where it can, else email)."""

    AUTO = "auto"
    SMS = "sms"
    EMAIL = "email"
    NONE = "none"


class MessageState(StrEnum):
    QUEUED = "queued"
    SENDING = "sending"      # claimed by a sender; in doubt if that process died
    SENT = "sent"            # the provider accepted it
    DELIVERED = "delivered"  # the provider reported delivery to the phone
    FAILED = "failed"        # with a reason code (REASONS)


class SmsProviderKind(StrEnum):
    NONE = "none"
    INFOBIP = "infobip"
    EMAIL_TO_SMS = "email_to_sms"


# Reason codes shown on the ticket (ui translates them). Never personal data.
REASONS: dict[str, str] = {
    "declined": "The customer does not want notices.",
    "no_contact": "The customer has neither a mobile number nor an email address.",
    "no_sms_provider": "The shop has no SMS provider and the customer has no email address.",
    "no_mobile": "The customer has no mobile number.",
    "no_email": "The customer has no email address.",
    "email_not_configured": "The shop's mail server is not set up.",
    "sms_not_configured": "The SMS provider is not set up.",
    "customer_gone": "The customer was erased or the ticket removed.",
    "rejected": "The provider refused the message.",
    "unauthorised": "The provider refused the credentials.",
    "bad_number": "The provider refused the number.",
    "rate_limited": "The provider asked to slow down.",
    "provider_error": "The provider had an error.",
    "timeout": "The provider did not answer in time.",
    "network": "The provider could not be reached.",
    "collected": "The ticket was collected before the notice went out.",
}

# What a template may say. Anything else is refused: a service message carries nothing more.
PLACEHOLDERS: dict[NoticeKind, frozenset[str]] = {
    NoticeKind.READY: frozenset({"shop", "ticket", "hours"}),
    NoticeKind.DELAY: frozenset({"shop", "ticket", "hours", "days"}),
    NoticeKind.REMINDER: frozenset({"shop", "ticket", "hours"}),
    NoticeKind.TEST: frozenset({"shop"}),
}
# Placeholders a marketing tool would offer; named in the refusal so the owner sees why.
MARKETING_PLACEHOLDERS = frozenset({
    "offer", "discount", "campaign", "coupon", "promo", "promotion", "newsletter", "deal", "sale", "link",
    "url", "unsubscribe", "first_name", "last_name", "name", "birthday", "points", "bonus",
})
_LINK = re.compile(r"(https?://|www\.)", re.IGNORECASE)
MAX_TEMPLATE = 480  # three SMS parts

DEFAULT_TEMPLATES: dict[NoticeKind, dict[str, str]] = {
    NoticeKind.READY: {
        "nb": "{shop}: Bestilling {ticket} er klar til henting. Åpningstider: {hours}",
        "nn": "{shop}: Bestilling {ticket} er klar til henting. Opningstider: {hours}",
        "sv": "{shop}: Order {ticket} är klar att hämta. Öppettider: {hours}",
        "fi": "{shop}: Tilaus {ticket} on noudettavissa. Aukioloajat: {hours}",
        "da": "{shop}: Ordre {ticket} er klar til afhentning. Åbningstider: {hours}",
        "en": "{shop}: Order {ticket} is ready for collection. Opening hours: {hours}",
    },
    NoticeKind.DELAY: {
        "nb": "{shop}: Bestilling {ticket} trenger {days} dager til. Vi sier fra når den er klar.",
        "nn": "{shop}: Bestilling {ticket} treng {days} dagar til. Vi seier frå når han er klar.",
        "sv": "{shop}: Order {ticket} behöver {days} dagar till. Vi hör av oss när den är klar.",
        "fi": "{shop}: Tilaus {ticket} tarvitsee vielä {days} päivää. Ilmoitamme, kun se on valmis.",
        "da": "{shop}: Ordre {ticket} skal bruge {days} dage mere. Vi giver besked, når den er klar.",
        "en": "{shop}: Order {ticket} needs {days} more days. We will let you know when it is ready.",
    },
    NoticeKind.REMINDER: {
        "nb": "{shop}: Påminnelse: bestilling {ticket} venter på henting. Åpningstider: {hours}",
        "nn": "{shop}: Påminning: bestilling {ticket} ventar på henting. Opningstider: {hours}",
        "sv": "{shop}: Påminnelse: order {ticket} väntar på att hämtas. Öppettider: {hours}",
        "fi": "{shop}: Muistutus: tilaus {ticket} odottaa noutoa. Aukioloajat: {hours}",
        "da": "{shop}: Påmindelse: ordre {ticket} venter på afhentning. Åbningstider: {hours}",
        "en": "{shop}: Reminder: order {ticket} is waiting for collection. Opening hours: {hours}",
    },
    NoticeKind.TEST: {
        "nb": "{shop}: Testmelding fra kundereg. Meldinger kommer fram.",
        "nn": "{shop}: Testmelding frå kundereg. Meldingar kjem fram.",
        "sv": "{shop}: Testmeddelande från kundereg. Meddelanden kommer fram.",
        "fi": "{shop}: Kundereg-testiviesti. Viestit menevät perille.",
        "da": "{shop}: Testbesked fra kundereg. Beskeder kommer frem.",
        "en": "{shop}: Test message from kundereg. Messages get through.",
    },
}

# Email subjects: the ticket number and the shop, nothing else.
SUBJECTS: dict[NoticeKind, dict[str, str]] = {
    NoticeKind.READY: {"nb": "{shop}: bestilling {ticket} er klar", "nn": "{shop}: bestilling {ticket} er klar",
                       "sv": "{shop}: order {ticket} är klar", "fi": "{shop}: tilaus {ticket} on valmis",
                       "da": "{shop}: ordre {ticket} er klar", "en": "{shop}: order {ticket} is ready"},
    NoticeKind.DELAY: {"nb": "{shop}: bestilling {ticket} er forsinket", "nn": "{shop}: bestilling {ticket} er forseinka",
                       "sv": "{shop}: order {ticket} är försenad", "fi": "{shop}: tilaus {ticket} viivästyy",
                       "da": "{shop}: ordre {ticket} er forsinket", "en": "{shop}: order {ticket} is delayed"},
    NoticeKind.REMINDER: {"nb": "{shop}: påminnelse om bestilling {ticket}",
                          "nn": "{shop}: påminning om bestilling {ticket}",
                          "sv": "{shop}: påminnelse om order {ticket}", "fi": "{shop}: muistutus tilauksesta {ticket}",
                          "da": "{shop}: påmindelse om ordre {ticket}", "en": "{shop}: reminder of order {ticket}"},
    NoticeKind.TEST: {lang: "{shop}: test" for lang in LANGUAGES},
}


@dataclass(frozen=True, slots=True)
class NoticeSettings:
    """The shop's notice setup, without secrets (those stay encrypted in the service)."""

    enabled: bool = True
    sms_provider: SmsProviderKind = SmsProviderKind.NONE
    sms_sender: str | None = None          # the alphanumeric sender ID (up to 11 characters)
    infobip_base_url: str | None = None    # https://xxxxx.api.infobip.com
    email_to_sms_domain: str | None = None  # messages go to <digits>@<domain>
    smtp_host: str | None = None
    smtp_port: int = 587
    smtp_security: str = "starttls"
    smtp_username: str | None = None
    smtp_sender: str | None = None
    opening_hours: str | None = None
    reminder_after_days: int | None = None  # None: no reminders
    reminder_max: int = 0
    templates: dict[str, dict[str, str]] = field(default_factory=dict)  # kind -> language -> text
    has_sms_secret: bool = False
    has_smtp_password: bool = False

    @property
    def sms_available(self) -> bool:
        return self.sms_provider is not SmsProviderKind.NONE

    def template(self, kind: NoticeKind, language: str) -> str:
        own = self.templates.get(kind.value, {})
        return own.get(language) or DEFAULT_TEMPLATES[kind].get(language) or DEFAULT_TEMPLATES[kind]["en"]


def placeholders_in(text: str) -> list[str]:
    try:
        return [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
    except ValueError:
        raise ValidationError("template", "has an unmatched brace; write {{ and }} for a brace.") from None


def validate_template(kind: NoticeKind | str, text: str | None) -> str:
    """The template trimmed, or ValidationError saying what a service message may not contain."""
    kind = NoticeKind(kind)
    if text is None or not text.strip():
        raise ValidationError("template", "is required.")
    text = text.strip()
    if len(text) > MAX_TEMPLATE:
        raise ValidationError("template", "is too long (at most {limit} characters).", limit=MAX_TEMPLATE)
    if any(ord(c) < 32 and c not in "\n" for c in text):
        raise ValidationError("template", "contains control characters.")
    allowed = PLACEHOLDERS[kind]
    for name in placeholders_in(text):
        if name in MARKETING_PLACEHOLDERS:
            raise ValidationError("template", "may not use {{{name}}}: notices are service messages, "
                                  "not marketing.", name=name)
        if name not in allowed:
            raise ValidationError("template", "may only use {allowed}.",
                                  allowed=", ".join("{" + n + "}" for n in sorted(allowed)))
    if _LINK.search(text):
        raise ValidationError("template", "may not contain links: notices are service messages, not marketing.")
    if "{ticket}" not in text and "ticket" in allowed:
        raise ValidationError("template", "must contain {{ticket}}.")
    return text


def render(template: str, *, shop: str, ticket: int | None = None, hours: str | None = None,
           days: int | None = None) -> str:
    values = {"shop": shop, "ticket": "" if ticket is None else str(ticket), "hours": hours or "",
              "days": "" if days is None else str(days)}
    text = template.format_map(values)
    # An empty opening-hours setting leaves "Opening hours: " dangling; drop that last sentence.
    if not hours and "{hours}" in template:
        text = re.sub(r"\s*[^.:!?]*:\s*$", "", text).rstrip()
    return text


def subject(kind: NoticeKind, language: str, *, shop: str, ticket: int | None) -> str:
    table = SUBJECTS[kind]
    return (table.get(language) or table["en"]).format(shop=shop, ticket="" if ticket is None else ticket)


@dataclass(frozen=True, slots=True)
class OutboxEntry:
    """One message as the ticket and `kundereg notify outbox` show it: no address, no text."""

    id: int
    ticket: int | None
    kind: NoticeKind
    channel: Channel | None
    state: MessageState
    reason: str | None
    attempts: int
    created_at: object  # datetime
    sent_at: object = None
    delivered_at: object = None

    @property
    def reason_text(self) -> str | None:
        return REASONS.get(self.reason) if self.reason else None
