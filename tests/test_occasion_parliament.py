"""Telling a parliament (red team 18, F14): "told MPs", "told the Commons", "told the House",
"told Parliament" say the kind of occasion — a sitting of a parliament, a debate or a committee
hearing — not which one (``lang/en/kind_audiences.txt``).  They are no occasion cue of a name
("told CNN"), whose words a source's occasion must share: against a source of "Question Hour"
or a chamber debate the words are that occasion's, no QC203, and a changed word is an
alteration there; against a press conference they are another occasion.  "Told a news
conference" is a press conference's (``occasion_places.txt``), not a chamber debate's.

Every sentence here is made up for these tests: an island state, its premier Hana Voss, who
answered questions in its parliament on Wednesday 4 March 2026; the article is of that day.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Verdict
from quotecheck.score.checks.placement import source_kinds

SAID = "Every island ferry keeps its winter timetable until April"
CHANGED = "Every island ferry keeps its winter timetable until June"

PMQS = "occasion: Prime Minister's Questions\n"
COMMONS = "occasion: House of Commons debate on island ferries\n"
PRESS = "occasion: press conference at the ferry terminal\n"


def _check(article: str, front: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        f"---\nspeaker: Hana Voss\n{front}date: 2026-03-04\n---\n\n{SAID}. The crews stay.\n",
        id="voss.md",
    )
    report = quotecheck.check_text(
        f"---\ndate: 2026-03-04\n---\n\nPremier Hana Voss spoke on Wednesday.\n\n{article}\n",
        sources=[src],
    )
    assert report.quotes, article
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("article", "front", "verdict", "qc203"),
    [
        pytest.param(
            f"Voss told MPs on Wednesday: “{SAID}.”",
            PMQS,
            Verdict.VERBATIM,
            False,
            id="told MPs, question time: the same occasion",
        ),
        pytest.param(
            f"Voss told the Commons: “{SAID}.”",
            PMQS,
            Verdict.VERBATIM,
            False,
            id="told the Commons, question time",
        ),
        pytest.param(
            f"Voss told the House that “{SAID}.”",
            PMQS,
            Verdict.VERBATIM,
            False,
            id="told the House, question time",
        ),
        pytest.param(
            f"Voss told Parliament Wednesday: “{SAID}.”",
            PMQS,
            Verdict.VERBATIM,
            False,
            id="told Parliament and a weekday, question time",
        ),
        pytest.param(
            f"Voss told MPs: “{SAID}.”",
            COMMONS,
            Verdict.VERBATIM,
            False,
            id="told MPs, a chamber debate",
        ),
        pytest.param(
            f"Voss told MPs on Wednesday: “{CHANGED}.”",
            PMQS,
            Verdict.ALTERED,
            False,
            id="changed, told MPs, question time: an alteration there",
        ),
        pytest.param(
            f"Voss told MPs: “{SAID}.”",
            PRESS,
            Verdict.VERBATIM,
            True,
            id="told MPs, a press conference: another occasion",
        ),
        pytest.param(
            f"Voss told the House Ferries Committee: “{SAID}.”",
            PMQS,
            Verdict.VERBATIM,
            True,
            id="a committee's name stays a name, not question time",
        ),
        pytest.param(
            f"Voss told a news conference on Wednesday: “{SAID}.”",
            COMMONS,
            Verdict.VERBATIM,
            True,
            id="told a news conference, a chamber debate: another occasion",
        ),
        pytest.param(
            f"Voss told a news conference on Wednesday: “{SAID}.”",
            PRESS,
            Verdict.VERBATIM,
            False,
            id="told a news conference, a press conference",
        ),
    ],
)
def test_telling_a_parliament_is_a_sitting_of_it(
    article: str, front: str, verdict: Verdict, qc203: bool
) -> None:
    q = _check(article, front)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert ("QC203" in {f.code for f in q.findings}) is qc203, q.findings


@pytest.mark.parametrize(
    ("occasion", "kinds"),
    [
        ("Prime Minister's Questions", {"parliament"}),
        ("House of Commons debate on island ferries", {"parliament", "debate"}),
        ("House of Lords, second reading", {"parliament"}),
    ],
)
def test_a_parliament_s_sitting_is_a_kind_of_source(occasion: str, kinds: set[str]) -> None:
    src = quotecheck.make_source(
        f"---\nkind: transcript\noccasion: {occasion}\n---\n\nHana Voss: Hello.\n", id="s.md"
    )
    assert source_kinds(src, get_language("en")) == kinds
