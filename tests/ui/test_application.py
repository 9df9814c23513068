"""Starting the program: run() with a real profile, and the demo-data offer on an empty database."""

from __future__ import annotations

import logging
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.services import Services
from tests.ui.conftest import ShownMessages, add_enterprises
from ui import application, data_jobs
from ui.dialogs.messages import Messages
from ui.main_window import MainWindow


def test_run_opens_the_profile_and_closes_cleanly(
    tmp_path: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    asked: list[str] = []
    monkeypatch.setattr(
        Messages, "question", classmethod(lambda cls, parent, title, text: asked.append(title))
    )
    seen: list[MainWindow] = []

    def fake_exec() -> int:
        qapp.processEvents()  # the demo offer runs once the window is up
        window = next(w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen.append(window)
        window.close()
        return 0

    monkeypatch.setattr(qapp, "exec", fake_exec)
    profile = tmp_path / "profile"
    handlers = list(logging.getLogger().handlers)
    try:
        assert application.run(profile) == 0
    finally:
        for handler in set(logging.getLogger().handlers) - set(handlers):
            logging.getLogger().removeHandler(handler)
            handler.close()
    assert (profile / "huhang.db").exists()
    assert (profile / "logs" / "huhang.log").exists()
    assert seen[0].nav.item(1).text() == "企业名录"
    assert QApplication.applicationName() == "Huhang" and QApplication.organizationName() == "Huhang"
    assert asked == ["加载演示数据？"]


def test_demo_data_is_offered_once_and_loaded_on_a_worker(
    qtbot: Any,
    main_window: MainWindow,
    services: Services,
    monkeypatch: pytest.MonkeyPatch,
    messages: ShownMessages,
) -> None:
    monkeypatch.setattr(data_jobs, "DEMO_ENTERPRISES", 30)
    monkeypatch.setattr(data_jobs, "DEMO_VISITS", 10)
    questions: list[str] = []

    def question(cls: Any, parent: Any, title: str, text: str) -> bool:
        questions.append(text)
        return True

    monkeypatch.setattr(Messages, "question", classmethod(question))
    watcher = data_jobs.offer_demo_data(main_window)
    assert watcher is not None
    assert "30 家" in questions[0] or "30" in questions[0]
    qtbot.waitUntil(lambda: bool(messages.infos), timeout=30000)
    assert services.enterprise_count() == 30
    assert len(services.visit_ids()) == 10
    assert services.get_setting("demo_offered") is True
    assert data_jobs.offer_demo_data(main_window) is None  # never asked again
    assert len(questions) == 1


def test_demo_data_is_not_offered_when_there_is_data(main_window: MainWindow, services: Services) -> None:
    add_enterprises(services, 1)
    assert data_jobs.offer_demo_data(main_window) is None  # Messages.question would fail the test


def test_declining_demo_data_is_remembered(
    main_window: MainWindow, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Messages, "question", classmethod(lambda cls, *args: False))
    assert data_jobs.offer_demo_data(main_window) is None
    assert services.get_setting("demo_offered") is True
    assert services.enterprise_count() == 0
