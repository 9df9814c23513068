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
from ui.dialogs.ledger_entry_dialog import LedgerEntryDialog
from ui.dialogs.rectification_dialog import RectificationDialog
from ui.dialogs.visit_dialog import VisitDialog
from ui.main_window import MainWindow
from ui.pages.ledger import LedgerPage
from ui.pages.rectifications import RectificationsPage
from ui.pages.statistics import StatisticsPage


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


def test_ledger_rectification_and_statistics_screens(
    main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, kind in (
        ("ledger", LedgerPage),
        ("rectification", RectificationsPage),
        ("statistics", StatisticsPage),
    ):
        assert isinstance(main_window.show_page(key), kind)
    assert not main_window.search_box.isEnabled()  # statistics has nothing to search
    main_window.show_page("ledger")
    assert main_window.search_box.isEnabled()
    assert main_window.search_box.placeholderText() == "搜索诉求台账（Ctrl+F）"
    opened: list[str] = []
    monkeypatch.setattr(LedgerEntryDialog, "edit", classmethod(lambda cls, *a, **k: opened.append("entry")))
    monkeypatch.setattr(RectificationDialog, "edit", classmethod(lambda cls, *a, **k: opened.append("item")))
    with qtbot.waitActive(main_window):
        main_window.show()
        main_window.activateWindow()
    QTest.keySequence(main_window, "Ctrl+N")
    main_window.show_page("rectification")
    QTest.keySequence(main_window, "Ctrl+N")
    assert opened == ["entry", "item"]


def test_open_entry_and_open_letter_are_routed(main_window: MainWindow, services: Services) -> None:
    add_enterprises(services, 1)
    rid = services.enterprise_ids()[0]
    entry_id = services.create_entry(
        source="来电",
        enterprise_id=services.enterprise_rows([rid])[rid]["id"],
        matter_type="咨询",
        scenario="其他",
        summary="咨询政策",
        department="天河区住建局",
    ).id
    main_window.dashboard.open_entry.emit(entry_id)
    assert main_window.current_page() is main_window.ledger
    assert main_window.ledger.detail_pane.entry_id == entry_id
    letter_id = services.create_letter(kind="监督建议书", entry_ids=(entry_id,), addressee="天河区住建局").id
    letters = dict((key, page) for key, _title, _icon, page in main_window.screens)["letters"]
    selected: list[str] = []
    letters.select = selected.append  # type: ignore[attr-defined]  # whatever the letters screen does
    main_window.ledger.open_letter.emit(letter_id)
    assert main_window.current_page() is letters and selected == [letter_id]


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
