"""Letter commands: ``huhang letter render|verify|list``."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``letter`` and its actions to the ``huhang`` parser."""
