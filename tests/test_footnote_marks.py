"""A footnote mark glued to a closing quote mark (”[1], ."[^1], .”¹) leaves the mark a closer:
the quote is found and no QC150 is raised (sentences invented)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.scanner import scan


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('Berg said: "The tram will run all night"[1].', ["The tram will run all night"]),
        ('Berg said: "The tram will run all night."[^2]', ["The tram will run all night."]),
        ('Berg said: "The tram will run all night."¹', ["The tram will run all night."]),
        ("“The tram will run all night,”²³ Berg said.", ["The tram will run all night,"]),
        ("Berg said: “The tram will run”[12], and left.", ["The tram will run"]),
        # guards: an insertion or a bracket opening the quote stays inside it
        ("(“[It] will run all night,” Berg said.)", ["[It] will run all night,"]),
        ('The label "[1]" was printed twice.', ["[1]"]),
    ],
)
def test_footnote_after_a_closing_mark(text: str, quotes: list[str]) -> None:
    result = scan(text)
    assert [text[q.start : q.end] for q in result.quotes] == quotes
    assert result.problems == []


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_footnoted_quote_is_checked(fmt: str) -> None:
    src = quotecheck.make_source("The tram will run all night.", speaker="Ola Berg")
    text = 'Ola Berg spoke on Monday.\n\nBerg said: "The tram will run all night."[^1]\n'
    report = quotecheck.check_text(text, sources=[src], fmt=fmt)
    assert [f.code for f in report.findings] == []
    assert [q.verdict.value for q in report.quotes] == ["verbatim"]
