"""文书: the letters list above the selected letter, with new, batch print/export and verify.

The list allows several rows to be selected for the batch actions; the row with the focus is the
letter shown below. Other screens open a letter through :meth:`LettersPage.select` (the main window
routes ``open_letter`` there), which also clears filters that would hide it.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelection, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.letter import KINDS, STATUSES
from app.errors import NotFound
from app.services import Changes
from ui import ui_state
from ui.context import AppContext
from ui.dialogs.job_progress import JobWatcher
from ui.dialogs.letter_dialogs import NewLetterDialog
from ui.models.letter_table import LetterTableModel
from ui.operations import run_op
from ui.pages import letter_actions
from ui.pages.base import Page
from ui.pages.letter_detail import TABLES, LetterDetail
from ui.pages.list_page import make_table_view
from ui.widgets.form_fields import choice_combo


class LettersPage(Page):
    searchable = True
    tables = TABLES
    state_key = "lists/letters"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = LetterTableModel(ctx, self)
        self.view = make_table_view(self.model)  # type: ignore[arg-type]  (same columns protocol)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.detail = LetterDetail(ctx)
        self.batch_watcher: JobWatcher | None = None
        self._keep: list[str] = []  # selected ids across a reload
        self._build()
        self._wire()
        self.restore_state()

    def _build(self) -> None:
        self.new_button = QPushButton(self.tr("New letter"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(self.tr("New letter (Ctrl+N)"))
        self.print_button = QPushButton(self.tr("Print selected…"))
        self.export_button = QPushButton(self.tr("Export selected as PDF…"))
        self.verify_button = QPushButton(self.tr("Verify PDF…"))
        self.verify_button.setToolTip(
            self.tr("Check whether a PDF file is, byte for byte, a letter issued here")
        )
        self.status_filter: QComboBox = choice_combo(STATUSES, empty=self.tr("All statuses"))
        self.kind_filter: QComboBox = choice_combo(KINDS, empty=self.tr("All kinds"))
        for combo in (self.status_filter, self.kind_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for button in (self.new_button, self.print_button, self.export_button, self.verify_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.status_filter)
        bar.addWidget(self.kind_filter)
        bar.addStretch(1)
        bar.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        # Ctrl+N here, unless the window offers its own New on this screen (see _sync_new_shortcut).
        self.new_action = QAction(self.tr("New letter"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_action.triggered.connect(self.new_record)
        self.addAction(self.new_action)

    def _wire(self) -> None:
        self.new_button.clicked.connect(lambda: self.new_record())
        self.print_button.clicked.connect(self.print_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.verify_button.clicked.connect(lambda: letter_actions.verify_pdf(self, self.ctx))
        self.status_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("status", self.status_filter.currentData())
        )
        self.kind_filter.currentIndexChanged.connect(
            lambda _i: self.model.set_filter("kind", self.kind_filter.currentData())
        )
        self.model.loading_changed.connect(lambda _l: self._show_count())
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.loaded.connect(self._loaded)
        selection = self.view.selectionModel()
        selection.currentRowChanged.connect(self._current_changed)
        selection.selectionChanged.connect(self._selection_changed)
        self.detail.letter_requested.connect(self.select)
        self.detail.link_activated.connect(self._open_link)
        self._selection_changed(QItemSelection(), QItemSelection())

    # -- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.model.reload()

    def apply_changes(self, changes: Changes) -> None:
        self.model.reload()  # the detail below follows the bus by itself

    def _show_count(self) -> None:
        if self.model.is_loading() and not self.model.has_loaded():
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.tr("%n letter(s)", "", self.model.rowCount()))

    def _remember_selection(self) -> None:
        self._keep = self.selected_ids()

    def _loaded(self, _count: int) -> None:
        self._show_count()
        wanted = [self.detail.letter_id] if self.detail.letter_id else []
        self._select_rows(wanted + [i for i in self._keep if i not in wanted])

    def _select_rows(self, letter_ids: list[str]) -> None:
        """Select these letters (the first one current) without reopening anything."""
        selection = self.view.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        first = True
        for letter_id in letter_ids:
            row = self.model.row_of(letter_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            if first:
                selection.setCurrentIndex(index, flags)
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
                first = False
            else:
                selection.select(index, flags)
        selection.blockSignals(False)
        self.view.viewport().update()
        self._selection_changed(QItemSelection(), QItemSelection())

    # -- selection ----------------------------------------------------------------------------------

    def selected_ids(self) -> list[str]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [r["id"] for r in (self.model.record(row) for row in rows) if r is not None]

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        record = self.model.record(current.row()) if current.isValid() else None
        if record is None:
            return
        if not self.detail.show_letter(record["id"]):
            # The letter being edited could not be saved: stay on it so nothing is lost.
            QTimer.singleShot(0, lambda: self._select_rows([self.detail.letter_id or ""]))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        count = len(self.view.selectionModel().selectedRows())
        self.print_button.setEnabled(count > 0)
        self.export_button.setEnabled(count > 0)
        self.print_button.setText(
            self.tr("Print selected (%n)…", "", count) if count > 1 else self.tr("Print selected…")
        )
        self.export_button.setText(
            self.tr("Export %n as PDF…", "", count) if count > 1 else self.tr("Export selected as PDF…")
        )

    def select(self, letter_id: str) -> bool:
        """Show ``letter_id`` below the list and select it there, clearing filters that hide it."""
        try:
            row = self.ctx.services.letter(letter_id)
        except NotFound:
            return False
        for combo, value in ((self.status_filter, row["status"]), (self.kind_filter, row["kind"])):
            if combo.currentData() and combo.currentData() != value:
                combo.setCurrentIndex(0)
        if self.model.text:
            self.model.set_text("")
        if not self.detail.show_letter(letter_id):
            return False
        if self.model.row_of(letter_id) is None:
            # A new letter: it is selected, alone, when the list has it (see _loaded).
            self._select_rows([])
            self.model.reload()
        else:
            self._select_rows([letter_id])
        return True

    def _open_link(self, table: str, record_id: str) -> None:
        """A ledger entry or rectification item the letter was drafted from, on its own screen."""
        if table == "ledger_entries":
            self.open_entry.emit(record_id)
        elif table == "rectifications":
            self.open_rectification.emit(record_id)

    # -- actions ------------------------------------------------------------------------------------

    def new_record(self) -> None:
        answer = NewLetterDialog.ask(self, self.ctx)
        if answer is None:
            return
        changes = run_op(
            self,
            self.ctx.bus,
            lambda: self.ctx.services.create_letter(
                kind=answer.kind, entry_ids=answer.entry_ids, addressee=answer.addressee
            ),
        )
        if changes is not None:
            self.select(changes.id)

    def print_selected(self) -> None:
        if self.detail.editor.flush():
            self.batch_watcher = letter_actions.print_letters(self, self.ctx, self.selected_ids())

    def export_selected(self) -> None:
        if self.detail.editor.flush():
            self.batch_watcher = letter_actions.export_letters(self, self.ctx, self.selected_ids())

    # -- the toolbar's search and New -------------------------------------------------------------

    def search_text(self) -> str:
        return self.model.text

    def search(self, text: str) -> None:
        self.model.set_text(text.strip())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._sync_new_shortcut)

    def _sync_new_shortcut(self) -> None:
        """Offer Ctrl+N on this screen only while no enabled window action has the same shortcut:
        two enabled actions with one key would make Qt trigger neither."""
        key = QKeySequence(QKeySequence.StandardKey.New)
        window = self.window()
        taken = any(
            action.isEnabled() and action.shortcut() == key
            for action in window.actions()
            if window is not self and action is not self.new_action
        )
        self.new_action.setEnabled(not taken)

    # -- state between runs ---------------------------------------------------------------------------

    def restore_state(self) -> None:
        key = self.state_key
        for name, combo in (("status", self.status_filter), ("kind", self.kind_filter)):
            value = ui_state.load(f"{key}/filters/{name}", "")
            index = combo.findData(value) if value else -1
            if index > 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
                self.model.filters[name] = str(value)
        sort = str(ui_state.load(f"{key}/sort", "") or "")
        if any(c.key == sort for c in self.model.columns):
            self.model.sort_key = sort
            self.model.descending = str(ui_state.load(f"{key}/descending")).lower() == "true"
        header_state = ui_state.load(f"{key}/header")
        if isinstance(header_state, QByteArray):
            self.view.horizontalHeader().restoreState(header_state)
        for splitter, name, default in (
            (self.splitter, "splitter", [200, 560]),
            (self.detail.splitter, "detail_splitter", [560, 520]),
        ):
            saved = ui_state.load(f"{key}/{name}")
            if isinstance(saved, QByteArray):
                splitter.restoreState(saved)
            else:
                splitter.setSizes(default)
        order = Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder
        self.view.horizontalHeader().setSortIndicator(self.model.sort_column(), order)
        self.view.setSortingEnabled(True)

    def save_state(self) -> None:
        self.detail.editor.flush()
        key = self.state_key
        ui_state.save(
            **{
                f"{key}/sort": self.model.sort_key,
                f"{key}/descending": self.model.descending,
                f"{key}/header": self.view.horizontalHeader().saveState(),
                f"{key}/splitter": self.splitter.saveState(),
                f"{key}/detail_splitter": self.detail.splitter.saveState(),
                f"{key}/filters/status": self.model.filters.get("status", ""),
                f"{key}/filters/kind": self.model.filters.get("kind", ""),
            }
        )
