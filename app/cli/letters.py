"""Letter commands: ``huhang letter render --spec FILE.json -o OUT.pdf``.

Rendering from a spec file stores nothing; it is for checking a layout, for scripts and for support. The
commands that work on stored letters (list, render by id, verify a file) come with the letter records.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from app.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE
from app.errors import HuhangError
from app.services import Services

# Problems with the spec file itself: the input could not be used at all, so exit 2 like a usage error.
_INPUT_CODES = ("letter.spec_", "letter.date", "letter.required", "choice", "validation", "file.")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``letter`` and its actions to the ``huhang`` parser."""
    letter = sub.add_parser("letter", help="文书（监督建议书、提醒函、联合体检通知单）")
    actions = letter.add_subparsers(dest="letter_action", metavar="ACTION", required=True)
    render = actions.add_parser("render", help="按JSON规格文件生成PDF（不保存为文书记录）")
    render.add_argument("--spec", type=Path, required=True, metavar="FILE.json", help="文书规格（JSON）")
    render.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="输出的PDF文件")
    render.add_argument(
        "--official-fonts",
        action="store_true",
        help="优先使用已安装的正式字体（方正小标宋、仿宋_GB2312、黑体、楷体）",
    )
    render.set_defaults(run=_render)


def _render(services: Services, args: argparse.Namespace) -> int:
    # Imported here so that other commands do not pay for loading reportlab.
    from app.letters.fonts import FontSet
    from app.letters.render import render
    from app.letters.spec import ensure_complete, spec_from_json

    try:
        data = _read_json(args.spec)
        spec = spec_from_json(data)
        ensure_complete(spec)
    except HuhangError as exc:
        print(exc.message(), file=sys.stderr)
        return EXIT_USAGE if exc.code.startswith(_INPUT_CODES) else EXIT_FAILED
    try:
        fonts = FontSet.choose(official=args.official_fonts)
        pdf = render(spec, fonts)
    except HuhangError as exc:  # characters no font covers, missing fonts: explained, nothing written
        print(exc.message(), file=sys.stderr)
        return EXIT_FAILED
    try:
        _write(args.output, pdf)
    except OSError as exc:
        print(
            HuhangError("letter.output_unwritable", path=str(args.output), reason=str(exc)).message(),
            file=sys.stderr,
        )
        return EXIT_FAILED
    if args.official_fonts:
        for line in fonts.describe():
            print(line, file=sys.stderr)
    print(f"已生成 {args.output}")
    return EXIT_OK


def _read_json(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise HuhangError("file.unreadable", path=str(path), reason=str(exc)) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise HuhangError(
            "letter.spec_json", path=str(path), line=exc.lineno, column=exc.colno, reason=exc.msg
        ) from exc


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file and rename, so a reader never sees half a PDF."""
    temporary = path.with_name(path.name + ".part")
    temporary.write_bytes(data)
    os.replace(temporary, path)
