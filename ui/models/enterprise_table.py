"""The enterprise registry as a lazy table (企业名录)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.domain.districts import name_of
from app.services import Services
from app.store.search import ListQuery
from ui.context import AppContext
from ui.models.lazy_table import Column, LazyTableModel, Row

translate = QCoreApplication.translate


def enterprise_columns() -> list[Column]:
    return [
        Column(
            "name", translate("EnterpriseTableModel", "Enterprise name"), lambda r: r["name"], "name", 260
        ),
        Column(
            "uscc",
            translate("EnterpriseTableModel", "Unified social credit code"),
            lambda r: r["uscc"],
            "uscc",
            190,
        ),
        Column(
            "district",
            translate("EnterpriseTableModel", "District"),
            lambda r: name_of(r["district"]),
            "district",
            80,
        ),
        Column(
            "industry",
            translate("EnterpriseTableModel", "Industry"),
            lambda r: r["industry"],
            "industry",
            180,
        ),
        Column(
            "ownership",
            translate("EnterpriseTableModel", "Ownership"),
            lambda r: r["ownership"],
            "ownership",
            80,
        ),
        Column(
            "contact", translate("EnterpriseTableModel", "Contact"), lambda r: r["contact"], "contact", 90
        ),
        Column("phone", translate("EnterpriseTableModel", "Phone"), lambda r: r["phone"], None, 130),
    ]


class EnterpriseTableModel(LazyTableModel):
    def __init__(self, ctx: AppContext, query: ListQuery | None = None, parent: Any = None) -> None:
        super().__init__(ctx, enterprise_columns(), query or ListQuery(sort="name"), parent)

    def query_ids(self, services: Services, query: ListQuery) -> list[int]:
        return services.enterprise_ids(query)

    def fetch_rows(self, rids: list[int]) -> dict[int, Row]:
        return self._ctx.services.enterprise_rows(rids)
