"""Fixtures for the desktop UI: the Chinese translation, isolated QSettings, no real modal boxes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from app.domain.uscc import make, make_org_code
from app.services import Services
from ui.application import create_main_window
from ui.context import AppContext
from ui.dialogs.image_viewer import ImageViewer
from ui.dialogs.messages import Messages
from ui.file_dialogs import FileDialogs
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.models.lazy_table import LazyTableModel

DISTRICT_CODES = ("440103", "440104", "440105", "440106", "440111", "440112", "440113")


@pytest.fixture(scope="session", autouse=True)
def chinese(qapp: QApplication) -> None:
    """The program's default language, as officers see it."""
    install_translators(qapp, "zh_CN")


@pytest.fixture(autouse=True)
def ui_settings_dir(tmp_path: Path) -> Path:
    """Each test gets its own per-machine UI state (window geometry, list sort...)."""
    directory = tmp_path / "qsettings"
    directory.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(directory))
    return directory


class ShownMessages:
    """What the UI told the officer in message boxes during a test."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []


@pytest.fixture(autouse=True)
def messages(monkeypatch: pytest.MonkeyPatch) -> ShownMessages:
    """Record message boxes instead of showing them; a question or file chooser a test did not
    expect fails it rather than blocking forever."""
    shown = ShownMessages()

    def unexpected(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError(f"unexpected modal dialog: {args[1:]!r}")

    monkeypatch.setattr(
        Messages, "error", classmethod(lambda cls, parent, text, title=None: shown.errors.append(text))
    )
    monkeypatch.setattr(
        Messages, "info", classmethod(lambda cls, parent, text, title=None: shown.infos.append(text))
    )
    monkeypatch.setattr(Messages, "question", classmethod(unexpected))
    monkeypatch.setattr(Messages, "confirm", classmethod(unexpected))
    monkeypatch.setattr(FileDialogs, "open_images", classmethod(unexpected))
    monkeypatch.setattr(FileDialogs, "open_table", classmethod(unexpected))
    monkeypatch.setattr(FileDialogs, "save_table", classmethod(unexpected))
    monkeypatch.setattr(ImageViewer, "view", classmethod(unexpected))
    return shown


@pytest.fixture
def ctx(services: Services) -> Iterator[AppContext]:
    context = AppContext.create(services)
    yield context
    context.shutdown()


@pytest.fixture
def main_window(services: Services, qtbot: Any) -> Iterator[MainWindow]:
    window = create_main_window(services)
    qtbot.addWidget(window)
    yield window
    window.close()
    window.ctx.shutdown()


def enterprise_row(i: int, **overrides: Any) -> dict[str, Any]:
    """A valid enterprise; ``i`` makes the name and credit code unique."""
    row = {
        "name": f"广州测试企业{i:05d}有限公司",
        "uscc": make(f"9144010{i % 10}" + make_org_code(f"MA{i:06d}")),
        "district": DISTRICT_CODES[i % len(DISTRICT_CODES)],
        "industry": "制造业",
        "ownership": "民营",
        "contact": "张三",
        "phone": "020-87654321",
    }
    row.update(overrides)
    return row


def add_enterprises(services: Services, count: int, start: int = 0) -> None:
    results = services.upsert_enterprises(enterprise_row(i) for i in range(start, start + count))
    assert all(getattr(r, "outcome", None) == "imported" for r in results)


def wait_loaded(qtbot: Any, model: LazyTableModel) -> None:
    qtbot.waitUntil(lambda: model.has_loaded() and not model.is_loading())


def write_png(path: Path, colour: str = "#2f6db5", size: tuple[int, int] = (64, 48)) -> Path:
    image = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    assert image.save(str(path), "PNG")
    return path


def add_form(qtbot: Any, dialog: Any) -> Any:
    """Register a record form so the test's end closes it without the "discard changes?" question."""
    qtbot.addWidget(dialog, before_close_func=lambda form: form.discard())
    return dialog
