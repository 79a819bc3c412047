"""Telling a paper or a broadcaster written with "the" (#16, redteam F9b): "Brandt told the
BBC" places the words as "Brandt told Reuters" does.

The occasion cue "told <Name>" (``lang/en/language.yml``, ``occasion_cues``) read only a name
written right after the verb, so "told the BBC", "told the Daily Telegraph", "told the Lakeside
Courier" placed nothing, and words missing from the council meeting the article declares were
called `fabricated` (rule 9) — though the article says they were said to a paper, not at the
meeting.  Now they are `unverifiable` (rule 8), as after "told Reuters".  A "the" and a name
that names the declared occasion ("told the Kestrel Bay Council") still place the words
there, and an interview that names the outlet is still the one checked.

Every sentence here is made up for these tests: the town of Kestrel Bay, its council leader
Oona Brandt, a council meeting on Monday 9 November 2026 and an article of the next day.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Source, Verdict

MEETING = """---
speaker: Oona Brandt
kind: speech
occasion: Kestrel Bay council meeting
date: 2026-11-09
---
The slipway will be rebuilt before the first storms of the winter. Every stall on the quay
keeps its licence for another year. The ferry fares are frozen until the spring.
"""

LEDE = "Oona Brandt spoke at the Kestrel Bay council meeting on Monday.\n\n"
INVENTED = "The gulls have been running this town for longer than any of us"
SAID = "Every stall on the quay keeps its licence for another year."
CHANGED = "Every stall on the quay keeps its licence for another month."


def _meeting() -> Source:
    return quotecheck.make_source(MEETING, id="meeting.md")


def _last(article: str, sources: list[Source] | None = None) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(
        "---\ndate: 2026-11-10\n---\n" + LEDE + article,
        sources=sources if sources is not None else [_meeting()],
    )
    assert report.quotes, article
    return report.quotes[-1]


TOLD_AN_OUTLET = [
    pytest.param(f'"{INVENTED}," Brandt told the BBC.', id="told the BBC"),
    pytest.param(f'"{INVENTED}," Brandt told the Daily Telegraph.', id="a daily paper"),
    pytest.param(f'"{INVENTED}," Brandt told the Lakeside Courier.', id="a local paper"),
    pytest.param(f'Brandt told the Evening Gazette: "{INVENTED}."', id="cue before the quote"),
    pytest.param(f'"{INVENTED}," Brandt told the BBC\'s breakfast programme.', id="a programme"),
]


@pytest.mark.parametrize("article", TOLD_AN_OUTLET)
def test_words_told_to_an_outlet_are_not_fabricated_against_the_meeting(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "places it on another occasion" in result.explanation


AT_THE_MEETING = [
    pytest.param(f'"{INVENTED}," Brandt told the Kestrel Bay Council.', id="told the council"),
    pytest.param(f'"{INVENTED}," Brandt told the council.', id="told the council, lower case"),
    pytest.param(f'"{INVENTED}," Brandt said at the meeting.', id="at the meeting"),
]


@pytest.mark.parametrize("article", AT_THE_MEETING)
def test_words_placed_at_the_declared_meeting_may_still_be_fabricated(article: str) -> None:
    result = _last(article)
    assert result.verdict is Verdict.FABRICATED, (result.verdict, result.explanation)


RADIO = """---
speaker: Oona Brandt
kind: interview
occasion: Interview, BBC Radio Kestrel
date: 2026-11-09
---
HOST: And the market?

Oona Brandt: Every stall on the quay keeps its licence for another year.
"""


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(f'"{SAID}" Brandt told the BBC.', Verdict.VERBATIM, id="identical"),
        pytest.param(f'"{CHANGED}" Brandt told the BBC.', Verdict.ALTERED, id="changed"),
    ],
)
def test_an_interview_that_names_the_outlet_is_the_one_checked(
    article: str, verdict: Verdict
) -> None:
    result = _last(article, [quotecheck.make_source(RADIO, id="radio.md")])
    assert result.verdict is verdict, (result.verdict, result.explanation)
    assert "QC203" not in {f.code for f in result.findings}, result.findings


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(
            f'Brandt told the Kestrel Bay Council\'s members: "{INVENTED}."',
            id="the declared council's members",
        ),
        pytest.param(
            f'"{INVENTED}," Brandt told the Kestrel Bay Council’s finance panel.',
            id="curly possessive of the declared council",
        ),
    ],
)
def test_a_possessive_of_the_declared_occasion_still_places_the_words_there(
    article: str,
) -> None:
    """Review17-1 #7: a possessive after the name ends it, and the name before it is what is
    matched against the declared occasion: words told to its members may still be made up."""
    result = _last(article)
    assert result.verdict is Verdict.FABRICATED, (result.verdict, result.explanation)


def test_a_possessive_of_another_name_places_the_words_elsewhere() -> None:
    """Words told to "the Harbourmaster's office" are not said at the council meeting: as after
    "told the Harbourmaster", they cannot be checked against it (no accusation)."""
    result = _last(f'Brandt told the Harbourmaster\'s office: "{INVENTED}."')
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
