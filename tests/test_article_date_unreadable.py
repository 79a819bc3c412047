"""An article's front-matter date that is not a date (``docs/errors.md``, QC504): said, with
the file, the key and the value, never dropped silently and never an internal error; the
article is still checked.  Sentences made up for these tests."""

from __future__ import annotations

import pytest

import quotecheck

SOURCE = quotecheck.make_source("The ferry will run at dawn.", id="s.txt", speaker="Ida Roon")


def _report(date_line: str) -> quotecheck.ArticleReport:
    article = f'---\ntitle: Ferry\n{date_line}\n---\nIda Roon said: "The ferry will run at dawn."\n'
    return quotecheck.check_text(article, sources=[SOURCE], path="ferry.md")


@pytest.mark.parametrize(
    "date_line",
    [
        "date: December 2, 2026",
        "date: 2026-13-45",
        "date: yesterday",
        "published: 2 Dec 2026",
    ],
)
def test_an_unreadable_date_is_reported(date_line: str) -> None:
    report = _report(date_line)
    [finding] = [f for f in report.findings if f.code == "QC504"]
    key, value = date_line.split(": ", 1)
    assert "ferry.md" in finding.message and key in finding.message
    assert value in finding.message, finding.message
    assert finding.line == 3
    assert [q.verdict.value for q in report.quotes] == ["verbatim"]


@pytest.mark.parametrize("date_line", ["date: 2026-12-02", "date: 2026-12-02T09:30:00+02:00"])
def test_a_date_raises_nothing(date_line: str) -> None:
    assert not [f for f in _report(date_line).findings if f.code == "QC504"]
