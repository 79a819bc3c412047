"""Inch and feet marks (6'2", 7" wide) are no quote marks and raise no QC150 (sentences
invented)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.scanner import scan


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("The new goalkeeper is 6'2\" and weighs 190 pounds.", []),
        ("The old keeper was 5' 10\" tall, the club said.", []),
        ("The trailer is 6'2” tall.", []),
        ('The shelf stands 4\' 6" high and the door is 7" wide.', []),
        ('She still plays her 12" records.', []),
        ('"He is 6\'2" and quick," Ruiz said.', ["He is 6'2\" and quick,"]),
        ("“He is 6’2” and quick,” Ruiz said.", ["He is 6’2” and quick,"]),
        ('The sign read "55" all summer.', ["55"]),
    ],
)
def test_inch_marks_are_not_quote_marks(text: str, quotes: list[str]) -> None:
    result = scan(text)
    assert [text[q.start : q.end] for q in result.quotes] == quotes
    assert result.problems == []


def test_inch_mark_raises_no_unbalanced_quote_finding() -> None:
    src = quotecheck.make_source("He covers the whole goal.", speaker="Dana Ruiz")
    text = (
        'The new goalkeeper is 6\'2" and the door is 7" wide.\n\n'
        '"He covers the whole goal," Dana Ruiz said.\n'
    )
    report = quotecheck.check_text(text, sources=[src])
    assert [f.code for f in report.findings] == []
    assert [q.verdict.value for q in report.quotes] == ["verbatim"]
