"""企业名录: the enterprise register with search, filters, detail, new/edit/delete, import and export."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.districts import NAMES
from app.domain.enterprise import OWNERSHIPS
from app.errors import NotFound
from ui import data_jobs
from ui.context import AppContext
from ui.dialogs.enterprise_dialog import EnterpriseDialog
from ui.dialogs.job_progress import JobWatcher
from ui.dialogs.messages import Messages
from ui.dialogs.visit_dialog import VisitDialog
from ui.i18n import fill
from ui.icons import icon
from ui.models.enterprise_table import EnterpriseTableModel
from ui.operations import run_op
from ui.pages.enterprise_detail import EnterpriseDetail
from ui.pages.list_page import ListPage
from ui.widgets.form_fields import choice_combo, coded_combo


class EnterprisesPage(ListPage):
    state_key = "lists/enterprises"
    list_tables = ("enterprises",)
    detail_tables = ("enterprises", "visits")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.detail_pane = EnterpriseDetail(ctx)
        super().__init__(ctx, EnterpriseTableModel(ctx), self.detail_pane, parent)
        self.model.setParent(self)
        self.new_button = QPushButton(self.tr("New enterprise"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(lambda: self.new_record())
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button.setIcon(icon("import"))
        self.export_button.setIcon(icon("export"))
        self.import_button.setToolTip(self.tr("Import enterprises from an Excel (.xlsx) or CSV file"))
        self.export_button.setToolTip(self.tr("Export all enterprises to an Excel (.xlsx) or CSV file"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button.clicked.connect(self.export_file)
        self.job: JobWatcher | None = None  # the running import or export, if any
        for button in (self.new_button, self.import_button, self.export_button):
            self.actions_bar.addWidget(button)
        self.add_filter("district", coded_combo(NAMES, empty=self.tr("All districts")))
        self.add_filter("ownership", choice_combo(OWNERSHIPS, empty=self.tr("All ownership types")))
        self.finish_actions_bar()
        self.detail_pane.edit_requested.connect(self.edit_enterprise)
        self.detail_pane.delete_requested.connect(self.delete_enterprise)
        self.detail_pane.new_visit_requested.connect(self.new_visit)
        self.detail_pane.visit_activated.connect(self.open_visit)
        self.view.activated.connect(lambda _index: self._edit_selected())

    def count_text(self, count: int) -> str:
        return self.tr("%n enterprise(s)", "", count)

    def show_record(self, record_id: str) -> None:
        self.detail_pane.show_enterprise(record_id)
        try:
            self.select_rid(self.ctx.services.enterprise(record_id)["rid"])
        except NotFound:
            pass

    def new_record(self) -> None:
        saved = EnterpriseDialog.edit(self, self.ctx)
        if saved:
            self.show_record(saved)

    def _edit_selected(self) -> None:
        selected = self.selected_id()
        if selected:
            self.edit_enterprise(selected)

    def edit_enterprise(self, enterprise_id: str) -> None:
        EnterpriseDialog.edit(self, self.ctx, enterprise_id)

    def delete_enterprise(self, enterprise_id: str) -> None:
        name = self.ctx.services.enterprise(enterprise_id)["name"]
        question = fill(self.tr('Delete the enterprise "%1"? Its visits are kept.'), name)
        if not Messages.confirm(self, self.tr("Delete enterprise"), question, self.tr("Delete")):
            return
        run_op(self, self.ctx.bus, lambda: self.ctx.services.delete_enterprise(enterprise_id))

    def import_file(self) -> None:
        self.job = data_jobs.start_import(self, self.ctx)

    def export_file(self) -> None:
        self.job = data_jobs.start_export(self, self.ctx)

    def new_visit(self, enterprise_id: str) -> None:
        VisitDialog.edit(self, self.ctx, enterprise_id=enterprise_id)
