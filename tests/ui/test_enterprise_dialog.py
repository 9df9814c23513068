"""The enterprise form: the core's problems appear beside their fields as the officer types."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.domain.uscc import make
from app.services import Services
from tests.ui.conftest import ShownMessages, add_form, enterprise_row
from ui.context import AppContext
from ui.dialogs.enterprise_dialog import EnterpriseDialog
from ui.dialogs.messages import Messages
from ui.widgets.problem_label import ERROR_COLOUR, WARNING_COLOUR

GOOD_USCC = "91350100M000100Y43"  # the standard's own example


def fill(dialog: EnterpriseDialog, **values: str) -> None:
    for key, value in values.items():
        getattr(dialog, key).setText(value)


def test_wrong_check_character_is_explained_beside_the_field(qtbot: Any, ctx: AppContext) -> None:
    dialog = EnterpriseDialog(ctx)
    add_form(qtbot, dialog)
    dialog.show()
    fill(dialog, name="广州测试有限公司", uscc="91350100M000100Y44")
    dialog.district.setCurrentIndex(dialog.district.findData("440106"))
    label = dialog.form.problem_labels["uscc"]
    qtbot.waitUntil(lambda: label.isVisible())
    assert label.messages() == ["统一社会信用代码“91350100M000100Y44”校验位错误：第18位应为“3”，实为“4”"]
    assert ERROR_COLOUR in label.text()
    assert not dialog.save_button.isEnabled()

    dialog.uscc.setText(GOOD_USCC)
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())
    assert not label.isVisible()


def test_untouched_required_fields_stay_quiet_but_block_saving(qtbot: Any, ctx: AppContext) -> None:
    dialog = EnterpriseDialog(ctx)
    add_form(qtbot, dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled()
    assert not any(label.isVisible() for label in dialog.form.problem_labels.values())
    dialog.name.setText("广州测试有限公司")
    dialog.name.setText("")
    qtbot.waitUntil(lambda: dialog.form.problem_labels["name"].isVisible())
    assert dialog.form.problem_labels["name"].messages() == ["企业名称不能为空"]
    assert not dialog.form.problem_labels["uscc"].isVisible()


def test_warning_is_amber_and_does_not_block(qtbot: Any, ctx: AppContext, services: Services) -> None:
    dialog = EnterpriseDialog(ctx)
    add_form(qtbot, dialog)
    dialog.show()
    fill(dialog, name="广州测试有限公司", uscc=GOOD_USCC, phone="打电话")
    dialog.district.setCurrentIndex(dialog.district.findData("440106"))
    label = dialog.form.problem_labels["phone"]
    qtbot.waitUntil(lambda: label.isVisible())
    assert WARNING_COLOUR in label.text()
    assert "联系电话" in label.messages()[0]
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())


def test_new_enterprise_is_saved_and_announced(qtbot: Any, ctx: AppContext, services: Services) -> None:
    dialog = EnterpriseDialog(ctx)
    add_form(qtbot, dialog)
    fill(dialog, name="广州新建测试有限公司", uscc=GOOD_USCC, industry="软件业", contact="李四")
    dialog.district.setCurrentIndex(dialog.district.findData("440106"))
    dialog.ownership.setCurrentIndex(dialog.ownership.findData("民营"))
    with qtbot.waitSignal(ctx.bus.changed) as published:
        dialog.accept()
    changes, origin = published.args
    assert changes.touches("enterprises") and origin is dialog
    saved = services.enterprise(dialog.saved_id)
    assert (saved["name"], saved["district"], saved["ownership"]) == (
        "广州新建测试有限公司",
        "440106",
        "民营",
    )


def test_editing_reports_a_duplicate_credit_code(
    qtbot: Any, ctx: AppContext, services: Services, messages: ShownMessages
) -> None:
    services.upsert_enterprises([enterprise_row(1), enterprise_row(2, name="广州另一家有限公司")])
    first = services.enterprise_by_uscc(enterprise_row(1)["uscc"])
    dialog = EnterpriseDialog(ctx, first["id"])
    add_form(qtbot, dialog)
    dialog.show()
    assert dialog.name.text() == first["name"]
    assert dialog.district.currentData() == first["district"]
    dialog.uscc.setText(enterprise_row(2)["uscc"])
    label = dialog.form.problem_labels["uscc"]
    qtbot.waitUntil(lambda: label.isVisible())
    assert "已登记为“广州另一家有限公司”" in label.messages()[0]
    assert not dialog.save_button.isEnabled()
    # Saving anyway (Enter in a field) keeps the dialog open and changes nothing.
    dialog.accept()
    assert dialog.result() == 0 and dialog.saved_id is None
    assert services.enterprise(first["id"])["uscc"] == first["uscc"]
    assert messages.errors == []


def test_the_same_credit_code_on_itself_is_not_a_duplicate(
    qtbot: Any, ctx: AppContext, services: Services
) -> None:
    services.upsert_enterprises([enterprise_row(1, uscc=make("91440101MA5CXXXX0"))])
    row = services.enterprise_by_uscc(make("91440101MA5CXXXX0"))
    dialog = EnterpriseDialog(ctx, row["id"])
    add_form(qtbot, dialog)
    assert not dialog.has_errors()
    assert dialog.save_button.isEnabled()


def test_leaving_an_edited_form_asks_first(
    qtbot: Any, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = [False, True]
    asked: list[str] = []

    def confirm(cls: Any, parent: Any, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(Messages, "confirm", classmethod(confirm))
    dialog = EnterpriseDialog(ctx)
    add_form(qtbot, dialog)
    dialog.show()
    dialog.reject()  # nothing typed yet: closes without a question
    assert asked == [] and not dialog.isVisible()
    dialog.show()
    dialog.name.setText("广州半途有限公司")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == ["表单中填写的内容尚未保存，确定放弃吗？"]
    assert dialog.isVisible()  # the officer chose to stay
    dialog.reject()
    assert not dialog.isVisible()
