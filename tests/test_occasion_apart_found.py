"""Words found only approximately, that the article says were said apart from the very
occasion the source declares.

The ferry trust's hearing is the one source the article declares (``occasion:`` a hearing).  A
quote the article places "after the hearing" or "before the hearing" and that is like a line of
the hearing, a word changed, is not shown to be altered: the hearing's transcript is not where
the article says the words were said — the test rule 8 makes for words not found
(``tests/test_occasion_apart.py``), made for words found approximately too (issue 16: a
resemblance to another occasion's passage is no accusation).

Only then (review 22-3, which had a first version reverted): a phrase that names no kind of
occasion the source declares — an event inside it ("before the vote", "after the vote"), a
bare "later", "on the sidelines", "as he left the hall" —, a source that declares no occasion
(plain remarks may be the doorstep words themselves), a source whose occasion is itself after
the hearing, a frame that names the source or places the quote at its kind: the changed word,
or the changed number, is still `altered`.

Every sentence here is made up for these tests: the island of Kellerby, its harbourmaster
Oskar Wendt and a hearing of its ferry trust.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Source, Verdict

HEADER = """---
speaker: Oskar Wendt
kind: speech
occasion: {occasion}
date: 2026-09-08
---
"""
WORDS = """The night crossing will stop at the north pier from the first of May. We asked the trust
for two more deckhands and a second gangway on the south slip. Nobody here wants the
timetable cut in the winter months.
"""
HEARING = "Kellerby Ferry Trust hearing"

LEDE = "Harbourmaster Oskar Wendt spoke at the Kellerby Ferry Trust hearing on Tuesday.\n\n"
# The hearing's line with one word changed ("west" for "north"): altered where it was said.
CHANGED = "The night crossing will stop at the west pier from the first of May."
# A number changed ("four" for "two").
NUMBER = "We asked the trust for four more deckhands and a second gangway on the south slip."


def _source(*, shared: bool = False, occasion: str | None = HEARING) -> Source:
    text = (HEADER.format(occasion=occasion) if occasion else "") + WORDS
    if occasion is None:
        text = "OSKAR WENDT: " + WORDS
    src = quotecheck.make_source(text, id="hearing.md" if occasion else "hearing.txt")
    return src.model_copy(update={"shared": True}) if shared else src


def _last(
    article: str, *, shared: bool = False, occasion: str | None = HEARING
) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        "---\ndate: 2026-09-09\n---\n" + LEDE + article,
        sources=[_source(shared=shared, occasion=occasion)],
    )
    assert report.quotes, article
    return report.quotes[-1]


APART = [
    pytest.param(f'"{CHANGED}" Wendt said after the hearing.', id="after the hearing"),
    pytest.param(f'After the trust hearing, Wendt told a deckhand: "{CHANGED}"', id="opening"),
    pytest.param(f'Before the hearing, Wendt said: "{CHANGED}"', id="before the hearing"),
    pytest.param(f'"{NUMBER}" Wendt said after the hearings.', id="number, plural"),
    pytest.param(
        f'"{CHANGED}" Wendt said after the hearing on the quay steps.', id="then a preposition"
    ),
]


@pytest.mark.parametrize("article", APART)
def test_changed_words_said_apart_from_the_declared_occasion_are_not_altered(
    article: str,
) -> None:
    result = _last(article)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "similar words" in result.explanation
    assert "apart from the occasion" in result.explanation


def test_a_shared_source_of_the_days_is_no_evidence_either() -> None:
    # Reported by its date alone (the hearing is the day before the article): the frame's
    # "after the hearing" still puts the words apart from it.
    result = _last(f'"{CHANGED}" Wendt said after the hearing.', shared=True)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)


STAYS = [
    pytest.param(f'"{CHANGED}" Wendt said at the hearing.', id="at the hearing"),
    pytest.param(f'Later in the hearing, Wendt said: "{CHANGED}"', id="later in the hearing"),
    pytest.param(f'Later, at the hearing, Wendt said: "{CHANGED}"', id="later, at the hearing"),
    pytest.param(f'"{CHANGED}" Wendt said.', id="no placement"),
    pytest.param(
        f'After the hearing was opened by the clerk, Wendt said: "{CHANGED}"',
        id="a clause about the hearing",
    ),
    # An event inside the hearing, not another occasion (review 22-3 #1).
    pytest.param(f'Before the vote, Wendt said: "{CHANGED}"', id="before the vote"),
    pytest.param(f'After the vote, Wendt said: "{NUMBER}"', id="after the vote, a number"),
    # The occasion the subject of a clause inside it, or a part of it (review 23-1 #1).
    pytest.param(f'Before the hearing ended, Wendt said: "{NUMBER}"', id="before it ended"),
    pytest.param(f'"{NUMBER}" Wendt said before the hearing closed.', id="before it closed"),
    pytest.param(f'After the hearing resumed, Wendt said: "{CHANGED}"', id="after it resumed"),
    pytest.param(
        f'Shortly after the hearing got under way, Wendt said: "{NUMBER}"', id="got under way"
    ),
    pytest.param(
        f'"{NUMBER}" Wendt said after the hearing\'s lunch recess.', id="the hearing's recess"
    ),
    # No kind of occasion named.
    pytest.param(f'Speaking on the sidelines, Wendt said: "{CHANGED}"', id="sidelines"),
    pytest.param(f'"{CHANGED}" Wendt said as he left the hall.', id="as he left"),
    pytest.param(
        f'"We need the deckhands," Wendt said, adding later, "{CHANGED}"', id="adding later"
    ),
    pytest.param(f'"{CHANGED}" Wendt said afterwards.', id="afterwards"),
    pytest.param(f'Separately, Wendt said: "{NUMBER}"', id="separately, a number"),
    # Another kind of occasion than the source's: the hearing may be where it was said.
    pytest.param(f'"{NUMBER}" Wendt said after the rally.', id="after a rally"),
    # No word for the phrase's "*": a verb's -ing form, not the occasion.
    pytest.param(f'"{CHANGED}" Wendt said after meeting Ada Brandt.', id="after meeting a person"),
]


@pytest.mark.parametrize("article", STAYS)
def test_changed_words_not_shown_apart_from_the_declared_occasion_stay_altered(
    article: str,
) -> None:
    result = _last(article)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    "occasion",
    [
        # No occasion declared: plain remarks may be the doorstep words "after the meeting"
        # themselves (review 22-3 #0).
        pytest.param(None, id="no occasion"),
        # The source is itself the words said after the hearing.
        pytest.param("doorstep remarks after the ferry trust hearing", id="remarks after it"),
    ],
)
@pytest.mark.parametrize(
    "article",
    [
        pytest.param(f'"{NUMBER}" Wendt said after the hearing.', id="number"),
        pytest.param(f'"{CHANGED}" Wendt said after the hearing.', id="word"),
    ],
)
def test_a_source_that_may_be_the_words_after_the_occasion_stays_altered(
    occasion: str | None, article: str
) -> None:
    result = _last(article, occasion=occasion)
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
