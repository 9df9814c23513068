"""同步与设置 for the ledger and letters: time limits, day counting, scenarios, 文号 prefixes, fonts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.deadlines import known_years
from app.domain.ledger import DEFAULT_SCENARIOS
from app.services import Services
from tests.ui.ledger_helpers import (
    first_enterprise,
    no_unexpected_ledger_dialogs,  # noqa: F401 (autouse)
)
from ui.context import AppContext
from ui.pages.settings import SettingsPage


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> SettingsPage:
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.show()
    qtbot.waitUntil(lambda: "…" not in settings.letter_settings.fonts_found.text())
    return settings


def new_entry_due(services: Services, accepted: str = "2026-03-02") -> str:
    changes = services.create_entry(
        source="来电",
        enterprise_id=first_enterprise(services)["id"],
        matter_type="投诉",
        scenario="其他",
        summary="新的诉求",
        accepted_on=accepted,
    )
    return str(services.entry(changes.id)["due_on"])


def test_time_limits_persist_and_change_a_new_entry_due_date(
    qtbot: Any, page: SettingsPage, services: Services, ctx: AppContext
) -> None:
    group = page.ledger_settings
    assert group.limits["投诉"].value() == 13 and group.working.isChecked()
    assert new_entry_due(services) == "2026-03-19"  # 13 working days after Monday 2 March 2026
    group.limits["投诉"].setValue(4)
    group.calendar.setChecked(True)
    assert group.save()
    assert services.time_limits()["投诉"] == 4 and services.limit_unit() == "calendar"
    assert new_entry_due(services) == "2026-03-06"
    again = SettingsPage(ctx)  # what is saved is what the next visit shows
    qtbot.addWidget(again)
    again.refresh()
    assert again.ledger_settings.limits["投诉"].value() == 4 and again.ledger_settings.calendar.isChecked()


def test_scenario_list_is_edited_and_checked(page: SettingsPage, services: Services) -> None:
    group = page.ledger_settings
    assert group.scenario_names() == list(DEFAULT_SCENARIOS)
    group.add_scenario()
    group.scenarios.item(group.scenarios.count() - 1).setText("涉企收费")
    group.scenarios.setCurrentRow(0)
    group.remove_scenario()
    assert group.save()
    assert services.scenarios() == (*DEFAULT_SCENARIOS[1:], "涉企收费")
    group.scenarios.item(0).setText("涉企收费")
    assert not group.save()
    assert group.note.text() == "“涉企收费”重复出现。"
    assert services.scenarios()[0] == DEFAULT_SCENARIOS[1]


def test_letter_settings_persist(page: SettingsPage, services: Services) -> None:
    group = page.letter_settings
    assert group.prefixes["监督建议书"].text() == "穗纪建"
    group.organ.setText("中共广州市天河区纪律检查委员会")
    group.prefixes["提醒函"].setText("穗天纪提")
    group.official_fonts.setChecked(True)
    assert group.save()
    assert services.get_setting("organ_name") == "中共广州市天河区纪律检查委员会"
    assert services.letter_prefixes()["提醒函"] == "穗天纪提"
    assert services.get_setting("official_fonts") is True


def test_fonts_line_and_holiday_years(page: SettingsPage, tmp_path: Path) -> None:
    first, last = known_years()
    note = page.ledger_settings.calendar_note.text()
    assert f"{first}–{last}" in note and "暂定" in note
    group = page.letter_settings
    group.show_fonts({})
    assert group.fonts_found.text() == "本机未安装公文字体，文书使用随附的替代字体。"
    group.show_fonts({"body": tmp_path / "simfang.ttf"})
    assert group.fonts_found.text().startswith("已找到：simfang.ttf。未找到：")


def test_saving_one_group_keeps_what_is_typed_in_the_other(page: SettingsPage, services: Services) -> None:
    page.letter_settings.organ.setText("尚未保存的机关名称")
    page.ledger_settings.limits["咨询"].setValue(2)
    assert page.ledger_settings.save()
    assert page.letter_settings.organ.text() == "尚未保存的机关名称"
    assert services.get_setting("organ_name") is None
