"""Occasions, mended (#16, review of 6d542c8 and 41db247): phrases that read as a time or a
kind of occasion but say nothing of when or how the quote was said.

"Ines Rook said, according to reporters at the pier" places nothing: the reporters only
tell of it.  A quote these phrases had wrongly put on another occasion is checked against
the source again: a changed word there is `altered`.

Every sentence here is made up for these tests: a lake town, its mayor Ines Rook, a debate at
Harbour Hall on Friday 10 April 2026; the article is of Wednesday 15 April.
"""

from __future__ import annotations

import datetime as dt

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Verdict
from quotecheck.score.checks import placement

SAID = "The ferry to the north shore will run every hour from May, and the fares stay the same."
CHANGED = "The ferry to the north shore will run every hour from June, and the fares stay the same."
ARTICLE_DATE = "2026-04-15"  # a Wednesday
SOURCE_DATE = "2026-04-10"  # the Friday before: in the article's days

DEBATE = "Mayoral debate, Harbour Hall"


def _check(sentence: str, *, kind: str = "transcript", occasion: str | None = DEBATE) -> object:
    head = f"kind: {kind}\ndate: {SOURCE_DATE}\n" + (f"occasion: {occasion}\n" if occasion else "")
    src = quotecheck.make_source(f"---\n{head}---\n\nInes Rook: {SAID}\n", id="rook.md")
    article = f"---\ndate: {ARTICLE_DATE}\n---\n\n{sentence.replace('{Q}', CHANGED)}"
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, sentence
    return report.quotes[0]


REPORTERS_TELL = [
    pytest.param("“{Q}” Ines Rook said, according to reporters at the pier.", id="according to"),
    pytest.param("“{Q}” Ines Rook said in remarks released to reporters.", id="released to"),
    pytest.param("“{Q}” Ines Rook said in notes handed to reporters.", id="handed to"),
]


@pytest.mark.parametrize("sentence", REPORTERS_TELL)
def test_reporters_who_only_tell_of_it_place_nothing(sentence: str) -> None:
    q = _check(sentence)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)  # type: ignore[attr-defined]


NOT_A_TIME_OF_SAYING = [
    pytest.param(
        "“{Q}” Ines Rook told Lake Radio This Morning.",
        "interview",
        "This Morning interview, Lake Radio",
        id="a programme named This Morning",
    ),
    pytest.param(
        "“{Q}” Ines Rook said on The Tonight Hour.",
        "interview",
        "The Tonight Hour, Lake Radio",
        id="a programme named Tonight",
    ),
    pytest.param(
        "“{Q}” Ines Rook said of the April 12 ferry fire.",
        "transcript",
        DEBATE,
        id="the day of another event",
    ),
    pytest.param(
        "“{Q}” Ines Rook said ahead of the April 20 council vote.",
        "transcript",
        DEBATE,
        id="a day still to come",
    ),
    pytest.param(
        "“{Q}” Ines Rook said, a day after the April 7 storm.",
        "transcript",
        DEBATE,
        id="a day after another event's",
    ),
    pytest.param(
        "“{Q}” Ines Rook said, replying to Tom Reyes, who spoke to reporters on Monday.",
        "transcript",
        DEBATE,
        id="a relative aside about another person",
    ),
    pytest.param(
        "“{Q}” Ines Rook said after meeting Tom Reyes, who spoke at a rally on Tuesday.",
        "transcript",
        DEBATE,
        id="another person's rally, the extractor's cue",
    ),
    pytest.param(
        "“{Q}” Ines Rook said in a podcast interview.",
        "interview",
        None,
        id="a podcast is an interview: a source of that kind without an occasion",
    ),
]


@pytest.mark.parametrize(("sentence", "kind", "occasion"), NOT_A_TIME_OF_SAYING)
def test_a_phrase_of_no_other_occasion_leaves_the_quote_checked(
    sentence: str, kind: str, occasion: str | None
) -> None:
    q = _check(sentence, kind=kind, occasion=occasion)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)  # type: ignore[attr-defined]


