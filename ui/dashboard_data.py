"""What the dashboard shows, read in one go on the reader thread.

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


@dataclass(frozen=True)
class DashboardData:
    enterprises: int
    visits: int
    recent: list[Row]
    due: list[Row]
    due_total: int = 0
    today: date = field(default_factory=date.today)


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


def read_dashboard(services: Services, today: date | None = None) -> DashboardData:
    today = today or date.today()
    due, due_total = due_follow_ups(services, today)
    return DashboardData(
        enterprises=services.enterprise_count(),
        visits=len(services.visit_ids(ListQuery())),
        recent=services.recent_visits(10),
        due=due,
        due_total=due_total,
        today=today,
    )
