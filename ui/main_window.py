"""The one main window: navigation column, toolbar with search and 新建, the screens, the status bar.

The window owns no data logic: screens talk to the core through the context they are given and tell
the window, by signals, when the officer wants to go to another screen's record.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSizePolicy,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import ui_state
from ui.context import AppContext
from ui.i18n import fill
from ui.icons import app_icon, icon
from ui.pages.base import Page
from ui.pages.dashboard import DashboardPage
from ui.pages.enterprises import EnterprisesPage
from ui.pages.ledger import LedgerPage
from ui.pages.letters import LettersPage
from ui.pages.rectifications import RectificationsPage
from ui.pages.settings import SettingsPage
from ui.pages.statistics import StatisticsPage
from ui.pages.visits import VisitsPage
from ui.status_bar import MainStatusBar
from ui.style import NAV_WIDTH

SEARCH_DELAY_MS = 300


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Huhang — business environment supervision"))
        self.setWindowIcon(app_icon())
        self.setObjectName("mainWindow")
        self._build_pages()
        self._build_navigation()
        self._build_toolbar()
        self.status = MainStatusBar(ctx)
        self.setStatusBar(self.status)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav_column)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._restore_state()

    # -- building -----------------------------------------------------------------------------------

    def _build_pages(self) -> None:
        ctx = self.ctx
        self.dashboard = DashboardPage(ctx)
        self.enterprises = EnterprisesPage(ctx)
        self.visits = VisitsPage(ctx)
        self.settings_page = SettingsPage(ctx)
        self.ledger = LedgerPage(ctx)
        self.rectifications = RectificationsPage(ctx)
        self.statistics = StatisticsPage(ctx)
        ledger, rectification = self.tr("Problem ledger"), self.tr("Rectification")
        letters, statistics = self.tr("Letters"), self.tr("Statistics")
        # (key, navigation text, icon, page); the key names the screen in saved UI state.
        self.screens: list[tuple[str, str, str, Page]] = [
            ("dashboard", self.tr("Dashboard"), "dashboard", self.dashboard),
            ("enterprises", self.tr("Enterprises"), "enterprises", self.enterprises),
            ("visits", self.tr("Visits"), "visits", self.visits),
            ("ledger", ledger, "ledger", self.ledger),
            ("rectification", rectification, "rectification", self.rectifications),
            ("letters", letters, "letters", LettersPage(ctx)),
            ("statistics", statistics, "statistics", self.statistics),
            ("settings", self.tr("Sync & settings"), "settings", self.settings_page),
        ]
        self.stack = QStackedWidget()
        for _key, _title, _icon, page in self.screens:
            self.stack.addWidget(page)
        for page in self.pages():
            page.open_visit.connect(self.open_visit)
            page.open_enterprise.connect(self.open_enterprise)
            page.open_entry.connect(self.open_entry)
            page.open_rectification.connect(self.open_rectification)
            page.open_letter.connect(self.open_letter)
        self.dashboard.new_visit.connect(lambda: self.visits.new_record())
        self.dashboard.new_enterprise.connect(lambda: self.enterprises.new_record())

    def _build_navigation(self) -> None:
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        for key, title, icon_name, _page in self.screens:
            item = QListWidgetItem(icon(icon_name), title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(NAV_WIDTH, 40))
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._switch_to)
        brand = QLabel(self.tr("Huhang"))
        brand.setObjectName("brand")
        self.nav_column = QWidget()
        self.nav_column.setFixedWidth(NAV_WIDTH)
        column = QVBoxLayout(self.nav_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(brand)
        column.addWidget(self.nav, 1)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)

        self.new_action = QAction(icon("new"), self.tr("New"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.setToolTip(self.tr("New record on this screen (Ctrl+N)"))
        self.new_action.triggered.connect(self.new_record)
        self.addAction(self.new_action)  # the shortcut works wherever the focus is in the window
        self.new_enterprise_action = QAction(self.tr("New enterprise"), self)
        self.new_enterprise_action.triggered.connect(lambda: self.enterprises.new_record())
        self.new_visit_action = QAction(self.tr("New visit"), self)
        self.new_visit_action.triggered.connect(lambda: self.visits.new_record())
        menu = QMenu(self)
        menu.addAction(self.new_enterprise_action)
        menu.addAction(self.new_visit_action)
        new_button = QToolButton()
        new_button.setDefaultAction(self.new_action)
        new_button.setMenu(menu)
        new_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(new_button)

        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        toolbar.addWidget(spacer)
        self.search_box = QLineEdit()
        self.search_box.setObjectName("globalSearch")
        self.search_box.setClearButtonEnabled(True)
        self.search_box.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        toolbar.addWidget(self.search_box)
        self.search_action = QAction(self.tr("Search"), self)
        self.search_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self.search_box.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_box.returnPressed.connect(self.apply_search)

    # -- screens ------------------------------------------------------------------------------------

    def pages(self) -> list[Page]:
        return [page for _key, _title, _icon, page in self.screens]

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def page_key(self, page: Page) -> str:
        return next(key for key, _t, _i, p in self.screens if p is page)

    def show_page(self, key: str) -> Page:
        for row, (screen_key, _title, _icon, page) in enumerate(self.screens):
            if screen_key == key:
                self.nav.setCurrentRow(row)
                return page
        raise KeyError(key)

    def _switch_to(self, row: int) -> None:
        if row < 0:
            return
        self._search_timer.stop()
        page = self.screens[row][3]
        self.stack.setCurrentWidget(page)
        self.search_box.blockSignals(True)
        self.search_box.setText(page.search_text())
        self.search_box.blockSignals(False)
        self.search_box.setEnabled(page.searchable)
        title = self.screens[row][1]
        self.search_box.setPlaceholderText(
            fill(self.tr("Search %1 (Ctrl+F)"), title) if page.searchable else ""
        )
        self.new_action.setEnabled(
            page in (self.dashboard, self.enterprises, self.visits, self.ledger, self.rectifications)
        )

    # -- toolbar actions ----------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self.search_box.isEnabled():
            self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.search_box.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        page = self.current_page()
        if page.searchable:
            page.search(self.search_box.text())

    def new_record(self) -> None:
        """Ctrl+N: a new record of the kind this screen shows (a visit on the dashboard)."""
        self.current_page().new_record()

    def open_visit(self, visit_id: str) -> None:
        self.show_page("visits")
        self.visits.show_record(visit_id)

    def open_enterprise(self, enterprise_id: str) -> None:
        self.show_page("enterprises")
        self.enterprises.show_record(enterprise_id)

    def open_entry(self, entry_id: str) -> None:
        self.show_page("ledger")
        self.ledger.show_record(entry_id)

    def open_rectification(self, item_id: str) -> None:
        self.show_page("rectification")
        self.rectifications.show_record(item_id)

    def open_letter(self, letter_id: str) -> None:
        """Show the letter on the letters screen (which selects it, once it can)."""
        page = self.show_page("letters")
        select = getattr(page, "select", None)
        if callable(select):
            select(letter_id)

    # -- state between runs -------------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = ui_state.load("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        keys = [key for key, *_ in self.screens]
        last = str(ui_state.load("window/page", "dashboard"))
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def save_state(self) -> None:
        ui_state.save(
            **{"window/geometry": self.saveGeometry(), "window/page": self.page_key(self.current_page())}
        )
        for page in self.pages():
            page.save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