STILL_ELSEWHERE = [
    pytest.param("“{Q}” Ines Rook said this morning.", id="this morning, lower case"),
    pytest.param("This morning, Ines Rook said: “{Q}”", id="This morning opening the sentence"),
    pytest.param("“{Q}” Ines Rook said on April 2.", id="said on April 2"),
    pytest.param("On April 2, Ines Rook said: “{Q}”", id="On April 2 opening the sentence"),
    pytest.param("“{Q}” Ines Rook said twenty-one days ago.", id="twenty-one days ago"),
    pytest.param("“{Q}” Ines Rook said 100 days ago.", id="100 days ago"),
    pytest.param("“{Q}” Ines Rook said at a rally.", id="her own rally"),
]


@pytest.mark.parametrize("sentence", STILL_ELSEWHERE)
def test_a_phrase_of_another_occasion_still_places_it_elsewhere(sentence: str) -> None:
    q = _check(sentence)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("phrase", "today", "days"),
    [
        pytest.param("said twenty-one days ago", "2026-04-15", ["2026-03-25"], id="twenty-one"),
        pytest.param("said thirty two days ago", "2026-04-15", [], id="a number not read whole"),
        pytest.param("said 100 days ago", "2026-04-15", ["2026-01-05"], id="100 days"),
        pytest.param("said 2,000 days ago", "2026-04-15", ["2020-10-23"], id="2,000 days"),
        pytest.param("said 1.5 weeks ago", "2026-04-15", [], id="1.5 weeks: not 5 weeks"),
        pytest.param("said 1.5 days ago", "2026-04-15", [], id="1.5 days: not days ago"),
        pytest.param("said 99999999999 days ago", "2026-04-15", [], id="before the first year"),
        pytest.param("said on June 3", "2026-04-15", [], id="a day after the article's"),
        pytest.param("said on December 30", "2026-01-02", ["2025-12-30"], id="the year before"),
        pytest.param("said on April 10", "2026-04-15", ["2026-04-10"], id="on a day"),
        pytest.param("said April 10", "2026-04-15", ["2026-04-10"], id="right after the verb"),
        pytest.param("said of the April 10 vote", "2026-04-15", [], id="another event"),
        pytest.param("told CBS This Morning", "2026-04-15", [], id="a programme's name"),
        pytest.param("This morning, she said", "2026-04-15", ["2026-04-15"], id="opening"),
    ],
)
def test_time_phrases_give_days(phrase: str, today: str, days: list[str]) -> None:
    comp = placement._compiled(get_language("en"))
    spans = placement._times_in(phrase, dt.date.fromisoformat(today), comp)
    assert [s.first.isoformat() for s in spans] == days
    assert all(s.first == s.last for s in spans)


SAID_AT_ANOTHER_TIME = [
    pytest.param(
        "On the night that she accepted the nomination at a rally by the pier,"
        " Ines Rook said: “{Q}”",
        id="the night that she accepted",
    ),
    pytest.param(
        "On the day that she spoke at a rally by the pier, Ines Rook said: “{Q}”",
        id="the day that she spoke",
    ),
    pytest.param(
        "The day that Ines Rook spoke at a rally by the pier, she said: “{Q}”",
        id="the day that the speaker spoke",
    ),
    pytest.param(
        "On the morning when she appeared on Lake Radio, Ines Rook said: “{Q}”",
        id="the morning when she appeared",
    ),
]


@pytest.mark.parametrize("sentence", SAID_AT_ANOTHER_TIME)
def test_a_time_clause_about_the_speaker_places_the_quote(sentence: str) -> None:
    # The clause tells when she said it (at a rally, on the radio), not something else that
    # happened that day: the debate source cannot judge the changed word (review 19-2, 3).
    q = _check(sentence)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)  # type: ignore[attr-defined]
