"""QC106 (a misleading cut) when the article seems to report the cut words itself (review of
7689f58 and cf1fb9e; sentences written for these tests).

A negation in the article's own words carries the source's only when the source's words after
its negation follow it there too ("could not promise that" for "cannot promise that"); "she
never doubted" for "I do not believe" reverses the source.  A quote further on in the article
reports a limiter the first one stops before only when it starts with the limiter, or a word or
two after an adversative one ("but") at the one place its words stand; a dropped "unless" is
never reported by a later quote of common words.
"""

from __future__ import annotations

import pytest

import quotecheck

RADIO = """---
kind: transcript
occasion: BBC Radio Kestrel interview
date: 2026-11-06
---
HOST: Mayor, is the new wall safe?

RUTH OKAFOR: I do not believe the new wall is safe for the houses on the south shore. \
I cannot promise that nobody will be flooded this winter.

HOST: And the harbour?

RUTH OKAFOR: The harbour wall is safe unless the gates fail in a storm. We will test the gates \
every week. The old pier is sound, but the ferry steps need new railings before spring.
"""


def _codes(article: str) -> list[tuple[str, tuple[str, ...]]]:
    report = quotecheck.check_text(article, sources=[quotecheck.make_source(RADIO, id="radio.md")])
    return [(q.text, tuple(f.code for f in q.findings)) for q in report.quotes]


WALL = "the new wall is safe for the houses on the south shore."

# The article negates other words than the source's "do not believe": a reversal, still a cut.
REVERSED = [
    f"Mayor Ruth Okafor told BBC Radio Kestrel that she never doubted “{WALL}”",
    f"Mayor Ruth Okafor told BBC Radio Kestrel that she had no doubt “{WALL}”",
    f"Mayor Ruth Okafor told BBC Radio Kestrel that nobody should fear, as “{WALL}”",
    f"On BBC Radio Kestrel, Mayor Ruth Okafor did not hedge: she said “{WALL}”",
    f"Mayor Ruth Okafor was not worried on BBC Radio Kestrel: “{WALL}”",
    "Mayor Ruth Okafor told BBC Radio Kestrel she would never claim otherwise: “nobody will be"
    " flooded this winter.”",
]


@pytest.mark.parametrize("article", REVERSED)
def test_a_negation_of_other_words_does_not_carry_the_sources(article: str) -> None:
    [(_, codes)] = _codes(article)
    assert "QC106" in codes


# Controls: the article's negation is the source's, with the words after it.
CARRIED = [
    "Mayor Ruth Okafor told BBC Radio Kestrel she could not promise that “nobody will be flooded"
    " this winter.”",
    f"Mayor Ruth Okafor told BBC Radio Kestrel she did not believe “{WALL}”",
]


@pytest.mark.parametrize("article", CARRIED)
def test_the_sources_negation_carried_by_the_article_is_no_cut(article: str) -> None:
    [(_, codes)] = _codes(article)
    assert "QC106" not in codes


# A dropped condition: another quote's words stand right after "unless" (which is no "but"),
# some of them elsewhere too.
DROPPED = [
    "“The harbour wall is safe,” Mayor Ruth Okafor told BBC Radio Kestrel. She said “the gates”"
    " would be tested every week.",
    "“The harbour wall is safe,” Mayor Ruth Okafor told BBC Radio Kestrel. Asked what if “the"
    " gates fail in a storm”, she said they would be tested.",
    "Mayor Ruth Okafor said “the gates” were in good order. “The harbour wall is safe,” she told"
    " BBC Radio Kestrel.",
]


@pytest.mark.parametrize("article", DROPPED)
def test_a_dropped_condition_is_still_a_cut(article: str) -> None:
    found = dict(_codes(article))
    assert "QC106" in found["The harbour wall is safe,"], found


# Controls: a split at an adversative "but", the second half quoted without it, is no cut.
SPLIT = [
    "“The old pier is sound,” Mayor Ruth Okafor told BBC Radio Kestrel. “The ferry steps need new"
    " railings before spring,” she said.",
    "“The old pier is sound,” Mayor Ruth Okafor told BBC Radio Kestrel, “but the ferry steps need"
    " new railings before spring.”",
]


@pytest.mark.parametrize("article", SPLIT)
def test_a_split_at_but_quoted_on_is_no_cut(article: str) -> None:
    found = _codes(article)
    assert len(found) == 2, found
    assert all("QC106" not in codes for _, codes in found), found


# The article's own words right after the quote carry the limiter and what it limits (F24).
LIMITED_AFTER = [
    "Mayor Ruth Okafor told BBC Radio Kestrel the old pier “is sound,” but added that the ferry"
    " steps needed new railings.",
    "Mayor Ruth Okafor told BBC Radio Kestrel that “the harbour wall is safe” unless its gates"
    " fail.",
]


@pytest.mark.parametrize("article", LIMITED_AFTER)
def test_a_limiter_the_narration_carries_after_the_quote_is_no_cut(article: str) -> None:
    [(_, codes)] = _codes(article)
    assert "QC106" not in codes


# Controls: a limiter of other words, or the source's words only in the next sentence.
NOT_LIMITED_AFTER = [
    "Mayor Ruth Okafor told BBC Radio Kestrel the old pier “is sound,” but would say no more.",
    "Mayor Ruth Okafor told BBC Radio Kestrel that “the harbour wall is safe.” Engineers say the"
    " gates fail in a storm, unless they are tested.",
]


@pytest.mark.parametrize("article", NOT_LIMITED_AFTER)
def test_a_limiter_of_other_words_after_the_quote_is_still_a_cut(article: str) -> None:
    [(_, codes)] = _codes(article)
    assert "QC106" in codes


# The quote's own words after the narration's limiter tell nothing of what the source limits
# the quote by (review17-2 #4): "but … the boathouse …" is no "can be mended".
BOATHOUSE = """---
kind: transcript
occasion: BBC Radio Kestrel interview
date: 2026-11-06
---
HOST: And the boathouse?

RUTH OKAFOR: The boathouse is unsafe, but the boathouse can be mended within a week for very \
little money.
"""


def _boathouse_codes(article: str) -> list[tuple[str, ...]]:
    src = quotecheck.make_source(BOATHOUSE, id="boathouse.md")
    return [
        tuple(f.code for f in q.findings)
        for q in quotecheck.check_text(article, sources=[src]).quotes
    ]


@pytest.mark.parametrize(
    "article",
    [
        "Mayor Ruth Okafor told BBC Radio Kestrel “the boathouse is unsafe,” but rowers want the"
        " boathouse pulled down.",
        "Mayor Ruth Okafor told BBC Radio Kestrel “the boathouse is unsafe,” but Okafor's critics"
        " say the boathouse is a ruin.",
    ],
)
def test_the_quotes_own_words_after_a_limiter_are_still_a_cut(article: str) -> None:
    [codes] = _boathouse_codes(article)
    assert "QC106" in codes, codes


def test_the_limited_words_after_a_limiter_are_no_cut() -> None:
    [codes] = _boathouse_codes(
        "Mayor Ruth Okafor told BBC Radio Kestrel “the boathouse is unsafe,” but said it could be"
        " mended cheaply."
    )
    assert "QC106" not in codes, codes
