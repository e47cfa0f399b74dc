"""The counter window: a search box on top, results below, one customer at a time.

This is the shell: the page stack, the gate (login and lock pages instead of the register),
menus, status bar and settings. The work is done by one part per concern, each given the
services it needs: ``search_page`` (results), ``customer_flow`` (open, identity check,
close), ``session_flow`` (login, lock, switch user, idle lock), ``admin_actions`` (the
owner's tools), ``backup_actions`` and ``about``.

The window can be built and shown before the register is open (start-up shows it first and
opens the database off the GUI thread): until ``attach`` hands it the ``Register``, the
search box takes typing, the results say the register is opening, and the actions that
need the register are disabled. ``attach`` then shows the login page; once someone has
logged in, whatever was typed meanwhile is searched.

Keyboard first: the search box has focus at start; Up/Down in it move through the
results, Enter opens the highlighted (or first) customer, Esc comes back with the text
selected, Ctrl+N starts a new customer from what was typed, Ctrl+S saves, Ctrl+R shows
the tickets ready for pickup, Ctrl+L locks.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMainWindow, QMenu, QMessageBox, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

from ..domain.access import Permission
from . import i18n
from .about import about_text, shortcuts_text
from .admin_actions import AdminActions
from .backup_actions import BackupActions
from .customer_flow import CustomerFlow
from .pages import PAGE_CUSTOMER, PAGE_PICKUP, PAGE_SEARCH, Pages
from .search_page import SearchPage
from .session import DEFAULT_IDLE_LOCK_MINUTES, IDLE_LOCK_KEY, SessionHolder, idle_lock_ms
from .session_flow import SessionFlow
from .workers import TaskRunner

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..domain.records import Customer
    from ..services.access import StaffSession
    from ..services.register import Register
    from ..services.shop import ShopInfo
    from .customer_panel import CustomerPanel
    from .pickup_view import PickupView

log = logging.getLogger(__name__)

PAGE_LOGIN, PAGE_LOCK = "login", "lock"  # shown instead of the register (search box included)
__all__ = ["MainWindow", "PAGE_CUSTOMER", "PAGE_LOCK", "PAGE_LOGIN", "PAGE_PICKUP", "PAGE_SEARCH"]
SETTINGS_GROUP = "mainWindow"
DEFAULT_SIZE = (1100, 700)


class MainWindow(QMainWindow):
    """The counter window. Built with its ``Register``, or without it and ``attach``-ed later."""

    locked = Signal()            # the lock page is showing; no customer data is left in the window
    session_started = Signal()   # someone logged in or unlocked; the register is showing

    def __init__(self, register: Register | None = None, shop: ShopInfo | None = None,
                 runner: TaskRunner | None = None, settings: QSettings | None = None, *,
                 schema_revision: str | None = None, idle_lock_ms: int | None = None,
                 parent: QWidget | None = None) -> None:
        if (register is None) != (shop is None):
            raise TypeError("MainWindow needs the register and its shop together (or neither)")
        super().__init__(parent)
        self._register: Register | None = None
        self._shop: ShopInfo | None = None
        self._schema_revision: str | None = None
        self._runner = runner if runner is not None else TaskRunner(parent=self)
        self._settings = settings if settings is not None else QSettings()
        self.session = SessionHolder(self)
        self.session.changed.connect(self._update_actions)
        self.setObjectName("mainWindow")

        self.search = SearchPage(self._runner, self.session, lambda: self.current_page() == PAGE_SEARCH)
        self.search.text_edited.connect(self._search_edited)
        self.search.results_wanted.connect(lambda: self.pages.show(PAGE_SEARCH))
        self.search.open_requested.connect(self.open_customer)
        self.pages = Pages(self.search, self._runner, self.session, self._settings, self)
        self.pages.panel_created.connect(self._wire_panel)
        self.pages.pickup_created.connect(self._wire_pickup)
        self.pages.changed.connect(self._update_actions)
        self._build_gate()
        self.customers = CustomerFlow(self.pages, self.session, self._runner, self)
        self.customers.search_wanted.connect(lambda: self.show_search(select_text=False))
        if idle_lock_ms is None:
            idle_lock_ms = _idle_setting(self._settings)
        self.sessions = SessionFlow(self, self.gate, self.work_page, self.pages, self.customers, self.session,
                                    self._runner, idle_lock_ms)
        self.sessions.locked.connect(self.locked)
        self.sessions.session_started.connect(self._update_actions)
        self.sessions.session_started.connect(self.session_started)
        self.admin = AdminActions(self, self.session, self._runner)
        self.admin.customer_requested.connect(self.open_customer)
        self.admin.customer_erased.connect(self._customer_erased)
        self.admin.register_changed.connect(self.refresh_all)
        self.admin.shop_changed.connect(self._shop_changed)
        self.backups = BackupActions(self, self.session, self.sessions, self._runner, self._settings)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self.sessions.staff_shown.connect(self.staff_label.setText)
        self._restore_settings()
        self.show_search(select_text=False)
        if register is not None:
            assert shop is not None
            self.attach(register, shop, schema_revision=schema_revision)
        else:
            self.search.show_opening()
            self._update_actions()

    def attach(self, register: Register, shop: ShopInfo, schema_revision: str | None = None) -> None:
        """Connect the window to an open register and show the login page (once).

        What was typed in the search box meanwhile is kept and searched after the login."""
        if self._register is not None:
            raise RuntimeError("the main window is attached to a register already")
        self._register, self._shop, self._schema_revision = register, shop, schema_revision
        self.pages.attach(register, shop)
        self.customers.attach(register.identity)
        self.sessions.attach(register.auth, register.customers)
        self.admin.attach(register, shop)
        self.backups.attach(register.backups)
        self._show_shop_name(shop.name)
        self.search.attached()
        if not self.session.active:
            self.sessions.show_login()
        self._update_actions()

    # -- what the parts share ----------------------------------------------------------------

    @property
    def settings(self) -> QSettings:
        """Where this window keeps its per-PC settings (geometry, language, backup passphrase)."""
        return self._settings

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @property
    def attached(self) -> bool:
        """True once the window has its register (``attach`` was called)."""
        return self._register is not None

    @property
    def staff(self) -> StaffSession | None:
        """Who acts now (None while nobody is logged in or the window is locked)."""
        return self.session()

    @property
    def panel(self) -> CustomerPanel:
        return self.pages.panel

    @property
    def pickup(self) -> PickupView:
        return self.pages.pickup

    @property
    def login_page(self):
        return self.sessions.login_page

    @property
    def lock_page(self):
        return self.sessions.lock_page

    @property
    def is_locked(self) -> bool:
        return self.sessions.is_locked

    def start_session(self, staff: StaffSession) -> None:
        """``staff`` has logged in (or was just created by the first-run setup): show the register."""
        if not self.attached:
            raise RuntimeError("log in only after the register is attached")
        self.sessions.start_session(staff)

    def lock(self, reason: str = "manual", ask: bool = True) -> bool:
        return self.sessions.lock(reason, ask)

    def end_session(self) -> None:
        self.sessions.end_session()

    def open_customer(self, customer_id: int, display_name: str | None = None) -> None:
        if self.attached:
            self.customers.open_customer(customer_id, display_name or None)

    # -- building ------------------------------------------------------------------------

    def _build_gate(self) -> None:
        self.new_button = QToolButton(objectName="newCustomerButton")
        self.pickup_button = QToolButton(objectName="pickupButton")
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search.edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.pickup_button)

        self.work_page = QWidget(objectName="central")
        layout = QVBoxLayout(self.work_page)
        layout.setContentsMargins(10, 10, 10, 4)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.pages.stack, 1)

        # The register, or instead of it (search box included) the login or the lock page.
        self.gate = QStackedWidget(objectName="gate")
        self.gate.addWidget(self.work_page)
        self.gate.currentChanged.connect(lambda _i: self._update_actions())
        self.setCentralWidget(self.gate)

    def current_page(self) -> str:
        gate = self.gate.currentWidget()
        if gate is not self.work_page and gate is not None:
            return PAGE_LOGIN if gate is self.sessions.login_page else PAGE_LOCK
        return self.pages.current()

    def _wire_panel(self, panel: CustomerPanel) -> None:
        panel.request_registered.connect(lambda _r: self.admin.refresh_requests())
        panel.back_requested.connect(lambda: self.show_search())
        panel.saved.connect(self._customer_saved)
        panel.loaded.connect(self._customer_loaded)
        panel.status_message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        panel.history.changed.connect(self.customers.history_changed)
        panel.identity_check_wanted.connect(lambda cid: self.customers.check_identity(cid, panel.gdpr.access_report))
        panel.update_request_actions()

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
        admin, backups = self.admin, self.backups
        self.act_find = self._action(self.tr("&Find customer"), self.focus_search, "Ctrl+F",
                                     self.tr("Go to the search box"))
        self.act_new = self._action(self.tr("&New customer"), self.new_customer, "Ctrl+N",
                                    self.tr("Add a customer, starting from what is typed in the search box"))
        self.act_save = self._action(self.tr("&Save customer"), self.save_customer, "Ctrl+S",
                                     self.tr("Save the open customer"))
        self.act_back = self._action(self.tr("&Back to search"), self.go_back, "Esc",
                                     self.tr("Back to the search results"))
        # Ctrl+O, not an Alt mnemonic: Alt+letter belongs to the form's field labels (defect 4).
        self.act_new_order = self._action(self.tr("New &order…"), self.new_order, "Ctrl+O",
                                          self.tr("Record a new order for the open customer"))
        self.act_pickup = self._action(self.tr("&Ready for pickup"), self.show_pickup, "Ctrl+R",
                                       self.tr("Tickets that are ready and waiting to be collected"))
        self.act_refresh = self._action(self.tr("Re&fresh"), self.refresh, "F5", self.tr("Load the current view again"))
        self.act_lock = self._action(self.tr("&Lock"), lambda: self.lock(), "Ctrl+L",
                                     self.tr("Lock the register; your password or PIN opens it again"))
        # Ctrl+L also from the (non-modal) audit trail window; a modal dialog blocks it, but the
        # idle lock closes those.
        self.act_lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.act_switch = self._action(self.tr("S&witch user…"), self.sessions.switch_user, None,
                                       self.tr("Log out and let someone else log in"))
        self.act_demo = self._action(self.tr("Generate &demo data…"), admin.generate_demo_data, None,
                                     self.tr("Fill a trial register with made-up customers and purchases"))
        self.act_audit = self._action(self.tr("&Audit trail…"), admin.show_audit, None,
                                      self.tr("Who saw and changed what, and whether the trail is intact"))
        self.act_staff = self._action(self.tr("&Staff…"), admin.show_staff, None,
                                      self.tr("Staff accounts, roles, passwords and PINs"))
        self.act_requests = self._action(self.tr("&Requests…"), admin.show_requests, None,
                                         self.tr("Data-subject requests and their deadlines"))
        self.act_backup = self._action(self.tr("&Back up now…"), backups.back_up_now, None,
                                       self.tr("Write an encrypted, verified backup of the register"))
        self.act_restore = self._action(self.tr("Restore from bac&kup…"), backups.restore_backup, None,
                                        self.tr("Replace the register with a backup; people erased since are "
                                                "erased again"))
        self.act_profile = self._action(self.tr("Shop &profile and settings…"), admin.show_profile, None,
                                        self.tr("What the shop keeps and why, retention, and the privacy notice"))
        self.act_import = self._action(self.tr("&Import customers…"), admin.import_customers, None,
                                       self.tr("Bring in a customer list exported from another system or a "
                                               "spreadsheet"))
        self.act_duplicates = self._action(self.tr("Find &duplicates…"), admin.find_duplicates, None,
                                           self.tr("Customers registered twice, to merge into one"))
        for action in (self.act_demo, self.act_audit, self.act_staff, self.act_requests, self.act_profile,
                       self.act_backup, self.act_restore, self.act_import, self.act_duplicates):
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
            button.setMinimumHeight(self.search.edit.minimumHeight())
            button.setAutoRaise(False)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.act_new, self.act_new_order, self.act_save])
        file_menu.addSeparator()
        file_menu.addActions([self.act_switch, self.act_lock])
        file_menu.addSeparator()
        file_menu.addActions([self.act_backup, self.act_restore])
        file_menu.addSeparator()
        file_menu.addAction(self.act_import)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions([self.act_find, self.act_back, self.act_pickup])
        view_menu.addSeparator()
        view_menu.addAction(self.act_refresh)
        self.admin_menu: QMenu = bar.addMenu(self.tr("&Administration"))
        self.admin_menu.addActions([self.act_requests, self.act_staff, self.act_audit, self.act_profile])
        self.admin_menu.addSeparator()
        self.admin_menu.addAction(self.act_duplicates)
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
        self.statusBar().addWidget(self.search.count_label, 1)
        self.staff_label = QLabel(objectName="staffName")  # who is logged in
        self.staff_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.statusBar().addPermanentWidget(self.staff_label)
        self.shop_label = QLabel(objectName="shopName")  # filled in by attach
        self.shop_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.statusBar().addPermanentWidget(self.shop_label)
        self.statusBar().setSizeGripEnabled(True)

    def _show_shop_name(self, name: str) -> None:
        self.setWindowTitle(name)
        self.shop_label.setText(name)
        self.sessions.login_page.set_shop_name(name)

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
                                 ("resultsHeader", self.search.results.horizontalHeader().restoreState)):
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
        s.setValue("resultsHeader", self.search.results.horizontalHeader().saveState())
        s.endGroup()
        self.pages.save_settings(s)
        s.sync()

    # -- navigation ----------------------------------------------------------------------

    def _search_edited(self) -> None:
        if self.current_page() in (PAGE_CUSTOMER, PAGE_PICKUP):
            self.pages.show(PAGE_SEARCH)

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected, results in view."""
        self.show_search()

    def show_search(self, select_text: bool = True) -> None:
        self.pages.show(PAGE_SEARCH)
        customer = self.customers.current()
        self.search.highlight(customer.id if customer is not None else self.search.return_to_id)
        self.search.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if select_text:
            self.search.edit.selectAll()

    def go_back(self) -> None:
        """Esc: back to the search; on the search page a second Esc clears the text."""
        edit = self.search.edit
        if self.current_page() == PAGE_SEARCH and edit.hasFocus():
            if edit.text() and edit.selectedText() == edit.text():
                edit.clear()
                return
        self.show_search()

    def new_customer(self) -> None:
        """Ctrl+N: a new customer prefilled from the search text."""
        if self.attached:
            self.customers.new_customer(self.search.edit.text() if self.current_page() == PAGE_SEARCH else "")

    def save_customer(self) -> None:
        if self.current_page() == PAGE_CUSTOMER:
            self.pages.panel.save()

    def _wire_pickup(self, pickup) -> None:
        pickup.customer_requested.connect(self.open_customer)
        pickup.handed_over.connect(lambda _count: self.show_search())

    def new_order(self) -> None:
        """Ctrl+O: the order dialog for the customer on screen (verified; not restricted)."""
        if self.current_page() == PAGE_CUSTOMER and self.pages.panel.customer is not None:
            self.pages.panel.history.new_order()

    def show_pickup(self) -> None:
        if not self.attached or not self.session.active:
            return
        self.pages.show(PAGE_PICKUP)
        pickup = self.pages.pickup
        pickup.refresh()
        target = pickup.focusProxy() or getattr(pickup, "filter_edit", None) or pickup
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def refresh(self) -> None:
        if not self.attached or not self.session.active:
            return
        page = self.current_page()
        if page == PAGE_SEARCH:
            self.search.refresh()
        elif page == PAGE_PICKUP:
            self.pages.pickup.refresh()
        elif page == PAGE_CUSTOMER and self.pages.panel.customer is not None and self.customers.may_discard():
            self.pages.panel.reload()

    def refresh_all(self) -> None:
        if not self.attached or not self.session.active:
            return
        self.search.refresh()
        pickup = self.pages.built_pickup
        if pickup is not None and self.current_page() == PAGE_PICKUP:
            pickup.refresh()

    def _update_actions(self) -> None:
        staff = self.session()
        page = self.current_page()
        on_register = page in (PAGE_SEARCH, PAGE_CUSTOMER, PAGE_PICKUP)
        working = self.attached and staff is not None and on_register
        for action in (self.act_new, self.act_pickup, self.act_refresh):
            action.setEnabled(working)
        self.act_new_order.setEnabled(working and page == PAGE_CUSTOMER)
        for action in (self.act_find, self.act_back):
            action.setEnabled(on_register)
        self.act_save.setEnabled(working and page == PAGE_CUSTOMER)
        self.act_lock.setEnabled(working)
        self.act_switch.setEnabled(self.attached and self.session.staff is not None)
        offers = self.admin.offers()
        backup = (self._register.backups if self._register is not None else None, Permission.BACKUP)
        for action, (present, permission) in ((self.act_demo, offers["demo"]), (self.act_audit, offers["audit"]),
                                              (self.act_staff, offers["staff"]),
                                              (self.act_requests, offers["requests"]),
                                              (self.act_backup, backup), (self.act_restore, backup),
                                              (self.act_profile, offers["profile"]),
                                              (self.act_import, offers["import"]),
                                              (self.act_duplicates, offers["duplicates"])):
            allowed = present is not None and staff is not None and staff.may(permission)
            action.setVisible(allowed)
            action.setEnabled(allowed and working)
        self.admin_menu.menuAction().setVisible(
            any(a.isVisible() for a in (self.act_demo, self.act_audit, self.act_staff, self.act_requests,
                                        self.act_profile, self.act_duplicates)))
        panel = self.pages.built_panel
        if panel is not None:
            panel.update_request_actions()
        self.search.count_label.setVisible(page == PAGE_SEARCH)  # the count belongs to the results

    # -- reactions -----------------------------------------------------------------------

    def _customer_saved(self, customer: Customer) -> None:
        self.search.refresh(select_id=customer.id)

    def _customer_loaded(self, customer: Customer | None) -> None:
        if customer is not None:
            self.search.remember(customer.id)

    def _customer_erased(self, customer_id: int) -> None:
        self.customers.customer_erased(customer_id)
        self.refresh_all()

    def _shop_changed(self, shop: ShopInfo) -> None:
        """New customer forms show the fields the profile now keeps; the title shows the name."""
        self._shop = shop
        self.pages.set_shop(shop)
        self._show_shop_name(shop.name)

    # -- help ----------------------------------------------------------------------------

    def about_text(self) -> str:
        return about_text(self._shop, self._schema_revision)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About kundereg"), self.about_text())

    def shortcuts_text(self) -> str:
        return shortcuts_text((self.act_find, self.act_new, self.act_save, self.act_back, self.act_pickup,
                               self.act_refresh, self.act_lock))

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), self.shortcuts_text())

    # -- closing -------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.customers.may_discard():
            event.ignore()
            return
        if self.backups.offer_before_closing():
            event.ignore()  # closes again once the backup has ended
            return
        self.sessions.idle_watcher.stop()
        self.save_settings()
        self._runner.wait(5000)
        super().closeEvent(event)


def _idle_setting(settings: QSettings) -> int:
    return idle_lock_ms(settings.value(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK_MINUTES))
