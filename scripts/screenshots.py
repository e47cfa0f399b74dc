"""Render the main views into docs/screenshots/*.png for the README.

Builds a throw-away register with demo data (300 customers, seed 1, a fixed "today"),
logs its owner in, drives the real main window offscreen and saves ``widget.grab()`` of
each view (a dialog is drawn over the window it belongs to):

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
    from PySide6.QtCore import QCoreApplication, QEventLoop, QPoint, QSettings, Qt, QTimer
    from PySide6.QtGui import QColor, QFont, QPainter
    from PySide6.QtWidgets import QApplication, QWidget
    from sqlalchemy import func, select

    from kundereg.db import models
    from kundereg.db.migrate import current_revision
    from kundereg.domain.enums import PurchaseStatus
    from kundereg.locations import resolve
    from kundereg.services import demo
    from kundereg.services.register import build_register, open_register
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
                         owner_password=PASSWORD, owner_display_name="Ingrid Bakken", org_number="923609016")
        register = build_register(db)
        owner = register.auth.login("eier", PASSWORD)
        demo.generate(db, owner, customers=count, seed=1, now=TODAY)
        customers, purchases = register.customers, register.purchases
        window = MainWindow(register, shop, TaskRunner(synchronous=True),
                            QSettings(str(tmp / "settings.ini"), QSettings.Format.IniFormat),
                            schema_revision=current_revision(db.engine), idle_lock_ms=0)
        window.resize(*SIZE)
        window.show()
        window.activateWindow()
        out.mkdir(parents=True, exist_ok=True)

        def settle() -> None:
            loop = QEventLoop()
            QTimer.singleShot(300, loop.quit)  # let fades (the search box's clear button) finish
            loop.exec()

        def save(pixmap, name: str) -> None:
            path = out / f"{name}.png"
            pixmap.save(str(path))
            print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")

        def shot(name: str) -> None:
            settle()
            save(window.grab(), name)

        def shot_with_dialog(name: str, dialog: QWidget) -> None:
            """The window, dimmed, with the dialog drawn over its middle, as the user sees it."""
            settle()
            picture = window.grab()
            over = dialog.grab()
            painter = QPainter(picture)
            painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))
            at = QPoint((picture.width() - over.width()) // 2, (picture.height() - over.height()) // 2)
            painter.drawPixmap(at, over)
            painter.setPen(QColor(0, 0, 0, 110))
            painter.drawRect(at.x() - 1, at.y() - 1, over.width() + 1, over.height() + 1)
            painter.end()
            save(picture, name)

        # 0. The login page an attached register opens at; then the owner logs in.
        window.login_page.user.setCurrentIndex(window.login_page.user.findText("eier"))
        window.login_page.secret.setFocus()
        shot("login")
        window.start_session(owner)

        # 1. Search: a common surname typed, the best matches first, contact details masked.
        surname = _common_surname(customers, owner)
        window.search.edit.setText(surname.lower()[:5])
        shot("search")

        # 2. The identity gate: opening a regular customer (the longest history among the first
        #    results) asks who is at the counter first.
        regular = _regular_customer(db, models, func, select, [h.id for h in customers.search(owner, "", limit=200)])
        hit = next(h for h in customers.search(owner, "", limit=200) if h.id == regular)
        window.search.edit.setText(hit.display_name)
        window.search.open_current()
        dialog = window.customers.verification_dialog
        assert dialog is not None, "the verification dialog did not open"
        dialog.resize(dialog.sizeHint().expandedTo(dialog.size()))
        dialog.id_type.setFocus()
        shot_with_dialog("verification", dialog)

        # 3. The customer, once the photo ID was checked.
        dialog.verify_photo_id()
        window.panel.history.purchase_table.setFocus()
        shot("customer")

        # 4. Tickets ready for pickup.
        if not purchases.ready_for_pickup(owner):
            with db.read() as session:  # a few open tickets (the pickup list needs no history)
                received = session.scalars(select(models.Purchase.id).where(
                    models.Purchase.status == PurchaseStatus.RECEIVED.value).limit(8)).all()
            for purchase_id in received:
                purchases.set_status(owner, purchase_id, PurchaseStatus.READY)
        window.search.edit.clear()
        window.show_pickup()
        shot("pickup")

        # 5. A save refused by validation: each bad field marked, its message under it.
        window.show_search()
        window.search.edit.setText("siri berg")
        window.new_customer()  # Ctrl+N: the name comes from the search text
        panel = window.panel
        for field, text in (("mobile", "912 34"), ("email", "siri.berg@"), ("postal_code", "28150"),
                            ("city", "Gjøvik")):
            panel.editors[field].setText(text)
            panel.editors[field].textEdited.emit(text)
        panel.save()
        panel.editors["mobile"].setFocus(Qt.FocusReason.OtherFocusReason)
        shot("validation")

        panel.new_customer()  # drop the unsaved form, so the lock asks nothing

        # 6. Locked (Ctrl+L or idle): nothing of any customer is left on screen.
        window.show_search()
        window.search.edit.setText(surname.lower()[:5])
        window.lock()
        window.activateWindow()  # offscreen, closing the identity dialog left no window active
        window.lock_page.secret.setFocus()
        shot("locked")

        window.close()
        window.end_session()
        return 0
    finally:
        db.close()


PASSWORD = "demo-password-1"


def _regular_customer(db, models, func, select, ids: list[int]) -> int:
    """Among ``ids``, the customer with the most purchases (counted in SQL: no history is read)."""
    with db.read() as session:
        rows = session.execute(select(models.Purchase.customer_id, func.count())
                               .where(models.Purchase.customer_id.in_(ids))
                               .group_by(models.Purchase.customer_id)).all()
    return max(rows, key=lambda row: (row[1], -row[0]))[0]


def _common_surname(customers, staff) -> str:
    counts: dict[str, int] = {}
    for hit in customers.search(staff, "", limit=500):
        if hit.last_name:
            counts[hit.last_name] = counts.get(hit.last_name, 0) + 1
    return max(counts, key=lambda name: (counts[name], name)) if counts else "Hansen"


if __name__ == "__main__":
    sys.exit(main())
