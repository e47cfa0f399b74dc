"""The owner's staff accounts: add, PINs, password resets, deactivation.

Every change runs in ``AuthService`` (which checks the owner's role, hashes secrets and
audits the change) through the ``TaskRunner``. Rules the service enforces, such as
"the last owner cannot be deactivated", are shown with the service's own message.
Secrets typed here are passed on once and never kept or shown.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QObject, QRegularExpression, Signal)
from PySide6.QtGui import QBrush, QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import (QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QTableView, QVBoxLayout, QWidget)

from .controls import action_button
from ..domain.enums import StaffRole
from ..domain.errors import KunderegError
from ..services.access import StaffSession
from ..services.auth import AuthService, StaffMember
from ..services.staff import MIN_PASSWORD_LENGTH
from .audit_model import role_label
from .errors import error_text, field_errors
from .formatting import format_datetime
from .widgets import sorted_table, ErrorLabel, clear_invalid, dialog_buttons, fit_columns, mark_invalid
from .purchase_models import OBJECT_ROLE, _RecordTableModel
from .workers import TaskRunner

_N = QT_TRANSLATE_NOOP
_PIN_PATTERN = QRegularExpression(r"\d{0,8}")


class StaffTableModel(_RecordTableModel[StaffMember]):
    """Staff accounts as the service lists them; never reads the database."""

    COL_USERNAME, COL_NAME, COL_ROLE, COL_ACTIVE, COL_PIN, COL_LOCKED = range(6)
    HEADERS = (_N("StaffTableModel", "Username"),
               _N("StaffTableModel", "Name"),
               _N("StaffTableModel", "Role"),
               _N("StaffTableModel", "Active"),
               _N("StaffTableModel", "PIN"),
               _N("StaffTableModel", "Locked until"))
    HEADERS_LEFT = True

    def __init__(self, parent: QObject | None = None, *, locale: str | None = None,
                 clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent, locale=locale, clock=clock)

    def row_of(self, staff_id: int) -> int:
        return next((row for row, m in enumerate(self._rows) if m.id == staff_id), -1)

    def is_locked(self, m: StaffMember) -> bool:
        return m.locked_until is not None and m.locked_until > self._clock()

    def _sort_key(self, m: StaffMember, column: int) -> int | float | str:
        if column == self.COL_ACTIVE:
            return int(m.active)
        if column == self.COL_PIN:
            return int(m.has_pin)
        if column == self.COL_LOCKED:
            return m.locked_until.timestamp() if self.is_locked(m) and m.locked_until else 0.0
        return self._display(m, column).casefold()

    def _foreground(self, m: StaffMember, column: int) -> QBrush | None:
        if m.active:
            return None
        app = QApplication.instance()
        palette = app.palette() if isinstance(app, QApplication) else QPalette()
        return QBrush(palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))

    def _tooltip(self, m: StaffMember, column: int) -> str | None:
        if column == self.COL_LOCKED and self.is_locked(m):
            return self.tr("Too many wrong attempts; a password reset unlocks the account at once.")
        if column == self.COL_ACTIVE and not m.active:
            return self.tr("Deactivated: cannot log in")
        return None

    def _display(self, m: StaffMember, column: int) -> str:
        if column == self.COL_USERNAME:
            return m.username
        if column == self.COL_NAME:
            return m.display_name
        if column == self.COL_ROLE:
            return role_label(m.role)
        if column == self.COL_ACTIVE:
            return self.tr("Yes") if m.active else self.tr("No")
        if column == self.COL_PIN:
            if m.role is not StaffRole.COUNTER:
                return "—"  # the owner always uses the password
            return self.tr("Yes") if m.has_pin else self.tr("No")
        if column == self.COL_LOCKED:
            return format_datetime(m.locked_until, self._locale) if self.is_locked(m) else ""
        return ""


# -- forms -----------------------------------------------------------------------------------------

class _FormDialog(QDialog):
    """A small form whose OK runs one service call; service errors go under the field they name."""

    saved = Signal(object)

    def __init__(self, title: str, ok_text: str, ok_name: str, runner: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._busy = False
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.fields: dict[str, QWidget] = {}
        self.errors: dict[str, ErrorLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.general_error = ErrorLabel(self.tr("Problem"), self)
        self.buttons = dialog_buttons(self, ok_text, ok_name)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def set_intro(self, text: str) -> None:
        self.intro.setText(text)
        self.intro.setVisible(bool(text))

    def add_field(self, name: str, label: str, widget: QWidget, accessible: str, *, secret: bool = False) -> QLabel:
        widget.setAccessibleName(accessible)
        if isinstance(widget, QLineEdit):
            if secret:
                widget.setEchoMode(QLineEdit.EchoMode.Password)
            widget.textEdited.connect(lambda _text, n=name: self.clear_error(n))
        text = QLabel(label, self)
        text.setBuddy(widget)
        error = ErrorLabel(self.tr("{field} problem").format(field=accessible), self)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        self.form.addRow(text, box)
        self.fields[name] = widget
        self.errors[name] = error
        return text

    def clear_error(self, name: str) -> None:
        clear_invalid(self.fields[name])
        self.errors[name].clear_message()
        self.general_error.clear_message()

    def clear_errors(self) -> None:
        for name in self.fields:
            self.clear_error(name)

    def show_error(self, name: str, message: str) -> None:
        widget = self.fields.get(name)
        if widget is None:
            self.general_error.show_message(message)
            return
        mark_invalid(widget, message)
        self.errors[name].show_message(message)
        self._fit()

    def _fit(self) -> None:
        """Grow to fit wrapped error messages, which the form's minimum size does not foresee."""
        layout = self.layout()
        layout.activate()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else self.sizeHint().height()
        if height > self.height():
            self.resize(self.width(), height)

    def focus_first_error(self) -> None:
        for name, widget in self.fields.items():
            if widget.property("invalid"):
                widget.setFocus()
                if isinstance(widget, QLineEdit):
                    widget.selectAll()
                return

    def text(self, name: str) -> str:
        widget = self.fields[name]
        assert isinstance(widget, QLineEdit)
        return widget.text()

    def check(self) -> dict[str, str]:
        """Checks before the service is asked (field -> message); the service checks everything again."""
        return {}

    def work(self) -> Callable[[], Any]:
        raise NotImplementedError

    def accept(self) -> None:
        if self._busy:
            return
        self.clear_errors()
        problems = self.check()
        if problems:
            for name, message in problems.items():
                self.show_error(name, message)
            self.focus_first_error()
            return
        work = self.work()
        self._busy = True
        self.ok_button.setEnabled(False)
        self._runner.submit(lambda progress: work(), self._done, self._failed)

    def _done(self, result: Any) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        self.saved.emit(result)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self.ok_button.setEnabled(True)
        if not isinstance(exc, KunderegError):
            raise exc
        per_field = field_errors(exc)
        if per_field:
            for name, message in per_field.items():
                self.show_error(name, message)
            self.focus_first_error()
        else:
            self.general_error.show_message(error_text(exc))
            self._fit()


