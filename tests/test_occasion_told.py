"""Telling a network (#16): "Lee told CBS This Morning" is an interview.

A source that declares its kind (``kind: interview``) and no occasion has no words for the
article's cue to share; the cue's place phrase must then admit its kind
(``lang/en/occasion_places.txt``: "told cbs" → an interview or a town hall, as "on cbs").  It
does not make the network's name a debate's or another outlet's interview.

Every sentence here is made up for these tests: a river town, its mayor Ann Lee, an interview
on Monday 2 March 2026; the article is of the next day.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = "The towpath reopens in April and the lock keepers keep their jobs"
CHANGED = "The towpath reopens in August and the lock keepers keep their jobs"


def _check(article: str, front: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        f"---\n{front}date: 2026-03-02\n---\n\nHOST: And the river?\n\nAnn Lee: {SAID}.\n",
        id="lee.md",
    )
    report = quotecheck.check_text(f"---\ndate: 2026-03-03\n---\n\n{article}", sources=[src])
    assert report.quotes, article
    return report.quotes[0]


INTERVIEW = "kind: interview\n"


@pytest.mark.parametrize(
    ("article", "front", "verdict", "qc203"),
    [
        pytest.param(
            f"“{SAID},” Ann Lee told CBS This Morning.",
            INTERVIEW,
            Verdict.VERBATIM,
            False,
            id="identical, told a programme: an interview, no occasion mismatch",
        ),
        pytest.param(
            f"“{CHANGED},” Ann Lee told CBS This Morning.",
            INTERVIEW,
            Verdict.ALTERED,
            False,
            id="changed, told a programme: checked against the interview",
        ),
        pytest.param(
            f"“{CHANGED},” Ann Lee told CNN.",
            INTERVIEW,
            Verdict.ALTERED,
            False,
            id="changed, told a network: checked against the interview",
        ),
        pytest.param(
            f"“{SAID},” Ann Lee told CBS This Morning.",
            "kind: transcript\noccasion: river council debate\n",
            Verdict.VERBATIM,
            True,
            id="identical, told a programme, the source a debate: another occasion",
        ),
        pytest.param(
            f"“{CHANGED},” Ann Lee told CBS This Morning.",
            "kind: transcript\noccasion: river council debate\n",
            Verdict.UNVERIFIABLE,
            False,
            id="changed, the source a debate: similar words, no alteration",
        ),
        pytest.param(
            f"“{CHANGED},” Ann Lee told CBS This Morning.",
            "kind: interview\noccasion: Interview, Harbour Radio\n",
            Verdict.UNVERIFIABLE,
            False,
            id="changed, the source another outlet's interview: similar words",
        ),
    ],
)
def test_telling_a_network_is_an_interview(
    article: str, front: str, verdict: Verdict, qc203: bool
) -> None:
    q = _check(article, front)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert ("QC203" in {f.code for f in q.findings}) is qc203, q.findings
