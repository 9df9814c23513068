"""The big lists: row keys from SQL on the reader thread, rows read page by page as they are shown."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from app.services import Services
from app.store.search import ListQuery
from tests.ui.conftest import add_enterprises, enterprise_row, wait_loaded
from ui.context import AppContext
from ui.models.enterprise_table import EnterpriseTableModel
from ui.models.lazy_table import ID_ROLE
from ui.models.visit_table import VisitTableModel
from ui.pages.list_page import make_table_view


def names(model: EnterpriseTableModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_enterprise_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: Any, services: Services, ctx: AppContext
) -> None:
    add_enterprises(services, 30)
    model = EnterpriseTableModel(ctx)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 30
    qtmodeltester.check(model)


def test_visit_model_passes_the_model_tester(
    qtmodeltester: Any, qtbot: Any, services: Services, ctx: AppContext
) -> None:
    add_enterprises(services, 3)
    for i, rid in enumerate(services.enterprise_ids()):
        enterprise_id = services.enterprise_rows([rid])[rid]["id"]
        services.create_visit(
            enterprise_id=enterprise_id,
            kind="走访调研",
            started_at=f"2026-11-0{i + 1} 09:00",
            officers=["王五"],
            satisfaction="满意",
        )
    model = VisitTableModel(ctx)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 3
    # Newest first by default.
    assert model.index(0, 0).data() == "2026-11-03 09:00"
    assert model.index(0, 3).data() == "王五"
    qtmodeltester.check(model)


def test_list_reads_only_the_pages_it_shows(qtbot: Any, services: Services, ctx: AppContext) -> None:
    add_enterprises(services, 5000)
    model = EnterpriseTableModel(ctx)
    view = make_table_view(model)
    view.resize(900, 500)
    qtbot.addWidget(view)
    with qtbot.waitExposed(view):
        view.show()
    with qtbot.waitSignal(model.loaded, timeout=10000) as loaded:
        model.reload()
    assert loaded.args == [5000]
    qtbot.waitUntil(lambda: model.fetched_rows > 0)
    assert model.rowCount() == 5000
    assert model.fetched_rows <= 2 * model.PAGE_SIZE  # far fewer than 5,000
    last_page = (5000 - 1) // model.PAGE_SIZE
    assert last_page not in model.cached_pages()

    view.scrollToBottom()
    qtbot.waitUntil(lambda: last_page in model.cached_pages())
    assert model.fetched_rows <= 4 * model.PAGE_SIZE
    assert model.index(4999, 0).data() == "广州测试企业04999有限公司"


def test_sorting_happens_in_sql(qtbot: Any, services: Services, ctx: AppContext) -> None:
    services.upsert_enterprises(
        [
            enterprise_row(1, name="广州乙公司", contact="王"),
            enterprise_row(2, name="广州甲公司", contact="李"),
            enterprise_row(3, name="广州丙公司", contact="赵"),
        ]
    )
    model = EnterpriseTableModel(ctx)
    model.reload()
    wait_loaded(qtbot, model)
    by_name = names(model)
    assert by_name == sorted(by_name)

    with qtbot.waitSignal(model.loaded):
        model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.query == ListQuery(sort="name", descending=True)
    assert names(model) == sorted(by_name, reverse=True)

    with qtbot.waitSignal(model.loaded):
        model.sort(5, Qt.SortOrder.AscendingOrder)  # contact: 李 < 王 < 赵 by code point
    assert [model.index(r, 5).data() for r in range(3)] == sorted(["王", "李", "赵"])

    model.sort(6, Qt.SortOrder.AscendingOrder)  # phone cannot be sorted: nothing happens
    assert model.query.sort == "contact"
    assert not model.is_loading()


def test_search_and_filters_change_the_rows(qtbot: Any, services: Services, ctx: AppContext) -> None:
    services.upsert_enterprises(
        [
            enterprise_row(1, name="广州天河软件有限公司", district="440106"),
            enterprise_row(2, name="广州白云物流有限公司", district="440111", ownership="国有"),
            enterprise_row(3, name="广州天河物流有限公司", district="440106"),
        ]
    )
    model = EnterpriseTableModel(ctx)
    model.reload()
    wait_loaded(qtbot, model)
    assert model.rowCount() == 3

    with qtbot.waitSignal(model.loaded):
        model.set_text("物流")
    assert sorted(names(model)) == ["广州天河物流有限公司", "广州白云物流有限公司"]

    with qtbot.waitSignal(model.loaded):
        model.set_filter("district", "440106")
    assert names(model) == ["广州天河物流有限公司"]
    assert model.index(0, 2).data() == "天河区"

    with qtbot.waitSignal(model.loaded):
        model.set_text("")
    assert sorted(names(model)) == ["广州天河物流有限公司", "广州天河软件有限公司"]

    with qtbot.waitSignal(model.loaded):
        model.set_filter("district", "")
    with qtbot.waitSignal(model.loaded):
        model.set_filter("ownership", "国有")
    assert names(model) == ["广州白云物流有限公司"]
    assert model.index(0, 0).data(ID_ROLE) == services.enterprise_by_uscc(enterprise_row(2)["uscc"])["id"]


def test_only_the_newest_query_is_shown(qtbot: Any, services: Services, ctx: AppContext) -> None:
    """Typing fast queues several queries; an older answer arriving late must not win."""
    add_enterprises(services, 20)
    model = EnterpriseTableModel(ctx)
    model.set_text("00001")
    model.set_text("0001")
    model.set_text("00019")
    wait_loaded(qtbot, model)
    assert names(model) == ["广州测试企业00019有限公司"]
