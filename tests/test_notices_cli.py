"""The notice and price-list commands (cli/notify.py), run in-process on a real register."""
from __future__ import annotations

import json

import pytest

from kundereg.cli import main
from kundereg.domain.notices import NoticeSettings, SmsProviderKind
from kundereg.domain.records import PurchaseInput, PurchaseLineInput
from kundereg.services.notice_secrets import SecretBox
from kundereg.services.notices import NoticeService

from notify_servers import API_KEY, InfobipServer
from staff_secrets import OWNER_PASSWORD


@pytest.fixture
def cli(locations, monkeypatch, shop):
    monkeypatch.setenv("KUNDEREG_PASSWORD", OWNER_PASSWORD)

    def run(*argv):
        return main(["--data-dir", str(locations.data_dir), "--user", "eier", *argv])

    return run


@pytest.fixture
def infobip(db, locations, owner):
    with InfobipServer() as server:
        NoticeService(db, SecretBox(locations.data_dir / "notice.key")).update_settings(
            owner, NoticeSettings(sms_provider=SmsProviderKind.INFOBIP, infobip_base_url=server.url,
                                  sms_sender="GjovikRens"), {"sms_api_key": API_KEY})
        yield server


def test_order_ready_queues_and_notify_sends(cli, purchases, owner, kari, infobip, capsys):
    order = purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Skjorte", 2, 9900),)))
    assert cli("order", "ready", str(order.number)) == 0
    assert capsys.readouterr().out.strip() == f"ticket {order.number} is ready; sms notice queued"
    assert cli("notify", "outbox", "--json") == 0
    [entry] = json.loads(capsys.readouterr().out)
    assert (entry["ticket"], entry["state"], entry["channel"]) == (order.number, "queued", "sms")
    assert "+4791234567" not in json.dumps(entry)
    assert cli("notify", "send") == 0
    assert capsys.readouterr().out.startswith("1 sent, 0 failed")
    assert len(infobip.phone) == 1
    assert cli("notify", "outbox", "--ticket", str(order.number)) == 0
    assert "delivered" in capsys.readouterr().out  # the send command polled the delivery report


def test_no_notify_and_retry(cli, purchases, owner, kari, infobip, capsys):
    order = purchases.record(owner, kari.id, PurchaseInput(lines=(PurchaseLineInput("Kjole", 1, 29900),)))
    assert cli("order", "ready", str(order.number), "--no-notify") == 0
    assert "no notice" in capsys.readouterr().out
    infobip.script = [400]
    purchases.set_status(owner, order.id, "received")
    purchases.set_status(owner, order.id, "ready")
    cli("notify", "send")
    capsys.readouterr()
    assert cli("notify", "retry") == 0 and capsys.readouterr().out.strip() == "1 messages queued again"
    cli("notify", "send")
    assert len(infobip.phone) == 1


def test_notify_test_to_the_shops_number(cli, infobip, capsys):
    assert cli("notify", "test", "--to", "+47 22 33 44 55") == 0
    assert capsys.readouterr().out.strip() == "test message sent"
    assert infobip.phone[0]["to"] == "4722334455"


def test_unknown_ticket_is_an_error(cli, capsys):
    assert cli("order", "ready", "999") == 1
    assert capsys.readouterr().err.startswith("kundereg: ")


def test_prices_import_list_export(cli, tmp_path, capsys):
    source = tmp_path / "prices.csv"
    source.write_text("name;price;vat;unit;kind;due_days\nSkjorte;99,00;25;pcs;service;3\nDress 2 deler;349;25;pcs;"
                      "service;4\nBad;x;25;pcs;service;\n", encoding="utf-8")
    assert cli("prices", "import", str(source)) == 1  # one line refused
    out, err = capsys.readouterr()
    assert out.strip() == "2 added, 0 updated, 1 lines refused" and err.startswith("line 4: Unit price")
    assert cli("prices", "list", "--json") == 0
    assert [i["name"] for i in json.loads(capsys.readouterr().out)] == ["Skjorte", "Dress 2 deler"]
    target = tmp_path / "out.csv"
    assert cli("prices", "export", str(target)) == 0
    assert target.read_text(encoding="utf-8").splitlines()[1:] == ["Skjorte;99,00;25;pcs;service;3",
                                                                   "Dress 2 deler;349,00;25;pcs;service;4"]
