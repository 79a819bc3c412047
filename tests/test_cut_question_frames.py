"""Words the article gives to the question put to a speaker are no cut of her answer (red
team 20, F11): 'Asked whether she would “close the boathouse,” Voss said no.' quotes the
moderator's question; that the speaker's own answer puts "will not" before the same words
is no negation the quote hides (QC106).

Every sentence here is made up for these tests: a river town, its harbour master Ada Voss,
and a council debate.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Quote

DEBATE = (
    "---\nkind: transcript\noccasion: council debate\ndate: 2026-10-14\n---\n\n"
    "MODERATOR: Ms. Voss, will you close the boathouse this winter?\n\n"
    "ADA VOSS: We will not close the boathouse this winter, but the dock stays shut.\n"
)


def _quotes(sentence: str) -> list[Quote]:
    article = f"---\ndate: 2026-10-15\n---\n\nAt the council debate, {sentence}\n"
    source = quotecheck.make_source(DEBATE, id="debate.md")
    report = quotecheck.check_text(article, sources=[source])
    assert report.quotes, article
    return list(report.quotes)


@pytest.mark.parametrize(
    ("sentence", "qc106"),
    [
        pytest.param(
            "asked whether she would “close the boathouse,” Ada Voss said no.",
            False,
            id="asked whether: the question's words, no hidden negation",
        ),
        pytest.param(
            "asked if she would “close the boathouse,” Ada Voss shook her head.",
            False,
            id="asked if: the same",
        ),
        pytest.param(
            "Ada Voss said she would “close the boathouse this winter.”",
            True,
            id="her own claim, the negation dropped: QC106 stays",
        ),
        pytest.param(
            "Ada Voss said: “We will not close the boathouse this winter.”",
            True,
            id="her own words stopping before the limiter: QC106 stays",
        ),
    ],
)
def test_a_question_put_to_the_speaker_cuts_nothing(sentence: str, qc106: bool) -> None:
    q = _quotes(sentence)[0]
    assert any(f.code == "QC106" for f in q.findings) is qc106, (q.verdict, q.findings)
