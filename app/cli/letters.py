"""Letter commands: ``huhang letter render|list|verify``.

Rendering from a spec file stores nothing; it is for checking a layout, for scripts and for support.
``render ID`` writes a stored letter (the issued original for an issued one, a preview for a draft);
``verify`` tells whether a PDF is byte for byte the issued letter whose number it carries.
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
    render = actions.add_parser("render", help="生成PDF：按JSON规格文件（不保存），或输出已保存的文书")
    render.add_argument("letter_id", nargs="?", metavar="ID", help="已保存文书的ID（与 --spec 二选一）")
    render.add_argument("--spec", type=Path, metavar="FILE.json", help="文书规格（JSON）")
    render.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.pdf", help="输出的PDF文件")
    render.add_argument(
        "--official-fonts",
        action="store_true",
        help="优先使用已安装的正式字体（方正小标宋、仿宋_GB2312、黑体、楷体）",
    )
    render.set_defaults(run=_render)
    listing = actions.add_parser("list", help="列出文书")
    listing.add_argument("--json", action="store_true", help="以 JSON 输出")
    listing.add_argument("--status", help="只列出该状态（草稿、已签发、已送达、已反馈、已办结）")
    listing.set_defaults(run=_list)
    check = actions.add_parser("verify", help="核验PDF是否为本机签发的文书原件")
    check.add_argument("pdf", type=Path, metavar="FILE.pdf")
    check.set_defaults(run=_verify)


def _list(services: Services, args: argparse.Namespace) -> int:
    rows = services.letters(status=args.status)
    keys = ("id", "kind", "number", "status", "title", "addressee", "letter_date", "deadline", "issued_at",
            "delivered_on", "reply_on", "closed_on", "reply_overdue", "supersedes_id", "superseded_by",
            "pdf_sha256")
    if args.json:
        print(json.dumps([{k: row[k] for k in keys} for row in rows], ensure_ascii=False, indent=2))
        return EXIT_OK
    for row in rows:
        late = "  回复逾期" if row["reply_overdue"] else ""
        print(f"{row['id']}  {row['status']}  {row['number'] or '（未编号）'}  {row['title']}{late}")
    print(f"共 {len(rows)} 件文书")
    return EXIT_OK


def _verify(services: Services, args: argparse.Namespace) -> int:
    verdict = services.verify_letter_file(args.pdf)
    message = HuhangError(verdict.code, number=verdict.number, issued_at=verdict.issued_at).message()
    print(message, file=sys.stdout if verdict.ok else sys.stderr)
    return EXIT_OK if verdict.ok else EXIT_FAILED


def _render_stored(services: Services, args: argparse.Namespace) -> int:
    pdf = services.preview_letter(args.letter_id)
    try:
        _write(args.output, pdf)
    except OSError as exc:
        print(HuhangError("letter.output_unwritable", path=str(args.output), reason=str(exc)).message(),
              file=sys.stderr)
        return EXIT_FAILED
    print(f"已生成 {args.output}")
    return EXIT_OK


def _render(services: Services, args: argparse.Namespace) -> int:
    # Imported here so that other commands do not pay for loading reportlab.
    from app.letters.fonts import FontSet
    from app.letters.render import render
    from app.letters.spec import ensure_complete, spec_from_json

    if (args.letter_id is None) == (args.spec is None):
        print("请给出文书ID或 --spec 规格文件（二选一）", file=sys.stderr)
        return EXIT_USAGE
    if args.letter_id is not None:
        return _render_stored(services, args)
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
