"""Small parts: resource paths in a bundle, placeholder filling, list splitting, the image viewer."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

import resources
from tests.ui.conftest import write_png
from ui.dialogs.image_viewer import ImageViewer
from ui.i18n import fill
from ui.widgets.list_edit import split_list


def test_resources_are_found_in_a_source_tree_and_in_a_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resources.path("icons", "huhang.svg").is_file()
    assert resources.path("translations", "huhang_zh_CN.qm").is_file()
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.path("icons", "huhang.svg") == tmp_path / "resources" / "icons" / "huhang.svg"


def test_fill_puts_values_in_once() -> None:
    assert fill("从 %1 导入：新增 %2 家", "名录%2.xlsx", 5) == "从 名录%2.xlsx 导入：新增 5 家"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%3 stays", "a") == "%3 stays"


def test_lists_are_split_the_way_officers_write_them() -> None:
    assert split_list("王五、李四，赵六, 孙七;王五；") == ["王五", "李四", "赵六", "孙七"]
    assert split_list(" ") == []


def test_image_viewer_fits_a_large_photo(qtbot: Any, tmp_path: Path) -> None:
    viewer = ImageViewer(write_png(tmp_path / "大图.png", size=(3000, 2000)))
    qtbot.addWidget(viewer)
    viewer.resize(600, 500)
    viewer.show()
    shown = viewer.fitted.shown_rect()
    assert shown.width() <= viewer.fitted.width() and shown.height() <= viewer.fitted.height()
    assert abs(shown.width() / shown.height() - 1.5) < 0.02
    viewer.actual.click()
    assert viewer.stack.currentIndex() == 1


def test_image_viewer_says_when_a_file_is_no_image(qtbot: Any, tmp_path: Path) -> None:
    broken = tmp_path / "坏.jpg"
    broken.write_bytes(b"not a jpeg")
    viewer = ImageViewer(broken)
    qtbot.addWidget(viewer)
    assert not viewer.actual.isEnabled()
