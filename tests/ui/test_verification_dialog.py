"""The identity gate's dialog: each method verifies through the service, failures reveal nothing."""
from __future__ import annotations

import re
import socket

import pytest
from aiosmtpd.controller import Controller
from PySide6.QtCore import Qt

from kundereg.domain.access import VerificationMethod
from kundereg.services.identity import MAX_KNOWLEDGE_FAILURES, IdentityService
from kundereg.services.mail import SmtpCodeSender, SmtpSettings
from kundereg.ui.verification_dialog import VerificationDialog


class _Inbox:
    def __init__(self) -> None:
        self.messages: list[tuple[list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((list(envelope.rcpt_tos), envelope.content.decode("utf-8", "replace")))
        return "250 OK"


@pytest.fixture
def smtp_server():
    """A real SMTP server on a free local port, collecting what it receives."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = _Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield SmtpSettings(host="127.0.0.1", port=port, security="none", sender="rens@example.no"), inbox
    controller.stop()


@pytest.fixture
def make_dialog(qtbot, runner, counter, kari):
    def make(identity: IdentityService) -> tuple[VerificationDialog, list]:
        dialog = VerificationDialog(identity, counter, kari.id, "Kari Sørensen", runner)
        qtbot.addWidget(dialog)
        emitted: list = []
        dialog.verified.connect(emitted.append)
        dialog.open()
        return dialog, emitted
    return make


def test_heading_names_the_person_and_explains_the_gate(make_dialog, identity):
    dialog, _ = make_dialog(identity)
    assert dialog.heading.text() == "Verify identity: Kari Sørensen"
    assert "only after" in dialog.intro.text()
    assert dialog.methods.count() == 4
    assert "Do not write down the ID number" in dialog.id_note.text()


def test_photo_id_verifies_with_the_chosen_type(make_dialog, identity, customers, counter, kari):
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.PHOTO_ID)
    dialog.id_type.setCurrentIndex(dialog.id_type.findText("Driving licence"))
    dialog.photo_button.click()
    [verification] = emitted
    assert verification.method is VerificationMethod.PHOTO_ID and verification.detail == "driving_licence"
    assert dialog.result() == VerificationDialog.DialogCode.Accepted
    assert customers.get(counter, kari.id).email == "kari.sorensen@example.no"  # the gate is open


@pytest.mark.parametrize("stated", ["912 34 567", "+47 91 23 45 67", "0047 912 34 567"])
def test_knowledge_check_matches_the_mobile_in_another_format(make_dialog, identity, counter, kari, stated):
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.KNOWLEDGE)
    dialog.knowledge_field.setCurrentIndex(dialog.knowledge_field.findText("Mobile phone"))
    dialog.stated.setText(stated)
    dialog.check_button.click()
    [verification] = emitted
    assert verification.method is VerificationMethod.KNOWLEDGE and verification.detail == "mobile"
    assert counter.is_verified(kari.id)


def test_a_wrong_answer_shows_an_inline_error_and_reveals_nothing(make_dialog, identity, counter, kari):
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.KNOWLEDGE)
    dialog.knowledge_field.setCurrentIndex(dialog.knowledge_field.findText("Email"))
    dialog.stated.setText("kari@example.com")
    dialog.check_button.click()
    assert emitted == [] and dialog.isVisible() and not counter.is_verified(kari.id)
    error = dialog.knowledge_page.error
    assert error.isVisible() and error.text() == "Does not match."
    assert dialog.stated.property("invalid")
    shown = " ".join(w.text() for w in dialog.findChildren(type(error)) if w.isVisible())
    for secret in ("sorensen", "912", "567", "4791234567"):
        assert secret not in shown.lower()
    dialog.stated.setText("kari.sorensen@example.no")  # typing clears the error
    dialog.stated.textEdited.emit("kari.sorensen@example.no")
    assert not error.isVisible() and not dialog.stated.property("invalid")


def test_too_many_wrong_answers_close_the_knowledge_check(make_dialog, identity, counter, kari):
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.KNOWLEDGE)
    for _ in range(MAX_KNOWLEDGE_FAILURES):
        dialog.stated.setText("400 11 222")
        dialog.check_knowledge()
    assert not dialog.check_button.isEnabled()
    assert "last try" in dialog.knowledge_page.error.text()
    again, _ = make_dialog(identity)  # reopening does not give new tries
    assert not again.check_button.isEnabled()
    assert "Too many wrong answers" in again.knowledge_page.error.text()
    again.photo_button.click()  # another method still works
    assert counter.is_verified(kari.id)


def test_enter_on_the_method_list_confirms_photo_id_and_remembers_the_type(qtbot, make_dialog, identity,
                                                                          counter, kari):
    """Defect 2: Enter confirms the default method with the preselected ID type; the type is kept per PC."""
    dialog, emitted = make_dialog(identity)
    dialog.id_type.setCurrentIndex(dialog.id_type.findText("Bank card with photo"))
    dialog.methods.setFocus()
    qtbot.keyClick(dialog.methods, Qt.Key.Key_Return)
    assert [(v.method, v.detail) for v in emitted] == [(VerificationMethod.PHOTO_ID, "bank_card")]
    assert counter.is_verified(kari.id)
    again, _ = make_dialog(identity)
    assert again.id_type.currentText() == "Bank card with photo"


def test_enter_on_another_method_moves_into_its_fields_and_verifies_nothing(qtbot, make_dialog, identity,
                                                                           counter, kari):
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.KNOWLEDGE)
    dialog.methods.setFocus()
    qtbot.keyClick(dialog.methods, Qt.Key.Key_Return)
    assert emitted == [] and not counter.is_verified(kari.id)
    assert dialog.focusWidget() is dialog.knowledge_field


def test_enter_in_the_stated_field_checks(qtbot, make_dialog, identity):
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.KNOWLEDGE)
    qtbot.keyClicks(dialog.stated, "91234567")
    qtbot.keyClick(dialog.stated, Qt.Key.Key_Return)
    assert [v.method for v in emitted] == [VerificationMethod.KNOWLEDGE]


def test_business_reason_verifies_with_the_reason_code(make_dialog, identity, counter, kari):
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.REASON)
    assert dialog.reason.count() == len(identity.reasons())
    dialog.reason.setCurrentIndex(dialog.reason.findText("Invoicing and payment"))
    dialog.reason_button.click()
    [verification] = emitted
    assert verification.method is VerificationMethod.BUSINESS_REASON and verification.detail == "invoicing"


def test_cancel_emits_nothing(qtbot, make_dialog, identity, counter, kari):
    dialog, emitted = make_dialog(identity)
    dialog.stated.setText("91234567")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert emitted == [] and not dialog.isVisible()
    assert dialog.result() == VerificationDialog.DialogCode.Rejected
    assert not counter.is_verified(kari.id)


def test_without_a_mail_server_codes_are_explained_not_offered(make_dialog, identity):
    dialog, _ = make_dialog(identity)
    dialog.choose(VerificationDialog.CODE)
    assert not dialog.send_button.isEnabled() and not dialog.confirm_button.isEnabled()
    assert "Email codes are not set up" in dialog.sent_label.text()


def test_email_code_end_to_end(make_dialog, db, counter, kari, smtp_server):
    settings, inbox = smtp_server
    identity = IdentityService(db, {VerificationMethod.EMAIL_CODE: SmtpCodeSender(settings)})
    dialog, emitted = make_dialog(identity)
    dialog.choose(VerificationDialog.CODE)
    assert not dialog.confirm_button.isEnabled()
    dialog.send_button.click()
    assert dialog.sent_label.text() == "Code sent to k•••@example.no"
    [(recipients, body)] = inbox.messages
    assert recipients == ["kari.sorensen@example.no"]
    code = re.search(r"^\s+(\d{6})\s*$", body, re.M).group(1)

    dialog.code.setText("000000" if code != "000000" else "111111")
    dialog.confirm_button.click()
    assert emitted == [] and dialog.code_page.error.text() == "Wrong code."
    dialog.code.setText(code)
    dialog.confirm_button.click()
    [verification] = emitted
    assert verification.method is VerificationMethod.EMAIL_CODE
    assert counter.is_verified(kari.id)


def test_undeliverable_code_shows_the_service_message(make_dialog, db, counter, kari):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there
    sender = SmtpCodeSender(SmtpSettings(host="127.0.0.1", port=port, security="none", timeout=2))
    dialog, emitted = make_dialog(IdentityService(db, {VerificationMethod.EMAIL_CODE: sender}))
    dialog.choose(VerificationDialog.CODE)
    dialog.send_button.click()
    assert "could not be sent by email" in dialog.code_page.error.text()
    assert not dialog.confirm_button.isEnabled() and emitted == []


def test_every_input_and_button_is_named_and_labelled(make_dialog, identity):
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QListWidget, QPushButton

    dialog, _ = make_dialog(identity)
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy() is not None}
    for widget in (*dialog.findChildren(QLineEdit), *dialog.findChildren(QComboBox),
                   *dialog.findChildren(QListWidget)):
        if isinstance(widget.parent(), QComboBox):
            continue
        assert widget.accessibleName() and widget in buddies, widget
    for button in dialog.findChildren(QPushButton):
        assert button.accessibleName(), button.text()
