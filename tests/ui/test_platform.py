"""Guards against Qt binding bugs that would crash officers' laptops rather than fail a test politely."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    ping = Signal()


def test_signal_emit_keeps_reference_counts() -> None:
    # PySide6 6.12.0 drops a reference to True on every emit(); on Python 3.11 the interpreter aborts after a
    # few hundred. pyproject.toml excludes that release; this catches a future one with the same bug.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(50):
        emitter.ping.emit()
    assert sys.getrefcount(True) >= before - 5
