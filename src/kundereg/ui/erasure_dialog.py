"""Confirming an erasure: what goes, what the law keeps, and the receipt's language.

The plan comes from ``ErasureService.plan`` (run on the worker before the dialog opens);
the dialog only shows it. Erasing is refused here when the service would refuse it anyway
(open orders, a restriction), so the owner learns why before confirming.
"""
from __future__ import annotations

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout,
                               QWidget)

from ..services.erasure import ErasurePlan
from ..services.requests import DataRequest
from .formatting import format_date
from .report_dialog import LANGUAGE_NAMES, default_language
from .widgets import ErrorLabel


class ErasureDialog(QDialog):
    def __init__(self, request: DataRequest, plan: ErasurePlan, country: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="erasureDialog")
        self.setWindowTitle(self.tr("Erase customer {id}").format(id=plan.customer_id))
        self.intro = QLabel(self.tr(
            "<p>Request <b>{reference}</b>: erase customer {id} (GDPR Art. 17).</p>"
            "<p>Name, contact details, address, notes, consents, returns and complaints and the search "
            "entries are deleted for good. This cannot be undone.</p>").format(
                reference=request.reference, id=plan.customer_id), self)
        self.intro.setWordWrap(True)
        kept = self.tr("{kept} purchase(s) stay as anonymous accounting records, as the bookkeeping act requires, "
                  "until {until} at the latest.").format(kept=plan.purchases_kept,
                                                          until=format_date(plan.latest_kept_until)) \
            if plan.purchases_kept else self.tr("No purchase has to be kept for the accounts.")
        self.records_label = QLabel(self.tr("{deleted} purchase(s) are deleted. {kept}").format(
            deleted=plan.purchases_deleted, kept=kept), self)
        self.records_label.setWordWrap(True)
        self.problem_label = ErrorLabel(self.tr("Why the customer cannot be erased yet"), self)
        if plan.open_orders:
            self.problem_label.show_message(self.tr(
                "Open orders {numbers} must be handed over or cancelled first.").format(
                    numbers=", ".join(str(n) for n in plan.open_orders)))
        elif plan.restricted:
            self.problem_label.show_message(self.tr(
                "The customer is restricted (Art. 18). Lift the restriction first if its reason no longer "
                "stands."))
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(self.tr("Receipt language"))
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(f"{name} ({code})", code)
        self.language_combo.setCurrentIndex(self.language_combo.findData(default_language(country)))
        language_label = QLabel(self.tr("Receipt &language:"), self)
        language_label.setBuddy(self.language_combo)
        self.confirm_box = QCheckBox(self.tr("I have checked that this is the person who asked, and that the "
                                        "erasure cannot be undone"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(self.tr("&Erase"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.erase_button.setAccessibleName(self.tr("Erase the customer"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.confirm_box.toggled.connect(lambda _on: self._update())
        blocked = bool(plan.open_orders) or plan.restricted
        self.confirm_box.setEnabled(not blocked)

        form = QFormLayout()
        form.addRow(language_label, self.language_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.records_label)
        layout.addWidget(self.problem_label)
        layout.addLayout(form)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self._update()
        self.resize(520, self.sizeHint().height())

    def _update(self) -> None:
        self.erase_button.setEnabled(self.confirm_box.isEnabled() and self.confirm_box.isChecked())

    def language(self) -> str:
        return self.language_combo.currentData()
