"""A pronoun's gender wins over recency among the people named near it (speakers24, item 2).

"“…,” Varnum said. ¶ The plan drew fire from Mr. Anselm Quibell. “…,” he said.": "he" went
to Varnum, the last speaker, whose gender the article never gives, over Mr. Quibell, named
in the pronoun's own paragraph with a title that says he is a man.  A person named in the
pronoun's paragraph whom the article gives the pronoun's gender (a title, a first name of
the table, the pronouns used for them) now comes before an earlier paragraph's speaker it
gives no gender; a speaker of that paragraph, or one the article gives the pronoun's gender,
stays first.

Every sentence here is made up for these tests.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

COUNCILLOR = """---
speaker: Anselm Quibell
occasion: council meeting
date: 2026-11-20
---
This pier is a waste of money. We should fix the roads first.
"""

MAYOR = """---
speaker: Odile Varnum
occasion: council meeting
date: 2026-11-20
---
We will fix the pier before winter. Nobody on this council wants a closed harbour.
"""

DOUBT = {"QC201", "QC204", "QC205"}


def _check(*paragraphs: str) -> list[quotecheck.QuoteResult]:
    sources = [
        quotecheck.make_source(COUNCILLOR, id="quibell.txt"),
        quotecheck.make_source(MAYOR, id="varnum.txt"),
    ]
    article = "---\ndate: 2026-11-22\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return list(quotecheck.check_text(article, sources=sources, path="a.md").quotes)


OPENING = '"We will fix the pier before winter," Varnum said.'


@pytest.mark.parametrize(
    "paragraph",
    [
        'The plan drew fire from Mr. Anselm Quibell. "This pier is a waste of money," he said.',
        "Not everyone agreed with Varnum, including Mr. Anselm Quibell. "
        '"This pier is a waste of money," he said.',
        'Varnum was interrupted by Mr. Anselm Quibell. "This pier is a waste of money," he said.',
        "Varnum nodded toward Mr. Anselm Quibell at the end of the table. "
        '"This pier is a waste of money," he said.',
    ],
)
def test_he_is_the_man_named_in_his_paragraph(paragraph: str) -> None:
    q = _check(OPENING, paragraph)[-1]
    assert q.attribution.speaker == "Anselm Quibell", q.attribution
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not DOUBT & set(q.codes), q.findings


# the twins: where the pronoun goes on with the last speaker, or no gender is given


def test_a_speaker_of_the_same_paragraph_goes_on() -> None:
    # "he" after Varnum spoke in this paragraph: Varnum (the article gives no gender), so
    # the councillor's words here are not taken as his in silence
    q = _check(
        '"We will fix the pier before winter," Varnum said, turning to Mr. Anselm Quibell. '
        '"This pier is a waste of money," he added.'
    )[-1]
    assert DOUBT & set(q.codes), q.findings


def test_a_man_named_without_a_gender_mark_is_not_guessed() -> None:
    # "Councillor" gives no gender: the last speaker stays the guess, and the words are
    # at least said to be another's
    q = _check(
        OPENING,
        'The plan drew fire from Councillor Anselm Quibell. "This pier is a waste of money," '
        "he said.",
    )[-1]
    assert DOUBT & set(q.codes) or q.attribution.speaker == "Anselm Quibell", q.findings


def test_a_last_speaker_of_the_pronouns_gender_stays_first() -> None:
    # the last speaker is a man by title: "he" goes on with him, as before, over another man
    # named in the pronoun's paragraph (gender decides nothing between them)
    qs = _check(
        '"This pier is a waste of money," Mr. Quibell said.',
        'The vote was delayed by Mr. Tomas Brekke. "We should fix the roads first," he said.',
    )
    assert qs[-1].attribution.speaker == "Anselm Quibell", qs[-1].attribution
    assert not DOUBT & set(qs[-1].codes), qs[-1].findings


def test_the_mans_changed_words_are_still_altered() -> None:
    q = _check(
        OPENING,
        'The plan drew fire from Mr. Anselm Quibell. "This pier is a waste of time," he said.',
    )[-1]
    assert q.attribution.speaker == "Anselm Quibell", q.attribution
    assert q.verdict is Verdict.ALTERED, q.explanation


# red team 24 F11: a paragraph that opens with a newly named person, then "he said"

COACH = """---
speaker: Andor Keszei
occasion: press conference after the game
date: 2026-11-21
---
We stopped giving the ball away. The second half was our best of the season.
"""

GUARD = """---
speaker: Tobiah Renfrow
occasion: press conference after the game
date: 2026-11-21
---
The guys kept finding me open. It means nothing if we do not finish the season well.
"""


def _game(*paragraphs: str) -> list[quotecheck.QuoteResult]:
    sources = [
        quotecheck.make_source(COACH, id="coach.txt"),
        quotecheck.make_source(GUARD, id="guard.txt"),
    ]
    article = "---\ndate: 2026-11-22\n---\n\n" + "\n\n".join(paragraphs) + "\n"
    return list(quotecheck.check_text(article, sources=sources, path="a.md").quotes)


LEDE = 'Coach Andor Keszei knew why his team won. "We stopped giving the ball away," Keszei said.'


@pytest.mark.parametrize(
    "paragraph",
    [
        'Tobiah Renfrow led all scorers with 31 points. "The guys kept finding me open," he said.',
        "Asked about the late run, Tobiah Renfrow smiled. "
        '"The guys kept finding me open," he said.',
    ],
)
def test_he_is_the_person_his_paragraph_opens_with(paragraph: str) -> None:
    q = _game(LEDE, paragraph)[-1]
    assert q.attribution.speaker == "Tobiah Renfrow", q.attribution
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not DOUBT & set(q.codes), q.findings


def test_the_players_changed_words_are_still_altered() -> None:
    q = _game(
        LEDE,
        'Tobiah Renfrow led all scorers with 31 points. "The guys kept finding me late," he said.',
    )[-1]
    assert q.attribution.speaker == "Tobiah Renfrow", q.attribution
    assert q.verdict is Verdict.ALTERED, q.explanation


def test_a_speaker_of_the_paragraph_goes_on_over_the_named_player() -> None:
    # the coach spoke first in this paragraph: "he" goes on with him, and the coach's words
    # are his, not the player's
    q = _game(
        '"We stopped giving the ball away," Keszei said of Tobiah Renfrow. '
        "Renfrow scored 31 points. "
        '"The second half was our best of the season," he said.'
    )[-1]
    assert q.attribution.speaker == "Andor Keszei", q.attribution
