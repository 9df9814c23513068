"""Short, fully loaded lists of ledger entries and letters for the dashboard.

The dashboard shows at most a couple of hundred of each (the most urgent first), read at once on the
reader thread, so these are plain lists of rows rather than lazy tables. Rows are tinted by urgency the
same way as in the ledger list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ui.models.lazy_table import Column, Row
from ui.models.ledger_text import Urgency, background, foreground, time_left, urgency
from ui.models.row_list import RowListModel

translate = QCoreApplication.translate


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


class SummaryModel(RowListModel):
    """Rows shown as given; ``tone(row)`` colours a row red ("overdue") or amber ("soon")."""

    def __init__(
        self, columns: list[Column], parent: Any = None, *, tone: Callable[[Row], Urgency] = urgency
    ) -> None:
        super().__init__(columns, parent)
        self._tone = tone

    def styled(self, row: Row, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground(self._tone(row))
        if role == Qt.ItemDataRole.BackgroundRole:
            return background(self._tone(row))
        return None
