"""Render the main views into docs/screenshots/*.png for the README.

Builds a throw-away register with demo data (300 customers, seed 1, a fixed "today"),
drives the real main window offscreen and saves ``widget.grab()`` of each view:

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--out DIR]

Nothing outside the temporary directory and the output folder is touched; QSettings
go to the temporary directory too.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1100, 700)
TODAY = datetime(2025, 3, 14, 10, 30, tzinfo=timezone.utc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--customers", type=int, default=300)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    with tempfile.TemporaryDirectory(prefix="kundereg-shots-") as tmp:
        os.environ["XDG_CONFIG_HOME"] = str(Path(tmp) / "config")  # QSettings stay in tmp
        return _render(Path(tmp), args.out, args.customers)


def _render(tmp: Path, out: Path, count: int) -> int:
    from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, Qt, QTimer
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QApplication

    from kundereg.db.migrate import current_revision
    from kundereg.domain.enums import PurchaseStatus
    from kundereg.locations import resolve
    from kundereg.services import demo
    from kundereg.services.customers import CustomerService
    from kundereg.services.purchases import PurchaseService
    from kundereg.services.register import open_register
    from kundereg.services.shop import init_shop
    from kundereg.ui.main_window import MainWindow
    from kundereg.ui.workers import TaskRunner

    QCoreApplication.setOrganizationName("kundereg")
    QCoreApplication.setApplicationName("kundereg")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setFont(QFont("DejaVu Sans", 10))

    db = open_register(resolve(tmp / "data"))
    try:
        shop = init_shop(db, name="Gjøvik Rens AS", country="NO", owner_username="eier",
                         owner_password="demo-password-1", org_number="923609016")
        demo.generate(db, customers=count, seed=1, now=TODAY)
        customers, purchases = CustomerService(db), PurchaseService(db)
        window = MainWindow(customers, purchases, shop, TaskRunner(synchronous=True),
                            QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat),
                            schema_revision=current_revision(db.engine), demo=lambda *a: None)
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        out.mkdir(parents=True, exist_ok=True)

        def shot(name: str) -> None:
            loop = QEventLoop()
            QTimer.singleShot(300, loop.quit)  # let fades (the search box's clear button) finish
            loop.exec()
            path = out / f"{name}.png"
            window.grab().save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        # 1. Search: a common surname typed, the best matches first.
        surname = _common_surname(customers)
        window.search_edit.setText(surname.lower()[:5])
        shot("search")

        # 2. A regular customer: the one with the longest history among the first results.
        regular = max((h for h in customers.search("", limit=200)),
                      key=lambda h: len(purchases.history(h.id).purchases))
        window.search_edit.setText(regular.display_name)
        window.open_current()
        window.panel.history.purchase_table.setFocus()
        shot("customer")

        # 3. Tickets ready for pickup.
        if not purchases.ready_for_pickup():
            for hit in customers.search("", limit=5):
                for p in purchases.history(hit.id).purchases:
                    if p.status is PurchaseStatus.RECEIVED:
                        purchases.set_status(p.id, PurchaseStatus.READY)
        window.search_edit.clear()
        window.show_pickup()
        shot("pickup")

        # 4. A save refused by validation: each bad field marked, its message under it.
        window.show_search()
        window.search_edit.setText("siri berg")
        window.new_customer()  # Ctrl+N: the name comes from the search text
        panel = window.panel
        for field, text in (("mobile", "912 34"), ("email", "siri.berg@"), ("postal_code", "28150"),
                            ("city", "Gjøvik")):
            panel.editors[field].setText(text)
            panel.editors[field].textEdited.emit(text)
        panel.save()
        panel.editors["mobile"].setFocus(Qt.FocusReason.OtherFocusReason)
        shot("validation")

        panel.new_customer()  # drop the unsaved form, so closing asks nothing
        window.close()
        return 0
    finally:
        db.close()


def _common_surname(customers) -> str:
    counts: dict[str, int] = {}
    for hit in customers.search("", limit=500):
        if hit.last_name:
            counts[hit.last_name] = counts.get(hit.last_name, 0) + 1
    return max(counts, key=lambda name: (counts[name], name)) if counts else "Hansen"


if __name__ == "__main__":
    sys.exit(main())
