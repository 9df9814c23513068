"""Ledger entries through the service API: numbering, the whole loop, timeline, visits, statistics."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from app.errors import ValidationFailed
from app.services import Services, open_services


@pytest.fixture
def enterprise_id(services: Services) -> str:
    return services.create_enterprise(
        name="广州市天河区星汇信息科技有限公司", uscc="91350100M000100Y43", district="天河"
    ).id


def new_entry(services: Services, enterprise_id: str, **fields: object) -> str:
    values: dict[str, object] = {
        "source": "走访",
        "enterprise_id": enterprise_id,
        "matter_type": "投诉",
        "scenario": "慢作为",
        "summary": "施工许可审批超时",
        "accepted_on": "2026-09-29",
    }
    values.update(fields)
    return services.create_entry(**values).id


def test_entry_gets_due_date_from_its_matter_type(services: Services, enterprise_id: str) -> None:
    entry = services.entry(new_entry(services, enterprise_id, matter_type="咨询"))
    assert (entry["limit_days"], entry["due_on"], entry["status"]) == (3, "2026-10-09", "待签收")
    services.set_settings(time_limits={"咨询": 1})
    assert services.entry(new_entry(services, enterprise_id, matter_type="咨询"))["due_on"] == "2026-09-30"


def test_numbers_are_unique_per_device_and_sequential(services: Services, enterprise_id: str) -> None:
    first = services.entry(new_entry(services, enterprise_id))["number"]
    second = services.entry(new_entry(services, enterprise_id))["number"]
    assert re.fullmatch(r"2026-[0-9A-Z]{5}-0001", first)
    assert second == first[:-4] + "0002"


def test_two_devices_offline_at_the_same_minute_never_collide(tmp_path, enterprise_id: str) -> None:
    numbers = set()
    for name in ("laptop-a", "laptop-b"):
        other = open_services(tmp_path / name, actor=name)
        eid = other.create_enterprise(name="广州某公司", uscc="91350100M000100Y43", district="天河").id
        numbers.add(other.entry(new_entry(other, eid))["number"])
        assert other.device_tag() != ""
        other.close()
    assert len(numbers) == 2


def test_full_loop_to_closed_with_timeline(services: Services, enterprise_id: str) -> None:
    eid = new_entry(services, enterprise_id)
    services.transition(eid, action="dispatch", department="区住建局", handler="王五")
    services.transition(eid, action="accept")
    services.transition(eid, action="extend", due_on="2026-10-30", reason="需现场勘察")
    services.transition(eid, action="feedback", reply="已完成审批")
    services.transition(eid, action="rate", satisfaction="不满意")
    services.transition(eid, action="redo", reason="企业不满意")
    services.transition(eid, action="feedback", reply="补充说明后企业认可")
    services.transition(eid, action="rate", satisfaction="基本满意")
    services.transition(eid, action="escalate", level="区级协调", reason="涉及多部门")
    services.transition(eid, action="close", closed_at="2026-10-20T16:00")
    entry = services.entry(eid)
    assert (entry["status"], entry["department"], entry["due_on"], entry["satisfaction"]) == (
        "已办结",
        "区住建局",
        "2026-10-30",
        "基本满意",
    )
    events = services.timeline(eid)
    assert [(e["action"], e["from_status"], e["to_status"]) for e in events] == [
        ("register", "", "待签收"),
        ("dispatch", "待签收", "已分办"),
        ("accept", "已分办", "办理中"),
        ("extend", "办理中", "办理中"),
        ("feedback", "办理中", "已反馈"),
        ("rate", "已反馈", "已评价"),
        ("redo", "已评价", "办理中"),
        ("feedback", "办理中", "已反馈"),
        ("rate", "已反馈", "已评价"),
        ("escalate", "已评价", "已评价"),
        ("close", "已评价", "已办结"),
    ]
    assert events[3]["data"]["previous_due_on"] == "2026-10-22" and events[3]["reason"] == "需现场勘察"
    assert all(e["created_by"] == "测试员" for e in events)
    assert services.verify_audit() == []


def test_illegal_transition_is_refused_and_changes_nothing(services: Services, enterprise_id: str) -> None:
    eid = new_entry(services, enterprise_id)
    with pytest.raises(ValidationFailed, match="此时可以：分办、提级协调"):
        services.transition(eid, action="close")
    assert services.entry(eid)["status"] == "待签收"
    assert len(services.timeline(eid)) == 1


def test_overdue_is_derived(services: Services, enterprise_id: str) -> None:
    old = new_entry(services, enterprise_id, accepted_on=(date.today() - timedelta(days=60)).isoformat())
    fresh = new_entry(services, enterprise_id, accepted_on=date.today().isoformat())
    assert services.entry(old)["overdue"] and not services.entry(fresh)["overdue"]
    due = [e["id"] for e in services.due_entries(within_days=3)]
    assert old in due
    from app.store.search import ListQuery

    overdue_rids = services.entry_ids(ListQuery(filters={"overdue": True}))
    assert [r["id"] for r in services.entry_rows(overdue_rids).values()] == [old]


def test_each_demand_of_a_visit_becomes_a_linked_entry_once(services: Services, enterprise_id: str) -> None:
    visit = services.create_visit(
        enterprise_id=enterprise_id,
        kind="走访调研",
        started_at="2026-11-02 10:00",
        officers=["张三"],
        demands=["协调用电增容", "加快退税办理"],
    )
    entries = services.entries_of(visit_id=visit.id)
    assert sorted(e["summary"] for e in entries) == ["加快退税办理", "协调用电增容"]
    assert {e["source"] for e in entries} == {"走访"} and {e["accepted_on"] for e in entries} == {
        "2026-11-02"
    }
    services.update_visit(visit.id, demands=["协调用电增容", "加快退税办理", "解决员工子女入学"])
    assert len(services.entries_of(visit_id=visit.id)) == 3


def test_rectification_is_ticked_off_only_after_a_return_visit(
    services: Services, enterprise_id: str
) -> None:
    entry = new_entry(services, enterprise_id)
    item = services.create_rectification(
        text="规范审批流程", responsible="区住建局", deadline="2026-12-31", entry_id=entry
    ).id
    services.rectification_action(item, action="start")
    services.rectification_action(item, action="submit")
    with pytest.raises(ValidationFailed, match="核查回访记录不能为空"):
        services.rectification_action(item, action="verify")
    visit = services.create_visit(
        enterprise_id=enterprise_id, kind="回访", started_at="2026-12-20 10:00", officers=["张三"]
    )
    services.rectification_action(item, action="verify", verify_visit_id=visit.id)
    row = services.rectification(item)
    assert (row["status"], row["verify_visit_id"], row["overdue"]) == ("已销号", visit.id, False)
    with pytest.raises(ValidationFailed, match="当前状态为“已销号”"):
        services.rectification_action(item, action="start")


def test_statistics_match_a_hand_computation(services: Services, enterprise_id: str) -> None:
    # Three closed entries: 3天14小时, 1天2小时 and 6天0小时 → average 3天13.33小时, median 3天14小时.
    plan = [
        ("2026-03-02T09:00", "2026-03-05T23:00", "满意", "咨询"),  # 86 h, due 03-05 → on time
        ("2026-03-10T08:00", "2026-03-11T10:00", "基本满意", "投诉"),  # 26 h
        ("2026-03-30", "2026-04-05T00:00", "满意", "咨询"),
    ]  # 144 h, due 04-02 (3 wd) → late
    for accepted, closed, rating, kind in plan:
        eid = new_entry(services, enterprise_id, accepted_on=accepted, matter_type=kind)
        for action, params in [
            ("dispatch", {"department": "区住建局"}),
            ("accept", {}),
            ("feedback", {"reply": "已办"}),
            ("rate", {"satisfaction": rating}),
            ("close", {"closed_at": closed}),
        ]:
            services.transition(eid, action=action, **params)
    unhappy = new_entry(services, enterprise_id, accepted_on="2026-04-02", matter_type="求助")
    for action, params in [
        ("dispatch", {"department": "区税务局"}),
        ("accept", {}),
        ("feedback", {"reply": "x"}),
        ("rate", {"satisfaction": "不满意"}),
    ]:
        services.transition(unhappy, action=action, **params)
    services.transition(
        new_entry(services, enterprise_id, accepted_on="2026-05-06"),
        action="escalate",
        level="市级协调",
        reason="跨部门",
    )
    stats = services.statistics(today=date(2026, 6, 1))
    assert stats["total"] == 5
    assert stats["by_status"] == {
        "待签收": 1,
        "已分办": 0,
        "办理中": 0,
        "已反馈": 0,
        "已评价": 1,
        "已办结": 3,
    }
    assert stats["avg_resolution_hours"] == pytest.approx((86 + 26 + 144) / 3, abs=0.01)
    assert stats["median_resolution_hours"] == 86
    assert stats["median_resolution_text"] == "3天14小时"
    assert stats["avg_resolution_text"] == "3天13小时"
    assert stats["on_time_rate"] == pytest.approx(2 / 3, abs=1e-4)
    assert stats["satisfaction_rate"] == 0.75
    assert stats["overdue"] == 2 and stats["escalated"] == 1
    assert stats["by_month"] == {"2026-03": 3, "2026-04": 1, "2026-05": 1}
    assert stats["by_department"]["区住建局"] == 3
    assert stats["by_district"] == {"天河区": 5}
    later = services.statistics(date_from="2026-03-15", date_to="2026-04-30", today=date(2026, 6, 1))
    assert (later["total"], later["closed"], later["on_time_rate"]) == (2, 1, 0.0)


def test_editing_with_unchanged_type_keeps_an_extension(services: Services, enterprise_id: str) -> None:
    eid = new_entry(services, enterprise_id)
    services.transition(eid, action="dispatch", department="区住建局")
    services.transition(eid, action="extend", due_on="2026-11-30", reason="需现场勘察")
    services.update_entry(
        eid, matter_type="投诉", accepted_on="2026-09-29", summary="施工许可审批超时（补充）"
    )
    assert services.entry(eid)["due_on"] == "2026-11-30"
    services.update_entry(eid, matter_type="咨询")
    assert services.entry(eid)["due_on"] == "2026-10-09"
    assert services.departments() == ["区住建局"]


def test_a_demand_is_registered_at_the_visit_it_was_raised_in(services: Services, enterprise_id: str) -> None:
    visit = services.create_visit(enterprise_id=enterprise_id, kind="走访调研", started_at="2026-11-02 10:30",
                                  officers=["张三"], demands=["协调用电增容"])
    entry = services.entries_of(visit_id=visit.id)[0]
    assert services.timeline(entry["id"])[0]["data"] == {"at": "2026-11-02T10:30"}
