"""One letter on the letters screen: live preview of a draft, issuing, refusals, printing, saving."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from app.services import Services
from tests.ui.conftest import ShownMessages
from ui.context import AppContext
from ui.dialogs.messages import Messages
from ui.file_dialogs import FileDialogs
from ui.pages.letter_detail import LetterDetail
from ui.pages.letters import LettersPage

ORGAN = "中共广州市天河区纪律检查委员会"
USCC = "91350100M000100Y43"


@pytest.fixture
def unit(services: Services) -> Services:
    services.set_settings(organ_name=ORGAN, letter_prefixes={"监督建议书": "穗天纪建"})
    return services


def add_entry(services: Services, summary: str, department: str = "天河区住房和城乡建设局") -> str:
    existing = services.enterprise_by_uscc(USCC)
    enterprise_id = (
        existing["id"]
        if existing
        else services.create_enterprise(
            name="广州市天河区星汇信息科技有限公司", uscc=USCC, district="天河"
        ).id
    )
    return services.create_entry(
        source="走访",
        enterprise_id=enterprise_id,
        matter_type="投诉",
        scenario="慢作为",
        summary=summary,
        department=department,
    ).id


def draft_from_entries(services: Services, **fields: Any) -> str:
    """A 监督建议书 draft listing two ledger entries' problems, as the ledger screen makes them."""
    entries = (add_entry(services, "施工许可审批超过承诺时限"), add_entry(services, "企业开办材料反复退回"))
    values: dict[str, Any] = {
        "addressee": "天河区住房和城乡建设局",
        "requirements": "严格执行承诺时限",
        "reply_contact": "李明，020-38920000",
    }
    values.update(fields)
    return services.create_letter(kind="监督建议书", entry_ids=entries, **values).id


def pdf_text(data: bytes) -> str:
    """The PDF's text without line breaks or spaces (titles wrap onto two lines)."""
    text = "".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)
    return re.sub(r"\s+", "", text)


def wait_preview(qtbot: Any, detail: LetterDetail, loads_before: int = 0) -> None:
    preview = detail.preview
    qtbot.waitUntil(
        lambda: (
            preview.load_count > loads_before
            and preview.document.status() == QPdfDocument.Status.Ready
            and preview.page_count() >= 1
        ),
        timeout=15000,
    )


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> LettersPage:
    widget = LettersPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1280, 900)
    widget.show()
    qtbot.waitUntil(lambda: widget.model.has_loaded() and not widget.model.is_loading())
    return widget


def open_letter(qtbot: Any, page: LettersPage, letter_id: str) -> LetterDetail:
    before = page.detail.preview.load_count
    assert page.select(letter_id)
    wait_preview(qtbot, page.detail, before)
    return page.detail


def test_draft_preview_follows_the_edited_title(qtbot: Any, unit: Services, page: LettersPage) -> None:
    letter_id = draft_from_entries(unit)
    detail = open_letter(qtbot, page, letter_id)
    editor = detail.editor
    assert not editor.read_only
    assert editor.problems.values() == ["施工许可审批超过承诺时限", "企业开办材料反复退回"]
    assert "施工许可审批超过承诺时限" in editor.links.text()  # the ledger entries it came from
    entry_id = unit.letter_links(letter_id)[0]["to_id"]
    with qtbot.waitSignal(page.open_entry) as opened:  # the main window shows it on the ledger screen
        editor.links.linkActivated.emit(f"ledger_entries:{entry_id}")
    assert opened.args == [entry_id]
    assert "关于天河区住房和城乡建设局" in pdf_text(detail.preview.data)

    loads = detail.preview.load_count
    editor.title.setText("关于测试标题的监督建议书")
    qtbot.waitUntil(lambda: editor.save_count == 1)  # saved by itself after a pause in typing
    assert unit.letter(letter_id)["title"] == "关于测试标题的监督建议书"
    wait_preview(qtbot, detail, loads)
    assert "关于测试标题的监督建议书" in pdf_text(detail.preview.data)
    assert detail.preview_requests >= 2


