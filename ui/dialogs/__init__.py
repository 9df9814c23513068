"""Dialogs. Each has a classmethod that shows it and returns the answer, which tests replace."""
