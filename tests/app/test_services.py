"""The service API: validation, transactions, audit and outbox rows, search."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.domain import uscc
from app.errors import ValidationFailed
from app.services import Services
from app.store.search import ListQuery

VALID = "91350100M000100Y43"


def make_enterprise(
    services: Services, name: str = "广州市天河区星汇信息科技有限公司", code: str = VALID, **extra: object
) -> str:
    return services.create_enterprise(name=name, uscc=code, district="天河区", **extra).id


def test_create_stores_district_code_and_normalised_uscc(services: Services) -> None:
    eid = make_enterprise(services, code="91350100m000100y43", tags="高新技术企业、专精特新")
    row = services.enterprise(eid)
    assert (row["district"], row["uscc"], row["tags"]) == ("440106", VALID, ["高新技术企业", "专精特新"])
    assert row["created_by"] == "测试员" and row["deleted_at"] is None


def test_duplicate_uscc_is_refused_naming_the_existing_enterprise(services: Services) -> None:
    make_enterprise(services)
    with pytest.raises(ValidationFailed) as info:
        make_enterprise(services, name="另一家公司")
    assert info.value.problems[0].code == "uscc.duplicate"
    assert "广州市天河区星汇信息科技有限公司" in info.value.message()


def test_every_problem_is_reported_with_its_field(services: Services) -> None:
    with pytest.raises(ValidationFailed) as info:
        services.create_enterprise(name="", uscc="12345", district="朝阳区")
    fields = {p.field: p.code for p in info.value.problems}
    assert fields == {"name": "required", "uscc": "uscc.length", "district": "district.unknown"}
    assert services.enterprise_count() == 0


def test_mutation_writes_audit_and_outbox_in_the_same_transaction(services: Services) -> None:
    eid = make_enterprise(services)
    services.update_enterprise(eid, contact="李四", phone="020-38880000")
    audit = list(services.db.query("SELECT action, record_id, payload FROM audit_log ORDER BY seq"))
    assert [a["action"] for a in audit] == ["enterprises.insert", "enterprises.update"]
    assert json.loads(audit[1]["payload"]) == {"contact": "李四", "phone": "020-38880000"}
    outbox = list(services.db.query("SELECT op, fields, hlc FROM sync_outbox ORDER BY device_seq"))
    assert [o["op"] for o in outbox] == ["insert", "update"]
    assert outbox[0]["hlc"] < outbox[1]["hlc"]


def test_failed_mutation_leaves_no_trace(services: Services, tmp_path: Path) -> None:
    eid = make_enterprise(services)
    missing = tmp_path / "missing.jpg"
    with pytest.raises(Exception, match="无法读取附件"):
        services.create_visit(
            enterprise_id=eid,
            kind="走访调研",
            started_at="2026-12-03 09:00",
            officers=["张三"],
            photos=[missing],
        )
    assert services.db["visits"].count == 0
    assert services.db["audit_log"].count == 1
    assert services.db["sync_outbox"].count == 1


def test_unchanged_update_writes_nothing(services: Services) -> None:
    eid = make_enterprise(services)
    changes = services.update_enterprise(eid, name="广州市天河区星汇信息科技有限公司")
    assert not changes.touches("enterprises")
    assert services.db["audit_log"].count == 1


def test_soft_delete_hides_but_keeps_the_row(services: Services) -> None:
    eid = make_enterprise(services)
    services.delete_enterprise(eid)
    assert services.enterprise_ids() == []
    assert services.enterprise(eid)["deleted_at"]
    make_enterprise(services, name="重新登记的公司")  # the USCC is free again


def test_search_long_short_and_uscc(services: Services) -> None:
    names = [
        "广州市天河区星汇信息科技有限公司",
        "广州白云机场物流有限公司",
        "广州市海珠区百汇餐饮管理有限公司",
    ]
    for i, name in enumerate(names):
        code = uscc.make(f"9144010{i}" + uscc.make_org_code("MA5D0B1T"))
        services.create_enterprise(name=name, uscc=code, district="天河", address=f"天河路{i + 1}号")

    def found(text: str) -> set[str]:
        rows = services.enterprise_rows(services.enterprise_ids(ListQuery(text=text)))
        return {r["name"] for r in rows.values()}

    assert found("星汇信息") == {names[0]}
    assert found("汇") == {names[0], names[2]}  # one character: no trigram, base-table fallback
    assert found("白云") == {names[1]}
    assert found("天河路2号") == {names[1]}
    assert found("9144010") == set(names)
    assert found('"%_') == set()


def test_sort_and_filter_in_sql(services: Services) -> None:
    for i, (name, district) in enumerate([("乙公司", "海珠"), ("甲公司", "天河"), ("丙公司", "天河")]):
        services.create_enterprise(
            name=name, uscc=uscc.make(f"9144010{i}" + uscc.make_org_code("MA5D0B1T")), district=district
        )
    rows = services.enterprise_rows(ids := services.enterprise_ids(ListQuery(sort="name", descending=True)))
    assert [rows[i]["name"] for i in ids] == sorted(["乙公司", "甲公司", "丙公司"], reverse=True)
    assert len(services.enterprise_ids(ListQuery(filters={"district": "440106"}))) == 2


def test_visit_with_photo_is_stored_once_by_content(services: Services, tmp_path: Path) -> None:
    eid = make_enterprise(services)
    photo = tmp_path / "现场.jpg"
    photo.write_bytes(b"\xff\xd8 pretend jpeg bytes")
    copy = tmp_path / "copy.jpg"
    copy.write_bytes(photo.read_bytes())
    v1 = services.create_visit(
        enterprise_id=eid,
        kind="走访调研",
        started_at="2026-12-03 09:00",
        ended_at="2026-12-03 10:30",
        officers=["张三", "李四"],
        departments=["区市场监管局"],
        findings="企业反映用电增容审批慢",
        demands=["协调用电增容"],
        satisfaction="基本满意",
        photos=[photo, photo],
    )
    services.create_visit(
        enterprise_id=eid, kind="回访", started_at="2026-12-05 09:00", officers=["张三"], photos=[copy]
    )
    visit = services.visit(v1.id)
    assert len(visit["attachments"]) == 1
    blobs = [p for p in services.store.attachments_dir.rglob("*") if p.is_file()]
    assert len(blobs) == 1
    assert blobs[0].read_bytes() == photo.read_bytes()
    assert visit["officers"] == ["张三", "李四"] and visit["enterprise_name"].startswith("广州市天河区")


def test_visit_validation(services: Services) -> None:
    eid = make_enterprise(services)
    problems = services.validate_visit(
        enterprise_id=eid,
        kind="走访调研",
        started_at="2026-12-03 10:00",
        ended_at="2026-12-03 09:00",
        officers=[],
    )
    assert {p.code for p in problems} == {"visit.end_before_start", "visit.no_officer"}
    problems = services.validate_visit(enterprise_id="nope", kind="串门", started_at="明天")
    assert {p.code for p in problems} == {"enterprise.not_found", "choice", "datetime.format"}


def test_audit_verify_detects_rows_edited_behind_the_apps_back(services: Services) -> None:
    eid = make_enterprise(services)
    services.update_enterprise(eid, contact="李四")
    assert services.verify_audit() == []
    with services.db.atomic():
        services.db.execute("UPDATE enterprises SET contact = '王二' WHERE id = ?", [eid])
    breaks = services.verify_audit()
    assert [(b.table, b.record_id) for b in breaks] == [("enterprises", eid)]


def test_audit_verify_detects_edited_history(services: Services) -> None:
    eid = make_enterprise(services)
    services.update_enterprise(eid, contact="李四")
    services.update_enterprise(eid, contact="赵六")
    with services.db.atomic():
        services.db.execute("DROP TRIGGER audit_log_no_update")
        services.db.execute("UPDATE audit_log SET actor = '别人' WHERE seq = 2")
    breaks = services.verify_audit()
    assert breaks[0].seq == 2


def test_audit_log_refuses_updates_through_sql(services: Services) -> None:
    make_enterprise(services)
    with pytest.raises(Exception, match="append-only"):
        services.db.execute("DELETE FROM audit_log")


def test_follow_ups_due_drop_once_the_enterprise_is_visited_again(services: Services) -> None:
    eid = make_enterprise(services)
    first = services.create_visit(
        enterprise_id=eid,
        kind="走访调研",
        started_at="2026-11-02 10:00",
        officers=["张三"],
        follow_up_on="2026-11-20",
    ).id
    assert [v["id"] for v in services.follow_ups_due("2026-12-01")] == [first]
    assert services.follow_ups_due("2026-11-19") == []
    services.create_visit(enterprise_id=eid, kind="回访", started_at="2026-11-21 10:00", officers=["张三"])
    assert services.follow_ups_due("2026-12-01") == []
    assert services.visit_count() == 2 and services.pending_changes() == 3


def test_setting_the_officer_name_changes_who_is_recorded(services: Services) -> None:
    services.set_settings(officer_name="王五")
    eid = make_enterprise(services)
    assert services.enterprise(eid)["created_by"] == "王五"
