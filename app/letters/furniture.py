"""Parts of a letter placed by rule, not by flow: 版头 (letterhead), 版记 (colophon), QR code, 页码.

GB/T 9704 positions these relative to the type area, not to the text before them: the organ mark 35 mm
below the top, the colophon's last rule on the bottom edge, the page number 7 mm below it. The flowables
here therefore compute their own geometry and report heights rounded to the line grid, so the text after
them stays on it.
"""

from __future__ import annotations

import math

import segno
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.letters.blocks import SetLine, Shaped, TextStyle, draw_lines
from app.letters.layout import (
    BODY_SIZE,
    COLOPHON_INNER_RULE,
    COLOPHON_OUTER_RULE,
    COLOPHON_SIDE_CHARS,
    COLOPHON_SIZE,
    FIT_FUZZ,
    LINE_PITCH,
    NUMBER_LINES_BELOW_MARK,
    ORGAN_MARK_OFFSET,
    PAGE_NUMBER_GAP,
    PAGE_NUMBER_SIDE_CHARS,
    PAGE_NUMBER_SIZE,
    QR_GAP,
    QR_SIZE,
    RED,
    RED_RULE_GAP,
    RED_RULE_WIDTH,
    SEAL_CLEARANCE,
    TYPE_BOTTOM,
    TYPE_LEFT,
    TYPE_RIGHT,
)
from app.letters.linebreak import Line


def one_line(shaped: Shaped) -> SetLine:
    """The whole of ``shaped`` as a single line (for short fixed texts that never wrap)."""
    width = shaped.width()
    return SetLine(Line(0, len(shaped.text), width, last=True), 0.0, width)


