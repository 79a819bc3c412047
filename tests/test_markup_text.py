"""Markdown and HTML markup inside a quote is neither shown nor compared: a quote's
``reader_text`` is what a reader of the rendered article sees, its offsets stay raw
(sentences invented)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.formats import render
from quotecheck.inputs.document import make_document, reader_text
from quotecheck.models import Report, ToolInfo

STATEMENT = (
    "We will rebuild the ferry dock before the autumn storms, and every family on the "
    "island will have a safe crossing. The harbour fund covers the work & the repairs."
)


@pytest.mark.parametrize(
    ("article", "fmt", "shown"),
    [
        (
            '"We will *rebuild* the ferry dock before the autumn storms," Holt said.',
            "markdown",
            "We will rebuild the ferry dock before the autumn storms,",
        ),
        (
            '"Every family on the island will have a [safe crossing](https://x.example/a)," '
            "Holt said.",
            "markdown",
            "Every family on the island will have a safe crossing,",
        ),
        (
            '"The harbour fund covers the work &amp; the repairs," Holt said.',
            "markdown",
            "The harbour fund covers the work & the repairs,",
        ),
        (
            '"The harbour fund covers the work&nbsp;&amp; the repairs," Holt said.',
            "markdown",
            "The harbour fund covers the work & the repairs,",
        ),
        (
            "<p>&ldquo;We will <em>rebuild</em> the ferry dock,&rdquo; Holt said.</p>",
            "html",
            "We will rebuild the ferry dock,",
        ),
        (
            "<p>&quot;The harbour fund covers the work &amp; the repairs,&quot; Holt said.</p>",
            "html",
            "The harbour fund covers the work & the repairs,",
        ),
    ],
)
def test_markup_is_neither_shown_nor_compared(article: str, fmt: str, shown: str) -> None:
    src = quotecheck.make_source(STATEMENT, speaker="Maren Holt")
    text = f"Maren Holt spoke on Tuesday.\n\n{article}\n"
    (q,) = quotecheck.check_text(text, sources=[src], fmt=fmt).quotes
    assert q.verdict.value == "verbatim"
    assert q.reader_text == shown
    assert q.shown == shown
    assert q.text == text[q.start : q.end]  # offsets and text stay the raw file's


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("plain words, as typed", "plain words, as typed"),
        ("**bold** words", "bold words"),
        ("a `code &amp; x` span", "a span"),  # code is not prose
        ("fish &amp; chips", "fish & chips"),
        ("an &unknownthing; stays", "an &unknownthing; stays"),
    ],
)
def test_reader_text_of_markdown(raw: str, expected: str) -> None:
    doc = make_document(raw, fmt="markdown")
    assert reader_text(doc, 0, len(raw)) == expected


def test_plain_text_keeps_entities_as_typed() -> None:
    doc = make_document("fish &amp; chips", fmt="text")
    assert doc.view == doc.raw
    assert reader_text(doc, 0, len(doc.raw)) == "fish &amp; chips"


def test_full_output_shows_the_reader_text() -> None:
    src = quotecheck.make_source(STATEMENT, speaker="Maren Holt")
    text = 'Maren Holt spoke.\n\n"We will *rebuild* the ferry dock," Holt said.\n'
    report = quotecheck.check_text(text, sources=[src], fmt="markdown")
    out = render(Report(tool=ToolInfo(version="0"), articles=(report,)), "full")
    assert "“We will rebuild the ferry dock,”" in out
    assert "*rebuild*" not in out
