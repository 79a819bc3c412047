"""Which declared sources cover a quote's occasion (rules 8 and 9).

A quote the article places at a rally is missing from the mayor's written statement and
from the council meeting's transcript.  The statement is ruled out by the rally (a statement
is no rally), and that it declares no occasion does not make the meeting cover the rally:
the quote is `unverifiable`, not `fabricated`.

Every sentence here is made up for these tests: the town of Kestrel Bay, its mayor Ruth
Okafor, her statement on the sea wall and a council meeting on it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

import quotecheck
from quotecheck.models import Source, Verdict

STATEMENT = """Statement by Mayor Ruth Okafor on the Kestrel Bay sea wall

The sea wall will not be finished before the winter storms, and the first phase will protect
twelve hundred homes on the north shore.

We cannot promise that nobody will be flooded, but we can promise that nobody will be forgotten.
"""

MEETING = """---
kind: transcript
occasion: Kestrel Bay council meeting on the sea wall
date: 2026-11-05
---
MODERATOR: Good evening. The first question goes to the mayor.

RUTH OKAFOR: The wall costs four million pounds, and the government is paying half of it.

DEV MARSH: The second phase will cost another three million, and she knows it.

RUTH OKAFOR: We will publish every page of the engineers' reports on Monday.
"""

INVENTED = "We will build this wall higher than any wall on the coast."
AT_MEETING = "We will publish every page of the engineers' reports on Monday."


def _statement(*, shared: bool = False) -> Source:
    src = quotecheck.make_source(STATEMENT, id="statement.txt")
    return src.model_copy(update={"shared": True}) if shared else src


def _meeting() -> Source:
    return quotecheck.make_source(MEETING, id="meeting.md")


def _quote(article: str, sources: list[Source]) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(article, sources=sources)
    assert report.quotes, article
    return report.quotes[-1]


AT_A_RALLY = [
    pytest.param(f'Mayor Ruth Okafor told a rally of supporters: "{INVENTED}"', id="told a rally"),
    pytest.param(
        f'Mayor Ruth Okafor spoke to supporters at a rally on Saturday. "{INVENTED}" she said.',
        id="a rally the sentence before",
    ),
    pytest.param(
        f'Mayor Ruth Okafor told a crowd of supporters on the quay: "{INVENTED}"',
        id="told a crowd",
    ),
]

SOURCE_SETS = [
    pytest.param(lambda: [_statement(), _meeting()], id="statement and meeting"),
    pytest.param(lambda: [_statement(shared=True), _meeting()], id="shared statement, meeting"),
    pytest.param(lambda: [_meeting()], id="meeting alone"),
    pytest.param(lambda: [_statement()], id="statement alone"),
]


@pytest.mark.parametrize("sources", SOURCE_SETS)
@pytest.mark.parametrize("article", AT_A_RALLY)
def test_a_rally_quote_missing_from_a_statement_and_a_meeting_is_not_fabricated(
    article: str, sources: Callable[[], list[Source]]
) -> None:
    q = _quote(article, sources())
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert not [f for f in q.findings if f.code == "QC301"], q.findings


@pytest.mark.parametrize(
    ("article", "sources", "verdict"),
    [
        pytest.param(
            f'Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(), _meeting()],
            Verdict.FABRICATED,
            id="no placement: the declared statement covers it",
        ),
        pytest.param(
            f'At the council meeting, Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(), _meeting()],
            Verdict.FABRICATED,
            id="placed at the declared meeting",
        ),
        pytest.param(
            f'At the council meeting, Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(shared=True), _meeting()],
            Verdict.FABRICATED,
            id="placed at the declared meeting, a shared statement beside it",
        ),
        pytest.param(
            f'Mayor Ruth Okafor said: "{INVENTED}"',
            lambda: [_statement(shared=True), _meeting()],
            Verdict.UNVERIFIABLE,
            id="no placement: the declared meeting is not every quote's occasion",
        ),
        pytest.param(
            f'Mayor Ruth Okafor told the council meeting: "{AT_MEETING}"',
            lambda: [_statement(), _meeting()],
            Verdict.VERBATIM,
            id="words found at the meeting",
        ),
    ],
)
def test_controls_a_covering_source_still_makes_an_absence_fabricated(
    article: str, sources: Callable[[], list[Source]], verdict: Verdict
) -> None:
    q = _quote(article, sources())
    assert q.verdict is verdict, (q.verdict, q.explanation)
