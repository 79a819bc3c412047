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


FOLLOW_UPS = """INTERVIEWER: What happens to the old boathouse?

LEE: We will turn the boathouse into a sailing school.

INTERVIEWER: Really?

LEE: Yes. The sailing school opens in June, and the lottery pays for it.

INTERVIEWER: Sorry, the lottery pays for all of it?

LEE: The lottery pays for the roof and the council pays for the rest.

INTERVIEWER: And what about the parking on the quay?

LEE: The quay stays free for residents.
"""


@pytest.mark.parametrize(
    ("quote", "flagged"),
    [
        pytest.param(
            "We will turn the boathouse into a sailing school … The sailing school opens in June",
            False,
            id="across a listener's 'Really?'",
        ),
        pytest.param(
            "the lottery pays for it … The lottery pays for the roof",
            False,
            id="across a question echoing the speaker's words",
        ),
        pytest.param(
            "The lottery pays for the roof … The quay stays free for residents",
            True,
            id="across a question on a new topic",
        ),
    ],
)
def test_a_question_that_opens_no_new_topic_is_no_cut(quote: str, flagged: bool) -> None:
    src = quotecheck.make_source(FOLLOW_UPS, id="follow-ups.txt", speaker="Ann Lee")
    report = quotecheck.check_text(f"Ann Lee said: “{quote}.”", sources=[src])
    q = report.quotes[0]
    assert q.verdict is Verdict.ELIDED, (q.verdict, q.codes, q.explanation)
    assert ("QC105" in q.codes) is flagged, (q.codes, q.explanation)
