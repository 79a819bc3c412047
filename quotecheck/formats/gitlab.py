"""``gitlab``: a GitLab Code Quality report (a JSON list of Code Climate issues).

Each issue has ``description`` (``QC101 altered-wording: message``), ``check_name`` (the code),
``fingerprint`` (content-based, unique within the report, stable across edits elsewhere in the
article), ``severity`` and ``location`` with ``path`` (relative to the repository root) and
``lines.begin``/``lines.end``.

Severities: info → ``info``, warning → ``minor``, error → ``major``; an article that could not
be read (``QC000``) → ``critical``.  ``blocker`` is not used.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from quotecheck.formats._common import Item, collect
from quotecheck.models import Level, Report

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions

_SEVERITIES = {Level.INFO: "info", Level.WARNING: "minor", Level.ERROR: "major"}
TOOL_ERROR_SEVERITY = "critical"
"""Severity of an unreadable article."""


def severity(item: Item) -> str:
    """The Code Quality severity of an item."""
    return TOOL_ERROR_SEVERITY if item.tool_error else _SEVERITIES[item.level]


def issue(item: Item) -> dict[str, Any]:
    """The Code Quality issue for one item."""
    return {
        "description": f"{item.code} {item.name}: {item.message}",
        "check_name": item.code,
        "fingerprint": item.fingerprint,
        "severity": severity(item),
        "location": {
            "path": item.path,
            "lines": {"begin": item.start.line, "end": max(item.end.line, item.start.line)},
        },
    }


def render(report: Report, options: FormatOptions) -> str:
    """The Code Quality report of ``report`` (``[]`` when there are no findings)."""
    issues = [issue(item) for item in collect(report, options.root)]
    return json.dumps(issues, ensure_ascii=False, indent=2) + "\n"
