"""Starting the desktop program: Qt application, translations, the profile, the main window.

:func:`create_main_window` builds a window on an open :class:`~app.services.Services` without running
the event loop, so tests get exactly the window officers get.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services import Services, open_services
from ui import ui_state
from ui.context import AppContext
from ui.crash import install_excepthook, setup_logging
from ui.data_jobs import offer_demo_data
from ui.i18n import fill, install_translators
from ui.icons import app_icon
from ui.main_window import MainWindow
from ui.style import STYLE_SHEET

log = logging.getLogger("huhang")


def create_main_window(services: Services) -> MainWindow:
    """The main window on ``services``; call ``window.ctx.shutdown()`` after closing it."""
    window = MainWindow(AppContext.create(services))
    window.setStyleSheet(STYLE_SHEET)
    return window


def _application() -> QApplication:
    if sys.platform != "win32" and not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")):
        # With no locale Qt falls back to ASCII: it warns, and Chinese file names come out garbled.
        os.environ["LC_CTYPE"] = "C.UTF-8"
    QApplication.setOrganizationName(ui_state.ORGANIZATION)
    QApplication.setApplicationName(ui_state.APPLICATION)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setWindowIcon(app_icon())
    return app


def run(data_dir: Path | None = None) -> int:
    """Open the profile in ``data_dir`` (the default profile when None) and run until the window closes."""
    app = _application()
    install_translators(app)
    try:
        services = open_services(data_dir)
    except Exception as exc:  # an unusable data directory is the officer's to fix, not a crash
        log.exception("cannot open the data directory")
        QMessageBox.critical(
            None,
            app.translate("Application", "Huhang"),
            fill(app.translate("Application", "The data directory cannot be opened:\n%1"), str(exc)),
        )
        return 1
    install_excepthook(setup_logging(services.store.data_dir))
    log.info("started on %s", services.store.data_dir)
    window = create_main_window(services)
    window.show()
    QTimer.singleShot(0, lambda: offer_demo_data(window))  # once the window is on screen
    try:
        return app.exec()
    finally:
        window.ctx.shutdown()
        services.close()
