"""Run every benchmark module in this package (each one that defines ``main(argv)``)."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent
    status = 0
    for module in sorted(m.name for m in pkgutil.iter_modules([str(here)]) if not m.name.startswith("_")):
        bench = importlib.import_module(f"bench.{module}")
        run = getattr(bench, "main", None)
        if run is None:
            continue
        print(f"== bench.{module}", flush=True)
        status |= int(run(argv if argv is not None else []) or 0)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
