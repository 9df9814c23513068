"""Chinese line breaking (禁则) on a grid where every character is one unit wide."""

from __future__ import annotations

import random

from app.letters.linebreak import CANNOT_END, CANNOT_START, Line, balanced_lines, break_lines, can_break


def lines_of(text: str, width: int, first: int | None = None, narrow: float = 1.0) -> list[str]:
    advances = [narrow if ch.isascii() else 1.0 for ch in text]
    widths = [float(first if first is not None else width), float(width)]
    return [text[line.start : line.end] for line in break_lines(text, advances, widths)]


def test_fills_lines_to_the_measure() -> None:
    assert lines_of("一二三四五六七八九十", 4) == ["一二三四", "五六七八", "九十"]
    assert lines_of("一二三四五六七八九十", 4, first=2) == ["一二", "三四五六", "七八九十"]


def test_closing_punctuation_never_starts_a_line() -> None:
    # “，” would start line 2: the character before it moves down with it.
    assert lines_of("一二三四，五六七", 4) == ["一二三", "四，五六", "七"]
    assert lines_of("一二三四。”五六", 4) == ["一二三", "四。”五", "六"]


def test_opening_punctuation_never_ends_a_line() -> None:
    assert lines_of("一二三（四）五六", 4) == ["一二三", "（四）五", "六"]
    assert lines_of("一二三“四”", 4) == ["一二三", "“四”"]


def test_numbers_and_latin_words_stay_whole() -> None:
    assert lines_of("截至2026年", 3, narrow=0.5) == ["截至", "2026年"]
    assert lines_of("电话020-8300", 5, narrow=0.5) == ["电话", "020-8300"]
    assert lines_of("访问 www.gz.gov.cn 查询", 8, narrow=0.5) == ["访问 ", "www.gz.gov.cn 查", "询"]


def test_a_word_longer_than_a_line_is_split_where_it_overflows() -> None:
    assert lines_of("abcdefghij", 4) == ["abcd", "efgh", "ij"]


def test_dashes_and_ellipses_are_never_split() -> None:
    assert lines_of("一二三——四五", 4) == ["一二三", "——四五"]
    assert lines_of("一二——三四", 3) == ["一二", "——三", "四"]
    assert lines_of("一二三……", 4) == ["一二三", "……"]  # one mark, moved whole


def test_last_line_is_marked_and_widths_exclude_trailing_spaces() -> None:
    lines = break_lines("ab cd", [1.0] * 5, [3.0])
    assert lines == [Line(0, 3, 2.0, False), Line(3, 5, 2.0, True)]


def test_random_text_never_breaks_a_rule() -> None:
    rng = random.Random(9704)
    alphabet = "监督建议书整改落实企业开办" * 3 + "，。、；：？！）》」”（《「“" + "2026ab"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 120)))
        width = rng.randint(3, 30)
        lines = lines_of(text, width)
        assert "".join(lines) == text
        start = 0
        for line, following in zip(lines, lines[1:], strict=False):
            assert len(line) <= width
            end = start + len(line)
            # A boundary is legal, or forced because the line before it had no legal break point at all.
            forced = not any(can_break(text, i) for i in range(start + 1, end + 1))
            assert can_break(text, end) or forced, (text, lines)
            if not forced:
                assert following[0] not in CANNOT_START and line[-1] not in CANNOT_END
            start = end


def test_titles_are_balanced_without_an_orphan() -> None:
    title = "关于督促天河区市场监督管理局优化企业开办服务的监督建议书"  # 28 characters
    advances = [1.0] * len(title)
    greedy = break_lines(title, advances, [20.0])
    assert [line.end - line.start for line in greedy] == [20, 8]
    balanced = balanced_lines(title, advances, 20.0, prefer_after="的")
    lengths = [line.end - line.start for line in balanced]
    assert len(balanced) == 2 and abs(lengths[0] - lengths[1]) <= 2 and min(lengths) > 1
    assert balanced[-1].last and not balanced[0].last
    three = balanced_lines("一" * 41, [1.0] * 41, 20.0)
    assert [line.end - line.start for line in three] == [13, 14, 14]  # shorter lines at the top
    assert balanced_lines("短标题", [1.0] * 3, 20.0) == [Line(0, 3, 3.0, True)]
