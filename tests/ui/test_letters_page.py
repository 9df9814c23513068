"""The letters screen: the list and its model, new letters, batch export, verify, the letter's lifecycle."""

from __future__ import annotations

import io
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest

from app.services import Services
from tests.ui.conftest import ShownMessages
from tests.ui.test_letter_editor import add_entry, draft_from_entries, open_letter
from ui.context import AppContext
from ui.dialogs.letter_dialogs import DeliveryDialog, NewLetter, NewLetterDialog, Reply, ReplyDialog
from ui.dialogs.messages import Messages
from ui.file_dialogs import FileDialogs
from ui.main_window import MainWindow
from ui.models.letter_table import OVERDUE_COLOUR, LetterTableModel
from ui.pages import letter_print
from ui.pages.letters import LettersPage

ORGAN = "中共广州市天河区纪律检查委员会"


@pytest.fixture
def unit(services: Services) -> Services:
    services.set_settings(organ_name=ORGAN, letter_prefixes={"监督建议书": "穗天纪建"})
    return services


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> LettersPage:
    widget = LettersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    wait_list(qtbot, widget.model)
    return widget


def wait_list(qtbot: Any, model: LetterTableModel) -> None:
    qtbot.waitUntil(lambda: model.has_loaded() and not model.is_loading())


def reload(qtbot: Any, page: LettersPage) -> None:
    page.model.reload()
    wait_list(qtbot, page.model)


def letters_of_every_kind(services: Services) -> dict[str, str]:
    """A draft, an issued letter whose reply is overdue, and a delivered one."""
    draft = draft_from_entries(services)
    late = draft_from_entries(services, letter_date="2026-01-10", deadline="2026-02-10")
    services.issue_letter(late)
    delivered = services.create_letter(
        kind="提醒函", addressee="天河区税务局", title="关于加快退税办理的提醒函"
    ).id
    services.issue_letter(delivered)
    services.letter_action(delivered, action="deliver", receiver="刘洋")
    return {"draft": draft, "late": late, "delivered": delivered}


def column(model: LetterTableModel, key: str) -> int:
    return next(i for i, c in enumerate(model.columns) if c.key == key)


def test_letter_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: Any, ctx: AppContext, unit: Services
) -> None:
    ids = letters_of_every_kind(unit)
    model = LetterTableModel(ctx)
    model.reload()
    wait_list(qtbot, model)
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["文号", "类型", "标题", "主送机关", "成文日期", "整改期限", "状态", "回复逾期"]
    rows = {model.record(r)["id"]: r for r in range(model.rowCount())}
    number = column(model, "number")
    assert model.index(rows[ids["draft"]], number).data() == "草稿"
    assert model.index(rows[ids["late"]], number).data() == "穗天纪建〔2026〕1号"
    overdue = model.index(rows[ids["late"]], column(model, "overdue"))
    assert overdue.data().startswith("逾期 ") and overdue.data().endswith(" 天")
    brush = overdue.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == OVERDUE_COLOUR
    assert model.index(rows[ids["delivered"]], column(model, "overdue")).data() == ""

    model.sort(column(model, "number"), Qt.SortOrder.AscendingOrder)  # drafts first, then by number
    assert model.record(0)["id"] == ids["draft"]
    qtmodeltester.check(model)


def test_filters_search_and_select(qtbot: Any, unit: Services, page: LettersPage) -> None:
    ids = letters_of_every_kind(unit)
    reload(qtbot, page)
    assert page.count_label.text() == "共 3 件文书"
    page.status_filter.setCurrentIndex(page.status_filter.findData("已送达"))
    wait_list(qtbot, page.model)
    assert page.model.ids() == [ids["delivered"]]
    page.status_filter.setCurrentIndex(0)
    wait_list(qtbot, page.model)
    page.search("退税")
    assert page.model.ids() == [ids["delivered"]]
    page.search("")

    page.kind_filter.setCurrentIndex(page.kind_filter.findData("提醒函"))
    wait_list(qtbot, page.model)
    # Opening a letter the filters hide clears them, and selects it in the list.
    open_letter(qtbot, page, ids["late"])
    wait_list(qtbot, page.model)
    qtbot.waitUntil(lambda: page.selected_ids() == [ids["late"]])
    assert page.kind_filter.currentIndex() == 0
    assert page.detail.row is not None and page.detail.row["id"] == ids["late"]
    assert "逾期" in page.detail.record.overdue.text() and page.detail.record.overdue.isVisibleTo(page)


