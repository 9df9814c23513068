"""Identifiers and timestamps made on the device.

Ids are UUIDv7 (RFC 9562): time-ordered, so new rows cluster at the end of an index, and unique
without asking a server. Timestamps are UTC ISO-8601 strings with milliseconds, which sort as text.
"""

from __future__ import annotations

import os
import threading
import time
import uuid
from datetime import UTC, datetime

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A UUIDv7 string; monotonic within this process even when the clock stalls."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # 12-bit sequence exhausted: borrow the next millisecond
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80
        value |= 0x7 << 76
        value |= _counter << 64
        value |= 0b10 << 62
        value |= rand_b
    return str(uuid.UUID(int=value))


def uuid7_time_ms(value: str) -> int:
    """The millisecond timestamp embedded in a UUIDv7."""
    return uuid.UUID(value).int >> 80


def utc_now() -> str:
    """Now, as stored: ``2026-12-03T05:38:12.345Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
