"""The main window: Chinese by default, navigation, Ctrl+N / Ctrl+F, the status bar, state between runs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app.services import Services
from tests.ui.conftest import add_enterprises, wait_loaded
from ui.application import create_main_window
from ui.dialogs.enterprise_dialog import EnterpriseDialog
from ui.dialogs.visit_dialog import VisitDialog
from ui.main_window import MainWindow
from ui.pages.placeholders import PlaceholderPage


def nav_texts(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_opens_in_chinese(main_window: MainWindow) -> None:
    assert nav_texts(main_window) == [
        "工作台",
        "企业名录",
        "走访记录",
        "诉求台账",
        "整改事项",
        "文书",
        "统计",
        "同步与设置",
    ]
    assert main_window.windowTitle() == "护航 — 营商环境监督工作平台"
    assert main_window.status.connection.text() == "离线 · 未注册到服务器"
    assert main_window.current_page() is main_window.dashboard


def test_later_screens_are_clean_placeholders(main_window: MainWindow) -> None:
    page = main_window.show_page("ledger")
    assert isinstance(page, PlaceholderPage)
    assert main_window.current_page() is page
    assert not main_window.search_box.isEnabled()
    assert not main_window.new_action.isEnabled()


def test_status_bar_counts_changes_waiting(main_window: MainWindow, services: Services) -> None:
    assert main_window.status.pending.text() == "0 项变更待同步"
    changes = services.create_enterprise(
        name="广州测试有限公司", uscc="91350100M000100Y43", district="天河区"
    )
    main_window.ctx.bus.publish(changes)
    assert main_window.status.pending.text() == "1 项变更待同步"


def test_ctrl_n_creates_a_record_of_the_current_screen(
    main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        EnterpriseDialog, "edit", classmethod(lambda cls, *a, **k: opened.append("enterprise"))
    )
    monkeypatch.setattr(VisitDialog, "edit", classmethod(lambda cls, *a, **k: opened.append("visit")))
    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    for page, expected in (("enterprises", "enterprise"), ("visits", "visit"), ("dashboard", "visit")):
        main_window.show_page(page)
        QTest.keySequence(main_window, "Ctrl+N")
        assert opened[-1] == expected
    assert len(opened) == 3


def test_ctrl_f_searches_the_current_list(main_window: MainWindow, qtbot: Any, services: Services) -> None:
    add_enterprises(services, 12)
    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    page = main_window.show_page("enterprises")
    wait_loaded(qtbot, page.model)
    assert page.count_label.text() == "共 12 家企业"
    page.view.setFocus()
    assert not main_window.search_box.hasFocus()
    QTest.keySequence(main_window, "Ctrl+F")
    assert main_window.search_box.hasFocus()
    qtbot.keyClicks(main_window.search_box, "00011")
    with qtbot.waitSignal(page.model.loaded):
        qtbot.keyClick(main_window.search_box, Qt.Key.Key_Return)
    assert page.model.rowCount() == 1
    assert page.count_label.text() == "共 1 家企业"
    # Each list keeps its own search; switching screens shows theirs.
    main_window.show_page("visits")
    assert main_window.search_box.text() == ""
    assert main_window.search_box.placeholderText() == "搜索走访记录（Ctrl+F）"
    main_window.show_page("enterprises")
    assert main_window.search_box.text() == "00011"


def test_lists_keep_sort_filters_and_widths_between_runs(services: Services, qtbot: Any) -> None:
    add_enterprises(services, 5)
    first = create_main_window(services)
    qtbot.addWidget(first)
    page = first.show_page("enterprises")
    page.filters["district"].setCurrentIndex(page.filters["district"].findData("440106"))
    page.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    page.view.horizontalHeader().resizeSection(0, 333)
    first.resize(701, 502)
    first.close()
    first.ctx.shutdown()

    second = create_main_window(services)
    qtbot.addWidget(second)
    try:
        assert second.current_page() is second.enterprises  # the last screen
        page = second.enterprises
        assert page.model.query.sort == "uscc" and page.model.query.descending
        assert page.model.query.filters == {"district": "440106"}
        assert page.filters["district"].currentText() == "天河区"
        assert page.view.horizontalHeader().sectionSize(0) == 333
        assert page.view.horizontalHeader().sortIndicatorSection() == 1
        assert (second.width(), second.height()) == (701, 502)
    finally:
        second.close()
        second.ctx.shutdown()


def test_opening_a_visit_from_the_dashboard(main_window: MainWindow, qtbot: Any, services: Services) -> None:
    add_enterprises(services, 1)
    enterprise_id = services.enterprise_rows(services.enterprise_ids())[services.enterprise_ids()[0]]["id"]
    visit_id = services.create_visit(
        enterprise_id=enterprise_id, kind="回访", started_at="2026-12-01 09:00", officers=["王五"]
    ).id
    main_window.show()
    with qtbot.waitSignal(main_window.dashboard.loaded):
        main_window.dashboard.refresh()
    view = main_window.dashboard.recent_view
    assert view.model().rowCount() == 1
    view.activated.emit(view.model().index(0, 0))
    assert main_window.current_page() is main_window.visits
    assert main_window.visits.detail_pane.visit_id == visit_id
    qtbot.waitUntil(lambda: main_window.visits.selected_id() == visit_id)
