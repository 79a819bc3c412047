"""QC105 on cuts that turn none of the kept words (RT18 F20): an ellipsis that leaves out only
the "but" between two kept clauses, an aside that echoes a negation the kept words hold already
("Nobody, and I mean nobody, …"), or a fixed phrase with a negation word that negates nothing
("no doubt", "isn't it?", "not least", "without question", "no matter what …", "not only" when
its other half is kept). A cut "not" or "only" that governs the kept words, a cut "not only"
whose other half is cut too, a cut condition, a cut limiter with its clause stay flagged.

Every sentence here is made up for these tests: a lakeside town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest
from first_quote import first_quote

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "The ferry fares will not rise this year, but the parking fees will. "
    "It is not cheap, but it is fair. "
    "The pier is not a gift but a loan. "
    "Nobody, and I mean nobody, will pay more for the ferry. "
    "No school in this valley, not one, will lose a teacher. "
    "The lake path is, no doubt, the finest walk in the county. "
    "It is a fair budget, isn't it? We will pass it in June. "
    "The fishermen, not least those on the east shore, deserve our thanks. "
    "We will, without question, repair the old jetty. "
    "The new boats will arrive, no matter what the shipyard says, before the regatta. "
    "We will not only paint the boathouse, we will also fix its roof. "
    "We will only mend the north pier this summer. "
    "Every family but the Tans has paid the harbour levy. "
    "We will close the lido unless the council finds the money. "
    "No ferry, if the lake does not freeze, will stop running in winter. "
    "We will, not in March but in May, open the museum. "
    "Nothing, we are told, will change for the boat owners. "
    "The old lido is cold in spring. Who designed it? But the council will pay for a new roof. "
    "The ferry closure is not only about money, it is about the ice. "
    "The boats will be ready, won't they? Nobody has painted the hulls yet."
)


def _check(article: str) -> quotecheck.QuoteResult:
    return first_quote(article, SPEECH)


@pytest.mark.parametrize(
    ("quote", "flagged"),
    [
        pytest.param("It is not cheap … it is fair", False, id="a 'but' alone after a comma"),
        pytest.param("The pier is not a gift … a loan", False, id="'not X but Y' without 'but'"),
        pytest.param(
            "The ferry fares will not rise this year … the parking fees will",
            False,
            id="a 'but' alone between two clauses",
        ),
        pytest.param(
            "Nobody … will pay more for the ferry", False, id="an echo of the kept 'nobody'"
        ),
        pytest.param(
            "No school in this valley … will lose a teacher",
            False,
            id="'not one' echoes the kept 'No'",
        ),
        pytest.param("The lake path is … the finest walk in the county", False, id="', no doubt,'"),
        pytest.param("It is a fair budget … We will pass it in June", False, id="', isn't it?'"),
        pytest.param(
            "The fishermen … deserve our thanks", False, id="', not least those on the east shore,'"
        ),
        pytest.param("We will … repair the old jetty", False, id="', without question,'"),
        pytest.param(
            "The new boats will arrive … before the regatta",
            False,
            id="', no matter what the shipyard says,'",
        ),
        pytest.param(
            "We will … paint the boathouse, we will also fix its roof",
            False,
            id="'not only' cut whole",
        ),
        pytest.param(
            "The old lido is cold in spring … the council will pay for a new roof",
            False,
            id="a sentence-opening 'But' after whole sentences cut",
        ),
        # A tag question echoes its clause; cut, the kept words say what they said.
        pytest.param(
            "The boats will be ready … Nobody has painted the hulls yet.",
            False,
            id="a tag question cut at the sentence's end",
        ),
        pytest.param(
            "The ferry closure is … about money.",
            True,
            id="still flagged: 'not only' cut, its other half cut too",
        ),
        # still flagged
        pytest.param(
            "The old lido is cold in spring … will pay for a new roof",
            True,
            id="still flagged: a 'But' cut with the subject after it",
        ),
        pytest.param(
            "The ferry fares will … rise this year", True, id="still flagged: a cut 'not'"
        ),
        pytest.param(
            "We will … mend the north pier this summer",
            True,
            id="still flagged: a cut 'only' before the kept words",
        ),
        pytest.param(
            "Every family … the Tans has paid the harbour levy",
            True,
            id="still flagged: an exceptive 'but' with no comma",
        ),
        pytest.param(
            "We will close the lido … the council finds the money",
            True,
            id="still flagged: a cut 'unless'",
        ),
        pytest.param(
            "No ferry … will stop running in winter",
            True,
            id="still flagged: a cut condition with a negation the kept words lack",
        ),
        pytest.param(
            "We will … open the museum",
            True,
            id="still flagged: 'not … but …' aside after kept words with no negation",
        ),
        pytest.param(
            "It is not cheap … fair",
            True,
            id="still flagged: the 'but' cut with the words after it",
        ),
    ],
)
def test_a_cut_that_turns_no_kept_word(quote: str, flagged: bool) -> None:
    q = _check(f"“{quote},” Ann Lee said.")
    assert q.verdict is Verdict.ELIDED, (q.verdict, q.codes, q.explanation)
    assert ("QC105" in q.codes) is flagged, (q.codes, q.explanation)


@pytest.mark.parametrize(
    "quote",
    [
        pytest.param("We will … repair the old jetty", id="'We will' recurs later in the source"),
        pytest.param(
            "The new boats will arrive … before the regatta", id="'The new boats' first piece"
        ),
    ],
)
def test_a_short_first_piece_is_placed_before_the_next(quote: str) -> None:
    # the words before the ellipsis stand also later in the source; the place right before the
    # next piece is the honest elision, not a splice (QC103)
    q = _check(f"“{quote},” Ann Lee said.")
    assert q.verdict is Verdict.ELIDED and "QC103" not in q.codes, (q.codes, q.explanation)