def _repeat_problem(dialog: _FormDialog, first: str, second: str, message: str) -> dict[str, str]:
    return {second: message} if dialog.text(first) != dialog.text(second) else {}


class AddStaffDialog(_FormDialog):
    def __init__(self, auth: AuthService, staff: StaffSession, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add staff member"), self.tr("&Add"), self.tr("Add staff member"), runner, parent)
        self._auth = auth
        self._staff = staff
        self.username = QLineEdit(self)
        self.username.setMaxLength(64)
        self.username.setPlaceholderText(self.tr("lower-case, e.g. kari"))
        self.display_name = QLineEdit(self)
        self.display_name.setMaxLength(64)
        self.display_name.setPlaceholderText(self.tr("As shown in the audit trail"))
        self.role = QComboBox(self)
        for role in (StaffRole.COUNTER, StaffRole.OWNER):
            self.role.addItem(role_label(role), role)
        self.password = QLineEdit(self)
        self.password.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = QLineEdit(self)
        self.pin = QLineEdit(self)
        self.pin.setValidator(QRegularExpressionValidator(_PIN_PATTERN, self.pin))
        self.pin.setPlaceholderText(self.tr("4–8 digits, optional"))
        self.pin.setToolTip(self.tr("Counter staff may log in with a short PIN instead of the password"))
        self.add_field("username", self.tr("&Username:"), self.username, self.tr("Username"))
        self.add_field("display_name", self.tr("&Name:"), self.display_name, self.tr("Name"))
        self.add_field("role", self.tr("&Role:"), self.role, self.tr("Role"))
        self.add_field("password", self.tr("&Password:"), self.password, self.tr("Password"), secret=True)
        self.add_field("repeat", self.tr("R&epeat password:"), self.repeat, self.tr("Repeat password"), secret=True)
        self.add_field("pin", self.tr("P&IN:"), self.pin, self.tr("PIN"), secret=True)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()
        self.username.setFocus()

    def _role_changed(self) -> None:
        counter = self.role.currentData() == StaffRole.COUNTER
        if not counter:
            self.pin.clear()
            self.clear_error("pin")
        self.pin.setEnabled(counter)
        self.pin.setPlaceholderText(self.tr("4–8 digits, optional") if counter
                                    else self.tr("The owner always uses the password"))

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.display_name.text().strip():
            problems["display_name"] = self.tr("Type the person's name.")
        problems.update(_repeat_problem(self, "password", "repeat", self.tr("The two passwords are not the same.")))
        return problems

    def work(self) -> Callable[[], StaffMember]:
        auth, staff = self._auth, self._staff
        values = dict(username=self.username.text(), display_name=self.display_name.text(),
                      role=StaffRole(self.role.currentData()), password=self.password.text(),
                      pin=(self.pin.text() or None) if self.pin.isEnabled() else None)
        return lambda: auth.add_staff(staff, **values)


class PinDialog(_FormDialog):
    def __init__(self, auth: AuthService, staff: StaffSession, member: StaffMember, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Set PIN"), self.tr("&Set PIN"), self.tr("Set PIN"), runner, parent)
        self._auth, self._staff, self._member = auth, staff, member
        self.set_intro(self.tr("{name} can then log in with this PIN instead of the password.").format(
            name=member.display_name))
        self.pin = QLineEdit(self)
        self.pin.setValidator(QRegularExpressionValidator(_PIN_PATTERN, self.pin))
        self.pin.setPlaceholderText(self.tr("4–8 digits"))
        self.repeat = QLineEdit(self)
        self.repeat.setValidator(QRegularExpressionValidator(_PIN_PATTERN, self.repeat))
        self.add_field("pin", self.tr("&PIN:"), self.pin, self.tr("PIN"), secret=True)
        self.add_field("repeat", self.tr("R&epeat PIN:"), self.repeat, self.tr("Repeat PIN"), secret=True)
        self.pin.setFocus()

    def check(self) -> dict[str, str]:
        return _repeat_problem(self, "pin", "repeat", self.tr("The two PINs are not the same."))

    def work(self) -> Callable[[], StaffMember]:
        auth, staff, staff_id, pin = self._auth, self._staff, self._member.id, self.pin.text()
        return lambda: auth.set_pin(staff, staff_id, pin)


class PasswordDialog(_FormDialog):
    def __init__(self, auth: AuthService, staff: StaffSession, member: StaffMember, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reset password"), self.tr("&Reset password"), self.tr("Reset password"), runner,
                         parent)
        self._auth, self._staff, self._member = auth, staff, member
        self.set_intro(self.tr("Give {name} the new password in person. A reset also ends a wait after too many "
                          "wrong attempts.").format(name=member.display_name))
        self.password = QLineEdit(self)
        self.password.setPlaceholderText(self.tr("At least {n} characters").format(n=MIN_PASSWORD_LENGTH))
        self.repeat = QLineEdit(self)
        self.add_field("password", self.tr("New &password:"), self.password, self.tr("New password"), secret=True)
        self.add_field("repeat", self.tr("R&epeat password:"), self.repeat, self.tr("Repeat password"), secret=True)
        self.password.setFocus()

    def check(self) -> dict[str, str]:
        return _repeat_problem(self, "password", "repeat", self.tr("The two passwords are not the same."))

    def work(self) -> Callable[[], None]:
        auth, staff, staff_id, password = self._auth, self._staff, self._member.id, self.password.text()
        return lambda: auth.reset_password(staff, staff_id, password)


# -- the dialog ------------------------------------------------------------------------------------

class StaffDialog(QDialog):
    """The staff list with its actions; ``form`` is the small dialog currently open, if any."""

    def __init__(self, auth: AuthService, staff: StaffSession, runner: TaskRunner, parent: QWidget | None = None,
                 *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent)
        self._auth = auth
        self._staff = staff
        self._runner = runner
        self._busy = False
        self.form: _FormDialog | None = None
        self.setWindowTitle(self.tr("Staff accounts"))
        self.setAccessibleName(self.tr("Staff accounts"))

        intro = QLabel(self.tr("Owners can do everything. Counter staff serve customers and may log in with a PIN. "
                          "A deactivated account cannot log in; its entries stay in the audit trail."), self)
        intro.setWordWrap(True)

        self.model = StaffTableModel(self, clock=clock)
        self.table, self.proxy = sorted_table(self, self.model, self.tr("Staff accounts"), StaffTableModel.COL_LOCKED,
                                              StaffTableModel.COL_USERNAME,
                                              selection=QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().currentRowChanged.connect(self._update_actions)
        self.table.doubleClicked.connect(lambda _index: self.reset_password())
        table_label = QLabel(self.tr("&Staff:"), self)
        table_label.setBuddy(self.table)

        self.add_button = action_button(self, self.tr("&Add…"), self.tr("Add staff member"), self.add_staff,
                                       self.tr("Create a new staff account"))
        self.pin_button = action_button(self, self.tr("Set &PIN…"), self.tr("Set PIN"), self.set_pin,
                                       self.tr("Let counter staff log in with a short PIN"))
        self.remove_pin_button = action_button(self, self.tr("Remove P&IN"), self.tr("Remove PIN"), self.remove_pin,
                                              self.tr("Only the password works after this"))
        self.password_button = action_button(self, self.tr("Reset pass&word…"), self.tr("Reset password"), self.reset_password,
                                            self.tr("Set a new password, for example when it is forgotten"))
        self.active_button = action_button(self, self.tr("&Deactivate"), self.tr("Deactivate"), self.toggle_active,
                                          self.tr("Stop or allow logging in with this account"))
        side = QVBoxLayout()
        side.setSpacing(4)
        for button in (self.add_button, self.pin_button, self.remove_pin_button, self.password_button,
                       self.active_button):
            side.addWidget(button)
        side.addStretch(1)

        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Status"))
        self.message.setWordWrap(True)
        self.error = ErrorLabel(self.tr("Problem"), self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        self.buttons.rejected.connect(self.reject)

        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(table_label)
        layout.addLayout(body, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        chain = [self.table, self.add_button, self.pin_button, self.remove_pin_button, self.password_button,
                 self.active_button, close]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)
        self.resize(760, 380)
        self._update_actions()
        self.refresh()
        self.table.setFocus()


    # -- list --------------------------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        current = self.current_member()
        wanted = select_id if select_id is not None else (current.id if current else None)
        auth, staff = self._auth, self._staff
        self._runner.submit(lambda progress: auth.list_staff(staff),
                            lambda rows: self._loaded(rows, wanted), self._failed)

    def _loaded(self, rows: list[StaffMember], select_id: int | None) -> None:
        self.model.set_rows(rows)
        fit_columns(self.table)
        self.select(select_id if select_id is not None else self._staff.actor.staff_id)
        self._update_actions()

    def members(self) -> list[StaffMember]:
        return self.model.rows()

    def current_member(self) -> StaffMember | None:
        index = self.table.selectionModel().currentIndex()
        return index.data(OBJECT_ROLE) if index.isValid() else None

    def select(self, staff_id: int | None) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(OBJECT_ROLE).id == staff_id:
                selection = self.table.selectionModel()
                selection.setCurrentIndex(index, selection.SelectionFlag.ClearAndSelect
                                          | selection.SelectionFlag.Rows)
                return True
        return False

    def _update_actions(self, *_args: object) -> None:
        m = self.current_member()
        idle = not self._busy
        counter = m is not None and m.role is StaffRole.COUNTER
        self.pin_button.setEnabled(idle and counter and m.active)
        self.pin_button.setText(self.tr("Change &PIN…") if counter and m.has_pin else self.tr("Set &PIN…"))
        self.pin_button.setToolTip(self.tr("Let counter staff log in with a short PIN") if m is None or counter
                                   else self.tr("The owner always logs in with the password"))
        self.remove_pin_button.setEnabled(idle and counter and m.has_pin)
        self.password_button.setEnabled(idle and m is not None and m.active)
        self.active_button.setEnabled(idle and m is not None)
        if m is not None and not m.active:
            self.active_button.setText(self.tr("Reac&tivate"))
            self.active_button.setAccessibleName(self.tr("Reactivate"))
        else:
            self.active_button.setText(self.tr("&Deactivate"))
            self.active_button.setAccessibleName(self.tr("Deactivate"))
        self.add_button.setEnabled(idle)

    # -- actions -----------------------------------------------------------------------------------
    def _open_form(self, form: _FormDialog, on_saved: Callable[[Any], None]) -> None:
        self.error.clear_message()
        self.message.clear()
        self.form = form
        form.saved.connect(on_saved)
        form.finished.connect(lambda _result: self._form_closed(form))
        form.open()

    def _form_closed(self, form: _FormDialog) -> None:
        if self.form is form:
            self.form = None
        form.deleteLater()
        self.table.setFocus()

    def add_staff(self) -> None:
        def saved(member: StaffMember) -> None:
            self.message.setText(self.tr("{name} was added as {role}.").format(
                name=member.display_name, role=role_label(member.role).lower()))
            self.refresh(member.id)
        self._open_form(AddStaffDialog(self._auth, self._staff, self._runner, self), saved)

    def set_pin(self) -> None:
        m = self.current_member()
        if m is None or m.role is not StaffRole.COUNTER:
            return

        def saved(member: StaffMember) -> None:
            self.message.setText(self.tr("{name} can now log in with the new PIN.").format(name=member.display_name))
            self.refresh(member.id)
        self._open_form(PinDialog(self._auth, self._staff, m, self._runner, self), saved)

    def reset_password(self) -> None:
        m = self.current_member()
        if m is None or not m.active:
            return

        def saved(_result: None) -> None:
            self.message.setText(self.tr("The password of {name} was reset.").format(name=m.display_name))
            self.refresh(m.id)
        self._open_form(PasswordDialog(self._auth, self._staff, m, self._runner, self), saved)

    def remove_pin(self) -> None:
        m = self.current_member()
        if m is None or not m.has_pin:
            return
        auth, staff = self._auth, self._staff
        self._change(lambda: auth.set_pin(staff, m.id, None),
                     self.tr("{name} must now log in with the password.").format(name=m.display_name), m.id)

    def toggle_active(self) -> None:
        m = self.current_member()
        if m is None:
            return
        auth, staff, active = self._auth, self._staff, not m.active
        done = (self.tr("{name} can log in again.") if active
                else self.tr("{name} can no longer log in.")).format(name=m.display_name)
        self._change(lambda: auth.set_active(staff, m.id, active), done, m.id)

    def _change(self, work: Callable[[], Any], done: str, staff_id: int) -> None:
        if self._busy:
            return
        self.error.clear_message()
        self.message.clear()
        self._busy = True
        self._update_actions()

        def finished(_result: Any) -> None:
            self._busy = False
            self.message.setText(done)
            self.refresh(staff_id)

        self._runner.submit(lambda progress: work(), finished, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_actions()
        if not isinstance(exc, KunderegError):
            raise exc
        self.error.show_message(error_text(exc))
