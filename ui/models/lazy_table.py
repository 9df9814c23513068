"""A table model for lists of any length: ordered row keys from SQL, rows fetched a page at a time.

Why not a QSortFilterProxyModel over all rows: with 100,000 enterprises that means reading every row
into memory and sorting in Python on the GUI thread. Instead the core answers one question — "which
row keys, in which order, for this search, these filters and this sort?" — with a single SQL query.
That query runs on the reader thread (it can take a moment on a big table), and only the pages of rows
the view actually paints are read, by primary key, when ``data()`` first asks for them. Pages are
cached (least recently used first out) until the list is reloaded.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from app.services import Services
from app.store.search import ListQuery
from ui.background import report_unexpected
from ui.context import AppContext

Row = dict[str, Any]
Index = QModelIndex | QPersistentModelIndex

RID_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    key: str  # stable name, used for saved UI state
    title: str  # translated header text
    value: Callable[[Row], str]
    sort: str | None = None  # the core's sort name, or None when the column cannot be sorted
    width: int = 120  # default width in pixels


class LazyTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_CACHED_PAGES = 64

    loading_changed = Signal(bool)
    loaded = Signal(int)  # number of rows, after each (re)load

    def __init__(self, ctx: AppContext, columns: list[Column], query: ListQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._columns = columns
        self._query = query
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        self._row_of: dict[int, int] | None = None
        self._generation = 0
        self._loading = False
        self._ever_loaded = False
        self.fetched_rows = 0  # rows read so far; lets tests and diagnostics see the laziness

    # -- what subclasses provide --------------------------------------------------------------------

    def query_ids(self, services: Services, query: ListQuery) -> list[int]:
        """The ordered row keys for ``query``; runs on the reader thread with its own Services."""
        raise NotImplementedError

    def fetch_rows(self, rids: list[int]) -> dict[int, Row]:
        """Rows by key, on the GUI thread (a primary-key lookup of one page is quick)."""
        raise NotImplementedError

    # -- querying -----------------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    def is_loading(self) -> bool:
        return self._loading

    def has_loaded(self) -> bool:
        return self._ever_loaded

    def preset_query(self, query: ListQuery) -> None:
        """Set the query before the first load (restored UI state) without querying yet."""
        self._query = query

    def set_query(self, query: ListQuery) -> None:
        if query != self._query:
            self._query = query
            self.reload()

    def set_text(self, text: str) -> None:
        self.set_query(replace(self._query, text=text))

    def set_filter(self, name: str, value: Any) -> None:
        filters = {k: v for k, v in self._query.filters.items() if k != name}
        if value not in (None, ""):
            filters[name] = value
        self.set_query(replace(self._query, filters=filters))

    def reload(self) -> None:
        """Ask for the row keys again; the current rows stay on screen until the answer arrives."""
        self._generation += 1
        generation, query = self._generation, self._query
        self._set_loading(True)
        self._ctx.reader.submit(
            lambda services: self.query_ids(services, query),
            lambda ids: self._on_ids(generation, ids),
            lambda exc: self._on_failed(generation, exc),
            owner=self,
        )

    def _on_ids(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._row_of = None
        self.endResetModel()
        self._ever_loaded = True
        self._set_loading(False)
        self.loaded.emit(len(ids))

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._set_loading(False)
        report_unexpected(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    # -- rows ---------------------------------------------------------------------------------------

    def rid_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, rid: int) -> int | None:
        if self._row_of is None:
            self._row_of = {r: i for i, r in enumerate(self._ids)}
        return self._row_of.get(rid)

    def record(self, row: int) -> Row | None:
        """The row at ``row``, reading its page if it is not cached."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // self.PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self._read_page(page)
        else:
            self._pages.move_to_end(page)
        return rows[row - page * self.PAGE_SIZE]

    def _read_page(self, page: int) -> list[Row | None]:
        rids = self._ids[page * self.PAGE_SIZE : (page + 1) * self.PAGE_SIZE]
        found = self.fetch_rows(rids) if rids else {}
        rows = [found.get(rid) for rid in rids]  # None: deleted since the keys were read
        self.fetched_rows += len(rids)
        self._pages[page] = rows
        while len(self._pages) > self.MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        return rows

    def cached_pages(self) -> list[int]:
        return sorted(self._pages)

    # -- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() >= len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.record(index.row())
            return self._columns[index.column()].value(row) if row is not None else ""
        if role == RID_ROLE:
            return self.rid_at(index.row())
        if role == ID_ROLE:
            row = self.record(index.row())
            return row["id"] if row is not None else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: a new query with the column's sort name; unsortable columns are ignored."""
        if not 0 <= column < len(self._columns) or self._columns[column].sort is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=self._columns[column].sort or "", descending=descending))

    def sort_column(self) -> int:
        """The column showing the current sort (for the header's indicator), or -1."""
        for i, column in enumerate(self._columns):
            if column.sort == self._query.sort:
                return i
        return -1
