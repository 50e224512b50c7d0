"""Timing helpers shared by the benchmarks; the password their data directories open with."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("INSPECTOR_PASSWORD", "benchmark-pass")  # every data directory is encrypted


def seconds(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_seconds(fn: Callable[[], object], repeat: int = 21) -> float:
    fn()  # warm caches
    return statistics.median(seconds(fn) for _ in range(repeat))
