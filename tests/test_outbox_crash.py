"""SIGKILL a real sender process at chosen and random points: every notice reaches the phone once."""
from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from kundereg.db import models
from kundereg.domain.enums import PurchaseStatus
from kundereg.domain.notices import NoticeSettings, SmsProviderKind
from kundereg.domain.records import CustomerInput, PurchaseInput, PurchaseLineInput
from kundereg.services.notice_secrets import SecretBox
from kundereg.services.notices import NoticeService

from notify_servers import API_KEY, InfobipServer

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL is POSIX")

CHILD = Path(__file__).with_name("outbox_crash_child.py")
NOTICES = 12


@pytest.fixture
def infobip():
    with InfobipServer() as server:
        yield server


@pytest.fixture
def queued(db, locations, customers, purchases, owner, infobip):
    """NOTICES tickets marked ready, their notices queued; the register closed for the child."""
    notices = NoticeService(db, SecretBox(locations.data_dir / "notice.key"), environ={})
    notices.update_settings(owner, NoticeSettings(sms_provider=SmsProviderKind.INFOBIP, infobip_base_url=infobip.url,
                                                  sms_sender="GjovikRens"), {"sms_api_key": API_KEY})
    for i in range(NOTICES):
        person = customers.create(owner, CustomerInput(first_name=f"Kunde{i}", mobile=f"+47 915 00 {i:03d}"))
        order = purchases.record(owner, person.id, PurchaseInput(lines=(PurchaseLineInput("Skjorte", 1, 9900),)))
        purchases.set_status(owner, order.id, PurchaseStatus.READY)
    with db.read() as session:
        keys = set(session.scalars(select(models.OutboxMessage.key)))
    db.close()
    assert len(keys) == NOTICES
    return keys


def _child(locations, kill_at: str | None = None) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUNDEREG_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(Path(__file__).parents[1] / "src"),
                                                      env.get("PYTHONPATH")]))
    if kill_at:
        env["KILL_AT"] = kill_at
    return subprocess.Popen([sys.executable, str(CHILD), str(locations.data_dir)], env=env,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _finish(locations) -> None:
    child = _child(locations)
    out, err = child.communicate(timeout=120)
    assert child.returncode == 0, err.decode()


def _states(locations):
    from kundereg.services.register import open_register

    db = open_register(locations)
    with db.read() as session:
        states = set(session.scalars(select(models.OutboxMessage.state)))
    db.close()
    return states


def test_a_kill_after_the_provider_accepted_does_not_send_twice(locations, queued, infobip):
    child = _child(locations, "accept:3")
    child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL
    assert len(infobip.phone) == 3
    _finish(locations)
    assert infobip.per_message() == {key: 1 for key in queued}
    assert len(infobip.duplicates) == 1  # the third was offered again and refused on its messageId
    assert _states(locations) == {"sent"}


def test_a_kill_between_queueing_and_sending_sends_once_after_restart(locations, queued, infobip):
    child = _child(locations, "claim:1")
    child.communicate(timeout=120)
    assert child.returncode == -signal.SIGKILL and infobip.phone == []
    _finish(locations)
    assert infobip.per_message() == {key: 1 for key in queued}
    assert infobip.duplicates == [] and _states(locations) == {"sent"}


def test_kills_at_random_moments_while_sending(locations, queued, infobip):
    rng = random.Random(16)
    kills = 0
    for _ in range(4):
        before = len(infobip.phone)
        if before >= NOTICES - 2:
            break
        child = _child(locations)
        target = before + rng.randint(1, 3)
        deadline = time.monotonic() + 60
        while len(infobip.phone) < target and child.poll() is None and time.monotonic() < deadline:
            infobip.arrived.wait(0.05)
            infobip.arrived.clear()
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            kills += 1
        child.communicate(timeout=60)
    assert kills >= 1
    _finish(locations)
    assert infobip.per_message() == {key: 1 for key in queued}
    assert _states(locations) == {"sent"}
