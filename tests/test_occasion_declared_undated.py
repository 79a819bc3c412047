"""A source the article declares for itself is the quote's occasion whatever the dates say —
also when the article declares no date (the real-news benchmark's ``--no-dates`` arm).

Declared (front matter, ``<meta>``, the sources mapping; here a source given to
``check_text``), a transcript covers the article's quotes with or without the article's date: a
changed number there is `altered`, words absent from it are `fabricated`.  Given for many
articles (``shared``, as ``--source`` on the command line), the same transcript covers no quote
by itself: an absence from it is `unverifiable` unless the quote's own frame names it, while
words found in it are judged against it when the article names its occasion near the quote
(the lede's "Harrowgate harbour board").  Every sentence here is made up for these tests:
the harbour board of Harrowgate and its chair Ines Marlowe.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Ines Marlowe
kind: speech
occasion: Harrowgate harbour board meeting
date: 2026-05-04
---
The lamp keepers on the east cape have waited eleven years for a proper road, and this board
will pave it before the autumn storms arrive. Nobody on this board wants the ferry fares raised.
"""
LEDE = "Harbour board chair Ines Marlowe spoke to the Harrowgate harbour board.\n\n"
CHANGED = "The lamp keepers on the east cape have waited twelve years for a proper road."
ABSENT = "A brass band will play on every pier of the east cape, and the gulls will sing along."


def _verdict(words: str, *, front: str, shared: bool) -> Verdict:
    src = quotecheck.make_source(SOURCE, id="board.md")
    if shared:
        src = src.model_copy(update={"shared": True})
    report = quotecheck.check_text(front + LEDE + f'"{words}" Marlowe said.\n', sources=[src])
    assert report.quotes
    return report.quotes[-1].verdict


FRONTS = [
    pytest.param("", id="no article date"),
    pytest.param("---\ndate: 2026-05-05\n---\n", id="the day after"),
    pytest.param("---\ndate: 2026-09-05\n---\n", id="months after"),
]


@pytest.mark.parametrize("front", FRONTS)
@pytest.mark.parametrize(
    ("words", "verdict"),
    [
        pytest.param(CHANGED, Verdict.ALTERED, id="a number changed"),
        pytest.param(ABSENT, Verdict.FABRICATED, id="absent"),
    ],
)
def test_a_declared_source_is_the_occasion_whatever_the_dates(
    front: str, words: str, verdict: Verdict
) -> None:
    assert _verdict(words, front=front, shared=False) is verdict


@pytest.mark.parametrize("front", FRONTS)
def test_a_shared_source_covers_no_absent_quote_by_itself(front: str) -> None:
    assert _verdict(ABSENT, front=front, shared=True) is Verdict.UNVERIFIABLE


@pytest.mark.parametrize("front", FRONTS)
def test_a_shared_source_still_judges_words_found_in_it(front: str) -> None:
    assert _verdict(CHANGED, front=front, shared=True) is Verdict.ALTERED
