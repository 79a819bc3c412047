"""A quote that opens with a reporting frame ("I said that …", "She said that …") is narration
put in the speaker's mouth (QC104) only when the frame is not the speaker's own: when the whole
quote, frame and all, stands identically in the speaker's passage, the speaker said it.

Every sentence here is made up for these tests: a harbour town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest
from first_quote import first_quote

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "Two winters ago I said that the breakwater would hold, and it has held. "
    "She said that the ferry tickets cost too much, and she was right. "
    "The breakwater will be raised by a metre next spring."
)


def _check(article: str) -> quotecheck.QuoteResult:
    return first_quote(article, SPEECH)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            "Ann Lee said: “I said that the breakwater would hold, and it has held.”",
            Verdict.VERBATIM,
            id="her own 'I said that', word for word",
        ),
        pytest.param(
            "Ann Lee said: “She said that the ferry tickets cost too much, and she was right.”",
            Verdict.VERBATIM,
            id="her own 'She said that', word for word",
        ),
        pytest.param(
            "Ann Lee said: “I said that the breakwater will be raised by a metre next spring.”",
            Verdict.NARRATION_INSERTED,
            id="still caught: a frame the passage does not hold",
        ),
    ],
)
def test_a_reporting_frame_the_speaker_said(article: str, verdict: Verdict) -> None:
    q = _check(article)
    assert q.verdict is verdict, (q.verdict, q.codes, q.explanation)
    assert ("QC104" in q.codes) is (verdict is Verdict.NARRATION_INSERTED), q.codes
