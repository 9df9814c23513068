"""Ledger commands: ``huhang stats``."""

from __future__ import annotations

import argparse
import json
import sys

from app.cli.common import EXIT_OK, EXIT_USAGE
from app.domain.dates import parse_date
from app.services import Services


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    stats = sub.add_parser(
        "stats", help="台账统计（按状态、类型、场景、区、责任单位、月份，办理用时、按时率、满意率）"
    )
    stats.add_argument("--json", action="store_true", help="以 JSON 输出")
    stats.add_argument("--from", dest="date_from", metavar="DATE", help="受理日期起（含），如 2026-01-01")
    stats.add_argument("--to", dest="date_to", metavar="DATE", help="受理日期止（含）")
    stats.add_argument("--unit", metavar="ID", help="只统计该单位的台账")
    stats.set_defaults(run=show_stats)


def show_stats(services: Services, args: argparse.Namespace) -> int:
    bounds = {}
    for name in ("date_from", "date_to"):
        value = getattr(args, name)
        if value:
            day = parse_date(value)
            if day is None:
                flag = "--from" if name == "date_from" else "--to"
                print(f"{flag} 的日期“{value}”无效，应形如 2026-12-03", file=sys.stderr)
                return EXIT_USAGE
            bounds[name] = day.isoformat()
    stats = services.statistics(unit_id=args.unit, **bounds)
    if args.json:
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return EXIT_OK
    rate = lambda v: "—" if v is None else f"{v:.1%}"  # noqa: E731
    print(
        f"台账总数 {stats['total']}，未办结 {stats['open']}，逾期 {stats['overdue']}，"
        f"提级协调 {stats['escalated']}"
    )
    print("按状态：" + "，".join(f"{k} {v}" for k, v in stats["by_status"].items()))
    print(
        f"平均办理用时 {stats['avg_resolution_text'] or '—'}，中位数 {stats['median_resolution_text'] or '—'}"
    )
    print(
        f"按时办结率 {rate(stats['on_time_rate'])}，满意率 {rate(stats['satisfaction_rate'])}"
        f"（已评价 {stats['rated']} 件）"
    )
    for title, key in (
        ("事项类型", "by_matter_type"),
        ("问题场景", "by_scenario"),
        ("所属区", "by_district"),
        ("责任单位", "by_department"),
        ("受理月份", "by_month"),
    ):
        print(f"按{title}：" + ("，".join(f"{k} {v}" for k, v in stats[key].items()) or "—"))
    return EXIT_OK