def test_ctrl_s_saves_at_once_and_body_regenerates_from_template(
    qtbot: Any, unit: Services, page: LettersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_id = draft_from_entries(unit)
    editor = open_letter(qtbot, page, letter_id).editor
    editor.requirements.setPlainText("严格执行承诺时限\n建立问题台账逐项销号")
    assert editor.has_pending()
    assert editor.flush()  # what Ctrl+S does
    assert unit.letter(letter_id)["requirements"] == "严格执行承诺时限\n建立问题台账逐项销号"

    asked: list[str] = []
    monkeypatch.setattr(
        Messages, "confirm", classmethod(lambda cls, parent, title, text, action: asked.append(text) or True)
    )
    editor.regenerate_button.click()
    assert asked and "正文" in asked[0]
    body = unit.letter(letter_id)["body"]
    assert "（二）建立问题台账逐项销号。" in body
    assert editor.body.toPlainText().splitlines() == body


def test_a_refused_edit_is_named_beside_its_field_and_kept(
    qtbot: Any, unit: Services, page: LettersPage
) -> None:
    letter_id = draft_from_entries(unit)
    detail = open_letter(qtbot, page, letter_id)
    editor = detail.editor
    editor.title.setText("长" * 201)
    assert not editor.flush()
    label = editor.form.problem_labels["title"]
    assert label.messages() == ["标题不能超过200个字符（现有201个）"]
    assert editor.has_pending()
    unit.set_settings(officer_name="王五")  # something else changes meanwhile…
    detail.refresh()
    assert editor.title.text() == "长" * 201  # …and what the officer typed stays in the form
    editor.title.setText("关于测试标题的监督建议书")
    assert editor.flush() and not label.isVisibleTo(editor)
    assert unit.letter(letter_id)["title"] == "关于测试标题的监督建议书"


def test_issue_after_confirmation_freezes_the_letter(
    qtbot: Any, unit: Services, page: LettersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_id = draft_from_entries(unit, letter_date="2026-12-01")
    detail = open_letter(qtbot, page, letter_id)
    asked: list[str] = []
    monkeypatch.setattr(
        Messages, "confirm", classmethod(lambda cls, parent, title, text, action: asked.append(text) or True)
    )
    loads = detail.preview.load_count
    detail.issue_button.click()
    assert "不可修改" in asked[0] and "穗天纪建〔2026〕" in asked[0]
    row = unit.letter(letter_id)
    assert row["status"] == "已签发" and row["number"] == "穗天纪建〔2026〕1号"
    assert "穗天纪建〔2026〕1号" in detail.state.text()
    assert detail.editor.read_only and detail.editor.title.isReadOnly()
    assert not detail.editor.kind.isEnabled()
    assert detail.issue_button.isHidden() and not detail.deliver_button.isHidden()
    wait_preview(qtbot, detail, loads)
    assert detail.preview.data == unit.issued_pdf(letter_id)  # the stored original, number and QR
    assert "穗天纪建〔2026〕1号" in pdf_text(detail.preview.data)
    qtbot.waitUntil(lambda: page.model.record(0) is not None and page.model.record(0)["status"] == "已签发")


def test_cancelled_confirmation_issues_nothing(
    qtbot: Any, unit: Services, page: LettersPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    letter_id = draft_from_entries(unit)
    detail = open_letter(qtbot, page, letter_id)
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *a: False))
    detail.issue_button.click()
    assert unit.letter(letter_id)["status"] == "草稿"


def test_uncovered_character_refusal_names_it(
    qtbot: Any,
    unit: Services,
    page: LettersPage,
    messages: ShownMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter_id = draft_from_entries(unit)
    detail = open_letter(qtbot, page, letter_id)
    detail.editor.addressee.setText("广州市\U0002a6a5科技有限公司")  # CJK Extension B: no bundled face
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *a: True))
    detail.issue_button.click()  # saves the pending edit first
    assert len(messages.errors) == 1
    assert "\U0002a6a5" in messages.errors[0] and "主送机关" in messages.errors[0]
    assert unit.letter(letter_id)["status"] == "草稿"
    assert not detail.editor.read_only


def test_empty_required_fields_are_named(
    qtbot: Any,
    unit: Services,
    page: LettersPage,
    messages: ShownMessages,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    letter_id = draft_from_entries(unit)
    detail = open_letter(qtbot, page, letter_id)
    detail.editor.title.setText("")
    detail.editor.organ.setText("")
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *a: True))
    detail.issue_button.click()
    assert "标题不能为空" in messages.errors[0] and "发文机关不能为空" in messages.errors[0]
    assert unit.letter(letter_id)["status"] == "草稿"


def test_print_is_a4_at_true_size(
    qtbot: Any,
    unit: Services,
    page: LettersPage,
    messages: ShownMessages,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    letter_id = draft_from_entries(unit)
    unit.issue_letter(letter_id)
    detail = open_letter(qtbot, page, letter_id)
    output = tmp_path / "printed.pdf"

    def to_file(cls: Any, parent: Any, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(output))
        return True

    monkeypatch.setattr(FileDialogs, "setup_printer", classmethod(to_file))
    detail.print_button.click()
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=30000)
    assert messages.infos == ["已将 1 件文书发送到打印机。"]
    printed = PdfReader(output)
    original = PdfReader(io.BytesIO(unit.issued_pdf(letter_id)))
    assert len(printed.pages) == len(original.pages)
    for sheet in printed.pages:
        assert abs(float(sheet.mediabox.width) - 595.3) < 1.5
        assert abs(float(sheet.mediabox.height) - 841.9) < 1.5


def test_save_as_pdf_writes_the_issued_original(
    qtbot: Any, unit: Services, page: LettersPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    letter_id = draft_from_entries(unit)
    unit.issue_letter(letter_id)
    detail = open_letter(qtbot, page, letter_id)
    suggested: list[str] = []

    def choose(cls: Any, parent: Any, name: str) -> Path:
        suggested.append(name)
        return tmp_path / name

    monkeypatch.setattr(FileDialogs, "save_pdf", classmethod(choose))
    detail.save_button.click()
    assert suggested == ["穗天纪建〔2026〕1号.pdf"]
    assert (tmp_path / suggested[0]).read_bytes() == unit.issued_pdf(letter_id)
