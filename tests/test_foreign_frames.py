"""Frames that give the quoted words to someone other than the sentence's named subject
(``foreign_frame``): a negated reporting verb, a claim the subject disputes, a relative
clause's speaker, someone's aide.
The quote is then no one's the article names (or the other party's: "a miller"), never
an accusation against the subject.

Every sentence here is made up for these tests: a river town, its councillor Rosa Vell, her
statement about the old mill, and a few people around her.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

STATEMENT = (
    "Statement by Councillor Rosa Vell\n\n"
    "The old mill will reopen as a library before the first frost. "
    "Not one pound of it comes from the school budget.\n"
)

ACCUSATIONS = (Verdict.FABRICATED, Verdict.MISATTRIBUTED, Verdict.ALTERED)


def _quote(article: str, start: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(STATEMENT, id="vell.txt", speaker="Rosa Vell")
    quotes = quotecheck.check_text(article, sources=[source]).quotes
    found = [q for q in quotes if q.text.startswith(start)]
    assert len(found) == 1, [q.text for q in quotes]
    return found[0]


LEAD = "Councillor Rosa Vell spoke at the town hall on Friday.\n\n"


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        pytest.param(
            "Vell never said the mill was “a lost cause for this town,” despite the flyers.",
            "a lost cause",
            id="never said",
        ),
        pytest.param(
            "Vell did not repeat her old claim that the mill “would pay for itself in a year.”",
            "would pay",
            id="did not repeat … claim that",
        ),
        pytest.param(
            "Vell dismissed suggestions that the mill was “a money pit for the whole valley.”",
            "a money pit",
            id="dismissed suggestions that",
        ),
        pytest.param(
            "Vell rejected claims that the library plan was “drawn up on a napkin.”",
            "drawn up",
            id="rejected claims that",
        ),
        pytest.param(
            "Vell answered a pensioner who asked: “Who pays for the new roof?”",
            "Who pays",
            id="answered X who asked:",
        ),
        pytest.param(
            "Vell mocked critics who say “the mill should be left to the pigeons.”",
            "the mill should",
            id="mocked critics who say",
        ),
        pytest.param(
            "Vell's aide said: “The councillor has read every report on the mill twice.”",
            "The councillor",
            id="X's aide said:",
        ),
        pytest.param(
            "“She has read every report on the mill twice,” Vell's husband said.",
            "She has",
            id="X's husband said, after",
        ),
        pytest.param(
            "Pensioners chanted “Save our mill!” as Vell walked in.",
            "Save our mill",
            id="a bare plural chanted",
        ),
    ],
)
def test_words_the_frame_gives_to_someone_else_are_not_the_subjects(
    sentence: str, start: str
) -> None:
    quote = _quote(LEAD + sentence, start)
    assert "Vell" not in (quote.attribution.speaker or ""), quote.attribution
    assert quote.verdict not in ACCUSATIONS


@pytest.mark.parametrize(
    ("sentence", "start", "speaker"),
    [
        pytest.param(
            "Vell's chief of staff, Maria Costa, said: “The councillor has read every report.”",
            "The councillor",
            "Maria Costa",
            id="X's chief of staff, a name",
        ),
        pytest.param(
            "Vell said: “The mill will be a cinema by the summer.”",
            "The mill",
            "Rosa Vell",
            id="her own frame",
        ),
        pytest.param(
            "Vell said she would not “give the mill away for nothing.”",
            "give the mill",
            "Rosa Vell",
            id="a negation inside her words",
        ),
        pytest.param(
            "Vell was quoted as saying: “The mill will be a cinema by the summer.”",
            "The mill",
            "Rosa Vell",
            id="quoted as saying: passive, yet hers",
        ),
    ],
)
def test_control_the_subjects_own_frame_keeps_its_speaker(
    sentence: str, start: str, speaker: str
) -> None:
    assert _quote(LEAD + sentence, start).attribution.speaker == speaker
