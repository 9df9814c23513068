"""The ledger's closed loop as data, and the one function that judges a transition.

待签收 → 已分办 → 办理中 → 已反馈 → 已评价 → 已办结, with the side paths 申请延期 (a new due date),
退回 (back to dispatch, with the basis), 重办 (after 不满意) and 提级协调 (a flag with a level).
The server checks a synced transition with the same function against its own current state.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from app.domain.dates import parse_date
from app.domain.ledger import ESCALATION_LEVELS, SATISFACTION, SATISFIED
from app.errors import Problem


@dataclass(frozen=True)
class Action:
    name: str  # stable code, used in events and sync
    label: str  # as officers say it
    sources: tuple[str, ...]  # statuses it may start from
    target: str | None  # resulting status; None keeps the status (side paths)
    needs: tuple[str, ...] = ()  # parameters that must be given


ACTIONS: dict[str, Action] = {
    a.name: a
    for a in (
        Action("dispatch", "分办", ("待签收",), "已分办", ("department",)),
        Action("accept", "签收办理", ("已分办",), "办理中"),
        Action("return", "退回", ("已分办", "办理中"), "待签收", ("reason",)),
        Action("feedback", "反馈", ("办理中",), "已反馈", ("reply",)),
        Action("rate", "评价", ("已反馈",), "已评价", ("satisfaction",)),
        Action("close", "办结", ("已评价",), "已办结"),
        Action("redo", "重办", ("已评价",), "办理中", ("reason",)),
        Action("extend", "申请延期", ("已分办", "办理中"), None, ("due_on", "reason")),
        Action(
            "escalate",
            "提级协调",
            ("待签收", "已分办", "办理中", "已反馈", "已评价"),
            None,
            ("level", "reason"),
        ),
    )
}

PARAM_LABELS = {
    "department": "责任单位",
    "reason": "理由",
    "reply": "反馈情况",
    "satisfaction": "满意度",
    "due_on": "新的到期日期",
    "level": "协调层级",
}


def allowed_actions(status: str, satisfaction: str = "") -> list[Action]:
    """The actions an entry in ``status`` (with its rating) may take next, in workflow order."""
    return [a for a in ACTIONS.values() if not check(a.name, status, satisfaction, probe=True)]


def check(
    action: str,
    status: str,
    satisfaction: str = "",
    params: dict[str, Any] | None = None,
    *,
    current_due: date | None = None,
    probe: bool = False,
) -> list[Problem]:
    """Why ``action`` may not happen now (empty list: it may).

    With ``probe`` only the state is judged, not the parameters — for showing which buttons apply.
    """
    rule = ACTIONS.get(action)
    if rule is None:
        return [Problem("workflow.unknown_action", None, {"action": action})]
    if status not in rule.sources:
        allowed = [a.label for a in ACTIONS.values() if status in a.sources]
        return [
            Problem(
                "workflow.not_allowed",
                None,
                {"action": rule.label, "status": status, "allowed": "、".join(allowed) or "无"},
            )
        ]
    if action == "close" and satisfaction not in SATISFIED:
        return [Problem("workflow.close_unsatisfied", None, {"satisfaction": satisfaction or "未评价"})]
    if action == "redo" and satisfaction in SATISFIED:
        return [Problem("workflow.redo_satisfied", None, {"satisfaction": satisfaction})]
    if probe:
        return []
    params = params or {}
    problems = [
        Problem("required", name, {"label": PARAM_LABELS[name]})
        for name in rule.needs
        if not str(params.get(name) or "").strip()
    ]
    if problems:
        return problems
    if action == "rate" and params["satisfaction"] not in SATISFACTION:
        problems.append(
            Problem(
                "choice",
                "satisfaction",
                {"label": "满意度", "value": params["satisfaction"], "choices": "、".join(SATISFACTION)},
            )
        )
    if action == "escalate" and params["level"] not in ESCALATION_LEVELS:
        problems.append(
            Problem(
                "choice",
                "level",
                {"label": "协调层级", "value": params["level"], "choices": "、".join(ESCALATION_LEVELS)},
            )
        )
    if action == "extend":
        new_due = parse_date(params["due_on"])
        if new_due is None:
            problems.append(
                Problem("date.format", "due_on", {"label": "新的到期日期", "value": params["due_on"]})
            )
        elif current_due is not None and new_due <= current_due:
            problems.append(
                Problem(
                    "workflow.extend_not_later",
                    "due_on",
                    {"due_on": new_due.isoformat(), "current": current_due.isoformat()},
                )
            )
    return problems
