"""A month, a season or a weekday the article gives a quote, against a source's date (red
team 20). F10: "In June", "Last summer", "In a June interview" put the words on an occasion
a transcript of October cannot be — also in an article of no date, where the year is
unknown but the month is not. F15: "last Tuesday" in an article dated a Tuesday is the
Tuesday a week back, not the article's own day.

Every sentence here is made up for these tests: a river town, its harbour master Ada Voss,
and the transcript of an autumn council debate (declared with its date, no `occasion:`).
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Quote, Verdict

SAID = "The night ferry will stop at the old mill landing from next spring."
CHANGED = "The night ferry will stop at the old mill landing from next summer."
ABSENT = "a sinking ship"


def _debate(date: str, occasion: str = "") -> object:
    said_at = f"occasion: {occasion}\n" if occasion else ""
    text = (
        f"---\nkind: transcript\n{said_at}date: {date}\n---\n\n"
        f"MODERATOR: Ms. Voss, the landing?\n\nADA VOSS: {SAID}\n"
    )
    return quotecheck.make_source(text, id="debate.md")


def _quote(
    sentence: str, *, source_date: str, article_date: str | None, occasion: str = ""
) -> Quote:
    head = f"---\ndate: {article_date}\n---\n\n" if article_date else ""
    article = f"{head}Ada Voss and her rival met for a debate on Wednesday.\n\n{sentence}\n"
    report = quotecheck.check_text(article, sources=[_debate(source_date, occasion)])  # type: ignore[list-item]
    assert report.quotes, article
    return report.quotes[-1]


OCTOBER = "2026-10-14"


@pytest.mark.parametrize("article_date", [None, "2026-10-16"], ids=["undated", "dated"])
@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        pytest.param(
            f"In June, Ada Voss called the ferry plan “{ABSENT}.”",
            Verdict.UNVERIFIABLE,
            id="in June: words missing from an October debate are not made up",
        ),
        pytest.param(
            f"Last summer, Ada Voss called the ferry plan “{ABSENT}.”",
            Verdict.UNVERIFIABLE,
            id="last summer: the same",
        ),
        pytest.param(
            f"Ada Voss said in June that the ferry plan was “{ABSENT}.”",
            Verdict.UNVERIFIABLE,
            id="said in June that",
        ),
        pytest.param(
            f"In a June interview, Ada Voss called the ferry plan “{ABSENT}.”",
            Verdict.UNVERIFIABLE,
            id="in a June interview",
        ),
        pytest.param(
            f"At an April meeting, Ada Voss called the ferry plan “{ABSENT}.”",
            Verdict.UNVERIFIABLE,
            id="at an April meeting",
        ),
        pytest.param(
            f"In June, Ada Voss said: “{CHANGED}”",
            Verdict.UNVERIFIABLE,
            id="in June: a look-alike in an October debate is similar words, not altered",
        ),
        pytest.param(
            f"In October, Ada Voss said: “{CHANGED}”",
            Verdict.ALTERED,
            id="in October, the debate's month: still altered",
        ),
        pytest.param(
            f"In an October debate, Ada Voss called the ferry plan “{ABSENT}.”",
            Verdict.FABRICATED,
            id="in an October debate: still fabricated",
        ),
        pytest.param(
            f"Last autumn, Ada Voss said: “{CHANGED}”",
            Verdict.UNVERIFIABLE,
            id="last autumn in an October article is the year before's",
        ),
    ],
)
def test_a_month_or_season_apart_from_the_sources(
    sentence: str, verdict: Verdict, article_date: str | None
) -> None:
    expected = verdict
    if article_date is None and "Last autumn" in sentence:
        # Without the article's date, "last autumn" is any autumn: October is in it.
        expected = Verdict.ALTERED
    q = _quote(sentence, source_date=OCTOBER, article_date=article_date)
    assert q.verdict is expected, (q.verdict, q.explanation)
    if expected is Verdict.UNVERIFIABLE:
        assert "fabricated" not in q.explanation


@pytest.mark.parametrize(
    ("sentence", "source_date", "verdict"),
    [
        pytest.param(
            f"Last winter, Ada Voss said: “{CHANGED}”",
            "2026-01-20",
            Verdict.ALTERED,
            id="winter runs across the year's end: a January debate is of it",
        ),
        pytest.param(
            f"Last winter, Ada Voss said: “{CHANGED}”",
            "2026-04-20",
            Verdict.UNVERIFIABLE,
            id="an April debate is not of any winter",
        ),
        pytest.param(
            f"In June, Ada Voss said: “{CHANGED}”",
            "2026-07-01",
            Verdict.ALTERED,
            id="a day's slack at a month's end, as for a day counted from the article's",
        ),
    ],
)
def test_an_undated_article_keeps_the_months(
    sentence: str, source_date: str, verdict: Verdict
) -> None:
    q = _quote(sentence, source_date=source_date, article_date=None)
    assert q.verdict is verdict, (q.verdict, q.explanation)


def test_the_doubt_says_why() -> None:
    """A declared source of no ``occasion:``: the doubt names the article's month and the
    source's date, not "none of her sources was declared for this article"."""
    sentence = f"In June, Ada Voss called the ferry plan “{ABSENT}.”"
    q = _quote(sentence, source_date=OCTOBER, article_date=None, occasion="")
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert "“In June”" in q.explanation and OCTOBER in q.explanation, q.explanation


