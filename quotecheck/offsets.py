"""Code-point offsets to 1-based line and column numbers.

Every offset quotecheck reports is a code point into the raw text (see docs/architecture.md,
Offsets); findings and suppressions show them as line:column.  :func:`line_starts` is O(n)
once per text, :func:`position` O(log lines) per offset.

This module imports nothing from the rest of quotecheck.
"""

from __future__ import annotations

import bisect
import re

__all__ = ["line_starts", "position"]

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts(text: str) -> list[int]:
    """Offsets at which each line starts (for 1-based line/column conversion)."""
    return [0] + [m.end() for m in _LINE_BREAK.finditer(text)]


def position(starts: list[int], offset: int) -> tuple[int, int]:
    """1-based (line, column) of a code-point offset."""
    line = bisect.bisect_right(starts, offset)
    return line, offset - starts[line - 1] + 1
