"""Files the program ships with: fonts, icons, translations, letter templates.

Code finds them through :func:`path` rather than relative to ``__file__`` so that the same call works
from a source checkout, an installed wheel and a PyInstaller bundle (where data files are unpacked
under ``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path

_HERE = Path(__file__).resolve().parent


def root() -> Path:
    """The directory holding the resources: ``<bundle>/resources`` when frozen, else this package."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        frozen = Path(bundle) / "resources"
        if frozen.is_dir():
            return frozen
    return _HERE


def path(*parts: str) -> Path:
    """The path of a shipped file, e.g. ``path("translations", "huhang_zh_CN.qm")``."""
    return root().joinpath(*parts)
