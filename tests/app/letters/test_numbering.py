"""文号: the written form and the allocator that keeps numbers unique across offline devices."""

from __future__ import annotations

import pytest

from app.letters.numbering import (
    LetterNumber,
    NumberBlock,
    allocate,
    blocks_for,
    format_number,
    implicit_block,
    parse_number,
)


def test_format_follows_the_standard() -> None:
    assert format_number("穗天纪建", 2026, 7) == "穗天纪建〔2026〕7号"
    assert format_number(" 穗纪提 ", 2027, 120) == "穗纪提〔2027〕120号"
    for bad in (("", 2026, 1), ("穗纪", 26, 1), ("穗纪", 2026, 0)):
        with pytest.raises(ValueError):
            format_number(*bad)


@pytest.mark.parametrize(
    "typed",
    [
        "穗天纪建〔2026〕7号",
        "穗天纪建[2026]7号",
        "穗天纪建（2026）07号",
        "穗天纪建〔2026〕第7号",
        " 穗天纪建［2026］7 号 ",
    ],
)
def test_parse_accepts_common_typing_and_restores_the_correct_form(typed: str) -> None:
    parsed = parse_number(typed)
    assert parsed == LetterNumber("穗天纪建", 2026, 7)
    assert str(parsed) == "穗天纪建〔2026〕7号"


@pytest.mark.parametrize(
    "text", ["", "穗天纪建2026年7号", "〔2026〕7号", "穗天纪建〔26〕7号", "穗天纪建〔2026〕0号"]
)
def test_parse_refuses_what_is_not_a_number(text: str) -> None:
    assert parse_number(text) is None


def block(first: int, last: int, year: int = 2026) -> NumberBlock:
    return NumberBlock("天河区纪委监委", "监督建议书", year, first, last)


def test_allocates_the_next_number_in_the_block() -> None:
    assert allocate([block(1, 10)], set(), 2026) == 1
    assert allocate([block(1, 10)], {1, 2, 3}, 2026) == 4
    assert allocate([block(1, 10)], 3, 2026) == 4


def test_never_reuses_a_skipped_number() -> None:
    assert allocate([block(1, 10)], {1, 3}, 2026) == 4


def test_moves_to_the_next_block_and_ignores_other_devices_numbers() -> None:
    blocks = [block(21, 25), block(1, 5)]
    assert allocate(blocks, {1, 2, 3, 4, 5}, 2026) == 21
    assert allocate(blocks, {1, 2, 11, 12, 13}, 2026) == 3  # 11–13 belong to another device's block


def test_exhausted_or_wrong_year_blocks_give_none() -> None:
    assert allocate([block(1, 5)], {1, 2, 3, 4, 5}, 2026) is None
    assert allocate([block(1, 5)], 5, 2026) is None
    assert allocate([block(1, 5, year=2025)], set(), 2026) is None
    assert allocate([], set(), 2026) is None


def test_unenrolled_profile_gets_an_implicit_block_enrolled_uses_server_blocks_only() -> None:
    unit, kind = "天河区纪委监委", "监督建议书"
    own = blocks_for(enrolled=False, server_blocks=[], unit=unit, kind=kind, year=2026)
    assert own == [implicit_block(unit, kind, 2026)]
    assert allocate(own, {1, 2, 7}, 2026) == 8
    assert blocks_for(enrolled=True, server_blocks=[], unit=unit, kind=kind, year=2026) == []
    server = [block(31, 40), NumberBlock(unit, "提醒函", 2026, 1, 10), block(1, 10, year=2025)]
    mine = blocks_for(enrolled=True, server_blocks=server, unit=unit, kind=kind, year=2026)
    assert mine == [block(31, 40)]
    assert allocate(mine, {1, 2, 3}, 2026) == 31
