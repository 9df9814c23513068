"""``huhang letter render --spec FILE.json -o OUT.pdf``: success, and every way the input can be wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main
from app.letters.spec import spec_to_json
from app.letters.verify import letter_identity
from tests.app.letters.conftest import make_spec


def run(data_dir: Path, spec_path: Path, out: Path) -> int:
    return main(["--data-dir", str(data_dir), "letter", "render", "--spec", str(spec_path), "-o", str(out)])


def write(tmp_path: Path, data: Any) -> Path:
    path = tmp_path / "spec.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_renders_a_valid_spec(data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "letter.pdf"
    assert run(data_dir, write(tmp_path, spec_to_json(make_spec())), out) == 0
    assert out.read_bytes().startswith(b"%PDF")
    identity = letter_identity(out.read_bytes())
    assert identity is not None and identity.number == "穗天纪建〔2026〕7号"
    assert "letter.pdf" in capsys.readouterr().out
    assert not list(tmp_path.glob("*.part"))


def test_unknown_key_is_a_usage_error(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "letter.pdf"
    assert run(data_dir, write(tmp_path, {**spec_to_json(make_spec()), "adressee": "x"}), out) == 2
    assert "无法识别的字段：adressee" in capsys.readouterr().err
    assert not out.exists()


def test_missing_key_is_a_usage_error(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = spec_to_json(make_spec())
    del data["addressee"]
    assert run(data_dir, write(tmp_path, data), tmp_path / "letter.pdf") == 2
    assert "缺少必填字段：addressee" in capsys.readouterr().err


def test_bad_json_is_a_usage_error(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, write(tmp_path, '{"kind": "提醒函",\n  "title": }'), tmp_path / "letter.pdf") == 2
    err = capsys.readouterr().err
    assert "无法解析文书规格文件" in err and "第2行" in err


def test_unreadable_spec_file_is_a_usage_error(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_dir, tmp_path / "absent.json", tmp_path / "letter.pdf") == 2
    assert "absent.json" in capsys.readouterr().err


def test_empty_required_field_is_named(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {**spec_to_json(make_spec()), "title": " "}
    assert run(data_dir, write(tmp_path, data), tmp_path / "letter.pdf") == 2
    assert "标题不能为空" in capsys.readouterr().err


def test_unprintable_characters_are_named_with_their_place(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {**spec_to_json(make_spec()), "body": ["经营者\U00020000反映问题。"]}
    out = tmp_path / "letter.pdf"
    assert run(data_dir, write(tmp_path, data), out) == 1
    err = capsys.readouterr().err
    assert "\U00020000" in err and "正文第1段第4字" in err
    assert not out.exists()
