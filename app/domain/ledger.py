"""Ledger entry (台账条目 / 工单) vocabulary and validation.

These are Chinese data, printed in ledgers and letters as they are, not UI strings to translate.
"""

from __future__ import annotations

from typing import Any

from app.domain.dates import iso_minutes, parse_datetime
from app.errors import Problem

SOURCES = ("走访", "平台工单", "来电", "来信", "监督账户", "联合检查", "其他")
MATTER_TYPES = ("咨询", "求助", "投诉", "举报", "意见建议")
DEFAULT_SCENARIOS = (
    "不作为",
    "慢作为",
    "不善为",
    "吃拿卡要",
    "执法不规范",
    "重复检查",
    "政策未兑现",
    "审批服务",
    "基础设施",
    "其他",
)
STATUSES = ("待签收", "已分办", "办理中", "已反馈", "已评价", "已办结")
OPEN_STATUSES = STATUSES[:-1]
SATISFACTION = ("满意", "基本满意", "不满意")
SATISFIED = ("满意", "基本满意")
ESCALATION_LEVELS = ("区级协调", "市级协调")

# Default time limit per matter type, in working days; editable per profile in settings.
DEFAULT_TIME_LIMITS: dict[str, int] = {"咨询": 3, "求助": 5, "投诉": 13, "举报": 15, "意见建议": 10}

FIELDS: dict[str, int] = {
    "source": 10,
    "source_ref": 100,
    "enterprise_id": 36,
    "matter_type": 10,
    "scenario": 20,
    "summary": 200,
    "details": 20000,
    "department": 100,
    "handler": 50,
    "accepted_on": 10,
    "notes": 2000,
    "visit_id": 36,
}
REQUIRED = ("source", "enterprise_id", "matter_type", "scenario", "summary", "accepted_on")


def clean(
    fields: dict[str, Any], scenarios: tuple[str, ...] = DEFAULT_SCENARIOS
) -> tuple[dict[str, Any], list[Problem]]:
    """Normalise the editable fields present and say what is wrong with them."""
    out: dict[str, Any] = {}
    problems: list[Problem] = []
    choices = {"source": SOURCES, "matter_type": MATTER_TYPES, "scenario": scenarios}
    for key, value in fields.items():
        if key not in FIELDS:
            raise TypeError(f"unknown ledger field {key!r}")
        text = "" if value is None else str(value).strip()
        if key == "accepted_on" and text:
            # A date, or a date and time when the source records the hour (platform work orders do).
            moment = parse_datetime(value)
            if moment is None:
                problems.append(Problem("date.format", key, {"value": text}))
            elif moment.hour == moment.minute == 0:  # a plain date (or an Excel date cell)
                text = moment.date().isoformat()
            else:
                text = iso_minutes(moment)
        elif key in choices and text and text not in choices[key]:
            problems.append(Problem("choice", key, {"value": text, "choices": "、".join(choices[key])}))
        elif len(text) > FIELDS[key]:
            problems.append(Problem("too_long", key, {"max": FIELDS[key], "length": len(text)}))
        if key in REQUIRED and not text:
            problems.append(Problem("required", key))
        out[key] = (text or None) if key == "visit_id" else text
    return out, problems
