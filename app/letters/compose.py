"""From a spec to the pieces of text a letter prints, each tagged with the font role it is set in.

Both the coverage check (:func:`app.letters.fonts.uncovered`) and the renderer read the letter through
:func:`compose`, so a character is checked against exactly the face that will draw it, and a position reported
to the officer (“正文第3段第12字”) counts the same characters the page shows.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from app.domain.dates import chinese_date
from app.letters.spec import LABELS, LetterSpec, heading_length, heading_level

# Font roles. The renderer maps each to a face of the FontSet; characters a role's face lacks fall back to
# the FALLBACK face.
BODY = "body"  # 仿宋: body text, number, signature, colophon
TITLE = "title"  # 小标宋: title and the red organ mark
HEADING1 = "heading1"  # 黑体: 一、 headings
HEADING2 = "heading2"  # 楷体: （一） headings
FALLBACK = "fallback"  # a Song face with the widest coverage: rare characters and page numbers
ROLES = (BODY, TITLE, HEADING1, HEADING2, FALLBACK)

_HEADING_ROLE = {1: HEADING1, 2: HEADING2, 3: BODY, 4: BODY}
_SPACES = re.compile(
    r"[^\S\u3000]+"
)  # any whitespace run except the ideographic space, which people use on purpose
_EDGE = " \u3000"
_TRAILING_PUNCTUATION = "。，、；：,.;:"


@dataclass(frozen=True)
class Run:
    """Consecutive characters set in one role; ``bold`` is the third-level heading's emphasis."""

    text: str
    role: str
    bold: bool = False


@dataclass(frozen=True)
class Piece:
    """One printed field, or one item of a list field (a body paragraph, a signature line, a cc organ)."""

    kind: str  # mark, number, title, addressee, body, attachment, signature, date, cc, issuer, issue_date
    label: str  # the Chinese name messages use: 标题, 正文第2段, 抄送第1项 …
    runs: tuple[Run, ...]
    level: int = 0  # heading level of a body paragraph (0 = plain text)

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


def clean(text: str) -> str:
    """Text as it is printed: invisible characters dropped, whitespace runs collapsed, edges trimmed.

    Zero-width spaces, byte-order marks, variation selectors and control characters come in with text pasted
    from web pages and chat programs; they print as nothing at best and as a box at worst.
    """
    text = _SPACES.sub(" ", text)
    kept = [ch for ch in text if not _invisible(ch)]
    return "".join(kept).strip(_EDGE)


def _invisible(ch: str) -> bool:
    code = ord(ch)
    if 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF:
        return True
    return unicodedata.category(ch) in ("Cf", "Cc")


def addressee_line(addressee: str) -> str:
    """主送机关 ends with a full-width colon (added when missing; a half-width one is replaced)."""
    text = clean(addressee).rstrip(":：")
    return f"{text}：" if text else ""


def item_text(text: str) -> str:
    """An attachment name or cc organ without trailing punctuation (the standard puts none after a name)."""
    return clean(text).rstrip(_TRAILING_PUNCTUATION + _EDGE)


def body_paragraphs(spec: LetterSpec) -> list[tuple[int, str]]:
    """(index in ``spec.body``, cleaned text) per printed paragraph; a line break starts a new one."""
    out = []
    for index, paragraph in enumerate(spec.body):
        for line in paragraph.splitlines():
            text = clean(line)
            if text:
                out.append((index, text))
    return out


def _body_piece(index: int, text: str) -> Piece:
    label = f"{LABELS['body']}第{index + 1}段"
    level = heading_level(text)
    if level == 0 or level == 4:
        return Piece("body", label, (Run(text, BODY),), level)
    cut = heading_length(text)
    runs = [Run(text[:cut], _HEADING_ROLE[level], bold=level == 3)]
    if cut < len(text):
        runs.append(Run(text[cut:], BODY))
    return Piece("body", label, tuple(runs), level)


def _numbered(kind: str, label: str, items: list[str]) -> list[Piece]:
    if len(items) == 1:
        return [Piece(kind, label, (Run(items[0], BODY),))]
    return [Piece(kind, f"{label}第{n}项", (Run(item, BODY),)) for n, item in enumerate(items, 1)]


def compose(spec: LetterSpec) -> list[Piece]:
    """Every piece of text the letter prints, in reading order; empty optional fields print nothing."""
    pieces: list[Piece] = []
    organ = clean(spec.organ)
    if spec.letterhead and organ:
        pieces.append(Piece("mark", LABELS["organ"], (Run(organ, TITLE),)))
    number = clean(spec.number)
    if number:
        pieces.append(Piece("number", LABELS["number"], (Run(number, BODY),)))
    title = clean(spec.title)
    if title:
        pieces.append(Piece("title", LABELS["title"], (Run(title, TITLE),)))
    addressee = addressee_line(spec.addressee)
    if addressee:
        pieces.append(Piece("addressee", LABELS["addressee"], (Run(addressee, BODY),)))
    pieces += [_body_piece(index, text) for index, text in body_paragraphs(spec)]
    pieces += _numbered(
        "attachment", LABELS["attachments"], [t for t in map(item_text, spec.attachments) if t]
    )
    signature = [t for t in map(clean, spec.signature) if t]
    if len(signature) == 1:
        pieces.append(Piece("signature", LABELS["signature"], (Run(signature[0], BODY),)))
    else:
        pieces += [
            Piece("signature", f"{LABELS['signature']}第{n}行", (Run(t, BODY),))
            for n, t in enumerate(signature, 1)
        ]
    pieces.append(Piece("date", LABELS["date"], (Run(chinese_date(spec.date), BODY),)))
    pieces += _numbered("cc", LABELS["cc"], [t for t in map(item_text, spec.cc) if t])
    issuer = clean(spec.colophon_issuer)
    if issuer:
        pieces.append(Piece("issuer", LABELS["issuer"], (Run(issuer, BODY),)))
    pieces.append(
        Piece("issue_date", LABELS["issue_date"], (Run(f"{chinese_date(spec.colophon_date)}印发", BODY),))
    )
    return pieces