def test_new_letter_with_ctrl_n_from_ledger_entries(
    qtbot: Any, main_window: MainWindow, unit: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = (add_entry(unit, "消防验收排期过长"), add_entry(unit, "施工图审查意见反复"))
    monkeypatch.setattr(
        NewLetterDialog,
        "ask",
        classmethod(lambda cls, parent, ctx: NewLetter("提醒函", "天河区住房和城乡建设局", entries)),
    )
    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    page = main_window.show_page("letters")
    assert isinstance(page, LettersPage)
    wait_list(qtbot, page.model)
    QTest.keySequence(main_window, "Ctrl+N")
    letters = unit.letters()
    assert len(letters) == 1 and letters[0]["kind"] == "提醒函"
    assert letters[0]["problems"] == ["消防验收排期过长", "施工图审查意见反复"]
    detail = page.detail
    assert detail.letter_id == letters[0]["id"]
    assert detail.editor.problems.values() == ["消防验收排期过长", "施工图审查意见反复"]
    assert "消防验收排期过长" in detail.editor.links.text()
    qtbot.waitUntil(lambda: page.selected_ids() == [letters[0]["id"]])


def test_open_letter_from_another_screen(qtbot: Any, main_window: MainWindow, unit: Services) -> None:
    letter_id = draft_from_entries(unit)
    main_window.open_letter(letter_id)
    page = main_window.current_page()
    assert isinstance(page, LettersPage)
    assert page.detail.letter_id == letter_id
    qtbot.waitUntil(lambda: page.selected_ids() == [letter_id])


def select_all(page: LettersPage) -> None:
    selection = page.view.selectionModel()
    for row in range(page.model.rowCount()):
        selection.select(
            page.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )


def test_batch_export_writes_one_pdf_per_letter(
    qtbot: Any,
    unit: Services,
    page: LettersPage,
    messages: ShownMessages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ids = letters_of_every_kind(unit)
    reload(qtbot, page)
    select_all(page)
    assert page.export_button.text() == "批量导出PDF（3 件）…"
    monkeypatch.setattr(FileDialogs, "choose_folder", classmethod(lambda cls, parent, title: tmp_path))
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=20000)
    assert messages.infos == [f"已将 3 个PDF文件保存到 {tmp_path}。"]
    names = sorted(p.name for p in tmp_path.glob("*.pdf"))
    draft_title = unit.letter(ids["draft"])["title"]
    assert names == sorted([f"{draft_title}.pdf", "穗天纪建〔2026〕1号.pdf", "穗纪提〔2026〕1号.pdf"])
    assert (tmp_path / "穗天纪建〔2026〕1号.pdf").read_bytes() == unit.issued_pdf(ids["late"])


def test_batch_print_is_one_job_of_every_page(
    qtbot: Any,
    unit: Services,
    page: LettersPage,
    messages: ShownMessages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    ids = letters_of_every_kind(unit)
    reload(qtbot, page)
    select_all(page)
    output = tmp_path / "batch.pdf"

    def to_file(cls: Any, parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return True

    monkeypatch.setattr(FileDialogs, "setup_printer", classmethod(to_file))
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=60000)
    assert messages.infos == ["已将 3 件文书发送到打印机。"]
    pages = sum(len(PdfReader(io.BytesIO(unit.preview_letter(i))).pages) for i in ids.values())
    assert len(PdfReader(output).pages) == pages


def test_cancel_stops_a_batch(
    qtbot: Any,
    unit: Services,
    page: LettersPage,
    messages: ShownMessages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    letters_of_every_kind(unit)
    reload(qtbot, page)
    select_all(page)
    first_written, cancelled = threading.Event(), threading.Event()
    write = letter_print.write_pdf

    def write_then_wait(path: Path, data: bytes) -> None:
        write(path, data)
        first_written.set()
        assert cancelled.wait(10)  # hold the batch here until the officer has pressed Cancel

    monkeypatch.setattr(letter_print, "write_pdf", write_then_wait)
    monkeypatch.setattr(FileDialogs, "choose_folder", classmethod(lambda cls, parent, title: tmp_path))
    page.export_button.click()
    watcher = page.batch_watcher
    assert watcher is not None
    qtbot.waitUntil(first_written.is_set)
    watcher.dialog.canceled.emit()  # the progress dialog's Cancel button
    cancelled.set()
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=20000)
    assert messages.infos == [f"已取消：共 3 件，已将其中 1 个PDF文件保存到 {tmp_path}。"]
    assert len(list(tmp_path.glob("*.pdf"))) == 1


def test_delivery_reply_and_closing_through_the_buttons(
    qtbot: Any, unit: Services, page: LettersPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    letter_id = draft_from_entries(unit)
    unit.issue_letter(letter_id)
    detail = open_letter(qtbot, page, letter_id)
    assert detail.deliver_button.isEnabled() and not detail.reply_button.isEnabled()

    monkeypatch.setattr(DeliveryDialog, "ask", classmethod(lambda cls, parent: ("2026-12-01", "刘洋")))
    detail.deliver_button.click()
    row = unit.letter(letter_id)
    assert (row["status"], row["delivered_on"], row["delivered_to"]) == ("已送达", "2026-12-01", "刘洋")
    assert detail.record.grid.values["delivered"].text() == "2026-12-01，签收人：刘洋"
    assert detail.reply_button.isEnabled() and not detail.deliver_button.isEnabled()

    scan = tmp_path / "整改报告.pdf"
    scan.write_bytes(b"%PDF-1.4 report")
    reply = Reply("2026-12-02", "已完成整改，建立承诺时限台账。", (scan,))
    monkeypatch.setattr(ReplyDialog, "ask", classmethod(lambda cls, parent: reply))
    detail.reply_button.click()
    row = unit.letter(letter_id)
    assert (row["status"], row["reply_on"]) == ("已反馈", "2026-12-02")
    assert detail.record.grid.values["reply"].text() == "已完成整改，建立承诺时限台账。"
    assert "整改报告.pdf" in detail.record.grid.values["files"].text()
    assert "穗天纪建" not in detail.record.grid.values["files"].text()  # not the issued original

    asked: list[str] = []
    monkeypatch.setattr(
        Messages, "confirm", classmethod(lambda cls, parent, title, text, action: asked.append(text) or True)
    )
    detail.close_button.click()
    assert asked and "办结" in asked[0]
    assert unit.letter(letter_id)["status"] == "已办结"
    assert not detail.close_button.isEnabled()
    assert "已办结" in detail.state.text()


def test_correction_opens_the_new_draft(qtbot: Any, unit: Services, page: LettersPage) -> None:
    letter_id = draft_from_entries(unit)
    unit.issue_letter(letter_id)
    detail = open_letter(qtbot, page, letter_id)
    detail.correct_button.click()
    new_id = detail.letter_id
    assert new_id != letter_id
    assert unit.letter(new_id)["supersedes_id"] == letter_id
    assert not detail.editor.read_only and not detail.issue_button.isHidden()
    qtbot.waitUntil(lambda: page.selected_ids() == [new_id])


def test_verify_tells_the_original_from_a_modified_copy(
    qtbot: Any,
    unit: Services,
    page: LettersPage,
    messages: ShownMessages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    letter_id = draft_from_entries(unit)
    unit.issue_letter(letter_id)
    original = tmp_path / "original.pdf"
    original.write_bytes(unit.issued_pdf(letter_id))
    modified = tmp_path / "modified.pdf"
    modified.write_bytes(unit.issued_pdf(letter_id) + b"\n% re-saved by another program\n")
    chosen = [original]
    monkeypatch.setattr(FileDialogs, "open_pdf", classmethod(lambda cls, parent: chosen[0]))

    page.verify_button.click()
    assert messages.errors == []
    assert "签发原件" in messages.infos[0] and "穗天纪建〔2026〕1号" in messages.infos[0]

    chosen[0] = modified
    page.verify_button.click()
    assert len(messages.errors) == 1
    assert "不一致" in messages.errors[0] and "modified.pdf" in messages.errors[0]
