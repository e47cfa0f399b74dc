"""The owner's tools from the Administration menu: requests, staff, audit trail, shop profile,
demo data. Each checks the role only to decide what to offer; the services enforce it."""
from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QMainWindow, QVBoxLayout, QWidget

from ..domain.access import Permission
from .progress import run_with_progress
from .session import SessionHolder
from .workers import Progress, TaskRunner

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..services.register import Register
    from ..services.shop import ShopInfo


class AdminActions(QObject):
    customer_requested = Signal(int)   # open this customer (through the identity check)
    customer_erased = Signal(int)
    register_changed = Signal()        # customers were added: the lists should load again
    shop_changed = Signal(object)      # ShopInfo, after the profile was saved

    def __init__(self, window: QMainWindow, session: SessionHolder, runner: TaskRunner) -> None:
        super().__init__(window)
        self._window = window  # parent of the dialogs; its status bar reports the demo data
        self._session = session
        self._runner = runner
        self._register: Register | None = None
        self._country: str | None = None
        self._side: dict[str, QDialog] = {}  # the audit trail and the requests, while open

    def attach(self, register: Register, shop: ShopInfo) -> None:
        self._register, self._country = register, shop.country

    def offers(self) -> dict[str, tuple[object | None, Permission]]:
        """Per tool: the service it needs (None: not offered) and the permission."""
        register = self._register
        return {"demo": (getattr(register, "demo", None), Permission.DEMO_DATA),
                "audit": (getattr(register, "audit", None), Permission.AUDIT),
                "staff": (getattr(register, "auth", None), Permission.MANAGE_STAFF),
                "requests": (getattr(register, "requests", None), Permission.HANDLE_REQUEST),
                "profile": (getattr(register, "profile", None), Permission.SETTINGS),
                "import": (getattr(register, "db", None), Permission.IMPORT),
                "duplicates": (getattr(register, "db", None), Permission.MERGE)}

    def _staff_for(self, tool: str):
        """The acting staff member when ``tool`` is offered to them now, else None."""
        service, permission = self.offers()[tool]
        staff = self._session()
        if service is None or staff is None or not staff.may(permission):
            return None
        return staff

    # -- audit trail and requests, in dialogs beside the register ---------------------------

    def show_audit(self) -> None:
        """The audit trail (owner), in a dialog beside the register."""
        if self._staff_for("audit") is None:
            return
        from .audit_view import AuditView

        register = self._register
        assert register is not None
        self._show_side("audit", "auditDialog", self.tr("Audit trail"), (1000, 600),
                        lambda dialog: AuditView(register.audit, register.auth, self._session, self._runner, dialog))

    @property
    def audit_dialog(self) -> QDialog | None:
        return self._side.get("audit")

    def show_requests(self) -> None:
        """The register of data-subject requests (owner), in a dialog beside the register."""
        if self._staff_for("requests") is None:
            return
        from .requests_view import RequestsView

        register = self._register
        assert register is not None

        def view(dialog: QDialog) -> RequestsView:
            requests = RequestsView(register.requests, self._session, self._runner, dialog,
                                    erasure=register.erasure, country=self._country)
            requests.customer_requested.connect(self._open_requester)
            requests.customer_erased.connect(self.customer_erased)
            return requests

        self._show_side("requests", "requestsDialog", self.tr("Data-subject requests"), (1000, 480), view,
                        refresh_open=True)

    def _show_side(self, tool: str, name: str, title: str, size: tuple[int, int],
                   make_view: Callable[[QDialog], QWidget], refresh_open: bool = False) -> None:
        """A non-modal dialog with the tool's view above a Close button (one per tool: an open
        one is raised, and loaded again when ``refresh_open``). The view is ``dialog.<tool>_view``."""
        dialog = self._side.get(tool)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            if refresh_open:
                getattr(dialog, f"{tool}_view").refresh()
            return
        dialog = QDialog(self._window, objectName=name)
        dialog.setWindowTitle(title)
        view = make_view(dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        dialog.resize(*size)
        setattr(dialog, f"{tool}_view", view)

        def finished(_result: int) -> None:
            if self._side.get(tool) is dialog:
                del self._side[tool]
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self._side[tool] = dialog
        dialog.show()
        view.refresh()

    def refresh_requests(self) -> None:
        dialog = self._side.get("requests")
        if dialog is not None:
            dialog.requests_view.refresh()  # type: ignore[attr-defined]

    def _open_requester(self, customer_id: int) -> None:
        """From the requests list: the customer in the register (through the identity check)."""
        self._window.raise_()
        self._window.activateWindow()
        self.customer_requested.emit(customer_id)

    @property
    def requests_dialog(self) -> QDialog | None:
        return self._side.get("requests")

    # -- staff and shop profile ------------------------------------------------------------

    def show_staff(self) -> None:
        """The owner's staff accounts dialog."""
        staff = self._staff_for("staff")
        if staff is None:
            return
        from .staff_dialog import StaffDialog

        assert self._register is not None
        dialog = StaffDialog(self._register.auth, staff, self._runner, self._window)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def show_profile(self) -> QDialog | None:
        """The owner's shop profile and settings; the window follows a saved change."""
        staff = self._staff_for("profile")
        if staff is None:
            return None
        from .profile_dialog import ProfileDialog

        assert self._register is not None
        dialog = ProfileDialog(self._register.profile, staff, self._runner, self._window)
        dialog.saved.connect(self._profile_saved)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _profile_saved(self, profile) -> None:
        from ..services.shop import ShopInfo

        self._country = profile.country
        self.shop_changed.emit(ShopInfo(name=profile.name, country=profile.country, currency=profile.currency,
                                        org_number=profile.org_number, customer_fields=profile.customer_fields))

    # -- customers from elsewhere, and the same person twice ---------------------------------

    def import_customers(self) -> QDialog | None:
        """File > Import customers…: the import wizard; the lists load again after an import."""
        staff = self._staff_for("import")
        if staff is None:
            return None
        from .import_wizard import run_import_wizard

        assert self._register is not None
        wizard = run_import_wizard(self._window, self._register, staff, self._runner)
        wizard.finished.connect(lambda _r: self.register_changed.emit())
        return wizard

    def find_duplicates(self) -> QDialog | None:
        """Administration > Find duplicates: likely pairs, merged side by side."""
        staff = self._staff_for("duplicates")
        if staff is None:
            return None
        from .duplicates_dialog import run_duplicates_dialog

        assert self._register is not None
        dialog = run_duplicates_dialog(self._window, self._register, staff, self._runner)
        dialog.finished.connect(lambda _r: self.register_changed.emit())
        return dialog

    # -- demo data -----------------------------------------------------------------------

    def generate_demo_data(self) -> None:
        staff = self._staff_for("demo")
        if staff is None:
            return
        count, ok = QInputDialog.getInt(
            self._window, self.tr("Generate demo data"),
            self.tr("How many made-up customers (with purchases) to add?\n"
                    "Use this only on a trial register: the customers cannot be told apart from real ones."),
            1000, 1, 200_000, 100)
        if not ok or self._session() is not staff:  # locked while the question was open
            return
        demo, seed = self._register.demo, random.randrange(1, 1_000_000)
        self.start_demo(lambda progress: demo(staff, count, seed, progress))

    def start_demo(self, work: Callable[[Progress], Any]):
        status = self._window.statusBar()

        def done(stats: Any) -> None:
            status.showMessage(self.tr("Added {customers} customers and {purchases} purchases.").format(
                customers=getattr(stats, "customers", "?"), purchases=getattr(stats, "purchases", "?")), 8000)
            self.register_changed.emit()

        def cancelled() -> None:
            status.showMessage(self.tr("Demo data cancelled; nothing was added."), 8000)

        return run_with_progress(self._window, self._runner, self.tr("Generating demo data"), work, done,
                                 on_cancelled=cancelled, label=self.tr("Adding customers"))


