"""Rectification items (整改事项) as a table, with 逾期 derived and shown in red.

The core lists rectification items as whole rows (``Services.rectifications``, at most 5,000 — there
are far fewer of them than ledger entries: only the problems that need a formal fix get one), not as
row keys plus pages. So this model runs that read on the reader thread, applies the search text and
the sort there too, and then serves rows from what it read: the list and page machinery stay the same
as for the lazy registers (selection by key, saved sort and filters, "Loading…").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from app.services import Services
from app.store.search import ListQuery
from ui.context import AppContext
from ui.i18n import fill
from ui.models.lazy_table import Column, Index, LazyTableModel, Row
from ui.models.ledger_text import OVERDUE_BACKGROUND, OVERDUE_COLOUR

translate = QCoreApplication.translate

SEARCHED = ("text", "responsible", "entry_number", "enterprise_name", "notes")


def status_text(row: Row) -> str:
    if row.get("overdue"):
        return fill(translate("RectificationTableModel", "%1 · overdue"), row["status"])
    return str(row["status"])


def rectification_columns() -> list[Column]:
    return [
        Column(
            "deadline",
            translate("RectificationTableModel", "Deadline"),
            lambda r: r["deadline"],
            "deadline",
            100,
        ),
        Column("status", translate("RectificationTableModel", "Status"), status_text, "status", 110),
        Column(
            "text",
            translate("RectificationTableModel", "Rectification required"),
            lambda r: r["text"],
            "text",
            340,
        ),
        Column(
            "responsible",
            translate("RectificationTableModel", "Responsible"),
            lambda r: r["responsible"],
            "responsible",
            150,
        ),
        Column(
            "enterprise",
            translate("RectificationTableModel", "Enterprise"),
            lambda r: r["enterprise_name"] or "",
            "enterprise_name",
            200,
        ),
        Column(
            "entry",
            translate("RectificationTableModel", "Ledger entry"),
            lambda r: r["entry_number"] or "",
            "entry_number",
            150,
        ),
    ]


def read_items(services: Services, query: ListQuery) -> list[Row]:
    """The items the list shows for ``query``: filtered by the core, searched and sorted here."""
    overdue = query.filters.get("overdue")
    rows = services.rectifications(
        status=query.filters.get("status") or None, overdue=True if overdue else None
    )
    text = query.text.strip().upper()
    if text:
        rows = [r for r in rows if any(text in str(r.get(k) or "").upper() for k in SEARCHED)]
    key = query.sort or "deadline"
    rows.sort(key=lambda r: (str(r.get(key) or ""), r["rid"]), reverse=query.descending)
    return rows


class RectificationTableModel(LazyTableModel):
    def __init__(self, ctx: AppContext, parent: Any = None) -> None:
        super().__init__(ctx, rectification_columns(), ListQuery(sort="deadline"), parent)
        self._rows: dict[int, Row] = {}

    def query_ids(self, services: Services, query: ListQuery) -> list[Any]:
        return read_items(services, query)  # whole rows; see _on_ids

    def _on_ids(self, generation: int, rows: list[Any]) -> None:
        if generation == self._generation:
            self._rows = {row["rid"]: row for row in rows}
        super()._on_ids(generation, [row["rid"] for row in rows])

    def fetch_rows(self, rids: list[int]) -> dict[int, Row]:
        return {rid: self._rows[rid] for rid in rids if rid in self._rows}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
            row = self.record(index.row())
            if row is None or not row.get("overdue"):
                return None
            return QColor(OVERDUE_COLOUR if role == Qt.ItemDataRole.ForegroundRole else OVERDUE_BACKGROUND)
        return super().data(index, role)
