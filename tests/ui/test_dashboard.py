"""The dashboard: counts, the latest visits, and follow-ups overdue or due within a week."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from app.services import Services
from tests.ui.conftest import add_enterprises
from ui.context import AppContext
from ui.dashboard_data import due_follow_ups, read_dashboard
from ui.models.lazy_table import ID_ROLE
from ui.models.visit_summary import VisitSummaryModel, summary_columns
from ui.pages.dashboard import DashboardPage

TODAY = date(2026, 12, 3)


def make_visits(services: Services, follow_ups: list[str]) -> list[str]:
    add_enterprises(services, 1)
    rid = services.enterprise_ids()[0]
    enterprise_id = services.enterprise_rows([rid])[rid]["id"]
    return [
        services.create_visit(
            enterprise_id=enterprise_id,
            kind="回访",
            started_at=f"2026-11-{i + 1:02d} 09:00",
            officers=["王五"],
            follow_up_on=day,
        ).id
        for i, day in enumerate(follow_ups)
    ]


def test_due_follow_ups_are_overdue_or_within_a_week(services: Services) -> None:
    ids = make_visits(
        services, ["", "2026-11-20", "2026-12-03", "2026-12-10", "2026-12-11", "", "2027-01-01"]
    )
    rows, total = due_follow_ups(services, TODAY)
    assert [r["follow_up_on"] for r in rows] == ["2026-12-10", "2026-12-03", "2026-11-20"]
    assert total == 3
    assert [r["id"] for r in rows] == [ids[3], ids[2], ids[1]]
    rows, total = due_follow_ups(services, TODAY, limit=2)
    assert [r["follow_up_on"] for r in rows] == ["2026-12-10", "2026-12-03"] and total == 3


def test_no_follow_ups_at_all(services: Services) -> None:
    make_visits(services, ["", ""])
    assert due_follow_ups(services, TODAY) == ([], 0)


def test_dashboard_shows_counts_recent_and_due(
    qtbot: Any, ctx: AppContext, services: Services, qtmodeltester: Any
) -> None:
    ids = make_visits(services, ["2026-11-20", "", "2026-12-05"])
    data = read_dashboard(services, TODAY)
    assert (data.enterprises, data.visits, data.due_total) == (1, 3, 2)
    assert [r["id"] for r in data.recent] == list(reversed(ids))

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    assert page.enterprise_card.value.text() == "1"
    assert page.visit_card.value.text() == "3"
    assert page.recent_model.rowCount() == 3
    assert page.recent_model.index(0, 0).data(ID_ROLE) == ids[-1]
    qtmodeltester.check(page.recent_model)
    qtmodeltester.check(page.due_model)
    opened: list[str] = []
    page.open_visit.connect(opened.append)
    page.recent_view.activated.emit(page.recent_model.index(1, 0))
    assert opened == [ids[1]]


def test_summary_model_marks_urgent_rows(qtmodeltester: Any) -> None:
    model = VisitSummaryModel(
        summary_columns(with_follow_up=True), urgent=lambda row: row["follow_up_on"] < "2026-12-03"
    )
    model.set_rows(
        [
            {
                "id": "a",
                "started_at": "2026-11-01T09:00",
                "enterprise_name": "甲",
                "kind": "回访",
                "officers": ["王五"],
                "follow_up_on": "2026-12-01",
                "satisfaction": "",
            },
            {
                "id": "b",
                "started_at": "2026-11-02T09:00",
                "enterprise_name": "乙",
                "kind": "回访",
                "officers": ["李四"],
                "follow_up_on": "2026-12-05",
                "satisfaction": "",
            },
        ]
    )
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Horizontal) == "跟进期限"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
