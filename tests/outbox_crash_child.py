"""Child side of tests/test_outbox_crash.py: sends a register's outbox to a loopback Infobip server.

``python tests/outbox_crash_child.py DATA_DIR`` runs the outbox sender until nothing is due. With
KILL_AT=claim:N or KILL_AT=accept:N it SIGKILLs itself right after its Nth claim round commits, or
right after the provider accepted its Nth message (before the outcome is recorded).
"""
from __future__ import annotations

import os
import signal
import sys


def main() -> int:
    from kundereg.locations import resolve
    from kundereg.services.notice_secrets import SecretBox
    from kundereg.services.notices import NoticeService
    from kundereg.services.outbox import OutboxSender
    from kundereg.services.register import open_register
    from kundereg.services import sms

    where, counts = resolve(sys.argv[1]), {"claim": 0, "accept": 0}
    point, _, at = os.environ.get("KILL_AT", "").partition(":")

    def counted(name, fn):
        def wrapper(*args, **kwargs):
            result = fn(*args, **kwargs)
            counts[name] += 1
            if point == name and counts[name] == int(at):
                os.kill(os.getpid(), signal.SIGKILL)
            return result
        return wrapper

    sms.InfobipSms.send = counted("accept", sms.InfobipSms.send)
    OutboxSender._claim = counted("claim", OutboxSender._claim)
    db = open_register(where)
    notices = NoticeService(db, SecretBox(where.data_dir / "notice.key"), environ={})
    # lease 0: whatever a killed sender left "sending" is taken over at once (it is dead).
    OutboxSender(db, notices.transports, base_delay=0.0, lease=0.0, batch=5).run_until_idle()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
