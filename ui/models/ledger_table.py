"""The problem ledger (诉求台账) as a lazy table, fit for a million entries.

The row keys for the current search, filters and sort come from one SQL query on the reader thread
(:meth:`Services.entry_ids`); rows are read a page at a time by key when the view paints them. Rows
are coloured by urgency — red for overdue, amber for due within three days — from the values the
core derives when the row is read, so the colour is right on the day the list is looked at.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from app.services import Services
from app.store.search import ListQuery
from ui.context import AppContext
from ui.models.lazy_table import Column, Index, LazyTableModel, Row
from ui.models.ledger_text import background, due_text, foreground, status_text, urgency

translate = QCoreApplication.translate

STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the stored status, for bulk actions


def ledger_columns() -> list[Column]:
    return [
        Column("number", translate("LedgerTableModel", "Number"), lambda r: r["number"], "number", 124),
        Column(
            "accepted_on",
            translate("LedgerTableModel", "Accepted"),
            lambda r: r["accepted_on"][:10],
            "accepted_on",
            84,
        ),
        Column(
            "enterprise",
            translate("LedgerTableModel", "Enterprise"),
            lambda r: r["enterprise_name"],
            "enterprise",
            160,
        ),
        Column(
            "matter_type",
            translate("LedgerTableModel", "Matter type"),
            lambda r: r["matter_type"],
            "matter_type",
            60,
        ),
        Column(
            "scenario",
            translate("LedgerTableModel", "Problem scenario"),
            lambda r: r["scenario"],
            "scenario",
            78,
        ),
        Column("summary", translate("LedgerTableModel", "Summary"), lambda r: r["summary"], "summary", 190),
        Column(
            "department",
            translate("LedgerTableModel", "Responsible department"),
            lambda r: r["department"],
            "department",
            130,
        ),
        Column("handler", translate("LedgerTableModel", "Handler"), lambda r: r["handler"], None, 56),
        Column("due_on", translate("LedgerTableModel", "Due date"), due_text, "due_on", 100),
        Column("status", translate("LedgerTableModel", "Status"), status_text, "status", 100),
    ]


class LedgerTableModel(LazyTableModel):
    def __init__(self, ctx: AppContext, query: ListQuery | None = None, parent: Any = None) -> None:
        super().__init__(
            ctx, ledger_columns(), query or ListQuery(sort="accepted_on", descending=True), parent
        )

    def query_ids(self, services: Services, query: ListQuery) -> list[int]:
        return services.entry_ids(query)

    def fetch_rows(self, rids: list[int]) -> dict[int, Row]:
        return self._ctx.services.entry_rows(rids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            STATUS_ROLE,
        ):
            row = self.record(index.row())
            if row is None:
                return None
            if role == STATUS_ROLE:
                return row["status"]
            tone = urgency(row)
            return foreground(tone) if role == Qt.ItemDataRole.ForegroundRole else background(tone)
        return super().data(index, role)
