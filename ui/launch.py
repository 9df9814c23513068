"""The ``huhang`` console script: a subcommand runs the command line, none opens the desktop app.

Qt is imported only when the window opens, so scripts and servers without a display can use the CLI.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Sequence

from app import cli


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.build_parser().parse_args(argv)
    if args.command is not None:
        if hasattr(signal, "SIGPIPE"):  # `huhang stats | head` ends quietly, as command-line tools do
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        return cli.main(argv)
    from ui.application import run  # noqa: PLC0415  (Qt only for the window)

    return run(data_dir=args.data_dir)


if __name__ == "__main__":
    sys.exit(main())
