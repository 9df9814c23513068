"""What the dashboard shows, read in one go on the reader thread.

First what is urgent: ledger entries overdue or due within :data:`SOON_DAYS` days (counted, and the
most urgent listed), the officer's own open entries, and letters whose reply is overdue; then the
registers' counts, recent visits and follow-ups. Counts come from the list API's row keys for the same
filters the ledger screen uses, so a tile and the list it leads to always agree.

The services API has no "follow-ups due" read yet, so :func:`due_follow_ups` builds it from the list
API: the visit keys sorted by follow-up date (empty dates sort first), two binary searches for where
the dated ones start and where the window ends, and only the rows in between are read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.services import Services
from app.store.search import ListQuery

Row = dict[str, Any]
DUE_WINDOW_DAYS = 7
DUE_LIMIT = 100
SOON_DAYS = 3
URGENT_LIMIT = 200


@dataclass(frozen=True)
class DashboardData:
    enterprises: int
    visits: int
    recent: list[Row]
    due: list[Row]
    due_total: int = 0
    today: date = field(default_factory=date.today)
    overdue_count: int = 0  # open ledger entries past their due date
    soon_count: int = 0  # open entries due today or within SOON_DAYS days
    urgent: list[Row] = field(default_factory=list)  # those entries, most urgent first
    mine: list[Row] = field(default_factory=list)  # open entries whose handler is the officer
    mine_count: int = 0
    letters: list[Row] = field(default_factory=list)  # letters whose reply is overdue
    officer: str = ""


def _follow_up(services: Services, rid: int) -> str:
    row = services.visit_rows([rid]).get(rid)
    return str(row["follow_up_on"]) if row else ""


def _first(ids: list[int], lo: int, predicate: Any) -> int:
    """The first position from ``lo`` where ``predicate(rid)`` holds (it must be monotonic)."""
    hi = len(ids)
    while lo < hi:
        mid = (lo + hi) // 2
        if predicate(ids[mid]):
            hi = mid
        else:
            lo = mid + 1
    return lo


def due_follow_ups(
    services: Services, today: date, *, days: int = DUE_WINDOW_DAYS, limit: int = DUE_LIMIT
) -> tuple[list[Row], int]:
    """Visits whose follow-up date is overdue or within ``days``, and how many there are in all.

    The latest dates come first and at most ``limit`` are returned: what falls due this week and what
    fell due most recently matter more than a follow-up missed a year ago (visits have no "done" mark
    for follow-ups yet, so old ones never leave the list).
    """
    horizon = (today + timedelta(days=days)).isoformat()
    ids = services.visit_ids(ListQuery(sort="follow_up_on"))
    start = _first(ids, 0, lambda rid: _follow_up(services, rid) != "")
    end = _first(ids, start, lambda rid: _follow_up(services, rid) > horizon)
    chosen = list(reversed(ids[max(start, end - limit) : end]))
    rows = services.visit_rows(chosen) if chosen else {}
    return [rows[rid] for rid in chosen if rid in rows], end - start


def _count(services: Services, **filters: Any) -> int:
    return len(services.entry_ids(ListQuery(filters=filters)))


def read_dashboard(
    services: Services, today: date | None = None, *, officer: str | None = None
) -> DashboardData:
    """Everything the dashboard shows. ``officer`` is whose 我的待办 to list (the GUI's current
    officer: this runs on the reader's own connection, which learnt the name when it opened)."""
    today = today or date.today()
    officer = officer if officer is not None else services.actor
    due, due_total = due_follow_ups(services, today)
    horizon = (today + timedelta(days=SOON_DAYS)).isoformat()
    return DashboardData(
        enterprises=services.enterprise_count(),
        visits=len(services.visit_ids(ListQuery())),
        recent=services.recent_visits(10),
        due=due,
        due_total=due_total,
        today=today,
        overdue_count=_count(services, overdue=True),
        soon_count=_count(services, open=True, due_from=today.isoformat(), due_to=horizon),
        urgent=services.due_entries(within_days=SOON_DAYS, limit=URGENT_LIMIT),
        mine=services.open_entries_of(officer, limit=URGENT_LIMIT) if officer else [],
        mine_count=_count(services, open=True, handler=officer) if officer else 0,
        letters=services.overdue_replies(),
        officer=officer,
    )
