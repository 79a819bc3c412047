"""An emailed statement is a statement sent by email (red team 21 F3): "said in an email"
admits a source that declares itself a statement (``kind: statement``, ``occasion: emailed
statement``) or declares nothing, as "emailed" and "texted" already did
(``lang/en/occasion_places.txt``: "in * email = email statement").  Its exact words get no
QC203 doubt, and a changed modal is an alteration there, not "another occasion".

Every sentence here is made up for these tests: a hydrologist, Petra Lunde, who answered a
reporter's questions by email on 9 March 2026; the article is of the next day.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = "The reservoir must be drained before the dam wall is inspected"
CHANGED = "The reservoir should be drained before the dam wall is inspected"


def _check(article: str, front: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        f"---\nspeaker: Petra Lunde\n{front}date: 2026-03-09\n---\n\n"
        f"Thanks for the question. {SAID}. The spillway is fine.\n",
        id="lunde.txt",
    )
    report = quotecheck.check_text(
        f"---\ndate: 2026-03-10\n---\n\nPetra Lunde, a hydrologist, answered by email.\n\n"
        f"{article}\n",
        sources=[src],
    )
    assert report.quotes, article
    return report.quotes[-1]


FRONTS = {
    "occasion": "occasion: emailed statement\n",
    "kind": "kind: statement\n",
    "nothing": "",
}


@pytest.mark.parametrize("front", sorted(FRONTS))
@pytest.mark.parametrize(
    ("quote", "verdict"),
    [(SAID, Verdict.VERBATIM), (CHANGED, Verdict.ALTERED)],
    ids=["exact", "must-should"],
)
def test_said_in_an_email_is_an_emailed_statement(front: str, quote: str, verdict: Verdict) -> None:
    q = _check(f"“{quote},” Lunde said in an email.", FRONTS[front])
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert "QC203" not in {f.code for f in q.findings}, q.findings


def test_an_email_is_not_a_speech() -> None:
    q = _check(f"“{SAID},” Lunde said in an email.", "kind: speech\noccasion: flood forum speech\n")
    assert "QC203" in {f.code for f in q.findings}, q.findings
