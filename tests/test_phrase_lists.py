"""Phrase-list entries with a wildcard (``quotecheck.lang.phrases``): one reading of "*" for the
speaker checks' frames, the edit typing's backchannels and the occasion phrases.

Every sentence here is made up for these tests.
"""

from __future__ import annotations

import re

import pytest

from quotecheck.lang import get_language
from quotecheck.lang.phrases import PhraseList, phrase_list, phrase_pattern
from quotecheck.score.checks.placement import _words_re
from quotecheck.score.checks.speaker import _FRAMED_STAR


def _words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize(
    ("entry", "text", "found"),
    [
        pytest.param(
            "heard * shout", "we heard the gulls shout", False, id="* is one word, not two"
        ),
        pytest.param("heard * shout", "we heard gulls shout", True, id="* is one word"),
        pytest.param("heard * * shout", "we heard the gulls shout", True, id="* * is two words"),
        pytest.param("heard * * shout", "we heard gulls shout", False, id="* * is never one"),
        pytest.param("heard * shout", "we heard shout", False, id="* is never none"),
        pytest.param("never said", "she never said so", True, id="no wildcard"),
        pytest.param("never said", "she never saidst so", False, id="the last word is whole"),
        pytest.param("never said", "she never sai", False, id="nor a part of one"),
        pytest.param("quoted *", "the paper quoted lee", True, id="a last * takes the last word"),
        pytest.param("quoted *", "the paper quoted", False, id="a last * needs a word"),
    ],
)
def test_one_word_wildcard(entry: str, text: str, found: bool) -> None:
    assert bool(list(PhraseList((entry,)).found_last(_words(text)))) is found


@pytest.mark.parametrize(
    ("entries", "text", "expected"),
    [
        pytest.param(
            ("was asked",),
            "lee was asked and was asked again",
            [("was asked", 4, 6)],
            id="where it stands last, and the index after it",
        ),
        pytest.param(
            ("who say", "critics who *"),
            "she faced critics who say",
            [("critics who *", 2, 5), ("who say", 3, 5)],
            id="each entry found, in sorted order",
        ),
        pytest.param(("denied saying",), "she said", [], id="none"),
    ],
)
def test_found_last(
    entries: tuple[str, ...], text: str, expected: list[tuple[str, int, int]]
) -> None:
    assert list(phrase_list(frozenset(entries)).found_last(_words(text))) == expected


@pytest.mark.parametrize(
    ("text", "covered"),
    [
        pytest.param("okay", True, id="one entry"),
        pytest.param("all right okay", True, id="a phrase and a word"),
        pytest.param("right all", False, id="half of a phrase"),
        pytest.param("okay 5", False, id="a number left over"),
        pytest.param("mm-hm yes", True, id="a hyphenated entry whole"),
        pytest.param("", True, id="no words: a run of none"),
    ],
)
def test_covers(text: str, covered: bool) -> None:
    listener = phrase_list(frozenset({"all right", "mm-hm", "okay", "right", "yes"}))
    assert listener.covers(_words(text)) is covered


def test_a_language_list_is_sorted_once() -> None:
    en = get_language("en")
    first = phrase_list(en.others_frames)
    assert phrase_list(en.others_frames) is first
    assert list(first.entries) == sorted(en.others_frames)


@pytest.mark.parametrize(
    ("entry", "star", "text", "matched"),
    [
        pytest.param("on * show", r"(?:\w+\s+){0,2}", "on his radio show", "on his radio show"),
        pytest.param("on * show", r"(?:\w+\s+){0,2}", "on show", "on show", id="may be none"),
        pytest.param(
            "on * show", r"(?:\w+\s+){0,2}", "on his late radio show", None, id="at most two"
        ),
    ],
)
def test_a_readers_own_wildcard(entry: str, star: str, text: str, matched: str | None) -> None:
    m = re.fullmatch(phrase_pattern(entry, star), text)
    assert (m.group() if m else None) == matched


@pytest.mark.parametrize(
    ("entry", "text", "found"),
    [
        pytest.param("during * debate", "during the debate", True, id="one word"),
        pytest.param("during * debate", "during the second debate", True, id="two words"),
        pytest.param("during * debate", "during debate", True, id="none"),
        pytest.param("during * debate", "during the long second debate", False, id="not three"),
        pytest.param("during * debate", "during the debates", True, id="a plural last word"),
        pytest.param("at * rally", "at the rally in the park", True, id="a part of the text"),
        pytest.param("at * rally", "at the park in the rally", False, id="no preposition"),
    ],
)
def test_occasion_wildcard_is_up_to_two_words(entry: str, text: str, found: bool) -> None:
    never = "in|on|at"
    assert (re.search(rf"\b{_words_re(entry, never)}\b", text) is not None) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        pytest.param("we misquoted vell as saying", True, id="a surname"),
        pytest.param("we misquoted reeve oona vell as saying", True, id="a title and a name"),
        pytest.param(
            "we misquoted oona vell the reeve of lakeside as saying", True, id="an apposition"
        ),
        pytest.param("we misquoted as saying", False, id="never none"),
        pytest.param(
            "we misquoted her in a long piece about the boathouse and the jetty as saying",
            False,
            id="not past its reach",
        ),
    ],
)
def test_a_list_s_own_wildcard(text: str, found: bool) -> None:
    """``misquote_frames``' ``*`` stands for the person named: one word or several."""
    frames = phrase_list(frozenset({"misquoted * as saying"}), _FRAMED_STAR)
    assert bool(list(frames.found_last(_words(text)))) is found
