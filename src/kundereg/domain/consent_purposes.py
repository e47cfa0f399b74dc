"""The purposes a customer consents to, by stable key: what consents store, what scripts type.

A consent row stores the key (``newsletter``), never a label in some language, so that the
marketing list, an objection and a withdrawal find it whatever language the shop works in.
Registers filled by older demo data stored the label in the shop's language; those labels
are listed here so that they still count as the purpose they name. Imports may bring their
own keys (``consent:COLUMN``): they are purposes too, listed by ``kundereg purposes``.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ConsentPurpose:
    key: str
    label: str                       # English; the shop's words are in ``labels``
    labels: tuple[str, ...] = ()     # no, sv, da, fi: what older demo data stored
    marketing: bool = True           # ended by an objection to direct marketing (Art. 21(3))


CONSENT_PURPOSES: dict[str, ConsentPurpose] = {p.key: p for p in (
    ConsentPurpose("newsletter", "Newsletter by email",
                   ("Nyhetsbrev på e-post", "Nyhetsbrev via e-post", "Nyhedsbrev på e-mail", "Uutiskirje sähköpostitse")),
    ConsentPurpose("marketing_sms", "Offers by SMS",
                   ("Tilbud på SMS", "Erbjudanden via sms", "Tilbud på sms", "Tarjoukset tekstiviestillä")),
    ConsentPurpose("marketing_email", "Offers by email"),
    ConsentPurpose("marketing", "Marketing in any channel"),
)}


def purpose_key(value: str) -> str | None:
    """The key ``value`` names (a key in any case, or an older stored label), else None."""
    text = (value or "").strip()
    folded = text.casefold()
    for purpose in CONSENT_PURPOSES.values():
        if folded == purpose.key or text in purpose.labels or folded == purpose.label.casefold():
            return purpose.key
    return None


def stored_forms(key: str) -> tuple[str, ...]:
    """Everything a consent for ``key`` may have been stored as."""
    purpose = CONSENT_PURPOSES.get(key)
    return (key, *purpose.labels) if purpose else (key,)


def is_marketing(value: str) -> bool:
    key = purpose_key(value)
    if key is not None:
        return CONSENT_PURPOSES[key].marketing
    return value.casefold().startswith(("marketing", "newsletter"))
