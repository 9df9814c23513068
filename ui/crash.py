"""Unexpected errors: log the traceback, then tell the officer in plain words (with the details folded).

Expected failures are :class:`~app.errors.HuhangError` and are explained where they happen; anything
reaching this hook is a bug. The dialog says where the log is, so the officer can send it on.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import HuhangError
from ui.i18n import fill, message_lang

log = logging.getLogger("huhang")
translate = QCoreApplication.translate
LOG_NAME = "huhang.log"


def setup_logging(data_dir: Path) -> Path:
    """Log to ``<data dir>/logs/huhang.log`` (rotated, 5 × 1 MB); returns the file's path."""
    directory = data_dir / "logs"
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_NAME
    handler = RotatingFileHandler(path, maxBytes=1 << 20, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


class CrashDialog:
    @classmethod
    def show_crash(cls, parent: QWidget | None, details: str, log_path: Path | None) -> None:
        text = translate(
            "CrashDialog",
            "Huhang ran into an unexpected problem. Records saved before it "
            "are safe; what you were doing just now may not have been saved.",
        )
        if log_path is not None:
            text += "\n\n" + fill(
                translate(
                    "CrashDialog",
                    "The details were written to %1. Please send that file to your administrator.",
                ),
                str(log_path),
            )
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            translate("CrashDialog", "Unexpected error"),
            text,
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setDetailedText(details)
        box.exec()


class _Hook:
    def __init__(self, log_path: Path | None) -> None:
        self.log_path = log_path
        self._showing = False

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error\n%s", details)
        app = QApplication.instance()
        if app is None or self._showing:
            if sys.__stderr__ is not None:
                sys.__stderr__.write(details)
            return
        self._showing = True
        try:
            if isinstance(exc, HuhangError):  # an expected failure nobody caught: still say it plainly
                QMessageBox.warning(None, translate("CrashDialog", "Huhang"), exc.message(message_lang()))
            else:
                CrashDialog.show_crash(QApplication.activeWindow(), details, self.log_path)
        finally:
            self._showing = False


def install_excepthook(log_path: Path | None) -> None:
    hook = _Hook(log_path)
    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # Not on the GUI thread: log only; the work's owner reports failures through its signals.
        details = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
        log.error("unexpected error in thread %s\n%s", args.thread, details)

    threading.excepthook = thread_hook
