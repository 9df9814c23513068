"""The dashboard: what is urgent in the ledger and letters, counts, the latest visits, follow-ups."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from app.services import Services
from tests.ui.conftest import add_enterprises
from tests.ui.ledger_helpers import make_entry
from ui.context import AppContext
from ui.dashboard_data import due_follow_ups, read_dashboard
from ui.models.lazy_table import ID_ROLE
from ui.models.ledger_text import OVERDUE_COLOUR, SOON_COLOUR
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


def overdue_letter(services: Services, entry_id: str) -> str:
    """An issued letter whose reply deadline has passed without a reply."""
    letter_id = services.create_letter(
        kind="监督建议书",
        entry_ids=(entry_id,),
        addressee="天河区住建局",
        organ="中共广州市天河区纪律检查委员会",
        deadline=(date.today() - timedelta(days=2)).isoformat(),
    ).id
    services.issue_letter(letter_id)
    return letter_id


def test_dashboard_shows_what_is_urgent_first(
    qtbot: Any, ctx: AppContext, services: Services, qtmodeltester: Any
) -> None:
    late = make_entry(services, "逾期三天", due_in=-3)
    soon = make_entry(services, "后天到期", due_in=2, handler="测试员")
    make_entry(services, "下月到期", due_in=30, handler="测试员")
    escalated = make_entry(services, "提级协调的", due_in=-5)
    services.transition(escalated, action="escalate", level="区级协调", reason="跨部门")
    letter_id = overdue_letter(services, late)

    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    cards = (page.overdue_card, page.soon_card, page.mine_card, page.letters_card)
    assert [card.value.text() for card in cards] == ["2", "1", "2", "1"]
    assert [page.urgent_model.row_record(r)["summary"] for r in range(3)] == [
        "提级协调的",
        "逾期三天",
        "后天到期",
    ]
    assert page.urgent_model.index(1, 1).data() == "逾期3天"
    assert page.urgent_model.index(2, 1).data() == "剩余2天"
    assert page.urgent_model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole).name() == OVERDUE_COLOUR
    assert page.urgent_model.index(2, 0).data(Qt.ItemDataRole.ForegroundRole).name() == SOON_COLOUR
    assert [page.mine_model.row_record(r)["id"] for r in range(2)][0] == soon
    assert page.letters_model.row_record(0)["id"] == letter_id
    assert page.urgent_caption.text() == "已逾期及3日内到期的诉求（3条）"
    assert page.mine_caption.text() == "我的待办 — 测试员（2条）"
    for model in (page.urgent_model, page.mine_model, page.letters_model):
        qtmodeltester.check(model)

    entries: list[str] = []
    letters: list[str] = []
    page.open_entry.connect(entries.append)
    page.open_letter.connect(letters.append)
    page.urgent_view.activated.emit(page.urgent_model.index(1, 2))
    page.mine_view.activated.emit(page.mine_model.index(0, 0))
    page.letters_view.activated.emit(page.letters_model.index(0, 1))
    assert entries == [late, soon] and letters == [letter_id]


def test_dashboard_column_widths_survive_a_restart(qtbot: Any, ctx: AppContext) -> None:
    first = DashboardPage(ctx)
    qtbot.addWidget(first)
    first.urgent_view.horizontalHeader().resizeSection(2, 321)
    first.save_state()
    second = DashboardPage(ctx)
    qtbot.addWidget(second)
    assert second.urgent_view.horizontalHeader().sectionSize(2) == 321
