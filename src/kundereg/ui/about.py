"""Help > About and Help > Keyboard shortcuts."""
from __future__ import annotations

from collections.abc import Iterable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ..services.shop import ShopInfo


def about_text(shop: ShopInfo | None, schema_revision: str | None) -> str:
    from .. import __version__
    from ..services.schema import expected_schema

    # Which schema this program upgrades registers to, next to the open register's own:
    # after an upgrade support can tell whether the register was migrated.
    expected = QCoreApplication.translate("About", "<p>This version works with register schema {head}.</p>").format(
        head=expected_schema() or QCoreApplication.translate("About", "unknown"))
    if shop is None:
        return QCoreApplication.translate("About", "<h3>kundereg {version}</h3>"
                                          "<p>Customer register for small Nordic shops.</p>"
                                          "<p>The register is being opened.</p>").format(version=__version__) + expected
    return QCoreApplication.translate("About", "<h3>kundereg {version}</h3>"
                                      "<p>Customer register for small Nordic shops.</p>"
                                      "<p>Shop: {shop} ({country})<br>Register schema: {schema}</p>").format(
        version=__version__, shop=_html(shop.name), country=shop.country,
        schema=schema_revision or QCoreApplication.translate("About", "unknown")) + expected


def shortcuts_text(actions: Iterable[QAction]) -> str:
    rows = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.iconText()) for a in actions]
    rows.insert(1, (QCoreApplication.translate("About", "Up / Down"),
                    QCoreApplication.translate("About", "Choose a customer in the results")))
    rows.insert(2, (QCoreApplication.translate("About", "Enter"),
                    QCoreApplication.translate("About", "Open the chosen customer (or the first one)")))
    body = "".join(f"<tr><td><b>{_html(k)}</b>&nbsp;&nbsp;</td><td>{_html(t)}</td></tr>" for k, t in rows)
    return f"<table>{body}</table>"


def _html(text: str) -> str:
    return escape(text, quote=False)
