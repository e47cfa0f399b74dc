"""The counter window: a search box on top, results below, one customer at a time.

The window can be built and shown before the register is open (start-up shows it first and
opens the database off the GUI thread): until ``attach`` hands it the services, the search
box takes typing, the results say the register is opening, and the actions that need the
register are disabled. ``attach`` then shows the login page; once someone has logged in,
whatever was typed meanwhile is searched.

Who acts is held by a ``SessionHolder`` that every widget asks when it submits work. The
results show names and masked contact details only; opening a customer who has not been
verified in this session goes through the ``VerificationDialog`` first, and leaving the
customer (back to search, another customer, lock) closes the record again. Ctrl+L, or
``security/idle_lock_minutes`` (QSettings, default 5) without key or mouse input, locks the
window: every customer's data is cleared from it and open dialogs are closed before the lock
page shows.

Keyboard first: the search box has focus at start; Up/Down in it move through the
results, Enter opens the highlighted (or first) customer, Esc comes back with the text
selected, Ctrl+N starts a new customer from what was typed, Ctrl+S saves, Ctrl+R shows
the tickets ready for pickup, Ctrl+L locks.
"""
from __future__ import annotations

import logging
import random
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QModelIndex, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView,
                               QInputDialog, QLabel, QLineEdit, QMainWindow, QMenu, QMessageBox, QProgressDialog,
                               QStackedWidget, QTableView, QToolButton, QVBoxLayout, QWidget)

from ..domain.access import Permission
from ..domain.errors import KunderegError
from . import i18n
from .errors import error_text
from .lock_screen import LockPage, LoginPage
from .progress import run_with_progress
from .search_model import COL_COMPANY, COL_EMAIL, COL_MOBILE, COL_NAME, CustomerSearchModel
from .session import IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES, IdleWatcher, SessionHolder, idle_lock_ms
from .workers import Progress, TaskRunner

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..domain.records import Customer
    from ..services.access import StaffSession
    from ..services.audit import AuditService
    from ..services.backup import BackupService
    from ..services.erasure import ErasureService
    from ..services.auth import AuthService
    from ..services.customers import CustomerService
    from ..services.identity import IdentityService
    from ..services.profile import ProfileService
    from ..services.purchases import PurchaseService
    from ..services.reports import ReportService
    from ..services.requests import RequestService
    from ..services.shop import ShopInfo
    from .customer_panel import CustomerPanel
    from .pickup_view import PickupView

log = logging.getLogger(__name__)

# demo(staff, customers, seed, progress) -> stats with .customers and .purchases (services.demo.generate)
DemoGenerator = Callable[["StaffSession", int, int, Progress], Any]

PAGE_SEARCH, PAGE_CUSTOMER, PAGE_PICKUP = "search", "customer", "pickup"
PAGE_LOGIN, PAGE_LOCK = "login", "lock"  # shown instead of the register (search box included)
SETTINGS_GROUP = "mainWindow"
DEFAULT_SIZE = (1100, 700)


