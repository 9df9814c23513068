"""What a rendered letter contains: its text, its fonts, its metadata, its QR code — and nothing else."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from app.errors import HuhangError
from app.letters.compose import BODY, FALLBACK
from app.letters.fonts import FontSet, Uncovered, uncovered
from app.letters.furniture import qr_modules
from app.letters.layout import MM, QR_SIZE
from app.letters.render import render
from app.letters.verify import content_digest, qr_payload
from tests.app.letters.conftest import PAGE_NUMBER, all_text, body_lines, make_spec, mm, page_number, squeeze

ROOT = Path(__file__).resolve().parents[3]


def test_same_spec_gives_identical_bytes_in_this_and_another_process(spec: Any) -> None:
    first = render(spec)
    assert render(spec) == first
    code = (
        "import hashlib, sys; from tests.app.letters.conftest import make_spec; "
        "from app.letters.render import render; print(hashlib.sha256(render(make_spec())).hexdigest())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == hashlib.sha256(first).hexdigest()


def test_text_extracts_back_in_reading_order(spec: Any) -> None:
    text = all_text(render(spec))
    expected = [
        spec.number,
        spec.title,
        spec.addressee + "：",
        *spec.body,
        "附件：1." + spec.attachments[0],
        "2." + spec.attachments[1],
        *spec.signature,
        "2026年12月3日",
        "抄送：" + "，".join(spec.cc) + "。",
        spec.organ + "2026年12月3日印发",
    ]
    position = 0
    for part in expected:
        found = text.find(squeeze(part), position)
        assert found >= 0, part
        position = found + len(squeeze(part))
    assert position == len(text)  # nothing printed that the spec does not say


def test_every_font_is_an_embedded_truetype_subset(spec: Any) -> None:
    reader = PdfReader(io.BytesIO(render(spec)))
    seen = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert re.fullmatch(r"/[A-Z]{6}\+Huhang\w+", font["/BaseFont"]), font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"]
            seen.add(font["/BaseFont"].split("+")[1])
    assert {"HuhangFang", "HuhangSongTitle", "HuhangHei", "HuhangKai", "HuhangFallback"} <= seen


def test_headings_use_their_faces(spec: Any, pages: Any) -> None:
    lines = [line for page in pages(render(spec)) for line in body_lines(page)]

    def faces(prefix: str, count: int) -> set[str]:
        line = next(line for line in lines if line["text"].startswith(prefix))
        return {c["fontname"].split("+")[1] for c in line["chars"][:count]}

    assert faces("一、", 7) == {"HuhangHei"}
    assert faces("（一）", 12) == {"HuhangKai"}
    assert faces("1.", 10) == {"HuhangFang"}
    assert faces("（1）", 5) == {"HuhangFang"}
    rest = next(line for line in lines if line["text"].startswith("（一）"))
    tail = rest["chars"][rest["text"].index("。") + 1 :]
    assert {c["fontname"].split("+")[1] for c in tail} == {"HuhangFang"}  # the text after the heading


def test_metadata_is_fixed_and_names_the_letter(spec: Any) -> None:
    reader = PdfReader(io.BytesIO(render(spec)))
    info = reader.metadata
    assert info["/Title"] == spec.title
    assert info["/Author"] == spec.organ
    assert info["/Subject"] == spec.number
    assert info["/CreationDate"] == "D:20261203000000+08'00'"
    assert info["/ModDate"] == "D:20261203000000+08'00'"
    assert not re.search(r"\d{4}", info["/Producer"])
    assert info["/HuhangNumber"] == spec.number
    assert info["/HuhangDigest"] == content_digest(spec)


@pytest.mark.parametrize(
    "hostile",
    [
        "<b>x</b> & <font color=red>红</font>",
        '<para>段落</para> <img src="x.png"/> <br/>',
        "\"双引号\" 'single' &amp; &lt;tag&gt; <![CDATA[x]]>",
    ],
)
def test_user_text_is_data_not_markup(hostile: str) -> None:
    spec = make_spec(
        title="关于" + hostile,
        addressee=hostile,
        body=(hostile, "正文" + hostile),
        cc=(hostile,),
        signature=(hostile,),
    )
    text = all_text(render(spec))
    assert text.count(squeeze(hostile)) == 6  # title, addressee, two paragraphs, cc, signature


def test_a_rare_name_character_is_drawn_from_the_fallback_face(fonts: FontSet, pages: Any) -> None:
    rare = next(ch for ch in "喆镕堃昇珺玥" if fonts.font_for(ch, BODY) == fonts.font_name(FALLBACK))
    spec = make_spec(body=(f"经查，经营者张{rare}反映的问题属实。",))
    assert uncovered(spec, fonts) == []
    lines = [line for page in pages(render(spec, fonts)) for line in body_lines(page)]
    line = next(line for line in lines if rare in line["text"])
    char = next(c for c in line["chars"] if c["text"] == rare)
    assert "HuhangFallback" in char["fontname"]
    assert char["size"] == pytest.approx(16)


def test_a_character_no_face_has_is_reported_with_field_and_position(fonts: FontSet) -> None:
    missing = "\U00020000"  # CJK Extension B, outside GBK
    assert fonts.font_for(missing, BODY) is None and fonts.font_for("\ue000", BODY) is None
    spec = make_spec(
        title="关于" + missing + "的监督建议书",
        body=("第一段。", "一二三四\ue000五"),
        cc=("区委", "区政府办"),
    )
    found = uncovered(spec, fonts)
    assert found == [Uncovered(missing, "标题", 3), Uncovered("\ue000", "正文第2段", 5)]
    with pytest.raises(HuhangError) as caught:
        render(spec, fonts)
    assert caught.value.code == "letter.uncovered_chars"
    message = caught.value.message()
    assert (
        missing in message and "U+20000" in message and "标题第3字" in message and "正文第2段第5字" in message
    )


def test_preview_of_an_unprintable_draft_still_renders_when_not_strict(fonts: FontSet) -> None:
    assert render(make_spec(body=("一二三\ue000",)), fonts, strict=False).startswith(b"%PDF")


def test_long_body_paginates_with_a_number_on_every_page(pages: Any) -> None:
    body = tuple(f"第{n}段：" + "监督检查发现的问题和整改要求" * 8 for n in range(1, 40))
    doc = pages(render(make_spec(body=body)))
    assert len(doc) >= 5
    numbers = [page_number(page) for page in doc]
    for index, number in enumerate(numbers[:-1], 1):
        assert number is not None and number["text"] == f"— {index} —"
    text = all_text(render(make_spec(body=body)))
    for paragraph in body:
        assert squeeze(paragraph) in text
    assert not any(PAGE_NUMBER.match(line["text"]) for page in doc for line in body_lines(page))


def test_signature_never_stands_alone_on_a_page(pages: Any) -> None:
    for count in range(12, 24):
        body = tuple(f"这是第{n}段正文。" for n in range(1, count + 1))
        doc = pages(render(make_spec(number="", cc=(), attachments=(), body=body)))
        for page in doc:
            texts = [line["text"] for line in body_lines(page)]
            if "2026年12月3日" in texts:
                index = texts.index("2026年12月3日")
                assert index >= 2 and texts[index - 2].startswith("这是第"), texts  # a body line precedes it


def test_issued_letter_carries_its_qr_code_bottom_left_above_the_colophon(pages: Any) -> None:
    spec = make_spec()
    payload = qr_payload(spec)
    spec = make_spec(qr_payload=payload)
    last = pages(render(spec))[-1]
    modules = [r for r in last.rects if r["height"] < 1 * MM]
    x0, x1 = min(r["x0"] for r in modules), max(r["x1"] for r in modules)
    top, bottom = min(r["top"] for r in modules), max(r["bottom"] for r in modules)
    assert mm(x1 - x0) == pytest.approx(QR_SIZE / MM, abs=0.5) and mm(bottom - top) == pytest.approx(
        18, abs=0.5
    )
    assert mm(x0) == pytest.approx(28, abs=0.3)
    first_rule = min(line["top"] for line in last.lines)
    assert bottom < first_rule
    for char in last.chars:  # nothing printed over the code
        assert char["x0"] > x1 or char["bottom"] < top or char["top"] > bottom
    # Rebuild the symbol from the drawn rectangles and compare with the payload's.
    expected = qr_modules(payload)
    cell = (x1 - x0) / len(expected)
    drawn = [[False] * len(expected) for _ in expected]
    for r in modules:
        row = round((r["top"] - top) / cell)
        for column in range(round((r["x0"] - x0) / cell), round((r["x1"] - x0) / cell)):
            drawn[row][column] = True
    assert drawn == expected


def test_a_draft_has_no_qr_code(spec: Any, pages: Any) -> None:
    assert [r for r in pages(render(spec))[-1].rects if r["height"] < 1 * MM] == []


def test_the_code_rises_beside_the_signature_rather_than_adding_a_page(pages: Any) -> None:
    beside = 0
    for count in range(8, 18):
        spec = make_spec(
            number="", cc=(), attachments=(), body=tuple(f"这是第{n}段正文。" for n in range(count))
        )
        spec = replace(spec, qr_payload=qr_payload(spec))
        page = pages(render(spec))[-1]
        modules = [r for r in page.rects if r["height"] < 1 * MM]
        x1, top = max(r["x1"] for r in modules), min(r["top"] for r in modules)
        bottom = max(r["bottom"] for r in modules)
        for char in page.chars:  # never over text
            assert char["x0"] > x1 or char["bottom"] < top or char["top"] > bottom
        date_line = next((line for line in body_lines(page) if line["text"] == "2026年12月3日"), None)
        if date_line is not None and top < date_line["bottom"]:
            beside += 1
    assert beside >= 1


def test_a_heading_never_ends_a_page(pages: Any) -> None:
    for filler in range(12, 20):
        body = (*(f"这是第{n}段正文。" for n in range(filler)), "二、监督建议", "请认真落实。" * 20, "结束。")
        for page in pages(render(make_spec(number="", cc=(), attachments=(), body=body))):
            lines = body_lines(page)
            assert lines and lines[-1]["text"] != "二、监督建议"


def test_a_joint_organ_mark_is_stacked(pages: Any) -> None:
    organ = "中共广州市天河区纪律检查委员会\u3000广州市天河区监察委员会"
    lines = body_lines(pages(render(make_spec(letterhead=True, organ=organ)))[0])
    assert [line["text"] for line in lines[:2]] == [
        "中共广州市天河区纪律检查委员会",
        "广州市天河区监察委员会",
    ]
    assert lines[2]["text"] == "穗天纪建〔2026〕7号"


@pytest.mark.skipif(
    not (shutil.which("pdftoppm") and shutil.which("zbarimg")), reason="needs poppler-utils, zbar"
)
def test_the_printed_code_scans_back_to_the_payload(tmp_path: Path) -> None:
    spec = make_spec()
    spec = replace(spec, qr_payload=qr_payload(spec))
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(render(spec))
    subprocess.run(["pdftoppm", "-r", "150", "-png", str(pdf), str(tmp_path / "page")], check=True)
    last = sorted(tmp_path.glob("page-*.png"))[-1]
    scanned = subprocess.run(["zbarimg", "-q", "--raw", str(last)], capture_output=True, text=True)
    assert scanned.stdout.strip() == spec.qr_payload
