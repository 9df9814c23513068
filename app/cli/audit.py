"""``huhang audit verify``."""

from __future__ import annotations

import argparse
import sys

from app.cli.common import EXIT_FAILED, EXIT_OK
from app.services import Services


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    audit = sub.add_parser("audit", help="审计日志").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    verify = audit.add_parser("verify", help="校验审计日志链条，并核对数据是否在程序之外被改动")
    verify.set_defaults(run=verify_audit)


def verify_audit(services: Services, args: argparse.Namespace) -> int:
    breaks = services.verify_audit()
    if not breaks:
        count = services.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        print(f"审计日志完整：共 {count} 条，链条完好，数据与日志一致。")
        return EXIT_OK
    first = breaks[0]
    where = (
        f"审计日志第 {first.seq} 条"
        if first.seq is not None
        else f"表 {first.table} 的记录 {first.record_id}"
    )
    print(f"审计日志校验失败：{where}：{first.reason}", file=sys.stderr)
    if len(breaks) > 1:
        print(f"另有 {len(breaks) - 1} 处不一致。", file=sys.stderr)
    return EXIT_FAILED
