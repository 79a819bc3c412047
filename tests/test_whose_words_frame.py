"""Whose words: a named critic's echo of the speaker's words, an interjection in a turn of
its own (``docs/verdicts.md``, *The source as evidence*, rule 2; red team 17 F13, F11).

Every sentence here is made up for these tests: a library board, its chair Nell Okafor and a
trustee, Ravi Bloom.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "---\nspeaker: Nell Okafor\nkind: speech\noccasion: library board meeting\n"
    "date: 2026-10-06\n---\n\n"
    "The branch library will not lose its Sunday hours. We will put 2.1 million pounds into "
    "the reading rooms over four years.\n"
)
"""The chair's speech: a negation and a number a critic may echo."""

MEETING = (
    "---\nkind: transcript\noccasion: library board meeting\ndate: 2026-10-06\n---\n\n"
    "Nell Okafor: We will put 2.1 million pounds into the reading rooms.\n\n"
    "Ravi Bloom: Disgraceful!\n\n"
    "Nell Okafor: Over four years, as the plan says.\n\n"
    "Ravi Bloom: We will sell the mobile van, and nobody will miss it. Frankly the whole plan "
    "is upside down.\n"
)
"""The meeting's transcript: the trustee's one-word interjection, in a turn of its own, and
a longer turn of his."""


def _check(article: str, source: str, id: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(source, id=id)
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("article", "verdict", "speaker", "present", "absent"),
    [
        pytest.param(
            "Chair Nell Okafor set out her plan on Tuesday. Trustee Ravi Bloom was unmoved. "
            "“The branch library will lose its Sunday hours,” Bloom said.",
            Verdict.UNVERIFIABLE,
            "Ravi Bloom",
            {"QC302"},
            {"QC101", "QC110", "QC204", "QC201"},
            id="a critic's echo with her 'not' left out stays the critic's",
        ),
        pytest.param(
            "Chair Nell Okafor set out her plan on Tuesday.\n\n"
            "Trustee Ravi Bloom said the board “will put 2.1 million pounds into nothing.”",
            Verdict.UNVERIFIABLE,
            "Ravi Bloom",
            {"QC302"},
            {"QC101", "QC110", "QC204", "QC201"},
            id="a critic's mocking echo of her number stays the critic's",
        ),
        pytest.param(
            "Chair Nell Okafor set out her plan on Tuesday.\n\n"
            "“The branch library will lose its Sunday hours,” Okafor said.",
            Verdict.ALTERED,
            "Nell Okafor",
            {"QC101", "QC110"},
            {"QC204"},
            id="control: her own words with her 'not' dropped are still altered",
        ),
    ],
)
def test_an_echo_of_the_speakers_words_stays_the_critics(
    article: str, verdict: Verdict, speaker: str, present: set[str], absent: set[str]
) -> None:
    """Words that only resemble S's (a word S did not say, or S's negation left out) are not
    S's: no transfer to S, and no alteration of S's words on someone else's quote."""
    q = _check(article, SPEECH, "speech.md")
    assert q.verdict is verdict, (q.verdict, q.explanation, q.codes)
    assert q.attribution.speaker == speaker
    assert present <= set(q.codes), q.codes
    assert not absent & set(q.codes), q.codes


@pytest.mark.parametrize(
    ("article", "verdict", "present", "absent"),
    [
        pytest.param(
            "Chair Nell Okafor spoke at the library board meeting on Tuesday.\n\n"
            "“Disgraceful!” Okafor said.",
            Verdict.MISATTRIBUTED,
            {"QC201"},
            {"QC301"},
            id="his one-word interjection, a turn of its own, given to her: misattributed",
        ),
        pytest.param(
            "Chair Nell Okafor spoke at the library board meeting on Tuesday.\n\n"
            "“Frankly,” Okafor said.",
            None,
            set(),
            {"QC201"},
            id="control: one word inside a longer turn of his is no evidence",
        ),
    ],
)
def test_a_turn_of_its_own(
    article: str, verdict: Verdict | None, present: set[str], absent: set[str]
) -> None:
    """A quote that is the whole of another speaker's turn is that speaker's, however short."""
    q = _check(article, MEETING, "meeting.md")
    if verdict is not None:
        assert q.verdict is verdict, (q.verdict, q.explanation, q.codes)
    assert present <= set(q.codes), q.codes
    assert not absent & set(q.codes), q.codes
