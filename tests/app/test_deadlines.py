"""Due dates across the Spring Festival and National Day, with their adjusted working weekends."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.deadlines import due_date, is_working_day, known_years, parse_limit, working_days_between


def test_adjusted_weekend_days_are_working_days() -> None:
    # 2026 Spring Festival: 15–23 February off; Saturday 14 and Saturday 28 February worked.
    assert is_working_day(date(2026, 2, 14)) == (True, True)
    assert is_working_day(date(2026, 2, 16)) == (False, True)
    assert is_working_day(date(2026, 2, 28)) == (True, True)


@pytest.mark.parametrize(
    ("accepted", "limit", "due"),
    [
        # Friday before the Spring Festival: Sat 14 Feb is worked (1), 15–23 off, then 24, 25, 26, 27.
        (date(2026, 2, 13), 5, date(2026, 2, 27)),
        # 13 working days from 10 February 2026 cross the whole holiday and the worked Saturday 28 Feb.
        (date(2026, 2, 10), 13, date(2026, 3, 5)),
        # National Day 2026: 1–7 October off; 30 September, then 8 and 9 October.
        (date(2026, 9, 29), 3, date(2026, 10, 9)),
        # Worked Saturday 10 October 2026 counts.
        (date(2026, 10, 8), 2, date(2026, 10, 10)),
        # An ordinary week: Friday + 3 working days = Wednesday.
        (date(2026, 11, 20), 3, date(2026, 11, 25)),
    ],
)
def test_working_day_due_dates(accepted: date, limit: int, due: date) -> None:
    result = due_date(accepted, limit)
    assert (result.on, result.provisional) == (due, False)


def test_calendar_days_ignore_holidays() -> None:
    assert due_date(date(2026, 9, 29), 30, "calendar").on == date(2026, 10, 29)


def test_year_not_yet_in_the_holiday_table_is_provisional() -> None:
    last = known_years()[1]
    result = due_date(date(last, 12, 28), 5)
    assert result.provisional
    assert result.on.year == last + 1
    assert result.on.weekday() < 5


def test_working_days_between() -> None:
    assert working_days_between(date(2026, 9, 29), date(2026, 10, 9)) == 3


@pytest.mark.parametrize(("text", "parsed"), [("13个工作日", (13, "working")), ("30日", (30, "calendar")),
                                              ("15", (15, "working")), ("十天", None)])
def test_parse_limit(text: str, parsed: object) -> None:
    assert parse_limit(text) == parsed
