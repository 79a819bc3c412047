"""Hostile shapes grown from n to 4n through the whole per-article path of ``quotecheck check``
(reading, front matter, declared sources, extraction with spaCy, matching, scoring, rule engine,
suppressions, baseline keys) and every output format: the work must grow about 4 times, not 16.

Work is counted, not timed: Python line events executed in the package (deterministic), and
the CPU time of the run compared between the two sizes of one run (for the C code of spaCy,
which line events do not see) with a wide margin.  ``tests/fuzz/hostile.py`` prints the same
shapes with their times at larger sizes.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import quotecheck

PACKAGE = str(Path(quotecheck.__file__).resolve().parent)
sys.path.insert(0, str(Path(__file__).resolve().parent / "fuzz"))

from hostile import SHAPES, run_once  # noqa: E402


def python_work(fn: Callable[[], object]) -> int:
    """Python line events ``fn`` executes inside the quotecheck package."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def tracer(frame: Any, event: str, arg: Any) -> Any:
        if event == "call" and frame.f_code.co_filename.startswith(PACKAGE):
            return local
        return None

    old = sys.gettrace()
    sys.settrace(tracer)
    try:
        fn()
    finally:
        sys.settrace(old)
    return count


def _cpu(fn: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(2):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


SIZES = {"declared": (2_000, 8_000), "invisible": (1_500, 6_000)}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_hostile_shapes_grow_linearly(nlp: Any, tmp_path: Path, shape: str) -> None:
    """Every shape of ``tests/fuzz/hostile.py``: 4 times the input costs at most ~5 times the
    Python work, and (CPU time, a loose bound against a quadratic C step) at most 10 times."""
    small, large = SIZES.get(shape, (3_000, 12_000))
    make = SHAPES[shape]

    def run(n: int) -> Callable[[], object]:
        folder = tmp_path / f"{shape}-{n}"
        folder.mkdir(exist_ok=True)
        text = make(n)
        return lambda: run_once(text, folder)

    run(small)()  # warm the caches of the first call (alias table, pipeline code paths)
    work = python_work(run(small)), python_work(run(large))
    assert work[1] <= 4 * work[0] * 1.3, work
    cpu = _cpu(run(small)), _cpu(run(large))
    assert cpu[1] <= 10 * max(cpu[0], 0.02), cpu
