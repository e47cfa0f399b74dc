"""The page stack under the search box: the results, one customer, the tickets ready for pickup.

The customer page and the pickup list are built when first needed, so start-up only pays
for the search page; ``panel_created``/``pickup_created`` let the window wire them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from .search_page import SearchPage
from .session import SessionHolder
from .workers import TaskRunner

if TYPE_CHECKING:  # services (SQLAlchemy, validation) load after the window is on screen
    from ..services.register import Register
    from ..services.shop import ShopInfo
    from .customer_panel import CustomerPanel
    from .pickup_view import PickupView

PAGE_SEARCH, PAGE_CUSTOMER, PAGE_PICKUP = "search", "customer", "pickup"
SPLITTER_KEY = "mainWindow/customerSplitter"


class Pages(QObject):
    panel_created = Signal(object)    # CustomerPanel
    pickup_created = Signal(object)   # PickupView
    customer_left = Signal()          # the customer page gave way to another page
    changed = Signal()

    def __init__(self, search: SearchPage, runner: TaskRunner, session: SessionHolder, settings: QSettings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.search = search
        self._runner = runner
        self._session = session
        self._settings = settings
        self._register: Register | None = None
        self._shop: ShopInfo | None = None
        self._panel: CustomerPanel | None = None
        self._pickup: PickupView | None = None
        self._left: QWidget | None = None
        self.stack = QStackedWidget(objectName="pages")
        self.stack.addWidget(search)
        self.stack.currentChanged.connect(self._current_changed)

    def attach(self, register: Register, shop: ShopInfo) -> None:
        self._register, self._shop = register, shop

    def set_shop(self, shop: ShopInfo) -> None:
        """New customer forms show the fields the profile now keeps."""
        self._shop = shop

    @property
    def built_panel(self) -> CustomerPanel | None:
        """The customer page if it exists (nothing is built)."""
        return self._panel

    @property
    def built_pickup(self) -> PickupView | None:
        return self._pickup

    @property
    def panel(self) -> CustomerPanel:
        """The customer page (form and history), created on first use."""
        if self._panel is None:
            from .customer_panel import CustomerPanel

            register, shop = self._register, self._shop
            assert register is not None and shop is not None, "the customer page needs an attached register"
            panel = CustomerPanel(register.customers, register.purchases, shop, self._runner, self._session,
                                  requests=register.requests, reports=register.reports)
            state = self._settings.value(SPLITTER_KEY)
            if isinstance(state, QByteArray) and not state.isEmpty():
                panel.splitter.restoreState(state)
            self.stack.addWidget(panel)
            self._panel = panel
            self.panel_created.emit(panel)
        return self._panel

    @property
    def pickup(self) -> PickupView:
        """The list of tickets ready for pickup, created on first use."""
        if self._pickup is None:
            from .pickup_view import PickupView

            assert self._register is not None, "the pickup list needs an attached register"
            pickup = PickupView(self._register.purchases, self._runner, self._session)
            self.stack.addWidget(pickup)
            self._pickup = pickup
            self.pickup_created.emit(pickup)
        return self._pickup

    def current(self) -> str:
        widget = self.stack.currentWidget()
        if widget is not None and widget is self._panel:
            return PAGE_CUSTOMER
        if widget is not None and widget is self._pickup:
            return PAGE_PICKUP
        return PAGE_SEARCH

    def show(self, page: str) -> None:
        widget = {PAGE_SEARCH: lambda: self.search, PAGE_CUSTOMER: lambda: self.panel,
                  PAGE_PICKUP: lambda: self.pickup}[page]()
        self.stack.setCurrentWidget(widget)

    def save_settings(self, settings: QSettings) -> None:
        if self._panel is not None:  # else keep what an earlier session saved
            settings.setValue(SPLITTER_KEY, self._panel.splitter.saveState())

    def _current_changed(self, _index: int) -> None:
        left, self._left = self._left, self.stack.currentWidget()
        if left is not None and left is self._panel and self._left is not self._panel:
            self.customer_left.emit()
        self.changed.emit()
