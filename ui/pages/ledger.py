"""诉求台账: the problem ledger — search, filters, several rows at once, the entry's detail and steps.

The list is lazy (ids on the reader thread, rows by the page), sorted and filtered in SQL, and keeps
its sort, filters and column widths between runs. Several rows can be selected for the bulk actions:
批量分办 (only the 待签收 ones are dispatched; the others are reported with the reason), 导出所选 and
制发文书. Excel import and export run as jobs with progress and cancel.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QWidget

from app.errors import NotFound
from app.services import Changes
from ui import ui_state
from ui.context import AppContext
from ui.dialogs.job_progress import JobWatcher
from ui.dialogs.ledger_action_dialog import ActionDialog
from ui.dialogs.ledger_entry_dialog import LedgerEntryDialog
from ui.dialogs.messages import Messages
from ui.dialogs.rectification_dialog import RectificationDialog
from ui.i18n import fill
from ui.icons import icon
from ui.models.ledger_table import LedgerTableModel
from ui.operations import run_op
from ui.pages import ledger_jobs
from ui.pages.ledger_data import known_departments, rows_of
from ui.pages.ledger_detail import LedgerDetail
from ui.pages.ledger_filters import LedgerFilterBar
from ui.pages.list_page import ListPage

LETTER_KIND = "监督建议书"
FILTER_NAMES = (
    "status",
    "matter_type",
    "scenario",
    "department",
    "district",
    "overdue",
    "due_from",
    "due_to",
)


class LedgerPage(ListPage):
    state_key = "lists/ledger"
    list_tables = ("ledger_entries", "enterprises")
    detail_tables = ("ledger_entries", "ledger_events", "rectifications", "letters", "links", "visits")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        self.detail_pane = LedgerDetail(ctx)
        super().__init__(ctx, LedgerTableModel(ctx), self.detail_pane, parent)
        self.tables = self.tables + ("settings",)
        self.model.setParent(self)
        self.job: JobWatcher | None = None
        self.departments: list[str] = []
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.new_button = QPushButton(self.tr("New entry"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("Register a new entry (Ctrl+N)"))
        self.new_button.clicked.connect(lambda: self.new_record())
        self.dispatch_button = QPushButton(self.tr("Bulk dispatch…"))
        self.dispatch_button.setToolTip(
            self.tr("Dispatch the selected entries awaiting receipt to a department")
        )
        self.dispatch_button.clicked.connect(self.bulk_dispatch)
        self.letter_button = QPushButton(self.tr("Draft letter"))
        self.letter_button.setToolTip(
            self.tr("Draft a supervision-suggestion letter about the selected entries")
        )
        self.letter_button.clicked.connect(lambda: self.draft_letter())
        self.export_selected_button = QPushButton(self.tr("Export selected…"))
        self.export_selected_button.clicked.connect(self.export_selected)
        self.export_button = QPushButton(self.tr("Export ledger…"))
        self.export_button.setToolTip(self.tr("Export the entries the list shows now to Excel"))
        self.export_button.clicked.connect(self.export_file)
        self.import_button = QPushButton(self.tr("Import ledger…"))
        self.import_button.setToolTip(self.tr("Import entries from an Excel (.xlsx) or CSV ledger"))
        self.import_button.clicked.connect(self.import_file)
        self.import_button.setIcon(icon("import"))
        self.export_button.setIcon(icon("export"))
        self.export_selected_button.setIcon(icon("export"))
        for button in (
            self.new_button,
            self.dispatch_button,
            self.letter_button,
            self.export_selected_button,
            self.export_button,
            self.import_button,
        ):
            self.actions_bar.addWidget(button)
        self.selection_label = QLabel()
        self.selection_label.setObjectName("countLabel")
        self.filter_bar = LedgerFilterBar(ctx.services.scenarios())
        self.filter_bar.changed.connect(self.model.set_filter)
        self.finish_actions_bar()

        detail = self.detail_pane
        detail.edit_requested.connect(self.edit_entry)
        detail.new_rectification_requested.connect(self.new_rectification)
        detail.letter_requested.connect(lambda entry_id: self.draft_letter([entry_id]))
        detail.enterprise_activated.connect(self.open_enterprise)
        detail.visit_activated.connect(self.open_visit)
        detail.rectification_activated.connect(self.open_rectification)
        detail.letter_activated.connect(self.open_letter)
        self.view.activated.connect(lambda _index: self._edit_current())
        self._selection_changed(QItemSelection(), QItemSelection())

    def finish_actions_bar(self) -> None:
        """Buttons on the first row, the filters on a second one (they do not fit beside them)."""
        self.actions_bar.addStretch(1)
        self.actions_bar.addWidget(self.selection_label)
        self.actions_bar.addWidget(self.count_label)
        row = QHBoxLayout()
        row.addWidget(self.filter_bar, 1)
        layout = self.layout()
        assert layout is not None
        layout.insertLayout(1, row)  # type: ignore[attr-defined]
        self.restore_state()

    # -- state between runs ---------------------------------------------------------------------------

    def restore_state(self) -> None:
        super().restore_state()
        key = self.state_key
        saved: dict[str, Any] = {}
        for name in FILTER_NAMES:
            value = ui_state.load(f"{key}/filters/{name}", "")
            if value not in (None, "", "false", False):
                saved[name] = True if name == "overdue" else str(value)
        if "scenario" in saved and saved["scenario"] not in self.ctx.services.scenarios():
            del saved["scenario"]
        self.filter_bar.set_values(saved)
        self.model.preset_query(replace(self.model.query, filters=self.filter_bar.values()))

    def save_state(self) -> None:
        super().save_state()
        filters = self.model.query.filters
        ui_state.save(**{f"{self.state_key}/filters/{n}": filters.get(n, "") for n in FILTER_NAMES})

    # -- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.filter_bar.set_scenarios(self.ctx.services.scenarios())
        self.load_departments()

    def apply_changes(self, changes: Changes) -> None:
        super().apply_changes(changes)
        if changes.touches("settings"):
            self.filter_bar.set_scenarios(self.ctx.services.scenarios())
        if changes.touches("ledger_entries"):
            self._add_departments(changes.ids)

    def load_departments(self) -> None:
        """Read the ledger's departments on the reader thread: on first showing, after an import.

        Not after every change: with a million entries the read takes seconds of the reader's time, and
        the one way a single change brings a new department (分办) is seen in :meth:`_add_departments`.
        """
        self.ctx.reader.submit(known_departments, self._departments_loaded, owner=self)

    def _departments_loaded(self, departments: list[str]) -> None:
        self.departments = departments
        self.detail_pane.departments = departments
        self.filter_bar.set_departments(departments)

    def _add_departments(self, entry_ids: tuple[str, ...]) -> None:
        """Departments the changed entries now have that the lists do not offer yet (the first few
        entries are enough: a bulk dispatch gives all of them the same department)."""
        found = set(self.departments)
        new = []
        for entry_id in entry_ids[:50]:
            try:
                department = self.ctx.services.entry(entry_id)["department"]
            except NotFound:
                continue
            if department and department not in found:
                found.add(department)
                new.append(department)
        if new:
            self._departments_loaded(sorted(found))

    def count_text(self, count: int) -> str:
        return self.tr("%n entries", "", count)

    # -- selection ----------------------------------------------------------------------------------

    def selected_rids(self) -> list[int]:
        """Row keys of the selected rows, in list order, without reading the rows themselves."""
        rows: set[int] = set()
        for selection_range in self.view.selectionModel().selection():
            rows.update(range(selection_range.top(), selection_range.bottom() + 1))
        return [rid for rid in (self.model.rid_at(r) for r in sorted(rows)) if rid is not None]

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        count = len(self.selected_rids())
        self.selection_label.setText(fill(self.tr("%1 selected"), count) if count > 1 else "")
        for button in (self.dispatch_button, self.letter_button, self.export_selected_button):
            button.setEnabled(count > 0)
        current = self.view.currentIndex()
        index: QModelIndex | None = current if current.isValid() and count else None
        if index is None:
            rows = self.view.selectionModel().selectedRows()
            index = rows[0] if rows else None
        if index is None:
            return
        self._selected_rid = self.model.rid_at(index.row())
        record = self.model.record(index.row())
        if record is not None:
            self.detail_pane.show_entry(record["id"])

    def show_record(self, record_id: str) -> None:
        self.detail_pane.show_entry(record_id)
        try:
            self.select_rid(self.ctx.services.entry(record_id)["rid"])
        except NotFound:
            pass

    # -- single entries -----------------------------------------------------------------------------

    def new_record(self) -> None:
        saved = LedgerEntryDialog.edit(self, self.ctx, departments=tuple(self.departments))
        if saved:
            self.show_record(saved)

    def _edit_current(self) -> None:
        if self.detail_pane.entry_id:
            self.edit_entry(self.detail_pane.entry_id)

    def edit_entry(self, entry_id: str) -> None:
        LedgerEntryDialog.edit(self, self.ctx, entry_id, departments=tuple(self.departments))

    def new_rectification(self, entry_id: str) -> None:
        saved = RectificationDialog.edit(self, self.ctx, entry_id=entry_id)
        if saved:
            self.open_rectification.emit(saved)

    # -- bulk actions -------------------------------------------------------------------------------

    def bulk_dispatch(self) -> None:
        rids = self.selected_rids()
        if not rids:
            return
        sample = {
            "count": len(rids),
            "number": "",
            "summary": "",
            "status": "待签收",
            "satisfaction": "",
            "department": "",
            "handler": "",
        }
        params = ActionDialog.ask(self, sample, "dispatch", self.departments)
        if not params:
            return
        self.job = ledger_jobs.start_bulk_dispatch(
            self, self.ctx, rids, params["department"], params.get("handler", "")
        )

    def draft_letter(self, entry_ids: list[str] | None = None) -> None:
        """A 监督建议书 draft about the entries, addressed to their responsible department."""
        services = self.ctx.services
        if entry_ids is None:
            entries = rows_of(services, self.selected_rids())
        else:
            entries = [services.entry(entry_id) for entry_id in entry_ids]
        if not entries:
            return
        departments = Counter(e["department"] for e in entries if e["department"])
        if not departments:
            Messages.error(
                self, self.tr("The entries have no responsible department yet; dispatch them first.")
            )
            return
        if len(departments) > 1:
            names = "、".join(departments)
            Messages.error(
                self,
                fill(
                    self.tr(
                        "The entries belong to different departments (%1). A letter has one addressee: "
                        "select the entries of one department."
                    ),
                    names,
                ),
            )
            return
        addressee = next(iter(departments))
        ids = tuple(e["id"] for e in entries)
        changes = run_op(
            self,
            self.ctx.bus,
            lambda: services.create_letter(kind=LETTER_KIND, entry_ids=ids, addressee=addressee),
        )
        if changes is not None:
            self.open_letter.emit(changes.id)

    def export_selected(self) -> None:
        rids = self.selected_rids()
        if rids:
            self.job = ledger_jobs.start_export(self, self.ctx, rids=rids)

    def export_file(self) -> None:
        self.job = ledger_jobs.start_export(self, self.ctx, query=self.model.query)

    def import_file(self) -> None:
        # An import may bring departments the lists do not know yet.
        self.job = ledger_jobs.start_import(self, self.ctx, after=self.load_departments)
