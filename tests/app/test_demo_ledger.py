"""Demo ledger entries: every state, plausible times and histories, deterministic, audited."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest

from app import cli
from app.demo import generate
from app.demo.ledger import REPLAY_DAYS
from app.domain import deadlines
from app.domain.ledger import STATUSES
from app.services import Services, open_services

TODAY = date(2026, 12, 3)
ENTRY_COLUMNS = ("source", "source_ref", "matter_type", "scenario", "summary", "details", "department",
                 "handler", "accepted_on", "limit_days", "due_on", "status", "escalation_level", "reply",
                 "satisfaction", "closed_at", "return_visit", "notes")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    services = open_services(tmp_path_factory.mktemp("demo"), actor="演示")
    counts = generate(services, enterprises=80, visits=0, ledger=600, seed=2026, today=TODAY)
    assert counts["ledger"] == 600 and counts["enterprises"] == 80
    yield services
    services.close()


def entries(services: Services) -> list[dict[str, Any]]:
    return [dict(r) for r in services.db.query(
        "SELECT l.*, e.uscc FROM ledger_entries l JOIN enterprises e ON e.id = l.enterprise_id "
        "ORDER BY l.number")]


def events_by_entry(services: Services) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in services.db.query("SELECT * FROM ledger_events ORDER BY rid"):
        out.setdefault(row["entry_id"], []).append({**row, "data": json.loads(row["data"])})
    return out


def test_every_status_and_every_side_path_appears(demo: Services) -> None:
    rows = entries(demo)
    assert len(rows) == 600
    statuses = Counter(r["status"] for r in rows)
    assert set(statuses) == set(STATUSES) and statuses["已办结"] > 400  # most of a year's work is closed
    actions = Counter(e["action"] for e in demo.db.query("SELECT action FROM ledger_events"))
    for action in ("register", "import", "dispatch", "accept", "return", "extend", "escalate", "feedback",
                   "rate", "redo", "close"):
        assert actions[action] > 0, action
    assert {r["escalation_level"] for r in rows} == {"", "区级协调", "市级协调"}
    types = Counter(r["matter_type"] for r in rows).most_common()
    assert {types[0][0], types[1][0]} == {"投诉", "求助"}
    assert {r["satisfaction"] for r in rows} >= {"满意", "基本满意"}


def test_the_dashboard_and_statistics_show_real_numbers(demo: Services) -> None:
    stats = demo.statistics(today=TODAY)
    assert stats["total"] == 600
    assert stats["overdue"] > 0
    soon = [r for r in entries(demo) if r["status"] != "已办结"
            and TODAY.isoformat() <= r["due_on"] <= (TODAY + timedelta(days=3)).isoformat()]
    assert soon  # due within three days
    assert 60 <= stats["avg_resolution_hours"] <= 110  # about 3天14小时
    assert stats["median_resolution_hours"] < stats["avg_resolution_hours"] * 1.3
    assert 0.85 <= stats["on_time_rate"] < 1  # mostly on time, some late
    assert stats["satisfaction_rate"] >= 0.9 and stats["escalated"] > 0
    assert sum(stats["by_month"].values()) == 600 and len(stats["by_month"]) >= 12
    departments = [d for d in stats["by_department"] if d != "（未填）"]
    assert departments and all(d.endswith("局") and d[0] in "市荔越海天白黄番花南从增" for d in departments)


def test_replayed_histories_follow_the_workflow_in_office_hours(demo: Services) -> None:
    history = events_by_entry(demo)
    replay_from = (TODAY - timedelta(days=REPLAY_DAYS)).isoformat()
    replayed = imported = 0
    for row in entries(demo):
        events = history[row["id"]]
        if events[0]["action"] == "import":
            imported += 1
            assert row["accepted_on"] < replay_from
            assert [(e["from_status"], e["to_status"]) for e in events] == [("", row["status"])]
            continue
        replayed += 1
        assert row["accepted_on"] >= replay_from and events[0]["action"] == "register"
        status, last = "", datetime.fromisoformat(row["accepted_on"][:10] + "T00:00")
        for event in events:
            assert event["from_status"] == status
            status = event["to_status"]
            if event["action"] == "register":
                continue
            at = datetime.fromisoformat(event["data"]["at"])
            assert last <= at < datetime.combine(TODAY, time(0))
            assert deadlines.is_working_day(at.date())[0] and time(8, 30) <= at.time() < time(19, 30)
            last = at
        assert status == row["status"]
        if status == "已办结":
            assert row["closed_at"] == events[-1]["data"]["at"] and events[-1]["action"] == "close"
    assert replayed > 50 and imported > 50


def snapshot(directory: Path, seed: int) -> tuple[list[tuple[Any, ...]], list[list[tuple[Any, ...]]]]:
    """What the demo made, without ids, timestamps and the device's tag in entry numbers."""
    services = open_services(directory, actor="演示")
    try:
        generate(services, enterprises=30, visits=0, ledger=150, seed=seed, today=TODAY)
        rows = entries(services)
        history = events_by_entry(services)
        made = [(r["number"].rsplit("-", 1)[1], r["uscc"], *(r[c] for c in ENTRY_COLUMNS)) for r in rows]
        events = [[(e["action"], e["from_status"], e["to_status"], e["reason"], json.dumps(e["data"]))
                   for e in history[r["id"]]] for r in rows]
        assert services.verify_audit() == []
        return made, events
    finally:
        services.close()


