"""Notice templates and channel rules: service messages only, in the customer's or the shop's language."""
from __future__ import annotations

import pytest

from kundereg.domain.errors import ValidationError
from kundereg.domain.languages import LANGUAGES
from kundereg.domain.notices import (DEFAULT_TEMPLATES, Channel, ChannelChoice, NoticeKind, NoticeSettings,
                                     placeholders_in, render, validate_template)
from kundereg.services.notice_secrets import SecretBox
from kundereg.services.notices import NoticeService, choose_channel


@pytest.mark.parametrize("text, message", [
    ("{shop}: {ticket} is ready. Use {discount} next time!", "may not use {discount}: notices are service"),
    ("{shop}: {ticket} ready, {first_name}!", "may not use {first_name}"),
    ("{shop}: {ticket} ready. {mobile}", "may only use {hours}, {shop}, {ticket}"),
    ("{shop}: {ticket} ready. See https://rens.no/tilbud", "may not contain links"),
    ("{shop}: {ticket} ready. www.rens.no", "may not contain links"),
    ("{shop}: your order is ready", "must contain {ticket}"),
    ("{shop}: {ticket ready", "unmatched brace"),
    ("   ", "is required"),
])
def test_the_template_editor_refuses_what_is_not_a_service_message(text, message):
    with pytest.raises(ValidationError, match=message.replace("{", r"\{").replace("}", r"\}")):
        validate_template(NoticeKind.READY, text)


def test_every_default_template_passes_its_own_rules_in_every_language():
    for kind, by_language in DEFAULT_TEMPLATES.items():
        assert set(by_language) == set(LANGUAGES)
        for text in by_language.values():
            assert validate_template(kind, text) == text
    assert set(placeholders_in(DEFAULT_TEMPLATES[NoticeKind.DELAY]["fi"])) == {"shop", "ticket", "days"}


def test_rendering_leaves_out_opening_hours_the_shop_has_not_set():
    template = DEFAULT_TEMPLATES[NoticeKind.READY]["nb"]
    assert render(template, shop="Rens", ticket=7, hours="9-17") == \
        "Rens: Bestilling 7 er klar til henting. Åpningstider: 9-17"
    assert render(template, shop="Rens", ticket=7) == "Rens: Bestilling 7 er klar til henting."


@pytest.mark.parametrize("choice, mobile, email, sms, expected", [
    (ChannelChoice.AUTO, True, True, True, (Channel.SMS, None)),
    (ChannelChoice.AUTO, True, True, False, (Channel.EMAIL, None)),   # no SMS provider: email
    (ChannelChoice.AUTO, True, False, False, (None, "no_sms_provider")),
    (ChannelChoice.AUTO, False, False, True, (None, "no_contact")),
    (ChannelChoice.EMAIL, True, True, True, (Channel.EMAIL, None)),
    (ChannelChoice.EMAIL, True, False, True, (Channel.SMS, None)),
    (ChannelChoice.EMAIL, True, False, False, (None, "no_email")),
    (ChannelChoice.SMS, False, True, True, (Channel.EMAIL, None)),
    (ChannelChoice.NONE, True, True, True, (None, "declined")),
])
def test_the_channel_follows_the_customer_then_the_shop(choice, mobile, email, sms, expected):
    assert choose_channel(choice, has_mobile=mobile, has_email=email, sms_available=sms) == expected


def test_settings_keep_own_templates_and_refuse_bad_ones(db, shop, owner, counter, locations):
    notices = NoticeService(db, SecretBox(locations.data_dir / "notice.key"), environ={})
    own = "{shop}: Hei! Nr. {ticket} kan hentes. {hours}"
    saved = notices.update_settings(owner, NoticeSettings(templates={"ready": {"nb": own}}, reminder_after_days=7,
                                                          reminder_max=2, opening_hours="9-17"))
    assert saved.template(NoticeKind.READY, "nb") == own
    assert saved.template(NoticeKind.READY, "sv") == DEFAULT_TEMPLATES[NoticeKind.READY]["sv"]
    with pytest.raises(ValidationError, match="not marketing"):
        notices.update_settings(owner, NoticeSettings(templates={"ready": {"nb": "{ticket} {offer}"}}))
    with pytest.raises(ValidationError, match="Reminders"):
        notices.update_settings(owner, NoticeSettings(reminder_max=99))
    from kundereg.domain.access import PermissionDenied

    with pytest.raises(PermissionDenied):
        notices.update_settings(counter, NoticeSettings())
    assert notices.settings(owner).template(NoticeKind.READY, "nb") == own  # unchanged by the refusals
