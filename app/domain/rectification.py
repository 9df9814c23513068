"""Rectification items (整改事项): a duty with a responsible party and a deadline, ticked off (销号)
only after a return visit verifies it. 逾期 is derived from the deadline, never stored."""

from __future__ import annotations

from typing import Any

from app.domain.dates import parse_date
from app.errors import Problem

STATUSES = ("待整改", "整改中", "待核查", "已销号")

# action → (statuses it starts from, resulting status, label)
ACTIONS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "start": (("待整改",), "整改中", "开始整改"),
    "submit": (("待整改", "整改中"), "待核查", "提交核查"),
    "verify": (("待核查",), "已销号", "核查销号"),
    "reject": (("待核查",), "整改中", "核查未通过"),
}

FIELDS = {"text": 2000, "responsible": 100, "deadline": 10, "notes": 2000,
          "entry_id": 36, "visit_id": 36, "letter_id": 36}
REQUIRED = ("text", "responsible", "deadline")


def clean(fields: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in fields.items():
        if key not in FIELDS:
            raise TypeError(f"unknown rectification field {key!r}")
        text = "" if value is None else str(value).strip()
        if key == "deadline" and text:
            day = parse_date(value)
            if day is None:
                problems.append(Problem("date.format", key, {"value": text}))
            else:
                text = day.isoformat()
        elif len(text) > FIELDS[key]:
            problems.append(Problem("too_long", key, {"max": FIELDS[key], "length": len(text)}))
        if key in REQUIRED and not text:
            problems.append(Problem("required", key))
        out[key] = (text or None) if key.endswith("_id") else text
    return out, problems


def check(action: str, status: str) -> list[Problem]:
    rule = ACTIONS.get(action)
    if rule is None:
        return [Problem("workflow.unknown_action", None, {"action": action})]
    if status not in rule[0]:
        allowed = [label for sources, _, label in ACTIONS.values() if status in sources]
        return [Problem("workflow.not_allowed", None,
                        {"action": rule[2], "status": status, "allowed": "、".join(allowed) or "无"})]
    return []