def test_the_same_seed_and_day_make_the_same_ledger(tmp_path: Path) -> None:
    first, second = snapshot(tmp_path / "a", 7), snapshot(tmp_path / "b", 7)
    other = snapshot(tmp_path / "c", 8)
    assert first == second
    assert first[0] != other[0]


def test_asking_for_ledger_entries_leaves_the_enterprises_and_visits_of_a_seed_alone(tmp_path: Path) -> None:
    def made(directory: Path, ledger: int) -> list[tuple[Any, ...]]:
        services = open_services(directory, actor="演示")
        try:
            generate(services, enterprises=20, visits=15, ledger=ledger, seed=5, today=TODAY)
            return sorted(services.db.execute("SELECT v.purpose, v.started_at, e.uscc FROM visits v "
                                              "JOIN enterprises e ON e.id = v.enterprise_id").fetchall())
        finally:
            services.close()

    assert made(tmp_path / "a", 0) == made(tmp_path / "b", 40)


def test_entries_go_to_existing_enterprises_and_everything_is_audited(services: Services) -> None:
    generate(services, enterprises=10, visits=0, seed=1, today=TODAY)
    counts = generate(services, enterprises=0, visits=0, ledger=40, seed=2, today=TODAY)
    assert counts["ledger"] == 40 and services.enterprise_count() == 10
    assert services.verify_audit() == []
    outbox = services.db.execute(
        "SELECT count(*) FROM sync_outbox WHERE table_name = 'ledger_events'").fetchone()[0]
    assert outbox == services.db.execute("SELECT count(*) FROM ledger_events").fetchone()[0]
    numbers = [r[0] for r in services.db.execute("SELECT number FROM ledger_entries")]
    assert len(set(numbers)) == 40


def test_progress_counts_ledger_entries_and_can_stop(services: Services,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import app.demo

    monkeypatch.setattr(app.demo, "LEDGER_CHUNK", 10)
    calls: list[tuple[int, int | None]] = []

    def progress(done: int, total: int | None) -> bool:
        calls.append((done, total))
        return done < 25

    counts = generate(services, enterprises=5, visits=0, ledger=40, seed=3, today=TODAY, progress=progress)
    assert calls == [(5, 45), (15, 45), (25, 45)] and counts["ledger"] == 20
    assert services.db.execute("SELECT count(*) FROM ledger_entries").fetchone()[0] == 20


def test_cli_demo_with_ledger(data_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(data_dir), "demo", "--enterprises", "20", "--visits", "0",
                     "--ledger", "30", "--seed", "4"]) == 0
    assert "各办理状态的台账条目 30 条" in capsys.readouterr().out
    services = open_services(data_dir)
    try:
        statuses = [r[0] for r in services.db.execute("SELECT status FROM ledger_entries")]
    finally:
        services.close()
    assert len(statuses) == 30
    assert set(statuses) == set(STATUSES)  # even a small demo shows every status
