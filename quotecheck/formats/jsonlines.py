"""``json-lines``: one JSON object per finding, one per line (https://jsonlines.org/).

Keys of each object, in this order:

``path``, ``line``, ``column``, ``end_line``, ``end_column``
    Display path and 1-based positions in code points; the end is exclusive.  Without a
    readable article the end equals the start.
``start``, ``end``
    0-based code-point offsets into the article text.
``code``, ``name``, ``level``, ``message``
    The rule and the finding (``QC000``/``article-error`` for an unreadable article).
``verdict``, ``quote``, ``speaker``
    The quote's verdict, text and speaker; null for article-level findings.
``source``, ``source_text``
    The matched source (its path, relative to the root when inside it, or its id) and the
    text of the matched span; null without a match.
``fingerprint``
    Content-based identifier, stable across edits elsewhere in the article.

Objects appear in the order of :func:`~quotecheck.formats._common.collect` (path, line,
column, code).  U+2028, U+2029 and U+0085 are written as escapes so that no reader that splits
on Unicode line breaks can cut an object in two.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from quotecheck.formats._common import Item, collect
from quotecheck.models import Report

if TYPE_CHECKING:
    from quotecheck.formats import FormatOptions


def record(item: Item) -> dict[str, Any]:
    """The JSON object for one item."""
    quote = item.quote
    match = quote.match if quote is not None else None
    return {
        "path": item.path,
        "line": item.start.line,
        "column": item.start.column,
        "end_line": item.end.line,
        "end_column": item.end.column,
        "start": item.finding.start,
        "end": item.finding.end,
        "code": item.code,
        "name": item.name,
        "level": item.level.value,
        "message": item.message,
        "verdict": quote.verdict.value if quote is not None else None,
        "quote": quote.text if quote is not None else None,
        "speaker": quote.speaker if quote is not None else None,
        "source": item.source_path if match is not None else None,
        "source_text": match.text if match is not None else None,
        "fingerprint": item.fingerprint,
    }


def dumps_line(obj: Any) -> str:
    """``obj`` as compact single-line JSON (UTF-8 text, Unicode line breaks escaped)."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029").replace("\x85", "\\u0085")


def render(report: Report, options: FormatOptions) -> str:
    """One JSON object per finding, each on its own line; empty when there are none."""
    return "".join(dumps_line(record(item)) + "\n" for item in collect(report, options.root))
