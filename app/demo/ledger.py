"""Demo ledger entries in every state, each with a history replayed through the real workflow.

Each entry gets a story: accepted on a working day within the last year (recent weeks busier), dispatched
within hours or after a wait in the queue (sometimes returned and dispatched again), taken up, handled for
a while that depends on the matter type (a long tail: some stall until around their deadline, a few are
stuck), sometimes escalated or extended, answered, rated after a return visit (mostly 满意 or 基本满意;
不满意 sends it back for 重办), and closed. Every step falls in office hours on a working day. The story is
cut at the start of ``today``: what had not happened by then has not happened, so recent entries are still
open, a few are past their due date, and closed ones took about 3天14小时 on average (the district
platform's own figure), about 98% of them on time. Every status shows, even in a small demo (see
:func:`every_status`).

Entries accepted in the last :data:`REPLAY_DAYS` days (the latest :data:`REPLAY_MAX` at most) are
replayed step by step through
:meth:`Services.transition` with ``at`` (the step's time), so their timeline, audit log and outbox are
what an officer's own work produces. Older ones arrive the way an office's history does when it starts
using the app: taken over from its Excel ledger through :meth:`Services.upsert_ledger_rows`, in the state
their story reached, with one ``import`` event. That is also what keeps a large demo fast: a replayed
entry costs some sixteen audited writes, an imported one two. Either way statistics read real closing
times, due dates (extensions included) and escalation levels.
"""

from __future__ import annotations

import functools
import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from app.demo import ledger_words as words
from app.demo.making import Weighted, person
from app.domain import deadlines, districts, workflow
from app.domain.ledger import STATUSES
from app.errors import ValidationFailed
from app.services import Services
from app.services.ledger import cached_due_date

_SOURCES = Weighted(words.SOURCES)
_MATTERS = Weighted(words.MATTER_TYPES)
_SCENARIOS = Weighted(words.SCENARIOS)
_NOTES = Weighted(words.NOTES)
_TIMED_SOURCES = ("平台工单", "来电", "监督账户")  # channels that record the hour a matter came in
_HANDLING_FACTOR = {"咨询": 0.35, "求助": 0.8, "意见建议": 0.9, "投诉": 1.15, "举报": 1.4}
_OPEN, _CLOSE = time(8, 30), time(18, 0)
REPLAY_DAYS = 30  # entries accepted this recently get their history replayed step by step …
REPLAY_MAX = 5000  # … up to this many (the latest); a very large demo is mostly history


@dataclass
class Step:
    at: datetime
    action: str
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class Story:
    fields: dict[str, Any]  # for create_entry
    accepted: datetime
    steps: list[Step]


@functools.lru_cache(maxsize=1024)
def _working(day: date) -> bool:
    return deadlines.is_working_day(day)[0]


