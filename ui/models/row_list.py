"""A short, fully loaded list of records shown in given columns (dashboard lists, one record's links).

These lists are small by nature (an enterprise's visits, the most urgent entries), so they are plain
lists of rows read at once, unlike the lazy tables of the full registers. Subclasses colour rows through
:meth:`RowListModel.styled`.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ui.models.lazy_table import ID_ROLE, Column, Row

Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = columns
        self._rows: list[Row] = []

    def column_keys(self) -> list[str]:
        return [column.key for column in self._columns]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_record(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def styled(self, row: Row, role: int) -> Any:
        """A row's colours and the like for ``role``; None for the view's defaults."""
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or index.column() >= len(self._columns)
        ):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].value(row)
        if role == ID_ROLE:
            return row["id"]
        return self.styled(row, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
