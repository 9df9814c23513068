"""Letter (文书) records: kinds, lifecycle and the fields a draft may have."""

from __future__ import annotations

from typing import Any

from app.domain.dates import parse_date
from app.errors import Problem

KINDS = ("监督建议书", "提醒函", "联合体检通知单")
STATUSES = ("草稿", "已签发", "已送达", "已反馈", "已办结")

# Default 文号 prefixes; each unit sets its own in settings (letter_prefixes).
DEFAULT_PREFIXES = {"监督建议书": "穗纪建", "提醒函": "穗纪提", "联合体检通知单": "穗纪检"}

LIST_FIELDS = ("cc", "problems", "body", "signature", "attachments_note")
FIELDS: dict[str, int] = {
    "kind": 10,
    "title": 200,
    "organ": 100,
    "addressee": 200,
    "cc": 1000,
    "problems": 20000,
    "requirements": 10000,
    "deadline": 10,
    "reply_contact": 500,
    "body": 50000,
    "signature": 500,
    "letter_date": 10,
    "attachments_note": 1000,
    "letterhead": 1,
}
LABELS = {
    "kind": "文书类型",
    "title": "标题",
    "organ": "发文机关",
    "addressee": "主送机关",
    "cc": "抄送",
    "problems": "存在的问题",
    "requirements": "整改要求",
    "deadline": "整改期限",
    "reply_contact": "联系人",
    "body": "正文",
    "signature": "署名",
    "letter_date": "成文日期",
    "attachments_note": "附件",
    "letterhead": "红头",
}

# What issuing needs, with the label a message names.
REQUIRED_TO_ISSUE = {
    "title": "标题",
    "organ": "发文机关",
    "addressee": "主送机关",
    "body": "正文",
    "signature": "署名",
    "letter_date": "成文日期",
}

# Lifecycle after issue: action → (from, to, label)
LIFECYCLE = {
    "deliver": ("已签发", "已送达", "登记送达"),
    "reply": ("已送达", "已反馈", "登记反馈"),
    "close": ("已反馈", "已办结", "办结"),
}


def clean(fields: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in fields.items():
        if key not in FIELDS:
            raise TypeError(f"unknown letter field {key!r}")
        if key in LIST_FIELDS:
            items = [str(v).strip() for v in (value or []) if str(v).strip()]
            if sum(len(i) for i in items) > FIELDS[key]:
                problems.append(
                    Problem(
                        "too_long",
                        key,
                        {"label": LABELS[key], "max": FIELDS[key], "length": sum(len(i) for i in items)},
                    )
                )
            out[key] = items
            continue
        if key == "letterhead":
            out[key] = int(bool(value))
            continue
        text = "" if value is None else str(value).strip()
        if key in ("deadline", "letter_date") and text:
            day = parse_date(value)
            if day is None:
                problems.append(Problem("date.format", key, {"label": LABELS[key], "value": text}))
            else:
                text = day.isoformat()
        elif key == "kind" and text not in KINDS:
            problems.append(
                Problem("choice", key, {"label": LABELS[key], "value": text, "choices": "、".join(KINDS)})
            )
        elif len(text) > FIELDS[key]:
            problems.append(
                Problem("too_long", key, {"label": LABELS[key], "max": FIELDS[key], "length": len(text)})
            )
        out[key] = text
    return out, problems


def missing_for_issue(letter: dict[str, Any]) -> list[Problem]:
    """Required fields that are still empty, each named, so issuing can say what to fill in."""
    return [
        Problem("letter.required", key, {"label": label})
        for key, label in REQUIRED_TO_ISSUE.items()
        if not letter.get(key)
    ]
