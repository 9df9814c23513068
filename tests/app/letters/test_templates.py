"""Default letter bodies: structure officers expect, numbered items, deadline and contact."""

from __future__ import annotations

from datetime import date

import pytest

from app.letters.fonts import uncovered
from app.letters.render import render
from app.letters.spec import KINDS, heading_level, required_problems
from app.letters.templates import chinese_numeral, default_body, draft_spec, numbered

DEADLINE = date(2026, 12, 31)


def test_chinese_numerals() -> None:
    assert [chinese_numeral(n) for n in (1, 9, 10, 11, 20, 21, 99)] == [
        "一",
        "九",
        "十",
        "十一",
        "二十",
        "二十一",
        "九十九",
    ]
    with pytest.raises(ValueError):
        chinese_numeral(0)


def test_items_are_numbered_and_end_with_a_full_stop() -> None:
    assert numbered(["1.审批超时", "（二）多次往返；", "", "  材料不全！"]) == [
        "（一）审批超时。",
        "（二）多次往返；",
        "（三）材料不全！",
    ]


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_the_standard_sections(kind: str) -> None:
    body = default_body(
        kind,
        problems=["审批超时", "多次往返"],
        requirements=["建立预警"],
        deadline=DEADLINE,
        contact="李明",
        phone="020-83001234",
    )
    assert [heading_level(p) for p in body].count(1) == 3
    assert sum(p.startswith("（一）") for p in body) == 2 and sum(p.startswith("（二）") for p in body) == 1
    assert "请你单位于2026年12月31日前将" in body[-1]
    assert body[-1].endswith("联系人：李明，电话：020-83001234。")
    assert "《中华人民共和国监察法》" in "".join(body) or kind == "联合体检通知单"


def test_supervision_suggestion_reads_like_one() -> None:
    body = default_body(
        "监督建议书", problems=["审批超时"], requirements=["严格时限"], deadline=DEADLINE, contact="李明"
    )
    assert body[0].startswith("我委在优化营商环境专项监督检查中发现，你单位在优化营商环境工作中存在")
    assert body[1:3] == ["一、存在的问题", "（一）审批超时。"]
    assert body[-1].endswith("书面反馈我委。联系人：李明。")


def test_draft_spec_is_complete_printable_and_titled() -> None:
    spec = draft_spec(
        "提醒函",
        organ="广州市天河区纪委监委",
        addressee="天河区城市管理和综合执法局",
        problems=["重复检查"],
        requirements=["统筹检查计划"],
        deadline=DEADLINE,
        contact="王芳",
        letter_date=date(2026, 12, 3),
    )
    assert spec.title == "关于天河区城市管理和综合执法局优化营商环境有关问题的提醒函"
    assert spec.signature == ("广州市天河区纪委监委",) and spec.deadline == DEADLINE
    assert required_problems(spec) == [] and uncovered(spec) == []
    assert render(spec).startswith(b"%PDF")
