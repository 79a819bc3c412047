"""Occasions, honestly (#16, item 2): more ways an article says a quote was said elsewhere.

Said once, in the past, last August, in a 2024 interview, in a memoir, in a fundraising
email, in testimony; a source dated after the article (no occasion of the quote's: similar
words there accuse nothing, an absence from it is not invented; identical words there are
still the speaker's, replayed or said again, and the explanation says the source is later);
a quote that continues the one before it shares that quote's placement; a placement of the
quote's own frame that sets it apart outweighs where the article puts the speaker's other
quotes; a live blog's other items are other news.  A look-alike in a source of another
occasion is "similar words in …", never `altered`; an absence is never `fabricated`.  Quotes
placed on the source's own occasion are still checked.

Every sentence here is made up for these tests: a river town, its mayor Oren Vask, a debate at
Mill Hall on Friday 10 April 2026; the article is of Wednesday 15 April.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Level, QuoteResult, Verdict

SAID = "The tram line to the east bank opens in May, and the tickets cost what they cost now."
CHANGED = "The tram line to the east bank opens in July, and the tickets cost what they cost now."
INVENTED = "We will pave the old towpath with marble before the autumn rains arrive."
OTHER = "Nobody in this town has ever asked me about the weir, not once."
ARTICLE_DATE = "2026-04-15"  # a Wednesday
SOURCE_DATE = "2026-04-10"  # the Friday before

DEBATE = "Mayoral debate, Mill Hall"


def _source(date: str = SOURCE_DATE, occasion: str = DEBATE, name: str = "vask.md") -> object:
    return quotecheck.make_source(
        f"---\nkind: transcript\noccasion: {occasion}\ndate: {date}\n---\n\nOren Vask: {SAID}\n",
        id=name,
    )


def _quotes(article: str, sources: list[object] | None = None) -> list[QuoteResult]:
    text = f"---\ndate: {ARTICLE_DATE}\n---\n\n{article}"
    report = quotecheck.check_text(text, sources=sources or [_source()])  # type: ignore[arg-type]
    assert report.quotes, article
    return list(report.quotes)


def _the(quotes: list[QuoteResult], words: str) -> QuoteResult:
    return next(q for q in quotes if words[:20] in q.text)


def _errors(q: QuoteResult) -> list[object]:
    return [f for f in q.findings if f.level is Level.ERROR]


ELSEWHERE = [
    pytest.param("“{Q}” Oren Vask once said.", id="once said: an earlier occasion"),
    pytest.param("Oren Vask said in the past: “{Q}”", id="said in the past"),
    pytest.param("“{Q}” Oren Vask told voters in the past.", id="told voters in the past"),
    pytest.param("In the past, Oren Vask said: “{Q}”", id="in the past, opening the sentence"),
    pytest.param(
        "“{Q}” Oren Vask said, as he has in the past.", id="as he has in the past: before too"
    ),
    pytest.param(
        "“{Q}” Oren Vask said, as he has often done in the past.",
        id="as he has often done in the past",
    ),
    pytest.param("“{Q}” Oren Vask said, as he did in the past.", id="as he did in the past"),
    pytest.param(
        "“{Q}” Oren Vask said on his weekly program.", id="on his weekly program: a broadcast"
    ),
    pytest.param("“{Q}” Oren Vask said on her program.", id="on her program: a broadcast"),
    pytest.param("“{Q}” Oren Vask said last August.", id="last August: another month"),
    pytest.param(
        "“{Q}” Oren Vask said last April.", id="last April in an April article: a year back"
    ),
    pytest.param("In a 2024 interview, Oren Vask said: “{Q}”", id="in a 2024 interview"),
    pytest.param("“{Q}” Oren Vask wrote in his 2023 memoir.", id="in his 2023 memoir"),
    pytest.param("“{Q}” Oren Vask wrote in a fundraising email.", id="in a fundraising email"),
    pytest.param("“{Q}” Oren Vask wrote.", id="wrote: the quote's own reporting verb"),
    pytest.param(
        "“{O},” Oren Vask wrote. “{Q}”", id="continues a quote whose reporting verb is wrote"
    ),
    pytest.param("“{Q}” Oren Vask said in his testimony.", id="in his testimony: a hearing"),
    pytest.param("“{Q}” Oren Vask said at a dinner for donors.", id="at a dinner: a speech"),
    pytest.param(
        "“{Q}” Oren Vask said on a morning talk program.", id="on a talk program: a broadcast"
    ),
    pytest.param("“{Q}” Oren Vask said on his TV program.", id="on his TV program: a broadcast"),
    pytest.param(
        "“{Q}” Oren Vask said on his weekly radio show.", id="on his weekly radio show: his show"
    ),
    pytest.param("“{Q}” Oren Vask said on a late-night talk show.", id="on a talk show"),
    pytest.param("On the stump, Oren Vask said: “{Q}”", id="on the stump: many occasions"),
    pytest.param("“{Q}” Oren Vask said at a campaign stop.", id="at a campaign stop: a rally"),
    pytest.param("“{Q}” Oren Vask told the Riverside Times.", id="told the Riverside Times"),
    pytest.param("“{Q}” Oren Vask said a month ago.", id="a month ago: March"),
    pytest.param("“{Q}” Oren Vask said a year ago.", id="a year ago: 2025"),
]


@pytest.mark.parametrize("sentence", ELSEWHERE)
@pytest.mark.parametrize(
    ("words", "why"),
    [(CHANGED, "similar words in"), (INVENTED, "")],
    ids=["changed: no alteration", "invented: no fabrication"],
)
def test_another_occasion_accuses_nothing(sentence: str, words: str, why: str) -> None:
    q = _the(_quotes(sentence.replace("{O}", OTHER.rstrip(".")).replace("{Q}", words)), words)
    assert q.verdict is Verdict.UNVERIFIABLE, (q.verdict, q.explanation)
    assert why in q.explanation
    assert not _errors(q)


HERE = [
    pytest.param("“{Q}” Oren Vask said in the debate.", id="in the debate"),
    pytest.param("“{Q}” Oren Vask said on Friday.", id="on Friday: the source's day"),
    pytest.param("“{Q}” Oren Vask said in April.", id="in April: the source's month"),
    pytest.param("In 2026, Oren Vask said: “{Q}”", id="in 2026: the source's year"),
    pytest.param("“{Q}” Oren Vask said a week ago.", id="a week ago: the days before"),
]


NOWHERE = [
    pytest.param(
        "Oren Vask said the council had misjudged the river in the past: “{Q}”",
        id="'in the past' of what he spoke about, not of his saying it",
    ),
    pytest.param(
        "“{Q}” Oren Vask said of the cuts on the ferry program.",
        id="'on the ... program' of no broadcast: a public scheme",
    ),
    pytest.param(
        "“{Q}” Oren Vask said of the savings on the lunch program.",
        id="'on the lunch program': a public scheme, no broadcast",
    ),
    pytest.param(
        "“{Q}” Oren Vask said of the stalls on the boat show floor.",
        id="'on the boat show': a fair, no broadcast",
    ),
    pytest.param(
        "“{Q}” Oren Vask said on the road show for the tram plans.",
        id="'on the road show': a tour, no broadcast",
    ),
    pytest.param(
        "“{Q}” Oren Vask said of the stalls on the Millbrook Boat Show floor.",
        id="'on the Millbrook Boat Show': a fair with a name, no broadcast",
    ),
    pytest.param(
        "“{Q}” Oren Vask said on the North Quay Road Show for the tram plans.",
        id="'on the North Quay Road Show': a tour with a name, no broadcast",
    ),
    pytest.param(
        "Oren Vask, asked about the floods, said the river had risen in the past: “{Q}”",
        id="'in the past' inside what he said, not opening the sentence",
    ),
    pytest.param(
        "“{Q}” Oren Vask said, pointing to what the council wrote in its minutes.",
        id="'wrote' of someone else: not the quote's reporting verb",
    ),
]
"""Words of the frame that place the quote on no other occasion: it is still checked."""


@pytest.mark.parametrize("sentence", HERE + NOWHERE)
def test_the_sources_own_occasion_is_still_checked(sentence: str) -> None:
    q = _the(_quotes(sentence.replace("{Q}", CHANGED)), CHANGED)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("article", "sources", "verdict", "why"),
    [
        pytest.param(
            f"“{SAID}” Oren Vask said.",
            [_source(date="2026-04-20")],
            Verdict.VERBATIM,
            "after the article: the same words said or replayed later",
            id="identical words only in a source dated after the article: the speaker's, "
            "and the explanation says the source is later",
        ),
        pytest.param(
            f"“{CHANGED}” Oren Vask said.",
            [_source(date="2026-04-20")],
            Verdict.UNVERIFIABLE,
            "after the article",
            id="similar words in a source dated after the article: no alteration",
        ),
        pytest.param(
            f"“{SAID}” Oren Vask said.",
            [_source(date="2026-04-20", name="later.md"), _source(name="debate.md")],
            Verdict.VERBATIM,
            "identical",
            id="identical words also in an earlier source: verbatim",
        ),
        pytest.param(
            f"“{INVENTED}” Oren Vask said in the debate.",
            [_source(date="2026-04-20")],
            Verdict.UNVERIFIABLE,
            "",
            id="absent from a source dated after the article: not fabricated",
        ),
    ],
)
def test_a_source_dated_after_the_article_is_no_evidence(
    article: str, sources: list[object], verdict: Verdict, why: str
) -> None:
    q = _quotes(article, sources)[0]
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert why in q.explanation
    assert not _errors(q)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            "“{O},” Oren Vask said in a radio interview. “{Q}”",
            Verdict.UNVERIFIABLE,
            id="continues a quote placed in a radio interview: similar words",
        ),
        pytest.param(
            "“{O},” Oren Vask said in the debate. “{Q}”",
            Verdict.ALTERED,
            id="continues a quote placed in the debate: checked",
        ),
        pytest.param(
            "“{O},” Oren Vask said in a radio interview.\n\nThe council met on Monday. "
            "“{Q}” he said.",
            Verdict.ALTERED,
            id="another paragraph, another sentence: not a continuation",
        ),
    ],
)
def test_a_continued_quote_shares_the_placement_of_the_one_before(
    article: str, verdict: Verdict
) -> None:
    text = article.replace("{O}", OTHER.rstrip(".")).replace("{Q}", CHANGED)
    q = _the(_quotes(text), CHANGED)
    assert q.verdict is verdict, (q.verdict, q.explanation)


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            "On Twitter, Oren Vask wrote: “{O}”\n\n“{Q}” Oren Vask said.",
            Verdict.UNVERIFIABLE,
            id="no placement of its own, another quote on Twitter: similar words (as before)",
        ),
        pytest.param(
            "On Twitter, Oren Vask wrote: “{O}”\n\nSeparately, Oren Vask said on Friday: “{Q}”",
            Verdict.ALTERED,
            id="its own frame places it apart from the others, on the source's day: checked",
        ),
        pytest.param(
            "On Twitter, Oren Vask wrote: “{O}”\n\n“{Q}” Oren Vask said on Friday.",
            Verdict.UNVERIFIABLE,
            id="a day alone does not set it apart from the quote on Twitter: similar words",
        ),
        pytest.param(
            "On Twitter, Oren Vask wrote: “{O}”\n\n___\n\n“{Q}” Oren Vask said.\n\n___\n\n"
            "The ferry ran late again.",
            Verdict.ALTERED,
            id="the other quote is in another item of a live blog: checked",
        ),
    ],
)
def test_the_quotes_own_placement_outweighs_the_speakers_other_quotes(
    article: str, verdict: Verdict
) -> None:
    text = article.replace("{O}", OTHER).replace("{Q}", CHANGED)
    q = _the(_quotes(text), CHANGED)
    assert q.verdict is verdict, (q.verdict, q.explanation)


SCENE = (
    "At a rally in Dunmore on Tuesday, Oren Vask spoke for an hour about the river, the tram "
    "line, the flood walls and the plans for a new library on the east bank."
)
WRAPPED = "At a rally in Dunmore on Tuesday, Oren Vask spoke about the river."
LATER = (
    "The next morning the council met in the old customs house to argue once more about the "
    "tram depot, the ferry timetable and who would pay for either of them."
)
CLOSING = (
    "Neither the council nor the tram company answered questions about the cost of the depot "
    "or the date on which the work would begin."
)
LINK = "https://news.example.com/2026/04/dunmore/" + "river-tram-library-east-bank-" * 4 + "story"


@pytest.mark.parametrize(
    ("article", "verdict"),
    [
        pytest.param(
            SCENE + "\n" + LATER + "\n“{Q}” Oren Vask said.\n" + CLOSING,
            Verdict.ALTERED,
            id="one paragraph per line: the line before is another paragraph, not read",
        ),
        pytest.param(
            SCENE + "\n“{Q}” Oren Vask said.",
            Verdict.UNVERIFIABLE,
            id="two lines, one long: too few to say one paragraph per line; the rally rules "
            "the debate out",
        ),
        pytest.param(
            WRAPPED + "\n“{Q}” Oren Vask said.\nRead more: " + LINK,
            Verdict.UNVERIFIABLE,
            id="one long line, a link at the foot: still one paragraph, the rally rules the "
            "debate out",
        ),
        pytest.param(
            SCENE + "\n\n“{Q}” Oren Vask said.",
            Verdict.ALTERED,
            id="paragraphs parted by a blank line: the same",
        ),
        pytest.param(
            WRAPPED + "\n“{Q}”\nOren Vask said.",
            Verdict.UNVERIFIABLE,
            id="short lines, no blank line: one paragraph, the rally before rules the debate out",
        ),
        pytest.param(
            SCENE + " “{Q}” Oren Vask said.",
            Verdict.UNVERIFIABLE,
            id="the sentence before in the same paragraph: the rally rules the debate out",
        ),
    ],
)
def test_a_line_is_a_paragraph_in_text_written_one_paragraph_per_line(
    article: str, verdict: Verdict
) -> None:
    q = _the(_quotes(article.replace("{Q}", CHANGED)), CHANGED)
    assert q.verdict is verdict, (q.verdict, q.explanation)


RALLY = "At a rally in Ashford on Monday, Oren Vask said: “{O}”"
GOES_ON = "The crowd clapped as he went on. “{Q}” Vask said."


@pytest.mark.parametrize(
    ("between", "after", "verdict"),
    [
        pytest.param("\n\n* * *\n\n", "", Verdict.UNVERIFIABLE, id="spaced stars: a section break"),
        pytest.param("\n\n***\n\n", "", Verdict.UNVERIFIABLE, id="stars: a section break"),
        pytest.param(
            "\n\nThe march\n---\n\n", "", Verdict.UNVERIFIABLE, id="a heading's underline"
        ),
        pytest.param("\n\n---\n\n", "", Verdict.UNVERIFIABLE, id="one rule: a section break"),
        pytest.param(
            "\n\n---\n\n",
            "\n\n---\n\nThe bridge stays shut until June.",
            Verdict.ALTERED,
            id="several rules: a live blog's next item",
        ),
    ],
)
def test_only_a_live_blogs_rule_lines_cut_the_article_into_items(
    between: str, after: str, verdict: Verdict
) -> None:
    article = RALLY + between + GOES_ON + after
    text = article.replace("{O}", OTHER).replace("{Q}", CHANGED)
    q = _the(_quotes(text), CHANGED)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    if verdict is Verdict.UNVERIFIABLE:
        assert "similar words in" in q.explanation


@pytest.mark.parametrize(
    ("sentence", "date", "verdict"),
    [
        pytest.param(
            "said last March", "2026-03-20", Verdict.ALTERED, id="last March: this year's"
        ),
        pytest.param(
            "said last March", "2025-03-20", Verdict.UNVERIFIABLE, id="last March: not a year back"
        ),
        pytest.param(
            "said last April", "2025-04-10", Verdict.ALTERED, id="last April in April: a year back"
        ),
        pytest.param(
            "said last April", SOURCE_DATE, Verdict.UNVERIFIABLE, id="last April: not this April"
        ),
        pytest.param("said in April", SOURCE_DATE, Verdict.ALTERED, id="in April: this April"),
    ],
)
def test_last_month_is_the_last_one_before_the_articles_month(
    sentence: str, date: str, verdict: Verdict
) -> None:
    q = _the(_quotes(f"“{CHANGED}” Oren Vask {sentence}.", [_source(date=date)]), CHANGED)
    assert q.verdict is verdict, (q.verdict, q.explanation)
