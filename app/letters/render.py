"""A letter spec to PDF bytes, laid out per GB/T 9704-2012.

Order on the page: 版头 (red organ mark, 文号, red rule) or, without a letterhead, the 文号 alone; title;
one blank line; 主送机关; body; 附件说明; signature and date; and at the bottom of the last page the QR
code (issued letters) and the 版记. Page numbers are page furniture drawn when a page ends.

The output is deterministic: ``invariant`` mode, a creation date taken from the letter's date, no producer
timestamp, font resources numbered in order of first use — the same spec and fonts give the same bytes, in
any process on any machine, which is what lets an issued letter be checked by its SHA-256.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from datetime import date
from io import BytesIO
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFDate, PDFDictionary, PDFInfo, PDFName, PDFString
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.letters.blocks import (
    TITLE_BREAK_AFTER,
    BlankLines,
    KeepLines,
    SetLine,
    Shaped,
    SignatureBlock,
    TextBlock,
    TextStyle,
    shape,
)
from app.letters.compose import BODY, FALLBACK, Piece, Run, compose
from app.letters.fonts import FontSet, ensure_covered
from app.letters.furniture import BottomBlock, Letterhead, draw_page_number, qr_modules
from app.letters.layout import (
    ATTACHMENT_BLANK_LINES,
    BODY_CHAR_SPACE,
    BODY_SIZE,
    CHAR_PITCH,
    COLOPHON_SIDE_CHARS,
    COLOPHON_SIZE,
    INDENT_CHARS,
    LINE_PITCH,
    ORGAN_MARK_MAX_SIZE,
    ORGAN_MARK_MIN_SIZE,
    PAGE_HEIGHT,
    PAGE_NUMBER_SIZE,
    PAGE_WIDTH,
    QR_GAP,
    QR_SIZE,
    RED,
    SIGNATURE_BLANK_LINES,
    TITLE_LINES_BELOW_RULE,
    TITLE_SIZE,
    TYPE_BOTTOM,
    TYPE_HEIGHT,
    TYPE_LEFT,
    TYPE_WIDTH,
)
from app.letters.linebreak import Line, balanced_lines
from app.letters.spec import LetterSpec
from app.letters.verify import DIGEST_KEY, NUMBER_KEY, content_digest

CREATOR = "护航 Huhang"
_BODY = TextStyle(BODY_SIZE, BODY_CHAR_SPACE, "justify", first_indent=INDENT_CHARS * CHAR_PITCH)
_FLUSH = TextStyle(BODY_SIZE, BODY_CHAR_SPACE, "justify")
_TITLE = TextStyle(TITLE_SIZE, 0.0, "center")
_NUMBER_RIGHT = TextStyle(BODY_SIZE, BODY_CHAR_SPACE, "right")
_COLOPHON = TextStyle(COLOPHON_SIZE, 0.0, "left")
_PAGE_NUMBER = TextStyle(PAGE_NUMBER_SIZE, 0.0, "left")


@functools.cache
def default_fonts() -> FontSet:
    """The bundled faces, built once per process."""
    return FontSet.bundled()


def render(spec: LetterSpec, fonts: FontSet | None = None, *, strict: bool = True) -> bytes:
    """The letter as PDF bytes.

    With ``strict`` (the default) a character no available face covers raises ``letter.uncovered_chars``
    instead of printing a box; a draft preview may pass ``strict=False`` to see the rest of the letter.
    """
    fonts = fonts or default_fonts()
    if strict:
        ensure_covered(spec, fonts)
    story = build_story(spec, fonts)
    out = BytesIO()
    doc = _LetterDocument(out, spec, fonts)
    doc.build(story)
    return out.getvalue()


def build_story(spec: LetterSpec, fonts: FontSet) -> list[Flowable]:
    """The flowables of the letter, top to bottom."""
    pieces = compose(spec)
    first = {piece.kind: piece for piece in reversed(pieces)}
    story: list[Flowable] = []
    if "mark" in first:
        story += [_letterhead(first["mark"], first.get("number"), fonts), BlankLines(TITLE_LINES_BELOW_RULE)]
    elif "number" in first:
        # Without a letterhead the letter is set like a 函 (信函格式): the 文号 sits flush with the right edge
        # of the type area on the first line, and the title follows one blank line below it.
        story += [_block(first["number"], fonts, _NUMBER_RIGHT), BlankLines(1)]
    if "title" in first:
        story += [
            TextBlock.make(shape(first["title"].runs, fonts, TITLE_SIZE), _TITLE, TYPE_WIDTH, balanced=True),
            BlankLines(1),
        ]
    if "addressee" in first:
        story.append(_block(first["addressee"], fonts, _FLUSH))
    tail: list[Flowable] = []
    attachments = [piece for piece in pieces if piece.kind == "attachment"]
    if attachments:
        tail += [BlankLines(ATTACHMENT_BLANK_LINES), *_attachments(attachments, fonts)]
    signature = [
        shape(piece.runs, fonts, BODY_SIZE, BODY_CHAR_SPACE) for piece in pieces if piece.kind == "signature"
    ]
    date_line = shape(first["date"].runs, fonts, BODY_SIZE, BODY_CHAR_SPACE)
    sign = SignatureBlock(signature, date_line, _BODY, CHAR_PITCH, TYPE_WIDTH)
    tail += [BlankLines(SIGNATURE_BLANK_LINES), sign]
    story += _body([piece for piece in pieces if piece.kind == "body"], fonts, tail)
    # The strip left of the signature and date (and the blank line above them) is free for the QR code.
    free = min(sign.positions) > QR_SIZE + QR_GAP
    room = sign.height + SIGNATURE_BLANK_LINES * LINE_PITCH if free else 0.0
    story.append(_bottom(spec, pieces, fonts, room))
    return story


def _block(piece: Piece, fonts: FontSet, style: TextStyle) -> TextBlock:
    return TextBlock.make(shape(piece.runs, fonts, style.size, style.char_space), style, TYPE_WIDTH)


def _letterhead(mark: Piece, number: Piece | None, fonts: FontSet) -> Letterhead:
    """The organ mark as large as fits (初号 at most), one organ per line for a joint mark.

    Organs of a joint letter are separated by spaces in the organ field (“中共××区纪委　××区监委”) and
    stacked, as joint 版头 are. A name too long for one line even at 2号 wraps into balanced lines.
    """
    text = mark.text
    segments = [(m.start(), m.end()) for m in re.finditer(r"[^\s\u3000]+", text)]
    unit = shape(mark.runs, fonts, 1.0)
    longest = max(unit.width(a, b) for a, b in segments)
    size = max(ORGAN_MARK_MIN_SIZE, min(ORGAN_MARK_MAX_SIZE, TYPE_WIDTH / longest))
    size = int(size * 2) / 2  # whole or half points, like a word processor's size box
    style = TextStyle(size, 0.0, "center", color=RED, leading=size * 1.2)
    shaped = shape(mark.runs, fonts, size)
    lines = []
    for a, b in segments:
        parts = balanced_lines(text[a:b], shaped.advances[a:b], TYPE_WIDTH, prefer_after=TITLE_BREAK_AFTER)
        for line in parts:
            lines.append(SetLine(Line(a + line.start, a + line.end, line.width, True), 0.0, TYPE_WIDTH))
    number_shape = shape(number.runs, fonts, BODY_SIZE, BODY_CHAR_SPACE) if number else None
    return Letterhead(shaped, style, lines, number_shape, _FLUSH, TYPE_WIDTH)


def _body(pieces: Sequence[Piece], fonts: FontSet, tail: list[Flowable]) -> list[Flowable]:
    """Body paragraphs; a heading standing alone is kept with the next paragraph, the last one with the tail.

    A heading “stands alone” when the paragraph is nothing but a heading of level 1–3 on one line, without a
    closing full stop (“一、发现的问题”); a list item such as “（一）施工许可办理时限。”, a （1） item or a
    heading that runs on into text is an ordinary paragraph and may end a page.
    """
    groups: list[tuple[list[Flowable], TextBlock]] = []
    pending: list[Flowable] = []
    for piece in pieces:
        block = _block(piece, fonts, _BODY)
        if _stands_alone(piece) and len(block.lines) == 1:
            pending.append(block)
            continue
        groups.append((pending, block))
        pending = []
    if pending:
        last = pending.pop()
        assert isinstance(last, TextBlock)
        groups.append((pending, last))
    story: list[Flowable] = []
    for index, (before, block) in enumerate(groups):
        after = tail if index == len(groups) - 1 else []
        story.append(KeepLines(before, block, after) if before or after else block)
    if not groups:
        story.append(KeepLines([], None, tail))
    return story


def _stands_alone(piece: Piece) -> bool:
    text = piece.text
    return piece.level in (1, 2, 3) and len(piece.runs) == 1 and text[-1:] not in "。；！？;"


def _attachments(pieces: Sequence[Piece], fonts: FontSet) -> list[Flowable]:
    """附件说明 “附件：1.名称”; later items and wrapped lines align with the name's first character."""
    indent = INDENT_CHARS * CHAR_PITCH
    label = "附件："
    blocks: list[Flowable] = []
    label_width = _width(label, fonts)
    for number, piece in enumerate(pieces, 1):
        numeral = f"{number}." if len(pieces) > 1 else ""
        head = (label if number == 1 else "") + numeral
        shaped = shape((Run(head, BODY), *piece.runs), fonts, BODY_SIZE, BODY_CHAR_SPACE)
        numeral_width = shaped.width(len(head) - len(numeral), len(head))
        first = indent if number == 1 else indent + label_width
        style = TextStyle(
            BODY_SIZE,
            BODY_CHAR_SPACE,
            "justify",
            first_indent=first,
            rest_indent=indent + label_width + numeral_width,
        )
        blocks.append(TextBlock.make(shaped, style, TYPE_WIDTH))
    return blocks


