"""What a letter says, independent of how it is printed: :class:`LetterSpec` and its JSON form.

The spec is the unit of rendering and of hashing: the same spec always gives the same PDF bytes and the same
content digest, so a spec is frozen and holds tuples, never lists. Text fields hold what the officer typed;
cleaning (whitespace, invisible characters) happens when the letter is composed for print, so the digest
reflects the record and not a layout detail.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.dates import parse_date
from app.errors import HuhangError, Problem, ValidationFailed

KINDS = ("监督建议书", "提醒函", "联合体检通知单")

# Chinese labels of the fields, as messages name them ("标题不能为空", "正文第3段第5字").
LABELS = {
    "kind": "文书类型",
    "organ": "发文机关",
    "number": "发文字号",
    "title": "标题",
    "addressee": "主送机关",
    "body": "正文",
    "deadline": "整改期限",
    "signature": "署名",
    "date": "成文日期",
    "cc": "抄送",
    "attachments": "附件",
    "issuer": "印发机关",
    "issue_date": "印发日期",
    "letterhead": "红头",
    "qr_payload": "二维码内容",
}

_NUMERALS = "一二三四五六七八九十百零〇"
# Heading levels of GB/T 9704-2012 (结构层次序数): 一、 / （一） / 1. or 1． / （1）. Half-width brackets are
# accepted because people type them; "1.5亿元" is not a heading (a digit follows the point).
_HEADINGS = (
    (1, re.compile(rf"^[{_NUMERALS}]+、")),
    (2, re.compile(rf"^[（(][{_NUMERALS}]+[）)]")),
    (3, re.compile(r"^\d+[.．](?!\d)")),
    (4, re.compile(r"^[（(]\d+[）)]")),
)
_SENTENCE_END = re.compile(r"[。！？!?]")


def heading_level(paragraph: str) -> int:
    """1–4 for a paragraph opening with a heading number of that level, 0 for plain body text."""
    text = paragraph.lstrip(" \t\u3000")
    for level, pattern in _HEADINGS:
        if pattern.match(text):
            return level
    return 0


def heading_length(paragraph: str) -> int:
    """How many leading characters of a heading paragraph are the heading itself.

    A heading may run on into body text in the same paragraph (“（一）关于审批时限。经查，……”): the heading
    face covers the number and the first sentence only. A paragraph without a sentence end, or whose only
    sentence end is its last character, is all heading.
    """
    match = _SENTENCE_END.search(paragraph)
    if match is None:
        return len(paragraph)
    return match.end()


@dataclass(frozen=True)
class LetterSpec:
    """One letter as printed. Lists are stored as tuples so that a spec can be hashed and shared safely.

    ``issuer``/``issue_date`` are the 版记 印发机关 and 印发日期 and default to ``organ`` and ``date``.
    ``letterhead`` prints the red organ mark and red rule (版头); without it the letter starts with its number
    and title, for printing on pre-printed letterhead paper or for a plain 函. ``qr_payload`` is set on issued
    letters only (see :func:`app.letters.verify.qr_payload`).
    """

    kind: str
    organ: str
    title: str
    addressee: str
    body: tuple[str, ...]
    signature: tuple[str, ...]
    date: date
    number: str = ""
    deadline: date | None = None
    cc: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    issuer: str = ""
    issue_date: date | None = None
    letterhead: bool = False
    qr_payload: str = ""

    def __post_init__(self) -> None:
        # Accept any sequence (lists from JSON or forms) but keep tuples, so equality and hashing behave.
        for name in ("body", "signature", "cc", "attachments"):
            value = getattr(self, name)
            if isinstance(value, str):
                raise TypeError(f"LetterSpec.{name} is a sequence of strings, not a string")
            object.__setattr__(self, name, tuple(value))

    @property
    def colophon_issuer(self) -> str:
        """印发机关 as printed in the 版记."""
        return self.issuer or self.organ

    @property
    def colophon_date(self) -> date:
        """印发日期 as printed in the 版记."""
        return self.issue_date or self.date


# -- JSON ------------------------------------------------------------------------------------------------

_TEXT, _TEXTS, _DATE, _BOOL = "文本", "文本列表", "日期（YYYY-MM-DD）", "true 或 false"
_JSON_KEYS: dict[str, tuple[str, bool]] = {  # key → (expected type, required)
    "kind": (_TEXT, True),
    "organ": (_TEXT, True),
    "number": (_TEXT, False),
    "title": (_TEXT, True),
    "addressee": (_TEXT, True),
    "body": (_TEXTS, True),
    "deadline": (_DATE, False),
    "signature": (_TEXTS, True),
    "date": (_DATE, True),
    "cc": (_TEXTS, False),
    "attachments": (_TEXTS, False),
    "issuer": (_TEXT, False),
    "issue_date": (_DATE, False),
    "letterhead": (_BOOL, False),
    "qr_payload": (_TEXT, False),
}


def spec_from_json(data: Mapping[str, Any]) -> LetterSpec:
    """A spec from the JSON object a script or the CLI provides; refuses anything it cannot print faithfully.

    Unknown keys are refused rather than ignored: a misspelt ``"adressee"`` silently dropped would print a
    letter without its addressee. Empty values are allowed here (a draft may be incomplete); use
    :func:`required_problems` to block issuing.
    """
    if not isinstance(data, Mapping):
        raise HuhangError("letter.spec_not_object", actual=_type_name(data))
    unknown = [key for key in data if key not in _JSON_KEYS]
    if unknown:
        raise HuhangError(
            "letter.spec_unknown_keys", keys="、".join(map(str, unknown)), allowed=", ".join(_JSON_KEYS)
        )
    missing = [key for key, (_, required) in _JSON_KEYS.items() if required and key not in data]
    if missing:
        raise HuhangError("letter.spec_missing", keys="、".join(missing))
    values: dict[str, Any] = {}
    for key, raw in data.items():
        expected = _JSON_KEYS[key][0]
        if expected == _TEXT:
            values[key] = _text(key, raw)
        elif expected == _TEXTS:
            values[key] = _texts(key, raw)
        elif expected == _BOOL:
            if not isinstance(raw, bool):
                raise HuhangError("letter.spec_type", key=key, expected=expected, actual=_type_name(raw))
            values[key] = raw
        else:
            values[key] = _date(key, raw)
    if values["kind"] not in KINDS:
        raise HuhangError("choice", label=LABELS["kind"], value=values["kind"], choices="、".join(KINDS))
    return LetterSpec(**values)


def spec_to_json(spec: LetterSpec) -> dict[str, Any]:
    """The JSON object :func:`spec_from_json` reads back into an equal spec (dates as ISO text)."""
    out: dict[str, Any] = {}
    for key in _JSON_KEYS:
        value = getattr(spec, key)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, tuple):
            value = list(value)
        out[key] = value
    return out


def _text(key: str, raw: Any) -> str:
    if raw is None and not _JSON_KEYS[key][1]:
        return ""
    if not isinstance(raw, str):
        raise HuhangError("letter.spec_type", key=key, expected=_TEXT, actual=_type_name(raw))
    return raw


def _texts(key: str, raw: Any) -> tuple[str, ...]:
    if raw is None and not _JSON_KEYS[key][1]:
        return ()
    if not isinstance(raw, list) or not all(isinstance(item, str) for item in raw):
        raise HuhangError("letter.spec_type", key=key, expected=_TEXTS, actual=_type_name(raw))
    return tuple(raw)


def _date(key: str, raw: Any) -> date | None:
    if raw is None and not _JSON_KEYS[key][1]:
        return None
    if not isinstance(raw, str):
        raise HuhangError("letter.spec_type", key=key, expected=_DATE, actual=_type_name(raw))
    day = parse_date(raw)
    if day is None:
        raise HuhangError("letter.date", key=key, label=LABELS[key], value=raw)
    return day


def _type_name(value: Any) -> str:
    """The JSON name of a value's type, for messages a script author understands."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "数字"
    if isinstance(value, str):
        return "文本"
    if isinstance(value, list):
        return "列表"
    if isinstance(value, Mapping):
        return "对象"
    return type(value).__name__


# -- completeness ------------------------------------------------------------------------------------------

_REQUIRED = ("organ", "title", "addressee", "body", "signature")


def required_problems(spec: LetterSpec, *, issuing: bool = False) -> list[Problem]:
    """One ``letter.required`` problem per empty field a printed letter needs (the 文号 too when issuing)."""
    names: list[str] = list(_REQUIRED) + (["number"] if issuing else [])
    problems = []
    for name in names:
        value = getattr(spec, name)
        empty = not any(item.strip() for item in value) if isinstance(value, tuple) else not value.strip()
        if empty:
            problems.append(Problem("letter.required", name, {"label": LABELS[name]}))
    return problems


def ensure_complete(spec: LetterSpec, *, issuing: bool = False) -> None:
    """Raise :class:`ValidationFailed` naming every empty required field."""
    problems = required_problems(spec, issuing=issuing)
    if problems:
        raise ValidationFailed(problems)
