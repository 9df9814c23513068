"""Flowables that set Chinese text on the GB/T 9704 grid.

reportlab's ``Paragraph`` cannot set character spacing, so it fits 27 characters of 16 pt into the 156 mm line
where the standard wants 28, and its CJK wrap hangs punctuation out of the type area. These flowables do the
little a letter needs and do it exactly: each character's face is chosen by coverage, lines break by
:mod:`app.letters.linebreak`, every line occupies one grid slot of ``LINE_PITCH``, and text is drawn as text
(so it extracts, searches and copies). Nothing here parses markup: user text is drawn literally.

Vertical placement: a line's slot starts at the top; the text's em box (what PDF tools report as the
character's top and bottom) starts at the slot top, so the first line of a page touches the 37 mm top margin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.letters.compose import Run
from app.letters.fonts import FontSet
from app.letters.layout import DATE_SHIFT_CHARS, FIT_FUZZ, LINE_PITCH, SIGNATURE_RIGHT_CHARS
from app.letters.linebreak import Line, balanced_lines, break_lines

_metrics: dict[str, tuple[dict[int, float], float, float]] = {}


def metrics(font_name: str) -> tuple[dict[int, float], float, float]:
    """(advance per code point, default advance, descent) of a registered face, in 1/1000 em."""
    cached = _metrics.get(font_name)
    if cached is None:
        face = pdfmetrics.getFont(font_name).face  # type: ignore[attr-defined]
        cached = _metrics[font_name] = (face.charWidths, float(face.defaultWidth), float(face.descent))
    return cached


def text_width(text: str, font_name: str, size: float, char_space: float = 0.0) -> float:
    """Advance of ``text`` in one face, ``char_space`` added after every character (as PDF's Tc does)."""
    widths, default, _ = metrics(font_name)
    return sum(widths.get(ord(ch), default) for ch in text) * size / 1000 + char_space * len(text)


def box_drop(font_name: str, size: float) -> float:
    """Distance from the top of a line's em box down to its baseline (PDF tools put the box top there)."""
    return size + metrics(font_name)[2] * size / 1000


@dataclass
class Shaped:
    """A paragraph ready to break: its characters and, per character, the face, emphasis and advance."""

    text: str
    fonts: list[str]
    bold: list[bool]
    advances: list[float]
    primary: str  # the face whose metrics place the baseline

    def width(self, start: int = 0, end: int | None = None) -> float:
        return sum(self.advances[start:end])


def shape(runs: Sequence[Run], fonts: FontSet, size: float, char_space: float = 0.0) -> Shaped:
    """Pick a face for every character (the role's chain, then the fallback) and measure it."""
    text: list[str] = []
    names: list[str] = []
    bold: list[bool] = []
    advances: list[float] = []
    for run in runs:
        primary = fonts.font_name(run.role)
        for ch in run.text:
            name = fonts.font_for(ch, run.role) or primary
            widths, default, _ = metrics(name)
            text.append(ch)
            names.append(name)
            bold.append(run.bold)
            advances.append(widths.get(ord(ch), default) * size / 1000 + char_space)
    primary = fonts.font_name(runs[0].role) if runs else fonts.font_name("body")
    return Shaped("".join(text), names, bold, advances, primary)


# Title lines preferably end after these: particles and conjunctions, and the last character of an organ's
# name (局, 委, 会, 办 …), which is where a reader pauses anyway.
TITLE_BREAK_AFTER = "的和与及、，局委会办厅院"


@dataclass(frozen=True)
class TextStyle:
    """How a block sets its lines. Indents are in points from the left edge of the type area."""

    size: float
    char_space: float = 0.0
    align: str = "justify"  # justify | left | center | right
    first_indent: float = 0.0
    rest_indent: float = 0.0
    right_indent: float = 0.0
    color: tuple[float, float, float] = (0.0, 0.0, 0.0)
    leading: float = LINE_PITCH


@dataclass(frozen=True)
class SetLine:
    """A broken line with where it starts and how wide its measure is."""

    line: Line
    indent: float
    measure: float


def set_lines(shaped: Shaped, style: TextStyle, width: float, *, balanced: bool = False) -> list[SetLine]:
    """Break ``shaped`` for a column ``width`` points wide according to ``style``."""
    first = width - style.first_indent - style.right_indent
    rest = width - style.rest_indent - style.right_indent
    if balanced:
        lines = balanced_lines(shaped.text, shaped.advances, first, prefer_after=TITLE_BREAK_AFTER)
    else:
        lines = break_lines(shaped.text, shaped.advances, [first, rest])
    out = []
    for number, line in enumerate(lines):
        indent = style.first_indent if number == 0 else style.rest_indent
        out.append(SetLine(line, indent, first if number == 0 else rest))
    return out


def draw_lines(
    canv: Canvas, shaped: Shaped, style: TextStyle, lines: Sequence[SetLine], top: float, left: float = 0.0
) -> None:
    """Draw ``lines`` one grid slot each, the first slot starting at ``top``."""
    drop = box_drop(shaped.primary, style.size)
    canv.saveState()
    canv.setFillColorRGB(*style.color)
    canv.setStrokeColorRGB(*style.color)
    canv.setLineWidth(style.size * 0.03)  # faux bold: glyphs stroked with a hairline of their own colour
    for number, set_line in enumerate(lines):
        line = set_line.line
        stop = line.end
        while stop > line.start and shaped.text[stop - 1] == " ":
            stop -= 1
        count = stop - line.start
        if count <= 0:
            continue
        visible = line.width - style.char_space
        x = left + set_line.indent
        extra = 0.0
        if style.align == "center":
            x += (set_line.measure - visible) / 2
        elif style.align == "right":
            x += set_line.measure - visible
        elif style.align == "justify" and not line.last and count > 1:
            extra = (set_line.measure - line.width) / (count - 1)
            if extra > style.size / 2:  # a line cut short by a long word: spreading it would look broken
                extra = 0.0
        text = canv.beginText()
        text.setTextOrigin(x, top - number * style.leading - drop)
        text.setCharSpace(style.char_space + extra)
        start = line.start
        while start < stop:
            end = start + 1
            while end < stop and (shaped.fonts[end], shaped.bold[end]) == (
                shaped.fonts[start],
                shaped.bold[start],
            ):
                end += 1
            text.setFont(shaped.fonts[start], style.size)
            text.setTextRenderMode(2 if shaped.bold[start] else 0)
            text.textOut(shaped.text[start:end])
            start = end
        canv.drawText(text)
    canv.restoreState()


class TextBlock(Flowable):  # type: ignore[misc]
    """A paragraph (or the remaining lines of one) set on the grid; splits between lines across pages."""

    def __init__(self, shaped: Shaped, style: TextStyle, lines: list[SetLine]) -> None:
        super().__init__()
        self.shaped = shaped
        self.style = style
        self.lines = lines
        self.height = len(lines) * style.leading

    @classmethod
    def make(cls, shaped: Shaped, style: TextStyle, width: float, *, balanced: bool = False) -> TextBlock:
        return cls(shaped, style, set_lines(shaped, style, width, balanced=balanced))

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        return aw, self.height

    def fitting_lines(self, ah: float) -> int:
        return int((ah + FIT_FUZZ) // self.style.leading)

    def split(self, aw: float, ah: float) -> list[Flowable]:
        fit = self.fitting_lines(ah)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [self.head(fit), self.tail(fit)]

    def head(self, count: int) -> TextBlock:
        return TextBlock(self.shaped, self.style, self.lines[:count])

    def tail(self, count: int) -> TextBlock:
        return TextBlock(self.shaped, self.style, self.lines[count:])

    def draw(self) -> None:
        draw_lines(self.canv, self.shaped, self.style, self.lines, self.height)


class BlankLines(Flowable):  # type: ignore[misc]
    """Empty grid lines (空一行, 空二行); unlike reportlab's Spacer, never a fraction of a line."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.height = count * LINE_PITCH

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, self.height

    def draw(self) -> None:
        pass


class KeepLines(Flowable):  # type: ignore[misc]
    """Keeps a paragraph's first lines with what comes before and its last lines with what comes after.

    Used for a heading standing alone (it must not end a page without the first lines of the paragraph it
    introduces) and for the letter's tail: the last lines of the body travel to the next page with the
    附件说明 and the signature, so that no page carries the signature alone (which the standard forbids).
    """

    MIN_LINES = 2

    def __init__(
        self, before: Sequence[Flowable], block: TextBlock | None, after: Sequence[Flowable]
    ) -> None:
        super().__init__()
        self.before = list(before)
        self.block = block
        self.after = list(after)

    def _parts(self) -> list[Flowable]:
        return [*self.before, *([self.block] if self.block is not None else []), *self.after]

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        self.width = aw
        self.height = sum(part.wrap(aw, ah)[1] for part in self._parts())
        return aw, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        block = self.block
        if block is None:
            return []
        before = sum(part.wrap(aw, ah)[1] for part in self.before)
        total = len(block.lines)
        keep = min(total, self.MIN_LINES)
        fit = block.fitting_lines(ah - before)
        if self.after:
            fit = min(fit, total - keep)  # the last lines wait for the tail on the next page
        if fit < (keep if self.before else 1) or fit <= 0:
            return []
        rest = block.tail(fit)
        follow: Flowable = KeepLines([], rest, self.after) if self.after else rest
        return [*self.before, block.head(fit), follow]

    def drawOn(self, canv: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802 (reportlab API)
        top = y + self.height
        for part in self._parts():
            _, h = part.wrap(self.width, self.height)
            top -= h
            part.drawOn(canv, x, top)


class SignatureBlock(Flowable):  # type: ignore[misc]
    """署名 and 成文日期 for a letter that is sealed by hand after printing (the unsealed rules of GB/T 9704).

    The signature ends two characters from the right edge; the date starts two characters to the right of the
    signature's first character. When the date is the longer of the two, the date ends two characters from
    the right and the signature moves left to keep the two-character offset. The seal is pressed over both by
    hand, so nothing seal-like is drawn, and the block keeps clear of the page's left half for the QR code.
    """

    def __init__(
        self, lines: Sequence[Shaped], date: Shaped, style: TextStyle, char: float, width: float
    ) -> None:
        super().__init__()
        self.lines = list(lines)
        self.date = date
        self.style = style
        self.height = (len(self.lines) + 1) * style.leading
        visible = [s.width() - style.char_space for s in [*self.lines, date]]
        right = width - SIGNATURE_RIGHT_CHARS * char
        shift = DATE_SHIFT_CHARS * char
        longest = max(visible[:-1], default=0.0)
        start = min(right - longest, right - visible[-1] - shift)
        self.positions = [start + longest - w for w in visible[:-1]]  # lines end together
        self.positions.append(start + shift)

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return aw, self.height

    def draw(self) -> None:
        for number, (shaped, x) in enumerate(zip([*self.lines, self.date], self.positions, strict=True)):
            line = Line(0, len(shaped.text), shaped.width(), last=True)
            top = self.height - number * self.style.leading
            draw_lines(self.canv, shaped, self.style, [SetLine(line, 0.0, shaped.width())], top, left=x)
