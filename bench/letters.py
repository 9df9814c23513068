"""Letter rendering against bare reportlab, in the same process: ``python -m bench.letters [--count N]``.

The baseline sets the same paragraphs with the same registered fonts through reportlab's own ``Paragraph``
(CJK word wrap) in a plain ``SimpleDocTemplate`` — what rendering would cost with no GB/T 9704 grid, no
禁则, no coverage check, no letterhead, colophon or QR code. The ratio says what all of that costs on top.

Timings are medians of interleaved runs (one letter) or totals (a batch), so a busy moment on the machine
hits both sides alike.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from io import BytesIO
from xml.sax.saxutils import escape

import reportlab
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

from app.letters import fonts as letter_fonts
from app.letters.compose import BODY, HEADING1, HEADING2, TITLE, Piece, compose
from app.letters.fonts import FontSet
from app.letters.layout import (
    BODY_SIZE,
    CHAR_PITCH,
    COLOPHON_SIZE,
    LINE_PITCH,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    TITLE_SIZE,
    TYPE_BOTTOM,
    TYPE_LEFT,
    TYPE_TOP,
    TYPE_WIDTH,
)
from app.letters.render import render
from app.letters.spec import LetterSpec
from app.letters.templates import draft_spec
from app.letters.verify import qr_payload

PROBLEMS = [
    "审批时限执行不严格，抽查的32件企业开办申请中有5件超过承诺时限办结，且未向申请人说明理由",
    "“一次性告知”落实不到位，部分窗口工作人员未按规定一次性告知申请材料，导致企业多次往返",
    "涉企检查统筹不够，同一企业在一个月内接受不同科室检查3次，检查结果未共享互认",
]
REQUIREMENTS = [
    "严格执行承诺时限，建立超时预警机制，对临近时限的事项逐件督办",
    "全面落实一次性告知制度，编制办事指南并在窗口和网站同步公开",
    "建立涉企检查统筹机制，推行“综合查一次”，检查结果共享互认",
]


def sample(n: int, *, issued: bool) -> LetterSpec:
    """The n-th letter of a batch: same shape, different numbers and addressees (so no cache can help)."""
    spec = draft_spec(
        "监督建议书",
        organ="中共广州市天河区纪律检查委员会",
        addressee=f"天河区第{n + 1}政务服务中心",
        problems=PROBLEMS,
        requirements=REQUIREMENTS,
        deadline=date(2026, 12, 31),
        contact="李明",
        phone="020-83001234",
        letter_date=date(2026, 12, 3),
        number=f"穗天纪建〔2026〕{n + 1}号",
        cc=("天河区人民政府办公室", "区优化营商环境工作领导小组办公室"),
        attachments=("企业开办超时事项清单",),
    )
    return replace(spec, qr_payload=qr_payload(spec)) if issued else spec


def baseline(spec: LetterSpec, fonts: FontSet) -> bytes:
    """The same text through plain reportlab Paragraphs (escaped once), same faces, same sizes."""
    names = {role: fonts.font_name(role) for role in (BODY, TITLE, HEADING1, HEADING2)}
    body = ParagraphStyle(
        "body",
        fontName=names[BODY],
        fontSize=BODY_SIZE,
        leading=LINE_PITCH,
        firstLineIndent=2 * CHAR_PITCH,
        wordWrap="CJK",
    )
    styles = {
        "number": ParagraphStyle("number", parent=body, alignment=TA_RIGHT, firstLineIndent=0),
        "title": ParagraphStyle(
            "title",
            parent=body,
            fontName=names[TITLE],
            fontSize=TITLE_SIZE,
            alignment=TA_CENTER,
            firstLineIndent=0,
        ),
        "addressee": ParagraphStyle("addressee", parent=body, firstLineIndent=0),
        "signature": ParagraphStyle("signature", parent=body, alignment=TA_RIGHT, rightIndent=2 * CHAR_PITCH),
        "date": ParagraphStyle("date", parent=body, alignment=TA_RIGHT, rightIndent=4 * CHAR_PITCH),
        "cc": ParagraphStyle("cc", parent=body, fontSize=COLOPHON_SIZE, firstLineIndent=0),
        "issuer": ParagraphStyle("issuer", parent=body, fontSize=COLOPHON_SIZE, firstLineIndent=0),
        "issue_date": ParagraphStyle("issue_date", parent=body, fontSize=COLOPHON_SIZE, alignment=TA_RIGHT),
    }
    heading_fonts = {HEADING1: names[HEADING1], HEADING2: names[HEADING2]}

    def markup(piece: Piece) -> str:
        parts = []
        for run in piece.runs:
            text = escape(run.text)
            parts.append(
                f'<font name="{heading_fonts[run.role]}">{text}</font>'
                if run.role in heading_fonts
                else f"<b>{text}</b>"
                if run.bold
                else text
            )
        return "".join(parts)

    story = []
    for piece in compose(spec):
        story.append(Paragraph(markup(piece), styles.get(piece.kind, body)))
        if piece.kind in ("title", "number"):
            story.append(Spacer(0, LINE_PITCH))
    out = BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        leftMargin=TYPE_LEFT,
        rightMargin=PAGE_WIDTH - TYPE_LEFT - TYPE_WIDTH,
        topMargin=PAGE_HEIGHT - TYPE_TOP,
        bottomMargin=TYPE_BOTTOM,
        invariant=1,
    )
    doc.build(story)
    return out.getvalue()


def median_ms(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def one_letter(fonts: FontSet, *, issued: bool, runs: int) -> tuple[float, float]:
    spec = sample(0, issued=issued)
    for _ in range(3):  # warm: fonts registered, caches filled, as in a running program
        render(spec, fonts)
        baseline(spec, fonts)
    ours, theirs = [], []
    for _ in range(runs):  # interleaved, so drift in machine load affects both
        ours.append(median_ms(lambda: render(spec, fonts), 1))
        theirs.append(median_ms(lambda: baseline(spec, fonts), 1))
    return statistics.median(ours), statistics.median(theirs)


def batch(fonts: FontSet, count: int) -> tuple[float, float, int]:
    specs = [sample(n, issued=True) for n in range(count)]
    start = time.perf_counter()
    size = sum(len(render(spec, fonts)) for spec in specs)
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for spec in specs:
        baseline(spec, fonts)
    theirs = time.perf_counter() - start
    return ours, theirs, size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.letters", description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="letters in the batch (default 1000)")
    parser.add_argument("--runs", type=int, default=30, help="timed runs for the single letter (default 30)")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    fonts = FontSet.bundled()
    for role in (BODY, TITLE, HEADING1, HEADING2, "fallback"):
        fonts.font_name(role)
    load = time.perf_counter() - start
    registered = letter_fonts.registration_count()

    print(
        f"machine: {platform.platform()}, {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores; Python {platform.python_version()}; reportlab {reportlab.Version}"
    )
    print(f"fonts: {registered} files registered in {load * 1000:.0f} ms (once per process)")
    rows = []
    ours, theirs = one_letter(fonts, issued=False, runs=args.runs)
    rows.append(("one letter, draft (median)", f"{ours:.1f} ms", f"{theirs:.1f} ms", ours / theirs))
    ours, theirs = one_letter(fonts, issued=True, runs=args.runs)
    rows.append(("one letter, issued with QR (median)", f"{ours:.1f} ms", f"{theirs:.1f} ms", ours / theirs))
    total, base, size = batch(fonts, args.count)
    rows.append((f"{args.count:,} issued letters (total)", f"{total:.1f} s", f"{base:.1f} s", total / base))
    width = max(len(row[0]) for row in rows)
    print(f"{'case':<{width}}  {'huhang':>9}  {'reportlab':>9}  ratio")
    for name, a, b, ratio in rows:
        print(f"{name:<{width}}  {a:>9}  {b:>9}  {ratio:5.2f}")
    print(f"batch: {args.count / total:.0f} letters/s, {size / args.count / 1024:.0f} KiB per letter")
    after = letter_fonts.registration_count()
    print(f"font registrations after the batch: {after} (unchanged: {after == registered})")
    return 0 if after == registered else 1


if __name__ == "__main__":
    raise SystemExit(main())
