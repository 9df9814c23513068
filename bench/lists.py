"""Big lists: what the GUI's lazy tables ask the store for, at the sizes the design targets.

Builds a throw-away profile with N enterprises and M ledger entries written straight through SQL (the
write path has its own measurements; this measures reads), then times the queries a list makes: the
ordered row keys for a sort, a filter and a search, and one page of 200 rows. Each is reported as a
ratio against the cheapest possible read of the same table in the same run (``SELECT rid`` in rowid
order), so the numbers say what sorting, filtering and searching add.

    .venv/bin/python -m bench.lists [--enterprises N] [--ledger N]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta

from app.domain import uscc
from app.domain.districts import DISTRICTS
from app.domain.ledger import DEFAULT_SCENARIOS, MATTER_TYPES, STATUSES
from app.services import Services, open_services
from app.store.search import ListQuery

NOW = "2026-12-03T00:00:00.000Z"
WORDS = (
    "施工许可",
    "用电增容",
    "退税办理",
    "营业执照",
    "消防验收",
    "排水许可",
    "人才补贴",
    "政策兑现",
    "重复检查",
    "审批超时",
    "材料反复",
    "窗口推诿",
    "标准不一",
    "罚款随意",
    "补贴拖欠",
    "道路开挖",
    "污水管网",
    "停车难",
)


def _fill(services: Services, enterprises: int, entries: int, rng: random.Random) -> None:
    db = services.db
    districts = list(DISTRICTS)
    with db.atomic():
        rows = []
        for i in range(enterprises):
            code = uscc.make(f"914401{i % 90 + 10:02d}" + uscc.make_org_code(f"MA{i:06d}"))
            rows.append(
                (
                    f"e{i}",
                    f"广州市{rng.choice(WORDS)}{i}科技有限公司",
                    code,
                    rng.choice(districts),
                    f"广州市{rng.choice(WORDS)}路{i % 500}号",
                    NOW,
                    NOW,
                    "bench",
                )
            )
        db.conn.executemany(
            "INSERT INTO enterprises (id, name, uscc, district, address, created_at, updated_at, created_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    start = date(2025, 12, 1)
    for offset in range(0, entries, 50_000):
        rows = []
        for i in range(offset, min(entries, offset + 50_000)):
            accepted = start + timedelta(days=rng.randrange(365))
            summary = f"{rng.choice(WORDS)}{rng.choice(WORDS)}问题第{i}号"
            rows.append(
                (
                    f"l{i}",
                    f"2026-BENCH-{i:07d}",
                    "走访",
                    f"e{rng.randrange(enterprises)}",
                    rng.choice(MATTER_TYPES),
                    rng.choice(DEFAULT_SCENARIOS),
                    summary,
                    f"区部门{rng.randrange(40)}",
                    accepted.isoformat(),
                    5,
                    (accepted + timedelta(days=7)).isoformat(),
                    rng.choice(STATUSES),
                    NOW,
                    NOW,
                    "bench",
                )
            )
        with db.atomic():
            db.conn.executemany(
                "INSERT INTO ledger_entries (id, number, source, enterprise_id, matter_type, scenario,"
                " summary,"
                " department, accepted_on, limit_days, due_on, status, created_at, updated_at, created_by)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )


def _time(fn: Callable[[], object], runs: int = 5) -> float:
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench.lists")
    parser.add_argument("--enterprises", type=int, default=100_000)
    parser.add_argument("--ledger", type=int, default=1_000_000)
    parser.add_argument("--analyze", action="store_true", help="gather planner statistics first")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as directory:
        services = open_services(directory, actor="bench")
        began = time.perf_counter()
        _fill(services, args.enterprises, args.ledger, random.Random(2026))
        print(
            f"filled {args.enterprises:,} enterprises and {args.ledger:,} ledger entries "
            f"in {time.perf_counter() - began:.1f} s"
        )
        if args.analyze:
            services.db.execute("ANALYZE")  # what PRAGMA optimize on closing the app leads to over time
        cases: list[tuple[str, str, Callable[[], object]]] = [
            ("enterprises", "sorted by name", lambda: services.enterprise_ids(ListQuery(sort="name"))),
            (
                "enterprises",
                "district filter",
                lambda: services.enterprise_ids(ListQuery(filters={"district": "440106"})),
            ),
            (
                "enterprises",
                "search, 4 characters",
                lambda: services.enterprise_ids(ListQuery(text="用电增容")),
            ),
            ("enterprises", "search, 2 characters", lambda: services.enterprise_ids(ListQuery(text="退税"))),
            ("enterprises", "page of 200 rows", lambda: services.enterprise_rows(list(range(5000, 5200)))),
            ("ledger_entries", "by accepted date, newest first", lambda: services.entry_ids()),
            (
                "ledger_entries",
                "status filter",
                lambda: services.entry_ids(ListQuery(filters={"status": "办理中"}, descending=True)),
            ),
            (
                "ledger_entries",
                "overdue only",
                lambda: services.entry_ids(ListQuery(filters={"overdue": True})),
            ),
            (
                "ledger_entries",
                "search, 4 characters",
                lambda: services.entry_ids(ListQuery(text="消防验收")),
            ),
            ("ledger_entries", "search, 2 characters", lambda: services.entry_ids(ListQuery(text="停车"))),
            ("ledger_entries", "page of 200 rows", lambda: services.entry_rows(list(range(50_000, 50_200)))),
        ]
        baselines = {
            table: _time(lambda t=table: services.db.execute(f"SELECT rid FROM {t}").fetchall())
            for table in ("enterprises", "ledger_entries")
        }
        print(f"{'table':<16}{'query':<34}{'time':>10}{'× baseline':>12}")
        for table, name, fn in cases:
            seconds = _time(fn)
            print(f"{table:<16}{name:<34}{seconds * 1000:>8.1f}ms{seconds / baselines[table]:>11.2f}×")
        for table, seconds in baselines.items():
            print(f"baseline {table}: SELECT rid, {seconds * 1000:.1f} ms")
        services.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
