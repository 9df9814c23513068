"""Huhang core: domain rules, the local store, letters and sync. Never imports Qt."""

__version__ = "0.1.0"
