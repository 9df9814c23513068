"""Visit (走访记录) fields, their choices and validation."""

from __future__ import annotations

from typing import Any

from app.domain.dates import iso_minutes, parse_date, parse_datetime
from app.errors import Problem

KINDS = ("走访调研", "回访", "联合检查", "列席执法检查", "约谈座谈")
SATISFACTION = ("满意", "基本满意", "不满意")

FIELDS: dict[str, int] = {
    "enterprise_id": 36,
    "kind": 10,
    "started_at": 16,
    "ended_at": 16,
    "officers": 500,
    "departments": 500,
    "purpose": 2000,
    "findings": 20000,
    "demands": 20000,
    "satisfaction": 10,
    "follow_up_on": 10,
}
REQUIRED = ("enterprise_id", "kind", "started_at", "officers")
LIST_FIELDS = ("officers", "departments", "demands")


def clean(fields: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Normalise the fields present; lists come back as lists of non-empty strings."""
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    for key, value in fields.items():
        if key not in FIELDS:
            raise TypeError(f"unknown visit field {key!r}")
        if key in LIST_FIELDS:
            items = [str(v).strip() for v in (value or []) if str(v).strip()]
            if key == "officers" and not items:
                problems.append(Problem("visit.no_officer", key))
            total = sum(len(i) for i in items)
            if total > FIELDS[key]:
                problems.append(Problem("too_long", key, {"max": FIELDS[key], "length": total}))
            out[key] = items
            continue
        text = "" if value is None else str(value).strip()
        if key in ("started_at", "ended_at") and text:
            parsed = parse_datetime(text)
            if parsed is None:
                problems.append(Problem("datetime.format", key, {"value": text}))
            else:
                text = iso_minutes(parsed)
        elif key == "follow_up_on" and text:
            day = parse_date(text)
            if day is None:
                problems.append(Problem("date.format", key, {"value": text}))
            else:
                text = day.isoformat()
        elif key == "kind" and text and text not in KINDS:
            problems.append(Problem("choice", key, {"value": text, "choices": "、".join(KINDS)}))
        elif key == "satisfaction" and text and text not in SATISFACTION:
            problems.append(Problem("choice", key, {"value": text, "choices": "、".join(SATISFACTION)}))
        elif len(text) > FIELDS[key]:
            problems.append(Problem("too_long", key, {"max": FIELDS[key], "length": len(text)}))
        if key in REQUIRED and not text:
            problems.append(Problem("required", key))
        out[key] = text
    start, end = out.get("started_at"), out.get("ended_at")
    if start and end and end < start and not any(p.field in ("started_at", "ended_at") for p in problems):
        problems.append(Problem("visit.end_before_start", "ended_at"))
    return out, problems
