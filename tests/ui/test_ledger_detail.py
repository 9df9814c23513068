"""An entry's detail: the whole closed loop by clicking the step buttons, the timeline, the dashboard."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from app.services import Services
from tests.ui.conftest import ShownMessages, wait_loaded
from tests.ui.ledger_helpers import (
    first_enterprise,
    make_entry,
    no_unexpected_ledger_dialogs,  # noqa: F401 (autouse)
)
from ui.context import AppContext
from ui.dialogs.ledger_action_dialog import ActionDialog
from ui.main_window import MainWindow
from ui.pages.ledger_detail import LedgerDetail

OFFICER = "测试员"  # the services fixture's officer


def answer_dialogs(monkeypatch: pytest.MonkeyPatch, answers: dict[str, dict[str, Any]]) -> list[str]:
    """Make each step's parameter dialog answer with ``answers[action]``; returns the actions asked."""
    asked: list[str] = []

    def ask(cls: Any, parent: Any, entry: dict[str, Any], action: str, departments: Any = ()) -> Any:
        asked.append(action)
        return dict(answers.get(action, {}))  # read when asked: the test may change an answer meanwhile

    monkeypatch.setattr(ActionDialog, "ask", classmethod(ask))
    return asked


def buttons(detail: LedgerDetail) -> list[str]:
    return [button.text() for button in detail.action_buttons.values()]


def click(qtbot: Any, detail: LedgerDetail, label: str) -> None:
    button = next(b for b in detail.action_buttons.values() if b.text() == label)
    assert button.isVisible() and button.isEnabled()
    button.click()


def show_dashboard(qtbot: Any, window: MainWindow) -> None:
    with qtbot.waitSignal(window.dashboard.loaded):
        window.show_page("dashboard")


def entry_from_visit(services: Services) -> str:
    """An enterprise demand raised on a visit; calendar days so "due within 3 days" is certain."""
    services.set_settings(limit_unit="calendar", time_limits={"求助": 2})
    enterprise = first_enterprise(services)
    visit_id = services.create_visit(
        enterprise_id=enterprise["id"],
        kind="走访调研",
        started_at=f"{date.today().isoformat()} 09:00",
        officers=[OFFICER],
        demands=["希望协调解决厂区周边道路积水"],
    ).id
    entries = services.entries_of(visit_id=visit_id)
    assert len(entries) == 1
    return str(entries[0]["id"])


def test_an_entry_from_a_visit_goes_through_every_state_to_closed(
    qtbot: Any,
    main_window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    messages: ShownMessages,
    qtmodeltester: Any,
) -> None:
    entry_id = entry_from_visit(services)
    window = main_window
    window.show()
    show_dashboard(qtbot, window)
    dashboard = window.dashboard
    assert dashboard.soon_card.value.text() == "1"
    assert dashboard.overdue_card.value.text() == "0"
    assert dashboard.urgent_model.index(0, 0).data() == (date.today() + timedelta(days=2)).isoformat()

    opened: list[str] = []
    dashboard.open_entry.connect(opened.append)
    dashboard.urgent_view.activated.emit(dashboard.urgent_model.index(0, 3))  # opens it on the ledger screen
    assert opened == [entry_id]
    assert window.current_page() is window.ledger
    detail = window.ledger.detail_pane
    assert detail.entry_id == entry_id
    assert detail.grid.values["status"].text() == "待签收"
    assert "剩余2天" in detail.grid.values["due_on"].text()
    assert detail.grid.values["visit"].text().count("<a ") == 1  # the visit it came from
    assert buttons(detail) == ["分办", "提级协调"]  # nothing else is possible from 待签收

    new_due = (date.today() + timedelta(days=3)).isoformat()
    answers: dict[str, dict[str, Any]] = {
        "dispatch": {"department": "天河区住建局", "handler": OFFICER},
        "extend": {"due_on": new_due, "reason": "需现场勘察"},
        "escalate": {"level": "区级协调", "reason": "涉及多个部门"},
        "feedback": {"reply": "已疏通排水管网"},
        "rate": {"satisfaction": "不满意", "return_visit": "电话回访"},
        "redo": {"reason": "雨天仍有积水"},
    }
    asked = answer_dialogs(monkeypatch, answers)
    click(qtbot, detail, "分办")
    assert detail.grid.values["status"].text() == "已分办"
    assert "签收办理" in buttons(detail) and "退回" in buttons(detail) and "办结" not in buttons(detail)
    click(qtbot, detail, "签收办理")
    click(qtbot, detail, "申请延期")
    assert detail.entry is not None and detail.entry["due_on"] == new_due
    click(qtbot, detail, "提级协调")
    assert "区级协调" in detail.grid.values["escalation"].text()

    show_dashboard(qtbot, window)  # still due within three days, and it is the officer's own
    assert (dashboard.soon_card.value.text(), dashboard.mine_card.value.text()) == ("1", "1")
    assert dashboard.mine_model.index(0, 0).data() == new_due
    assert dashboard.urgent_model.rowCount() == 1
    window.open_entry(entry_id)

    click(qtbot, detail, "反馈")
    click(qtbot, detail, "评价")
    assert buttons(detail) == ["重办", "提级协调"]  # 不满意: closing is impossible, so there is no button
    click(qtbot, detail, "重办")
    assert detail.grid.values["status"].text() == "办理中"
    answers["feedback"] = {"reply": "已改造排水管网"}
    click(qtbot, detail, "反馈")
    answers["rate"] = {"satisfaction": "满意"}
    click(qtbot, detail, "评价")
    assert "办结" in buttons(detail)
    click(qtbot, detail, "办结")
    assert asked[-1] == "close"  # the irreversible step asks (for confirmation) too

    entry = services.entry(entry_id)
    assert (entry["status"], entry["satisfaction"], entry["reply"]) == ("已办结", "满意", "已改造排水管网")
    assert buttons(detail) == [] and detail.no_steps.isVisible()
    assert messages.errors == []
    timeline = detail.timeline_model
    rows = [[timeline.index(r, c).data() for c in range(5)] for r in range(timeline.rowCount())]
    assert [row[2] for row in rows] == [
        "登记录入",
        "分办",
        "签收办理",
        "申请延期",
        "提级协调",
        "反馈",
        "评价",
        "重办",
        "反馈",
        "评价",
        "办结",
    ]
    assert rows[1][1] == OFFICER
    assert rows[1][3] == "待签收 → 已分办" and "责任单位：天河区住建局" in rows[1][4]
    assert rows[3][3] == "办理中" and f"新的到期日期：{new_due}" in rows[3][4] and "需现场勘察" in rows[3][4]
    assert rows[7][4] == "雨天仍有积水"
    assert detail.timeline_caption.text() == "办理过程（11）"
    qtmodeltester.check(timeline)

    show_dashboard(qtbot, window)  # closed: no longer urgent, no longer the officer's to do
    assert (dashboard.soon_card.value.text(), dashboard.mine_card.value.text()) == ("0", "0")
    assert dashboard.urgent_model.rowCount() == 0


