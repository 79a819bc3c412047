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
        (
            'Berg said: "The tram will run all night."[b] Then he left.',
            ["The tram will run all night."],
        ),
    ],
)
def test_footnote_after_a_closing_mark(text: str, quotes: list[str]) -> None:
    result = scan(text)
    assert [text[q.start : q.end] for q in result.quotes] == quotes
    assert result.problems == []


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # an opening mark glued after punctuation, then an insertion: still an opener
        (
            "Mayor Kofi Obi said,“[They] will paint the bridge in June.”",
            ["[They] will paint the bridge in June."],
        ),
        (
            'Mayor Kofi Obi said,"[They] will paint the bridge in June."',
            ["[They] will paint the bridge in June."],
        ),
        (
            'Obi said the bridge is shut."[They] will paint it in June," he added.',
            ["[They] will paint it in June,"],
        ),
        ("Obi said,“[1] bridge is enough.”", ["[1] bridge is enough."]),
        ("Obi said,‘[a] bridge is enough.’", ["[a] bridge is enough."]),
    ],
)
def test_insertion_after_a_glued_opening_mark(text: str, quotes: list[str]) -> None:
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


def test_glued_insertion_quote_is_checked() -> None:
    src = quotecheck.make_source(
        "The bridge is shut. We will paint it in June.", speaker="Kofi Obi"
    )
    text = "Mayor Kofi Obi said,“[We] will paint it in June.”\n"
    report = quotecheck.check_text(text, sources=[src])
    assert [f.code for f in report.findings if f.code == "QC150"] == []
    assert [q.verdict.value for q in report.quotes] == ["elided"]
