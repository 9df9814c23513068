"""诉求台账: the lazy list, SQL sort and filters, search, urgency colours, bulk actions, Excel jobs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt

from app.io.ledger import export_ledger
from app.services import Services
from app.store.search import ListQuery
from tests.ui.conftest import ShownMessages, add_form, wait_loaded
from tests.ui.ledger_helpers import (
    dispatch,
    first_enterprise,
    make_entry,
    no_unexpected_ledger_dialogs,  # noqa: F401 (autouse)
)
from ui.context import AppContext
from ui.dialogs.bulk_result import BulkResultDialog
from ui.dialogs.ledger_action_dialog import ActionDialog
from ui.dialogs.ledger_entry_dialog import LedgerEntryDialog
from ui.dialogs.ledger_files import LedgerFiles
from ui.dialogs.ledger_import_result import LedgerImportResultDialog
from ui.models.ledger_table import LedgerTableModel
from ui.models.ledger_text import OVERDUE_COLOUR, SOON_COLOUR
from ui.pages.ledger import LedgerPage
from ui.pages.ledger_data import known_departments

STATUS_COLUMN = 9


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> LedgerPage:
    ledger_page = LedgerPage(ctx)
    qtbot.addWidget(ledger_page)
    return ledger_page


def shown(qtbot: Any, page: LedgerPage) -> LedgerPage:
    page.show()
    wait_loaded(qtbot, page.model)
    return page


def summaries(model: LedgerTableModel) -> list[str]:
    return [model.record(r)["summary"] for r in range(model.rowCount())]


def test_model_passes_the_model_tester(
    qtbot: Any, ctx: AppContext, services: Services, qtmodeltester: Any
) -> None:
    make_entry(services, "审批材料反复退回", due_in=-2)
    make_entry(services, "消防验收迟迟未办", due_in=2)
    make_entry(services, "政策补贴未兑现", due_in=20)
    model = LedgerTableModel(ctx)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 3
    qtmodeltester.check(model)


def test_list_reads_only_the_pages_it_shows(qtbot: Any, ctx: AppContext, services: Services) -> None:
    enterprise_id = first_enterprise(services)["id"]
    with services.transaction():
        for i in range(450):
            services.create_entry(
                source="来电",
                enterprise_id=enterprise_id,
                matter_type="咨询",
                scenario="其他",
                summary=f"咨询第{i:03d}号",
                accepted_on="2026-11-02",
            )
    model = LedgerTableModel(ctx)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 450
    assert model.fetched_rows == 0  # nothing painted yet: no row read
    model.index(440, 5).data()
    assert model.cached_pages() == [2]
    assert model.fetched_rows == 450 - 2 * model.PAGE_SIZE


def test_sorting_and_filtering_happen_in_sql(qtbot: Any, page: LedgerPage, services: Services) -> None:
    late = make_entry(services, "乙：逾期的投诉", due_in=-3)
    soon = make_entry(services, "甲：三日内到期", due_in=1)
    later = make_entry(services, "丙：下月到期", due_in=30, matter_type="咨询")
    dispatch(services, later, "白云区市场监管局")
    shown(qtbot, page)
    page.model.sort(8, Qt.SortOrder.AscendingOrder)  # 到期日期
    wait_loaded(qtbot, page.model)
    assert page.model.query.sort == "due_on"
    assert [page.model.rid_at(r) for r in range(3)] == services.entry_ids(ListQuery(sort="due_on"))
    assert summaries(page.model) == ["乙：逾期的投诉", "甲：三日内到期", "丙：下月到期"]

    page.filter_bar.overdue.setChecked(True)
    wait_loaded(qtbot, page.model)
    assert summaries(page.model) == ["乙：逾期的投诉"]
    page.filter_bar.overdue.setChecked(False)
    page.filter_bar.status.setCurrentIndex(page.filter_bar.status.findData("已分办"))
    wait_loaded(qtbot, page.model)
    assert summaries(page.model) == ["丙：下月到期"]
    page.filter_bar.status.setCurrentIndex(0)
    page.filter_bar.department.setCurrentText("白云区市场监管局")
    page.filter_bar.department.lineEdit().editingFinished.emit()
    wait_loaded(qtbot, page.model)
    assert page.model.query.filters == {"department": "白云区市场监管局"}
    assert summaries(page.model) == ["丙：下月到期"]
    page.filter_bar.department.setCurrentText("")
    page.filter_bar.department.lineEdit().editingFinished.emit()
    page.filter_bar.due_from.setDate(QDate.currentDate())
    page.filter_bar.due_to.setDate(QDate.currentDate().addDays(3))
    page.filter_bar.due_range.setChecked(True)
    wait_loaded(qtbot, page.model)
    assert summaries(page.model) == ["甲：三日内到期"]
    assert {late, soon} - {page.model.record(0)["id"]} == {late}


def test_chinese_substring_search(qtbot: Any, page: LedgerPage, services: Services) -> None:
    make_entry(services, "消防验收迟迟未办")
    make_entry(services, "留抵退税办理时间长")
    shown(qtbot, page)
    page.search("退税")  # two characters: below the trigram index, found by the fallback
    wait_loaded(qtbot, page.model)
    assert summaries(page.model) == ["留抵退税办理时间长"]
    page.search("消防验收")
    wait_loaded(qtbot, page.model)
    assert summaries(page.model) == ["消防验收迟迟未办"]


def test_overdue_rows_red_and_close_ones_amber(qtbot: Any, page: LedgerPage, services: Services) -> None:
    make_entry(services, "逾期", due_in=-1)
    make_entry(services, "快到期", due_in=3)
    make_entry(services, "不急", due_in=9)
    shown(qtbot, page)
    page.model.sort(5, Qt.SortOrder.AscendingOrder)  # 问题摘要: 不急, 快到期, 逾期
    wait_loaded(qtbot, page.model)
    colours = [page.model.index(r, 0).data(Qt.ItemDataRole.ForegroundRole) for r in range(3)]
    assert colours[0] is None
    assert colours[1].name() == SOON_COLOUR
    assert colours[2].name() == OVERDUE_COLOUR
    assert page.model.index(2, STATUS_COLUMN).data() == "待签收 · 逾期"
    assert page.model.index(1, STATUS_COLUMN).data() == "待签收 · 剩余3天"


def test_sort_filters_and_widths_survive_a_restart(qtbot: Any, ctx: AppContext, services: Services) -> None:
    make_entry(services, "审批材料反复退回")
    first = LedgerPage(ctx)
    qtbot.addWidget(first)
    shown(qtbot, first)
    first.model.sort(0, Qt.SortOrder.DescendingOrder)
    first.filter_bar.overdue.setChecked(True)
    first.filter_bar.matter_type.setCurrentIndex(first.filter_bar.matter_type.findData("投诉"))
    first.view.horizontalHeader().resizeSection(5, 333)
    wait_loaded(qtbot, first.model)
    first.save_state()

    second = LedgerPage(ctx)
    qtbot.addWidget(second)
    assert second.model.query.sort == "number" and second.model.query.descending
    assert second.model.query.filters == {"matter_type": "投诉", "overdue": True}
    assert second.filter_bar.overdue.isChecked()
    assert second.view.horizontalHeader().sectionSize(5) == 333


def select_rows(page: LedgerPage, rows: list[int]) -> None:
    selection = page.view.selectionModel()
    selection.clearSelection()
    for row in rows:
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_bulk_dispatch_dispatches_only_entries_awaiting_receipt(
    qtbot: Any, page: LedgerPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    waiting = [make_entry(services, f"待签收{i}") for i in range(3)]
    done = make_entry(services, "已分办的")
    dispatch(services, done, "白云区市场监管局")
    shown(qtbot, page)
    page.model.sort(0, Qt.SortOrder.AscendingOrder)
    wait_loaded(qtbot, page.model)
    select_rows(page, [0, 1, 3])  # two waiting, one already dispatched
    assert page.selected_rids() == [page.model.rid_at(r) for r in (0, 1, 3)]
    assert page.dispatch_button.isEnabled()
    monkeypatch.setattr(
        ActionDialog,
        "ask",
        classmethod(
            lambda cls, parent, entry, action, departments=(): {
                "department": "天河区住建局",
                "handler": "王五",
            }
        ),
    )
    reports: list[tuple[str, list[tuple[str, str]]]] = []
    monkeypatch.setattr(
        BulkResultDialog,
        "show_result",
        classmethod(lambda cls, parent, title, summary, skipped: reports.append((summary, list(skipped)))),
    )
    page.bulk_dispatch()
    qtbot.waitUntil(lambda: bool(reports))
    summary, skipped = reports[0]
    assert "2" in summary and "天河区住建局" in summary
    assert [number for number, _ in skipped] == [services.entry(done)["number"]]
    assert "已分办" in skipped[0][1] and "不能分办" in skipped[0][1]
    states = {
        services.entry(i)["number"]: (services.entry(i)["status"], services.entry(i)["department"])
        for i in waiting
    }
    assert sorted(states.values()) == sorted(
        [("待签收", ""), ("已分办", "天河区住建局"), ("已分办", "天河区住建局")]
    )
    assert services.entry(done)["department"] == "白云区市场监管局"
    qtbot.waitUntil(lambda: page.model.record(0)["status"] != "待签收")  # the list reloaded


def test_export_selected_and_export_of_the_filter(
    qtbot: Any,
    page: LedgerPage,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    messages: ShownMessages,
) -> None:
    for i in range(4):
        make_entry(services, f"诉求{i}", matter_type="咨询" if i % 2 else "投诉")
    shown(qtbot, page)
    targets = iter([tmp_path / "所选.xlsx", tmp_path / "筛选.csv"])
    monkeypatch.setattr(LedgerFiles, "save_ledger", classmethod(lambda cls, parent, suggested: next(targets)))
    select_rows(page, [1, 2])
    page.export_selected()
    qtbot.waitUntil(lambda: len(messages.infos) == 1)
    assert "2" in messages.infos[0] and (tmp_path / "所选.xlsx").stat().st_size > 0

    page.filter_bar.matter_type.setCurrentIndex(page.filter_bar.matter_type.findData("咨询"))
    wait_loaded(qtbot, page.model)
    page.export_file()
    qtbot.waitUntil(lambda: len(messages.infos) == 2)
    lines = (tmp_path / "筛选.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == 3 and all("咨询" in line for line in lines[1:])


def test_import_reports_rejected_rows_with_row_numbers(
    qtbot: Any,
    page: LedgerPage,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    make_entry(services, "可以导入的诉求")
    source = tmp_path / "台账.csv"
    export_ledger(services, source)
    lines = source.read_text(encoding="utf-8-sig").splitlines()
    bad = lines[1].replace("投诉", "闲聊").replace("可以导入的诉求", "类型不对的诉求")
    number_column = lines[0].split(",").index("编号")
    cells = bad.split(",")
    cells[number_column] = ""
    source.write_text("\n".join([lines[0], lines[1], ",".join(cells)]) + "\n", encoding="utf-8-sig")
    monkeypatch.setattr(LedgerFiles, "open_ledger", classmethod(lambda cls, parent: source))
    results: list[Any] = []
    monkeypatch.setattr(
        LedgerImportResultDialog,
        "show_result",
        classmethod(lambda cls, parent, result: results.append(result)),
    )
    shown(qtbot, page)
    page.import_file()
    qtbot.waitUntil(lambda: bool(results))
    result = results[0]
    assert (result.unchanged, result.rejected) == (1, 1)
    assert result.rejected_rows[0].row == 3
    assert "闲聊" in result.rejected_rows[0].reason()
    dialog = LedgerImportResultDialog(result)
    qtbot.addWidget(dialog)
    assert dialog.rejected_model.index(0, 0).data() == "3"


def test_new_entry_dialog_shows_the_due_date_and_saves(
    qtbot: Any, ctx: AppContext, services: Services
) -> None:
    enterprise = first_enterprise(services)
    services.set_settings(limit_unit="calendar", time_limits={"投诉": 10})
    dialog = add_form(qtbot, LedgerEntryDialog(ctx, enterprise_id=enterprise["id"]))
    dialog.accepted.setDate(QDate(2026, 3, 2))
    dialog.matter_type.setCurrentIndex(dialog.matter_type.findData("投诉"))
    assert dialog.due_preview.text().startswith("2026-03-12")
    assert not dialog.save_button.isEnabled()  # no summary yet
    dialog.accept()
    assert "问题摘要不能为空" in dialog.right.problem_labels["summary"].messages()
    dialog.summary.setText("消防验收迟迟未办")
    dialog.validate_now()
    assert dialog.save_button.isEnabled()
    dialog.accept()
    entry = services.entry(dialog.saved_id)
    assert (entry["due_on"], entry["status"], entry["matter_type"]) == ("2026-03-12", "待签收", "投诉")


def test_known_departments_are_read_from_the_ledger(services: Services) -> None:
    for department in ("天河区住建局", "白云区市场监管局", "天河区住建局", "海珠区税务局"):
        dispatch(services, make_entry(services, "诉求"), department)
    make_entry(services, "未分办")
    assert known_departments(services) == ["天河区住建局", "海珠区税务局", "白云区市场监管局"]


def test_draft_letter_from_selected_entries_opens_it(
    qtbot: Any, page: LedgerPage, services: Services, messages: ShownMessages
) -> None:
    first, second = make_entry(services, "甲"), make_entry(services, "乙")
    other = make_entry(services, "丙")
    for entry_id in (first, second):
        dispatch(services, entry_id, "天河区住建局")
    dispatch(services, other, "白云区市场监管局")
    shown(qtbot, page)
    opened: list[str] = []
    page.open_letter.connect(opened.append)
    page.draft_letter([first, other])
    assert opened == [] and "不同" in messages.errors[0]
    page.draft_letter([first, second])
    letter = services.letter(opened[0])
    assert (letter["kind"], letter["addressee"], letter["status"]) == ("监督建议书", "天河区住建局", "草稿")
    assert {link["to_id"] for link in services.letter_links(opened[0])} == {first, second}
