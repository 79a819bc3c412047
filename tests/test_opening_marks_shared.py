"""The cross-language checks and the lineage read quote marks from the extractor's table.

``xling`` (a sentence's first word, where a sentence starts) and ``lineage`` (whether a cut
falls at a sentence's edge) kept their own lists of marks, each missing some of the pairs the
scanner pairs (``lang.schema.ALL_QUOTE_PAIRS``: ‹ ›, 「 」, ＂, and ” or ’ opening as in
Swedish).  They use :data:`quotecheck.scanner.OPENERS` and ``ALL_MARKS`` now.  Sentences made
up for these tests.
"""

from __future__ import annotations

import pytest

from quotecheck.lang import get_language
from quotecheck.lineage.traits import _at_sentence_edge
from quotecheck.scanner import ALL_MARKS, OPENERS
from quotecheck.xling.checks import Side
from quotecheck.xling.segment import SENTENCE_OPENERS, layout


def test_the_marks_are_the_scanners() -> None:
    assert OPENERS <= SENTENCE_OPENERS
    assert not (SENTENCE_OPENERS - OPENERS) & ALL_MARKS


@pytest.mark.parametrize(
    ("text", "word", "initial"),
    [
        pytest.param("The ferry left.” Then the port closed.", "then", True, id="after .”"),
        pytest.param("The ferry left.’ Then the port closed.", "then", True, id="after .’"),
        pytest.param("Er ging. ‹Neu› sei das nicht.", "neu", True, id="a chevron opening"),
        pytest.param("She said. ＂Never＂ was the word.", "never", True, id="a fullwidth mark"),
        pytest.param("The ferry “left” then the port closed.", "then", False, id="inside"),
        pytest.param("The Smiths’ ferry left.", "ferry", False, id="an apostrophe"),
    ],
)
def test_a_word_after_a_closed_sentence_and_its_mark_starts_a_sentence(
    text: str, word: str, initial: bool
) -> None:
    code = "de" if "ging" in text else "en"
    words = {w.norm: w.initial for w in Side(text, 0, len(text), code).words}
    assert words[word] is initial


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        pytest.param("Er ging. ‹Neu› sei das nicht.", 2, id="a chevron opening the second"),
        pytest.param("It closed. ”Never again” she said.", 2, id="a Swedish-style opener"),
        pytest.param("It closed at 9 p.m. on Friday.", 1, id="an abbreviation"),
    ],
)
def test_xling_sentences_open_after_the_scanners_marks(text: str, sentences: int) -> None:
    code = "de" if "ging" in text else "en"
    assert len(layout(text, get_language(code)).sentences) == sentences


@pytest.mark.parametrize(
    ("text", "at", "step", "edge"),
    [
        pytest.param("It closed. ‹Never again›", 12, -1, True, id="after a chevron"),
        pytest.param("It closed. 「Never again」", 12, -1, True, id="after a corner bracket"),
        pytest.param("It closed. “Never again”", 12, -1, True, id="after a curly mark"),
        pytest.param("It closed ‹never again›", 11, -1, False, id="mid-sentence"),
        pytest.param("‹Never again›. It closed.", 12, 1, True, id="before a closing chevron"),
    ],
)
def test_lineage_sentence_edges_skip_the_scanners_marks(
    text: str, at: int, step: int, edge: bool
) -> None:
    assert _at_sentence_edge(text, at, step) is edge
