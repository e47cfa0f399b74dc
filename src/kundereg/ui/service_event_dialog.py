"""Register a return, complaint (reklamasjon) or repair, optionally tied to one ticket."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (QDialogButtonBox, QComboBox, QDialog, QFormLayout, QLabel, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from ..domain import validation as v
from ..domain.enums import ServiceEventKind
from ..domain.errors import KunderegError, ValidationError, ValidationErrors
from ..domain.records import Purchase, ServiceEvent
from . import formatting
from .widgets import ErrorLabel, clear_invalid, dialog_buttons, mark_invalid
from .errors import error_text
from .purchase_models import kind_label, status_label

# submit(kind, description, purchase_id) -> the event the service recorded
SubmitEvent = Callable[[ServiceEventKind, str, "int | None"], ServiceEvent]


class ServiceEventDialog(QDialog):
    def __init__(self, purchases: Sequence[Purchase] = (), parent: QWidget | None = None, *,
                 submit: SubmitEvent | None = None, kind: ServiceEventKind = ServiceEventKind.COMPLAINT,
                 purchase_id: int | None = None, locale: str | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.created_event: ServiceEvent | None = None  # what submit returned
        self.setWindowTitle(self.tr("Return, complaint or repair"))
        self.setAccessibleName(self.tr("Return, complaint or repair"))

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for value in ServiceEventKind:
            self.kind_combo.addItem(kind_label(value), value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(ServiceEventKind(kind)))
        kind_text = QLabel(self.tr("&Kind:"), self)
        kind_text.setBuddy(self.kind_combo)
        form.addRow(kind_text, self.kind_combo)

        self.ticket_combo = QComboBox(self)
        self.ticket_combo.setAccessibleName(self.tr("Ticket"))
        self.ticket_combo.addItem(self.tr("No particular ticket"), None)
        for p in purchases:
            text = self.tr("No. {number} · {date} · {what} ({status})").format(
                number=p.number, date=formatting.format_date(p.purchased_at, locale),
                what=_shorten(p.summary, 50), status=status_label(p.status))
            self.ticket_combo.addItem(text, p.id)
        if purchase_id is not None and self.ticket_combo.findData(purchase_id) >= 0:
            self.ticket_combo.setCurrentIndex(self.ticket_combo.findData(purchase_id))
        ticket_text = QLabel(self.tr("&Ticket:"), self)
        ticket_text.setBuddy(self.ticket_combo)
        form.addRow(ticket_text, self.ticket_combo)

        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setPlaceholderText(self.tr("What is wrong, and what was agreed with the customer"))
        self.description_edit.textChanged.connect(self._clear_description_error)
        description_text = QLabel(self.tr("&Description:"), self)
        description_text.setBuddy(self.description_edit)
        self.description_error = ErrorLabel(self.tr("Description error"), self)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(self.description_edit)
        box.addWidget(self.description_error)
        form.addRow(description_text, box)
        layout.addLayout(form, 1)

        self.general_error = ErrorLabel(self.tr("Error"), self)
        layout.addWidget(self.general_error)

        self.buttons = dialog_buttons(self, self.tr("&Register"), self.tr("Register"))
        layout.addWidget(self.buttons)

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        QWidget.setTabOrder(self.kind_combo, self.ticket_combo)
        QWidget.setTabOrder(self.ticket_combo, self.description_edit)
        QWidget.setTabOrder(self.description_edit, ok)
        QWidget.setTabOrder(ok, cancel)
        (self.description_edit if purchase_id is not None else self.kind_combo).setFocus()
        self.resize(520, 320)

    # -- values --------------------------------------------------------------------------------
    def kind(self) -> ServiceEventKind:
        return ServiceEventKind(self.kind_combo.currentData())

    def purchase_id(self) -> int | None:
        return self.ticket_combo.currentData()

    def description(self) -> str:
        return self.description_edit.toPlainText()

    # -- accept ---------------------------------------------------------------------------------
    def _clear_description_error(self) -> None:
        clear_invalid(self.description_edit)
        self.description_error.clear_message()
        self.general_error.clear_message()

    def _show(self, exc: ValidationError) -> None:
        if exc.field == "number":
            mark_invalid(self.ticket_combo, error_text(exc))
            self.general_error.show_message(error_text(exc))
            self.ticket_combo.setFocus()
        else:
            mark_invalid(self.description_edit, error_text(exc))
            self.description_error.show_message(error_text(exc))
            self.description_edit.setFocus()

    def accept(self) -> None:
        self._clear_description_error()
        clear_invalid(self.ticket_combo)
        try:
            text = v.text("description", self.description(), required=True, multiline=True)
        except ValidationError as exc:
            self._show(exc)
            return
        if self._submit is not None:
            try:
                self.created_event = self._submit(self.kind(), text or "", self.purchase_id())
            except ValidationErrors as exc:
                for error in exc.errors.values():
                    self._show(error)
                return
            except ValidationError as exc:
                self._show(exc)
                return
            except KunderegError as exc:
                self.general_error.show_message(error_text(exc))
                return
        super().accept()


def _shorten(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
