"""Work survives a restart: import enterprises, record a visit with a photo in the form, close
everything, open the same data directory in a new window, and find the visit and its photo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest

from app.io.enterprises import import_enterprises
from app.services import open_services
from tests.ui.conftest import add_form, enterprise_row, wait_loaded, write_png
from ui.application import create_main_window
from ui.context import AppContext
from ui.dialogs.visit_dialog import VisitDialog
from ui.file_dialogs import FileDialogs
from ui.widgets.photos import PATH_ROLE


def make_workbook(path: Path) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["企业名称", "统一社会信用代码", "所属区", "行业", "联系人", "联系电话"])
    for i in range(1, 6):
        row = enterprise_row(i)
        sheet.append([row["name"], row["uscc"], "天河区", "软件和信息技术服务业", "陈静", "020-87654321"])
    book.save(path)
    return path


def test_a_visit_with_a_photo_survives_a_restart(
    qtbot: Any, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = open_services(data_dir, actor="王五")
    result = import_enterprises(services, make_workbook(tmp_path / "企业名录.xlsx"))
    assert (result.imported, result.rejected) == (5, 0)
    target = enterprise_row(3)
    photo = write_png(tmp_path / "座谈现场.png", "#aa3311", (120, 80))
    monkeypatch.setattr(FileDialogs, "open_images", classmethod(lambda cls, parent: [photo]))

    def record(
        cls: type[VisitDialog],
        parent: Any,
        ctx: AppContext,
        visit_id: str | None = None,
        *,
        enterprise_id: str | None = None,
    ) -> str | None:
        """What an officer does in the form: pick the enterprise by its credit code, fill in, Ctrl+S."""
        dialog = cls(ctx, visit_id, enterprise_id=enterprise_id, parent=parent)
        add_form(qtbot, dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        dialog.enterprise.line.setFocus()
        qtbot.keyClicks(dialog.enterprise.line, target["uscc"][:12])
        popup = dialog.enterprise.completer.popup()
        qtbot.waitUntil(popup.isVisible)
        popup.setCurrentIndex(popup.model().index(0, 0))
        qtbot.keyClick(popup, Qt.Key.Key_Return)
        dialog.kind.setCurrentIndex(dialog.kind.findData("约谈座谈"))
        dialog.started.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(14, 0)))
        dialog.officers.setText("王五、李四")
        dialog.purpose.setText("座谈了解用工需求")
        dialog.demands.setPlainText("希望协调解决员工子女入学问题")
        dialog.add_photos_button.click()
        qtbot.waitUntil(dialog.save_button.isEnabled)
        QTest.keySequence(dialog, "Ctrl+S")
        return dialog.saved_id

    monkeypatch.setattr(VisitDialog, "edit", classmethod(record))
    first = create_main_window(services)
    qtbot.addWidget(first)
    with qtbot.waitActive(first):
        first.show()
        first.activateWindow()
    first.show_page("visits")
    QTest.keySequence(first, "Ctrl+N")  # a new record of the current screen: a visit
    assert len(services.visit_ids()) == 1
    first.close()
    first.ctx.shutdown()
    services.close()

    services = open_services(data_dir)
    second = create_main_window(services)
    qtbot.addWidget(second)
    try:
        second.show()
        assert second.current_page() is second.visits  # the screen in use when it closed
        page = second.visits
        wait_loaded(qtbot, page.model)
        assert page.model.rowCount() == 1
        assert page.model.index(0, 1).data() == target["name"]
        assert page.model.index(0, 0).data() == "2026-12-02 14:00"
        page.view.selectRow(0)
        detail = page.detail_pane
        assert detail.title.text() == target["name"]
        assert detail.grid.values["officers"].text() == "王五、李四"
        assert detail.photos.count() == 1
        item = detail.photos.item(0)
        assert item.text() == "座谈现场.png" and not item.icon().isNull()
        assert Path(item.data(PATH_ROLE)).read_bytes() == photo.read_bytes()
    finally:
        second.close()
        second.ctx.shutdown()
        services.close()
