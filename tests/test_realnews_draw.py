"""Tests of the pure parts of the real-news draw (``benchmarks/realnews/draw.py``).

The draw itself reads PolNeAR and the fetched transcripts; these tests use made-up sentences.
"""

from __future__ import annotations

import pytest

from benchmarks.realnews import draw


def test_words_straighten_apostrophes_and_drop_punctuation() -> None:
    assert draw.words("We\u2019re fixing the ROADS, folks!") == [
        "we're",
        "fixing",
        "the",
        "roads",
        "folks",
    ]


def test_trigrams_of_short_lists_are_empty() -> None:
    assert draw.trigrams(["a", "b"]) == set()
    assert draw.trigrams(["a", "b", "c", "d"]) == {("a", "b", "c"), ("b", "c", "d")}


TURNS = [
    "the harbour bridge will be painted green next spring",
    "we will paint the harbour bridge green next spring and it will shine",
    "nobody asked about the library hours",
]


def test_turns_vote_once_per_shared_trigram() -> None:
    quote = draw.trigrams(draw.words("We will paint the harbour bridge green next spring"))
    posting = draw.postings((draw.words(t) for t in TURNS), quote)
    ranked = draw.vote(quote, posting)
    # turn 1 holds all 7 trigrams of the quote; turn 0 only "the harbour bridge" and
    # "green next spring"; turn 2 shares none and is left out
    assert ranked == [(1, 7), (0, 2)]


def test_postings_keep_only_wanted_trigrams() -> None:
    wanted = {("library", "hours", "x")}
    assert draw.postings((draw.words(t) for t in TURNS), wanted) == {}


def test_vote_ties_go_to_the_earlier_turn_and_top_bounds_the_list() -> None:
    posting = {("a", "b", "c"): {3, 1, 2}}
    assert draw.vote({("a", "b", "c")}, posting, top=2) == [(1, 1), (2, 1)]


@pytest.mark.parametrize(
    ("start", "end", "out"),
    [
        (10, 20, True),  # same span
        (15, 30, True),  # overlaps the end
        (0, 11, True),  # overlaps the start
        (20, 30, False),  # touches, does not overlap
        (0, 10, False),
        (40, 60, True),  # overlaps the second labelled span
    ],
)
def test_labelled_spans_are_excluded_by_overlap(start: int, end: int, out: bool) -> None:
    labelled = {"made-up_2016-01-01_x": [(10, 20), (50, 55)]}
    assert draw.excluded("made-up_2016-01-01_x", start, end, labelled) is out
    assert draw.excluded("another_2016-01-01_y", start, end, labelled) is False


@pytest.mark.parametrize(
    ("speaker", "out"),
    [
        ("Mr. Trump", True),
        ("Hillary Clinton", True),
        ("Gov. Mike Pence", True),
        ("Kaine", True),
        ("Bill Clinton", False),
        ("Ivanka Trump", False),
        ("he", False),
        (None, False),
    ],
)
def test_candidate_speakers(speaker: str | None, out: bool) -> None:
    assert draw.candidate(speaker) is out


def test_occasion_cue_and_sentence_window() -> None:
    text = (
        "The mayor spoke first. At a rally in Elm Park, Ann Lee said, \u201cWe will paint "
        "the bridge.\u201d Then it rained."
    )
    start = text.index("We will")
    end = text.index("\u201d Then")
    window = draw.sentence_window(text, start, end)
    # the full stop inside the marks does not end the window: it runs to the next stop
    assert window.startswith("The mayor") and window.endswith("Then it rained.")
    assert draw.sentence_window(text, 0, 5) == "The mayor spoke first. "
    assert draw.occasion_cue(window) == "rally"
    assert draw.occasion_cue("She said so on Tuesday.") is None


@pytest.mark.parametrize(
    ("source", "article", "other"),
    [
        ("2016-03-01", "2016-03-01", False),
        ("2016-02-27", "2016-03-01", False),  # within the three days before
        ("2016-02-20", "2016-03-01", True),
        ("2016-03-02", "2016-03-01", True),  # after the article
        ("2016-03-02", None, True),
    ],
)
def test_other_date(source: str, article: str | None, other: bool) -> None:
    assert draw.other_date(source, article) is other


def test_word_diff_and_widen() -> None:
    quote = draw.words("we will paint the bridge red")
    passage = draw.words("we will paint the old bridge green")
    assert draw.word_diff(quote, passage) == "we will paint the {+old+} bridge [-red-] {+green+}"
    text = "paint the bridge green"
    assert draw.widen(text, 8, 12) == (6, 16)


def test_draw_order_is_reproducible_and_seeded() -> None:
    keys = [("b", 3), ("a", 1), ("c", 2), ("a", 9)]
    assert draw.ordered(keys) == draw.ordered(reversed(keys))
    assert sorted(draw.ordered(keys)) == sorted(keys)
    assert draw.ordered(keys, seed=1) != draw.ordered(keys, seed=2) or len(keys) < 3
