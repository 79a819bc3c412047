"""Inline suppressions: each directive, names for codes, and the QC6xx hygiene findings."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.cli import main
from quotecheck.lint.engine import span_finding
from quotecheck.lint.suppressions import apply_suppressions, parse_directives
from quotecheck.models import Finding

ARTICLE = """\
Intro line.
<!-- quotecheck-disable-next-line QC101 -- approved by the speaker -->
"Quote one," she said.
"Quote two," she said.
<!-- quotecheck-disable misattributed-quote, QC302 -- the archive is incomplete -->
"Quote three," he said.
"Quote four," he said.
<!-- quotecheck-enable misattributed-quote QC302 -->
"Quote five," he said.
"""


def at(raw: str, needle: str, code: str) -> Finding:
    start = raw.index(needle)
    return span_finding(code, f"{code} on {needle}", raw, start, start + len(needle))


def run(
    raw: str, findings: list[Finding], *, require_reason: bool = False, enabled: bool = True
) -> tuple[list[Finding], list[Finding]]:
    result = apply_suppressions(
        raw, findings, enabled=lambda _c: enabled, require_reason=require_reason
    )
    kept = [f for i, f in enumerate(findings) if i not in result.suppressed]
    return kept, list(result.hygiene)


def test_disable_next_line_only_covers_the_next_line() -> None:
    one, two = at(ARTICLE, '"Quote one', "QC101"), at(ARTICLE, '"Quote two', "QC101")
    other = at(ARTICLE, '"Quote one', "QC110")
    kept, hygiene = run(ARTICLE, [one, two, other])
    assert kept == [two, other]
    assert [h.code for h in hygiene] == ["QC602", "QC602"]  # the range below suppressed nothing


def test_disable_enable_range_with_names() -> None:
    three, four = at(ARTICLE, '"Quote three', "QC201"), at(ARTICLE, '"Quote four', "QC302")
    five = at(ARTICLE, '"Quote five', "QC302")
    one = at(ARTICLE, '"Quote one', "QC101")
    kept, hygiene = run(ARTICLE, [one, three, four, five])
    assert kept == [five]
    assert hygiene == []


def test_range_without_enable_runs_to_the_end_and_bare_enable_closes_all() -> None:
    raw = '<!-- quotecheck-disable QC101 -- r -->\n"A," she said.\n"B," she said.\n'
    a, b = at(raw, '"A', "QC101"), at(raw, '"B', "QC101")
    assert run(raw, [a, b])[0] == []
    raw = (
        '<!-- quotecheck-disable QC101 QC110 -- r -->\n"A," she said.\n'
        '<!-- quotecheck-enable -->\n"B," she said.\n'
    )
    a, b, c = at(raw, '"A', "QC101"), at(raw, '"A', "QC110"), at(raw, '"B', "QC101")
    kept, hygiene = run(raw, [a, b, c])
    assert kept == [c] and hygiene == []


def test_disable_file() -> None:
    raw = 'Text.\n"A," she said.\n<!--quotecheck-disable-file unverifiable-quote -- no source-->\n'
    a, b = at(raw, '"A', "QC302"), at(raw, '"A', "QC101")
    assert run(raw, [a, b])[0] == [b]


def test_unknown_codes_and_missing_codes_are_qc601() -> None:
    raw = (
        "<!-- quotecheck-disable-next-line QC999, not-a-rule -- typo -->\n"
        "A line.\n"
        "<!-- quotecheck-disable-next-line -- no codes -->\n"
        "<!-- quotecheck-disable-nextline QC101 -- misspelt directive -->\n"
    )
    kept, hygiene = run(raw, [])
    messages = [(h.code, h.line) for h in hygiene]
    assert messages == [("QC601", 1), ("QC601", 1), ("QC601", 3), ("QC601", 4)]
    assert "'QC999'" in hygiene[0].message and "'not-a-rule'" in hygiene[1].message
    assert "must name the rules" in hygiene[2].message
    assert "unknown directive 'quotecheck-disable-nextline'" in hygiene[3].message
    del kept


def test_unused_suppression_is_qc602_unless_the_rule_is_not_selected() -> None:
    raw = "<!-- quotecheck-disable-next-line QC101 -- r -->\nNothing here.\n"
    _, hygiene = run(raw, [])
    assert [h.code for h in hygiene] == ["QC602"] and "suppresses nothing" in hygiene[0].message
    assert run(raw, [], enabled=False)[1] == []
    raw = "<!-- quotecheck-enable QC101 -->\n"
    assert [h.code for h in run(raw, [])[1]] == ["QC602"]


def test_reason_required_when_configured_is_qc603() -> None:
    raw = '<!-- quotecheck-disable-next-line QC101 -->\n"A," she said.\n'
    finding = at(raw, '"A', "QC101")
    assert run(raw, [finding])[1] == []
    kept, hygiene = run(raw, [finding], require_reason=True)
    assert kept == [] and [h.code for h in hygiene] == ["QC603"]
    raw = '<!-- quotecheck-disable-next-line QC101 -- checked with her office -->\n"A," she.\n'
    assert run(raw, [at(raw, '"A', "QC101")], require_reason=True)[1] == []


def test_hygiene_findings_cannot_be_suppressed_inline_and_code_fences_are_ignored() -> None:
    raw = (
        "<!-- quotecheck-disable-file QC601 -- r -->\n"
        "```\n<!-- quotecheck-disable-next-line QC999 -->\n```\n"
    )
    directives = parse_directives(raw)
    assert [d.kind for d in directives] == ["disable-file"]
    finding = at(raw, "```", "QC601")
    kept, _ = run(raw, [finding])
    assert kept == [finding]


def test_html_comments_in_an_html_article() -> None:
    raw = "<p>x</p>\n<!-- quotecheck-disable-next-line QC301 -- r -->\n<p>&ldquo;A&rdquo;</p>\n"
    finding = at(raw, "&ldquo;A", "QC301")
    assert run(raw, [finding])[0] == []


SOURCE = "---\nquotecheck:\n  speaker: Ann Lee\n---\nThe new library will hold 40,000 books.\n"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "lee.md").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "quotecheck.toml").write_text(
        'require-reason = true\n[sources]\n"*.md" = ["sources/lee.md"]\n',
        encoding="utf-8",
    )
    return tmp_path


def test_directives_end_to_end(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (repo / "a.md").write_text(
        "<!-- quotecheck-disable-next-line number-changed, QC101 -- the library moved it -->\n"
        '"The new library will hold 45,000 books," Ann Lee said.\n'
        "\n"
        "<!-- quotecheck-disable-next-line QC110 -->\n"
        '"The new library will hold 40,000 books," Ann Lee said.\n'
        "<!-- quotecheck-disable QC302 -- r -->\n",
        encoding="utf-8",
    )
    code = main(["check", str(repo / "a.md"), "-f", "concise", "--no-cache"])
    out = capsys.readouterr().out
    lines = sorted(line.split(": ", 1)[1].split(" [")[0] for line in out.splitlines())
    assert lines == ["QC602", "QC602", "QC603"], out
    assert "QC111" not in out and "QC101" not in out
    assert code == 0  # hygiene findings are warnings: below the default fail level
    assert main(["check", str(repo / "a.md"), "--no-cache", "--fail-level", "warning"]) == 1
    capsys.readouterr()
