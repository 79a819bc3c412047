"""reviewdog Diagnostic Format: rdjson and rdjsonl, columns in UTF-8 bytes."""

from __future__ import annotations

import json
from typing import Any

from quotecheck.formats import FormatOptions, render
from quotecheck.models import Report, ToolInfo


def rdjson(sample: Any) -> dict[str, Any]:
    """The sample rendered as rdjson and parsed."""
    out: dict[str, Any] = json.loads(render(sample.report, "rdjson", sample.options))
    return out


def byte_column(line: str, column: int) -> int:
    """The UTF-8 byte column of a code-point column in ``line``."""
    return len(line[: column - 1].encode("utf-8")) + 1


def test_result_shape(sample: Any) -> None:
    result = rdjson(sample)
    assert result["source"] == {"name": "quotecheck"}
    assert len(result["diagnostics"]) == 10
    for diag in result["diagnostics"]:
        assert diag["message"]
        assert diag["severity"] in {"ERROR", "WARNING", "INFO"}
        assert diag["source"] == {"name": "quotecheck"}
        assert diag["code"]["value"].startswith("QC")
        assert isinstance(diag["location"]["path"], str)
    severities = {d["code"]["value"]: d["severity"] for d in result["diagnostics"]}
    assert (severities["QC111"], severities["QC101"], severities["QC202"]) == (
        "ERROR",
        "WARNING",
        "INFO",
    )


def test_columns_are_utf8_bytes(sample: Any) -> None:
    lines = sample.article_text.split("\n")
    diags = [
        d for d in rdjson(sample)["diagnostics"] if d["location"]["path"] == "articles/berlin.md"
    ]
    findings = sorted(
        (
            f
            for art in sample.report.articles
            if art.path == sample.article_path
            for f in [*art.findings, *(f for q in art.quotes for f in q.findings)]
        ),
        key=lambda f: (f.line, f.column, f.code),
    )
    assert len(diags) == len(findings) == 7
    for diag, finding in zip(diags, findings, strict=True):
        start = diag["location"]["range"]["start"]
        assert start["line"] == finding.line
        assert start["column"] == byte_column(lines[finding.line - 1], finding.column)
    # „Grüße …“ after two emoji: code point 5, but byte 13 (🎉 4 bytes ×2, space, „ 3 bytes)
    qc401 = next(d for d in diags if d["code"]["value"] == "QC401")
    assert qc401["location"]["range"] == {
        "start": {"line": 3, "column": 13},
        "end": {"line": 3, "column": 13 + len("Grüße an alle Bürger".encode())},
    }
    # two identical quotes on one line, after „ü“, „ä“ and emoji
    twins = [d for d in diags if d["code"]["value"] == "QC111"]
    line5 = lines[4]
    second = line5.index("Wir zahlen", line5.index("Wir zahlen") + 1)
    assert twins[1]["location"]["range"]["start"]["column"] == len(line5[:second].encode()) + 1
    assert second + 1 != twins[1]["location"]["range"]["start"]["column"]
    width = len("Wir zahlen 100 % 😀".encode())
    for twin in twins:
        rng = twin["location"]["range"]
        assert rng["end"]["column"] - rng["start"]["column"] == width


def test_multi_line_range_end_is_exclusive(sample: Any) -> None:
    spliced = next(d for d in rdjson(sample)["diagnostics"] if d["code"]["value"] == "QC103")
    assert spliced["location"]["range"] == {
        "start": {"line": 7, "column": 2},
        "end": {"line": 8, "column": len("we will fund schools,") + 1},
    }


def test_unreadable_article_has_no_range(sample: Any) -> None:
    error = next(d for d in rdjson(sample)["diagnostics"] if d["code"]["value"] == "QC000")
    assert error["location"] == {"path": "articles/missing.md"}
    assert error["severity"] == "ERROR"


def test_rdjsonl_has_one_diagnostic_per_line(sample: Any) -> None:
    out = render(sample.report, "rdjsonl", sample.options)
    lines = out.splitlines()
    assert out.endswith("\n") and len(lines) == 10
    diags = [json.loads(line) for line in lines]
    assert diags == rdjson(sample)["diagnostics"]


def test_empty_report() -> None:
    empty = Report(tool=ToolInfo(version="0.1.0"))
    assert json.loads(render(empty, "rdjson", FormatOptions()))["diagnostics"] == []
    assert render(empty, "rdjsonl", FormatOptions()) == ""
