"""走访记录: all visits, searchable by enterprise, officer, purpose and findings; detail with photos."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.districts import NAMES
from app.domain.visit import KINDS
from app.errors import NotFound
from ui.context import AppContext
from ui.dialogs.messages import Messages
from ui.dialogs.visit_dialog import VisitDialog
from ui.i18n import fill
from ui.models.visit_table import VisitTableModel
from ui.operations import run_op
from ui.pages.list_page import ListPage
from ui.pages.visit_detail import VisitDetail
from ui.widgets.form_fields import choice_combo, coded_combo


class VisitsPage(ListPage):
    state_key = "lists/visits"
    list_tables = ("visits", "enterprises")
    detail_tables = ("visits", "attachments", "enterprises")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.detail_pane = VisitDetail(ctx)
        super().__init__(ctx, VisitTableModel(ctx), self.detail_pane, parent)
        self.model.setParent(self)
        self.new_button = QPushButton(self.tr("New visit"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(lambda: self.new_record())
        self.actions_bar.addWidget(self.new_button)
        self.add_filter("kind", choice_combo(KINDS, empty=self.tr("All visit types")))
        self.add_filter("district", coded_combo(NAMES, empty=self.tr("All districts")))
        self.finish_actions_bar()
        self.detail_pane.edit_requested.connect(self.edit_visit)
        self.detail_pane.delete_requested.connect(self.delete_visit)
        self.detail_pane.enterprise_activated.connect(self.open_enterprise)
        self.view.activated.connect(lambda _index: self._edit_selected())

    def count_text(self, count: int) -> str:
        return self.tr("%n visit(s)", "", count)

    def show_record(self, record_id: str) -> None:
        self.detail_pane.show_visit(record_id)
        try:
            self.select_rid(self.ctx.services.visit(record_id)["rid"])
        except NotFound:
            pass

    def new_record(self, enterprise_id: str | None = None) -> None:
        saved = VisitDialog.edit(self, self.ctx, enterprise_id=enterprise_id)
        if saved:
            self.show_record(saved)

    def _edit_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.edit_visit(selected)

    def edit_visit(self, visit_id: str) -> None:
        VisitDialog.edit(self, self.ctx, visit_id)

    def delete_visit(self, visit_id: str) -> None:
        row = self.ctx.services.visit(visit_id)
        question = fill(
            self.tr('Delete the visit to "%1" on %2?'), row["enterprise_name"], row["started_at"][:10]
        )
        if not Messages.confirm(self, self.tr("Delete visit"), question, self.tr("Delete")):
            return
        run_op(self, self.ctx.bus, lambda: self.ctx.services.delete_visit(visit_id))
