"""Ledger statistics: the numbers the commission reports, straight from the ledger.

Resolution time runs from acceptance (midnight when only a date was recorded) to closing (办结).
On-time means closed on or before the due date in force (after any extension). Satisfaction rate is
(满意 + 基本满意) over entries that have a rating.
"""

from __future__ import annotations

import statistics as pystats
from collections import Counter
from datetime import date
from typing import Any

from app.domain.dates import duration_text
from app.domain.districts import name_of
from app.domain.ledger import SATISFIED, STATUSES
from app.services.base import ServiceBase


class StatsService(ServiceBase):
    def statistics(self, *, date_from: str | None = None, date_to: str | None = None,
                   unit_id: str | None = None, today: date | None = None) -> dict[str, Any]:
        """Totals and rates over entries accepted in [date_from, date_to] (inclusive, ISO dates)."""
        today_text = (today or date.today()).isoformat()
        # "+" keeps SQLite from walking a live-rows index and fetching each row from it: statistics read
        # every live row anyway, and a plain table scan is several times faster.
        where = ["+l.deleted_at IS NULL"]
        params: list[Any] = []
        if date_from:
            where.append("l.accepted_on >= ?")
            params.append(date_from)
        if date_to:
            where.append("substr(l.accepted_on, 1, 10) <= ?")
            params.append(date_to)
        if unit_id:
            where.append("l.unit_id = ?")
            params.append(unit_id)
        clause = " AND ".join(where)
        # Plain tuples and durations computed by SQLite: at a million entries, building a dict and
        # parsing two timestamps per row in Python was most of the time.
        rows = self.db.execute(
            "SELECT l.status, l.matter_type, l.scenario, l.department, substr(l.accepted_on, 1, 7), "
            "l.due_on, substr(l.closed_at, 1, 10), "
            "CASE WHEN l.status = '已办结' AND l.closed_at != '' "
            "THEN (julianday(l.closed_at) - julianday(l.accepted_on)) * 24 END, "
            "l.satisfaction, l.escalation_level "
            "FROM ledger_entries l WHERE " + clause, params).fetchall()
        districts: Counter[str] = Counter()
        for district, count in self.db.execute(
            "SELECT e.district, sum(n) FROM (SELECT l.enterprise_id AS eid, count(*) AS n "
            "FROM ledger_entries l WHERE " + clause + " GROUP BY l.enterprise_id) "
            "JOIN enterprises e ON e.id = eid GROUP BY e.district",
            params,
        ):
            districts[name_of(district)] += count

        statuses: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        scenarios: Counter[str] = Counter()
        departments: Counter[str] = Counter()
        months: Counter[str] = Counter()
        durations: list[float] = []
        on_time = overdue = rated = satisfied = escalated = 0
        for status, kind, scenario, department, month, due_on, closed_on, hours, rating, level in rows:
            statuses[status] += 1
            kinds[kind or "（未填）"] += 1
            scenarios[scenario or "（未填）"] += 1
            departments[department or "（未填）"] += 1
            months[month] += 1
            if hours is not None:
                durations.append(max(hours, 0.0))
                on_time += closed_on <= due_on
            elif status != "已办结" and due_on < today_text:
                overdue += 1
            if rating:
                rated += 1
                satisfied += rating in SATISFIED
            escalated += bool(level)
        by_status = {status: 0 for status in STATUSES}
        by_status.update(statuses)
        average = pystats.fmean(durations) if durations else None
        median = pystats.median(durations) if durations else None

        return {
            "total": len(rows),
            "by_status": by_status,
            "by_matter_type": dict(kinds.most_common()),
            "by_scenario": dict(scenarios.most_common()),
            "by_district": dict(districts.most_common()),
            "by_department": dict(departments.most_common()),
            "by_month": dict(sorted(months.items())),
            "open": len(rows) - by_status["已办结"],
            "closed": len(durations),
            "overdue": overdue,
            "avg_resolution_hours": round(average, 2) if average is not None else None,
            "median_resolution_hours": round(median, 2) if median is not None else None,
            "avg_resolution_text": duration_text(average) if average is not None else "",
            "median_resolution_text": duration_text(median) if median is not None else "",
            "on_time_rate": round(on_time / len(durations), 4) if durations else None,
            "rated": rated,
            "satisfaction_rate": round(satisfied / rated, 4) if rated else None,
            "escalated": escalated,
            "filters": {"from": date_from, "to": date_to, "unit": unit_id},
        }
