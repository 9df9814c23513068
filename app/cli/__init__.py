"""The ``huhang`` command line, for administrators and scripts.

Exit codes: 0 success; 1 an expected failure explained on stderr; 2 bad arguments or an unreadable
input file (nothing was changed); 3 partly done (for example some import rows rejected).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from app.cli import audit, data, ledger, letters
from app.cli.common import EXIT_FAILED, EXIT_USAGE, Command
from app.errors import HuhangError
from app.services import open_services


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="huhang",
        description="护航 — 营商环境监督工作台。不带子命令时打开桌面程序。",
    )
    parser.add_argument("--data-dir", type=Path, help="数据目录（也可用环境变量 HUHANG_DATA_DIR）")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    data.register(sub)
    ledger.register(sub)
    letters.register(sub)
    audit.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    run: Command = args.run
    try:
        services = open_services(args.data_dir)
    except Exception as exc:  # an unusable data directory is the user's to fix, not a crash
        print(f"无法打开数据目录：{exc}", file=sys.stderr)
        return EXIT_FAILED
    try:
        return run(services, args)
    except HuhangError as exc:
        print(exc.message(), file=sys.stderr)
        return EXIT_FAILED
    finally:
        services.close()


if __name__ == "__main__":
    sys.exit(main())
