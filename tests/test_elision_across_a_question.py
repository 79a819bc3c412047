"""QC105 on an ellipsis that cuts another speaker's question between two answers of the quoted
speaker (RT18 F23): the words after it answer that question, so the quote joins two answers as
if they were one. A listener's "Right." between, or a cut inside one answer, is no such cut.

Every sentence here is made up for these tests: a lakeside town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

INTERVIEW = """INTERVIEWER: Will the ferry run through the winter?

LEE: I can tell you that it will. The council has set aside the money.

INTERVIEWER: And will the mooring fees go up?

LEE: No. Not this year and not next year.

INTERVIEWER: Right.

LEE: The harbour pays for itself. We sold the old crane for a good price.
"""


def _check(article: str) -> quotecheck.QuoteResult:
    """The first quote of ``article`` checked against the interview."""
    src = quotecheck.make_source(INTERVIEW, id="interview.txt", speaker="Ann Lee")
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("quote", "flagged"),
    [
        pytest.param(
            "I can tell you that it will … Not this year and not next year",
            True,
            id="two answers joined across the question",
        ),
        pytest.param(
            "The council has set aside the money … The harbour pays for itself",
            True,
            id="across two questions",
        ),
        pytest.param(
            "Not this year and not next year … The harbour pays for itself",
            False,
            id="across a listener's 'Right.' alone",
        ),
        pytest.param(
            "The harbour pays for itself … We sold the old crane for a good price",
            False,
            id="a cut inside one answer",
        ),
    ],
)
def test_an_ellipsis_across_another_speakers_question(quote: str, flagged: bool) -> None:
    q = _check(f"Ann Lee said: “{quote}.”")
    assert q.verdict is Verdict.ELIDED, (q.verdict, q.codes, q.explanation)
    assert ("QC105" in q.codes) is flagged, (q.codes, q.explanation)
    if flagged:
        assert any("question" in f.message for f in q.findings), q.findings


def test_an_insertion_alone_is_no_cut_across_a_question() -> None:
    # "[…]" brackets stand for a word or two of the speaker's, not for a cut over a question:
    # pieces found on either side of another speaker's question are no joined answers
    q = _check(
        "Ann Lee said: “I can tell you that it [the ferry] Not this year and not next year.”"
    )
    assert not any("question" in f.message for f in q.findings), q.findings
