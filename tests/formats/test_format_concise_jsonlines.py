"""concise and json-lines: one finding per line, sorted, complete."""

from __future__ import annotations

import json
import re
from typing import Any

from quotecheck.formats import FormatOptions, render
from quotecheck.models import Report, ToolInfo

CONCISE = re.compile(
    r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<code>QC\d{3}) "
    r"\[(?P<level>error|warning|info)\] (?:(?P<name>[a-z][a-z-]*): )?(?P<msg>.*)$"
)


def test_concise_lines(sample: Any) -> None:
    out = render(sample.report, "concise", sample.options)
    lines = out.splitlines()
    assert out.endswith("\n") and len(lines) == 10
    parsed = []
    for line in lines:
        m = CONCISE.match(line)
        assert m, line
        parsed.append((m["path"], int(m["line"]), int(m["col"]), m["code"]))
    assert parsed == sorted(parsed)
    assert (
        "articles/berlin.md:3:5: QC401 [error] translated-altered: „Menschen“ became „Bürger“."
        in lines
    )
    assert "articles/missing.md:1:1: QC000 [error] article-error: file not found [E101]" in lines
    assert (
        "articles/odd, name: 100%.md:1:11: QC101 [warning] altered-wording: "
        "Changed 'less' to 'more', 50% to 60%: see the source, line 2 end"
    ) in lines
    assert "\x1b" not in out and "\x0c" not in out


def test_concise_sorted_regardless_of_article_order(sample: Any) -> None:
    reversed_report = sample.report.model_copy(
        update={"articles": tuple(reversed(sample.report.articles))}
    )
    assert render(reversed_report, "concise", sample.options) == render(
        sample.report, "concise", sample.options
    )


def test_json_lines_records(sample: Any) -> None:
    out = render(sample.report, "json-lines", sample.options)
    lines = out.split("\n")
    assert lines[-1] == ""
    records = [json.loads(line) for line in lines[:-1]]
    assert len(records) == 10
    keys = [(r["path"], r["line"], r["column"], r["code"]) for r in records]
    assert keys == sorted(keys)
    qc101 = next(r for r in records if r["code"] == "QC101" and r["path"].endswith("berlin.md"))
    assert qc101 == {
        "path": "articles/berlin.md",
        "line": 4,
        "column": 19,
        "end_line": 4,
        "end_column": 19 + len("We will construct the bridge next year."),
        "start": qc101["start"],
        "end": qc101["start"] + len("We will construct the bridge next year."),
        "code": "QC101",
        "name": "altered-wording",
        "level": "warning",
        "message": "'build' became 'construct'.",
        "verdict": "altered",
        "quote": "We will construct the bridge next year.",
        "speaker": "Ann Example",
        "source": "sources/statement.txt",
        "source_text": "We will build the bridge next year.",
        "fingerprint": qc101["fingerprint"],
    }
    article_level = next(r for r in records if r["code"] == "QC150")
    assert (article_level["verdict"], article_level["quote"], article_level["source"]) == (
        None,
        None,
        None,
    )
    spliced = next(r for r in records if r["code"] == "QC103")
    assert (spliced["line"], spliced["end_line"]) == (7, 8)


def test_json_lines_escape_unicode_line_breaks() -> None:
    from quotecheck.formats.jsonlines import dumps_line

    line = dumps_line({"m": "a\u2028b\u2029c\x85d\ne"})
    assert len(line.splitlines()) == 1
    assert json.loads(line) == {"m": "a\u2028b\u2029c\x85d\ne"}


def test_empty_report() -> None:
    empty = Report(tool=ToolInfo(version="0.1.0"))
    assert render(empty, "concise", FormatOptions()) == ""
    assert render(empty, "json-lines", FormatOptions()) == ""
