"""Letters (文书) as a table: 文号, kind, title, addressee, dates, status and overdue replies.

Unlike enterprises or ledger entries, a profile holds letters by the hundred, not the hundred
thousand, and the core answers with the whole filtered list (``services.letters``). So the rows are
read in one query on the reader thread and kept; sorting and the search box work on those rows in
memory, which is instant at this size and keeps the order the officer chose while the list reloads.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.services import Services
from ui.background import report_unexpected
from ui.context import AppContext
from ui.models.lazy_table import ID_ROLE, Column, Row

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex
OVERDUE_COLOUR = QColor("#b3261e")


def days_overdue(row: Row, today: date | None = None) -> int:
    """Whole days since the reply deadline, for a letter whose reply is overdue (else 0)."""
    if not row.get("reply_overdue") or not row.get("deadline"):
        return 0
    return ((today or date.today()) - date.fromisoformat(row["deadline"])).days


def overdue_text(row: Row) -> str:
    days = days_overdue(row)
    return translate("LetterTableModel", "%n day(s) overdue", "", days) if days > 0 else ""


def letter_columns() -> list[Column]:
    return [
        Column(
            "number",
            translate("LetterTableModel", "Number"),
            lambda r: r["number"] or translate("LetterTableModel", "Draft"),
            "number",
            150,
        ),
        Column("kind", translate("LetterTableModel", "Kind"), lambda r: r["kind"], "kind", 100),
        Column("title", translate("LetterTableModel", "Title"), lambda r: r["title"], "title", 290),
        Column(
            "addressee",
            translate("LetterTableModel", "Addressee"),
            lambda r: r["addressee"],
            "addressee",
            170,
        ),
        Column(
            "letter_date",
            translate("LetterTableModel", "Date"),
            lambda r: r["letter_date"],
            "letter_date",
            90,
        ),
        Column(
            "deadline", translate("LetterTableModel", "Deadline"), lambda r: r["deadline"], "deadline", 90
        ),
        Column("status", translate("LetterTableModel", "Status"), lambda r: r["status"], "status", 64),
        Column("overdue", translate("LetterTableModel", "Reply overdue"), overdue_text, "overdue", 100),
    ]


def _sort_key(column: Column) -> Callable[[Row], Any]:
    if column.key == "overdue":
        return days_overdue
    if column.key == "number":  # drafts first, then by year and sequence (7号 before 10号)
        return lambda r: (bool(r["number"]), r["number_prefix"], r["number_year"] or 0, r["number_seq"] or 0)
    return lambda r: str(column.value(r))


class LetterTableModel(QAbstractTableModel):
    loading_changed = Signal(bool)
    loaded = Signal(int)  # number of rows shown, after each (re)load

    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._columns = letter_columns()
        self._all: list[Row] = []  # as the core returned them (filtered by status and kind)
        self._rows: list[Row] = []  # after the search text, in the chosen order
        self.filters: dict[str, str] = {}
        self.text = ""
        self.sort_key = ""  # a column key, or "" for the core's order (drafts first, newest first)
        self.descending = False
        self._generation = 0
        self._loading = False
        self._ever_loaded = False

    @property
    def columns(self) -> list[Column]:
        return list(self._columns)

    # -- loading ------------------------------------------------------------------------------------

    def is_loading(self) -> bool:
        return self._loading

    def has_loaded(self) -> bool:
        return self._ever_loaded

    def set_filter(self, name: str, value: str | None) -> None:
        filters = {k: v for k, v in self.filters.items() if k != name}
        if value:
            filters[name] = value
        if filters != self.filters:
            self.filters = filters
            self.reload()

    def set_text(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self._arrange()

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        status, kind = self.filters.get("status"), self.filters.get("kind")

        def read(services: Services) -> list[Row]:
            return services.letters(status=status, kind=kind)

        self._set_loading(True)
        self._ctx.reader.submit(
            read,
            lambda rows: self._on_rows(generation, rows),
            lambda exc: self._on_failed(generation, exc),
            owner=self,
        )

    def _on_rows(self, generation: int, rows: list[Row]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self._all = rows
        self._ever_loaded = True
        self._arrange()
        self._set_loading(False)

    def _on_failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._set_loading(False)
        report_unexpected(exc)

    def _set_loading(self, loading: bool) -> None:
        if loading != self._loading:
            self._loading = loading
            self.loading_changed.emit(loading)

    def _arrange(self) -> None:
        """Apply the search text and the sort to the loaded rows."""
        needle = self.text.casefold()
        rows = [
            r
            for r in self._all
            if not needle
            or any(needle in str(r[k]).casefold() for k in ("number", "title", "addressee", "kind"))
        ]
        column = next((c for c in self._columns if c.key == self.sort_key), None)
        if column is not None:
            rows.sort(key=_sort_key(column), reverse=self.descending)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.loaded.emit(len(rows))

    # -- rows ---------------------------------------------------------------------------------------

    def record(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, letter_id: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r["id"] == letter_id), None)

    def ids(self) -> list[str]:
        return [r["id"] for r in self._rows]

    # -- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.value(row)
        if role == ID_ROLE:
            return row["id"]
        late = column.key in ("overdue", "deadline") and bool(row.get("reply_overdue"))
        if role == Qt.ItemDataRole.ForegroundRole and late:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole and late and column.key == "overdue":
            font = QFont()
            font.setBold(True)
            return font
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
        if not 0 <= column < len(self._columns):
            return
        self.sort_key = self._columns[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._arrange_keeping_layout()
        self.layoutChanged.emit()

    def _arrange_keeping_layout(self) -> None:
        column = next(c for c in self._columns if c.key == self.sort_key)
        old = self._rows
        self._rows = sorted(old, key=_sort_key(column), reverse=self.descending)
        # Persistent indexes (the selection) follow their rows to the new places.
        position = {id(r): i for i, r in enumerate(self._rows)}
        before = self.persistentIndexList()
        after = [self.index(position[id(old[i.row()])], i.column()) for i in before]
        self.changePersistentIndexList(before, after)

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self._columns) if c.key == self.sort_key), -1)
