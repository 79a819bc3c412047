"""Occasions, honestly (#16, item 2): the time and place phrases that put a quote elsewhere.

"two days ago", "on April 2", "this morning", "to reporters", "told a radio host", "on her
radio show": a phrase of the quote's own frame that places it on another occasion than the
source's makes a look-alike there "similar words in …" and an absence "not in the given
sources" — never `altered` or `fabricated`.  A quote the phrase places *on* the source's
occasion (its day, its kind) is still checked: alterations and inventions there are caught.
A phrase in an aside about the speaker ("Ines Rook, who spoke to reporters on Monday, said")
is of the speaker, not of the saying.

Every sentence here is made up for these tests: a lake town, its mayor Ines Rook, a debate at
Harbour Hall on Friday 10 April 2026 and a press conference on the town hall steps the same
day; the article is of Wednesday 15 April.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.models import Level, Verdict
from quotecheck.score.checks import placement

SAID = "The ferry to the north shore will run every hour from May, and the fares stay the same."
CHANGED = "The ferry to the north shore will run every hour from June, and the fares stay the same."
INVENTED = "We will sell the old lighthouse to the highest bidder before the winter storms."
ARTICLE_DATE = "2026-04-15"  # a Wednesday
SOURCE_DATE = "2026-04-10"  # the Friday before: in the article's days

DEBATE = "Mayoral debate, Harbour Hall"
PRESS = "Press conference, Town Hall steps"


def _check(sentence: str, occasion: str = DEBATE) -> object:
    src = quotecheck.make_source(
        f"---\nkind: transcript\noccasion: {occasion}\ndate: {SOURCE_DATE}\n---\n\n"
        f"Ines Rook: {SAID}\n",
        id="rook.md",
    )
    article = f"---\ndate: {ARTICLE_DATE}\n---\n\n{sentence}"
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, sentence
    return report.quotes[0]


def _errors(q: object) -> list[object]:
    return [f for f in q.findings if f.level is Level.ERROR]  # type: ignore[attr-defined]


ELSEWHERE = [
    pytest.param("“{Q}” Ines Rook said two days ago.", id="two days ago: not the Friday"),
    pytest.param("“{Q}” Ines Rook said this morning.", id="this morning: the article's day"),
    pytest.param("“{Q}” Ines Rook said on April 2.", id="on April 2: another day"),
    pytest.param(
        "“{Q}” Ines Rook said on April 10, 2025.",
        id="April 10, 2025: the year read with the day, not the article's year",
    ),
    pytest.param("“{Q}” Ines Rook said to reporters after the debate.", id="to reporters"),
    pytest.param("“{Q}” Ines Rook told local reporters.", id="told local reporters"),
    pytest.param("“{Q}” Ines Rook told the press.", id="told the press"),
    pytest.param("“{Q}” Ines Rook told a radio host.", id="told a radio host"),
    pytest.param("“{Q}” Ines Rook said on her morning show.", id="on her morning show"),
    pytest.param("“{Q}” Ines Rook said on a conference call.", id="on a conference call"),
    pytest.param("“{Q}” Ines Rook said on the podcast.", id="on the podcast"),
    pytest.param("“{Q}” Ines Rook wrote in her column.", id="in her column"),
    pytest.param("“{Q}” Ines Rook said at a briefing.", id="at a briefing"),
    pytest.param(
        "In an interview last month, Ines Rook, who chairs the council, said: “{Q}”",
        id="an occasion cue outside the aside still places the quote",
    ),
]


@pytest.mark.parametrize("sentence", ELSEWHERE)
@pytest.mark.parametrize(
    ("words", "why"),
    [(CHANGED, "similar words in"), (INVENTED, "")],
    ids=["changed: no alteration", "invented: no fabrication"],
)
def test_a_phrase_of_another_occasion_accuses_nothing(sentence: str, words: str, why: str) -> None:
    q = _check(sentence.replace("{Q}", words))
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)  # type: ignore[attr-defined]
    assert why in q.explanation  # type: ignore[attr-defined]
    assert not _errors(q)


HERE = [
    pytest.param("“{Q}” Ines Rook said 5 days ago.", DEBATE, id="5 days ago: the Friday"),
    pytest.param("“{Q}” Ines Rook said five days ago.", DEBATE, id="five days ago, in words"),
    pytest.param("“{Q}” Ines Rook said days ago.", DEBATE, id="days ago: the days before"),
    pytest.param("“{Q}” Ines Rook said April 10.", DEBATE, id="April 10: the source's day"),
    pytest.param("“{Q}” Ines Rook said on April 10th.", DEBATE, id="an ordinal ending"),
    pytest.param("“{Q}” Ines Rook said on 10 April.", DEBATE, id="the day before the month"),
    pytest.param("“{Q}” Ines Rook said on April 10, 2026.", DEBATE, id="with its year"),
    pytest.param("“{Q}” Ines Rook told reporters.", PRESS, id="told reporters: a press one"),
    pytest.param("“{Q}” Ines Rook said to reporters.", PRESS, id="to reporters: a press one"),
    pytest.param(
        "Ines Rook, who spoke to reporters on Monday, said at the debate: “{Q}”",
        DEBATE,
        id="an aside about the speaker places nothing",
    ),
    pytest.param(
        "Ines Rook, who said in an interview last month that she likes boats, said at the "
        "debate: “{Q}”",
        DEBATE,
        id="nor does the extractor's occasion cue in an aside",
    ),
]


@pytest.mark.parametrize(("sentence", "occasion"), HERE)
@pytest.mark.parametrize(
    ("words", "verdict"),
    [(CHANGED, Verdict.ALTERED), (INVENTED, Verdict.FABRICATED)],
    ids=["changed", "invented"],
)
def test_a_phrase_of_the_sources_occasion_is_still_checked(
    sentence: str, occasion: str, words: str, verdict: Verdict
) -> None:
    q = _check(sentence.replace("{Q}", words), occasion)
    assert q.verdict is verdict, (q.verdict, q.explanation)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("phrase", "first", "last"),
    [
        pytest.param("said two days ago", "2026-04-13", "2026-04-13", id="a count in words"),
        pytest.param("said 12 days ago", "2026-04-03", "2026-04-03", id="a count in digits"),
        pytest.param("said days ago", "2026-04-06", "2026-04-13", id="days ago: a span"),
        pytest.param("said on April 3", "2026-04-03", "2026-04-03", id="the article's year"),
        pytest.param("said on March 3rd, 2024", "2024-03-03", "2024-03-03", id="with a year"),
        pytest.param("said tonight", "2026-04-15", "2026-04-15", id="tonight"),
    ],
)
def test_time_phrases_give_days(phrase: str, first: str, last: str) -> None:
    comp = placement._compiled(get_language("en"))
    spans = placement._times_in(phrase, dt.date.fromisoformat(ARTICLE_DATE), comp)
    assert [(s.first.isoformat(), s.last.isoformat()) for s in spans] == [(first, last)]


def test_a_day_the_month_does_not_have_gives_no_day() -> None:
    comp = placement._compiled(get_language("en"))
    assert placement._times_in("said on April 31", dt.date(2026, 5, 2), comp) == []


BLANKS = " " * 90  # a long quote blanked out of the frame the phrases are read in


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        pytest.param(
            f"Ines Rook spoke.{BLANKS} Last month, she said",
            ["Last month"],
            id="a sentence opening however long the blanks before it: no name",
        ),
        pytest.param(
            f"Ines Rook spoke\n\n{BLANKS}Last month, she said",
            ["Last month"],
            id="a line opening however long the blanks before it",
        ),
        pytest.param(
            f"Ines Rook told Lakeside{BLANKS}This Morning",
            [],
            id="a name's capitalised words, however long the blanks between",
        ),
        pytest.param(
            f"Ines Rook said of the{BLANKS}April 3 vote",
            [],
            id="a function word before a date however long the blanks",
        ),
        pytest.param(
            f"Ines Rook said thirty{BLANKS}two days ago",
            [],
            id="a number before a count however long the blanks",
        ),
        pytest.param(f"Ines Rook said{BLANKS}two days ago", ["two days ago"], id="a count"),
    ],
)
def test_what_stands_before_a_time_phrase_is_seen_past_blanks(
    text: str, phrases: list[str]
) -> None:
    comp = placement._compiled(get_language("en"))
    spans = placement._times_in(text, dt.date.fromisoformat(ARTICLE_DATE), comp)
    assert [s.phrase for s in spans] == phrases


LONG = (
    "We have fixed the pier, painted the boathouse and cleared all the reeds from the harbour "
    "mouth."
)


@pytest.mark.parametrize(
    ("words", "why"),
    [(CHANGED, "similar words in"), (INVENTED, "")],
    ids=["changed: no alteration", "invented: no fabrication"],
)
def test_a_time_phrase_after_a_long_quote_still_places_the_next(words: str, why: str) -> None:
    src = quotecheck.make_source(
        f"---\nkind: transcript\noccasion: {DEBATE}\ndate: {SOURCE_DATE}\n---\n\n"
        f"Ines Rook: {SAID}\n",
        id="rook.md",
    )
    article = (
        f"---\ndate: {ARTICLE_DATE}\n---\n\n"
        f"Ines Rook spoke at length: “{LONG}” Last month she said “{words}”"
    )
    report = quotecheck.check_text(article, sources=[src])
    [q] = [q for q in report.quotes if q.text == words]
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert why in q.explanation
    assert not _errors(q)


def test_time_phrases_are_language_data() -> None:
    lang = get_language("en")
    own = dataclasses.replace(lang, occasion_times={"<count> moons ago": "day -<count>"})
    today = dt.date.fromisoformat(ARTICLE_DATE)
    spans = placement._times_in("said three moons ago", today, placement._compiled(own))
    assert [s.first for s in spans] == [dt.date(2026, 4, 12)]
    assert placement._times_in("said three moons ago", today, placement._compiled(lang)) == []


def test_the_occasion_of_the_days_asks_the_one_repeated_decision(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "Words said repeatedly do not make a source the quote's occasion" is decided once,
    by :func:`occasion.repeated_unnamed`: the occasion-of-the-days test asks it rather than
    reading the phrase itself (it had left out one step: a kind word in the quote's own
    frame names a source the article declares).  With the decision stubbed to "named", the
    shared source of the article's days is the occasion of "has said", and the changed word
    is an alteration."""
    from quotecheck.score.checks import occasion

    asked: list[str] = []

    def named(ctx: object, quote: object, src: quotecheck.Source) -> None:
        asked.append(src.occasion or "")

    monkeypatch.setattr(occasion, "repeated_unnamed", named)
    src = quotecheck.make_source(
        f"---\nkind: transcript\noccasion: {DEBATE}\ndate: {SOURCE_DATE}\n---\n\n"
        f"Ines Rook: {SAID}\n",
        id="rook.md",
    ).model_copy(update={"shared": True})
    article = f"---\ndate: {ARTICLE_DATE}\n---\n\nInes Rook has said: “{CHANGED}”"
    q = quotecheck.check_text(article, sources=[src]).quotes[0]
    assert asked
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


