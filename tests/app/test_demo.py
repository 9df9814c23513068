"""Demo data: valid, plausible, deterministic for a seed, and written through the audited service API."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

import app.demo
from app.demo import generate
from app.domain import districts, uscc, visit
from app.domain.enterprise import OWNERSHIPS, SIZES, TAGS
from app.services import Services, open_services

TODAY = date(2026, 12, 3)
ENTERPRISE_COLUMNS = ("name", "uscc", "district", "address", "industry", "ownership", "size", "tags",
                      "contact", "phone", "notes")
VISIT_COLUMNS = ("kind", "started_at", "ended_at", "officers", "departments", "purpose", "findings",
                 "demands", "satisfaction", "follow_up_on")


def snapshot(services: Services) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """What the demo made, without ids and timestamps (which differ between runs by design)."""
    enterprises = sorted(tuple(row[c] for c in ENTERPRISE_COLUMNS)
                         for row in services.db.query("SELECT * FROM enterprises"))
    joined = services.db.query("SELECT visits.*, enterprises.uscc FROM visits "
                               "JOIN enterprises ON enterprises.id = visits.enterprise_id")
    visits = sorted(tuple([row["uscc"], *(row[c] for c in VISIT_COLUMNS)]) for row in joined)
    return enterprises, visits


def made(directory: Path, seed: int, enterprises: int = 120, visits: int = 80) -> tuple[dict[str, int], Any]:
    services = open_services(directory, actor="演示")
    try:
        counts = generate(services, enterprises=enterprises, visits=visits, seed=seed, today=TODAY)
        return counts, snapshot(services)
    finally:
        services.close()


def test_the_same_seed_makes_the_same_data_and_another_seed_other_data(tmp_path: Path) -> None:
    counts_a, first = made(tmp_path / "a", seed=11)
    counts_b, second = made(tmp_path / "b", seed=11)
    _, other = made(tmp_path / "c", seed=12)
    assert counts_a == counts_b
    assert first == second
    assert len(first[0]) == 120 and len(first[1]) == 80
    assert {row[1] for row in first[0]}.isdisjoint({row[1] for row in other[0]})


def test_enterprises_are_valid_and_look_like_guangzhou(services: Services) -> None:
    counts = generate(services, enterprises=400, visits=0, seed=2026, today=TODAY)
    assert counts == {"enterprises": 400, "enterprises_existing": 0, "visits": 0, "ledger_entries": 0,
                      "ledger": 0, "letters": 0}
    rows = [dict(r) for r in services.db.query("SELECT * FROM enterprises")]
    assert len(rows) == 400
    assert len({r["name"] for r in rows}) == 400 and len({r["uscc"] for r in rows}) == 400
    for row in rows:
        code = row["uscc"]
        assert uscc.validate(code) == [], code  # check character and organisation-code check both right
        assert code[0] == "9" and code[1] in "123"
        assert code[2:8] == "440101" or code[2:8] == row["district"]
        assert row["district"] in districts.DISTRICTS
        assert row["name"].startswith("广州")
        assert row["name"].endswith(("公司", "店", "商行", "经营部", "合作社"))
        assert row["address"].startswith("广州市" + districts.name_of(row["district"]))
        assert row["ownership"] in OWNERSHIPS and row["size"] in SIZES
        assert set(json.loads(row["tags"])) <= set(TAGS)
        assert re.fullmatch(r"1[3-9]\d{9}|020-[238]\d{7}", row["phone"]), row["phone"]
        assert 2 <= len(row["contact"]) <= 4
    categories = [r["uscc"][1] for r in rows]
    assert categories.count("1") > 300  # mostly enterprises; some sole traders (2) and cooperatives (3)
    assert sum(r["uscc"][2:8] == "440101" for r in rows) > 40  # city-level registrations are common
    assert sum(r["ownership"] == "民营" for r in rows) > 250
    assert services.verify_audit() == []


def test_visits_are_plausible_and_their_demands_become_ledger_entries(services: Services) -> None:
    counts = generate(services, enterprises=60, visits=150, seed=5, today=TODAY)
    rows = [dict(r) for r in services.db.query("SELECT * FROM visits")]
    assert counts["visits"] == len(rows) == 150
    demands = 0
    for row in rows:
        start = datetime.fromisoformat(row["started_at"])
        end = datetime.fromisoformat(row["ended_at"])
        assert row["kind"] in visit.KINDS
        assert (TODAY - start.date()).days in range(1, 372) and start.weekday() < 5
        assert 9 <= start.hour <= 16 and start < end
        assert 1 <= len(json.loads(row["officers"])) <= 3
        assert row["satisfaction"] in (*visit.SATISFACTION, "")
        assert row["purpose"] and row["findings"].endswith("。")
        found = json.loads(row["demands"])
        assert len(found) <= 2 and all(d.startswith("希望") for d in found)
        assert bool(row["follow_up_on"]) == bool(found)
        if row["kind"] == "联合检查":
            assert len(json.loads(row["departments"])) >= 2
        demands += len(found)
    entries = services.db.execute(
        "SELECT count(*) FROM ledger_entries WHERE visit_id IS NOT NULL").fetchone()[0]
    assert counts["ledger_entries"] == entries == demands > 0
    assert services.verify_audit() == []
    # Every record went through the audited write path with its outbox operation.
    outbox = services.db.execute("SELECT count(*) FROM sync_outbox WHERE table_name = 'visits'").fetchone()[0]
    assert outbox == 150


def test_running_again_with_the_same_seed_finds_its_enterprises(services: Services) -> None:
    generate(services, enterprises=50, visits=0, seed=3, today=TODAY)
    again = generate(services, enterprises=50, visits=10, seed=3, today=TODAY)
    assert again["enterprises"] == 0 and again["enterprises_existing"] == 50 and again["visits"] == 10
    assert services.enterprise_count() == 50


def test_visits_alone_go_to_existing_enterprises_and_need_some(services: Services, tmp_path: Path) -> None:
    generate(services, enterprises=5, visits=0, seed=1, today=TODAY)
    assert generate(services, enterprises=0, visits=7, seed=2, today=TODAY)["visits"] == 7
    assert services.enterprise_count() == 5
    empty = open_services(tmp_path / "empty", actor="演示")
    try:
        assert generate(empty, enterprises=0, visits=7, seed=2, today=TODAY)["visits"] == 0
    finally:
        empty.close()


def test_progress_can_stop_between_chunks(services: Services, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.demo, "ENTERPRISE_CHUNK", 10)
    calls: list[tuple[int, int | None]] = []

    def progress(done: int, total: int | None) -> bool:
        calls.append((done, total))
        return done < 20

    counts = generate(services, enterprises=45, visits=30, seed=9, today=TODAY, progress=progress)
    assert calls == [(10, 75), (20, 75)]
    assert counts["enterprises"] == 20 and counts["visits"] == 0
    assert services.enterprise_count() == 20 and services.verify_audit() == []


def test_demo_letters_cover_every_state_and_verify(services: Services) -> None:
    counts = generate(services, enterprises=60, visits=0, ledger=120, letters=12, seed=7, today=TODAY)
    assert counts["letters"] == 12
    letters = services.letters()
    assert {row["status"] for row in letters} == {"草稿", "已签发", "已送达", "已反馈", "已办结"}
    assert {row["kind"] for row in letters} == {"监督建议书", "提醒函", "联合体检通知单"}
    issued = [row for row in letters if row["number"]]
    assert len({row["number"] for row in issued}) == len(issued) == 10
    assert any(row["reply_overdue"] for row in letters)
    assert all(services.letter_links(row["id"]) for row in letters)
    assert services.verify_audit() == []
