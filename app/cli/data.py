"""Data commands: ``huhang import|export enterprises|ledger`` and ``huhang demo``.

Import exits 0 when every row was taken, 3 when some rows were rejected (the others are imported), and
2 when the file could not be used at all (nothing imported); the reasons go to stderr, the report to
stdout, so a script can keep both. Both imports report the same way.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from app import demo as demo_data
from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_PARTIAL, EXIT_USAGE
from app.errors import HuhangError
from app.io import enterprises as enterprise_files
from app.io import ledger as ledger_files
from app.io.importing import ImportResult
from app.services import Services


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``import``, ``export`` and ``demo`` to the ``huhang`` parser."""
    importing = sub.add_parser("import", help="从 .xlsx 或 .csv 文件导入").add_subparsers(
        dest="what", metavar="WHAT", required=True)
    enterprises = importing.add_parser(
        "enterprises", help="导入企业名录：按统一社会信用代码新增或更新",
        description="导入企业名录（.xlsx，或 UTF-8/GBK 编码的 .csv）。按统一社会信用代码新增或更新；"
                    "被拒绝的行连同原因写入拒绝记录文件，改正后可再次导入。")
    enterprises.add_argument("file", type=Path, help="要导入的 .xlsx 或 .csv 文件")
    enterprises.add_argument("--rejects", type=Path, metavar="PATH",
                             help="被拒绝的行写到这里（默认：输入文件旁的 <文件名>.rejects.<扩展名>）")
    enterprises.set_defaults(run=import_enterprises)
    ledger = importing.add_parser(
        "ledger", help="导入问题台账：按编号（或来源编号、企业+摘要+受理日期）新增或更新",
        description="导入涉营商环境问题专项台账（本程序导出的台账，或单位原有的 Excel 台账；"
                    "表头可在标题行之下）。"
                    "有编号的行按编号新增或更新；没有编号的行按来源编号，或按企业、问题摘要和受理日期匹配，"
                    "重复导入不会重复登记。名录中没有的企业，若本行有企业名称、有效的统一社会信用代码和所属区，"
                    "则新建该企业。被拒绝的行连同原因写入拒绝记录文件，改正后可再次导入。")
    ledger.add_argument("file", type=Path, help="要导入的 .xlsx 或 .csv 文件")
    ledger.add_argument("--rejects", type=Path, metavar="PATH",
                        help="被拒绝的行写到这里（默认：输入文件旁的 <文件名>.rejects.<扩展名>）")
    ledger.set_defaults(run=import_ledger)

    exporting = sub.add_parser("export", help="导出到 .xlsx 或 .csv 文件").add_subparsers(
        dest="what", metavar="WHAT", required=True)
    out = exporting.add_parser("enterprises", help="导出企业名录（.xlsx，或带BOM的UTF-8 .csv）")
    out.add_argument("file", type=Path, help="目标文件，扩展名 .xlsx 或 .csv")
    out.set_defaults(run=export_enterprises)
    book = exporting.add_parser(
        "ledger", help="导出问题台账（.xlsx：标题、表头、全部台账及未办结/已办结/逾期未办结分表；或 .csv）")
    book.add_argument("file", type=Path, help="目标文件，扩展名 .xlsx 或 .csv")
    book.add_argument("--single-sheet", action="store_true", help="只导出“全部台账”一张工作表")
    book.set_defaults(run=export_ledger)

    demo = sub.add_parser("demo", help="生成演示数据（广州的虚构企业、走访记录、台账和文书）")
    demo.add_argument("--enterprises", type=_count, default=200, metavar="N", help="企业数量（默认 200）")
    demo.add_argument("--visits", type=_count, default=400, metavar="N", help="走访记录数量（默认 400）")
    demo.add_argument("--ledger", type=_count, default=300, metavar="N",
                      help="另生成的台账条目数量，各办理状态都有（默认 300）")
    demo.add_argument("--letters", type=_count, default=12, metavar="N",
                      help="文书数量，各类文书各状态都有（默认 12）")
    demo.add_argument("--seed", type=int, default=2026, metavar="S",
                      help="随机种子：相同种子生成相同数据（默认 2026）")
    demo.set_defaults(run=make_demo)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}”不是整数") from None
    if value < 0:
        raise argparse.ArgumentTypeError("不能为负数")
    return value


