"""``concise``: one line per finding, ``path:line:col: QC101 [error] rule-name: message``.

Sorted by path, line, column and code.  Columns are 1-based code points.  An article that
could not be read appears as ``path:1:1: QC000 [error] <why>``.  Line breaks inside a message
become spaces, so every finding is exactly one line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quotecheck.formats._common import Item, collect, display_path, one_line
from quotecheck.models import Report

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions


def format_item(item: Item) -> str:
    """The concise line for one item (without a line break)."""
    path = display_path(item.path)
    where = f"{path}:{item.start.line}:{item.start.column}"
    name = f"{item.name}: " if item.name else ""
    return f"{where}: {item.code} [{item.level.value}] {name}{one_line(item.message)}"


def render(report: Report, options: FormatOptions) -> str:
    """Every finding of ``report``, one per line; the empty string when there are none."""
    return "".join(format_item(item) + "\n" for item in collect(report, options.root))
