"""A bracketed letter written onto a word ("[w]e will …", "[T]he plan") is the editor's change
of its case (AP and legal style): the word is the speaker's, read whole, never "e" for "we"
(RT18 F13). A real change of the word stays flagged, with the word as the article writes it.

Every sentence here is made up for these tests: a lakeside town and its mayor, Ann Lee.
"""

from __future__ import annotations

import pytest
from first_quote import first_quote

import quotecheck
from quotecheck.models import Verdict

SPEECH = (
    "Thank you all for coming. We will open the new ferry pier in June. "
    "Every boat owner will pay the same mooring fee. "
    "The council has found the money for the lido."
)


def _check(article: str) -> quotecheck.QuoteResult:
    return first_quote(article, SPEECH)


@pytest.mark.parametrize(
    "article",
    [
        pytest.param("Ann Lee said “[w]e will open the new ferry pier in June.”", id="[w]e"),
        pytest.param(
            "Ann Lee said “[e]very boat owner will pay the same mooring fee.”", id="[e]very"
        ),
        pytest.param(
            "Ann Lee said that “[t]he council has found the money for the lido.”", id="[t]he"
        ),
        pytest.param(
            "Ann Lee said the town was ready and “[w]e will open the new ferry pier in June.”",
            id="after narration",
        ),
    ],
)
def test_a_bracketed_capital_is_the_speakers_word(article: str) -> None:
    q = _check(article)
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED, Verdict.ELIDED), (
        q.verdict,
        q.codes,
        q.explanation,
    )
    assert not q.codes, (q.codes, q.explanation)


def test_a_real_change_behind_a_bracketed_capital_stays_flagged() -> None:
    q = _check("Ann Lee said “[t]hey will open the new ferry pier in June.”")
    assert q.verdict is Verdict.ALTERED and "QC114" in q.codes, (q.codes, q.explanation)
    person = [e for e in q.edits if e.quote == "[t]hey"]
    assert person and person[0].source == "We", q.edits
