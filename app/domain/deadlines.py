"""Due dates in Chinese working days or calendar days.

Working days follow the State Council's holiday arrangement, including the weekend days that are
worked to make up for a holiday (调休), from the ``chinese_calendar`` package. That package knows
only the years whose arrangement has been published (the State Council announces each year in
November or December). For a year it does not know, Monday–Friday count as working days and the
result is marked *provisional*: the entry shows it, and updating the package and recomputing
(`recompute_due_dates`) fixes it once the arrangement is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

import chinese_calendar

Unit = Literal["working", "calendar"]


@dataclass(frozen=True)
class Due:
    on: date
    provisional: bool  # computed without the holiday table for some year in the range


def is_working_day(day: date) -> tuple[bool, bool]:
    """(is it a working day, is that answer known rather than assumed)."""
    try:
        return chinese_calendar.is_workday(day), True
    except NotImplementedError:
        return day.weekday() < 5, False


def due_date(accepted: date, limit: int, unit: Unit = "working") -> Due:
    """The last day to finish: the ``limit``-th working (or calendar) day after the accepted day.

    The accepted day itself does not count, as in the rules of the 12345 hotline and letters-and-visits
    work: a 3-working-day matter accepted on a Friday is due on the Wednesday after.
    """
    if limit < 0:
        raise ValueError("a time limit cannot be negative")
    if unit == "calendar":
        return Due(accepted + timedelta(days=limit), False)
    day, counted, known = accepted, 0, True
    while counted < limit:
        day += timedelta(days=1)
        working, certain = is_working_day(day)
        known = known and certain
        if working:
            counted += 1
    return Due(day, not known)


def working_days_between(start: date, end: date) -> int:
    """Working days after ``start`` up to and including ``end`` (0 when end <= start)."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if is_working_day(day)[0]:
            count += 1
    return count


_LIMIT = re.compile(r"^\s*(\d+)\s*(个)?\s*(工作日|日|天|自然日)?\s*$")


def parse_limit(text: str) -> tuple[int, Unit] | None:
    """``13个工作日`` → (13, working); ``30日``, ``30天``, ``30自然日`` → (30, calendar); ``13`` → working."""
    match = _LIMIT.match(str(text))
    if not match:
        return None
    days, _, word = match.groups()
    return int(days), "calendar" if word in ("日", "天", "自然日") else "working"


def format_limit(limit: int, unit: Unit) -> str:
    return f"{limit}个工作日" if unit == "working" else f"{limit}日"


def known_years() -> tuple[int, int]:
    """The first and last year the installed holiday table covers."""
    years = sorted({d.year for d in chinese_calendar.holidays})
    return years[0], years[-1]
