"""A kind of occasion with its day names the one source of that kind and day (#16, round 18).

Every sentence here is made up for these tests: Ann Lee, a harbour candidate, her debates,
town halls, interviews and rallies, each transcript given for every article (``shared``), as
``--source`` gives them.  The article is dated Sunday 8 March 2026: "Saturday" is 7 March,
"Thursday" 5 March.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Level, Verdict

ARTICLE_DATE = "2026-03-08"
QUOTE = "“They are jeering because I do not want their money,”"
ABSENT = "“We will build a second lighthouse on the point,”"


def _source(occasion: str, date: str, body: str, name: str) -> quotecheck.Source:
    text = f"---\nkind: transcript\noccasion: {occasion}\ndate: {date}\n---\n\n{body}\n"
    return quotecheck.make_source(text, id=name).model_copy(update={"shared": True})


DEBATE = _source(
    "Debate with Tom Reed, Ann Lee, Harbour Candidates, Bayport, ME, WCTV",
    "2026-03-07",
    "TOM REED: Your answer on the fares?\n"
    "ANN LEE: Let me finish. The ferry fares are too high for families. I do not want their "
    "money. I will keep the harbour open.\nTOM REED: Thank you.",
    "debate.md",
)
SECOND_DEBATE = _source(
    "Debate with Jo Park, Ann Lee, Harbour Candidates, Westport, ME, KHBR",
    "2026-03-07",
    "JO PARK: Your answer?\nANN LEE: Let me finish. I do not want their money. Next question.\n"
    "JO PARK: Thank you.",
    "debate2.md",
)
TOWN_HALL = _source(
    "Town Hall with Jo Park, Ann Lee, Westport, ME, KHBR",
    "2026-03-05",
    "JO PARK: Your answer?\nANN LEE: Let me finish. I do not want their money. Next question.\n"
    "JO PARK: Thank you.",
    "townhall.md",
)
# The closer look-alike: a stock line of the week before, and of last autumn.
INTERVIEW = _source(
    "Interview with Jo Park, 'Morning Harbour', WHBR",
    "2026-03-01",
    "JO PARK: Why do the shippers oppose you?\nANN LEE: The big shippers will never back my "
    "campaign because I do not want their money at all.\nJO PARK: Thanks.",
    "interview.md",
)
RALLY = _source(
    "Speech, Rally, Eastport, ME",
    "2025-09-04",
    "ANN LEE: Eastport, hello. The big shippers will never back my campaign because I do not "
    "want their money at all. Thank you.",
    "rally.md",
)
EVERY = [DEBATE, INTERVIEW, RALLY]


def _check(
    article: str, sources: list[quotecheck.Source], date: str | None = ARTICLE_DATE
) -> quotecheck.QuoteResult:
    front = f"---\ndate: {date}\n---\n\n" if date else ""
    report = quotecheck.check_text(front + article, sources=sources)
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "sources"),
    [
        pytest.param(
            f"{QUOTE} Ann Lee said at Saturday's debate.",
            EVERY,
            id="at Saturday's debate: the one debate of that Saturday",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said during Saturday night’s debate.",
            EVERY,
            id="during Saturday night's debate",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said at the debate on Saturday.",
            EVERY,
            id="at the debate on Saturday",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said at Thursday night's town hall.",
            [TOWN_HALL, INTERVIEW, RALLY],
            id="at Thursday night's town hall",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said at the debate on March 7.",
            EVERY,
            id="at the debate on March 7: the day by its date",
        ),
    ],
)
def test_a_kind_and_a_day_name_the_occasion(article: str, sources: list[quotecheck.Source]) -> None:
    """Judged against the occasion the article names, not "similar words" in a closer
    look-alike of the week before (before: unverifiable, the debate's passage only loosely
    alike and a kind word naming none of many debates)."""
    q = _check(article, sources)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)
    assert q.match is not None and q.match.source in {"debate.md", "townhall.md"}
    assert not [f for f in q.findings if f.level is Level.ERROR]


@pytest.mark.parametrize(
    ("article", "sources", "date"),
    [
        pytest.param(
            f"{QUOTE} Ann Lee said.", EVERY, ARTICLE_DATE, id="no occasion named: similar words"
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said Saturday.",
            EVERY,
            ARTICLE_DATE,
            id="a day alone names none of the day's occasions",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said at Friday's debate.",
            EVERY,
            ARTICLE_DATE,
            id="a debate of another day: the Saturday debate is not named",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said at Saturday's debate.",
            [DEBATE, SECOND_DEBATE, INTERVIEW, RALLY],
            ARTICLE_DATE,
            id="two debates that Saturday: neither is singled out",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said at Saturday's debate.",
            EVERY,
            None,
            id="no article date: Saturday is no known day",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee told reporters after Saturday's debate.",
            EVERY,
            ARTICLE_DATE,
            id="told reporters after the debate: not the debate's words",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said on Monday, two days after Saturday's debate.",
            EVERY,
            ARTICLE_DATE,
            id="two days in the frame: no one day singled out",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee said at Saturday's rally.",
            EVERY,
            ARTICLE_DATE,
            id="a rally that Saturday: the debate is of another kind",
        ),
    ],
)
def test_stays_similar_words_without_both(
    article: str, sources: list[quotecheck.Source], date: str | None
) -> None:
    q = _check(article, sources, date)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert "similar words in" in q.explanation
    assert not [f for f in q.findings if f.level is Level.ERROR]


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"{ABSENT} Ann Lee said at Saturday's debate.",
            Verdict.UNVERIFIABLE,
            id="absent from a shared debate named by its day: not fabricated",
        ),
        pytest.param(
            "“The ferry fares are too high for families,” Tom Reed said at Saturday's debate.",
            Verdict.MISATTRIBUTED,
            id="another candidate's words at the debate named: still misattributed",
        ),
        pytest.param(
            "“The ferry fares are too high for families,” Ann Lee said at Saturday's debate.",
            Verdict.VERBATIM,
            id="her own words, as said: verbatim",
        ),
    ],
)
def test_what_stays(article: str, verdict: Verdict) -> None:
    q = _check(article, EVERY)
    assert q.verdict is verdict, (q.verdict, q.explanation)


def test_declared_sources_keep_their_verdicts() -> None:
    """Must stay: a real alteration of a declared source's passage stays altered, and a
    quote absent from the debate the article declares and places it at stays fabricated."""
    declared = DEBATE.model_copy(update={"shared": False})
    altered = _check(
        "“The ferry fares are far too high for families,” Ann Lee said at the debate.", [declared]
    )
    assert altered.verdict is Verdict.ALTERED, altered.explanation
    absent = _check(f"{ABSENT} Ann Lee said at the debate.", [declared])
    assert absent.verdict is Verdict.FABRICATED, absent.explanation


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            f"{QUOTE} Ann Lee said during Thursday's town hall.",
            id="during Thursday's town hall: the town hall of that Thursday",
        ),
        pytest.param(
            f"{QUOTE} Ann Lee told voters during Thursday night's town hall.",
            id="told voters during Thursday night's town hall",
        ),
    ],
)
def test_during_a_town_hall(sentence: str) -> None:
    """ "during" a town hall places a quote as "at" one does (before: "during Thursday's town
    hall" placed no kind, and the town hall of that Thursday was not named; "told voters"
    places it by itself, before and after)."""
    q = _check(sentence, [TOWN_HALL, INTERVIEW, RALLY])
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


def test_during_a_town_hall_is_not_the_declared_debate() -> None:
    """Must stay: a quote the article places during a town hall is not shown altered by the
    debate it declares (the cue "during a town hall" does not agree with the debate)."""
    declared = DEBATE.model_copy(update={"shared": False})
    q = _check(
        "“The ferry fares are far too high for families,” Ann Lee said during a town hall.",
        [declared],
    )
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert "similar words in" in q.explanation


def test_in_the_town_hall_is_a_building() -> None:
    """Must stay: "in the town hall" may be the building a debate is held in ("told a debate
    crowd in the town hall"): no town-hall occasion is read from "in"."""
    declared = DEBATE.model_copy(update={"shared": False})
    q = _check(
        "“The ferry fares are far too high for families,” Ann Lee said in the town hall.",
        [declared],
    )
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)
