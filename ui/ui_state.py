"""Per-machine UI state kept in QSettings: window geometry, list sort/filters/columns, UI language.

Only things that belong to this screen on this machine live here; anything that affects records,
documents or sync is a setting in the database behind :mod:`app.services`. The file is an INI file
under the user's configuration directory, so tests can point it at a temporary directory with
``QSettings.setPath``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

ORGANIZATION = "Huhang"
APPLICATION = "Huhang"

LANGUAGES = ("zh_CN", "en")
DEFAULT_LANGUAGE = "zh_CN"


def ui_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)


def ui_language() -> str:
    """The chosen UI language ("zh_CN" or "en"); Chinese unless the officer chose English."""
    value = str(ui_settings().value("ui/language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_ui_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported UI language {language!r}")
    settings = ui_settings()
    settings.setValue("ui/language", language)
    settings.sync()


def load(key: str, default: Any = None) -> Any:
    return ui_settings().value(key, default)


def save(**values: Any) -> None:
    """Store several values at once; keys may contain slashes (``save(**{"lists/x/sort": "name"})``)."""
    settings = ui_settings()
    for key, value in values.items():
        settings.setValue(key, value)
    settings.sync()