class LedgerMaker:
    """Makes entry stories from one seeded generator, in a fixed order of draws (same seed, same data)."""

    def __init__(self, rng: random.Random, *, today: date, targets: Sequence[tuple[str, str]],
                 time_limits: dict[str, int], limit_unit: deadlines.Unit) -> None:
        self.rng, self.today, self.targets = rng, today, list(targets)
        self.time_limits, self.limit_unit = time_limits, limit_unit
        self.cutoff = datetime.combine(today, time(0))
        self.refs = 0

    def accepted_times(self, count: int) -> list[datetime]:
        """When each entry came in, oldest first: 55% spread over the year, 45% in the recent weeks."""
        rng = self.rng
        out = []
        for _ in range(count):
            days = rng.randint(1, 365) if rng.random() < 0.55 else min(365, 1 + int(rng.expovariate(1 / 21)))
            day = self.today - timedelta(days=days)
            while not _working(day):
                day -= timedelta(days=1)
            minute = rng.randint(9 * 60, 17 * 60 + 30)
            out.append(datetime.combine(day, time(minute // 60, minute % 60)))
        return sorted(out)

    def make(self, accepted: datetime) -> Story:
        rng = self.rng
        enterprise_id, district = rng.choice(self.targets)
        source, matter, scenario = _SOURCES.draw(rng), _MATTERS.draw(rng), _SCENARIOS.draw(rng)
        summary, details, departments = rng.choice(words.PROBLEMS[scenario])
        area = "市" if district == districts.CITY else districts.name_of(district)
        timed = source in _TIMED_SOURCES
        fields = {
            "source": source, "source_ref": self._ref(source, accepted), "enterprise_id": enterprise_id,
            "matter_type": matter, "scenario": scenario, "summary": summary, "details": details,
            "accepted_on": accepted.strftime("%Y-%m-%d %H:%M") if timed else accepted.date().isoformat(),
            "notes": _NOTES.draw(rng),
        }
        start = accepted if timed else datetime.combine(accepted.date(), time(9, 0))
        due = cached_due_date(accepted.date(), self.time_limits[matter], self.limit_unit).on
        steps = self.history(start, matter, area, departments, due)
        return Story(fields, accepted, [s for s in steps if s.at < self.cutoff])

    def _ref(self, source: str, accepted: datetime) -> str:
        if source not in ("平台工单", "监督账户"):
            return ""
        self.refs += 1
        prefix = "GZ12345-" if source == "平台工单" else "JDZH-"
        return f"{prefix}{accepted:%Y%m%d}{self.refs:05d}"

    def history(self, start: datetime, matter: str, area: str, departments: tuple[str, ...],
                 due: date) -> list[Step]:
        rng = self.rng
        steps: list[Step] = []
        at = start

        def step(hours: float, action: str, **params: Any) -> None:
            nonlocal at
            at = self._office(max(at + timedelta(hours=hours), at + timedelta(minutes=1)))
            steps.append(Step(at, action, params))

        department = area + rng.choice(departments)
        wait = rng.uniform(0.2, 3) if rng.random() < 0.88 else rng.uniform(8, 40)  # some wait in the queue
        step(wait, "dispatch", department=department, handler=person(rng))
        if rng.random() < 0.05:  # sent to the wrong department: returned with the basis, dispatched again
            step(rng.uniform(2, 20), "return", reason=rng.choice(words.RETURN_REASONS))
            others = [d for d in words_departments() if area + d != department]
            department = area + rng.choice(others)
            step(rng.uniform(1, 6), "dispatch", department=department, handler=person(rng))
        step(rng.uniform(0.2, 4), "accept")
        handling = rng.lognormvariate(1.15, 0.8) * _HANDLING_FACTOR[matter]
        roll = rng.random()
        if roll < 0.025:  # stuck: taken up, then nothing more (it shows as overdue until someone acts)
            return steps
        if roll < 0.065:  # stalled, then done somewhere around its deadline (about a third of them late)
            handling = (due - start.date()).days * 24 * rng.uniform(0.5, 1.35)
        done = 0.0
        if rng.random() < 0.06:
            done = handling * rng.uniform(0.1, 0.4)
            level = "市级协调" if rng.random() < 0.2 else "区级协调"
            step(done, "escalate", level=level, reason=rng.choice(words.ESCALATE_REASONS))
        long_one = handling > 72 or rng.random() < 0.05
        if matter in ("投诉", "举报", "求助") and long_one and rng.random() < 0.5:
            part = handling * rng.uniform(0.4, 0.6)
            new_due = cached_due_date(due, rng.randint(5, 10), self.limit_unit).on
            step(max(part - done, 0.1), "extend", due_on=new_due.isoformat(),
                 reason=rng.choice(words.EXTEND_REASONS))
            done = part
        reply = rng.choice(words.REPLIES).format(dept=department)
        step(max(handling - done, 0.2), "feedback", reply=reply)
        rating = rng.choices(("满意", "基本满意", "不满意"), weights=(62, 28, 10))[0]
        wait = rng.uniform(1, 8) if rng.random() < 0.8 else rng.uniform(16, 56)  # a return visit takes days
        step(wait, "rate", satisfaction=rating, return_visit=rng.choice(words.RETURN_VISITS[rating]))
        if rating == "不满意":
            step(rng.uniform(0.5, 4), "redo", reason=rng.choice(words.REDO_REASONS))
            reply = rng.choice(words.REPLIES).format(dept=department)
            step(handling * rng.uniform(0.3, 0.6), "feedback", reply=reply)
            rating = rng.choices(("满意", "基本满意"), weights=(55, 45))[0]
            step(rng.uniform(2, 24), "rate", satisfaction=rating,
                 return_visit=rng.choice(words.RETURN_VISITS[rating]))
        step(rng.uniform(0.2, 3) if rng.random() < 0.9 else rng.uniform(8, 30), "close")
        return steps

    def _office(self, moment: datetime) -> datetime:
        """The moment itself if it falls in office hours on a working day, else the next working morning."""
        day = moment.date()
        if _working(day) and _OPEN <= moment.time() < _CLOSE:
            return moment
        if not (_working(day) and moment.time() < _OPEN):
            day += timedelta(days=1)
            while not _working(day):
                day += timedelta(days=1)
        return datetime.combine(day, _OPEN) + timedelta(minutes=self.rng.randint(0, 75))


def words_departments() -> tuple[str, ...]:
    """Every department a problem names, for re-dispatching a returned entry elsewhere."""
    return tuple(sorted({d for problems in words.PROBLEMS.values() for _, _, ds in problems for d in ds}))


def write_ledger(services: Services, targets: Sequence[tuple[str, str]], count: int, *, seed: int,
                 today: date, chunk: int, report: Callable[[int], bool]) -> int:
    """Make ``count`` entries for ``targets`` (enterprise id, district), a chunk per transaction.

    Returns how many were made; ``report(made)`` after each chunk may return False to stop there.
    """
    if not count or not targets:
        return 0
    maker = LedgerMaker(random.Random(f"ledger-{seed}"), today=today, targets=targets,
                        time_limits=services.time_limits(), limit_unit=services.limit_unit())
    times = maker.accepted_times(count)
    replay_from = datetime.combine(today - timedelta(days=REPLAY_DAYS), time(0))
    if count > REPLAY_MAX:
        replay_from = max(replay_from, times[count - REPLAY_MAX])
    codes = _codes(services, [t[0] for t in targets])
    sequences: dict[int, tuple[str, int]] = {}  # year → (number prefix, last sequence used)
    made = 0
    finals: Counter[str] = Counter()
    first = count % chunk or chunk  # chunks aligned on the end: the last one (the latest entries) is full
    for start in [0, *range(first, count, chunk)]:
        end = first if start == 0 else start + chunk
        stories = [maker.make(accepted) for accepted in times[start:end]]
        if end == count:
            every_status(stories, finals)
        finals.update(status_after(s.steps) for s in stories)
        rows: list[dict[str, Any]] = []
        with services.transaction():
            for story in stories:
                accepted = story.accepted
                if accepted.year not in sequences:
                    sequences[accepted.year] = services.number_sequence(accepted.year)
                prefix, last = sequences[accepted.year]
                sequences[accepted.year] = (prefix, last + 1)
                number = f"{prefix}{last + 1:04d}"
                if accepted < replay_from:
                    rows.append(history_row(story, number, codes[story.fields["enterprise_id"]]))
                    continue
                entry_id = services.create_entry(number=number, at=story.accepted, **story.fields).id
                for step in story.steps:
                    services.transition(entry_id, action=step.action, at=step.at, **step.params)
            for outcome in services.upsert_ledger_rows(rows):
                if isinstance(outcome, ValidationFailed):  # the generator made something invalid: a bug here
                    raise RuntimeError(f"demo ledger entry refused: {outcome.message()}")
        made = end
        if not report(made):
            break
    return made


def status_after(steps: list[Step]) -> str:
    status = STATUSES[0]
    for step in steps:
        status = workflow.ACTIONS[step.action].target or status
    return status


def every_status(stories: list[Story], finals: Counter[str]) -> None:
    """Make sure every status shows: a status no entry is in (a brief one, such as 待签收 or 已评价, in a
    small demo) is given to the latest entry that passed through it, by ending its story there, as if it
    had not moved on yet. Never takes the last entry of another status."""
    current = [status_after(s.steps) for s in stories]
    counts = finals + Counter(current)
    for wanted in STATUSES:
        if counts[wanted]:
            continue
        for index in reversed(range(len(stories))):
            steps = stories[index].steps
            cut = next((i + 1 for i in range(len(steps)) if status_after(steps[:i + 1]) == wanted),
                       0 if wanted == STATUSES[0] else None)
            if cut is None or counts[current[index]] < 2:
                continue
            stories[index].steps = steps[:cut]
            counts[current[index]] -= 1
            counts[wanted] += 1
            current[index] = wanted
            break


def history_row(story: Story, number: str, uscc: str) -> dict[str, Any]:
    """The ledger row an office would have for this story: where it stands, not how it got there."""
    fields = story.fields
    row: dict[str, Any] = {key: fields[key] for key in (
        "source", "source_ref", "matter_type", "scenario", "summary", "details", "accepted_on", "notes")}
    row.update(number=number, uscc=uscc, status="待签收")
    for step in story.steps:
        rule = workflow.ACTIONS[step.action]
        row["status"] = rule.target or row["status"]
        params = step.params
        if step.action == "dispatch":
            row.update(department=params["department"], handler=params["handler"])
        elif step.action == "feedback":
            row["reply"] = params["reply"]
        elif step.action == "rate":
            row.update(satisfaction=params["satisfaction"], return_visit=params["return_visit"])
        elif step.action == "redo":
            row["satisfaction"] = ""
        elif step.action == "close":
            row["closed_at"] = step.at
        elif step.action == "extend":
            row["due_on"] = params["due_on"]
        elif step.action == "escalate":
            row["escalation_level"] = params["level"]
    return row


def _codes(services: Services, ids: list[str]) -> dict[str, str]:
    """Enterprise id → USCC, which is how a ledger row names its enterprise."""
    out: dict[str, str] = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):
        part = unique[start:start + 500]
        marks = ",".join("?" * len(part))
        out.update(services.db.execute(f"SELECT id, uscc FROM enterprises WHERE id IN ({marks})", part))
    return out


def advance_visit_entries(services: Services, entry_ids: Sequence[str], *, seed: int, today: date) -> None:
    """Take the entries raised by demo visits as far along the loop as their age allows.

    Without this every demand from a year of demo visits would still wait for dispatch, and the
    dashboard would show a ledger no office has: hundreds of year-old untouched items.
    """
    if not entry_ids:
        return
    maker = LedgerMaker(random.Random(f"visit-entries-{seed}"), today=today, targets=[("", "")],
                        time_limits=services.time_limits(), limit_unit=services.limit_unit())
    departments = words_departments()
    with services.transaction():
        for entry_id in entry_ids:
            entry = services.entry(entry_id)
            accepted = date.fromisoformat(entry["accepted_on"][:10])
            start = datetime.combine(accepted, time(10, 0))
            area = "市" if entry["district"] == districts.CITY else districts.name_of(entry["district"])
            due = date.fromisoformat(entry["due_on"])
            steps = maker.history(start, entry["matter_type"], area, departments, due)
            for step in (s for s in steps if s.at < maker.cutoff):
                services.transition(entry_id, action=step.action, at=step.at, **step.params)
