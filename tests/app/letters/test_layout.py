"""The printed geometry, measured from the PDF the way a reviewer with a ruler would (GB/T 9704-2012)."""

from __future__ import annotations

from typing import Any

import pytest

from app.letters.layout import CHAR_PITCH, MM, PAGE_NUMBER_SIZE
from app.letters.linebreak import CANNOT_END, CANNOT_START
from app.letters.render import render
from tests.app.letters.conftest import body_lines, make_spec, mm, page_number, squeeze

TOP, LEFT, RIGHT, BOTTOM = 37.0, 28.0, 28.0 + 156.0, 37.0 + 225.0  # type area in mm from the top-left
FILLER = "优化营商环境监督检查工作推进落实情况"  # CJK only: every full line holds exactly 28 characters


def plain_body(paragraphs: int = 1, length: int = 1800) -> tuple[str, ...]:
    text = FILLER * (length // len(FILLER) + 1)
    return tuple(text[:length] for _ in range(paragraphs))


@pytest.fixture(scope="module")
def long_letter() -> bytes:
    return render(make_spec(number="", cc=(), attachments=(), body=plain_body()))


def test_page_is_a4(long_letter: bytes, pages: Any) -> None:
    for page in pages(long_letter):
        assert mm(page.width) == pytest.approx(210, abs=0.5)
        assert mm(page.height) == pytest.approx(297, abs=0.5)


def test_full_page_of_body_text_is_the_22_by_28_grid(long_letter: bytes, pages: Any) -> None:
    second = pages(long_letter)[1]  # page 2 carries body text only
    lines = body_lines(second)
    assert len(lines) == 22
    for line in lines:
        assert len(line["text"]) == 28, line["text"]
        assert mm(line["x0"]) == pytest.approx(LEFT, abs=1)
        assert mm(line["x1"]) == pytest.approx(RIGHT, abs=1)
    assert mm(lines[0]["top"]) == pytest.approx(TOP, abs=1)  # first line on the 37 mm top margin
    assert mm(lines[-1]["bottom"]) <= BOTTOM


def test_first_page_starts_at_the_top_margin_with_a_22pt_title(long_letter: bytes, pages: Any) -> None:
    first = pages(long_letter)[0]
    lines = body_lines(first)
    title = lines[0]
    assert mm(title["top"]) == pytest.approx(TOP, abs=1)
    assert {round(c["size"], 1) for c in title["chars"]} == {22.0}
    assert all("HuhangSongTitle" in c["fontname"] for c in title["chars"])
    body_sizes = {round(c["size"], 1) for line in lines[2:] for c in line["chars"]}
    assert body_sizes == {16.0}


def test_paragraphs_are_indented_two_characters(long_letter: bytes, pages: Any) -> None:
    lines = body_lines(pages(long_letter)[0])
    addressee = next(line for line in lines if line["text"].endswith("："))
    assert mm(addressee["x0"]) == pytest.approx(LEFT, abs=0.5)
    first_body = lines[lines.index(addressee) + 1]
    assert first_body["x0"] - addressee["x0"] == pytest.approx(2 * CHAR_PITCH, abs=0.5)
    assert len(first_body["text"]) == 26


def test_page_numbers_alternate_sides_seven_mm_below_the_type_area(long_letter: bytes, pages: Any) -> None:
    numbered = pages(long_letter)
    assert len(numbered) >= 3
    for index, page in enumerate(numbered, 1):
        number = page_number(page)
        assert number is not None and number["text"] == f"— {index} —"
        assert mm(number["top"]) == pytest.approx(BOTTOM + 7, abs=1)
        assert {round(c["size"], 1) for c in number["chars"]} == {PAGE_NUMBER_SIZE}
        if index % 2:
            assert number["x1"] == pytest.approx(RIGHT * MM - PAGE_NUMBER_SIZE, abs=1 * MM)
        else:
            assert number["x0"] == pytest.approx(LEFT * MM + PAGE_NUMBER_SIZE, abs=1 * MM)


def test_signature_and_date_follow_the_unsealed_rules(pages: Any) -> None:
    data = render(make_spec(attachments=()))
    last = pages(data)[-1]
    lines = body_lines(last)
    signature = next(line for line in lines if line["text"] == "中共广州市天河区纪律检查委员会")
    date_line = next(line for line in lines if line["text"] == "2026年12月3日")
    assert date_line["top"] - signature["top"] == pytest.approx(225 * MM / 22, abs=0.5)
    visible_end = signature["chars"][-1]["x0"] + 16  # the last glyph's em box
    assert visible_end == pytest.approx(RIGHT * MM - 2 * CHAR_PITCH, abs=1 * MM)  # 右空二字
    assert date_line["x0"] - signature["x0"] == pytest.approx(2 * CHAR_PITCH, abs=0.5)  # 右移二字
    body_end = max(line["bottom"] for line in lines if line["top"] < signature["top"])
    assert signature["top"] - body_end > 225 * MM / 22 * 0.9  # one blank line above the signature


def test_short_signature_moves_left_so_the_date_keeps_two_characters_from_the_edge(pages: Any) -> None:
    data = render(make_spec(signature=("天河区纪委",), attachments=()))
    lines = body_lines(pages(data)[-1])
    signature = next(line for line in lines if line["text"] == "天河区纪委")
    date_line = next(line for line in lines if line["text"] == "2026年12月3日")
    assert date_line["x0"] - signature["x0"] == pytest.approx(2 * CHAR_PITCH, abs=0.5)
    assert date_line["x1"] <= RIGHT * MM - 2 * CHAR_PITCH + 1


def test_attachment_note_aligns_wrapped_items_after_the_label(pages: Any) -> None:
    long_name = "关于天河区企业开办全流程办理时限的抽样统计表及各环节超时原因分析和责任认定意见"
    data = render(make_spec(attachments=("企业开办超时事项清单", long_name)))
    lines = body_lines(pages(data)[-1])
    first = next(line for line in lines if line["text"].startswith("附件："))
    second = next(line for line in lines if line["text"].startswith("2."))
    wrapped = lines[lines.index(second) + 1]
    assert first["x0"] - LEFT * MM == pytest.approx(2 * CHAR_PITCH, abs=0.5)
    one = next(c for c in first["chars"] if c["text"] == "1")
    assert second["x0"] == pytest.approx(one["x0"], abs=0.5)  # “2.” under “1.”
    name_start = first["chars"][first["text"].index(".") + 1]["x0"]
    assert wrapped["x0"] == pytest.approx(name_start, abs=0.5)  # continuation under the name
    assert not first["text"].endswith(("。", "，", "；"))


def test_colophon_rules_and_lines_sit_on_the_bottom_edge(pages: Any) -> None:
    data = render(make_spec())
    last = pages(data)[-1]
    rules = sorted(last.lines, key=lambda line: line["top"])
    assert len(rules) == 3
    for rule in rules:
        assert mm(rule["x0"]) == pytest.approx(LEFT, abs=0.3)
        assert mm(rule["x1"]) == pytest.approx(RIGHT, abs=0.3)
    assert [round(mm(rule["linewidth"]), 2) for rule in rules] == [0.35, 0.25, 0.35]
    assert mm(rules[-1]["top"]) == pytest.approx(BOTTOM, abs=0.3)
    lines = body_lines(last)
    cc = next(line for line in lines if line["text"].startswith("抄送："))
    issued = next(line for line in lines if line["text"].endswith("印发"))
    assert {round(c["size"], 1) for c in cc["chars"] + issued["chars"]} == {14.0}
    assert mm(cc["x0"]) == pytest.approx(LEFT + 14 / MM, abs=0.5)  # one character in
    assert mm(issued["x0"]) == pytest.approx(LEFT + 14 / MM, abs=0.5)
    assert mm(issued["x1"]) == pytest.approx(RIGHT - 14 / MM, abs=0.5)
    assert rules[0]["top"] < cc["top"] < rules[1]["top"] < issued["top"] < rules[2]["top"]
    cc_text = squeeze(
        "".join(line["text"] for line in lines if rules[0]["top"] < line["top"] < rules[1]["top"])
    )
    assert cc_text == "抄送：天河区人民政府办公室，区优化营商环境工作领导小组办公室。"
    continuation = lines[lines.index(cc) + 1]
    assert continuation["x0"] == pytest.approx(cc["x0"] + 3 * 14, abs=0.5)  # aligned after “抄送：”


def test_colophon_alone_on_its_page_carries_no_page_number(pages: Any) -> None:
    """Grow the body one line at a time until the colophon is pushed onto a page of its own."""
    alone = 0
    for count in range(10, 24):
        body = tuple(f"这是第{n}段正文。" for n in range(1, count + 1))
        data = render(make_spec(number="", cc=(), attachments=(), body=body))
        doc = pages(data)
        texts = [line["text"] for line in body_lines(doc[-1])]
        if len(doc) > 1 and all(text.endswith("印发") for text in texts):
            alone += 1
            assert page_number(doc[-1]) is None
            assert page_number(doc[-2]) is not None
    assert alone >= 1


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(pages: Any) -> None:
    body = tuple("汉" * k + "，“引文”（说明）《文件》、〔2026〕；结束。" * 3 for k in range(1, 29))
    data = render(make_spec(body=body, cc=(), attachments=()))
    checked = 0
    for page in pages(data):
        for line in body_lines(page):
            text = line["text"].replace(" ", "")
            assert text[0] not in CANNOT_START, text
            assert text[-1] not in CANNOT_END, text
            assert line["x1"] <= RIGHT * MM + 1  # nothing hangs into the margin
            checked += 1
    assert checked > 100


def test_letterhead_positions_follow_the_standard(pages: Any) -> None:
    data = render(make_spec(letterhead=True))
    first = pages(data)[0]
    lines = body_lines(first)
    mark, number = lines[0], lines[1]
    assert mark["text"] == "中共广州市天河区纪律检查委员会"
    assert {c["non_stroking_color"] for c in mark["chars"]} == {(0.9, 0.0, 0.0)}
    assert mm(mark["top"]) == pytest.approx(TOP + 35, abs=1)
    assert mm(mark["x0"] + mark["x1"]) / 2 == pytest.approx((LEFT + RIGHT) / 2, abs=0.5)
    assert number["text"] == "穗天纪建〔2026〕7号"
    assert (number["x0"] + number["x1"]) / 2 == pytest.approx((LEFT + RIGHT) / 2 * MM, abs=2)
    assert number["top"] - mark["bottom"] == pytest.approx(2 * 225 * MM / 22, abs=1 * MM)
    rule = next(line for line in first.lines if line["stroking_color"] == (0.9, 0.0, 0.0))
    assert mm(rule["top"] - number["bottom"]) == pytest.approx(4, abs=0.5)
    assert mm(rule["x0"]) == pytest.approx(LEFT, abs=0.3) and mm(rule["x1"]) == pytest.approx(RIGHT, abs=0.3)
    title = lines[2]
    assert title["text"].startswith("关于")
    assert title["top"] - rule["top"] > 2 * 225 * MM / 22  # two blank lines below the rule
