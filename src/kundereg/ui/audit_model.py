"""The audit trail as a table: who did what, when, to which customer, in words.

The model holds the ``AuditEntry`` records handed to it and never reads the database.
Entry details are ids, codes and field names; they are turned into readable text here
(translated field names, methods, reasons and statuses), never into personal data.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QObject)
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import QApplication

from ..domain.enums import ConsentSource, ServiceEventKind, ServiceEventStatus, StaffRole
from ..services.audit import AuditAction, AuditEntry
from .errors import field_label
from .formatting import format_datetime
from .purchase_models import OBJECT_ROLE, SORT_ROLE, _RecordTableModel, event_status_label, kind_label, status_label
from .verification_dialog import id_type_label, knowledge_label, method_label, reason_label

__all__ = ["ACTION_LABELS", "OBJECT_ROLE", "SORT_ROLE", "AuditTableModel", "action_label", "describe_details",
           "role_label"]

_N = QT_TRANSLATE_NOOP

ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.LOGIN: _N("AuditAction", "Logged in"),
    AuditAction.LOGIN_FAILED: _N("AuditAction", "Login failed"),
    AuditAction.LOGOUT: _N("AuditAction", "Logged out"),
    AuditAction.LOCKED: _N("AuditAction", "Screen locked"),
    AuditAction.CUSTOMER_VIEWED: _N("AuditAction", "Viewed customer"),
    AuditAction.CUSTOMER_CREATED: _N("AuditAction", "Registered customer"),
    AuditAction.CUSTOMER_CHANGED: _N("AuditAction", "Changed customer"),
    AuditAction.HISTORY_VIEWED: _N("AuditAction", "Viewed history"),
    AuditAction.PICKUP_LIST_VIEWED: _N("AuditAction", "Viewed pickup list"),
    AuditAction.ORDER_RECORDED: _N("AuditAction", "Recorded order"),
    AuditAction.ORDER_STATUS_CHANGED: _N("AuditAction", "Changed order status"),
    AuditAction.SERVICE_EVENT_RECORDED: _N("AuditAction", "Registered return, complaint or repair"),
    AuditAction.SERVICE_EVENT_CLOSED: _N("AuditAction", "Closed return, complaint or repair"),
    AuditAction.CONSENT_GIVEN: _N("AuditAction", "Consent given"),
    AuditAction.CONSENT_WITHDRAWN: _N("AuditAction", "Consent withdrawn"),
    AuditAction.CONSENTS_VIEWED: _N("AuditAction", "Viewed consents"),
    AuditAction.IDENTITY_VERIFIED: _N("AuditAction", "Verified identity"),
    AuditAction.IDENTITY_CHECK_FAILED: _N("AuditAction", "Identity check failed"),
    AuditAction.CODE_SENT: _N("AuditAction", "Sent verification code"),
    AuditAction.BUSINESS_REASON: _N("AuditAction", "Stated business reason"),
    AuditAction.ACCESS_DENIED: _N("AuditAction", "Access refused"),
    AuditAction.STAFF_CREATED: _N("AuditAction", "Added staff member"),
    AuditAction.STAFF_CHANGED: _N("AuditAction", "Changed staff member"),
    AuditAction.STAFF_BASELINE: _N("AuditAction", "Recorded the staff accounts"),
    AuditAction.SETTING_CHANGED: _N("AuditAction", "Changed setting"),
    AuditAction.DEMO_DATA: _N("AuditAction", "Generated demo data"),
    AuditAction.AUDIT_VIEWED: _N("AuditAction", "Viewed audit trail"),
    AuditAction.AUDIT_VERIFIED: _N("AuditAction", "Verified audit trail"),
    AuditAction.EXPORT: _N("AuditAction", "Exported data"),
    AuditAction.REPORT: _N("AuditAction", "Produced report"),
    AuditAction.ERASURE: _N("AuditAction", "Erased data"),
    AuditAction.ERASURE_REPLAYED: _N("AuditAction", "Erased again after a restore"),
    AuditAction.RETENTION_RUN: _N("AuditAction", "Retention rules applied"),
    AuditAction.BACKUP_TAKEN: _N("AuditAction", "Backup taken"),
    AuditAction.BACKUP_RESTORED: _N("AuditAction", "Backup restored"),
    AuditAction.REQUEST_REGISTERED: _N("AuditAction", "Registered data-subject request"),
    AuditAction.REQUEST_STEP: _N("AuditAction", "Data-subject request step"),
    AuditAction.MARKETING_OBJECTION: _N("AuditAction", "Objection to marketing"),
    AuditAction.SHOP_CREATED: _N("AuditAction", "Set up the register"),
    AuditAction.PROFILE_CHANGED: _N("AuditAction", "Changed shop profile"),
}
REQUEST_ACTIONS = frozenset({AuditAction.REQUEST_REGISTERED, AuditAction.REQUEST_STEP})
# Actions that refuse or fail something: shown in bold so they stand out.
WARNING_ACTIONS = frozenset({AuditAction.LOGIN_FAILED, AuditAction.IDENTITY_CHECK_FAILED,
                             AuditAction.ACCESS_DENIED, AuditAction.ERASURE})
# Routine reads by the owner in this very view: shown muted.
QUIET_ACTIONS = frozenset({AuditAction.AUDIT_VIEWED})

# Field names that FIELD_LABELS does not cover (staff accounts).
_EXTRA_FIELDS: dict[str, str] = {
    "active": _N("AuditDetails", "Active"),
    "display_name": _N("AuditDetails", "Name"),
}
_LOGIN_REASONS: dict[str, str] = {
    "unknown_user": _N("AuditDetails", "unknown user"),
    "wrong_secret": _N("AuditDetails", "wrong password or PIN"),
    "locked": _N("AuditDetails", "account waiting after failed attempts"),
}
_LOCK_REASONS: dict[str, str] = {
    "manual": _N("AuditDetails", "by the user"),
    "idle": _N("AuditDetails", "after inactivity"),
    "inactivity": _N("AuditDetails", "after inactivity"),
    "switch_user": _N("AuditDetails", "switching user"),
}
_HISTORY_PARTS: dict[str, str] = {
    "purchases": _N("AuditDetails", "orders"),
    "service_events": _N("AuditDetails", "returns, complaints and repairs"),
}
_SOURCES: dict[str, str] = {
    ConsentSource.COUNTER: _N("AuditDetails", "at the counter"),
    ConsentSource.WEB: _N("AuditDetails", "on the web"),
    ConsentSource.EMAIL: _N("AuditDetails", "by email"),
    ConsentSource.PHONE: _N("AuditDetails", "by phone"),
    ConsentSource.LETTER: _N("AuditDetails", "by letter"),
}
# Data-subject requests (GDPR Art. 15-21, 7(3)); the values the requests service records.
_REQUEST_TYPES: dict[str, str] = {
    "access": _N("AuditDetails", "access to data"),
    "rectification": _N("AuditDetails", "rectification"),
    "erasure": _N("AuditDetails", "erasure"),
    "restriction": _N("AuditDetails", "restriction of processing"),
    "portability": _N("AuditDetails", "data portability"),
    "objection": _N("AuditDetails", "objection to marketing"),
    "consent_withdrawal": _N("AuditDetails", "consent withdrawal"),
}
_REQUEST_STATUSES: dict[str, str] = {
    "received": _N("AuditDetails", "received"),
    "identity_verified": _N("AuditDetails", "identity verified"),
    "in_progress": _N("AuditDetails", "in progress"),
    "completed": _N("AuditDetails", "completed"),
    "refused": _N("AuditDetails", "refused"),
}
_ROLES: dict[StaffRole, str] = {
    StaffRole.OWNER: _N("StaffRole", "Owner"),
    StaffRole.COUNTER: _N("StaffRole", "Counter staff"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("AuditDetails", text)


def action_label(action: str) -> str:
    try:
        return QCoreApplication.translate("AuditAction", ACTION_LABELS[AuditAction(action)])
    except (ValueError, KeyError):
        return action.replace("_", " ").capitalize()


def role_label(role: str) -> str:
    try:
        return QCoreApplication.translate("StaffRole", _ROLES[StaffRole(role)])
    except ValueError:
        return role


def _field_name(name: str) -> str:
    if name in _EXTRA_FIELDS:
        return _t(_EXTRA_FIELDS[name])
    return field_label(name)


def _lookup(table: Mapping[str, str], value: object) -> str:
    text = table.get(str(value))
    return _t(text) if text else str(value)


def _enum_label(label, value: object) -> str:
    try:
        return label(value)
    except (ValueError, KeyError):
        return str(value)


def _verification_detail(method: str, detail: object) -> str:
    """'Photo ID (Passport)', 'Knowledge check (Mobile phone)', 'Business reason: Invoicing ...'."""
    text = method_label(method)
    if detail in (None, ""):
        return text
    if method == "photo_id":
        return f"{text} ({id_type_label(str(detail))})"
    if method == "knowledge":
        return f"{text} ({knowledge_label(str(detail))})"
    if method == "business_reason":
        return f"{text}: {reason_label(str(detail))}"
    return f"{text} ({detail})"


def describe_details(action: str, details: Mapping[str, Any], staff_names: Mapping[int, str] | None = None) -> str:
    """An entry's details as one line of text, in the user's language."""
    names = staff_names or {}
    d = dict(details)
    parts: list[str] = []

    def take(key: str) -> Any:
        return d.pop(key, None)

    if action in REQUEST_ACTIONS:
        if "request" in d:
            parts.append(QCoreApplication.translate("AuditDetails", "Request {reference}").format(reference=take("request")))
        if "kind" in d:
            parts.append(_lookup(_REQUEST_TYPES, take("kind")))
        if "channel" in d:
            parts.append(_lookup(_SOURCES, take("channel")))
        if "status" in d:
            parts.append(_lookup(_REQUEST_STATUSES, take("status")))
        if "method" in d:
            parts.append(QCoreApplication.translate("AuditDetails", "identity checked by: {method}").format(
                method=_verification_detail(str(take("method")), take("detail"))))
        if "extended_months" in d:
            parts.append(QCoreApplication.translate("AuditDetails", "deadline extended by {n} months in all").format(n=take("extended_months")))
    if "method" in d:
        method, detail = take("method"), take("detail")
        text = _verification_detail(str(method), detail)
        field = take("field")
        if field:
            text = f"{method_label(str(method))} ({knowledge_label(str(field))})"
        parts.append(text)
    if "basis" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "shown after: {method}").format(method=_verification_detail(str(take("basis")), None)))
    if "fields" in d:
        fields = take("fields") or []
        if fields:
            parts.append(QCoreApplication.translate("AuditDetails", "Fields: {names}").format(names=", ".join(_field_name(str(f)) for f in fields)))
    if "target_staff" in d:
        target = take("target_staff")
        name = names.get(target) if isinstance(target, int) else None
        parts.append(QCoreApplication.translate("AuditDetails", "Staff member: {name}").format(name=name or QCoreApplication.translate("AuditDetails", "no. {id}").format(id=target)))
    if "role" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "Role: {role}").format(role=role_label(str(take("role")))))
    if "ticket" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "Ticket {number}").format(number=take("ticket")))
    if "old" in d or "new" in d:
        old, new = take("old"), take("new")
        parts.append(f"{_enum_label(status_label, old)} → {_enum_label(status_label, new)}"
                     if old is not None and new is not None
                     else _enum_label(status_label, new if new is not None else old))
    if "event" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "Case no. {id}").format(id=take("event")))
    if "kind" in d:
        parts.append(_enum_label(lambda k: kind_label(ServiceEventKind(k)), take("kind")))
    if "status" in d:
        status = take("status")
        parts.append(_enum_label(lambda s: event_status_label(ServiceEventStatus(s)), status))
    if "consent" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "Consent no. {id}").format(id=take("consent")))
    if "source" in d:
        parts.append(_lookup(_SOURCES, take("source")))
    if "part" in d:
        parts.append(_lookup(_HISTORY_PARTS, take("part")))
    if "channel" in d:
        parts.append(method_label(str(take("channel"))))
    if "reason" in d:
        table = _LOCK_REASONS if action == AuditAction.LOCKED else _LOGIN_REASONS
        parts.append(_lookup(table, take("reason")))
    if "failures" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "failed attempts in a row: {n}").format(n=take("failures")))
    if "attempts" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "attempt {n}").format(n=take("attempts")))
    if d.pop("unlock", False):
        parts.append(QCoreApplication.translate("AuditDetails", "unlocked the screen"))
    if "tickets" in d:
        tickets = take("tickets")
        parts.append(QCoreApplication.translate("AuditDetails", "1 ticket") if tickets == 1 else QCoreApplication.translate("AuditDetails", "{n} tickets").format(n=tickets))
    if "customers" in d or "purchases" in d:
        parts.append(QCoreApplication.translate("AuditDetails", "{customers} customers, {purchases} orders").format(
            customers=take("customers") or 0, purchases=take("purchases") or 0))
    if "intact" in d:
        intact, count = take("intact"), take("entries")
        parts.append((QCoreApplication.translate("AuditDetails", "intact, {n} entries") if intact else QCoreApplication.translate("AuditDetails", "BROKEN, {n} entries checked")).format(n=count))
    if "filter_customer" in d or "filter_staff" in d:
        customer, staff_id = take("filter_customer"), take("filter_staff")
        filters = []
        if customer is not None:
            filters.append(QCoreApplication.translate("AuditDetails", "customer {id}").format(id=customer))
        if staff_id is not None:
            filters.append(names.get(staff_id) or QCoreApplication.translate("AuditDetails", "staff no. {id}").format(id=staff_id))
        parts.append(QCoreApplication.translate("AuditDetails", "filter: {what}").format(what=", ".join(filters)) if filters else QCoreApplication.translate("AuditDetails", "no filter"))
    for key, value in d.items():  # anything newer than this view: shown plainly, never dropped
        parts.append(f"{key.replace('_', ' ')}: {value}")
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]


class AuditTableModel(_RecordTableModel[AuditEntry]):
    """Audit entries, newest first as the service returns them; ``append_rows`` adds older pages."""

    COL_NUMBER, COL_TIME, COL_STAFF, COL_ACTION, COL_CUSTOMER, COL_DETAILS = range(6)
    HEADERS = (_N("AuditTableModel", "No."),
               _N("AuditTableModel", "Time"),
               _N("AuditTableModel", "Staff"),
               _N("AuditTableModel", "Action"),
               _N("AuditTableModel", "Customer"),
               _N("AuditTableModel", "Details"))
    RIGHT_ALIGNED = frozenset({COL_NUMBER, COL_CUSTOMER})
    HEADERS_LEFT = True

    def __init__(self, parent: QObject | None = None, *, locale: str | None = None) -> None:
        super().__init__(parent, locale=locale)
        self._ids: set[int] = set()
        self._names: dict[int, str] = {}

    # -- public ----------------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[AuditEntry]) -> None:
        self._ids = {entry.id for entry in rows}
        super().set_rows(rows)

    def append_rows(self, rows: Sequence[AuditEntry]) -> int:
        """Add an older page; entries already shown are skipped. Returns how many were new.

        Paging is by offset and the trail grows while it is read (reading it is audited too),
        so a later page may repeat the end of the one before; nothing is ever skipped.
        """
        new = [entry for entry in rows if entry.id not in self._ids]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(new) - 1)
            self._rows.extend(new)
            self._ids.update(entry.id for entry in new)
            self.endInsertRows()
        return len(new)

    def set_staff_names(self, names: Mapping[int, str]) -> None:
        """Names for staff ids inside details (e.g. whose PIN was set), from the staff list."""
        self._names = dict(names)
        if self._rows:
            self.dataChanged.emit(self.index(0, self.COL_DETAILS),
                                  self.index(len(self._rows) - 1, self.COL_DETAILS))

    def staff_text(self, e: AuditEntry) -> str:
        if e.staff_name:
            return e.staff_name
        if e.staff_id is not None:
            return self.tr("Staff no. {id}").format(id=e.staff_id)
        return self.tr("(unknown user)") if e.action == AuditAction.LOGIN_FAILED else "—"

    def details_text(self, e: AuditEntry) -> str:
        return describe_details(e.action, e.details, self._names)

    def _foreground(self, e: AuditEntry, column: int) -> QBrush | None:
        return _muted() if e.action in QUIET_ACTIONS else None

    def _font(self, e: AuditEntry, column: int) -> QFont | None:
        if column == self.COL_ACTION and e.action in WARNING_ACTIONS:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, e: AuditEntry, column: int) -> str:
        if column == self.COL_NUMBER:
            return str(e.id)
        if column == self.COL_TIME:
            return format_datetime(e.at, self._locale)
        if column == self.COL_STAFF:
            return self.staff_text(e)
        if column == self.COL_ACTION:
            return action_label(e.action)
        if column == self.COL_CUSTOMER:
            return "" if e.customer_id is None else str(e.customer_id)
        if column == self.COL_DETAILS:
            return self.details_text(e)
        return ""

    def _sort_key(self, e: AuditEntry, column: int) -> int | str:
        if column in (self.COL_NUMBER, self.COL_TIME):
            return e.id  # the chain's order; entries in the same second tie on time
        if column == self.COL_CUSTOMER:
            return e.customer_id if e.customer_id is not None else -1
        return self._display(e, column).casefold()

    def _tooltip(self, e: AuditEntry, column: int) -> str | None:
        if column == self.COL_TIME:
            return e.at.astimezone().isoformat(" ", "seconds")
        if column == self.COL_DETAILS:
            return self.details_text(e) or None
        return None


def _muted() -> QBrush:
    app = QApplication.instance()
    palette = app.palette() if isinstance(app, QApplication) else QPalette()
    return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
