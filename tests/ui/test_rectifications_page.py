"""整改事项: the list with derived 逾期, a new item, evidence, and ticking off only on a return visit."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.services import Services
from tests.ui.conftest import ShownMessages, add_form, wait_loaded, write_png
from tests.ui.ledger_helpers import (
    dispatch,
    first_enterprise,
    make_entry,
    no_unexpected_ledger_dialogs,  # noqa: F401 (autouse)
)
from ui.context import AppContext
from ui.dialogs.ledger_files import LedgerFiles
from ui.dialogs.rectification_dialog import RectificationDialog
from ui.dialogs.verify_dialog import VerifyDialog
from ui.models.ledger_text import OVERDUE_COLOUR
from ui.models.rectification_table import RectificationTableModel
from ui.pages.rectification_detail import RectificationDetail
from ui.pages.rectifications import RectificationsPage


def item(services: Services, text: str, deadline: date, **fields: Any) -> str:
    return services.create_rectification(
        text=text, responsible="天河区住建局", deadline=deadline.isoformat(), **fields
    ).id


def test_list_marks_overdue_items_and_filters(
    qtbot: Any, ctx: AppContext, services: Services, qtmodeltester: Any
) -> None:
    today = date.today()
    item(services, "逾期未整改", today - timedelta(days=1))
    item(services, "尚在期限内", today + timedelta(days=20))
    done = item(services, "已整改完毕", today - timedelta(days=3))
    services.rectification_action(done, action="submit")
    page = RectificationsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page.model)
    qtmodeltester.check(page.model)
    texts = [page.model.record(r)["text"] for r in range(page.model.rowCount())]
    assert texts == ["已整改完毕", "逾期未整改", "尚在期限内"]  # by deadline
    assert page.model.index(1, 1).data() == "待整改 · 逾期"
    assert page.model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole).name() == OVERDUE_COLOUR
    assert page.model.index(2, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    page.filters["overdue"].setCurrentIndex(1)
    wait_loaded(qtbot, page.model)
    assert page.model.rowCount() == 2  # 待核查 past its deadline is overdue too: not ticked off yet
    page.filters["status"].setCurrentIndex(page.filters["status"].findData("待核查"))
    wait_loaded(qtbot, page.model)
    assert [page.model.record(0)["text"]] == ["已整改完毕"]
    page.filters["overdue"].setCurrentIndex(0)
    page.filters["status"].setCurrentIndex(0)
    page.search("期限")
    wait_loaded(qtbot, page.model)
    assert [page.model.record(0)["text"]] == ["尚在期限内"] and page.model.rowCount() == 1


def test_model_sorts_on_the_reader_thread(qtbot: Any, ctx: AppContext, services: Services) -> None:
    item(services, "乙", date(2027, 1, 2))
    item(services, "甲", date(2027, 3, 1))
    model = RectificationTableModel(ctx)
    model.sort(2, Qt.SortOrder.DescendingOrder)
    wait_loaded(qtbot, model)
    assert [model.record(r)["text"] for r in range(2)] == ["甲", "乙"]


def test_new_item_from_an_entry(qtbot: Any, ctx: AppContext, services: Services) -> None:
    entry_id = make_entry(services, "消防验收迟迟未办", due_in=10)
    dispatch(services, entry_id, "天河区消防救援大队")
    dialog = add_form(qtbot, RectificationDialog(ctx, entry_id=entry_id))
    assert dialog.responsible.text() == "天河区消防救援大队"
    assert dialog.entry_number.text() == services.entry(entry_id)["number"]
    dialog.entry_number.setText("不存在的编号")
    assert dialog.form.problem_labels["entry_id"].messages() == ["没有编号为“不存在的编号”的台账条目"]
    assert not dialog.save_button.isEnabled()
    dialog.entry_number.setText(services.entry(entry_id)["number"])
    dialog.text.setPlainText("限期完成消防验收")
    dialog.accept()
    saved = services.rectification(dialog.saved_id)
    assert (saved["entry_id"], saved["text"], saved["status"]) == (entry_id, "限期完成消防验收", "待整改")


def test_new_item_needs_text_and_responsible(qtbot: Any, ctx: AppContext) -> None:
    dialog = add_form(qtbot, RectificationDialog(ctx))
    dialog.accept()
    assert dialog.saved_id is None
    assert (
        dialog.form.problem_labels["text"].messages() and dialog.form.problem_labels["responsible"].messages()
    )


def test_verification_requires_a_return_visit(
    qtbot: Any,
    ctx: AppContext,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    messages: ShownMessages,
) -> None:
    entry_id = make_entry(services, "排污许可审批慢")
    item_id = item(services, "限期办结排污许可", date.today() + timedelta(days=10), entry_id=entry_id)
    services.rectification_action(item_id, action="submit")
    enterprise = first_enterprise(services)

    dialog = VerifyDialog(ctx, services.rectification(item_id))
    qtbot.addWidget(dialog)
    assert dialog.enterprise.enterprise_id() == enterprise["id"]
    assert dialog.visits.count() == 0 and not dialog.ok_button.isEnabled()  # no visit, no ticking off

    def record(cls: Any, parent: Any, ctx_: AppContext, enterprise_id: str) -> str:
        return services.create_visit(
            enterprise_id=enterprise_id, kind="回访", started_at="2026-12-01 10:00", officers=["测试员"]
        ).id

    monkeypatch.setattr(VerifyDialog, "record_return_visit", classmethod(record))
    dialog.record_button.click()
    assert dialog.visits.count() == 1 and dialog.ok_button.isEnabled()
    visit_id = dialog.visit_id()
    assert "回访" in dialog.visits.currentText()

    detail = RectificationDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_item(item_id)
    assert list(detail.action_buttons) == ["verify", "reject"]
    monkeypatch.setattr(VerifyDialog, "choose", classmethod(lambda cls, parent, ctx_, row: None))
    assert not detail.run_action("verify")  # cancelled: nothing happens
    assert services.rectification(item_id)["status"] == "待核查"
    monkeypatch.setattr(
        VerifyDialog, "choose", classmethod(lambda cls, parent, ctx_, row: (visit_id, "现场核实已办结"))
    )
    assert detail.run_action("verify")
    verified = services.rectification(item_id)
    assert (verified["status"], verified["verify_visit_id"]) == ("已销号", visit_id)
    assert "现场核实已办结" in verified["notes"]
    assert detail.action_buttons == {} and not detail.done_label.isHidden()
    assert "<a " in detail.grid.values["visit"].text()
    assert messages.errors == []


def test_steps_and_evidence(
    qtbot: Any, ctx: AppContext, services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    item_id = item(services, "公开涉企检查事项清单", date.today() + timedelta(days=5))
    detail = RectificationDetail(ctx)
    qtbot.addWidget(detail)
    detail.show_item(item_id)
    assert [b.text() for b in detail.action_buttons.values()] == ["开始整改", "提交核查"]
    detail.action_buttons["start"].click()
    assert services.rectification(item_id)["status"] == "整改中"
    photo = write_png(tmp_path / "整改照片.png")
    monkeypatch.setattr(LedgerFiles, "open_evidence", classmethod(lambda cls, parent: [photo]))
    detail.evidence_button.click()
    assert [a["filename"] for a in services.rectification(item_id)["evidence"]] == ["整改照片.png"]
    assert detail.evidence.count() == 1 and detail.evidence_caption.text() == "佐证材料（1）"
    detail.action_buttons["submit"].click()
    monkeypatch.setattr(
        RectificationDetail, "ask_note", classmethod(lambda cls, parent, title, label: "清单未公开")
    )
    detail.action_buttons["reject"].click()
    rejected = services.rectification(item_id)
    assert rejected["status"] == "整改中" and "清单未公开" in rejected["notes"]
