"""A cooperative per-file time budget.

:func:`time_budget` sets a deadline for the analysis of one file; the pipeline's loops call
:func:`checkpoint`, which raises :class:`~quotecheck.errors.TimeBudgetExceeded` (naming the
file, the stage and the limit) once the deadline has passed.  Nothing is interrupted from
outside: a stage that runs in one call into C code (the spaCy pipeline over one document, one
regular expression) finishes that call first, and is bounded by the size limits instead
(``max_file_bytes``, ``max_quote_chars`` and the pipeline's ``max_length``).

The deadline lives in a context variable, so threads and nested calls each see their own and
code that never sets one pays one lookup per check.

This module imports nothing from the rest of the package but :mod:`quotecheck.errors`.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from quotecheck.errors import TimeBudgetExceeded

__all__ = ["Deadline", "checkpoint", "time_budget"]


@dataclass(frozen=True)
class Deadline:
    """When the analysis of ``path`` must stop, and the budget it was given."""

    path: str
    seconds: float
    at: float
    clock: Callable[[], float]

    def check(self, stage: str) -> None:
        """Raise :class:`TimeBudgetExceeded` if the deadline has passed."""
        if self.clock() > self.at:
            raise TimeBudgetExceeded(
                f"analysis took longer than the per-file time budget of {self.seconds:g} s "
                f"(stopped while {stage}); raise 'time-budget' in [tool.quotecheck], or split "
                "the file",
                path=self.path,
            )


def _clock() -> float:
    """The clock deadlines are measured on (tests replace it to run out of time at will)."""
    return time.monotonic()


_CURRENT: ContextVar[Deadline | None] = ContextVar("quotecheck_deadline", default=None)


def checkpoint(stage: str) -> None:
    """Raise :class:`TimeBudgetExceeded` when the current file is over its budget."""
    deadline = _CURRENT.get()
    if deadline is not None:
        deadline.check(stage)


@contextmanager
def time_budget(
    seconds: float | None, *, path: str, clock: Callable[[], float] | None = None
) -> Iterator[Deadline | None]:
    """Within the block, :func:`checkpoint` enforces ``seconds`` for ``path`` (None: no limit).

    An enclosing budget that ends earlier stays in force.
    """
    outer = _CURRENT.get()
    if seconds is None:
        yield outer
        return
    now = clock or _clock
    deadline = Deadline(path, seconds, now() + seconds, now)
    if outer is not None and outer.at <= deadline.at:
        deadline = outer
    token = _CURRENT.set(deadline)
    try:
        yield deadline
    finally:
        _CURRENT.reset(token)
