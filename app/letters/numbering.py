"""文号 (letter numbers): formatting, parsing and allocating the next sequence number.

A number is prefix + year in 〔〕 + sequence + 号, e.g. 穗天纪建〔2026〕7号 (GB/T 9704-2012: full year,
hexagonal brackets, no 第, no leading zeros). Numbers must be unique within a unit even when several
officers issue letters offline, so a device only ever allocates from blocks of sequence numbers reserved
for it:

* A profile **enrolled** with a server allocates only from the blocks the server reserved for this device (per
  unit, letter kind and year). When they are used up, :func:`allocate` returns None and the letter waits as
  “ready to issue” until the device reserves a new block online.
* A profile **not enrolled** (there is no server yet, or the office works standalone) is the only issuer
  for its unit, so it gets one implicit block covering every sequence (:func:`implicit_block`).

:func:`allocate` is pure: the store passes in the blocks and the sequences already used, and records the
result in the same transaction as the issued letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_SEQUENCE = 999_999  # far beyond any unit's yearly output; keeps the implicit block finite

_NUMBER = re.compile(
    r"^\s*(?P<prefix>.+?)\s*[〔［\[(（](?P<year>\d{4})[〕］\])）]\s*第?\s*(?P<seq>\d+)\s*号\s*$"
)


def format_number(prefix: str, year: int, seq: int) -> str:
    """穗天纪建〔2026〕7号 from ("穗天纪建", 2026, 7)."""
    prefix = prefix.strip()
    if not prefix:
        raise ValueError("a letter number needs a prefix")
    if not 1000 <= year <= 9999:
        raise ValueError(f"year {year} is not a four-digit year")
    if seq < 1:
        raise ValueError(f"sequence {seq} must be at least 1")
    return f"{prefix}〔{year}〕{seq}号"


@dataclass(frozen=True)
class LetterNumber:
    """The parts of a 文号."""

    prefix: str
    year: int
    seq: int

    def __str__(self) -> str:
        return format_number(self.prefix, self.year, self.seq)


def parse_number(text: str) -> LetterNumber | None:
    """The parts of a number as people type it, or None.

    Lenient about what is commonly mistyped — square or round brackets instead of 〔〕, a stray 第, leading
    zeros — so that a search or an import finds the letter; ``str()`` of the result is the correct form.
    """
    match = _NUMBER.match(text or "")
    if match is None:
        return None
    seq = int(match["seq"])
    if seq < 1:
        return None
    return LetterNumber(match["prefix"], int(match["year"]), seq)


@dataclass(frozen=True)
class NumberBlock:
    """Sequences ``first``…``last`` (inclusive) reserved for this device: one unit, letter kind and year."""

    unit: str
    kind: str
    year: int
    first: int
    last: int

    def __contains__(self, seq: object) -> bool:
        return isinstance(seq, int) and self.first <= seq <= self.last


def implicit_block(unit: str, kind: str, year: int) -> NumberBlock:
    """The block of a profile not enrolled with a server: every sequence, as it is its unit's only issuer."""
    return NumberBlock(unit, kind, year, 1, MAX_SEQUENCE)


def blocks_for(
    *, enrolled: bool, server_blocks: Iterable[NumberBlock], unit: str, kind: str, year: int
) -> list[NumberBlock]:
    """The blocks a profile may allocate from: the server's when enrolled, else the implicit one."""
    if not enrolled:
        return [implicit_block(unit, kind, year)]
    return [b for b in server_blocks if (b.unit, b.kind, b.year) == (unit, kind, year)]


def allocate(blocks: Iterable[NumberBlock], used: set[int] | int, year: int) -> int | None:
    """The next sequence to issue in ``year``, or None when none can be allocated safely.

    ``used`` is either the set of sequences already issued for this unit, kind and year (from any device, as
    far as this one knows) or just the highest of them. Allocation never goes back: the result is the
    smallest sequence in a block that is above every used sequence inside this device's blocks, so a number
    that was skipped (a failed print, a crash after allocation) is never handed out a second time. Sequences
    used by other devices outside our blocks do not matter — blocks never overlap across devices.
    """
    ranges = sorted((b.first, b.last) for b in blocks if b.year == year and b.first <= b.last)
    if not ranges:
        return None
    if isinstance(used, int):
        floor = used
    else:
        mine = [seq for seq in used if any(first <= seq <= last for first, last in ranges)]
        floor = max(mine, default=0)
    for first, last in ranges:
        candidate = max(first, floor + 1)
        if candidate <= last:
            return candidate
    return None
