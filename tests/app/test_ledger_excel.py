"""The problem ledger as an Excel file: export layout, office ledgers imported, rejects, exact round trips."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from app import cli
from app.domain import uscc
from app.domain.dates import duration_text
from app.errors import HuhangError
from app.io.ledger import LedgerImportResult, export_ledger, import_ledger
from app.io.ledger_columns import COLUMNS, match_ledger_header
from app.services import Services, open_services
from app.services.ledger_import import ROW_KEYS
from app.store.search import ListQuery

TODAY = date(2026, 12, 3)
HEADER = ("序号 编号 来源 来源编号 企业名称 统一社会信用代码 所属区 事项类型 问题场景 问题摘要 "
          "具体情况 责任单位 承办人 受理日期 办理时限 到期日期 是否逾期 状态 是否提级协调 协调层级 "
          "反馈情况 办结日期 办理用时 满意度 回访情况 关联文书 备注").split()
NAME = "广州市测试1号科技有限公司"
COL = {name: index for index, name in enumerate(HEADER)}


def code(n: int, division: str = "440106") -> str:
    return uscc.make(f"91{division}" + uscc.make_org_code(f"MA5{n:05d}"))


def firm(services: Services, n: int, district: str = "天河区") -> str:
    return services.create_enterprise(name=f"广州市测试{n}号科技有限公司", uscc=code(n), district=district).id


def entry(services: Services, enterprise_id: str, **fields: Any) -> str:
    values: dict[str, Any] = {"source": "平台工单", "enterprise_id": enterprise_id, "matter_type": "投诉",
                              "scenario": "慢作为", "summary": "施工许可审批超过承诺时限",
                              "accepted_on": "2026-10-08"}
    values.update(fields)
    return services.create_entry(**values).id


def walk(services: Services, entry_id: str, *steps: tuple[str, dict[str, Any]]) -> None:
    for action, params in steps:
        services.transition(entry_id, action=action, **params)


DISPATCH = ("dispatch", {"department": "天河区住建局", "handler": "王五", "at": datetime(2026, 10, 8, 10, 0)})
ACCEPT = ("accept", {"at": datetime(2026, 10, 8, 14, 0)})
FEEDBACK = ("feedback", {"reply": "已完成审批并书面告知企业", "at": datetime(2026, 10, 10, 11, 0)})
RATE = ("rate", {"satisfaction": "满意", "return_visit": "电话回访，企业满意",
                 "at": datetime(2026, 10, 11, 9, 0)})


def build_ledger(services: Services) -> dict[str, str]:
    """One entry in each state, with the things a ledger must carry: times, extensions, escalations, text."""
    tianhe, city = firm(services, 1), firm(services, 2, district="广州市")
    ids = {
        "new": entry(services, tianhe, matter_type="咨询", accepted_on="2026-11-30 09:30",
                     source_ref="GZ12345-2026113000001"),
        "dispatched": entry(services, city, source="来信", accepted_on="2026-11-20", limit_days=30,
                            limit_unit="calendar", details="第一行\n第二行", notes="重点关注"),
        "handling": entry(services, tianhe, scenario="政策未兑现", summary="=研发补助未兑现",
                          accepted_on="2026-10-12 15:05"),
        "answered": entry(services, city, matter_type="求助", accepted_on="2026-11-25"),
        "rated": entry(services, tianhe, source="走访", accepted_on="2026-11-02"),
        "closed": entry(services, tianhe, summary="补贴未兑现", accepted_on="2026-10-08"),
        "late": entry(services, city, matter_type="咨询", summary="用电增容", accepted_on="2026-09-01 10:00"),
    }
    walk(services, ids["dispatched"], DISPATCH)
    walk(services, ids["handling"], DISPATCH, ACCEPT,
         ("extend", {"due_on": "2026-11-20", "reason": "需现场勘察"}),
         ("escalate", {"level": "市级协调", "reason": "跨部门"}))
    walk(services, ids["answered"], DISPATCH, ACCEPT, FEEDBACK)
    walk(services, ids["rated"], DISPATCH, ACCEPT, FEEDBACK,
         ("rate", {"satisfaction": "不满意", "return_visit": "企业认为未解决"}))
    walk(services, ids["closed"], DISPATCH, ACCEPT, FEEDBACK, RATE,
         ("close", {"at": datetime(2026, 10, 11, 15, 20)}))
    walk(services, ids["late"], DISPATCH, ACCEPT, ("escalate", {"level": "区级协调", "reason": "协调"}),
         FEEDBACK, RATE, ("close", {"at": datetime(2026, 9, 30, 16, 45)}))
    return ids


def sheets(path: Path) -> dict[str, list[list[Any]]]:
    book = openpyxl.load_workbook(path)
    return {ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in book.worksheets}


def without_titles(book: dict[str, list[list[Any]]]) -> dict[str, list[list[Any]]]:
    return {name: rows[1:] for name, rows in book.items()}


def by_number(rows: list[list[Any]]) -> dict[str, list[Any]]:
    return {r[COL["编号"]]: r for r in rows[2:]}


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for number, row in enumerate(rows, 1):
        for column, value in enumerate(row, 1):
            if value is not None:
                sheet.cell(number, column, value)
    book.save(path)
    return path


def audit_rows(services: Services) -> int:
    return int(services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0])


@pytest.fixture
def ledger(services: Services) -> dict[str, str]:
    return build_ledger(services)


# -- export ---------------------------------------------------------------------------------------------


def test_export_has_a_title_a_styled_frozen_header_and_print_setup(services: Services, ledger: dict[str, str],
                                                                  tmp_path: Path) -> None:
    result = export_ledger(services, tmp_path / "台账.xlsx", today=TODAY)
    assert (result.count, result.cancelled) == (7, False)
    book = openpyxl.load_workbook(result.path)
    assert book.sheetnames == ["全部台账", "未办结", "已办结", "逾期未办结"]
    ws = book["全部台账"]
    assert ws["A1"].value == "涉营商环境问题专项台账（截至2026年12月3日）"
    assert ws["A1"].font.b and 16 <= ws["A1"].font.sz <= 18 and ws["A1"].alignment.horizontal == "center"
    assert [str(r) for r in ws.merged_cells.ranges] == ["A1:AA1"]
    assert [c.value for c in ws[2]] == HEADER
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("DDEBF7") and c.border.left.style == "thin"
               for c in ws[2])
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref == "A2:AA9"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == "$2:$2"
    assert ws.column_dimensions["J"].width > ws.column_dimensions["C"].width  # 问题摘要 wider than 来源
    assert ws["J3"].alignment.wrap_text and ws["K3"].alignment.wrap_text  # summary and details wrap
    assert ws["A3"].border.bottom.style == "thin"


def test_export_cells_are_dates_durations_and_chinese_values(services: Services, ledger: dict[str, str],
                                                            tmp_path: Path) -> None:
    path = export_ledger(services, tmp_path / "台账.xlsx", today=TODAY).path
    ws = openpyxl.load_workbook(path)["全部台账"]
    rows = {r[COL["编号"]].value: r for r in ws.iter_rows(min_row=3)}
    number = {key: services.entry(value)["number"] for key, value in ledger.items()}

    closed = rows[number["closed"]]
    assert closed[COL["受理日期"]].value == datetime(2026, 10, 8)  # a date cell, not text
    assert closed[COL["受理日期"]].number_format == "yyyy-mm-dd"
    assert closed[COL["办结日期"]].value == datetime(2026, 10, 11, 15, 20)
    assert closed[COL["办结日期"]].number_format == "yyyy-mm-dd hh:mm"
    assert closed[COL["办理用时"]].value == "3天15小时" == duration_text(87 + 20 / 60)
    assert closed[COL["状态"]].value == "已办结" and closed[COL["满意度"]].value == "满意"
    assert closed[COL["是否逾期"]].value == "否" and closed[COL["回访情况"]].value == "电话回访，企业满意"
    assert closed[COL["所属区"]].value == "天河区" and closed[COL["统一社会信用代码"]].value == code(1)
    due = date.fromisoformat(services.entry(ledger["closed"])["due_on"])  # 13 working days, after 国庆
    assert closed[COL["到期日期"]].value == datetime(due.year, due.month, due.day)

    new = rows[number["new"]]
    assert new[COL["受理日期"]].value == datetime(2026, 11, 30, 9, 30)
    assert new[COL["受理日期"]].number_format == "yyyy-mm-dd hh:mm"
    assert new[COL["办理时限"]].value == "3个工作日" and new[COL["来源编号"]].value == "GZ12345-2026113000001"
    assert new[COL["办结日期"]].value is None and new[COL["办理用时"]].value is None

    dispatched = rows[number["dispatched"]]
    assert dispatched[COL["办理时限"]].value == "30日"
    assert dispatched[COL["到期日期"]].value == datetime(2026, 12, 20)
    assert dispatched[COL["所属区"]].value == "广州市（市本级）"
    assert dispatched[COL["具体情况"]].value == "第一行\n第二行"
    assert dispatched[COL["责任单位"]].value == "天河区住建局"

    handling = rows[number["handling"]]
    assert handling[COL["是否提级协调"]].value == "是" and handling[COL["协调层级"]].value == "市级协调"
    assert handling[COL["到期日期"]].value == datetime(2026, 11, 20)  # the extended date
    assert handling[COL["是否逾期"]].value == "是"
    assert handling[COL["问题摘要"]].value == "=研发补助未兑现" and handling[COL["问题摘要"]].data_type == "s"
    assert rows[number["late"]][COL["是否逾期"]].value == "是"  # closed after its due date
    assert rows[number["answered"]][COL["是否提级协调"]].value == "否"
    assert [r[COL["序号"]].value for r in ws.iter_rows(min_row=3)] == list(range(1, 8))
    # In the order accepted.
    assert [r[COL["受理日期"]].value for r in ws.iter_rows(min_row=3)] == sorted(
        r[COL["受理日期"]].value for r in ws.iter_rows(min_row=3))


def test_status_sheets_split_the_rows_and_number_them_anew(services: Services, ledger: dict[str, str],
                                                          tmp_path: Path) -> None:
    book = sheets(export_ledger(services, tmp_path / "台账.xlsx", today=TODAY).path)
    number = {key: services.entry(value)["number"] for key, value in ledger.items()}
    statuses = {name: [r[COL["状态"]] for r in rows[2:]] for name, rows in book.items()}
    assert len(statuses["全部台账"]) == 7 and set(statuses["全部台账"]) == {
        "待签收", "已分办", "办理中", "已反馈", "已评价", "已办结"}
    assert sorted(statuses["已办结"]) == ["已办结", "已办结"]
    assert "已办结" not in statuses["未办结"] and len(statuses["未办结"]) == 5
    overdue = [services.entry(i) for i in ledger.values()]
    overdue = [e["number"] for e in sorted(overdue, key=lambda e: e["accepted_on"])
               if e["status"] != "已办结" and e["due_on"] < TODAY.isoformat()]
    assert number["handling"] in overdue and number["new"] not in overdue  # due today is not overdue yet
    assert [r[COL["编号"]] for r in book["逾期未办结"][2:]] == overdue
    assert [r[COL["序号"]] for r in book["未办结"][2:]] == [1, 2, 3, 4, 5]
    assert book["未办结"][0][0] == "涉营商环境问题专项台账·未办结（截至2026年12月3日）"
    single = export_ledger(services, tmp_path / "一张表.xlsx", today=TODAY, status_sheets=False)
    assert openpyxl.load_workbook(single.path).sheetnames == ["全部台账"]


def test_export_what_a_list_shows_or_a_selection(services: Services, ledger: dict[str, str],
                                                tmp_path: Path) -> None:
    shown = export_ledger(services, tmp_path / "筛选.xlsx", today=TODAY, status_sheets=False,
                          query=ListQuery(filters={"status": "已办结"}, sort="accepted_on", descending=True))
    rows = sheets(shown.path)["全部台账"][2:]
    assert shown.count == 2 and [r[COL["受理日期"]] for r in rows] == [datetime(2026, 10, 8),
                                                                       datetime(2026, 9, 1, 10, 0)]
    chosen = [ledger["rated"], ledger["new"]]
    picked = export_ledger(services, tmp_path / "选中.xlsx", today=TODAY, entry_ids=chosen)
    rows = sheets(picked.path)["全部台账"][2:]
    assert [r[COL["编号"]] for r in rows] == [services.entry(i)["number"] for i in chosen]


def test_linked_issued_letters_are_listed_by_number(services: Services, ledger: dict[str, str],
                                                   tmp_path: Path) -> None:
    services.set_settings(organ_name="中共广州市天河区纪律检查委员会",
                          letter_prefixes={"监督建议书": "穗天纪建"})
    linked = (ledger["handling"],)
    issued = services.create_letter(kind="监督建议书", entry_ids=linked, addressee="天河区住建局",
                                    requirements="严格执行承诺时限", reply_contact="李明").id
    services.issue_letter(issued)
    services.create_letter(kind="监督建议书", entry_ids=linked, addressee="天河区住建局")  # a draft: no 文号
    path = export_ledger(services, tmp_path / "台账.xlsx", today=TODAY).path
    row = by_number(sheets(path)["全部台账"])[services.entry(ledger["handling"])["number"]]
    assert row[COL["关联文书"]] == services.letter(issued)["number"] != ""


def test_cancelled_export_leaves_the_previous_file(services: Services, ledger: dict[str, str],
                                                  tmp_path: Path) -> None:
    target = tmp_path / "台账.xlsx"
    target.write_bytes(b"previous")
    result = export_ledger(services, target, today=TODAY, chunk_rows=2, progress=lambda done, total: done < 4)
    assert result.cancelled and target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["台账.xlsx"]  # no partial file left
    with pytest.raises(HuhangError) as info:
        export_ledger(services, tmp_path / "台账.pdf")
    assert info.value.code == "file.format"


# -- round trips -----------------------------------------------------------------------------------------


def test_export_import_into_a_fresh_profile_and_export_again_gives_the_same_cells(
        services: Services, ledger: dict[str, str], tmp_path: Path) -> None:
    first = export_ledger(services, tmp_path / "a.xlsx", today=TODAY).path
    fresh = open_services(tmp_path / "fresh", actor="另一位")
    try:
        result = import_ledger(fresh, first)
        assert (result.imported, result.updated, result.unchanged, result.rejected) == (7, 0, 0, 0)
        assert result.enterprises_created == 2 and result.warnings == []
        assert result.changes.touches("ledger_entries", "enterprises")
        second = export_ledger(fresh, tmp_path / "b.xlsx", today=TODAY).path
        assert fresh.verify_audit() == []
        imported = fresh.entry_by_number(services.entry(ledger["closed"])["number"])
        assert imported is not None
        events = fresh.timeline(imported["id"])
        assert [(e["action"], e["from_status"], e["to_status"], e["reason"]) for e in events] == [
            ("import", "", "已办结", "从台账导入")]
    finally:
        fresh.close()
    assert sheets(first) == sheets(second)  # every cell of every sheet


def test_a_fresh_profile_with_the_enterprises_registered_creates_none(
        services: Services, ledger: dict[str, str], tmp_path: Path) -> None:
    first = export_ledger(services, tmp_path / "a.xlsx", today=TODAY).path
    fresh = open_services(tmp_path / "fresh", actor="另一位")
    try:
        firm(fresh, 1)
        firm(fresh, 2, district="广州市")
        result = import_ledger(fresh, first)
        assert (result.imported, result.enterprises_created) == (7, 0)
        assert without_titles(sheets(export_ledger(fresh, tmp_path / "b.xlsx", today=TODAY).path)) == \
            without_titles(sheets(first))
    finally:
        fresh.close()


def test_reimport_into_the_same_profile_changes_nothing(services: Services, ledger: dict[str, str],
                                                       tmp_path: Path) -> None:
    path = export_ledger(services, tmp_path / "台账.xlsx", today=TODAY).path
    before = (audit_rows(services), services.db.execute("SELECT count(*) FROM ledger_events").fetchone()[0])
    result = import_ledger(services, path)
    assert (result.imported, result.updated, result.unchanged, result.rejected) == (0, 0, 7, 0)
    assert result.enterprises_created == 0 and not result.changes.tables
    after = (audit_rows(services), services.db.execute("SELECT count(*) FROM ledger_events").fetchone()[0])
    assert after == before
    assert not (tmp_path / "台账.rejects.xlsx").exists()


def test_csv_export_round_trips_too(services: Services, ledger: dict[str, str], tmp_path: Path) -> None:
    first = export_ledger(services, tmp_path / "a.csv", today=TODAY).path
    with first.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == HEADER and len(rows) == 8
    fresh = open_services(tmp_path / "fresh", actor="另一位")
    try:
        assert import_ledger(fresh, first).imported == 7
        second = export_ledger(fresh, tmp_path / "b.csv", today=TODAY).path
    finally:
        fresh.close()
    assert first.read_bytes() == second.read_bytes()
    assert import_ledger(services, first).unchanged == 7


# -- importing an office's own ledger ---------------------------------------------------------------------


OFFICE_HEADER = ["序号", "登记日期", "信用代码", "企业名称", "所属区", "问题描述", "事项类型", "问题场景",
                 "承办单位", "经办人", "办理状态", "反馈内容", "办结时间", "满意度评价", "是否提级协调",
                 "办理用时", "是否逾期", "工单号", "填报人"]


def office_rows() -> list[list[Any]]:
    return [
        ["天河区涉营商环境问题专项台账（截至2026年11月30日）"],
        ["填报单位：天河区纪委监委第三监督检查室"],
        OFFICE_HEADER,
        [1, datetime(2026, 11, 2, 9, 30), code(1), "广州市测试1号科技有限公司", "天河区", "审批超时", "投诉",
         "慢作为", "天河区住建局", "王五", "办理中", "", "", "", "否", "", "否", "GZ-001", "李明"],
        [2, "2026/11/3", "", "广州市测试1号科技有限公司", "", "消防验收排期长", "求助", "审批服务",
         "天河区住建局", "赵六", "已办结", "已安排验收", "2026年11月6日 16:30", "满意", "是", "3天", "否", "",
         "李明"],
        [3, 46330, code(7, "440104"), "广州市越秀新设7号贸易有限公司", "越秀区", "补贴未兑现", "投诉", "",
         "越秀区人社局", "", "已反馈", "已兑现", "", "", "", "", "", "", "李明"],
        [4, "2026年11月5日", code(8), "广州市测试8号科技有限公司", "天河", "重复检查", "举报", "重复检查",
         "", "", "", "", "", "", "", "", "", "", ""],
    ]


def test_an_office_ledger_with_title_rows_and_other_header_names_imports(services: Services,
                                                                       tmp_path: Path) -> None:
    firm(services, 1)
    path = write_xlsx(tmp_path / "原台账.xlsx", office_rows())
    result = import_ledger(services, path)
    assert isinstance(result, LedgerImportResult)
    assert result.header_row == 3 and result.sheet
    assert (result.imported, result.updated, result.unchanged, result.rejected) == (4, 0, 0, 0)
    assert result.enterprises_created == 2  # 越秀 7 and 天河 8: valid code, name and district
    assert [n.message() for n in result.notes] == ["已忽略无法识别的列：“填报人”"]
    no_source = "来源为空，已记为“其他”"
    assert {w.row: w.message() for w in result.warnings} == {
        4: no_source, 5: no_source, 6: f"{no_source}；问题场景为空，已记为“其他”", 7: no_source}

    rows = {r["summary"]: r for r in services.db.query("SELECT * FROM ledger_entries")}
    first = rows["审批超时"]
    assert (first["accepted_on"], first["status"], first["department"], first["handler"]) == (
        "2026-11-02T09:30", "办理中", "天河区住建局", "王五")
    assert (first["source"], first["source_ref"], first["escalation_level"]) == ("其他", "GZ-001", "")
    assert first["limit_days"] == 13 and first["due_on"] == "2026-11-19"  # computed: 13 working days
    second = rows["消防验收排期长"]
    assert (second["accepted_on"], second["closed_at"], second["status"]) == (
        "2026-11-03", "2026-11-06T16:30", "已办结")
    assert (second["reply"], second["satisfaction"]) == ("已安排验收", "满意")
    assert second["escalation_level"] == "区级协调"  # 是否提级协调 是, without a level
    assert second["enterprise_id"] == first["enterprise_id"]  # matched by exact name, no code in the row
    third = rows["补贴未兑现"]
    assert third["accepted_on"] == "2026-11-04" and third["scenario"] == "其他"  # 46330 is an Excel serial
    assert services.enterprise_by_uscc(code(7, "440104"))["district"] == "440104"
    assert rows["重复检查"]["status"] == "待签收"
    for row in rows.values():
        events = services.timeline(row["id"])
        assert [(e["action"], e["from_status"], e["to_status"]) for e in events] == [
            ("import", "", row["status"])]
    assert services.verify_audit() == []


def test_an_office_ledger_without_numbers_imports_twice_without_duplicates(services: Services,
                                                                         tmp_path: Path) -> None:
    firm(services, 1)
    path = write_xlsx(tmp_path / "原台账.xlsx", office_rows())
    import_ledger(services, path)
    before = audit_rows(services)
    again = import_ledger(services, path)
    assert (again.imported, again.updated, again.unchanged, again.rejected) == (0, 0, 4, 0)
    assert again.enterprises_created == 0 and audit_rows(services) == before
    assert services.db.execute("SELECT count(*) FROM ledger_entries").fetchone()[0] == 4
    # A later version of the same ledger: the 工单号 row moved on, the row without one is found by
    # enterprise, summary and date; the change is written with an import event from the old status.
    rows = office_rows()
    rows[3][10], rows[3][11], rows[3][1] = "已反馈", "已办理完毕", datetime(2026, 11, 2, 9, 30)
    rows[5][10] = "已评价"
    rows[5][13] = "基本满意"
    later = import_ledger(services, write_xlsx(tmp_path / "新台账.xlsx", rows))
    assert (later.imported, later.updated, later.unchanged) == (0, 2, 2)
    moved = next(services.db.query("SELECT * FROM ledger_entries WHERE source_ref = 'GZ-001'"))
    assert (moved["status"], moved["reply"]) == ("已反馈", "已办理完毕")
    assert [(e["action"], e["from_status"], e["to_status"]) for e in services.timeline(moved["id"])] == [
        ("import", "", "办理中"), ("import", "办理中", "已反馈")]


def test_rows_with_a_number_update_that_entry(services: Services, ledger: dict[str, str],
                                              tmp_path: Path) -> None:
    number = services.entry(ledger["answered"])["number"]
    rows = [["编号", "企业名称", "问题摘要", "状态", "满意度", "回访情况", "办理时限"],
            [number, "", "", "已评价", "满意", "回访满意", "20个工作日"]]
    result = import_ledger(services, write_xlsx(tmp_path / "更新.xlsx", rows))
    assert (result.updated, result.rejected) == (1, 0)
    after = services.entry(ledger["answered"])
    assert (after["status"], after["satisfaction"]) == ("已评价", "满意")
    assert after["reply"] == "已完成审批并书面告知企业"  # a blank cell never erases
    assert (after["limit_days"], after["due_on"]) == (20, "2026-12-23")  # a new limit moves the due date
    assert services.timeline(after["id"])[-1]["action"] == "import"


def test_mixed_rows_are_accounted_for_with_row_numbers_reasons_and_a_rejects_file(
        services: Services, tmp_path: Path) -> None:
    firm(services, 1)
    services.create_enterprise(name="同名企业有限公司", uscc=code(20), district="天河")
    services.create_enterprise(name="同名企业有限公司", uscc=code(21), district="海珠")
    header = ("编号 企业名称 统一社会信用代码 所属区 事项类型 问题场景 问题摘要 受理日期 办理时限 "
              "到期日期 状态 办结日期 满意度 是否提级协调").split()

    def line(number: str, summary: str, **cells: str) -> list[Any]:
        values = {"编号": number, "企业名称": NAME, "事项类型": "投诉", "问题场景": "慢作为",
                  "问题摘要": summary, "受理日期": "2026-11-02", **cells}
        return [values.get(name, "") for name in header]

    rows: list[list[Any]] = [
        ["某区台账"], header,
        line("T-1", "好的一行", 统一社会信用代码=code(1)),
        line("T-2", "事项类型错", 事项类型="抱怨"),
        line("T-3", "日期错", 受理日期="2026-13-45"),
        line("T-4", "办结无日期", 状态="已办结", 满意度="满意"),
        line("T-5", "找不到企业", 企业名称="不存在的企业"),
        line("T-6", "时限错", 办理时限="两周"),
        [None] * len(header),
        line("T-1", "重复编号", 受理日期="2026-11-03"),
        line("T-7", "同名", 企业名称="同名企业有限公司"),
        line("T-8", "代码错", 统一社会信用代码=code(1)[:17] + "0", 到期日期="2026-10-01", 状态="办理中",
             是否提级协调="也许"),
        line("T-9", "办结早于受理", 状态="已办结", 办结日期="2026-11-01", 满意度="满意"),
    ]
    path = write_xlsx(tmp_path / "台账.xlsx", rows)
    result = import_ledger(services, path)
    assert (result.imported, result.updated, result.unchanged, result.rejected) == (1, 0, 0, 9)
    reasons = {r.row: r.reason() for r in result.rejected_rows}
    assert list(reasons) == [4, 5, 6, 7, 8, 10, 11, 12, 13]  # row 9 is empty: not counted
    assert "事项类型“抱怨”无效" in reasons[4]
    assert "受理日期“2026-13-45”不是有效的日期" in reasons[5]
    assert reasons[6] == "状态为“已办结”的事项须填写办结日期"
    assert "名录中找不到企业“不存在的企业”" in reasons[7]
    assert reasons[8] == "办理时限“两周”无效，应形如“13个工作日”或“30日”"
    assert reasons[10] == "与本文件第3行是同一事项（编号T-1）"
    assert reasons[11] == "名录中有2家企业名为“同名企业有限公司”，请填写统一社会信用代码以区分"
    assert "统一社会信用代码" in reasons[12] and "校验位错误" in reasons[12]
    assert "是否提级协调“也许”无效" in reasons[12]
    assert "到期日期2026-10-01早于受理日期2026-11-02" in reasons[12]  # every problem of the row at once
    assert reasons[13] == "办结日期2026-11-01早于受理日期2026-11-02"
    assert services.db.execute("SELECT count(*) FROM ledger_entries").fetchone()[0] == 1

    rejects = openpyxl.load_workbook(result.rejects_path).active
    assert result.rejects_path == tmp_path / "台账.rejects.xlsx"
    written = [list(r) for r in rejects.iter_rows(values_only=True)]
    assert written[0] == [*header, "原行号", "拒绝原因"]
    assert [r[-2] for r in written[1:]] == sorted(reasons)
    assert written[1][:len(header)] == [v if v != "" else None for v in rows[3]]  # the cells as they were
    assert written[1][-1] == reasons[4]


def test_scenarios_follow_the_profile_and_every_choice_is_checked(services: Services, tmp_path: Path) -> None:
    firm(services, 1)
    services.set_settings(scenarios=["不作为", "慢作为", "营商环境其他"])
    rows = [["企业名称", "问题摘要", "事项类型", "问题场景", "受理日期", "满意度", "来源"],
            [NAME, "自定义场景", "求助", "营商环境其他", "2026年11月2日", "非常满意", "来电"],
            [NAME, "默认场景", "求助", "审批服务", "2026-11-02", "", "来电"],
            [NAME, "满意度错", "求助", "慢作为", "2026-11-02", "很好", "微信"]]
    result = import_ledger(services, write_xlsx(tmp_path / "台账.xlsx", rows))
    assert result.imported == 1
    stored = next(services.db.query("SELECT scenario, satisfaction, accepted_on FROM ledger_entries"))
    assert stored == {"scenario": "营商环境其他", "satisfaction": "满意", "accepted_on": "2026-11-02"}
    reasons = {r.row: r.reason() for r in result.rejected_rows}
    assert reasons[3] == "问题场景“审批服务”无效，可选：不作为、慢作为、营商环境其他"
    assert "满意度“很好”无效" in reasons[4] and "来源“微信”无效" in reasons[4]


def test_a_corrected_rejects_file_imports(services: Services, tmp_path: Path) -> None:
    firm(services, 1)
    rows = [["企业名称", "问题摘要", "事项类型", "问题场景", "受理日期"],
            [NAME, "好", "求助", "其他", "2026-11-02"],
            [NAME, "坏", "求助", "其他", "昨天"]]
    result = import_ledger(services, write_xlsx(tmp_path / "台账.xlsx", rows))
    assert result.rejects_path is not None and (result.imported, result.rejected) == (1, 1)
    book = openpyxl.load_workbook(result.rejects_path)
    book.active["E2"] = "2026-11-03"  # the user corrects the date and imports the rejects file itself
    book.save(result.rejects_path)
    again = import_ledger(services, result.rejects_path, rejects_path=tmp_path / "再次.xlsx")
    assert (again.imported, again.rejected, again.notes) == (1, 0, [])  # 原行号 and 拒绝原因 are expected


def test_a_duplicate_number_that_was_deleted_and_a_changed_enterprise_code_are_refused(
        services: Services, ledger: dict[str, str], tmp_path: Path) -> None:
    gone = services.entry(ledger["new"])["number"]
    services.delete_entry(ledger["new"])
    rows = ["编号 企业名称 统一社会信用代码 所属区 事项类型 问题场景 问题摘要 受理日期".split(),
            [gone, NAME, "", "", "咨询", "慢作为", "已删", "2026-11-30"],
            ["", NAME, code(99), "天河区", "咨询", "慢作为", "另一个代码", "2026-11-30"]]
    result = import_ledger(services, write_xlsx(tmp_path / "台账.xlsx", rows))
    reasons = [r.reason() for r in result.rejected_rows]
    assert reasons == [f"台账编号{gone}的事项已删除，不能再导入同一编号",
                       f"企业“广州市测试1号科技有限公司”在名录中的统一社会信用代码为{code(1)}，与本行的{code(99)}不符"]


def test_long_descriptions_are_shortened_into_the_summary_and_kept_whole(services: Services,
                                                                        tmp_path: Path) -> None:
    firm(services, 1)
    text = "企业反映" + "审批材料被反复退回，" * 30
    rows = [["企业名称", "诉求内容", "事项类型", "问题场景", "受理时间"],
            ["广州市测试1号科技有限公司", text, "投诉", "审批服务", "2026-11-02 10:00"]]
    result = import_ledger(services, write_xlsx(tmp_path / "台账.xlsx", rows))
    assert result.imported == 1 and "已截短" in result.warnings[0].message()
    stored = next(services.db.query("SELECT summary, details FROM ledger_entries"))
    assert len(stored["summary"]) == 200 and stored["summary"].endswith("…") and stored["details"] == text


def test_files_that_cannot_be_used_are_refused_before_anything_is_imported(services: Services,
                                                                        tmp_path: Path) -> None:
    with pytest.raises(HuhangError) as info:
        import_ledger(services, write_xlsx(tmp_path / "名录.xlsx", [["企业名称", "统一社会信用代码"]]))
    assert info.value.code == "file.no_ledger_header"
    with pytest.raises(HuhangError) as info:
        import_ledger(services, tmp_path / "没有.xlsx")
    assert info.value.code == "file.unreadable"


def test_progress_and_cancel_between_chunks(services: Services, tmp_path: Path) -> None:
    firm(services, 1)
    rows: list[list[Any]] = [["企业名称", "问题摘要", "事项类型", "问题场景", "受理日期"]]
    rows += [["广州市测试1号科技有限公司", f"诉求{i}", "求助", "其他", "2026-11-02"] for i in range(10)]
    path = write_xlsx(tmp_path / "台账.xlsx", rows)
    calls: list[tuple[int, int | None]] = []

    def progress(done: int, total: int | None) -> bool:
        calls.append((done, total))
        return done < 4

    result = import_ledger(services, path, progress=progress, chunk_rows=4)
    assert result.cancelled and result.imported == 4 and calls == [(0, 10), (4, 10)]
    assert import_ledger(services, path).imported == 6  # the rest, the first four unchanged


def test_the_column_list_and_the_service_agree() -> None:
    importable = [c.key for c in COLUMNS if not c.derived]
    assert sorted(importable) == sorted(ROW_KEYS)
    assert [c.header for c in COLUMNS] == HEADER
    found = match_ledger_header("信用代码 承办单位 问题描述 受理时间 办理状态 满意度评价 序号".split())
    assert found is not None and set(found.fields) == {"uscc", "department", "summary", "accepted_on",
                                                       "status", "satisfaction"}
    assert match_ledger_header(["企业名称", "统一社会信用代码", "所属区"]) is None


# -- command line ----------------------------------------------------------------------------------------


def run(data_dir: Path, *args: str) -> int:
    return cli.main(["--data-dir", str(data_dir), *args])


def test_cli_exports_and_imports_with_exit_codes(data_dir: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    services = open_services(data_dir, actor="测试员")
    try:
        build_ledger(services)
    finally:
        services.close()
    target = tmp_path / "台账.xlsx"
    assert run(data_dir, "export", "ledger", str(target)) == 0
    assert "已导出 7 条台账" in capsys.readouterr().out
    assert run(data_dir, "import", "ledger", str(target)) == 0
    assert "已导入 0，已更新 0，无变化 7，被拒绝 0" in capsys.readouterr().out

    fresh = tmp_path / "fresh"
    assert run(fresh, "import", "ledger", str(target)) == 0
    out = capsys.readouterr().out
    assert "已导入 7，已更新 0，无变化 0，被拒绝 0" in out and "已新建 2 家" in out

    bad = write_xlsx(tmp_path / "坏.xlsx", [["企业名称", "问题摘要", "事项类型", "问题场景", "受理日期"],
                                           ["广州市测试1号科技有限公司", "好", "求助", "其他", "2026-11-02"],
                                           ["广州市测试1号科技有限公司", "坏", "求助", "其他", "昨天"]])
    assert run(data_dir, "import", "ledger", str(bad), "--rejects", str(tmp_path / "退回.xlsx")) == 3
    out = capsys.readouterr().out
    assert "已导入 1" in out and "被拒绝 1" in out and "第3行：受理日期“昨天”不是有效的日期" in out
    assert (tmp_path / "退回.xlsx").exists()

    assert run(data_dir, "import", "ledger", str(tmp_path / "没有.xlsx")) == 2
    assert "未导入任何数据" in capsys.readouterr().err
    assert run(data_dir, "export", "ledger", str(tmp_path / "台账.txt")) == 2