class ResultsView(QTableView):
    """The search results; Enter opens the current row."""

    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchResults")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionsClickable(False)  # results come ranked by relevance, not sortable
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class MainWindow(QMainWindow):
    """The counter window. Built with its services, or without them and ``attach``-ed later."""

    locked = Signal()            # the lock page is showing; no customer data is left in the window
    session_started = Signal()   # someone logged in or unlocked; the register is showing

    def __init__(self, customers: CustomerService | None = None, purchases: PurchaseService | None = None,
                 shop: ShopInfo | None = None, runner: TaskRunner | None = None,
                 settings: QSettings | None = None, *,
                 auth: AuthService | None = None, identity: IdentityService | None = None,
                 audit: AuditService | None = None, requests: RequestService | None = None,
                 reports: ReportService | None = None, profile: ProfileService | None = None,
                 schema_revision: str | None = None, demo: DemoGenerator | None = None,
                 erasure: ErasureService | None = None, backups: BackupService | None = None,
                 idle_lock_ms: int | None = None, parent: QWidget | None = None) -> None:
        services = (customers, purchases, shop, auth, identity)
        if any(s is not None for s in services) and any(s is None for s in services):
            raise TypeError("MainWindow needs customers, purchases, shop, auth and identity together "
                            "(or none of them)")
        super().__init__(parent)
        self._customers: CustomerService | None = None
        self._purchases: PurchaseService | None = None
        self._shop: ShopInfo | None = None
        self._auth: AuthService | None = None
        self._identity: IdentityService | None = None
        self._audit: AuditService | None = None
        self._requests: RequestService | None = None
        self._reports: ReportService | None = None
        self._erasure: ErasureService | None = None
        self._backups: BackupService | None = None
        self._backup_due = False        # learnt off the GUI thread at login; offered once a day at closing
        self._closing_after_backup = False
        self._profile: ProfileService | None = None
        self._runner = runner if runner is not None else TaskRunner(parent=self)
        self._settings = settings if settings is not None else QSettings()
        self._schema_revision: str | None = None
        self._demo: DemoGenerator | None = None
        self._select_customer_id: int | None = None
        self._select_after_load = True
        self._open_when_loaded = False
        self._return_to_id: int | None = None       # the customer just left, to highlight in the results
        self._verification: QDialog | None = None   # the identity check being asked
        self._audit_dialog: QDialog | None = None
        self._requests_dialog: QDialog | None = None
        self._discarded_on_lock = False
        self.session = SessionHolder(self)
        self.session.changed.connect(self._update_actions)

        self.setObjectName("mainWindow")
        self._build_search_page()
        self._build_pages()
        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._restore_settings()
        if idle_lock_ms is None:
            idle_lock_ms = _idle_setting(self._settings)
        self.idle_watcher = IdleWatcher(idle_lock_ms, self)
        self.idle_watcher.idle.connect(lambda: self.lock(reason="idle", ask=False))
        self.show_search(select_text=False)
        if customers is not None:
            assert purchases is not None and shop is not None and auth is not None and identity is not None
            self.attach(customers=customers, purchases=purchases, shop=shop, auth=auth, identity=identity,
                        audit=audit, requests=requests, reports=reports, profile=profile,
                        schema_revision=schema_revision, demo=demo, erasure=erasure, backups=backups)
        else:
            self._show_opening()

    def attach(self, *, customers: CustomerService, purchases: PurchaseService, shop: ShopInfo,
               auth: AuthService, identity: IdentityService, audit: AuditService | None = None,
               requests: RequestService | None = None, reports: ReportService | None = None,
               profile: ProfileService | None = None,
               schema_revision: str | None = None, demo: DemoGenerator | None = None,
               erasure: ErasureService | None = None, backups: BackupService | None = None) -> None:
        """Connect the window to an open register and show the login page (once).

        What was typed in the search box meanwhile is kept and searched after the login."""
        if self._customers is not None:
            raise RuntimeError("the main window is attached to a register already")
        self._customers, self._purchases, self._shop = customers, purchases, shop
        self._auth, self._identity, self._audit = auth, identity, audit
        self._requests, self._reports, self._profile = requests, reports, profile
        self._erasure, self._backups = erasure, backups
        if self._panel is not None:
            self._panel.set_request_services(requests, reports)
        self._schema_revision, self._demo = schema_revision, demo
        self.setWindowTitle(shop.name)
        self.shop_label.setText(shop.name)
        self.login_page.set_shop_name(shop.name)
        self.count_label.clear()
        self.empty_hint.setVisible(False)
        if not self.session.active:
            self.show_login()
        self._update_actions()

    @property
    def settings(self) -> QSettings:
        """Where this window keeps its per-PC settings (geometry, language, backup passphrase)."""
        return self._settings

    @property
    def attached(self) -> bool:
        """True once the window has its services (``attach`` was called)."""
        return self._customers is not None

    @property
    def staff(self) -> StaffSession | None:
        """Who acts now (None while nobody is logged in or the window is locked)."""
        return self.session()

    def _show_opening(self) -> None:
        """Before ``attach``: say the register is opening; keep what needs it switched off."""
        text = self.tr("Opening the register…")
        self.count_label.setText(text)
        self.empty_hint.setText(text)
        self.empty_hint.setVisible(True)
        self._update_actions()

    # -- building ------------------------------------------------------------------------

    def _build_search_page(self) -> None:
        self.search_edit = QLineEdit(objectName="searchBox")
        self.search_edit.setPlaceholderText(self.tr("Search name, phone, email, company…"))
        self.search_edit.setAccessibleName(self.tr("Search customers"))
        self.search_edit.setToolTip(self.tr("Type any part of a name, phone number, email address, company "
                                            "or city. Up/Down choose, Enter opens. (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        font = self.search_edit.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.search_edit.setFont(font)
        self.search_edit.setMinimumHeight(self.search_edit.sizeHint().height() + 6)
        self.search_edit.textChanged.connect(self._search_text_changed)
        self.search_edit.returnPressed.connect(self.open_current)
        self.search_edit.installEventFilter(self)

        self.search_model = CustomerSearchModel(None, self._runner, self)  # fetch: set at login
        self.search_model.page_loaded.connect(self._page_loaded)
        self.search_model.loading_started.connect(self._update_count)
        self.search_model.failed.connect(self._search_failed)
        self.search_model.rowsInserted.connect(self._update_count)

        self.results = ResultsView()
        self.results.setModel(self.search_model)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.open_requested.connect(self._open_index)
        header = self.results.horizontalHeader()
        for column, width in ((COL_NAME, 300), (COL_MOBILE, 160), (COL_EMAIL, 260), (COL_COMPANY, 220)):
            header.resizeSection(column, width)

        self.empty_hint = QLabel(objectName="emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.empty_hint.setVisible(False)

        self.search_page = QWidget(objectName="searchPage")
        layout = QVBoxLayout(self.search_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.empty_hint)

    def _build_pages(self) -> None:
        # The customer page and the pickup list are built when first needed: start-up only
        # pays for the search page.
        self._panel: CustomerPanel | None = None
        self._pickup: PickupView | None = None
        self._left_page: QWidget | None = None

        self.stack = QStackedWidget(objectName="pages")
        self.stack.addWidget(self.search_page)
        self.stack.currentChanged.connect(self._page_changed)

        self.new_button = QToolButton(objectName="newCustomerButton")
        self.pickup_button = QToolButton(objectName="pickupButton")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.pickup_button)

        self.work_page = QWidget(objectName="central")
        layout = QVBoxLayout(self.work_page)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        # The register, or instead of it (search box included) the login or the lock page.
        self.login_page = LoginPage()
        self.login_page.login_requested.connect(self._login_requested)
        self.lock_page = LockPage()
        self.lock_page.unlock_requested.connect(self._unlock_requested)
        self.lock_page.switch_requested.connect(self.switch_user)
        self.gate = QStackedWidget(objectName="gate")
        for page in (self.work_page, self.login_page, self.lock_page):
            self.gate.addWidget(page)
        self.gate.currentChanged.connect(lambda _i: self._update_actions())
        self.setCentralWidget(self.gate)

    @property
    def panel(self) -> CustomerPanel:
        """The customer page (form and history), created on first use."""
        if self._panel is None:
            from .customer_panel import CustomerPanel

            assert self._customers is not None and self._purchases is not None and self._shop is not None, \
                "the customer page needs an attached register"
            panel = CustomerPanel(self._customers, self._purchases, self._shop, self._runner, self.session)
            panel.set_request_services(self._requests, self._reports)
            panel.request_registered.connect(lambda _r: self._refresh_requests())
            panel.back_requested.connect(lambda: self.show_search())
            panel.saved.connect(self._customer_saved)
            panel.loaded.connect(self._customer_loaded)
            panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
            panel.history.changed.connect(self._history_changed)
            state = self._settings.value(f"{SETTINGS_GROUP}/customerSplitter")
            if isinstance(state, QByteArray) and not state.isEmpty():
                panel.splitter.restoreState(state)
            self.stack.addWidget(panel)
            self._panel = panel
        return self._panel

    @property
    def pickup(self) -> PickupView:
        """The list of tickets ready for pickup, created on first use."""
        if self._pickup is None:
            from .pickup_view import PickupView

            assert self._purchases is not None, "the pickup list needs an attached register"
            pickup = PickupView(self._purchases, self._runner, self.session)
            pickup.customer_requested.connect(self.open_customer)
            self.stack.addWidget(pickup)
            self._pickup = pickup
        return self._pickup

    def current_page(self) -> str:
        gate = self.gate.currentWidget()
        if gate is self.login_page:
            return PAGE_LOGIN
        if gate is self.lock_page:
            return PAGE_LOCK
        widget = self.stack.currentWidget()
        if widget is not None and widget is self._panel:
            return PAGE_CUSTOMER
        if widget is not None and widget is self._pickup:
            return PAGE_PICKUP
        return PAGE_SEARCH

    def _show_page(self, page: str) -> None:
        widget = {PAGE_SEARCH: lambda: self.search_page, PAGE_CUSTOMER: lambda: self.panel,
                  PAGE_PICKUP: lambda: self.pickup}[page]()
        self.stack.setCurrentWidget(widget)

    def _action(self, text: str, slot: Callable[[], Any], shortcut: QKeySequence | str | None = None,
                tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        self.act_find = self._action(self.tr("&Find customer"), self.focus_search, "Ctrl+F",
                                     self.tr("Go to the search box"))
        self.act_new = self._action(self.tr("&New customer"), self.new_customer, "Ctrl+N",
                                    self.tr("Add a customer, starting from what is typed in the search box"))
        self.act_save = self._action(self.tr("&Save customer"), self.save_customer, "Ctrl+S",
                                     self.tr("Save the open customer"))
        self.act_back = self._action(self.tr("&Back to search"), self.go_back, "Esc",
                                     self.tr("Back to the search results"))
        self.act_pickup = self._action(self.tr("&Ready for pickup"), self.show_pickup, "Ctrl+R",
                                       self.tr("Tickets that are ready and waiting to be collected"))
        self.act_refresh = self._action(self.tr("Re&fresh"), self.refresh, "F5", self.tr("Load the current view again"))
        self.act_lock = self._action(self.tr("&Lock"), lambda: self.lock(), "Ctrl+L",
                                     self.tr("Lock the register; your password or PIN opens it again"))
        # Ctrl+L also from the (non-modal) audit trail window; a modal dialog blocks it, but the
        # idle lock closes those.
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_switch = self._action(self.tr("S&witch user…"), self.switch_user, None,
                                       self.tr("Log out and let someone else log in"))
        self.act_demo = self._action(self.tr("Generate &demo data…"), self.generate_demo_data, None,
                                     self.tr("Fill a trial register with made-up customers and purchases"))
        self.act_audit = self._action(self.tr("&Audit trail…"), self.show_audit, None,
                                      self.tr("Who saw and changed what, and whether the trail is intact"))
        self.act_staff = self._action(self.tr("&Staff…"), self.show_staff, None,
                                      self.tr("Staff accounts, roles, passwords and PINs"))
        self.act_requests = self._action(self.tr("&Requests…"), self.show_requests, None,
                                         self.tr("Data-subject requests and their deadlines"))
        self.act_backup = self._action(self.tr("&Back up now…"), self.back_up_now, None,
                                       self.tr("Write an encrypted, verified backup of the register"))
        self.act_restore = self._action(self.tr("Restore from bac&kup…"), self.restore_backup, None,
                                        self.tr("Replace the register with a backup; people erased since are "
                                                "erased again"))
        self.act_profile = self._action(self.tr("Shop &profile and settings…"), self.show_profile, None,
                                        self.tr("What the shop keeps and why, retention, and the privacy notice"))
        for action in (self.act_demo, self.act_audit, self.act_staff, self.act_requests, self.act_profile,
                       self.act_backup, self.act_restore):
            action.setVisible(False)  # owner only; shown once the owner has logged in
        self.act_quit = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.act_shortcuts = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        self.act_about = self._action(self.tr("&About kundereg"), self.show_about)
        self.new_button.setDefaultAction(self.act_new)
        self.pickup_button.setDefaultAction(self.act_pickup)
        for button, action in ((self.new_button, self.act_new), (self.pickup_button, self.act_pickup)):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setAccessibleName(action.iconText())
            button.setToolTip(f"{action.iconText()} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setMinimumHeight(self.search_edit.minimumHeight())
            button.setAutoRaise(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new, self.act_save])
        file_menu.addSeparator()
        file_menu.addActions([self.act_switch, self.act_lock])
        file_menu.addSeparator()
        file_menu.addActions([self.act_backup, self.act_restore])
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.act_find, self.act_back, self.act_pickup])
        view_menu.addSeparator()
        view_menu.addAction(self.act_refresh)
        self.admin_menu: QMenu = bar.addMenu(self.tr("&Administration"))
        self.admin_menu.addActions([self.act_requests, self.act_staff, self.act_audit, self.act_profile])
        self.admin_menu.addSeparator()
        self.admin_menu.addAction(self.act_demo)
        self.admin_menu.menuAction().setVisible(False)
        self._build_language_menu(view_menu)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.act_shortcuts, self.act_about])

    def _build_language_menu(self, parent: QMenu) -> None:
        """View > Language: stored in the settings, used from the next start."""
        parent.addSeparator()
        self.language_menu = parent.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        group.setExclusive(True)
        current = i18n.chosen_language(self._settings)
        for code, name in i18n.LANGUAGES.items():
            action = self.language_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(lambda action: self.choose_language(action.data()))

    def choose_language(self, code: str) -> None:
        if code == i18n.chosen_language(self._settings) and self._settings.contains(i18n.LANGUAGE_KEY):
            return
        i18n.store_language(self._settings, code)
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "kundereg will use {language} from the next start.").format(language=i18n.LANGUAGES[code]))

    def _build_status_bar(self) -> None:
        self.count_label = QLabel(objectName="resultCount")
        self.count_label.setAccessibleName(self.tr("Number of results"))
        self.statusBar().addWidget(self.count_label, 1)
        self.staff_label = QLabel(objectName="staffName")  # who is logged in
        self.staff_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.statusBar().addPermanentWidget(self.staff_label)
        self.shop_label = QLabel(objectName="shopName")  # filled in by attach
        self.shop_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.statusBar().addPermanentWidget(self.shop_label)
        self.statusBar().setSizeGripEnabled(True)

    # -- settings ------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        try:
            geometry = s.value("geometry")
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
            else:
                self.resize(*DEFAULT_SIZE)
            for key, restore in (("state", self.restoreState),
                                 ("resultsHeader", self.results.horizontalHeader().restoreState)):
                value = s.value(key)
                if isinstance(value, QByteArray) and not value.isEmpty():
                    restore(value)
        finally:
            s.endGroup()

    def save_settings(self) -> None:
        s = self._settings
        s.beginGroup(SETTINGS_GROUP)
        s.setValue("geometry", self.saveGeometry())
        s.setValue("state", self.saveState())
        s.setValue("resultsHeader", self.results.horizontalHeader().saveState())
        if self._panel is not None:  # else keep what an earlier session saved
            s.setValue("customerSplitter", self._panel.splitter.saveState())
        s.endGroup()
        s.sync()

    # -- logging in, locking, switching user ---------------------------------------------

    def show_login(self, select: str | None = None) -> None:
        """The login page, with the active accounts (loaded through the runner)."""
        self.login_page.reset()
        self.gate.setCurrentWidget(self.login_page)
        self.login_page.focus_first()
        auth = self._auth
        if auth is None:
            return

        def loaded(names: list[str]) -> None:
            self.login_page.set_users(names, select)
            if self.current_page() == PAGE_LOGIN:
                self.login_page.focus_first()

        self._runner.submit(lambda _p: auth.usernames(), on_done=loaded,
                            on_error=lambda exc: self.login_page.show_error(error_text(exc)))

    def _login_requested(self, username: str, secret: str) -> None:
        auth = self._auth
        if auth is None or self.session.staff is not None:
            return
        self.login_page.set_busy(True)

        def failed(exc: BaseException) -> None:
            self.login_page.set_busy(False)
            if not isinstance(exc, KunderegError):
                raise exc
            self.login_page.show_error(error_text(exc))

        self._runner.submit(lambda _p: auth.login(username, secret), on_done=self.start_session,
                            on_error=failed)

    def start_session(self, staff: StaffSession) -> None:
        """``staff`` has logged in (or was just created by the first-run setup): show the register."""
        if not self.attached:
            raise RuntimeError("log in only after the register is attached")
        self.login_page.reset()
        self.session.log_in(staff)
        log.info("staff %s logged in (%s)", staff.actor.staff_id, staff.actor.role.value)
        self._resume(search_text=self.search_edit.text())

    def _resume(self, search_text: str) -> None:
        """Show the register for the session now active, with the results for ``search_text``."""
        staff = self.session()
        assert staff is not None and self._customers is not None
        self.staff_label.setText(staff.actor.display_name)
        self.search_model.set_fetch(_search_fetch(self._customers, staff))
        self.gate.setCurrentWidget(self.work_page)
        self.show_search(select_text=False)
        self._select_after_load = True
        self.search_model.set_query(search_text)
        self.idle_watcher.start()
        self._update_actions()
        self._check_backup_due()
        if self._discarded_on_lock:
            self._discarded_on_lock = False
            self.statusBar().showMessage(self.tr("Unsaved changes were discarded when the register locked."),
                                         10_000)
        self.session_started.emit()

    def lock(self, reason: str = "manual", ask: bool = True) -> bool:
        """Ctrl+L or idle: clear every customer's data from the window and show the lock page.

        ``ask``: with unsaved changes, ask first (Ctrl+L); the idle lock discards them.
        Returns False when nothing was locked (nobody logged in, or the user kept editing)."""
        staff = self.session()
        if staff is None:
            return False
        if ask and not self._may_discard():
            return False
        if self._panel is not None and self._panel.is_dirty():
            self._discarded_on_lock = True
        self.idle_watcher.stop()
        self.session.lock()
        self._clear_customer_data(staff)
        self.lock_page.reset()
        self.lock_page.set_user(staff.actor.display_name, staff.actor.username)
        self.gate.setCurrentWidget(self.lock_page)
        self.lock_page.focus_first()
        self.staff_label.clear()
        auth = self._auth
        assert auth is not None
        self._runner.submit(lambda _p: auth.lock(staff, reason), on_error=_logged("lock"))
        log.info("register locked (%s)", reason)
        self.locked.emit()
        return True

    @property
    def is_locked(self) -> bool:
        return self.session.locked

    def _unlock_requested(self, secret: str) -> None:
        staff, auth = self.session.staff, self._auth
        if staff is None or auth is None or not self.session.locked:
            return
        self.lock_page.set_busy(True)

        def done(_result: object) -> None:
            if self.session.staff is not staff or not self.session.locked:
                return
            staff.clear()  # a check that finished after the lock must not count either
            self.lock_page.reset()
            self.session.unlock()
            self._resume(search_text="")

        def failed(exc: BaseException) -> None:
            self.lock_page.set_busy(False)
            if not isinstance(exc, KunderegError):
                raise exc
            self.lock_page.show_error(error_text(exc))

        self._runner.submit(lambda _p: auth.unlock(staff, secret), on_done=done, on_error=failed)

    def switch_user(self) -> None:
        """Log the current person out (from the menu or the lock page) and show the login page."""
        if self.session.staff is None:
            return
        if self.session.active and not self._may_discard():
            return
        self.idle_watcher.stop()
        staff = self.session.log_out()
        self._clear_customer_data(staff)
        self.search_model.set_fetch(None)
        self.staff_label.clear()
        auth = self._auth
        if staff is not None and auth is not None:
            self._runner.submit(lambda _p: auth.logout(staff), on_error=_logged("logout"))
        self.show_login()

    def end_session(self) -> None:
        """At quit: log out whoever is logged in (runs on the calling thread; audit only)."""
        self.idle_watcher.stop()
        staff = self.session.log_out()
        if staff is not None and self._auth is not None:
            try:
                self._auth.logout(staff)
            except Exception as exc:  # noqa: BLE001 - quitting anyway; the trail just lacks the logout
                log.warning("logout at quit failed (%s)", type(exc).__name__)

    def _clear_customer_data(self, staff: StaffSession | None) -> None:
        """Remove every trace of customers from the window (lock, user switch)."""
        self._close_dialogs()
        if self._panel is not None:
            customer = self._panel.customer
            if customer is not None and staff is not None and self._identity is not None:
                self._identity.close_record(staff, customer.id)
            self._panel.clear()
        if self._pickup is not None:
            self._pickup.clear()
        self._select_customer_id = self._return_to_id = None
        self._open_when_loaded = False
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self.search_model.clear()
        self.search_model.set_fetch(None)
        self.stack.setCurrentWidget(self.search_page)
        self.statusBar().clearMessage()
        self.count_label.clear()
        self.empty_hint.clear()
        self.empty_hint.setVisible(False)

    def _close_dialogs(self) -> None:
        """Close every dialog open over the window (order, service event, verification, audit,
        staff, message boxes), as if cancelled. Their owners delete them."""
        popup = QApplication.activePopupWidget()  # a context menu or an open combo box list
        if popup is not None:
            popup.close()
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, QProgressDialog) or not dialog.isVisible():
                continue  # a running job's progress shows no one's data
            dialog.reject()
        self._verification = None
        self._audit_dialog = None
        self._requests_dialog = None

    # -- searching -----------------------------------------------------------------------

    def _search_text_changed(self, text: str) -> None:
        if self.current_page() in (PAGE_CUSTOMER, PAGE_PICKUP):
            self._show_page(PAGE_SEARCH)
        self._select_customer_id = self._return_to_id = None
        self._select_after_load = True
        self._open_when_loaded = False
        if self.session.active:  # else the text is searched once someone has logged in
            self.search_model.set_query(text)

    def _page_loaded(self) -> None:
        if self._select_after_load:
            self._select_after_load = False
            row = -1
            if self._select_customer_id is not None:
                row = self.search_model.row_of(self._select_customer_id)
            if row < 0 and self.search_model.rowCount() > 0:
                row = 0
            if row >= 0:
                self.results.setCurrentIndex(self.search_model.index(row, COL_NAME))
                self.results.scrollTo(self.search_model.index(row, COL_NAME))
        self._update_count()
        if self._open_when_loaded:
            self._open_when_loaded = False
            if self.current_page() == PAGE_SEARCH:
                self.open_current()

    def _search_failed(self, exc: BaseException) -> None:
        self.count_label.setText(self.tr("Search failed: {reason}").format(reason=error_text(exc)))

    def _update_count(self) -> None:
        if not self.session.active:
            return
        model = self.search_model
        rows = model.rowCount()
        text = self.search_edit.text().strip()
        if model.loading and rows == 0:
            self.count_label.setText(self.tr("Searching…"))
            self.empty_hint.setVisible(False)
            return
        if rows == 0:
            self.count_label.setText(self.tr("No customers found") if text else self.tr("No customers yet"))
            if text:
                self.empty_hint.setText(self.tr("No customer matches “{text}”.\nPress Ctrl+N to add a new "
                                                "customer with what you typed.").format(text=text))
            else:
                self.empty_hint.setText(self.tr("The register has no customers yet.\nPress Ctrl+N to add "
                                                "the first one."))
            self.empty_hint.setVisible(True)
            return
        self.empty_hint.setVisible(False)
        if model.has_more:
            self.count_label.setText(self.tr("{count}+ customers").format(count=rows))
        elif rows == 1:
            self.count_label.setText(self.tr("1 customer"))
        else:
            self.count_label.setText(self.tr("%n customers", "", rows))

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.search_model.hit(index.row())
        if hit is not None:
            self.open_customer(hit.id, hit.display_name)

    def open_current(self) -> None:
        """Enter in the search box: open the highlighted row, or the first one."""
        index = self.results.currentIndex()
        if not index.isValid() and self.search_model.rowCount() > 0:
            index = self.search_model.index(0, COL_NAME)
        if index.isValid():
            self._open_index(index)
        elif self.search_model.loading or not self.session.active:
            self._open_when_loaded = True  # Enter typed before the results came: open the first

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                if self.current_page() != PAGE_SEARCH:
                    self._show_page(PAGE_SEARCH)
                QCoreApplication.sendEvent(self.results, event)
                return True
        return super().eventFilter(watched, event)

    # -- navigation ----------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected, results in view."""
        self.show_search()

    def show_search(self, select_text: bool = True) -> None:
        self._show_page(PAGE_SEARCH)
        customer = self._panel.customer if self._panel is not None else None
        target = customer.id if customer is not None else self._return_to_id
        if target is not None:
            row = self.search_model.row_of(target)
            if row >= 0:
                self.results.setCurrentIndex(self.search_model.index(row, COL_NAME))
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if select_text:
            self.search_edit.selectAll()

    def go_back(self) -> None:
        """Esc: back to the search; on the search page a second Esc clears the text."""
        if self.current_page() == PAGE_SEARCH and self.search_edit.hasFocus():
            edit = self.search_edit
            if edit.text() and edit.selectedText() == edit.text():
                edit.clear()
                return
        self.show_search()

    def _page_changed(self, _index: int) -> None:
        left, self._left_page = self._left_page, self.stack.currentWidget()
        if left is not None and left is self._panel and self._left_page is not self._panel:
            self._leave_customer()
        self._update_actions()

    def _leave_customer(self) -> None:
        """The customer page was left: close the record, so the next open is verified again.

        A form with unsaved changes stays (hidden, still verified) until it is saved, discarded
        or the window locks."""
        panel = self._panel
        if panel is None or panel.is_dirty() or panel.is_saving():
            return
        customer = panel.customer
        if customer is not None:
            self._return_to_id = customer.id
            self._close_record(customer.id)
        panel.clear()

    def _close_record(self, customer_id: int) -> None:
        staff = self.session.staff
        if staff is not None and self._identity is not None:
            self._identity.close_record(staff, customer_id)

    def open_customer(self, customer_id: int, display_name: str | None = None) -> None:
        """Show a customer: at once when verified in this session, else after the identity check."""
        staff = self.session()
        if not self.attached or staff is None:
            return
        current = self._panel.customer if self._panel is not None else None
        same = current is not None and current.id == customer_id
        if not same and not self._may_discard():
            self._show_page(PAGE_CUSTOMER)
            return
        if not same and self._panel is not None and (current is not None or self._panel.is_dirty()):
            if current is not None:  # a form kept with unsaved changes, now discarded
                self._close_record(current.id)
            self._panel.clear()
        if staff.verification(customer_id) is not None:
            self._show_customer(customer_id)
            return
        self._ask_verification(staff, customer_id, display_name or self._name_of(customer_id))

    def _show_customer(self, customer_id: int) -> None:
        current = self._panel.customer if self._panel is not None else None
        same = current is not None and current.id == customer_id
        self._show_page(PAGE_CUSTOMER)
        if not (same and self.panel.is_dirty()):
            self.panel.open_customer(customer_id)
        self.panel.focus_first_field()

    def _ask_verification(self, staff: StaffSession, customer_id: int, name: str) -> None:
        """The identity gate: the customer opens only once the check has passed."""
        from .verification_dialog import VerificationDialog

        if self._verification is not None:
            self._verification.reject()
        assert self._identity is not None
        dialog = VerificationDialog(self._identity, staff, customer_id, name, self._runner, self)
        passed: list[object] = []
        dialog.verified.connect(passed.append)

        def finished(_result: int) -> None:
            if self._verification is dialog:
                self._verification = None
            dialog.deleteLater()
            if passed and self.session() is staff and staff.verification(customer_id) is not None:
                self._show_customer(customer_id)
            elif self.current_page() == PAGE_SEARCH:
                self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

        dialog.finished.connect(finished)
        self._verification = dialog
        dialog.open()

    @property
    def verification_dialog(self) -> QDialog | None:
        """The identity check open now, if any."""
        return self._verification

    def _name_of(self, customer_id: int) -> str:
        row = self.search_model.row_of(customer_id)
        hit = self.search_model.hit(row) if row >= 0 else None
        if hit is not None and hit.display_name:
            return hit.display_name
        if self._pickup is not None:
            for ticket in self._pickup.tickets():
                if ticket.customer_id == customer_id:
                    return ticket.customer_name
        return self.tr("Customer {id}").format(id=customer_id)

    def new_customer(self) -> None:
        """Ctrl+N: a new customer prefilled from the search text."""
        if not self.attached or not self.session.active:
            return
        if not self._may_discard():
            self._show_page(PAGE_CUSTOMER)
            return
        text = self.search_edit.text() if self.current_page() == PAGE_SEARCH else ""
        from .customer_panel import prefill_from_search

        current = self._panel.customer if self._panel is not None else None
        if current is not None:
            self._close_record(current.id)
        self.panel.new_customer(prefill_from_search(text))
        self._show_page(PAGE_CUSTOMER)
        self.panel.focus_first_field()

    def save_customer(self) -> None:
        if self.current_page() == PAGE_CUSTOMER:
            self.panel.save()

    def show_pickup(self) -> None:
        if not self.attached or not self.session.active:
            return
        self._show_page(PAGE_PICKUP)
        self.pickup.refresh()
        target = self.pickup.focusProxy() or getattr(self.pickup, "filter_edit", None) or self.pickup
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        if not self.attached or not self.session.active:
            return
        page = self.current_page()
        if page == PAGE_SEARCH:
            self._select_after_load = True
            self.search_model.refresh()
        elif page == PAGE_PICKUP:
            self.pickup.refresh()
        elif page == PAGE_CUSTOMER and self.panel.customer is not None and self._may_discard():
            self.panel.reload()

    def _may_discard(self) -> bool:
        """True when there are no unsaved edits, or the user agreed to drop them."""
        if self._panel is None or not self._panel.is_dirty():
            return True
        self._show_page(PAGE_CUSTOMER)
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The customer you are editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def _update_actions(self) -> None:
        staff = self.session()
        page = self.current_page()
        on_register = page in (PAGE_SEARCH, PAGE_CUSTOMER, PAGE_PICKUP)
        working = self.attached and staff is not None and on_register
        for action in (self.act_new, self.act_pickup, self.act_refresh):
            action.setEnabled(working)
        for action in (self.act_find, self.act_back):
            action.setEnabled(on_register)
        self.act_save.setEnabled(working and page == PAGE_CUSTOMER)
        self.act_lock.setEnabled(working)
        self.act_switch.setEnabled(self.attached and self.session.staff is not None)
        for action, present, permission in ((self.act_demo, self._demo, Permission.DEMO_DATA),
                                            (self.act_audit, self._audit, Permission.AUDIT),
                                            (self.act_staff, self._auth, Permission.MANAGE_STAFF),
                                            (self.act_requests, self._requests, Permission.HANDLE_REQUEST),
                                            (self.act_backup, self._backups, Permission.BACKUP),
                                            (self.act_restore, self._backups, Permission.BACKUP),
                                            (self.act_profile, self._profile, Permission.SETTINGS)):
            allowed = present is not None and staff is not None and staff.may(permission)
            action.setVisible(allowed)
            action.setEnabled(allowed and working)
        self.admin_menu.menuAction().setVisible(
            any(a.isVisible() for a in (self.act_demo, self.act_audit, self.act_staff, self.act_requests,
                                        self.act_profile)))
        if self._panel is not None:
            self._panel.update_request_actions()
        self.count_label.setVisible(page == PAGE_SEARCH)  # the count belongs to the results

    # -- reactions -----------------------------------------------------------------------

    def _customer_saved(self, customer: Customer) -> None:
        self._select_customer_id = customer.id
        self._select_after_load = True
        self.search_model.refresh()

    def _customer_loaded(self, customer: Customer | None) -> None:
        if customer is not None:
            self._select_customer_id = customer.id

    def _history_changed(self) -> None:
        if self._pickup is not None and self.current_page() == PAGE_PICKUP:
            self._pickup.refresh()

    # -- owner's tools -------------------------------------------------------------------

    def show_audit(self) -> None:
        """The audit trail (owner), in a dialog beside the register."""
        staff = self.session()
        if self._audit is None or self._auth is None or staff is None or not staff.may(Permission.AUDIT):
            return
        if self._audit_dialog is not None:
            self._audit_dialog.raise_()
            self._audit_dialog.activateWindow()
            return
        from .audit_view import AuditView

        dialog = QDialog(self, objectName="auditDialog")
        dialog.setWindowTitle(self.tr("Audit trail"))
        view = AuditView(self._audit, self._auth, self.session, self._runner, dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        dialog.resize(1000, 600)
        dialog.audit_view = view  # type: ignore[attr-defined]

        def finished(_result: int) -> None:
            if self._audit_dialog is dialog:
                self._audit_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self._audit_dialog = dialog
        dialog.show()
        view.refresh()

    @property
    def audit_dialog(self) -> QDialog | None:
        return self._audit_dialog

    def show_requests(self) -> None:
        """The register of data-subject requests (owner), in a dialog beside the register."""
        staff = self.session()
        if self._requests is None or staff is None or not staff.may(Permission.HANDLE_REQUEST):
            return
        if self._requests_dialog is not None:
            self._requests_dialog.raise_()
            self._requests_dialog.activateWindow()
            self._requests_dialog.requests_view.refresh()  # type: ignore[attr-defined]
            return
        from .requests_view import RequestsView

        dialog = QDialog(self, objectName="requestsDialog")
        dialog.setWindowTitle(self.tr("Data-subject requests"))
        view = RequestsView(self._requests, self.session, self._runner, dialog, erasure=self._erasure,
                            country=self._shop.country if self._shop else None)
        view.customer_requested.connect(self._open_requester)
        view.customer_erased.connect(self._customer_erased)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        dialog.resize(1000, 480)
        dialog.requests_view = view  # type: ignore[attr-defined]

        def finished(_result: int) -> None:
            if self._requests_dialog is dialog:
                self._requests_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        self._requests_dialog = dialog
        dialog.show()
        view.refresh()

    def _refresh_requests(self) -> None:
        if self._requests_dialog is not None:
            self._requests_dialog.requests_view.refresh()  # type: ignore[attr-defined]

    def _open_requester(self, customer_id: int) -> None:
        """From the requests list: the customer in the register (through the identity check)."""
        self.raise_()
        self.activateWindow()
        self.open_customer(customer_id)

    @property
    def requests_dialog(self) -> QDialog | None:
        return self._requests_dialog

    def show_staff(self) -> None:
        """The owner's staff accounts dialog."""
        staff = self.session()
        if self._auth is None or staff is None or not staff.may(Permission.MANAGE_STAFF):
            return
        from .staff_dialog import StaffDialog

        dialog = StaffDialog(self._auth, staff, self._runner, self)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()

    def show_profile(self) -> QDialog | None:
        """The owner's shop profile and settings; the window follows a saved change."""
        staff = self.session()
        if self._profile is None or staff is None or not staff.may(Permission.SETTINGS):
            return None
        from .profile_dialog import ProfileDialog

        dialog = ProfileDialog(self._profile, staff, self._runner, self)
        dialog.saved.connect(self._profile_saved)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.open()
        return dialog

    def _profile_saved(self, profile) -> None:
        """New customer forms show the fields the profile now keeps; the title shows the name."""
        from ..services.shop import ShopInfo

        self._shop = ShopInfo(name=profile.name, country=profile.country, currency=profile.currency,
                              org_number=profile.org_number, customer_fields=profile.customer_fields)
        self.setWindowTitle(profile.name)
        self.shop_label.setText(profile.name)
        self.login_page.set_shop_name(profile.name)

    # -- demo data -----------------------------------------------------------------------

    def generate_demo_data(self) -> None:
        staff = self.session()
        if self._demo is None or staff is None or not staff.may(Permission.DEMO_DATA):
            return
        count, ok = QInputDialog.getInt(
            self, self.tr("Generate demo data"),
            self.tr("How many made-up customers (with purchases) to add?\n"
                    "Use this only on a trial register: the customers cannot be told apart from real ones."),
            1000, 1, 200_000, 100)
        if not ok or self.session() is not staff:  # locked while the question was open
            return
        demo, seed = self._demo, random.randrange(1, 1_000_000)
        self.start_demo(lambda progress: demo(staff, count, seed, progress))

    def start_demo(self, work: Callable[[Progress], Any]):
        def done(stats: Any) -> None:
            self.statusBar().showMessage(self.tr("Added {customers} customers and {purchases} purchases.").format(
                customers=getattr(stats, "customers", "?"), purchases=getattr(stats, "purchases", "?")), 8000)
            self.refresh_all()

        def cancelled() -> None:
            self.statusBar().showMessage(self.tr("Demo data cancelled; nothing was added."), 8000)

        return run_with_progress(self, self._runner, self.tr("Generating demo data"), work, done,
                                 on_cancelled=cancelled, label=self.tr("Adding customers"))

    def refresh_all(self) -> None:
        if not self.attached or not self.session.active:
            return
        self._select_after_load = True
        self.search_model.refresh()
        if self._pickup is not None and self.current_page() == PAGE_PICKUP:
            self._pickup.refresh()

    # -- erasure and backups --------------------------------------------------------------

    def _customer_erased(self, customer_id: int) -> None:
        """Nothing may keep showing an erased person: the form goes, the search reloads."""
        if self._panel is not None and self._panel.customer is not None and self._panel.customer.id == customer_id:
            self._panel.clear()
            self._return_to_id = None
            self.show_search(select_text=False)
        self.refresh_all()

    def _check_backup_due(self) -> None:
        backups, staff = self._backups, self.session()
        if backups is None or staff is None:
            return

        def learnt(due: bool) -> None:
            self._backup_due = due

        self._runner.submit(lambda _p: backups.due(), on_done=learnt, on_error=_logged("backup check"))

    def back_up_now(self, then: Callable[[], None] | None = None) -> bool:
        """Ask for the passphrase unless remembered, then back up; False when nothing was started."""
        staff = self.session()
        if self._backups is None or staff is None or not staff.may(Permission.BACKUP):
            return False
        from .backup_dialog import PassphraseDialog, remembered_passphrase

        passphrase = remembered_passphrase(self._settings)
        if passphrase is None:
            dialog = PassphraseDialog(self._settings, confirm=True, parent=self)
            self.passphrase_dialog = dialog  # tests answer it
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            self.passphrase_dialog = None
            if not accepted or self.session() is not staff:
                return False
            passphrase = dialog.passphrase()
        self._run_backup(staff, passphrase, then)
        return True

    def _run_backup(self, staff: StaffSession | None, passphrase: str, then: Callable[[], None] | None) -> None:
        backups = self._backups

        def done(result: Any) -> None:
            self._backup_due = False
            self.statusBar().showMessage(self.tr("Backup written and verified: {name} ({size:.1f} MB)").format(
                name=result.path.name, size=result.size_bytes / 1e6), 10000)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Backup failed"), error_text(exc))
            if then is not None:
                then()

        run_with_progress(self, self._runner, self.tr("Backing up"),
                          lambda progress: backups.take(staff, passphrase, progress), done, failed,
                          label=self.tr("Writing an encrypted backup…"))

    def _offer_backup_before_closing(self) -> bool:
        """Once a day, when nobody has backed up yet today: offer it. True while it runs."""
        if self._closing_after_backup or self._backups is None or not self._backup_due:
            return False
        from .backup_dialog import OFFERED_KEY, remembered_passphrase

        today = date.today().isoformat()
        staff = self.session()
        passphrase = remembered_passphrase(self._settings)
        may = staff is not None and staff.may(Permission.BACKUP)
        if self._settings.value(OFFERED_KEY) == today or not (may or passphrase):
            return False
        self._settings.setValue(OFFERED_KEY, today)
        answer = QMessageBox.question(
            self, self.tr("Daily backup"),
            self.tr("No backup of the register has been taken today. Take one now, before closing?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        if answer != QMessageBox.StandardButton.Yes:
            return False

        def close_now() -> None:
            from PySide6.QtCore import QTimer

            self._closing_after_backup = True
            QTimer.singleShot(0, self.close)  # after the progress dialog has gone

        if passphrase is not None:  # nobody needs to type: a scheduled backup unless the owner is here
            self._run_backup(staff if may else None, passphrase, close_now)
        elif not self.back_up_now(then=close_now):
            return False  # the passphrase question was cancelled: close as asked
        return True

    def restore_backup(self) -> None:
        staff = self.session()
        if self._backups is None or staff is None or not staff.may(Permission.BACKUP):
            return
        from PySide6.QtWidgets import QFileDialog

        from .backup_dialog import PassphraseDialog

        path, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from backup"), str(self._backups.backup_dir),
                                              self.tr("kundereg backups (*.kbak)"))
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Restore from backup"),
            self.tr("The register is replaced by the backup: everything recorded since the backup was taken is "
                    "lost. People erased since then are erased again before anyone can see them. Everyone is "
                    "logged out. Close kundereg on the other PCs first.\n\nRestore?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        dialog = PassphraseDialog(self._settings, confirm=False, parent=self)
        self.passphrase_dialog = dialog
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        self.passphrase_dialog = None
        if not accepted or self.session() is not staff:
            return
        backups, passphrase = self._backups, dialog.passphrase()
        # Everyone is logged out first, on this thread: nothing may use the register while its
        # file is swapped, and the staff accounts may differ in the backup.
        self.end_session()
        self._clear_customer_data(staff)
        self.search_model.set_fetch(None)
        self.staff_label.clear()

        def done(report: Any) -> None:
            from .formatting import format_datetime

            self.show_login()
            QMessageBox.information(self, self.tr("Register restored"), self.tr(
                "The register was restored from the backup taken {when}. {count} person(s) erased since then "
                "were erased again. Log in again.").format(when=format_datetime(report.taken_at),
                                                           count=report.reerased))

        def failed(exc: BaseException) -> None:
            self.show_login()
            QMessageBox.warning(self, self.tr("Restore failed"), self.tr(
                "The register was not changed.\n\n{reason}").format(reason=error_text(exc)))

        run_with_progress(self, self._runner, self.tr("Restoring"),
                          lambda progress: backups.restore(staff, Path(path), passphrase, progress), done, failed,
                          label=self.tr("Decrypting and checking the backup…"))

    # -- help ----------------------------------------------------------------------------

    def about_text(self) -> str:
        from .. import __version__
        from ..db.schema_head import schema_head

        # Which schema this program upgrades registers to, next to the open register's own:
        # after an upgrade support can tell whether the register was migrated.
        expected = self.tr("<p>This version works with register schema {head}.</p>").format(
            head=schema_head() or self.tr("unknown"))
        if self._shop is None:
            return self.tr("<h3>kundereg {version}</h3>"
                           "<p>Customer register for small Nordic shops.</p>"
                           "<p>The register is being opened.</p>").format(version=__version__) + expected
        return self.tr("<h3>kundereg {version}</h3>"
                       "<p>Customer register for small Nordic shops.</p>"
                       "<p>Shop: {shop} ({country})<br>Register schema: {schema}</p>").format(
            version=__version__, shop=_html(self._shop.name), country=self._shop.country,
            schema=self._schema_revision or self.tr("unknown")) + expected

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About kundereg"), self.about_text())

    def shortcuts_text(self) -> str:
        rows = [(a.shortcut().toString(QKeySequence.SequenceFormat.NativeText), a.iconText())
                for a in (self.act_find, self.act_new, self.act_save, self.act_back, self.act_pickup,
                          self.act_refresh, self.act_lock)]
        rows.insert(1, (self.tr("Up / Down"), self.tr("Choose a customer in the results")))
        rows.insert(2, (self.tr("Enter"), self.tr("Open the chosen customer (or the first one)")))
        body = "".join(f"<tr><td><b>{_html(k)}</b>&nbsp;&nbsp;</td><td>{_html(t)}</td></tr>" for k, t in rows)
        return f"<table>{body}</table>"

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_text())

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_discard():
            event.ignore()
            return
        if self._offer_backup_before_closing():
            event.ignore()  # closes again once the backup has ended
            return
        self.idle_watcher.stop()
        self.save_settings()
        self._runner.wait(5000)
        super().closeEvent(event)


def _search_fetch(customers: CustomerService, staff: StaffSession):
    """The search model's fetch, bound to the staff member logged in when it was made."""
    def fetch(text: str, offset: int, limit: int):
        return customers.search(staff, text, limit=limit, offset=offset)
    return fetch


def _idle_setting(settings: QSettings) -> int:
    return idle_lock_ms(settings.value(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES))


def _logged(what: str) -> Callable[[BaseException], None]:
    def failed(exc: BaseException) -> None:
        log.warning("%s failed (%s)", what, type(exc).__name__)
    return failed


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
