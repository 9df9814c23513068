"""整改事项: rectification items with their deadlines, evidence and verification by return visit.

Filters are the status and "overdue only" (逾期 is derived from the deadline, never stored). The list
keeps its sort, filters and column widths between runs like the registers do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.rectification import STATUSES
from app.errors import NotFound
from ui.context import AppContext
from ui.dialogs.rectification_dialog import RectificationDialog
from ui.models.rectification_table import RectificationTableModel
from ui.pages.list_page import ListPage
from ui.pages.rectification_detail import RectificationDetail
from ui.widgets.form_fields import choice_combo


class RectificationsPage(ListPage):
    state_key = "lists/rectifications"
    list_tables = ("rectifications", "ledger_entries", "enterprises")
    detail_tables = ("rectifications", "attachments", "visits", "ledger_entries")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.detail_pane = RectificationDetail(ctx)
        super().__init__(ctx, RectificationTableModel(ctx), self.detail_pane, parent)
        self.model.setParent(self)
        self.new_button = QPushButton(self.tr("New rectification item"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("New rectification item (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.actions_bar.addWidget(self.new_button)
        self.add_filter("status", choice_combo(STATUSES, empty=self.tr("All statuses")))
        overdue = choice_combo((), empty=self.tr("Overdue: any"))
        overdue.addItem(self.tr("Overdue only"), "1")
        self.add_filter("overdue", overdue)
        self.finish_actions_bar()
        self.detail_pane.entry_activated.connect(self.open_entry)
        self.detail_pane.visit_activated.connect(self.open_visit)

    def count_text(self, count: int) -> str:
        return self.tr("%n rectification item(s)", "", count)

    def show_record(self, record_id: str) -> None:
        self.detail_pane.show_item(record_id)
        try:
            self.select_rid(self.ctx.services.rectification(record_id)["rid"])
        except NotFound:
            pass

    def new_record(self, entry_id: str | None = None) -> None:
        saved = RectificationDialog.edit(self, self.ctx, entry_id=entry_id)
        if saved:
            self.show_record(saved)
