"""QC105 and a relative clause set off by commas that an ellipsis leaves out whole: a negation
inside it speaks of the noun the clause describes, not of the kept words ("The quay, which the
council did not pay for, … opens in May"); a limiter cut from the kept words' sentence, or a
negation outside such a clause, is still misleading.

Every sentence here is made up for these tests: a harbour town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "The new quay, which the council did not pay for, opens to the boats in May. "
    "Our night ferry, which nobody else would run, took nine thousand riders last year. "
    "The ice rink, who knows why, never made money. "
    "The fish market, unless the roof gives way, stays open all winter. "
    "The boatyard which never paid its rent will close."
)


def _check(article: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SPEECH, id="speech.txt", speaker="Ann Lee")
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "flagged"),
    [
        pytest.param(
            "“The new quay … opens to the boats in May,” Ann Lee said.",
            False,
            id="a 'which … not …' clause cut whole",
        ),
        pytest.param(
            "“Our night ferry … took nine thousand riders last year,” Ann Lee said.",
            False,
            id="a 'which nobody …' clause cut whole",
        ),
        pytest.param(
            "“The fish market … stays open all winter,” Ann Lee said.",
            True,
            id="still flagged: a limiter cut from the sentence",
        ),
        pytest.param(
            "“The ice rink … made money,” Ann Lee said.",
            True,
            id="still flagged: the negation is outside the clause set off",
        ),
        pytest.param(
            "“The boatyard which … paid its rent will close,” Ann Lee said.",
            True,
            id="still flagged: a clause not set off by commas",
        ),
    ],
)
def test_a_cut_relative_clause(article: str, flagged: bool) -> None:
    q = _check(article)
    assert q.verdict is Verdict.ELIDED, (q.verdict, q.codes, q.explanation)
    assert ("QC105" in q.codes) is flagged, (q.codes, q.explanation)
