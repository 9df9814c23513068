"""Shared letters, fonts and PDF-measuring helpers for the letter tests."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pdfplumber
import pytest

from app.letters.fonts import FontSet
from app.letters.layout import MM
from app.letters.spec import LetterSpec

PAGE_NUMBER = re.compile(r"^— (\d+) —$")

BODY = (
    "我委在2026年第四季度优化营商环境专项监督检查中发现，你单位在企业开办、审批服务等方面仍存在一些问题，"
    "影响企业的获得感和满意度。根据《中华人民共和国监察法》《优化营商环境条例》等有关规定，现提出如下监督建议。",
    "一、存在的问题",
    "（一）审批时限执行不严格。抽查的32件企业开办申请中，有5件超过承诺时限办结，最长超期7个工作日。",
    "（二）“一次性告知”落实不到位。部分窗口工作人员未按规定一次性告知申请材料，导致企业多次往返。",
    "二、监督建议",
    "1.严格执行承诺时限。建立超时预警机制，对临近时限的事项逐件督办。",
    "（1）每周通报一次超时情况；",
    "三、整改期限和反馈方式",
    "请你单位于2026年12月31日前将整改情况书面反馈我委。联系人：李明，电话：020-83001234。",
)


def make_spec(**changes: Any) -> LetterSpec:
    """A realistic 监督建议书; keyword arguments replace fields."""
    spec = LetterSpec(
        kind="监督建议书",
        organ="中共广州市天河区纪律检查委员会",
        number="穗天纪建〔2026〕7号",
        title="关于督促天河区市场监督管理局优化企业开办服务的监督建议书",
        addressee="天河区市场监督管理局",
        body=BODY,
        signature=("中共广州市天河区纪律检查委员会",),
        date=date(2026, 12, 3),
        deadline=date(2026, 12, 31),
        cc=("天河区人民政府办公室", "区优化营商环境工作领导小组办公室"),
        attachments=("企业开办超时事项清单", "群众反映问题汇总表（2026年第四季度）"),
    )
    return replace(spec, **changes)


@pytest.fixture(scope="session")
def fonts() -> FontSet:
    return FontSet.bundled()


@pytest.fixture
def spec() -> LetterSpec:
    return make_spec()


def mm(points: float) -> float:
    """Points to millimetres (pdfplumber measures in points from the top-left corner)."""
    return points / MM


def open_pdf(data: bytes) -> pdfplumber.PDF:
    return pdfplumber.open(io.BytesIO(data))


def text_lines(page: Any) -> list[dict[str, Any]]:
    """pdfplumber's text lines of a page, top to bottom (each has text, x0, x1, top, bottom and chars)."""
    return list(page.extract_text_lines(layout=False, strip=True, return_chars=True))


def body_lines(page: Any) -> list[dict[str, Any]]:
    """Lines that are letter text, not the page number."""
    return [line for line in text_lines(page) if not PAGE_NUMBER.match(line["text"])]


def page_number(page: Any) -> dict[str, Any] | None:
    found = [line for line in text_lines(page) if PAGE_NUMBER.match(line["text"])]
    assert len(found) <= 1
    return found[0] if found else None


def all_text(data: bytes) -> str:
    """The whole letter's text without page numbers and without whitespace (for content comparisons)."""
    parts = []
    with open_pdf(data) as pdf:
        for page in pdf.pages:
            parts += [line["text"] for line in body_lines(page)]
    return re.sub(r"\s+", "", "".join(parts))


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def pages() -> Iterator[Any]:
    """Call with PDF bytes to get the pdfplumber pages; closes the document after the test."""
    opened: list[pdfplumber.PDF] = []

    def _open(data: bytes) -> list[Any]:
        pdf = open_pdf(data)
        opened.append(pdf)
        return list(pdf.pages)

    yield _open
    for pdf in opened:
        pdf.close()
