"""Shared checks of the fuzz harnesses (no atheris import here: the test suite imports it)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from quotecheck.offsets import line_starts, position


def check_quotes(raw: str, quotes: Sequence[Any]) -> None:
    """Every reported offset slices ``raw`` to the reported text; line/column match start."""
    starts = line_starts(raw)
    for q in quotes:
        assert 0 <= q.start <= q.end <= len(raw), (q.start, q.end, len(raw))
        assert raw[q.start : q.end] == q.text, (q.start, q.end, q.text)
        assert (q.line, q.column) == position(starts, q.start), (q.line, q.column, q.start)
        for seg in getattr(q, "segments", ()):
            assert raw[seg.start : seg.end] == seg.text, (seg.start, seg.end, seg.text)


def check_findings(raw: str, findings: Sequence[Any]) -> None:
    """Every finding's span lies inside the text and its line/column match its start."""
    starts = line_starts(raw)
    for f in findings:
        assert 0 <= f.start <= f.end <= len(raw), (f.start, f.end, len(raw))
        assert (f.line, f.column) == position(starts, f.start), (f.line, f.column, f.start)


def check_report(raw: str, report: Any) -> str:
    """All of the above for an :class:`~quotecheck.models.ArticleReport`; returns its JSON."""
    check_quotes(raw, report.quotes)
    check_findings(raw, report.findings)
    for q in report.quotes:
        check_findings(raw, q.findings)
    return str(report.model_dump_json())
