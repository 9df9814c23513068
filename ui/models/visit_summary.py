"""A short, fully loaded list of visits: an enterprise's visits, the dashboard's recent and due ones.

These lists are small by nature (one enterprise's history, the latest ten), so they are plain lists of
rows, unlike the lazy tables for the full registers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.lazy_table import ID_ROLE, Column, Row
from ui.models.visit_table import minutes

translate = QCoreApplication.translate

Index = QModelIndex | QPersistentModelIndex
URGENT_COLOUR = "#c62828"


def summary_columns(*, with_enterprise: bool = True, with_follow_up: bool = False) -> list[Column]:
    columns = [
        Column("started_at", translate("VisitSummaryModel", "Visit time"), lambda r: minutes(r["started_at"]))
    ]
    if with_enterprise:
        columns.append(
            Column("enterprise", translate("VisitSummaryModel", "Enterprise"), lambda r: r["enterprise_name"])
        )
    columns += [
        Column("kind", translate("VisitSummaryModel", "Type"), lambda r: r["kind"]),
        Column("officers", translate("VisitSummaryModel", "Officers"), lambda r: "、".join(r["officers"])),
    ]
    if with_follow_up:
        columns.insert(
            0,
            Column(
                "follow_up_on", translate("VisitSummaryModel", "Follow up by"), lambda r: r["follow_up_on"]
            ),
        )
    else:
        columns.append(
            Column(
                "satisfaction", translate("VisitSummaryModel", "Satisfaction"), lambda r: r["satisfaction"]
            )
        )
    return columns


class VisitSummaryModel(QAbstractTableModel):
    """``urgent(row)``, when given, marks rows to show in red (overdue follow-ups)."""

    def __init__(
        self, columns: list[Column], parent: Any = None, *, urgent: Callable[[Row], bool] | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._urgent = urgent
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
            or not (0 <= index.row() < len(self._rows))
            or index.column() >= len(self._columns)
        ):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._columns[index.column()].value(row)
        if role == ID_ROLE:
            return row["id"]
        if role == Qt.ItemDataRole.ForegroundRole and self._urgent is not None and self._urgent(row):
            return QBrush(QColor(URGENT_COLOUR))
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
