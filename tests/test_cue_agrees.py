"""A quote the article places on an occasion ("told Lake Radio") is not weakened by being
found, reworded, in that very occasion's transcript (#16, round three: alteration recall).

Every sentence here is made up for these tests: a lake town and its mayor, Mara Lind.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

RADIO_SAID = (
    "Well, the ferry will keep running every hour, and the fares, I can tell you, the fares "
    "are going to stay where they are for the whole year."
)


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        pytest.param(
            "Mara Lind told Lake Radio: “The ferry keeps running every hour and the fares are "
            "going to stay put all year long.”",
            Verdict.PARAPHRASED,
            id="told Lake Radio, reworded: the Lake Radio interview is its occasion",
        ),
        pytest.param(
            "Mara Lind tweeted: “The ferry keeps running every hour and the fares are going to "
            "stay put all year long.”",
            Verdict.UNVERIFIABLE,
            id="tweeted, reworded: the interview is another occasion",
        ),
    ],
)
def test_a_cue_that_agrees_does_not_weaken_a_rewording(sentence: str, verdict: Verdict) -> None:
    text = (
        "---\nkind: transcript\noccasion: Interview with Lake Radio, morning show\n"
        f"date: 2026-04-15\n---\n\nHost: Welcome back.\n\nMara Lind: {RADIO_SAID}\n\n"
        "Host: Thank you.\n"
    )
    src = quotecheck.make_source(text, id="radio.md").model_copy(update={"shared": True})
    article = f"---\ndate: 2026-04-15\n---\n\n{sentence}\n"
    result = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert result.verdict is verdict, result.explanation
