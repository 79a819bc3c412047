"""Words found only approximately, that the article says were said apart from the occasion.

The ferry trust's hearing is the one source the article declares.  A quote the article places
"after the hearing", "on the sidelines" or "as he left the hall" and that is like a
line of the hearing, a word changed, is not shown to be altered: the hearing's transcript is
not where the article says the words were said — the test rule 8 makes for words not found
(``tests/test_occasion_apart.py``), made for words found approximately too (rule 2 of issue
16: a resemblance to another occasion's passage is no accusation).  Placed at the hearing
itself ("later in the hearing", "at the hearing"), or by a frame that names the source
("told the Ferry Trust afterwards"), or only by a bare relative time ("adding later"), the
changed word is still `altered`.

Every sentence here is made up for these tests: the island of Kellerby, its harbourmaster
Oskar Wendt and a hearing of its ferry trust.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Source, Verdict

HEARING = """---
speaker: Oskar Wendt
kind: speech
occasion: Kellerby Ferry Trust hearing
date: 2026-09-08
---
The night crossing will stop at the north pier from the first of May. We asked the trust
for two more deckhands and a second gangway on the south slip. Nobody here wants the
timetable cut in the winter months.
"""

LEDE = "Harbourmaster Oskar Wendt spoke at the Kellerby Ferry Trust hearing on Tuesday.\n\n"
# The hearing's line with one word changed ("west" for "north"): altered where it was said.
CHANGED = "The night crossing will stop at the west pier from the first of May."


def _hearing(*, shared: bool = False) -> Source:
    src = quotecheck.make_source(HEARING, id="hearing.md")
    return src.model_copy(update={"shared": True}) if shared else src


def _last(article: str, *, shared: bool = False) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        "---\ndate: 2026-09-09\n---\n" + LEDE + article, sources=[_hearing(shared=shared)]
    )
    assert report.quotes, article
    return report.quotes[-1]


APART = [
    pytest.param(f'"{CHANGED}" Wendt said after the hearing.', id="after the hearing"),
    pytest.param(f'After the trust hearing, Wendt told a deckhand: "{CHANGED}"', id="opening"),
    pytest.param(f'Before the vote, Wendt said: "{CHANGED}"', id="before the vote"),
    pytest.param(f'Speaking on the sidelines, Wendt said: "{CHANGED}"', id="sidelines"),
    pytest.param(f'"{CHANGED}" Wendt said as he left the hall.', id="as he left"),
]


@pytest.mark.parametrize("article", APART)
def test_changed_words_said_apart_from_the_declared_occasion_are_not_altered(
    article: str,
) -> None:
    result = _last(article)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "similar words" in result.explanation
    assert "apart from the occasion" in result.explanation


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f'"{CHANGED}" Wendt said after the hearing.', id="after the hearing"),
        pytest.param(f'Before the vote, Wendt said: "{CHANGED}"', id="before the vote"),
    ],
)
def test_a_shared_source_of_the_days_is_no_evidence_either(article: str) -> None:
    # Reported by its date alone (the hearing is the day before the article): the frame's
    # "after the hearing" still puts the words apart from it.
    result = _last(article, shared=True)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)


AT_THE_HEARING = [
    pytest.param(f'"{CHANGED}" Wendt said at the hearing.', id="at the hearing"),
    pytest.param(f'Later in the hearing, Wendt said: "{CHANGED}"', id="later in the hearing"),
    pytest.param(f'Later, at the hearing, Wendt said: "{CHANGED}"', id="later, at the hearing"),
    pytest.param(
        f'After the vote, at the hearing, Wendt said: "{CHANGED}"', id="after the vote, at it"
    ),
    pytest.param(f'"{CHANGED}" Wendt said.', id="no placement"),
    pytest.param(
        f'"{CHANGED}" Wendt told the Ferry Trust afterwards.', id="the frame names the trust"
    ),
    pytest.param(
        f'After the hearing was opened by the clerk, Wendt said: "{CHANGED}"',
        id="a clause about the hearing",
    ),
]


# A bare "later" or "separately" orders or parts the article's sayings, two of one occasion
# as often as two occasions: "adding later" is later in the same hearing.  For words found it
# rules no source out (rule 8 still reads it for a quote not found: test_occasion_apart.py).
BARE_TIMES = [
    pytest.param(
        f'"We need the deckhands," Wendt said, adding later, "{CHANGED}"', id="adding later"
    ),
    pytest.param(f'Wendt said later: "{CHANGED}"', id="said later"),
    pytest.param(f'"{CHANGED}" Wendt said afterwards.', id="afterwards"),
    pytest.param(f'Earlier, Wendt told the trust: "{CHANGED}"', id="earlier"),
    pytest.param(f'Separately, Wendt said: "{CHANGED}"', id="separately"),
    # No word for the phrase's "*": a verb's -ing form, not the occasion.
    pytest.param(f'"{CHANGED}" Wendt said after meeting Ada Brandt.', id="after meeting a person"),
]


@pytest.mark.parametrize("article", [*AT_THE_HEARING, *BARE_TIMES])
def test_changed_words_placed_at_the_declared_occasion_stay_altered(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f'Later, at the hearing, Wendt said: "{CHANGED}"', id="later, at the hearing"),
        pytest.param(f'"{CHANGED}" Wendt said.', id="no placement"),
    ],
)
def test_a_shared_source_of_the_days_placed_there_stays_altered(article: str) -> None:
    result = _last(article, shared=True)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)


def test_identical_words_said_apart_stay_verbatim() -> None:
    # Identical words are the speaker's wherever they stand (docs/verdicts.md, Occasions).
    said = "The night crossing will stop at the north pier from the first of May."
    result = _last(f'"{said}" Wendt said after the hearing.')
    assert result.verdict is Verdict.VERBATIM, (result.verdict, result.explanation)
