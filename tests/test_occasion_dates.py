"""Occasions from dates, one naming check, and accusations only on explicit attributions (#16).

Every sentence here is made up for these tests: a harbour town, its mayor Ann Lee, a
councillor Bo Tan and a radio host Kim Moss.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract.speakers import SpeakerRegistry
from quotecheck.models import Level, Verdict

DEBATE = """---
kind: transcript
occasion: harbour council debate
date: 2026-03-02
---

Bo Tan: The harbour fees are far too high for the fishing families.

Ann Lee: We will close the old ferry line by June and open the new quay in July.

Kim Moss: People remember what you told them at the pier, "The quay will be finished by spring."

Ann Lee: It will.
"""

ALTERED = "“We will close the old ferry line by June and open the new pier in July,” Ann Lee said."
SAME = "“We will close the old ferry line by June and open the new quay in July,” Ann Lee said."


def _check(article: str, *, date: str | None = None, shared: bool = True) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(DEBATE, id="debate.md", kind="transcript")
    if shared:  # given for every article, as --source gives it
        src = src.model_copy(update={"shared": True})
    if date:
        article = f"---\ndate: {date}\n---\n\n{article}"
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "date", "verdicts"),
    [
        pytest.param(
            ALTERED,
            "2026-03-03",
            {Verdict.ALTERED},
            id="alteration of a source dated the day before the article: still flagged",
        ),
        pytest.param(
            ALTERED,
            "2026-03-09",
            {Verdict.ALTERED},
            id="a week after: still the occasion the article reports",
        ),
        pytest.param(
            ALTERED,
            "2026-06-20",
            {Verdict.UNVERIFIABLE},
            id="look-alike in a source months older than the article: similar words",
        ),
        pytest.param(
            ALTERED,
            "2026-02-20",
            {Verdict.UNVERIFIABLE},
            id="look-alike in a source dated after the article: similar words",
        ),
        pytest.param(
            ALTERED,
            None,
            {Verdict.UNVERIFIABLE},
            id="no article date, occasion not named: similar words",
        ),
        pytest.param(
            "“We will close the old ferry line by June and open the new pier in July,” Ann Lee "
            "told supporters at a rally.",
            "2026-03-03",
            {Verdict.UNVERIFIABLE},
            id="dated near, but the article places the quote at a rally",
        ),
        pytest.param(
            SAME,
            "2026-06-20",
            {Verdict.VERBATIM},
            id="identical words stay verbatim, whatever the dates",
        ),
        pytest.param(
            "After the debate, Ann Lee was asked about the ferries. “We will close the old "
            "ferry line by June and open the new pier in July,” she said.",
            None,
            {Verdict.UNVERIFIABLE},
            id="a kind word (the debate) names none of the sources given for every article",
        ),
        pytest.param(
            "A councillor spoke first. “We will close the old ferry line by June and open the "
            "new pier in July,” Ann Lee said.",
            None,
            {Verdict.UNVERIFIABLE},
            id="a longer word that begins like the occasion's (councillor, council) names none",
        ),
        pytest.param(
            "After the harbour council debate, Ann Lee was asked about the ferries. “We will "
            "close the old ferry line by June and open the new pier in July,” she said.",
            None,
            {Verdict.ALTERED},
            id="the article names the occasion by a word that identifies it",
        ),
    ],
)
def test_occasion_from_dates_and_names(
    article: str, date: str | None, verdicts: set[Verdict]
) -> None:
    q = _check(article, date=date)
    assert q.verdict in verdicts, (q.verdict, q.explanation)
    if q.verdict is Verdict.UNVERIFIABLE:
        assert not [f for f in q.findings if f.level is Level.ERROR], q.findings


def test_misattribution_in_a_source_of_the_reported_days_is_still_caught() -> None:
    q = _check(
        "“The harbour fees are far too high for the fishing families,” Ann Lee said.",
        date="2026-03-03",
    )
    assert q.verdict is Verdict.MISATTRIBUTED, q.explanation


def test_a_shared_source_of_someone_elses_week_is_not_the_speakers_occasion() -> None:
    # The date speaks for the speaker's own occasions only: Ann Lee's words found in a
    # source dated that week where only someone else speaks are not evidence against her.
    src = quotecheck.make_source(
        "---\nkind: transcript\noccasion: fishing radio hour\ndate: 2026-03-02\n---\n\n"
        "Kim Moss: The harbour fees are far too high for the fishing families.\n",
        id="radio.md",
    ).model_copy(update={"shared": True})
    lee = quotecheck.make_source(
        "---\nkind: transcript\noccasion: pier walk\ndate: 2026-01-10\n---\n\n"
        "Ann Lee: The new quay opens in July.\n",
        id="walk.md",
    ).model_copy(update={"shared": True})
    report = quotecheck.check_text(
        "---\ndate: 2026-03-03\n---\n\n“The harbour fees are far too high for the fishing "
        "families,” Ann Lee said.",
        sources=[src, lee],
    )
    q = report.quotes[0]
    assert q.verdict is not Verdict.MISATTRIBUTED, q.explanation


def test_words_the_source_quotes_from_someone_unnamed_are_no_misattribution() -> None:
    q = _check("“The quay will be finished by spring,” Ann Lee said.", shared=False)
    assert q.verdict is not Verdict.MISATTRIBUTED, (q.verdict, q.explanation)
    assert not [f for f in q.findings if f.level is Level.ERROR], q.findings


def test_words_quoted_by_the_one_the_article_credits_stay_misattributed() -> None:
    q = _check("“The quay will be finished by spring,” Kim Moss said.", shared=False)
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("article", "error_allowed"),
    [
        pytest.param(
            "Ann Lee spoke first. Then the crowd cheered, and she said: “We will build a "
            "second lighthouse.”",
            False,
            id="fabricated against an inferred speaker: a warning at most",
        ),
        pytest.param(
            "“We will build a second lighthouse,” Ann Lee said.",
            True,
            id="fabricated against a named speaker: as sure as the calibration says",
        ),
    ],
)
def test_accusations_need_an_explicit_attribution(article: str, error_allowed: bool) -> None:
    src = quotecheck.make_source(
        "We will close the old ferry line by June and open the new quay in July.",
        id="lee.txt",
        speaker="Ann Lee",
    )
    q = quotecheck.check_text(article, sources=[src]).quotes[-1]
    assert q.verdict in (Verdict.FABRICATED, Verdict.UNVERIFIABLE), q.explanation
    if not error_allowed:
        assert not [f for f in q.findings if f.level is Level.ERROR], q.findings


def test_spliced_pieces_of_another_occasion_are_unverifiable() -> None:
    q = _check(
        "“The harbour fees are far too high. We will close the old ferry line by June,” "
        "Ann Lee told supporters at a rally.",
        date="2026-03-03",
    )
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("declared", "named", "mention", "expected"),
    [
        pytest.param(
            ["Ann Lee", "Ann Lee", "Lee Campaign"],
            [],
            "Lee",
            "Ann Lee",
            id="a surname is the person's, not a campaign label's registered later",
        ),
        pytest.param(
            ["Ann Lee", "Bo Lee", "Bo Lee"],
            [],
            "Lee",
            "Bo Lee",
            id="never named by the article: the speaker most sources declare",
        ),
        pytest.param(
            ["Ann Lee", "Bo Lee", "Bo Lee"],
            ["Ann Lee"],
            "Lee",
            "Ann Lee",
            id="named by the article: that person",
        ),
    ],
)
def test_one_word_mentions(
    declared: list[str], named: list[str], mention: str, expected: str
) -> None:
    reg = SpeakerRegistry()
    for name in declared:
        reg.add_external(name)
    reg = reg.copy()
    for name in named:
        reg.add(name)
    person = reg.find(mention)
    assert person is not None and person.canonical == expected


HOST = """---
kind: transcript
occasion: fishing radio hour
---

