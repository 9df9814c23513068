"""Chinese line breaking (禁则) on a fixed character grid.

reportlab's own CJK wrapping hangs a closing punctuation mark in the right margin (which pushes the line
out of the type area) and happily ends a line with an opening bracket. Official documents need both rules:
no line starts with a closing mark (，。、；：？！）》」』”’ …) and no line ends with an opening one
(（《「『“‘ …). This module decides where lines break; it knows characters and their advances, nothing
about fonts or PDF.

The strategy is the one Chinese word processors use: fill the line greedily; if the break would violate a
rule, move it back (推出) until it does not, and let justification spread the line back to the full measure.
Latin words and numbers (“2026-12-03”, “12.5%”, a URL) are never split unless longer than a line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.letters.layout import FIT_FUZZ

CANNOT_START = frozenset(
    "，。、；：？！）》」』”’〕】〉］｝〗〙·%‰℃,.;:?!)]}ー々〻ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
)
CANNOT_END = frozenset("（《「『“‘〔【〈［｛〖〘([{")
_PAIRED = frozenset("—…")
_OPENING = frozenset("“‘《（「『〔【")
_CLOSING = frozenset("”’》）」』〕】")  # “——” and “……” are one mark in two characters: never split them


@dataclass(frozen=True)
class Line:
    """Characters ``start:end`` of a paragraph set as one line; ``last`` lines are not justified."""

    start: int
    end: int
    width: float  # natural width of the printed characters (trailing spaces excluded)
    last: bool


def _narrow(ch: str) -> bool:
    """Part of a Latin word or a number, which stays on one line."""
    return (ch.isascii() and not ch.isspace()) or (ch.isalpha() and ord(ch) < 0x2E80)


def can_break(text: str, i: int) -> bool:
    """Whether a line may end after ``text[i - 1]`` and the next begin with ``text[i]``."""
    a, b = text[i - 1], text[i]
    if b in CANNOT_START or a in CANNOT_END or b == " ":
        return False
    if a == " ":
        return True
    if _narrow(a) and _narrow(b):
        return False
    return not (a == b and a in _PAIRED)


def break_lines(text: str, advances: Sequence[float], widths: Sequence[float]) -> list[Line]:
    """Lines for ``text`` where character ``i`` advances ``advances[i]`` and line ``n`` is ``widths[n]`` wide.

    ``widths`` may be shorter than the number of lines; its last value applies to the rest (a first line with
    an indent, then full lines). Spaces at the start of a continued line are dropped, as in any typesetting.
    """
    lines: list[Line] = []
    n = len(text)
    start = 0
    while start < n:
        if lines and text[start] == " ":
            start += 1
            continue
        measure = widths[min(len(lines), len(widths) - 1)] + FIT_FUZZ
        used = 0.0
        end = start
        while end < n and used + advances[end] <= measure:
            used += advances[end]
            end += 1
        if end == n:
            lines.append(_line(text, advances, start, n, last=True))
            break
        if end == start:  # a single character wider than the line: set it anyway
            end = start + 1
        cut = end
        while cut > start and not can_break(text, cut):
            cut -= 1
        if cut == start:  # one unbreakable word longer than the line: split it where it overflows
            cut = end
        lines.append(_line(text, advances, start, cut, last=False))
        start = cut
    return lines


def _line(text: str, advances: Sequence[float], start: int, end: int, *, last: bool) -> Line:
    stop = end
    while stop > start and text[stop - 1] == " ":
        stop -= 1
    return Line(start, end, sum(advances[start:stop]), last)


def balanced_lines(
    text: str, advances: Sequence[float], width: float, *, prefer_after: str = ""
) -> list[Line]:
    """Lines of near-equal length for a centred title (GB/T 9704: long titles form a trapezoid or diamond).

    Greedy filling would leave “……监督建议” on one line and “书” alone on the next. Instead this picks, among
    the legal break points, the ones that give the fewest lines with the smallest spread, slightly preferring
    shorter lines at the top (a trapezoid), breaks after the characters in ``prefer_after`` (such as 的) and
    breaks outside quotation marks and brackets (“多次/跑” would split a quoted phrase).
    """
    n = len(text)
    count = len(break_lines(text, advances, [width]))
    if count <= 1:
        return [_line(text, advances, 0, n, last=True)]
    stops = [0] + [i for i in range(1, n) if can_break(text, i)] + [n]
    prefix = [0.0]
    for advance in advances:
        prefix.append(prefix[-1] + advance)
    target = prefix[n] / count
    depth = [0]  # how many quotes or brackets are open before each position: breaking there splits a name
    for ch in text:
        depth.append(max(0, depth[-1] + (ch in _OPENING) - (ch in _CLOSING)))
    inf = float("inf")
    # best[k][j]: cheapest way to set text[:stops[j]] as k lines; back[k][j]: the previous stop index.
    best = [[inf] * len(stops) for _ in range(count + 1)]
    back = [[0] * len(stops) for _ in range(count + 1)]
    best[0][0] = 0.0
    for k in range(1, count + 1):
        for j in range(1, len(stops)):
            for i in range(j):
                if best[k - 1][i] == inf:
                    continue
                w = prefix[stops[j]] - prefix[stops[i]]
                if w > width + FIT_FUZZ:
                    continue
                cost = ((w - target) / target) ** 2 + 0.01 * (count - k) * w / target
                if stops[j] < n and text[stops[j] - 1] in prefer_after:
                    cost -= 0.02
                if stops[j] < n and depth[stops[j]]:
                    cost += 0.05
                total = best[k - 1][i] + cost
                if total < best[k][j]:
                    best[k][j], back[k][j] = total, i
    if best[count][len(stops) - 1] == inf:
        return break_lines(text, advances, [width])
    bounds = []
    j = len(stops) - 1
    for k in range(count, 0, -1):
        i = back[k][j]
        bounds.append((stops[i], stops[j]))
        j = i
    bounds.reverse()
    return [_line(text, advances, a, b, last=index == count - 1) for index, (a, b) in enumerate(bounds)]