def _width(text: str, fonts: FontSet) -> float:
    return shape((Run(text, BODY),), fonts, BODY_SIZE, BODY_CHAR_SPACE).width()


def _bottom(spec: LetterSpec, pieces: Sequence[Piece], fonts: FontSet, room_beside: float) -> BottomBlock:
    side = COLOPHON_SIDE_CHARS * COLOPHON_SIZE
    cc_items = [piece.text for piece in pieces if piece.kind == "cc"]
    cc: Shaped | None = None
    cc_style = TextStyle(COLOPHON_SIZE, 0.0, "justify", first_indent=side, right_indent=side)
    cc_lines = []
    if cc_items:
        label = "抄送："
        cc = shape((Run(label + "，".join(cc_items) + "。", BODY),), fonts, COLOPHON_SIZE)
        cc_style = TextStyle(
            COLOPHON_SIZE,
            0.0,
            "justify",
            first_indent=side,
            rest_indent=side + cc.width(0, len(label)),
            right_indent=side,
        )
        cc_lines = TextBlock.make(cc, cc_style, TYPE_WIDTH).lines
    by_kind = {piece.kind: piece for piece in pieces}
    issuer = (
        shape(by_kind["issuer"].runs, fonts, COLOPHON_SIZE) if "issuer" in by_kind else shape((), fonts, 14)
    )
    issue_date = shape(by_kind["issue_date"].runs, fonts, COLOPHON_SIZE)
    qr = qr_modules(spec.qr_payload) if spec.qr_payload else None
    return BottomBlock(cc, cc_style, cc_lines, issuer, issue_date, _COLOPHON, qr, TYPE_WIDTH, room_beside)


