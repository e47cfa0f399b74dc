"""services.identity.pass_gate: every way through the identity gate in one call (GUI and CLI)."""
from __future__ import annotations

import pytest

from kundereg.domain.access import PermissionDenied, VerificationFailed, VerificationMethod
from kundereg.domain.errors import ValidationError
from kundereg.services.identity import IdentityService, pass_gate


class _Outbox:
    def __init__(self):
        self.sent = []

    def send(self, address, code, shop_name):
        self.sent.append((address, code))


def test_photo_id_knowledge_and_reason(identity, owner, kari):
    assert pass_gate(identity, owner, kari.id, "photo_id", "passport").method is VerificationMethod.PHOTO_ID
    asked = []
    verification = pass_gate(identity, owner, kari.id, VerificationMethod.KNOWLEDGE, "mobile",
                             stated=lambda field: asked.append(field) or "912 34 567")
    assert verification.method is VerificationMethod.KNOWLEDGE and asked == ["mobile"]
    with pytest.raises(VerificationFailed):
        pass_gate(identity, owner, kari.id, "knowledge", "email", stated=lambda _f: "someone@else.no")
    assert pass_gate(identity, owner, kari.id, "business_reason", "invoicing").detail == "invoicing"
    with pytest.raises(ValidationError):
        pass_gate(identity, owner, kari.id, "business_reason", "curiosity")
    with pytest.raises(ValidationError):
        pass_gate(identity, owner, kari.id, "created", None)  # not a way through the gate


def test_a_code_is_sent_then_asked_for(db, owner, kari):
    outbox = _Outbox()
    identity = IdentityService(db, {VerificationMethod.EMAIL_CODE: outbox})
    shown = []

    def read_out(where):
        shown.append(where)
        return outbox.sent[-1][1]

    assert pass_gate(identity, owner, kari.id, "email_code", code=read_out).method is VerificationMethod.EMAIL_CODE
    assert outbox.sent[0][0] == kari.email and "•" in shown[0] and kari.email not in shown[0]
    with pytest.raises(VerificationFailed):
        pass_gate(identity, owner, kari.id, "email_code", code=lambda _w: "000000" if outbox.sent[-1][1] != "000000"
                  else "111111")


def test_nobody_is_asked_anything_without_the_role(identity, kari):
    asked = []
    with pytest.raises(PermissionDenied):
        pass_gate(identity, None, kari.id, "knowledge", "mobile", stated=lambda f: asked.append(f) or "")
    assert asked == []
