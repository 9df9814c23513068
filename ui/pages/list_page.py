"""A register screen: actions and filters on top, the lazy list, and the selected record's detail.

Shared by the enterprise and visit screens. It keeps the list's sort, filters, column widths and the
list/detail split in QSettings between runs, shows "Loading…" while the row keys are being queried
and the row count once they arrive, and keeps the selected record selected across reloads.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QByteArray, QItemSelection, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services import Changes
from ui import ui_state
from ui.context import AppContext
from ui.models.lazy_table import LazyTableModel
from ui.pages.base import Page

ROW_HEIGHT = 26


def make_table_view(model: LazyTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    # Fixed row heights: the view never asks every row for its size, which keeps the list lazy.
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setSectionsMovable(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    for i, column in enumerate(model.columns):
        header.resizeSection(i, column.width)
    return view


class ListPage(Page):
    searchable = True
    state_key = ""  # QSettings group, e.g. "lists/enterprises"
    list_tables: tuple[str, ...] = ()  # changes to these re-query the list
    detail_tables: tuple[str, ...] = ()  # changes to these re-read the detail pane

    def __init__(
        self, ctx: AppContext, model: LazyTableModel, detail: QWidget, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.tables = self.list_tables + self.detail_tables
        self.model = model
        self.detail = detail
        self.filters: dict[str, QComboBox] = {}
        self._selected_rid: int | None = None
        self.actions_bar = QHBoxLayout()
        self.actions_bar.setSpacing(6)
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.view = make_table_view(model)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.addLayout(self.actions_bar)
        layout.addWidget(self.splitter, 1)
        model.loading_changed.connect(self._show_count)
        model.loaded.connect(self._loaded)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.horizontalHeader().sortIndicatorChanged.connect(self._sort_indicator_changed)

    # -- building -----------------------------------------------------------------------------------

    def add_filter(self, name: str, combo: QComboBox) -> None:
        self.filters[name] = combo
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(
            lambda _i, n=name, c=combo: self.model.set_filter(n, c.currentData())
        )

    def finish_actions_bar(self) -> None:
        """After the subclass added its buttons: the filters, then the count at the right."""
        self.actions_bar.addSpacing(12)
        for combo in self.filters.values():
            self.actions_bar.addWidget(combo)
        self.actions_bar.addStretch(1)
        self.actions_bar.addWidget(self.count_label)
        self.restore_state()

    # -- state between runs ---------------------------------------------------------------------------

    def restore_state(self) -> None:
        key = self.state_key
        query = self.model.query
        sort = ui_state.load(f"{key}/sort")
        descending = ui_state.load(f"{key}/descending")
        if sort and any(c.sort == sort for c in self.model.columns):
            query = replace(query, sort=str(sort), descending=str(descending).lower() == "true")
        filters = {}
        for name, combo in self.filters.items():
            value = ui_state.load(f"{key}/filters/{name}", "")
            index = combo.findData(value) if value else -1
            if index > 0:
                combo.blockSignals(True)
                combo.setCurrentIndex(index)
                combo.blockSignals(False)
                filters[name] = value
        self.model.preset_query(replace(query, filters=filters))
        header_state = ui_state.load(f"{key}/header")
        if isinstance(header_state, QByteArray):
            self.view.horizontalHeader().restoreState(header_state)
        splitter_state = ui_state.load(f"{key}/splitter")
        if isinstance(splitter_state, QByteArray):
            self.splitter.restoreState(splitter_state)
        else:
            self.splitter.setSizes([560, 440])  # first run: room for the detail's photos
        self._sync_sort_indicator()
        self.view.setSortingEnabled(True)

    def save_state(self) -> None:
        key = self.state_key
        query = self.model.query
        values: dict[str, object] = {
            f"{key}/sort": query.sort,
            f"{key}/descending": query.descending,
            f"{key}/header": self.view.horizontalHeader().saveState(),
            f"{key}/splitter": self.splitter.saveState(),
        }
        for name in self.filters:
            values[f"{key}/filters/{name}"] = query.filters.get(name, "")
        ui_state.save(**values)

    # -- sorting ------------------------------------------------------------------------------------

    def _sync_sort_indicator(self) -> None:
        header = self.view.horizontalHeader()
        order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
        header.blockSignals(True)
        header.setSortIndicator(self.model.sort_column(), order)
        header.blockSignals(False)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if self.model.columns[column].sort is None:  # not sortable: put the indicator back
            self._sync_sort_indicator()

    # -- loading ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        super().refresh()
        self.model.reload()
        self.refresh_detail()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(*self.list_tables):
            self.model.reload()
        if changes.touches(*self.detail_tables):
            self.refresh_detail()

    def refresh_detail(self) -> None:
        refresh = getattr(self.detail, "refresh", None)
        if refresh is not None:
            refresh()

    def count_text(self, count: int) -> str:
        raise NotImplementedError

    def _show_count(self) -> None:
        if self.model.is_loading():
            self.count_label.setText(self.tr("Loading…"))
        else:
            self.count_label.setText(self.count_text(self.model.rowCount()))

    def _loaded(self, _count: int) -> None:
        self._show_count()
        if self._selected_rid is not None:
            self.select_rid(self._selected_rid)

    # -- search -------------------------------------------------------------------------------------

    def search_text(self) -> str:
        return self.model.query.text

    def search(self, text: str) -> None:
        self.model.set_text(text.strip())

    # -- selection ----------------------------------------------------------------------------------

    def select_rid(self, rid: int) -> bool:
        """Select the row with key ``rid`` if the list shows it; remembered until the list has loaded."""
        self._selected_rid = rid
        row = self.model.row_of(rid)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().blockSignals(True)
        self.view.selectRow(row)
        self.view.selectionModel().blockSignals(False)
        self.view.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        record = self.model.record(rows[0].row())
        return record["id"] if record else None

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        index: QModelIndex | None = rows[0] if rows else None
        if index is None:
            return
        self._selected_rid = self.model.rid_at(index.row())
        record = self.model.record(index.row())
        if record is not None:
            self.show_record(record["id"])

    def show_record(self, record_id: str) -> None:
        """Show ``record_id`` in the detail pane (subclasses also select it in the list)."""
        raise NotImplementedError