LEE = """Statement by Ann Lee, mayor of Northvale

The river bridge will not close this winter. We have repaired 1,250 metres of railing.
"""


@pytest.mark.parametrize(
    ("shared", "verdict"),
    [
        pytest.param(True, Verdict.UNVERIFIABLE, id="given for many articles: not in them"),
        pytest.param(False, Verdict.FABRICATED, id="declared for the article: fabricated"),
    ],
)
def test_a_translated_quote_needs_a_covering_source_to_be_fabricated(
    shared: bool, verdict: Verdict
) -> None:
    """The cross-language path calls an absent quote fabricated by the same rule as the
    sources' language (rule 9): only against a source that covers the quote's occasion."""
    src = quotecheck.make_source(LEE, id="lee.txt", speaker="Ann Lee")
    if shared:
        src = src.model_copy(update={"shared": True})
    report = quotecheck.check_text(
        "„Wir werden die Fähre im Winter verkaufen“, sagte Ann Lee.",
        sources=[src],
        settings=quotecheck.api.Settings(language="de", time_budget=0),
    )
    [q] = report.quotes
    assert q.verdict is verdict, (q.verdict, q.explanation)
    if shared:
        assert "not in the given sources" in q.explanation


@pytest.mark.parametrize(
    ("said", "cues"),
    [
        pytest.param(
            [
                ("Ines Rook", "on her morning show"),
                ("Mayor Rook", "told a radio host"),
                ("Ines Rook", "at the boathouse"),
            ],
            ["on her morning show", "told a radio host", "at the boathouse"],
            id="the quote's own name first, another between",
        ),
        pytest.param(
            [
                ("Mayor Rook", "at the boathouse"),
                ("Ines Rook", "told a radio host"),
                ("Mayor Rook", "on her morning show"),
            ],
            ["at the boathouse", "told a radio host", "on her morning show"],
            id="names taking turns",
        ),
    ],
)
def test_the_speakers_other_cues_come_in_the_articles_order(
    said: list[tuple[str, str]], cues: list[str]
) -> None:
    # The first cue is the one an explanation shows ("places Ines Rook's quotes …"): the
    # article's first, whichever of one speaker's names its quote is given under.
    from types import SimpleNamespace

    from quotecheck.score.context import ArticleContext

    quotes = [
        SimpleNamespace(attribution=SimpleNamespace(speaker=who, rule=None), cue=cue or None)
        for who, cue in [*said, ("Ines Rook", "")]
    ]
    ctx = SimpleNamespace(
        quotes=quotes, speakers=SimpleNamespace(same=lambda a, b: a[-4:] == b[-4:])
    )
    grouped = ArticleContext.occasions_by_speaker(ctx, lambda q: q.cue)  # type: ignore[arg-type]
    assert ArticleContext.occasions_for(ctx, quotes[-1], grouped) == cues  # type: ignore[arg-type]
