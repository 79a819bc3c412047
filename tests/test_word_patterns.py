"""The named word patterns of ``quotecheck.lang.sentences``: a word (:data:`WORD`, letters
first: a frame's words) and a word or a number (:data:`WORD_OR_NUMBER`: a listener's turn, the
words of an indirect report).

Every sentence here is made up for these tests.
"""

from __future__ import annotations

import pytest

from quotecheck.lang.sentences import WORD, WORD_OR_NUMBER


@pytest.mark.parametrize(
    ("text", "words", "or_numbers"),
    [
        pytest.param("mm-hm, okay", ["mm-hm", "okay"], ["mm-hm", "okay"], id="hyphen kept"),
        pytest.param("won't", ["won't"], ["won't"], id="apostrophe kept"),
        pytest.param("okay, 5", ["okay"], ["okay", "5"], id="a number"),
        pytest.param("in 2016", ["in"], ["in", "2016"], id="a year"),
        pytest.param("the crews' boats", ["the", "crews'", "boats"], ["the", "crews", "boats"]),
    ],
)
def test_word_and_word_or_number(text: str, words: list[str], or_numbers: list[str]) -> None:
    """A word opens with a letter (a frame's words); a word or a number counts digits too
    (a listener's turn, the words of an indirect report), none ending in an apostrophe."""
    assert WORD.findall(text) == words
    assert WORD_OR_NUMBER.findall(text) == or_numbers
