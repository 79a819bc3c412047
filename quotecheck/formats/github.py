"""``github``: GitHub Actions workflow commands, which GitHub shows as annotations.

One line per finding::

    ::error file=articles/a.md,line=3,col=5,endLine=3,endColumn=42,title=QC101 altered-wording::msg

``error``, ``warning`` and ``notice`` for our error, warning and info levels; errors come first,
then warnings, then notices, each group ordered by path, line, column and code.  Columns are
1-based code points, the end column exclusive.  GitHub annotations support columns only within
one line, so a finding that spans lines gets ``line``/``endLine`` without columns.  Escaping is
GitHub's: ``%`` → ``%25``, CR → ``%0D``, LF → ``%0A`` everywhere, and in property values also
``:`` → ``%3A`` and ``,`` → ``%2C``.

:func:`render` is pure.  The Markdown job summary is a separate step: :func:`step_summary`
builds it and :func:`write_step_summary` appends it to a file (the CLI passes
``$GITHUB_STEP_SUMMARY``; :func:`write_step_summary_from_env` does that lookup itself).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from quotecheck.formats._common import Item, collect, count_levels, visible_controls
from quotecheck.models import Level, Report

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions

SUMMARY_ENV = "GITHUB_STEP_SUMMARY"
"""Environment variable naming the job summary file."""
SUMMARY_MAX_ROWS = 1000
"""Table rows at most in the job summary (GitHub caps a step's summary at 1 MiB)."""

_COMMANDS = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message: ``%``, CR and LF (other controls are shown as ``\\xNN``)."""
    text = visible_controls(text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command property value: as :func:`escape_data`, plus ``:`` and ``,``."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command_for(level: Level) -> str:
    """The workflow command for a level: ``error``, ``warning`` or ``notice``."""
    return _COMMANDS[level]


def format_item(item: Item) -> str:
    """The workflow command line for one item (without a line break)."""
    props = [("file", item.path), ("line", str(item.start.line))]
    if item.start.line == item.end.line:
        props.append(("col", str(item.start.column)))
        props.append(("endLine", str(item.end.line)))
        props.append(("endColumn", str(item.end.column)))
    else:
        props.append(("endLine", str(item.end.line)))
    props.append(("title", f"{item.code} {item.name}"))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{command_for(item.level)} {joined}::{escape_data(item.message)}"


def ordered(items: list[Item]) -> list[Item]:
    """``items`` with errors first, then warnings, then infos, each in path/line order."""
    return sorted(items, key=lambda it: (-it.level.rank, *it.sort_key()))


def render(report: Report, options: FormatOptions) -> str:
    """Workflow commands for every finding; the empty string when there are none."""
    items = ordered(collect(report, options.root))
    return "".join(format_item(item) + "\n" for item in items)


# --------------------------------------------------------------------------- job summary

_MD_BREAKS = re.compile(r"\r\n|[\r\n\x85\u2028\u2029]")
_MD_SPECIAL = str.maketrans(
    {
        "\\": "\\\\",
        "`": "\\`",
        "*": "\\*",
        "_": "\\_",
        "[": "\\[",
        "]": "\\]",
        "|": "\\|",
        "~": "\\~",
        "#": "\\#",
        "&": "&amp;",
        "<": "&lt;",
        ">": "&gt;",
    }
)


def markdown_cell(text: str) -> str:
    """``text`` made safe for one cell of a GitHub Markdown table.

    Markdown and HTML characters are escaped, ``|`` cannot end the cell, and line breaks
    become ``<br>``.
    """
    lines = (line.strip() for line in _MD_BREAKS.split(text))
    return "<br>".join(visible_controls(line).translate(_MD_SPECIAL) for line in lines if line)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def step_summary(report: Report, options: FormatOptions | None = None) -> str:
    """A Markdown job summary: counts, then a table of findings (errors first)."""
    root = options.root if options is not None else None
    items = ordered(collect(report, root))
    counts = count_levels(items)
    n_quotes = sum(len(art.quotes) for art in report.articles)
    checked = f"{_plural(len(report.articles), 'article')}, {_plural(n_quotes, 'quote')} checked"
    lines = [f"### {markdown_cell(report.tool.name)} {markdown_cell(report.tool.version)}", ""]
    if not items:
        lines += [f"No findings ({checked}).", ""]
        return "\n".join(lines)
    lines += [
        f"{_plural(counts[Level.ERROR], 'error')}, {_plural(counts[Level.WARNING], 'warning')}, "
        f"{_plural(counts[Level.INFO], 'notice')} ({checked}).",
        "",
        "| Level | Location | Rule | Message |",
        "| --- | --- | --- | --- |",
    ]
    for item in items[:SUMMARY_MAX_ROWS]:
        location = f"{item.path}:{item.start.line}:{item.start.column}"
        lines.append(
            f"| {command_for(item.level)} | {markdown_cell(location)} "
            f"| {item.code} {markdown_cell(item.name)} | {markdown_cell(item.message)} |"
        )
    if len(items) > SUMMARY_MAX_ROWS:
        lines += ["", f"… and {len(items) - SUMMARY_MAX_ROWS} more findings not shown."]
    lines.append("")
    return "\n".join(lines)


def write_step_summary(
    report: Report, path: str | os.PathLike[str], options: FormatOptions | None = None
) -> None:
    """Append :func:`step_summary` to the file at ``path`` (never overwrites it)."""
    with open(path, "a", encoding="utf-8", newline="\n") as fh:
        fh.write(step_summary(report, options) + "\n")


def write_step_summary_from_env(
    report: Report,
    options: FormatOptions | None = None,
    environ: Mapping[str, str] | None = None,
) -> Path | None:
    """Append the summary to ``$GITHUB_STEP_SUMMARY`` when it is set; return that path."""
    env = os.environ if environ is None else environ
    target = env.get(SUMMARY_ENV, "")
    if not target:
        return None
    write_step_summary(report, target, options)
    return Path(target)
