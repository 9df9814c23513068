"""Shared fixtures. Every test gets its own real SQLite file in a temporary directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
os.environ.pop("HUHANG_DATA_DIR", None)

from app.services import Services, open_services  # noqa: E402


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "profile"
    directory.mkdir()
    return directory


@pytest.fixture
def services(data_dir: Path) -> Iterator[Services]:
    svc = open_services(data_dir, actor="测试员")
    yield svc
    svc.close()