Kim Moss: The council has said the quay is far too slow. In fact, it is a waste of money.

Bo Tan: I said it last week. The ferry line is a waste of money.

Ann Lee: We will open the quay in July.
"""


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            "“It is a waste of money,” council speaker Ann Lee said.",
            None,
            id="a host reports the council's words just before: attribution uncertain",
        ),
        pytest.param(
            "“The ferry line is a waste of money,” Ann Lee said.",
            Verdict.MISATTRIBUTED,
            id="a speaker's own words after 'I said': the misattribution is still caught",
        ),
    ],
)
def test_reported_speech_in_another_speakers_turn(article: str, verdict: Verdict | None) -> None:
    src = quotecheck.make_source(HOST, id="radio.md")
    q = quotecheck.check_text(article, sources=[src]).quotes[0]
    if verdict is None:
        assert q.verdict is not Verdict.MISATTRIBUTED, q.explanation
        assert "QC205" in q.codes, q.codes
    else:
        assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("key", "p"),
    [
        ("misattributed:explicit", 0.5),
        ("fabricated:inferred", 0.5),
        ("altered:number", 0.9),
        ("verbatim", 0.97),
    ],
)
def test_an_accusation_the_real_news_set_never_showed_right_is_not_trusted(
    key: str, p: float
) -> None:
    from quotecheck.score.calibration import parse_calibration

    cal = parse_calibration(
        {"prior": {"p": 0.9, "accusation_p": 0.5}, "cells": {"verbatim": {"p": 0.97}}}
    )
    assert cal.probability(key) == p


INVENTED = "We will paint every bollard on the quay bright orange."


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            f"“{INVENTED},” Ann Lee said.",
            Verdict.UNVERIFIABLE,
            id="no placement: the declared debate of the week is not every quote's occasion",
        ),
        pytest.param(
            f"Ann Lee toured the fish market on Saturday. “{INVENTED},” she said.",
            Verdict.UNVERIFIABLE,
            id="a quote the article took from another day of the week",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said last week.",
            Verdict.UNVERIFIABLE,
            id="last week holds other occasions than the debate",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said at the debate.",
            Verdict.FABRICATED,
            id="placed at the declared debate by its kind: invented",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said on Monday.",
            Verdict.FABRICATED,
            id="given the debate's day: invented",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said in the harbour council debate.",
            Verdict.FABRICATED,
            id="the debate named: invented",
        ),
    ],
)
def test_absence_from_a_declared_source_of_the_week_needs_a_placement(
    article: str, verdict: Verdict
) -> None:
    # The article (Tuesday 3 March) declares the Monday debate for itself.
    q = _check(article, date="2026-03-03", shared=False)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    if verdict is Verdict.UNVERIFIABLE:
        assert "does not place the quote there" in q.explanation, q.explanation
        assert not [f for f in q.findings if f.level is Level.ERROR], q.findings


def test_words_found_in_a_declared_source_of_the_week_are_still_judged() -> None:
    # The date is no evidence for an absence, but a passage found there is judged.
    q = _check(ALTERED, date="2026-03-03", shared=False)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("article", "date", "verdict"),
    [
        pytest.param(
            f"“{INVENTED},” Ann Lee said days ago.",
            "2026-03-11",
            Verdict.UNVERIFIABLE,
            id="days ago, the debate nine days old: outside the days the article reports",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said days ago.",
            "2026-03-12",
            Verdict.UNVERIFIABLE,
            id="days ago, the debate ten days old: no slack at a vague span's ends",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said days ago.",
            "2026-03-06",
            Verdict.FABRICATED,
            id="days ago, the debate four days old: placed there",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said on March 2.",
            "2026-04-20",
            Verdict.FABRICATED,
            id="an exact date naming the debate's day places it there however long ago",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said on March 3.",
            "2026-04-20",
            Verdict.UNVERIFIABLE,
            id="a day named by its date is that day: the debate of the day before does not "
            "cover it, so the missing words are doubt, not fabricated",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said on Tuesday.",
            "2026-03-04",
            Verdict.UNVERIFIABLE,
            id="a day named by its weekday is that day: Monday's debate does not cover a Tuesday",
        ),
        pytest.param(
            f"“{INVENTED},” Ann Lee said on Monday.",
            "2026-03-04",
            Verdict.FABRICATED,
            id="the weekday of the debate places the quote there",
        ),
    ],
)
def test_a_time_span_places_a_quote_at_a_declared_source_only_in_the_reported_days(
    article: str, date: str, verdict: Verdict
) -> None:
    # The article declares the debate of Monday 2 March for itself.
    q = _check(article, date=date, shared=False)
    assert q.verdict is verdict, (q.verdict, q.explanation)