def test_a_refused_step_shows_the_core_message(
    qtbot: Any,
    ctx: AppContext,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    messages: ShownMessages,
) -> None:
    entry_id = make_entry(services, "审批材料反复退回")
    detail = LedgerDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_entry(entry_id)
    assert buttons(detail) == ["分办", "提级协调"]
    # Meanwhile the entry is dispatched elsewhere (another window, a sync): the button is stale.
    services.transition(entry_id, action="dispatch", department="白云区市场监管局")
    answer_dialogs(monkeypatch, {"dispatch": {"department": "天河区住建局"}})
    assert not detail.run_action("dispatch")
    assert messages.errors == ["当前状态为“已分办”，不能分办；此时可以：签收办理、退回、申请延期、提级协调"]
    assert services.entry(entry_id)["department"] == "白云区市场监管局"
    assert "签收办理" in buttons(detail)  # the detail shows the entry as it now is


def test_extension_dialog_wants_a_later_date(qtbot: Any, services: Services) -> None:
    entry_id = make_entry(services, "消防验收迟迟未办", due_in=5)
    services.transition(entry_id, action="dispatch", department="天河区住建局")
    entry = services.entry(entry_id)
    dialog = ActionDialog(entry, "extend")
    qtbot.addWidget(dialog)
    due = date.fromisoformat(entry["due_on"])
    dialog.due_on.setDate(due)
    dialog.reason.setPlainText("需补充材料")
    dialog.accept()
    assert dialog.result() == 0
    problems = dialog.form.problem_labels["due_on"].messages()
    assert problems == [f"新的到期日期{due.isoformat()}必须晚于当前到期日期{due.isoformat()}"]
    dialog.due_on.setDate(due + timedelta(days=5))
    assert dialog.params() == {"due_on": (due + timedelta(days=5)).isoformat(), "reason": "需补充材料"}
    assert dialog.form.problem_labels["due_on"].messages() == []


def test_links_open_the_visit_and_the_rectification(qtbot: Any, ctx: AppContext, services: Services) -> None:
    entry_id = entry_from_visit(services)
    item_id = services.create_rectification(
        text="疏通厂区周边排水管网", responsible="天河区住建局", deadline="2027-01-31", entry_id=entry_id
    ).id
    detail = LedgerDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_entry(entry_id)
    visits: list[str] = []
    items: list[str] = []
    detail.visit_activated.connect(visits.append)
    detail.rectification_activated.connect(items.append)
    assert "疏通厂区周边排水管网" in detail.grid.values["rectifications"].text()
    detail.grid.values["visit"].linkActivated.emit(f"visit:{services.entry(entry_id)['visit_id']}")
    detail.grid.values["rectifications"].linkActivated.emit(f"rect:{item_id}")
    assert visits == [services.entry(entry_id)["visit_id"]] and items == [item_id]


def test_ledger_list_follows_the_detail_after_a_step(
    qtbot: Any, main_window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = make_entry(services, "留抵退税办理时间长")
    main_window.show()
    main_window.open_entry(entry_id)
    page = main_window.ledger
    wait_loaded(qtbot, page.model)
    answer_dialogs(monkeypatch, {"dispatch": {"department": "海珠区税务局"}})
    page.detail_pane.run_action("dispatch")
    qtbot.waitUntil(lambda: page.model.record(0)["status"] == "已分办")
    assert page.model.index(0, 6).data() == "海珠区税务局"
    qtbot.waitUntil(lambda: "海珠区税务局" in page.departments)
