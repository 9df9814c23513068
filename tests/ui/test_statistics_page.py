"""统计: the key figures of a small hand-made ledger, the charts, and the PNG export."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage

from app.services import Services
from tests.ui.conftest import ShownMessages
from tests.ui.ledger_helpers import (
    first_enterprise,
    no_unexpected_ledger_dialogs,  # noqa: F401 (autouse)
)
from ui.context import AppContext
from ui.dialogs.ledger_files import LedgerFiles
from ui.pages.statistics import StatisticsPage, period


def entry(services: Services, accepted: str, limit: int, **fields: Any) -> str:
    values = {
        "source": "平台工单",
        "enterprise_id": first_enterprise(services)["id"],
        "matter_type": "投诉",
        "scenario": "慢作为",
        "summary": "诉求",
        "accepted_on": accepted,
    }
    values.update(fields)
    return services.create_entry(limit_days=limit, limit_unit="calendar", **values).id


def close(services: Services, entry_id: str, satisfaction: str, at: datetime | None) -> None:
    services.transition(entry_id, action="dispatch", department="天河区住建局")
    services.transition(entry_id, action="accept")
    services.transition(entry_id, action="feedback", reply="已办理")
    services.transition(entry_id, action="rate", satisfaction=satisfaction)
    if at is not None:
        services.transition(entry_id, action="close", at=at)


@pytest.fixture
def ledger(services: Services) -> None:
    """Six entries in March–April 2026 whose figures are worked out by hand.

    Closed: 86 h (on time), 36 h (on time), 34 h (due the day accepted: late). Average 52 h = 2天4小时,
    median 36 h = 1天12小时, on time 2 of 3. Rated 满意, 基本满意, 满意 and one 不满意 still open: 3 of 4
    satisfied. Open: one overdue since March, one escalated with a far due date, the 不满意 one.
    """
    close(services, entry(services, "2026-03-02", 5), "满意", datetime(2026, 3, 5, 14, 0))
    close(
        services, entry(services, "2026-03-02", 5, matter_type="咨询"), "基本满意", datetime(2026, 3, 3, 12)
    )
    close(services, entry(services, "2026-03-02", 0, scenario="不作为"), "满意", datetime(2026, 3, 3, 10))
    entry(services, "2026-03-10", 3)
    escalated = entry(services, "2026-04-01", 3650, matter_type="求助")
    services.transition(escalated, action="escalate", level="市级协调", reason="跨区事项")
    close(services, entry(services, "2026-03-20", 3650), "不满意", None)
    entry(services, "2025-12-30", 10)  # outside the period


def page_for(qtbot: Any, ctx: AppContext, start: QDate, end: QDate) -> StatisticsPage:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    page.date_from.setDate(start)
    page.date_to.setDate(end)
    qtbot.waitUntil(
        lambda: (
            page.data is not None
            and page.data["filters"]["from"] == start.toString("yyyy-MM-dd")
            and page.data["filters"]["to"] == end.toString("yyyy-MM-dd")
        )
    )
    return page


def tiles(page: StatisticsPage) -> dict[str, str]:
    return {key: tile.value.text() for key, tile in page.tiles.items()}


def test_key_figures_of_a_hand_made_ledger(qtbot: Any, ctx: AppContext, ledger: None) -> None:
    page = page_for(qtbot, ctx, QDate(2026, 3, 1), QDate(2026, 4, 30))
    assert page.preset.currentData() == "custom"
    assert tiles(page) == {
        "total": "6",
        "open": "3",
        "overdue": "1",
        "avg": "2天4小时",
        "median": "1天12小时",
        "on_time": "66.7%",
        "satisfaction": "75.0%",
        "escalated": "1",
    }
    assert page.period_label.text() == "诉求台账统计 — 受理时间 2026-03-01 至 2026-04-30"
    assert len(page.chart_views) == 6 and all(isinstance(v, QChartView) for v in page.chart_views)
    titles = [view.chart().title() for view in page.chart_views]
    assert titles[0] == "按办理状态" and titles[4] == "每月受理数量"
    status_bars = page.chart_views[0].chart().series()[0].barSets()[0]
    assert [int(status_bars.at(i)) for i in range(status_bars.count())] == [2, 0, 0, 0, 1, 3]


def test_all_time_and_an_empty_period(qtbot: Any, ctx: AppContext, ledger: None) -> None:
    page = StatisticsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.data is not None)
    page.preset.setCurrentIndex(page.preset.findData("all"))
    qtbot.waitUntil(lambda: page.data is not None and page.data["total"] == 7)
    assert not page.date_from.isEnabled()
    page.preset.setCurrentIndex(page.preset.findData("custom"))
    page.date_from.setDate(QDate(2020, 1, 1))
    page.date_to.setDate(QDate(2020, 12, 31))
    qtbot.waitUntil(lambda: page.data is not None and page.data["total"] == 0)
    assert tiles(page)["avg"] == "—" and tiles(page)["on_time"] == "—"


def test_export_charts_as_png(
    qtbot: Any,
    ctx: AppContext,
    ledger: None,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: ShownMessages,
) -> None:
    page = page_for(qtbot, ctx, QDate(2026, 3, 1), QDate(2026, 4, 30))
    page.resize(1200, 800)
    target = tmp_path / "统计图表.png"
    suggested: list[str] = []

    def save_image(cls: Any, parent: Any, name: str) -> Path:
        suggested.append(name)
        return target

    monkeypatch.setattr(LedgerFiles, "save_image", classmethod(save_image))
    page.export_button.click()
    assert suggested[0].startswith("诉求台账统计") and suggested[0].endswith(".png")
    assert target.stat().st_size > 10_000
    image = QImage(str(target))
    assert image.width() > 600 and image.height() > 800  # the figures and all six charts
    assert messages.infos == [f"统计图表已保存至 {target}。"]


def test_preset_periods() -> None:
    today = datetime(2026, 12, 3).date()
    assert period("year", today) == (datetime(2026, 1, 1).date(), today)
    assert period("month", today) == (datetime(2026, 12, 1).date(), today)
    assert period("last_year", today) == (datetime(2025, 1, 1).date(), datetime(2025, 12, 31).date())
    assert period("all", today) == (None, None)
