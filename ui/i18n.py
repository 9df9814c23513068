"""Loading the translations: ours (English source → Simplified Chinese) and Qt's own.

Qt's ``qtbase_zh_CN.qm`` makes the standard dialogs (file dialogs, message box buttons, the colour of
"OK" and "Cancel") speak Chinese too. The language is read once at start; switching it in the settings
page takes effect on the next start, which is simpler and safer than re-translating live widgets.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

import resources
from ui.ui_state import ui_language

_installed: list[QTranslator] = []
_current = "zh_CN"


def app_translation_file() -> str:
    return str(resources.path("translations", "huhang_zh_CN.qm"))


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators for ``language`` (default: the stored choice); returns them."""
    global _current
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = language or ui_language()
    if _current == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    if ours.load(app_translation_file()):
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return list(_installed)


def message_lang() -> str:
    """The language code the core's messages take: "zh" or "en" (see ``Problem.message``)."""
    return "en" if _current == "en" else "zh"


_PLACEHOLDER = re.compile(r"%(\d)")


def fill(template: str, *values: object) -> str:
    """Put ``values`` into a translated template's %1, %2…, in one pass (Qt's ``arg`` for Python).

    One pass matters: a file name that itself contains "%2" must not be filled in again.
    """
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values) else m.group(0),
        template,
    )
