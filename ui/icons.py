"""Icons: the application's shield and the navigation icons, drawn as small SVG files we ship."""

from __future__ import annotations

from PySide6.QtGui import QIcon

import resources


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg`` as an icon (empty if the file is missing)."""
    path = resources.path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("huhang")
