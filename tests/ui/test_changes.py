"""Screens follow Changes: a visible screen reloads at once, a hidden one when it is next shown."""

from __future__ import annotations

from typing import Any

import pytest

from app.services import Services
from tests.ui.conftest import ShownMessages, add_enterprises, enterprise_row, wait_loaded
from ui.context import AppContext
from ui.dialogs.messages import Messages
from ui.main_window import MainWindow
from ui.operations import run_op
from ui.pages.enterprises import EnterprisesPage


def test_a_change_refreshes_the_visible_list(qtbot: Any, ctx: AppContext, services: Services) -> None:
    add_enterprises(services, 3)
    page = EnterprisesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page.model)
    assert page.count_label.text() == "共 3 家企业"
    with qtbot.waitSignal(page.model.loaded):
        run_op(page, ctx.bus, lambda: services.create_enterprise(**enterprise_row(7)))
    assert page.model.rowCount() == 4
    assert page.count_label.text() == "共 4 家企业"


def test_a_hidden_screen_waits_until_it_is_shown(
    qtbot: Any, main_window: MainWindow, services: Services
) -> None:
    add_enterprises(services, 2)
    main_window.show()
    page = main_window.show_page("enterprises")
    wait_loaded(qtbot, page.model)
    main_window.show_page("visits")
    reloads: list[int] = []
    page.model.loaded.connect(reloads.append)
    run_op(main_window, main_window.ctx.bus, lambda: services.create_enterprise(**enterprise_row(9)))
    qtbot.wait(50)
    assert page.stale and reloads == []
    with qtbot.waitSignal(page.model.loaded):
        main_window.show_page("enterprises")
    assert reloads == [3] and not page.stale


def test_changes_the_screen_does_not_show_are_ignored(
    qtbot: Any, ctx: AppContext, services: Services
) -> None:
    page = EnterprisesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page.model)
    ctx.bus.publish(services.set_settings(officer_name="王五"))
    assert not page.model.is_loading()


def test_the_detail_follows_an_edit_and_a_delete(
    qtbot: Any, ctx: AppContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.upsert_enterprises([enterprise_row(1)])
    enterprise = services.enterprise_by_uscc(enterprise_row(1)["uscc"])
    page = EnterprisesPage(ctx)
    qtbot.addWidget(page)
    page.show()
    wait_loaded(qtbot, page.model)
    page.show_record(enterprise["id"])
    assert page.detail_pane.title.text() == enterprise["name"]
    assert page.selected_id() == enterprise["id"]

    run_op(page, ctx.bus, lambda: services.update_enterprise(enterprise["id"], name="广州改名后有限公司"))
    assert page.detail_pane.title.text() == "广州改名后有限公司"
    qtbot.waitUntil(lambda: page.model.index(0, 0).data() == "广州改名后有限公司")

    asked: list[str] = []

    def confirm(cls: Any, parent: Any, title: str, text: str, action: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(Messages, "confirm", classmethod(confirm))
    with qtbot.waitSignal(page.model.loaded):
        page.detail_pane.delete_button.click()
    assert asked == ["确定删除企业“广州改名后有限公司”吗？其走访记录将保留。"]
    assert page.model.rowCount() == 0
    assert page.detail_pane.currentIndex() == 0  # back to the hint
    assert services.enterprise_count() == 0


def test_declining_the_confirmation_deletes_nothing(
    qtbot: Any, ctx: AppContext, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.upsert_enterprises([enterprise_row(1)])
    enterprise = services.enterprise_by_uscc(enterprise_row(1)["uscc"])
    page = EnterprisesPage(ctx)
    qtbot.addWidget(page)
    monkeypatch.setattr(Messages, "confirm", classmethod(lambda cls, *args: False))
    page.delete_enterprise(enterprise["id"])
    assert services.enterprise_count() == 1


def test_expected_errors_are_explained_not_raised(
    qtbot: Any, ctx: AppContext, services: Services, messages: ShownMessages
) -> None:
    services.upsert_enterprises([enterprise_row(1)])
    result = run_op(None, ctx.bus, lambda: services.create_enterprise(**enterprise_row(1)))
    assert result is None
    assert len(messages.errors) == 1
    assert "已登记为" in messages.errors[0]