class Letterhead(Flowable):  # type: ignore[misc]
    """Red organ mark, 发文字号 and red rule at the positions the standard gives (版头).

    The number's place is kept even when a draft has no number yet, so that issuing does not move the text.
    """

    def __init__(
        self,
        mark: Shaped,
        mark_style: TextStyle,
        mark_lines: list[SetLine],
        number: Shaped | None,
        number_style: TextStyle,
        width: float,
    ) -> None:
        super().__init__()
        self.mark, self.mark_style, self.mark_lines = mark, mark_style, mark_lines
        self.number, self.number_style = number, number_style
        self.width = width
        mark_bottom = ORGAN_MARK_OFFSET + (len(mark_lines) - 1) * mark_style.leading + mark_style.size
        self.number_top = mark_bottom + NUMBER_LINES_BELOW_MARK * LINE_PITCH
        self.rule_y = self.number_top + BODY_SIZE + RED_RULE_GAP  # measured down from the block's top
        self.height = math.ceil((self.rule_y + RED_RULE_WIDTH / 2) / LINE_PITCH - FIT_FUZZ) * LINE_PITCH

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, self.height

    def draw(self) -> None:
        canv = self.canv
        draw_lines(canv, self.mark, self.mark_style, self.mark_lines, self.height - ORGAN_MARK_OFFSET)
        if self.number is not None:
            line = one_line(self.number)
            centred = SetLine(
                line.line, (self.width - line.measure + self.number_style.char_space) / 2, line.measure
            )
            draw_lines(canv, self.number, self.number_style, [centred], self.height - self.number_top)
        canv.saveState()
        canv.setStrokeColorRGB(*RED)
        canv.setLineWidth(RED_RULE_WIDTH)
        y = self.height - self.rule_y
        canv.line(0, y, self.width, y)
        canv.restoreState()


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR symbol for ``payload`` as rows of dark (True) modules, without the quiet zone.

    Byte mode with UTF-8 and no ECI header: phone readers decode that reliably, whereas segno's automatic
    choice would put Chinese text in Kanji (Shift JIS) mode.
    """
    code = segno.make(payload, error="m", mode="byte", encoding="utf-8", micro=False, boost_error=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


class BottomBlock(Flowable):  # type: ignore[misc]
    """版记 on the last page's bottom edge, with the QR code of an issued letter above its left end.

    It takes all the space left on the page (so it sits on the bottom edge). When it does not fit below the
    signature it moves to a page of its own, which then carries no page number.

    ``room_beside`` is the height of the empty strip left of the signature block that precedes it (the blank
    line, the signature and the date leave the left of the type area free). On the same page as the signature,
    the QR code may rise into that strip, which saves a page for many short letters; the seal, pressed over
    the signature at the right, stays clear of it. At the top of a new page there is nothing beside it.
    """

    def __init__(
        self,
        cc: Shaped | None,
        cc_style: TextStyle,
        cc_lines: list[SetLine],
        issuer: Shaped,
        issue_date: Shaped,
        style: TextStyle,
        qr: list[list[bool]] | None,
        width: float,
        room_beside: float = 0.0,
    ) -> None:
        super().__init__()
        self.cc, self.cc_style, self.cc_lines = cc, cc_style, cc_lines if cc is not None else []
        self.issuer, self.issue_date, self.style = issuer, issue_date, style
        self.qr = qr
        self.width = width
        self.colophon_height = (len(self.cc_lines) + 1) * LINE_PITCH
        self.room_beside = room_beside
        self.height = self.natural(at_top=True)

    def natural(self, *, at_top: bool) -> float:
        """Least height: colophon, seal clearance and the part of the QR code that has no room beside."""
        qr = QR_GAP + QR_SIZE - (0.0 if at_top else self.room_beside) if self.qr else 0.0
        return self.colophon_height + max(qr, SEAL_CLEARANCE)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        frame = getattr(self, "_frame", None)  # reportlab sets it before asking; absent when measured alone
        natural = self.natural(at_top=bool(getattr(frame, "_atTop", True)))
        self.height = ah if natural <= ah + FIT_FUZZ else natural
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canv = self.canv
        inset = (LINE_PITCH - COLOPHON_SIZE) / 2  # 14 pt text centred in its grid line
        side = COLOPHON_SIDE_CHARS * COLOPHON_SIZE  # one character in from each side
        issuer = one_line(self.issuer)
        draw_lines(
            canv, self.issuer, self.style, [SetLine(issuer.line, side, issuer.measure)], LINE_PITCH - inset
        )
        date = one_line(self.issue_date)
        x = self.width - side - date.measure + self.style.char_space
        draw_lines(
            canv, self.issue_date, self.style, [SetLine(date.line, x, date.measure)], LINE_PITCH - inset
        )
        if self.cc is not None:
            draw_lines(canv, self.cc, self.cc_style, self.cc_lines, self.colophon_height - inset)
        canv.saveState()
        canv.setStrokeColorRGB(0, 0, 0)
        rules = [(0.0, COLOPHON_OUTER_RULE), (self.colophon_height, COLOPHON_OUTER_RULE)]
        if self.cc is not None:
            rules.append((LINE_PITCH, COLOPHON_INNER_RULE))
        for y, thickness in rules:
            canv.setLineWidth(thickness)
            canv.line(0, y, self.width, y)
        canv.restoreState()
        if self.qr:
            draw_qr(canv, self.qr, 0.0, self.colophon_height + QR_GAP, QR_SIZE)


def draw_qr(canv: Canvas, modules: list[list[bool]], x: float, y: float, size: float) -> None:
    """Draw the symbol as filled vector rectangles (one per horizontal run): crisp on any printer.

    The rectangles are written in module units under a scaled coordinate system, as integers: formatting
    hundreds of floating-point coordinates through reportlab's path object cost more than the rest of the
    letter's furniture together.
    """
    count = len(modules)
    runs = []
    for row_number, row in enumerate(modules):
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            end = column
            while end < count and row[end]:
                end += 1
            runs.append(f"{column} {row_number} {end - column} 1 re")
            column = end
    canv.saveState()
    canv.setFillColorRGB(0, 0, 0)
    canv.translate(x, y + size)
    canv.scale(size / count, -size / count)  # one unit per module, rows counted downwards from the top
    canv.addLiteral("\n".join(runs) + "\nf")
    canv.restoreState()


def draw_page_number(canv: Canvas, page: int, number: Shaped, style: TextStyle) -> None:
    """“— N —” 7 mm below the type area; odd pages at the right, even pages at the left, one character in."""
    line = one_line(number)
    visible = line.measure - style.char_space
    side = PAGE_NUMBER_SIDE_CHARS * PAGE_NUMBER_SIZE
    x = TYPE_RIGHT - side - visible if page % 2 else TYPE_LEFT + side
    draw_lines(canv, number, style, [line], TYPE_BOTTOM - PAGE_NUMBER_GAP, left=x)
