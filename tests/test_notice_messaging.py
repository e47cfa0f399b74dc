"""Issue 16 in the notice: the mobile (and email where used) serves messages about the customer's
orders (ready, delayed, reminders) on Art. 6(1)(b), and the SMS provider of the notification
settings is named as a processor, in every language."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from kundereg.domain import legal
from kundereg.domain.catalogue import translate
from kundereg.domain.notices import NoticeSettings, SmsProviderKind
from kundereg.domain.presets import preset_profile
from kundereg.domain.profile import Processor, ServiceMessaging
from kundereg.domain.profile_texts import role_name
from kundereg.reports.document import render_pdf
from kundereg.reports.notice import notice_document
from kundereg.reports.notice_texts import NOTICE
from kundereg.services.notice_secrets import SecretBox
from kundereg.services.notices import NoticeService
from kundereg.services.profile import ProfileService, validate_profile

from test_notice import NOW

LANGUAGES = ("nb", "nn", "sv", "fi", "da", "en")


def dry_cleaner(**changes):
    return validate_profile(preset_profile("dry_cleaner", name="Renseriet", country="NO", street="Storgata 1",
                                           postal_code="2815", city="Gjøvik", phone="61 17 00 00", **changes))


def text_of(profile, language, messaging) -> str:
    buffer = io.BytesIO()
    render_pdf(notice_document(profile, language, NOW, messaging=messaging), buffer)
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(buffer.getvalue())).pages)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", LANGUAGES)
def test_service_messages_are_stated_with_their_basis_and_the_sms_provider(language):
    messaging = ServiceMessaging(sms=True, email=True, reminders=2, sms_provider="Infobip")
    text = text_of(dry_cleaner(), language, messaging)
    part = text[text.index(flat(translate(NOTICE["h_messages"], language))):text.index("4. ")]
    assert flat(translate(NOTICE["messages_both"], language)) in part
    assert flat(translate(NOTICE["messages_reminders"], language).format(n=2)) in part
    assert translate(legal.ART6_CITATION, language).format(letter="b").lower() in part.lower()
    assert flat(translate(NOTICE["messages_provider"], language).format(provider="Infobip")) in part
    recipients = text[text.index("6. "):]
    assert f"Infobip {flat(role_name('sms', language))}" in recipients


@pytest.mark.parametrize("language", LANGUAGES)
def test_email_only_and_no_messages(language):
    text = text_of(dry_cleaner(), language, ServiceMessaging(email=True))
    assert flat(translate(NOTICE["messages_email"], language)) in text
    assert flat(translate(NOTICE["messages_provider"], language)).split("{")[0] not in text
    assert flat(translate(NOTICE["h_messages"], language)) not in text_of(dry_cleaner(), language, None)


def test_a_provider_the_profile_names_is_not_listed_twice():
    profile = dry_cleaner(processors=(Processor("Infobip Ltd", "sms", "HR"),))
    text = text_of(profile, "en", ServiceMessaging(sms=True, sms_provider="Infobip"))
    assert text.count("Infobip Ltd") == 1 and "Croatia" in text


def test_the_service_takes_the_notification_settings(db, shop, owner, locations, tmp_path):
    profiles = ProfileService(db)
    profiles.update(owner, dry_cleaner())
    assert profiles.messaging() is None  # notifications never set up: nothing is said
    notices = NoticeService(db, SecretBox(locations.data_dir / "notice.key"), environ={})
    notices.update_settings(owner, NoticeSettings(sms_provider=SmsProviderKind.INFOBIP, sms_sender="Renseriet",
                                                  infobip_base_url="https://abc.api.infobip.com",
                                                  reminder_after_days=7, reminder_max=3),
                            secrets={"sms_api_key": "k"})
    assert profiles.messaging() == ServiceMessaging(sms=True, email=False, reminders=3, sms_provider="Infobip")
    out = tmp_path / "notice.pdf"
    profiles.write_notice(owner, "nb", "pdf", str(out))
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(out).pages)
    assert "Vi bruker mobilnummeret ditt til å sende deg SMS" in text and "gjennom Infobip" in text
    assert "høyst 3 ganger" in text
