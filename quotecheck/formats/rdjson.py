"""``rdjson`` and ``rdjsonl``: reviewdog Diagnostic Format.

``rdjson`` is one ``DiagnosticResult`` object (``source`` and ``diagnostics``); ``rdjsonl`` is
one ``Diagnostic`` object per line.  Each diagnostic has ``message``, ``location.path``
(relative to the repository root), ``location.range`` with 1-based ``line``/``column``
positions whose columns count **UTF-8 bytes** and whose end is exclusive, ``severity``
(``ERROR``/``WARNING``/``INFO``), ``source.name`` ``quotecheck`` and ``code.value`` (the QC
code).  The verdict finding of a quote with a fix (:mod:`quotecheck.fixes`) carries it as
``suggestions``: the source's words for the range of the quote's words.  An article that
could not be read gets a diagnostic with code ``QC000`` and no range (the whole file).

:func:`render` gives ``rdjson`` and :func:`render_lines` ``rdjsonl``.  The format registry
maps a name to a module with a ``render`` function, so this module also registers a small
module object ``quotecheck.formats.rdjson.rdjsonl`` in :data:`sys.modules` whose ``render`` is
:func:`render_lines` (the way ``os`` provides ``os.path``); ``importlib.import_module`` finds
it after importing this module.
"""

from __future__ import annotations

import json
import sys
import types
from typing import TYPE_CHECKING, Any

from quotecheck.formats._common import Item, Position, collect, message_with_place
from quotecheck.formats.jsonlines import dumps_line
from quotecheck.models import Level, Report

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions

_SEVERITIES = {Level.ERROR: "ERROR", Level.WARNING: "WARNING", Level.INFO: "INFO"}


def _position(pos: Position) -> dict[str, int]:
    return {"line": pos.line, "column": pos.column_utf8}


def diagnostic(item: Item, source_name: str = "quotecheck") -> dict[str, Any]:
    """The reviewdog ``Diagnostic`` for one item."""
    location: dict[str, Any] = {"path": item.path}
    if not item.tool_error:
        location["range"] = {"start": _position(item.start), "end": _position(item.end)}
    out: dict[str, Any] = {
        "message": message_with_place(item),
        "location": location,
        "severity": _SEVERITIES[item.level],
        "source": {"name": source_name},
        "code": {"value": item.code},
    }
    if item.suggestion is not None:
        # reviewdog posts it as a GitHub suggested change in a pull-request review.
        fix = item.suggestion
        out["suggestions"] = [
            {
                "range": {"start": _position(fix.start), "end": _position(fix.end)},
                "text": fix.fix.replacement,
            }
        ]
    return out


def diagnostic_result(report: Report, options: FormatOptions) -> dict[str, Any]:
    """The reviewdog ``DiagnosticResult`` of ``report`` as a JSON-ready dict."""
    name = report.tool.name
    return {
        "source": {"name": name},
        "diagnostics": [diagnostic(item, name) for item in collect(report, options.root)],
    }


def render(report: Report, options: FormatOptions) -> str:
    """``rdjson``: one ``DiagnosticResult`` object (indented JSON)."""
    return json.dumps(diagnostic_result(report, options), ensure_ascii=False, indent=2) + "\n"


def render_lines(report: Report, options: FormatOptions) -> str:
    """``rdjsonl``: one ``Diagnostic`` per line; the empty string when there are none."""
    name = report.tool.name
    items = collect(report, options.root)
    return "".join(dumps_line(diagnostic(item, name)) + "\n" for item in items)


rdjsonl = types.ModuleType(f"{__name__}.rdjsonl", "reviewdog rdjsonl: one Diagnostic per line.")
"""The ``rdjsonl`` format as a module: its ``render`` is :func:`render_lines`."""
setattr(rdjsonl, "render", render_lines)  # noqa: B010 - ModuleType attributes are dynamic
sys.modules[rdjsonl.__name__] = rdjsonl