# -- the document ----------------------------------------------------------------------------------------


class _Info(PDFInfo):  # type: ignore[misc]
    """Document information with the letter's own keys (/HuhangNumber, /HuhangDigest) and a fixed date.

    reportlab's PDFInfo writes a fixed set of keys only; this writes the same ones plus ours.
    """

    extra: dict[str, str] = {}

    def format(self, document: Any) -> bytes:
        stamp = PDFDate(ts=document._timeStamp, dateFormatter=self._dateFormatter)
        entries: dict[str, Any] = {
            "Title": PDFString(self.title),
            "Author": PDFString(self.author),
            "CreationDate": stamp,
            "ModDate": stamp,
            "Producer": PDFString(self.producer),
            "Creator": PDFString(self.creator),
            "Subject": PDFString(self.subject),
            "Keywords": PDFString(self.keywords),
            "Trapped": PDFName(self.trapped),
        }
        entries.update((key, PDFString(value)) for key, value in sorted(self.extra.items()))
        return PDFDictionary(entries).format(document)  # type: ignore[no-any-return]


def _pdf_date(day: date) -> Any:
    """A date formatter for reportlab: the letter's date at midnight China time, whatever the clock says."""

    def formatter(*_: int) -> str:
        return f"D:{day.year:04d}{day.month:02d}{day.day:02d}000000+08'00'"

    return formatter


class _LetterDocument(BaseDocTemplate):  # type: ignore[misc]
    """One frame exactly the type area; page numbers drawn when each page ends."""

    def __init__(self, out: BytesIO, spec: LetterSpec, fonts: FontSet) -> None:
        super().__init__(
            out,
            pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=TYPE_LEFT,
            rightMargin=PAGE_WIDTH - TYPE_LEFT - TYPE_WIDTH,
            topMargin=PAGE_HEIGHT - TYPE_BOTTOM - TYPE_HEIGHT,
            bottomMargin=TYPE_BOTTOM,
            invariant=1,
            pageCompression=1,
            initialFontName=fonts.font_name(BODY),
            title=spec.title,
            author=spec.organ,
            subject=spec.number,
            creator=CREATOR,
        )
        self.spec = spec
        self.fonts = fonts
        self.page_has_text = False
        frame = Frame(
            TYPE_LEFT,
            TYPE_BOTTOM,
            TYPE_WIDTH,
            TYPE_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="type-area",
        )
        self.addPageTemplates(
            [PageTemplate("letter", [frame], onPage=self._begin_page, onPageEnd=self._end_page)]
        )

    def handle_documentBegin(self) -> None:  # noqa: N802 (reportlab API)
        super().handle_documentBegin()
        document = self.canv._doc
        info = _Info()
        info.__dict__.update(document.info.__dict__)
        info.extra = {DIGEST_KEY: content_digest(self.spec)}
        if self.spec.number:
            info.extra[NUMBER_KEY] = self.spec.number
        document.info = info
        self.canv.setDateFormatter(_pdf_date(self.spec.date))

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 (reportlab API)
        # Only the letter's own text counts: reportlab also reports internal action flowables here.
        if isinstance(flowable, (TextBlock, KeepLines, SignatureBlock, Letterhead)):
            self.page_has_text = True

    def _begin_page(self, canv: Any, doc: Any) -> None:
        self.page_has_text = False

    def _end_page(self, canv: Any, doc: Any) -> None:
        # No number on a page that carries only the colophon (版记页), as the standard asks.
        if self.page_has_text:
            page = canv.getPageNumber()
            number = shape((Run(f"— {page} —", FALLBACK),), self.fonts, PAGE_NUMBER_SIZE)
            draw_page_number(canv, page, number, _PAGE_NUMBER)
