"""Every allowed and every refused transition of the ledger workflow."""

from __future__ import annotations

import itertools

import pytest

from app.domain.ledger import STATUSES
from app.domain.workflow import ACTIONS, allowed_actions, check

# (action, from status, rating) → resulting status, written out by hand from DESIGN §3.
ALLOWED = {
    ("dispatch", "待签收"): "已分办",
    ("accept", "已分办"): "办理中",
    ("return", "已分办"): "待签收",
    ("return", "办理中"): "待签收",
    ("feedback", "办理中"): "已反馈",
    ("rate", "已反馈"): "已评价",
    ("close", "已评价"): "已办结",
    ("redo", "已评价"): "办理中",
    ("extend", "已分办"): "已分办",
    ("extend", "办理中"): "办理中",
    **{("escalate", s): s for s in ("待签收", "已分办", "办理中", "已反馈", "已评价")},
}
PARAMS = {"department": "区市场监管局", "reason": "理由", "reply": "已解决", "satisfaction": "满意",
          "due_on": "2099-01-01", "level": "区级协调"}


@pytest.mark.parametrize(("action", "status"), list(itertools.product(ACTIONS, STATUSES)))
def test_each_action_from_each_status(action: str, status: str) -> None:
    rating = "不满意" if action == "redo" else "满意"
    problems = check(action, status, rating, PARAMS)
    if (action, status) in ALLOWED:
        assert problems == []
        assert (ACTIONS[action].target or status) == ALLOWED[(action, status)]
    else:
        assert [p.code for p in problems] == ["workflow.not_allowed"]
        message = problems[0].message()
        assert status in message
        allowed_here = [ACTIONS[a].label for (a, s) in ALLOWED if s == status]
        for label in allowed_here:
            assert label in message


def test_closed_entry_allows_nothing() -> None:
    assert allowed_actions("已办结", "满意") == []
    assert "此时可以：无" in check("dispatch", "已办结")[0].message()


def test_close_needs_a_satisfied_rating_and_redo_an_unsatisfied_one() -> None:
    assert [p.code for p in check("close", "已评价", "不满意")] == ["workflow.close_unsatisfied"]
    assert [p.code for p in check("redo", "已评价", "基本满意")] == ["workflow.redo_satisfied"]
    assert {a.name for a in allowed_actions("已评价", "不满意")} == {"redo", "escalate"}
    assert {a.name for a in allowed_actions("已评价", "满意")} == {"close", "escalate"}


@pytest.mark.parametrize(("action", "missing"), [("dispatch", "department"), ("return", "reason"),
                                                  ("feedback", "reply"), ("rate", "satisfaction"),
                                                  ("extend", "due_on"), ("escalate", "level")])
def test_required_parameters_are_named(action: str, missing: str) -> None:
    status = next(s for (a, s) in ALLOWED if a == action)
    params = {k: v for k, v in PARAMS.items() if k != missing}
    problems = check(action, status, "满意", params)
    assert [(p.code, p.field) for p in problems] == [("required", missing)]


def test_bad_parameter_values() -> None:
    assert check("rate", "已反馈", "", {"satisfaction": "还行"})[0].code == "choice"
    assert check("escalate", "待签收", "", {"level": "省级", "reason": "x"})[0].code == "choice"
    assert check("extend", "办理中", "", {"due_on": "下周", "reason": "x"})[0].code == "date.format"
