"""The settings screen and the crash handler."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.errors import HuhangError
from app.services import Services
from ui import crash, ui_state
from ui.context import AppContext
from ui.pages.settings import SettingsPage


def test_officer_name_is_a_database_setting(qtbot: Any, ctx: AppContext, services: Services) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.officer_name.setText("  王五 ")
    with qtbot.waitSignal(ctx.bus.changed):
        page.save_officer.click()
    assert services.get_setting("officer_name") == "王五"
    assert services.actor == "王五"  # records made from now on name this officer
    assert page.officer_saved.text() == "已保存。"


def test_language_is_per_machine_ui_state_and_needs_a_restart(
    qtbot: Any, ctx: AppContext, services: Services, ui_settings_dir: Path
) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.language.currentData() == "zh_CN"
    page.language.setCurrentIndex(page.language.findData("en"))
    assert ui_state.ui_language() == "en"
    assert "重新启动" in page.language_note.text()
    stored = QSettings(str(ui_settings_dir / "Huhang" / "Huhang.ini"), QSettings.Format.IniFormat)
    assert stored.value("ui/language") == "en"
    assert services.get_setting("language") is None  # not in the database


def test_settings_page_shows_where_the_data_is(qtbot: Any, ctx: AppContext, services: Services) -> None:
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.data_dir.text() == str(services.store.data_dir)
    assert page.data_dir.isReadOnly()
    assert page.sync_state.text() == "离线 · 未注册到服务器"
    assert page.pending.text() == "0"


def test_an_unexpected_error_is_logged_and_shown(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[tuple[str, Path | None]] = []
    monkeypatch.setattr(
        crash.CrashDialog,
        "show_crash",
        classmethod(lambda cls, parent, details, log_path: shown.append((details, log_path))),
    )
    hook = crash._Hook(tmp_path / "huhang.log")
    try:
        raise ZeroDivisionError("boom")
    except ZeroDivisionError as exc:
        with caplog.at_level(logging.ERROR, logger="huhang"):
            hook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    details, log_path = shown[0]
    assert "ZeroDivisionError: boom" in details and "Traceback" in details
    assert log_path == tmp_path / "huhang.log"
    assert "ZeroDivisionError: boom" in caplog.text


def test_an_uncaught_expected_error_is_a_sentence_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(crash.QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(
        crash.CrashDialog, "show_crash", classmethod(lambda cls, *a: pytest.fail("crash dialog"))
    )
    exc = HuhangError("file.format", suffix=".doc")
    crash._Hook(None)(type(exc), exc, None)
    assert warned == ["不支持的文件格式“.doc”（支持 .xlsx 和 .csv）"]


def test_logging_goes_to_the_data_directory(tmp_path: Path) -> None:
    path = crash.setup_logging(tmp_path)
    try:
        logging.getLogger("huhang").error("written")
        for handler in logging.getLogger().handlers:
            handler.flush()
        assert path == tmp_path / "logs" / "huhang.log"
        assert "written" in path.read_text(encoding="utf-8")
    finally:
        for handler in list(logging.getLogger().handlers):
            if getattr(handler, "baseFilename", None) == str(path):
                logging.getLogger().removeHandler(handler)
                handler.close()
