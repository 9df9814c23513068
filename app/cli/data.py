"""Data commands: import, export and demo data."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``import``, ``export`` and ``demo`` to the ``huhang`` parser."""
