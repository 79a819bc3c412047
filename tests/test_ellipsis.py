"""What counts as an ellipsis is decided once (``quotecheck/ellipsis.py``); the three places
that read one agree on every case: extraction's segments, the cross-language path's cleaned
quote and the lineage page's marked cuts.

Each case is a quote and the marks it holds, written out as strings (the ``…`` below is
U+2026; no-break spaces are written as escapes).  Before the marks had one home the
cross-language path missed the spaced ``. . .`` and the lineage page missed ``(…)``: both are
cases here.
"""

from __future__ import annotations

import re

import pytest

from quotecheck.ellipsis import ELLIPSIS, is_ellipsis
from quotecheck.extract.segments import segments_of
from quotecheck.lineage.html import mark_changes
from quotecheck.models import SegmentKind
from quotecheck.xling.core import _clean_quote

NBSP_DOTS = ".\u00a0.\u00a0."  # spaced with no-break spaces

# (quote, the ellipses in it in order); the words outside the marks are the source's
CASES = [
    pytest.param("We will build … and we will pay", ["…"], id="character"),
    pytest.param("We will build ... and we will pay", ["..."], id="three-dots"),
    pytest.param("We will build . . . and we will pay", [". . ."], id="spaced-dots"),
    pytest.param(f"We will build {NBSP_DOTS} and we will pay", [NBSP_DOTS], id="nbsp-dots"),
    pytest.param("We will build […] and we will pay", ["[…]"], id="square-character"),
    pytest.param("We will build (…) and we will pay", ["(…)"], id="round-character"),
    pytest.param("We will build [...] and we will pay", ["[...]"], id="square-dots"),
    pytest.param("We will build (...) and we will pay", ["(...)"], id="round-dots"),
    pytest.param("We will build [. . .] and we will pay", ["[. . .]"], id="square-spaced"),
    pytest.param("We will build [ … ] and we will pay", ["[ … ]"], id="square-inner-spaces"),
    pytest.param("We will build…and we will pay", ["…"], id="no-spaces-character"),
    pytest.param("We will build...and we will pay", ["..."], id="no-spaces-dots"),
    pytest.param("… we will build and we will pay", ["…"], id="opening"),
    pytest.param("We will build and we will pay …", ["…"], id="closing"),
    pytest.param("We will build … and (…) we will pay", ["…", "(…)"], id="two-marks"),
    # four dots: a sentence's full stop and an ellipsis (the last three dots are the cut)
    pytest.param("We will build.... And we will pay", ["..."], id="four-dots"),
    pytest.param("We will build.... and we will pay", ["..."], id="four-dots-mid-sentence"),
    pytest.param("....we will build and we will pay", ["..."], id="four-dots-opening"),
    pytest.param("We will build it in the U.S.... and pay", ["..."], id="four-dots-abbreviation"),
    pytest.param("We will build and we will pay....", ["..."], id="four-dots-closing"),
    # not ellipses: five dots or more (leader dots), dots too far apart, an insertion, an
    # abbreviation
    pytest.param("We will build..... and we will pay", [], id="five-dots"),
    pytest.param("We will build........ and we will pay", [], id="leader-dots"),
    pytest.param("We will build .  .  . and we will pay", [], id="dots-two-spaces-apart"),
    pytest.param("We will build [it] and we will pay", [], id="insertion"),
    pytest.param("We will build it in the U.S. and we will pay", [], id="abbreviation"),
]


def _words(quote: str, marks: list[str]) -> str:
    """The quote with its marks (found by plain string search, not by the expression under
    test) and an insertion (``[it]``: the writer's words, tests/test_insertion.py) removed,
    white space collapsed."""
    for mark in marks:  # four dots: the full stop stays before the mark
        four = "." + mark
        quote = quote.replace(four, ". ", 1) if four in quote else quote.replace(mark, " ", 1)
    return " ".join(re.sub(r"\[[^\[\]]*\]", " ", quote).split())


@pytest.mark.parametrize(("quote", "marks"), CASES)
def test_the_definition(quote: str, marks: list[str]) -> None:
    assert [m.group() for m in ELLIPSIS.finditer(quote)] == marks
    assert all(is_ellipsis(mark) for mark in marks)


@pytest.mark.parametrize(("quote", "marks"), CASES)
def test_extraction_segments(quote: str, marks: list[str]) -> None:
    segments = segments_of(quote, quote, 0, len(quote))
    assert [s.text for s in segments if s.kind is SegmentKind.ELLIPSIS] == marks


@pytest.mark.parametrize(("quote", "marks"), CASES)
def test_cross_language_cleaned_quote(quote: str, marks: list[str]) -> None:
    assert _clean_quote(quote) == _words(quote, marks)


@pytest.mark.parametrize(("quote", "marks"), CASES)
def test_lineage_page_cuts(quote: str, marks: list[str]) -> None:
    runs, _ = mark_changes(quote, _words(quote, marks))
    assert [r.text for r in runs if r.mark == "cut"] == marks


@pytest.mark.parametrize(
    "text", ["…", "...", ". . .", "[…]", "(…)", "[...]", "(...)", "[. . .]", "( … )"]
)
def test_a_whole_token(text: str) -> None:
    assert is_ellipsis(text)
    assert not is_ellipsis(f" {text}")  # the spaces beside a mark are not part of it
    assert not is_ellipsis(f"{text}.")
