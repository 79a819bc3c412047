"""``sarif``: SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One run, whose ``tool.driver.rules`` lists every rule of the catalogue (plus ``QC000`` and any
code the report uses that the catalogue lacks), sorted by code so ``ruleIndex`` is stable.

Each result has ``ruleId``, ``ruleIndex``, ``level`` (``error``/``warning``/``note``),
``message.text``, one location whose ``artifactLocation.uri`` is relative to the repository
root (``uriBaseId`` ``%SRCROOT%``) and a region with start and end line and column.  Columns
are 1-based UTF-16 code units (``run.columnKind`` is ``utf16CodeUnits``, SARIF's default),
the end column exclusive.  ``partialFingerprints`` are content-based (see
:func:`quotecheck.formats._common.collect`) under two keys: ``quotecheck/v1`` and
``primaryLocationLineHash``, the key GitHub combines with path and rule to match alerts
across runs — so an alert survives edits elsewhere in the article.

An article that could not be read becomes an ``error`` result with rule ``QC000``
(``article-error``) at line 1, column 1 — GitHub shows results but not notifications in pull
requests — and also a ``toolExecutionNotifications`` entry of the run's invocation, as SARIF
intends for tool problems.  ``executionSuccessful`` stays true: the run itself completed, and
GitHub treats an unsuccessful execution as a failed upload.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote as url_quote

from quotecheck.formats._common import (
    FINGERPRINT_VERSION,
    Item,
    TextCache,
    collect,
    location_label,
    message_with_place,
    rules_for_report,
)
from quotecheck.models import Level, Report
from quotecheck.rules import Rule

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
"""``$schema`` of the log: the OASIS SARIF 2.1.0 (errata 01) JSON schema."""
SRCROOT = "%SRCROOT%"
"""``uriBaseId`` of every path inside the repository root."""
FINGERPRINT_KEY = f"quotecheck/{FINGERPRINT_VERSION}"
"""Our own key in ``partialFingerprints``."""

_LEVELS = {Level.ERROR: "error", Level.WARNING: "warning", Level.INFO: "note"}


def sarif_level(level: Level) -> str:
    """The SARIF ``level`` for a quotecheck level (info becomes ``note``)."""
    return _LEVELS[level]


def artifact_location(path: str) -> dict[str, str]:
    """A SARIF ``artifactLocation`` for a display path.

    Relative paths become percent-encoded relative URIs under :data:`SRCROOT`; absolute paths
    (outside the root) become ``file://`` URIs without a base.
    """
    if os.path.isabs(path):
        return {"uri": Path(path).as_uri()}
    return {"uri": url_quote(path, safe="/"), "uriBaseId": SRCROOT}


def rule_descriptor(rule: Rule) -> dict[str, Any]:
    """The ``reportingDescriptor`` of one rule (GitHub shows its descriptions and help)."""
    help_text = rule.explanation
    help_markdown = f"**{rule.code} {rule.name}** ({rule.level.value}, {rule.family})\n\n"
    help_markdown += rule.explanation
    if rule.passing:
        help_text += f"\n\nPassing example:\n{rule.passing}"
        help_markdown += f"\n\nPassing example:\n\n```text\n{rule.passing}\n```"
    if rule.failing:
        help_text += f"\n\nFailing example:\n{rule.failing}"
        help_markdown += f"\n\nFailing example:\n\n```text\n{rule.failing}\n```"
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation},
        "help": {"text": help_text, "markdown": help_markdown},
        "defaultConfiguration": {"level": sarif_level(rule.level)},
        "properties": {"tags": ["quotecheck", rule.family]},
    }


def _region(item: Item) -> dict[str, int]:
    return {
        "startLine": item.start.line,
        "startColumn": item.start.column_utf16,
        "endLine": item.end.line,
        "endColumn": item.end.column_utf16,
    }


def _physical(item: Item) -> dict[str, Any]:
    return {"artifactLocation": artifact_location(item.path), "region": _region(item)}


def _related_source(item: Item, texts: TextCache) -> list[dict[str, Any]]:
    """The matched source passage as a related location, when its file can be read."""
    quote = item.quote
    if quote is None or quote.match is None or item.source_path is None:
        return []
    if os.path.isabs(item.source_path):  # outside the repository: no absolute paths in output
        return []
    match = quote.match
    if match.location is not None:  # a PDF or subtitles: offsets are into the extracted text
        return [
            {
                "id": 1,
                "physicalLocation": {"artifactLocation": artifact_location(item.source_path)},
                "message": {"text": f"Source passage, {location_label(match.location)}"},
            }
        ]
    index = texts.index(match.source)
    if index is None or index.text[match.start : match.end] != match.text:
        return []  # unreadable, changed, or not the text quotecheck read (a web page's HTML)
    start, end = index.position(match.start), index.position(match.end)
    region = {
        "startLine": start.line,
        "startColumn": start.column_utf16,
        "endLine": end.line,
        "endColumn": end.column_utf16,
    }
    return [
        {
            "id": 1,
            "physicalLocation": {
                "artifactLocation": artifact_location(item.source_path),
                "region": region,
            },
            "message": {"text": "Source passage"},
        }
    ]


def _fix_description(item: Item) -> str:
    where = item.source_path
    if where is None or os.path.isabs(where):  # no absolute paths in output
        return "Use the source's words"
    return f"Use the source's words ({where})"


def _fix(item: Item) -> dict[str, Any]:
    """SARIF ``fix``: replace the quote's words by the source's (an unsafe fix to review)."""
    assert item.suggestion is not None
    sug = item.suggestion
    return {
        "description": {"text": _fix_description(item)},
        "artifactChanges": [
            {
                "artifactLocation": artifact_location(item.path),
                "replacements": [
                    {
                        "deletedRegion": {
                            "startLine": sug.start.line,
                            "startColumn": sug.start.column_utf16,
                            "endLine": sug.end.line,
                            "endColumn": sug.end.column_utf16,
                        },
                        "insertedContent": {"text": sug.fix.replacement},
                    }
                ],
            }
        ],
    }


def _result(item: Item, rule_index: dict[str, int], texts: TextCache) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": item.code,
        "ruleIndex": rule_index[item.code],
        "level": sarif_level(item.level),
        "message": {"text": message_with_place(item)},
        "locations": [{"physicalLocation": _physical(item)}],
        "partialFingerprints": {
            FINGERPRINT_KEY: item.fingerprint,
            "primaryLocationLineHash": item.fingerprint,
        },
    }
    related = _related_source(item, texts)
    if related:
        result["relatedLocations"] = related
    if item.suggestion is not None:
        result["fixes"] = [_fix(item)]
    properties: dict[str, Any] = {}
    if item.quote is not None:
        properties["verdict"] = item.quote.verdict.value
        properties["quote"] = item.quote.text
        if item.quote.speaker is not None:
            properties["speaker"] = item.quote.speaker
        if item.quote.match is not None:
            properties["source"] = item.source_path
            properties["sourceText"] = item.quote.match.text
    if properties:
        result["properties"] = properties
    return result


def _notification(item: Item) -> dict[str, Any]:
    return {
        "level": "error",
        "message": {"text": item.message},
        "locations": [{"physicalLocation": _physical(item)}],
        "descriptor": {"id": item.code},
    }


def sarif_log(report: Report, options: FormatOptions) -> dict[str, Any]:
    """The SARIF log of ``report`` as a JSON-ready dict."""
    rules = rules_for_report(report)
    rule_index = {rule.code: i for i, rule in enumerate(rules)}
    items = collect(report, options.root)
    texts = TextCache(options.root)
    driver: dict[str, Any] = {
        "name": report.tool.name,
        "version": report.tool.version,
        "rules": [rule_descriptor(rule) for rule in rules],
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "columnKind": "utf16CodeUnits",
        "results": [_result(item, rule_index, texts) for item in items],
        "invocations": [
            {
                "executionSuccessful": True,
                "toolExecutionNotifications": [
                    _notification(item) for item in items if item.tool_error
                ],
            }
        ],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(report: Report, options: FormatOptions) -> str:
    """``report`` as a SARIF 2.1.0 log (indented JSON, UTF-8 text)."""
    return json.dumps(sarif_log(report, options), ensure_ascii=False, indent=2) + "\n"


__all__ = [
    "FINGERPRINT_KEY",
    "SCHEMA_URI",
    "SRCROOT",
    "artifact_location",
    "render",
    "rule_descriptor",
    "sarif_level",
    "sarif_log",
]
