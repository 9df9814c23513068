"""Benchmarks: each module measures one area against a baseline run in the same process and prints ratios.

Run one with ``python -m bench.<module>`` or all with ``python -m bench``. They are not tests: timings depend
on the machine, so they print numbers for a person (and docs/benchmarks.md) rather than assert on them.
"""
