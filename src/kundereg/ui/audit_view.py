"""The owner's view of the audit trail: who saw and changed what, filtered, and proof it is whole.

Filters by customer number, staff member and a date range (each end optional); the list
loads 200 entries at a time, newest first, with "Load more" for older ones. "Verify chain"
recomputes every entry's hash in the service and says plainly whether the trail is intact
or where it was broken. Every read goes through the ``TaskRunner``; reading the trail is
itself recorded by the service.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit,
                               QTableView, QVBoxLayout, QWidget)

from .controls import action_button
from ..domain.errors import KunderegError
from ..services.access import StaffSession
from ..services.audit import AuditEntry, AuditService, ChainReport
from ..services.auth import AuthService, StaffMember
from .audit_model import OBJECT_ROLE, AuditTableModel
from .errors import error_text
from .widgets import (sorted_table, ErrorLabel, clear_invalid, fit_columns, mark_invalid, qt_date_format,
                      refresh_shortcut)
from .workers import Latest, TaskRunner

PAGE_SIZE = 200
INTACT_STYLE = ("QLabel { background: #e6f4ea; color: #0d652d; border: 1px solid #81c995; border-radius: 4px; "
                "padding: 8px 10px; font-weight: bold; }")
BROKEN_STYLE = ("QLabel { background: #fce8e6; color: #a50e0e; border: 2px solid #d93025; border-radius: 4px; "
                "padding: 8px 10px; font-weight: bold; }")


class AuditView(QWidget):
    """Shown to the owner; ``staff_provider`` returns whoever is logged in right now."""

    def __init__(self, audit: AuditService, auth: AuthService, staff_provider: Callable[[], StaffSession | None],
                 runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._auth = auth
        self._staff_provider = staff_provider
        self._runner = runner
        self._loads = Latest(runner)  # a page asked for before the last refresh is not shown
        self._loading = False
        self._verifying = False
        self._has_more = False
        self._filters: dict[str, Any] = {}
        self.setAccessibleName(self.tr("Audit trail"))

        self.title_label = QLabel(self.tr("Audit &trail"), self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.title_label.setFont(font)
        self.verify_button = action_button(self, self.tr("Verif&y chain"), self.tr("Verify chain"), self.verify,
                                          self.tr("Recompute every entry's checksum to prove that nothing was "
                                             "changed, removed or reordered"))
        self.chain_label = QLabel(self)
        self.chain_label.setAccessibleName(self.tr("Audit trail check result"))
        self.chain_label.setWordWrap(True)
        self.chain_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chain_label.hide()

        # -- filters
        self.customer_edit = QLineEdit(self)
        self.customer_edit.setAccessibleName(self.tr("Customer number"))
        self.customer_edit.setPlaceholderText(self.tr("All customers"))
        self.customer_edit.setValidator(QIntValidator(1, 2_000_000_000, self.customer_edit))
        self.customer_edit.setClearButtonEnabled(True)
        self.customer_edit.setFixedWidth(self.customer_edit.fontMetrics().horizontalAdvance("0" * 14) + 30)
        self.customer_edit.returnPressed.connect(self.refresh)
        self.customer_edit.textEdited.connect(lambda _text: clear_invalid(self.customer_edit))
        customer_label = QLabel(self.tr("C&ustomer no.:"), self)
        customer_label.setBuddy(self.customer_edit)

        self.staff_combo = QComboBox(self)
        self.staff_combo.setAccessibleName(self.tr("Staff member"))
        self.staff_combo.addItem(self.tr("All staff"), None)
        self.staff_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.staff_combo.setMinimumWidth(160)
        staff_label = QLabel(self.tr("&Staff:"), self)
        staff_label.setBuddy(self.staff_combo)

        self.filter_error = ErrorLabel(self.tr("Filter problem"), self)
        today = QDate.currentDate()
        self.from_date = self._date_edit(today.addDays(-7), self.tr("From date"))
        self.from_any = self._any_box(self.from_date, self.tr("Any start date"))
        from_label = QLabel(self.tr("F&rom:"), self)
        from_label.setBuddy(self.from_date)
        self.until_date = self._date_edit(today, self.tr("Until date, inclusive"))
        self.until_any = self._any_box(self.until_date, self.tr("Any end date"))
        until_label = QLabel(self.tr("U&ntil:"), self)
        until_label.setBuddy(self.until_date)

        self.show_button = action_button(self, self.tr("Sh&ow"), self.tr("Show entries"), self.refresh,
                                        self.tr("Load the entries that match the filters (Enter, F5)"))
        self.clear_button = action_button(self, self.tr("C&lear filters"), self.tr("Clear filters"), self.clear_filters,
                                         self.tr("Show every entry again"))

        # -- table
        self.model = AuditTableModel(self)
        self.table, self.proxy = sorted_table(self, self.model, self.tr("Audit entries"), AuditTableModel.COL_DETAILS,
                                              AuditTableModel.COL_NUMBER, Qt.SortOrder.DescendingOrder)
        self.title_label.setBuddy(self.table)

        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of entries shown"))
        self.more_button = action_button(self, self.tr("Load &more"), self.tr("Load more"), self.load_more,
                                        self.tr("Load the next {n} older entries").format(n=PAGE_SIZE))
        self.refresh_button = action_button(self, self.tr("R&efresh"), self.tr("Refresh"), self.refresh,
                                           self.tr("Load the newest entries again (F5)"))
        refresh_shortcut(self, self.refresh)

        # -- layout
        head = QHBoxLayout()
        head.addWidget(self.title_label)
        head.addStretch(1)
        head.addWidget(self.verify_button)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(customer_label)
        filters.addWidget(self.customer_edit)
        filters.addSpacing(10)
        filters.addWidget(staff_label)
        filters.addWidget(self.staff_combo)
        filters.addSpacing(10)
        filters.addWidget(from_label)
        filters.addWidget(self.from_date)
        filters.addWidget(self.from_any)
        filters.addSpacing(6)
        filters.addWidget(until_label)
        filters.addWidget(self.until_date)
        filters.addWidget(self.until_any)
        filters.addSpacing(10)
        filters.addWidget(self.show_button)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.more_button)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.chain_label)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        chain = [self.customer_edit, self.staff_combo, self.from_date, self.from_any, self.until_date,
                 self.until_any, self.show_button, self.clear_button, self.table, self.more_button,
                 self.refresh_button, self.verify_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self._update_actions()


    def _date_edit(self, value: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(value, self)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(qt_date_format())
        return edit

    def _any_box(self, edit: QDateEdit, name: str) -> QCheckBox:
        """Ticked: no limit at this end. Choosing a date unticks it: mnemonic, type the date, done."""
        box = QCheckBox(self.tr("any"), self)
        box.setAccessibleName(name)
        box.setToolTip(self.tr("Ticked: entries of any date; choose a date to limit the list"))
        box.setChecked(True)
        box.toggled.connect(lambda _on: self._date_state_changed(edit, box))
        edit.dateChanged.connect(lambda _date: self._date_chosen(edit, box))
        self._date_state_changed(edit, box)
        return box

    def _date_chosen(self, edit: QDateEdit, box: QCheckBox) -> None:
        box.setChecked(False)
        self._date_state_changed(edit, box)

    def _date_state_changed(self, edit: QDateEdit, box: QCheckBox) -> None:
        clear_invalid(edit)
        self.filter_error.clear_message()
        edit.setStyleSheet("QDateEdit { color: palette(mid); }" if box.isChecked() else "")

    # -- filters ---------------------------------------------------------------------------------
    def clear_filters(self) -> None:
        self.customer_edit.clear()
        self.staff_combo.setCurrentIndex(0)
        self.from_any.setChecked(True)
        self.until_any.setChecked(True)
        self.refresh()

    def set_customer_filter(self, customer_id: int | None) -> None:
        """Show one customer's entries (e.g. "Show in audit trail" from the customer's record)."""
        self.customer_edit.setText("" if customer_id is None else str(customer_id))
        self.refresh()

    def _read_filters(self) -> dict[str, Any] | None:
        """The service's filter arguments, or None (with the reason shown) when they make no sense."""
        for widget in (self.customer_edit, self.from_date, self.until_date):
            clear_invalid(widget)
        self.filter_error.clear_message()
        text = self.customer_edit.text().strip()
        customer_id = int(text) if text.isdigit() else None
        since = until = None
        if not self.from_any.isChecked():
            since = _local_midnight(self.from_date.date().toPython())
        if not self.until_any.isChecked():
            until = _local_midnight(self.until_date.date().toPython() + timedelta(days=1))
        if since is not None and until is not None and since >= until:
            message = self.tr("The from date is after the until date.")
            mark_invalid(self.from_date, message)
            mark_invalid(self.until_date, message)
            self.filter_error.show_message(message)
            return None
        return {"customer_id": customer_id, "staff_id": self.staff_combo.currentData(), "since": since,
                "until": until}

    # -- loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the staff list and the newest page of entries that match the filters."""
        staff = self._staff_provider()
        self._loads.drop()
        if staff is None:
            self.model.set_rows([])
            self._has_more = False
            self.count_label.setText(self.tr("Log in as the owner to see the audit trail."))
            self._update_actions()
            return
        filters = self._read_filters()
        if filters is None:
            return
        self._filters = filters
        self._load_staff(staff)
        self._load(staff, offset=0)

    def load_more(self) -> None:
        staff = self._staff_provider()
        if staff is None or self._loading or not self._has_more:
            return
        self._load(staff, offset=self.model.rowCount())

    def _load(self, staff: StaffSession, offset: int) -> None:
        audit, filters = self._audit, dict(self._filters)
        self._loading = True
        self._update_actions()
        if offset == 0 and not self.model.rowCount():
            self.count_label.setText(self.tr("Loading…"))
        self._loads.submit(lambda progress: audit.entries(staff, limit=PAGE_SIZE, offset=offset, **filters),
                           lambda rows: self._loaded(offset, rows), self._failed)

    def _loaded(self, offset: int, rows: list[AuditEntry]) -> None:
        self._loading = False
        self._has_more = len(rows) >= PAGE_SIZE
        if offset == 0:
            self.model.set_rows(rows)
            self._fit_columns()
            if self.proxy.rowCount():
                self.table.selectionModel().setCurrentIndex(
                    self.proxy.index(0, 0), self.table.selectionModel().SelectionFlag.NoUpdate)
        else:
            self.model.append_rows(rows)
        self._show_count()
        self._update_actions()

    def _fit_columns(self) -> None:
        fit_columns(self.table)
        header = self.table.horizontalHeader()
        # Room for the sort arrow beside the short "No." heading.
        column = AuditTableModel.COL_NUMBER
        header.resizeSection(column, max(header.sectionSize(column), header.sectionSizeHint(column) + 16))

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self._update_actions()
        if not isinstance(exc, KunderegError):
            raise exc
        self.count_label.setText(self.tr("Could not load the audit trail: {reason}").format(reason=error_text(exc)))

    def _load_staff(self, staff: StaffSession) -> None:
        auth = self._auth
        self._runner.submit(lambda progress: auth.list_staff(staff), self._staff_loaded,
                            lambda exc: None if isinstance(exc, KunderegError) else self._raise(exc))

    @staticmethod
    def _raise(exc: BaseException) -> None:
        raise exc

    def _staff_loaded(self, members: list[StaffMember]) -> None:
        chosen = self.staff_combo.currentData()
        self.staff_combo.blockSignals(True)
        self.staff_combo.clear()
        self.staff_combo.addItem(self.tr("All staff"), None)
        for m in members:
            text = m.display_name if m.active else self.tr("{name} (deactivated)").format(name=m.display_name)
            self.staff_combo.addItem(text, m.id)
        index = self.staff_combo.findData(chosen) if chosen is not None else 0
        self.staff_combo.setCurrentIndex(max(0, index))
        self.staff_combo.blockSignals(False)
        self.model.set_staff_names({m.id: m.display_name for m in members})

    def _show_count(self) -> None:
        n = self.model.rowCount()
        if n == 0:
            text = self.tr("No entries match the filters.") if any(
                v is not None for v in self._filters.values()) else self.tr("The audit trail is empty.")
        elif n == 1:
            text = self.tr("1 entry")
        else:
            text = self.tr("{n} entries, newest first").format(n=n)
        if self._has_more:
            text += " " + self.tr("(older entries: Load more)")
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        logged_in = self._staff_provider() is not None
        self.more_button.setEnabled(logged_in and self._has_more and not self._loading)
        self.verify_button.setEnabled(logged_in and not self._verifying)
        self.show_button.setEnabled(logged_in)
        self.refresh_button.setEnabled(logged_in)

    # -- rows ------------------------------------------------------------------------------------
    def entries(self) -> list[AuditEntry]:
        return self.model.rows()

    def select_entry(self, entry_id: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OBJECT_ROLE).id == entry_id:
                selection = self.table.selectionModel()
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                          | selection.SelectionFlag.Rows)
                self.table.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)
                return True
        return False

    # -- verifying the chain -----------------------------------------------------------------------
    def verify(self) -> None:
        staff = self._staff_provider()
        if staff is None or self._verifying:
            return
        audit = self._audit
        self._verifying = True
        self._update_actions()
        self._show_chain(self.tr("Checking every entry…"), None)
        self._runner.submit(lambda progress: audit.verify(staff), self._verified, self._verify_failed)

    def _verified(self, report: ChainReport) -> None:
        self._verifying = False
        self._update_actions()
        if report.intact:
            self._show_chain(self.tr("Audit trail intact: {n} entries").format(n=report.entries), True)
            return
        self._show_chain(self.tr("Broken at entry {id}: {problem}").format(
            id=report.first_broken_id, problem=self.problem_text(report.problem or "")), False)
        if report.first_broken_id is not None:
            self.select_entry(report.first_broken_id)

    def _verify_failed(self, exc: BaseException) -> None:
        self._verifying = False
        self._update_actions()
        if not isinstance(exc, KunderegError):
            raise exc
        self._show_chain(self.tr("Could not check the audit trail: {reason}").format(reason=error_text(exc)), None)

    def _show_chain(self, text: str, intact: bool | None) -> None:
        self.chain_label.setText(text)
        self.chain_label.setStyleSheet(INTACT_STYLE if intact else BROKEN_STYLE if intact is False else "")
        font = self.chain_label.font()
        font.setBold(intact is not None)
        self.chain_label.setFont(font)
        self.chain_label.show()

    def chain_text(self) -> str:
        return self.chain_label.text() if self.chain_label.isVisible() else ""

    def problem_text(self, problem: str) -> str:
        """The service's English description of a break, in the user's language."""
        missing = re.fullmatch(r"entry (\d+) is missing or out of order", problem)
        if missing:
            return self.tr("entry {n} is missing or out of order").format(n=missing.group(1))
        known = {"does not follow the entry before it": self.tr("it does not follow the entry before it"),
                 "its content was changed": self.tr("its content was changed"),
                 "newer entries were removed": self.tr("newer entries were removed")}
        return known.get(problem, problem)


def _local_midnight(day: date) -> datetime:
    """The start of ``day`` in the PC's time zone, as an aware datetime (the service compares in UTC)."""
    return datetime.combine(day, time()).astimezone()