class _Progress:
    """A one-line progress display on a terminal; silent when stderr is a file or a pipe."""

    def __init__(self, label: str, unit: str) -> None:
        self.label, self.unit = label, unit
        self.shown = sys.stderr.isatty()

    def __call__(self, done: int, total: int | None) -> bool:
        if self.shown:
            of = f"/{total}" if total else ""
            print(f"\r{self.label}：{done}{of} {self.unit}", end="", file=sys.stderr, flush=True)
        return True

    def finish(self) -> None:
        if self.shown:
            print(file=sys.stderr)


def import_enterprises(services: Services, args: argparse.Namespace) -> int:
    return _import(lambda progress: enterprise_files.import_enterprises(
        services, args.file, rejects_path=args.rejects, progress=progress))


def import_ledger(services: Services, args: argparse.Namespace) -> int:
    return _import(lambda progress: ledger_files.import_ledger(
        services, args.file, rejects_path=args.rejects, progress=progress))


def _import(run: Callable[[_Progress], ImportResult]) -> int:
    progress = _Progress("正在导入", "行")
    try:
        result = run(progress)
    except HuhangError as exc:
        progress.finish()
        print(f"{exc.message()}。未导入任何数据。", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        progress.finish()
        print("已中断：此前已提交的行已导入；再次导入同一文件即可继续（已导入的行显示为无变化）。",
              file=sys.stderr)
        return EXIT_FAILED
    progress.finish()
    where = f"（工作表“{result.sheet}”）" if result.sheet else ""
    print(f"{result.path}{where}：表头在第{result.header_row}行。")
    for note in result.notes:
        print(f"提示：{note.message()}")
    print(f"已导入 {result.imported}，已更新 {result.updated}，"
          f"无变化 {result.unchanged}，被拒绝 {result.rejected}")
    created = getattr(result, "enterprises_created", 0)
    if created:
        print(f"名录中原来没有的企业已新建 {created} 家")
    for warning in result.warnings:
        print(f"第{warning.row}行（已导入，请核对）：{warning.message()}")
    for row in result.rejected_rows:
        print(f"第{row.row}行：{row.reason()}")
    if result.rejects_path is not None:
        print(f"被拒绝的行已写入：{result.rejects_path}（改正后可再次导入）")
    if result.rejects_error is not None:
        print(f"警告：{result.rejects_error.message()}", file=sys.stderr)
    return EXIT_PARTIAL if result.rejected else EXIT_OK


def export_enterprises(services: Services, args: argparse.Namespace) -> int:
    try:
        result = enterprise_files.export_enterprises(services, args.file)
    except HuhangError as exc:
        print(f"{exc.message()}。未导出。", file=sys.stderr)
        return EXIT_USAGE
    print(f"已导出 {result.count} 家企业到 {result.path}")
    return EXIT_OK


def export_ledger(services: Services, args: argparse.Namespace) -> int:
    progress = _Progress("正在导出", "条")
    try:
        result = ledger_files.export_ledger(services, args.file, progress=progress,
                                            status_sheets=not args.single_sheet)
    except HuhangError as exc:
        progress.finish()
        print(f"{exc.message()}。未导出。", file=sys.stderr)
        return EXIT_USAGE
    progress.finish()
    print(f"已导出 {result.count} 条台账到 {result.path}")
    return EXIT_OK


def make_demo(services: Services, args: argparse.Namespace) -> int:
    progress = _Progress("正在生成", "条")
    counts = demo_data.generate(services, enterprises=args.enterprises, visits=args.visits,
                                ledger=args.ledger, letters=args.letters, seed=args.seed, progress=progress)
    progress.finish()
    earlier = counts["enterprises_existing"]
    existing = f"（另有 {earlier} 家此前已生成）" if earlier else ""
    ledger = f"，另有各办理状态的台账条目 {counts['ledger']} 条" if args.ledger else ""
    ledger += f"，文书 {counts['letters']} 件" if counts["letters"] else ""
    print(f"已生成演示数据（随机种子 {args.seed}）：企业 {counts['enterprises']} 家{existing}，"
          f"走访记录 {counts['visits']} 条，由走访诉求生成的台账条目 {counts['ledger_entries']} 条{ledger}。")
    if (args.visits and not counts["visits"]) or (args.ledger and not counts["ledger"]):
        print("没有企业可以关联走访记录或台账：请同时生成企业（--enterprises N）。", file=sys.stderr)
    return EXIT_OK
