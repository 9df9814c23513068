"""The letter spec: heading levels, the JSON form scripts use, and what issuing requires."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.errors import HuhangError, ValidationFailed
from app.letters.compose import addressee_line, clean, compose
from app.letters.spec import (
    LetterSpec,
    ensure_complete,
    heading_length,
    heading_level,
    required_problems,
    spec_from_json,
    spec_to_json,
)
from tests.app.letters.conftest import make_spec


def valid_json() -> dict[str, Any]:
    return {
        "kind": "提醒函",
        "organ": "广州市天河区纪委监委",
        "number": "穗天纪提〔2026〕3号",
        "title": "关于规范涉企检查行为的提醒函",
        "addressee": "天河区城市管理和综合执法局",
        "body": ["近期，我委在日常监督中了解到……", "请于2026年12月31日前反馈。"],
        "deadline": "2026-12-31",
        "signature": ["广州市天河区纪委监委"],
        "date": "2026-12-03",
        "cc": ["区政府办"],
        "attachments": [],
    }


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("一、存在的问题", 1),
        ("十二、其他", 1),
        ("\u3000\u3000三、整改要求", 1),
        ("（一）审批时限", 2),
        ("(十)半角括号", 2),
        ("1.加强宣传", 3),
        ("12．全角点", 3),
        ("（1）每周通报", 4),
        ("(3)半角", 4),
        ("1.5亿元资金已拨付", 0),
        ("一般情况下", 0),
        ("2026年12月", 0),
        ("", 0),
    ],
)
def test_heading_levels(text: str, level: int) -> None:
    assert heading_level(text) == level


def test_heading_runs_to_the_first_sentence_end() -> None:
    assert heading_length("（一）关于审批时限。经查，有5件超期。") == len("（一）关于审批时限。")
    assert heading_length("一、存在的问题") == len("一、存在的问题")


def test_compose_assigns_heading_faces_and_labels() -> None:
    spec = make_spec(
        body=("引言。", "一、问题", "（一）超时。经查属实。", "1.加强督办。具体措施。", "（1）每周通报。")
    )
    body = [piece for piece in compose(spec) if piece.kind == "body"]
    assert [piece.label for piece in body] == [f"正文第{n}段" for n in range(1, 6)]
    assert [[(run.role, run.bold) for run in piece.runs] for piece in body] == [
        [("body", False)],
        [("heading1", False)],
        [("heading2", False), ("body", False)],
        [("body", True), ("body", False)],
        [("body", False)],
    ]


def test_cleaning_drops_invisible_characters_and_collapses_space() -> None:
    assert clean("\u3000\u3000正文\u200b内容 \t\n 继续\ufeff\u3000") == "正文内容 继续"
    assert clean("企\ufe00业\x07名") == "企业名"
    assert addressee_line("天河区市场监督管理局:") == "天河区市场监督管理局："
    assert addressee_line("各区纪委监委：") == "各区纪委监委："


def test_spec_from_json_reads_a_complete_object() -> None:
    spec = spec_from_json(valid_json())
    assert spec.kind == "提醒函"
    assert spec.body == ("近期，我委在日常监督中了解到……", "请于2026年12月31日前反馈。")
    assert spec.date == date(2026, 12, 3) and spec.deadline == date(2026, 12, 31)
    assert spec.attachments == () and spec.letterhead is False
    assert spec.colophon_issuer == spec.organ and spec.colophon_date == spec.date
    assert spec_from_json(spec_to_json(spec)) == spec


def test_spec_is_immutable_and_hashable() -> None:
    spec = spec_from_json(valid_json())
    with pytest.raises(AttributeError):
        spec.title = "x"  # type: ignore[misc]
    assert hash(spec) == hash(spec_from_json(valid_json()))
    with pytest.raises(TypeError):
        LetterSpec(**{**spec.__dict__, "body": "not a list"})


def test_unknown_keys_are_refused_by_name() -> None:
    data = {**valid_json(), "adressee": "x", "colour": "red"}
    with pytest.raises(HuhangError) as caught:
        spec_from_json(data)
    assert caught.value.code == "letter.spec_unknown_keys"
    assert "adressee" in caught.value.message() and "colour" in caught.value.message()


def test_missing_keys_are_named() -> None:
    data = valid_json()
    del data["title"], data["signature"]
    with pytest.raises(HuhangError) as caught:
        spec_from_json(data)
    assert caught.value.code == "letter.spec_missing"
    assert caught.value.message() == "文书规格缺少必填字段：title、signature"


@pytest.mark.parametrize(
    ("key", "value", "expected"),
    [
        ("body", "一段文字", "文本列表"),
        ("title", 3, "文本"),
        ("date", 20261203, "日期"),
        ("letterhead", "yes", "true"),
    ],
)
def test_wrong_types_name_the_key_and_the_expected_type(key: str, value: Any, expected: str) -> None:
    with pytest.raises(HuhangError) as caught:
        spec_from_json({**valid_json(), key: value})
    assert caught.value.code == "letter.spec_type"
    assert key in caught.value.message() and expected in caught.value.message()


def test_bad_dates_and_kinds_are_explained() -> None:
    with pytest.raises(HuhangError) as caught:
        spec_from_json({**valid_json(), "date": "2026-02-30"})
    assert caught.value.code == "letter.date" and "成文日期" in caught.value.message()
    with pytest.raises(HuhangError) as caught:
        spec_from_json({**valid_json(), "kind": "通知"})
    assert caught.value.code == "choice" and "监督建议书" in caught.value.message()
    with pytest.raises(HuhangError) as caught:
        spec_from_json(["not", "an", "object"])  # type: ignore[arg-type]
    assert caught.value.code == "letter.spec_not_object"


def test_empty_required_fields_block_issuing_by_chinese_label() -> None:
    spec = make_spec(title="  ", body=("", "\u3000"), number="")
    assert [p.params["label"] for p in required_problems(spec)] == ["标题", "正文"]
    assert [p.params["label"] for p in required_problems(spec, issuing=True)] == ["标题", "正文", "发文字号"]
    assert all(p.code == "letter.required" for p in required_problems(spec))
    with pytest.raises(ValidationFailed) as caught:
        ensure_complete(spec)
    assert caught.value.message() == "标题不能为空；正文不能为空"
    ensure_complete(make_spec())
