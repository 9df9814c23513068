"""Import and export from the enterprise screen: on a worker, with progress, cancel and a result."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QPushButton

from app.services import Services
from tests.ui.conftest import ShownMessages, enterprise_row, wait_loaded
from ui.context import AppContext
from ui.dialogs.import_result import ImportResultDialog
from ui.dialogs.job_progress import run_job
from ui.file_dialogs import FileDialogs
from ui.pages.enterprises import EnterprisesPage

HEADER = ["序号", "企业名称", "统一社会信用代码", "所属区", "行业", "联系人"]


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def good_row(i: int) -> list[Any]:
    row = enterprise_row(i)
    return [i, row["name"], row["uscc"], "天河区", "软件业", "张三"]


@pytest.fixture
def page(qtbot: Any, ctx: AppContext) -> EnterprisesPage:
    page = EnterprisesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page.model)
    return page


def test_import_reports_every_rejected_row(
    qtbot: Any,
    page: EnterprisesPage,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
) -> None:
    source = write_xlsx(
        tmp_path / "名录.xlsx",
        [
            good_row(1),
            [2, "广州校验位错误有限公司", "91350100M000100Y44", "天河区", "", ""],
            good_row(3),
            [4, "广州不知何区有限公司", enterprise_row(4)["uscc"], "东莞", "", ""],
        ],
    )
    monkeypatch.setattr(FileDialogs, "open_table", classmethod(lambda cls, parent: source))
    results: list[Any] = []
    monkeypatch.setattr(
        ImportResultDialog, "show_result", classmethod(lambda cls, parent, r: results.append(r))
    )
    with qtbot.waitSignal(page.model.loaded, timeout=20000):
        page.import_button.click()
        qtbot.waitUntil(lambda: bool(results), timeout=20000)
    result = results[0]
    assert (result.imported, result.updated, result.unchanged, result.rejected) == (2, 0, 0, 2)
    assert [r.row for r in result.rejected_rows] == [3, 5]  # as Excel numbers them, header is row 1
    assert page.model.rowCount() == 2 and services.enterprise_count() == 2

    dialog = ImportResultDialog(result)
    qtbot.addWidget(dialog)
    assert "新增 2 家" in dialog.summary.text() and "未导入 2 行" in dialog.summary.text()
    assert dialog.rejected_model.rowCount() == 2
    assert dialog.rejected_model.index(0, 0).data() == "3"
    assert "校验位错误" in dialog.rejected_model.index(0, 1).data()
    assert "东莞" in dialog.rejected_model.index(1, 1).data()
    assert str(result.rejects_path) in dialog.rejects.text()
    assert result.rejects_path.exists()
    qtmodeltester.check(dialog.rejected_model)


def test_an_unusable_file_is_explained(
    qtbot: Any,
    page: EnterprisesPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: ShownMessages,
) -> None:
    source = tmp_path / "名录.doc"
    source.write_text("not a table", encoding="utf-8")
    monkeypatch.setattr(FileDialogs, "open_table", classmethod(lambda cls, parent: source))
    page.import_button.click()
    qtbot.waitUntil(lambda: bool(messages.errors), timeout=20000)
    assert "不支持的文件格式" in messages.errors[0]


def test_export_writes_the_file(
    qtbot: Any,
    page: EnterprisesPage,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    messages: ShownMessages,
) -> None:
    services.upsert_enterprises([enterprise_row(1), enterprise_row(2)])
    target = tmp_path / "导出.xlsx"
    suggested: list[str] = []

    def save_table(cls: Any, parent: Any, name: str) -> Path:
        suggested.append(name)
        return target

    monkeypatch.setattr(FileDialogs, "save_table", classmethod(save_table))
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=20000)
    assert suggested[0].startswith("企业名录_") and suggested[0].endswith(".xlsx")
    assert messages.infos == [f"已导出 2 家企业至 {target}。"]
    sheet = openpyxl.load_workbook(target).active
    assert sheet.max_row == 3


def test_cancelling_stops_the_job(qtbot: Any, ctx: AppContext) -> None:
    reported = threading.Event()
    results: list[Any] = []

    def work(services: Services, progress: Any) -> str:
        deadline = time.monotonic() + 120  # so a broken cancel fails the test instead of hanging it
        while time.monotonic() < deadline:
            if not progress(1, 10):
                return "stopped"
            reported.set()
            time.sleep(0.002)
        return "ran to the end"

    watcher = run_job(None, ctx, "测试", "测试中…", work, results.append)
    qtbot.waitUntil(reported.is_set)
    cancel_button = watcher.dialog.findChild(QPushButton)
    assert cancel_button.text() == "取消"
    cancel_button.click()
    qtbot.waitUntil(lambda: bool(results), timeout=20000)
    assert results == ["stopped"]
    assert ctx.jobs.running() == 0
