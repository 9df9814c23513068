"""Exit codes and small helpers every command shares."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from app.services import Services

EXIT_OK = 0  # done
EXIT_FAILED = 1  # an expected failure, explained on stderr
EXIT_USAGE = 2  # bad arguments or an input that could not be read at all; nothing changed
EXIT_PARTIAL = 3  # done in part (some rows rejected); the rest applied

Command = Callable[[Services, argparse.Namespace], int]
