"""Short, fully loaded lists of ledger entries and letters for the dashboard.

The dashboard shows at most a couple of hundred of each (the most urgent first), read at once on the
reader thread, so these are plain lists of rows rather than lazy tables. Rows are tinted by urgency the
same way as in the ledger list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ui.models.lazy_table import ID_ROLE, Column, Row
from ui.models.ledger_text import Urgency, background, foreground, time_left, urgency

translate = QCoreApplication.translate
Index = QModelIndex | QPersistentModelIndex


def entry_columns(*, with_department: bool = True) -> list[Column]:
    columns = [
        Column("due_on", translate("LedgerSummaryModel", "Due"), lambda r: r["due_on"]),
        Column("left", translate("LedgerSummaryModel", "Time left"), time_left),
        Column("enterprise", translate("LedgerSummaryModel", "Enterprise"), lambda r: r["enterprise_name"]),
        Column("summary", translate("LedgerSummaryModel", "Summary"), lambda r: r["summary"]),
    ]
    if with_department:
        columns.append(
            Column("department", translate("LedgerSummaryModel", "Department"), lambda r: r["department"])
        )
    columns.append(Column("status", translate("LedgerSummaryModel", "Status"), lambda r: r["status"]))
    return columns


def letter_columns() -> list[Column]:
    return [
        Column("deadline", translate("LedgerSummaryModel", "Reply due"), lambda r: r["deadline"]),
        Column("number", translate("LedgerSummaryModel", "Number"), lambda r: r["number"]),
        Column("addressee", translate("LedgerSummaryModel", "Addressee"), lambda r: r["addressee"]),
        Column("title", translate("LedgerSummaryModel", "Title"), lambda r: r["title"]),
    ]


class SummaryModel(QAbstractTableModel):
    """Rows shown as given; ``tone(row)`` colours a row red ("overdue") or amber ("soon")."""

    def __init__(
        self, columns: list[Column], parent: Any = None, *, tone: Callable[[Row], Urgency] = urgency
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._tone = tone
        self._rows: list[Row] = []

    def column_keys(self) -> list[str]:
        return [column.key for column in self._columns]

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_record(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

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
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground(self._tone(row))
        if role == Qt.ItemDataRole.BackgroundRole:
            return background(self._tone(row))
        return None

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
