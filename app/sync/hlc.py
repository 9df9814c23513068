"""Hybrid logical clock stamps for outbox operations.

A stamp is ``<13-digit ms>:<4-digit counter>:<device id>``: it sorts as text, never goes backwards on
one device even if the wall clock does, and ties between devices break on the device id. The server
orders by its own sequence; the stamp only decides last-writer-wins between concurrent field edits.
"""

from __future__ import annotations

import threading
import time


class Clock:
    def __init__(self, device_id: str, last: str | None = None) -> None:
        self.device_id = device_id
        self._lock = threading.Lock()
        self._ms, self._counter = 0, 0
        if last:
            ms, counter, _ = last.split(":", 2)
            self._ms, self._counter = int(ms), int(counter)

    def now(self) -> str:
        with self._lock:
            wall = time.time_ns() // 1_000_000
            if wall > self._ms:
                self._ms, self._counter = wall, 0
            else:
                self._counter += 1
            return f"{self._ms:013d}:{self._counter:04d}:{self.device_id}"
