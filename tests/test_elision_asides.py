"""QC105 and a relative clause set off by commas that an ellipsis leaves out whole: a negation
inside it speaks of the noun the clause describes, not of the kept words ("The quay, which the
council did not pay for, … opens in May"); a limiter cut from the kept words' sentence, or a
negation outside such a clause, is still misleading.

Every sentence here is made up for these tests: a harbour town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest
from first_quote import first_quote

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "The new quay, which the council did not pay for, opens to the boats in May. "
    "Our night ferry, which nobody else would run, took nine thousand riders last year. "
    "The ice rink, who knows why, never made money. "
    "The fish market, unless the roof gives way, stays open all winter. "
    "The boatyard which never paid its rent will close. "
    "The night market will be closed, which we will not accept, by the end of June. "
    "Our harbour master will be replaced, which is not going to happen, after the regatta. "
    "The lifeboat station, which the town never asked for, saves lives every winter. "
    "The town pool shuts, which nobody wants, in August. "
    "Bo Tan, who never missed a meeting, retires this spring."
)


def _check(article: str) -> quotecheck.QuoteResult:
    return first_quote(article, SPEECH)


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
        pytest.param(
            "“The lifeboat station … saves lives every winter,” Ann Lee said.",
            False,
            id="a 'which … never …' clause right after the subject, before its verb",
        ),
        pytest.param(
            "“Bo Tan … retires this spring,” Ann Lee said.",
            False,
            id="a 'who … never …' clause cut whole",
        ),
        pytest.param(
            "“The night market will be closed … by the end of June,” Ann Lee said.",
            True,
            id="still flagged: a 'which' clause that speaks of the whole sentence",
        ),
        pytest.param(
            "“Our harbour master will be replaced … after the regatta,” Ann Lee said.",
            True,
            id="still flagged: 'which is not going to happen' after the predicate",
        ),
        pytest.param(
            "“The town pool shuts … in August,” Ann Lee said.",
            True,
            id="still flagged: the kept words resume with a preposition, not the verb",
        ),
    ],
)
def test_a_cut_relative_clause(article: str, flagged: bool) -> None:
    q = _check(article)
    assert q.verdict is Verdict.ELIDED, (q.verdict, q.codes, q.explanation)
    assert ("QC105" in q.codes) is flagged, (q.codes, q.explanation)