TUESDAY = "2026-10-20"  # the article's day, a Tuesday
WEEK_BEFORE = "2026-10-13"  # the Tuesday before


@pytest.mark.parametrize(
    ("sentence", "source_date", "verdict", "qc203"),
    [
        pytest.param(
            f"Ada Voss said last Tuesday: “{SAID}”",
            WEEK_BEFORE,
            Verdict.VERBATIM,
            False,
            id="last Tuesday, in a Tuesday's article, is the week before: no QC203",
        ),
        pytest.param(
            f"Ada Voss said last Tuesday: “{CHANGED}”",
            WEEK_BEFORE,
            Verdict.ALTERED,
            False,
            id="a change to last Tuesday's words is caught",
        ),
        pytest.param(
            f"This past Tuesday, Ada Voss said: “{CHANGED}”",
            WEEK_BEFORE,
            Verdict.ALTERED,
            False,
            id="this past Tuesday: the same",
        ),
        pytest.param(
            f"Ada Voss said last Tuesday: “{CHANGED}”",
            TUESDAY,
            Verdict.UNVERIFIABLE,
            False,
            id="a source of the article's own day is not last Tuesday's",
        ),
        pytest.param(
            f"Ada Voss said on Tuesday: “{CHANGED}”",
            TUESDAY,
            Verdict.ALTERED,
            False,
            id="on Tuesday, in a Tuesday's article, is that day: caught",
        ),
        pytest.param(
            f"Ada Voss said on Tuesday: “{SAID}”",
            WEEK_BEFORE,
            Verdict.VERBATIM,
            True,
            id="on Tuesday is not the week before: QC203 stays",
        ),
    ],
)
def test_last_weekday_in_an_article_of_that_weekday(
    sentence: str, source_date: str, verdict: Verdict, qc203: bool
) -> None:
    q = _quote(sentence, source_date=source_date, article_date=TUESDAY)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert any(f.code == "QC203" for f in q.findings) is qc203, q.findings


@pytest.mark.parametrize("article_date", [None, "2026-10-16"], ids=["undated", "dated"])
@pytest.mark.parametrize(
    ("sentence", "occasion", "verdict"),
    [
        pytest.param(
            f"At a march on the harbour office, Ada Voss said: “{CHANGED}”",
            "march on the harbour office",
            Verdict.ALTERED,
            id="at a march (a walk of protest, not the month): the march's own transcript",
        ),
        pytest.param(
            f"During a march, Ada Voss said: “{CHANGED}”",
            "",
            Verdict.ALTERED,
            id="during a march: no month",
        ),
        pytest.param(
            f"In a march past the mill, Ada Voss said: “{CHANGED}”",
            "",
            Verdict.ALTERED,
            id="in a march: no month",
        ),
        pytest.param(
            f"At a March meeting, Ada Voss called the ferry plan “{ABSENT}.”",
            "",
            Verdict.UNVERIFIABLE,
            id="at a March meeting: the month, with its capital",
        ),
        pytest.param(
            f"In May, Ada Voss called the ferry plan “{ABSENT}.”",
            "",
            Verdict.UNVERIFIABLE,
            id="In May: the homonym month with its capital",
        ),
        pytest.param(
            f"In a May interview, Ada Voss called the ferry plan “{ABSENT}.”",
            "",
            Verdict.UNVERIFIABLE,
            id="in a May interview",
        ),
    ],
)
def test_a_month_named_only_with_its_capital(
    sentence: str, occasion: str, verdict: Verdict, article_date: str | None
) -> None:
    """Review 20-3, 1 and 6: in "at a/an", "during a/an", "in a/an" a month counts only as
    written with a capital; "May" (a word too) is a month only so written, in any phrase."""
    q = _quote(sentence, source_date=OCTOBER, article_date=article_date, occasion=occasion)
    assert q.verdict is verdict, (q.verdict, q.explanation)
