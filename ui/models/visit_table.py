"""Visits as a lazy table (走访记录), newest first unless the officer sorts otherwise."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.services import Services
from app.store.search import ListQuery
from ui.context import AppContext
from ui.models.lazy_table import Column, LazyTableModel, Row

translate = QCoreApplication.translate


def minutes(value: str) -> str:
    """The stored ``2026-12-03T09:30`` as people write it: ``2026-12-03 09:30``."""
    return (value or "").replace("T", " ")


def visit_columns() -> list[Column]:
    return [
        Column(
            "started_at",
            translate("VisitTableModel", "Visit time"),
            lambda r: minutes(r["started_at"]),
            "started_at",
            130,
        ),
        Column(
            "enterprise",
            translate("VisitTableModel", "Enterprise"),
            lambda r: r["enterprise_name"],
            "enterprise",
            260,
        ),
        Column("kind", translate("VisitTableModel", "Type"), lambda r: r["kind"], "kind", 100),
        Column(
            "officers",
            translate("VisitTableModel", "Officers"),
            lambda r: "、".join(r["officers"]),
            None,
            160,
        ),
        Column(
            "satisfaction",
            translate("VisitTableModel", "Satisfaction"),
            lambda r: r["satisfaction"],
            "satisfaction",
            80,
        ),
        Column(
            "follow_up_on",
            translate("VisitTableModel", "Next follow-up"),
            lambda r: r["follow_up_on"],
            "follow_up_on",
            100,
        ),
    ]


class VisitTableModel(LazyTableModel):
    def __init__(self, ctx: AppContext, query: ListQuery | None = None, parent: Any = None) -> None:
        super().__init__(ctx, visit_columns(), query or ListQuery(sort="started_at", descending=True), parent)

    def query_ids(self, services: Services, query: ListQuery) -> list[int]:
        return services.visit_ids(query)

    def fetch_rows(self, rids: list[int]) -> dict[int, Row]:
        return self._ctx.services.visit_rows(rids)
