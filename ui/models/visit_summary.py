"""A short, fully loaded list of visits: an enterprise's visits, the dashboard's recent and due ones.

These lists are small by nature (one enterprise's history, the latest ten), so they are plain lists of
rows, unlike the lazy tables for the full registers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from ui.models.lazy_table import Column, Row
from ui.models.row_list import RowListModel
from ui.models.visit_table import minutes

translate = QCoreApplication.translate

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


class VisitSummaryModel(RowListModel):
    """``urgent(row)``, when given, marks rows to show in red (overdue follow-ups)."""

    def __init__(
        self, columns: list[Column], parent: Any = None, *, urgent: Callable[[Row], bool] | None = None
    ) -> None:
        super().__init__(columns, parent)
        self._urgent = urgent

    def styled(self, row: Row, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and self._urgent is not None and self._urgent(row):
            return QBrush(QColor(URGENT_COLOUR))
        return None
