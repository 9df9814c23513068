"""The visit form: type-ahead enterprise picker, validation beside fields, photos saved with the visit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtTest import QTest

from app.services import Services
from tests.ui.conftest import add_form, enterprise_row, write_png
from ui.context import AppContext
from ui.dialogs.image_viewer import ImageViewer
from ui.dialogs.visit_dialog import VisitDialog
from ui.file_dialogs import FileDialogs
from ui.models.enterprise_choices import EnterpriseChoicesModel
from ui.pages.visits import VisitsPage


@pytest.fixture
def enterprise_id(services: Services) -> str:
    services.upsert_enterprises(
        [
            enterprise_row(1, name="广州天河软件有限公司", district="440106"),
            enterprise_row(2, name="广州白云物流有限公司", district="440111"),
        ]
    )
    return services.enterprise_by_uscc(enterprise_row(1)["uscc"])["id"]


def type_text(widget: Any, text: str) -> None:
    """Type like a person, one character at a time (works for Chinese, unlike qtbot.keyClicks)."""
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def test_choices_model_passes_the_model_tester(
    qtmodeltester: Any, services: Services, enterprise_id: str
) -> None:
    model = EnterpriseChoicesModel(services)
    model.refresh("广州")
    assert model.rowCount() == 2
    assert model.index(0, 0).data(Qt.ItemDataRole.EditRole).startswith("广州")
    assert "天河区" in model.index(0, 0).data() or "白云区" in model.index(0, 0).data()
    qtmodeltester.check(model)


def test_picking_an_enterprise_by_typing(qtbot: Any, ctx: AppContext, enterprise_id: str) -> None:
    dialog = VisitDialog(ctx)
    add_form(qtbot, dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    picker = dialog.enterprise
    picker.line.setFocus()
    type_text(picker.line, "软件")
    popup = picker.completer.popup()
    qtbot.waitUntil(lambda: popup.isVisible())
    assert picker.model.rowCount() == 1
    assert "91440101" in popup.model().index(0, 0).data()  # the credit code helps tell branches apart
    popup.setCurrentIndex(popup.model().index(0, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.enterprise_id() == enterprise_id
    assert picker.line.text() == "广州天河软件有限公司"

    # Typing over the choice clears it again, and a name that matches nothing is an error.
    picker.line.setFocus()
    picker.line.selectAll()
    type_text(picker.line, "不存在的公司")
    assert picker.enterprise_id() is None
    label = dialog.left.problem_labels["enterprise_id"]
    qtbot.waitUntil(lambda: label.isVisible())
    assert label.messages() == ["找不到名为“不存在的公司”的企业，请从列表中选择"]
    assert not dialog.save_button.isEnabled()


def test_exact_name_is_chosen_on_leaving_the_field(qtbot: Any, ctx: AppContext, enterprise_id: str) -> None:
    dialog = VisitDialog(ctx)
    add_form(qtbot, dialog)
    dialog.enterprise.line.setText("广州天河软件有限公司")
    dialog.enterprise.line.editingFinished.emit()
    assert dialog.enterprise.enterprise_id() == enterprise_id


def test_problems_appear_beside_their_fields(qtbot: Any, ctx: AppContext, enterprise_id: str) -> None:
    dialog = VisitDialog(ctx, enterprise_id=enterprise_id)
    add_form(qtbot, dialog)
    dialog.show()
    dialog.officers.setText("王五")
    dialog.officers.setText("")
    dialog.ended.setDateTime(dialog.started.dateTime().addSecs(-600))
    qtbot.waitUntil(lambda: dialog.left.problem_labels["officers"].isVisible())
    assert dialog.left.problem_labels["officers"].messages() == ["至少填写一名走访人员"]
    assert dialog.left.problem_labels["ended_at"].messages() == ["结束时间早于开始时间"]
    assert not dialog.save_button.isEnabled()


def test_defaults_and_moving_the_start_keeps_the_length(
    qtbot: Any, ctx: AppContext, services: Services, enterprise_id: str
) -> None:
    services.set_settings(officer_name="王五")
    dialog = VisitDialog(ctx, enterprise_id=enterprise_id)
    add_form(qtbot, dialog)
    assert dialog.officers.values() == ["王五"]
    assert dialog.enterprise.line.text() == "广州天河软件有限公司"
    assert dialog.started.dateTime().secsTo(dialog.ended.dateTime()) == 3600
    dialog.started.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(9, 0)))
    assert dialog.ended.dateTime() == QDateTime(QDate(2026, 12, 3), QTime(10, 0))
    assert not dialog.has_errors()


def test_recording_a_visit_with_a_photo(
    qtbot: Any,
    ctx: AppContext,
    services: Services,
    enterprise_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    photo = write_png(tmp_path / "现场照片.png")
    monkeypatch.setattr(FileDialogs, "open_images", classmethod(lambda cls, parent: [photo]))
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.show()

    def fill_and_save(dialog: VisitDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData("回访"))
        dialog.started.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(9, 30)))
        dialog.officers.setText("王五、李四")
        dialog.departments.setText("区市场监管局，区税务局")
        dialog.purpose.setText("回访融资需求")
        dialog.findings.setPlainText("企业反映审批时间较长")
        dialog.demands.setPlainText("希望压缩审批时限\n\n希望减少重复检查\n")
        dialog.satisfaction.setCurrentIndex(dialog.satisfaction.findData("基本满意"))
        dialog.follow_up_set.setChecked(True)
        dialog.follow_up.setDate(QDate(2026, 12, 10))
        dialog.add_photos_button.click()
        assert dialog.photos.count() == 1
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
        QTest.keySequence(dialog, "Ctrl+S")

    def run_dialog(
        cls: type[VisitDialog],
        parent: Any,
        ctx_: AppContext,
        visit_id: str | None = None,
        *,
        enterprise_id: str | None = None,
    ) -> str | None:
        dialog = cls(ctx_, visit_id, enterprise_id=enterprise_id, parent=parent)
        add_form(qtbot, dialog)
        with qtbot.waitExposed(dialog):
            dialog.show()
        fill_and_save(dialog)
        assert dialog.result() == VisitDialog.DialogCode.Accepted
        return dialog.saved_id

    monkeypatch.setattr(VisitDialog, "edit", classmethod(run_dialog))
    page.new_record(enterprise_id)

    visit = services.visits_of(enterprise_id)[0]
    assert visit["kind"] == "回访"
    assert visit["started_at"] == "2026-12-03T09:30"
    assert visit["ended_at"] == "2026-12-03T10:30"
    assert visit["officers"] == ["王五", "李四"]
    assert visit["departments"] == ["区市场监管局", "区税务局"]
    assert visit["demands"] == ["希望压缩审批时限", "希望减少重复检查"]
    assert (visit["satisfaction"], visit["follow_up_on"]) == ("基本满意", "2026-12-10")

    detail = page.detail_pane
    assert detail.visit_id == visit["id"]
    assert detail.photos.count() == 1
    item = detail.photos.item(0)
    assert item.text() == "现场照片.png"
    assert not item.icon().isNull()
    assert Path(item.data(Qt.ItemDataRole.UserRole + 10)).read_bytes() == photo.read_bytes()
    viewed: list[Path] = []
    monkeypatch.setattr(ImageViewer, "view", classmethod(lambda cls, parent, path: viewed.append(path)))
    detail.photos.itemActivated.emit(item)  # double-click or Enter on the thumbnail
    assert [p.read_bytes() for p in viewed] == [photo.read_bytes()]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, 1).data() == "广州天河软件有限公司"


def test_editing_removes_and_adds_photos(
    qtbot: Any, ctx: AppContext, services: Services, enterprise_id: str, tmp_path: Path
) -> None:
    first, second = write_png(tmp_path / "a.png", "#ff0000"), write_png(tmp_path / "b.png", "#00ff00")
    visit_id = services.create_visit(
        enterprise_id=enterprise_id,
        kind="走访调研",
        started_at="2026-12-01 09:00",
        officers=["王五"],
        photos=[first],
    ).id
    dialog = VisitDialog(ctx, visit_id)
    add_form(qtbot, dialog)
    assert dialog.photos.count() == 1
    dialog.photos.item(0).setSelected(True)
    dialog.remove_photo_button.click()
    dialog.add_photo(second)
    dialog.accept()
    assert [a["filename"] for a in services.visit(visit_id)["attachments"]] == ["b.png"]
