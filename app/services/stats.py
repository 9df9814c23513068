"""Ledger statistics: the numbers the commission reports, straight from the ledger.

Resolution time runs from acceptance (midnight when only a date was recorded) to closing (办结).
On-time means closed on or before the due date in force (after any extension). Satisfaction rate is
(满意 + 基本满意) over entries that have a rating.
"""

from __future__ import annotations

import statistics as pystats
from collections import Counter
from datetime import date, datetime
from typing import Any

from app.domain.dates import duration_text
from app.domain.districts import name_of
from app.domain.ledger import SATISFIED, STATUSES
from app.services.base import ServiceBase


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text if "T" in text else text + "T00:00")


class StatsService(ServiceBase):
    def statistics(self, *, date_from: str | None = None, date_to: str | None = None,
                   unit_id: str | None = None, today: date | None = None) -> dict[str, Any]:
        """Totals and rates over entries accepted in [date_from, date_to] (inclusive, ISO dates)."""
        today_text = (today or date.today()).isoformat()
        where = ["l.deleted_at IS NULL"]
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
        rows = list(self.db.query(
            "SELECT l.status, l.matter_type, l.scenario, l.department, l.accepted_on, l.due_on, l.closed_at, "
            "l.satisfaction, l.escalation_level, e.district FROM ledger_entries l "
            "JOIN enterprises e ON e.id = l.enterprise_id WHERE " + " AND ".join(where), params))

        durations: list[float] = []
        on_time = 0
        for row in rows:
            if row["status"] == "已办结" and row["closed_at"]:
                hours = (_moment(row["closed_at"]) - _moment(row["accepted_on"])).total_seconds() / 3600
                durations.append(max(hours, 0.0))
                on_time += row["closed_at"][:10] <= row["due_on"]
        rated = [r["satisfaction"] for r in rows if r["satisfaction"]]
        by_status = {status: 0 for status in STATUSES}
        by_status.update(Counter(r["status"] for r in rows))
        average = pystats.fmean(durations) if durations else None
        median = pystats.median(durations) if durations else None

        def counts(key: str) -> dict[str, int]:
            return dict(Counter(r[key] or "（未填）" for r in rows).most_common())

        return {
            "total": len(rows),
            "by_status": by_status,
            "by_matter_type": counts("matter_type"),
            "by_scenario": counts("scenario"),
            "by_district": dict(Counter(name_of(r["district"]) for r in rows).most_common()),
            "by_department": counts("department"),
            "by_month": dict(sorted(Counter(r["accepted_on"][:7] for r in rows).items())),
            "open": sum(1 for r in rows if r["status"] != "已办结"),
            "closed": len(durations),
            "overdue": sum(1 for r in rows if r["status"] != "已办结" and r["due_on"] < today_text),
            "avg_resolution_hours": round(average, 2) if average is not None else None,
            "median_resolution_hours": round(median, 2) if median is not None else None,
            "avg_resolution_text": duration_text(average) if average is not None else "",
            "median_resolution_text": duration_text(median) if median is not None else "",
            "on_time_rate": round(on_time / len(durations), 4) if durations else None,
            "rated": len(rated),
            "satisfaction_rate": round(sum(s in SATISFIED for s in rated) / len(rated), 4) if rated else None,
            "escalated": sum(1 for r in rows if r["escalation_level"]),
            "filters": {"from": date_from, "to": date_to, "unit": unit_id},
        }
