"""Occasions the article ties a quote to (#16, item 2), among sources given for every article.

A live blog's item is one event's news: the occasion it names anywhere in the item (not only
within ``occasion-window`` of the quote) is the quote's, so a changed line is checked against
it; named in another item, or farther away in an ordinary article, it ties nothing and a
look-alike stays "similar words in …".  A quote first found in another speaker's turn is read
again in the speaker's own words (step 2), and then, found only approximately on another
occasion, once more on the occasion the article reports.

Every sentence here is made up for these tests: a coastal county, its candidate Ann Lee, her
victory party at the Harbour Hall and her rallies in the harbour towns.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Level, Verdict

LINE = "The night belongs to the fishermen of this county and to nobody else."
ALTERED = "The night belongs to the fishermen of this coast and to nobody else."
ARTICLE_DATE = "2026-03-05"
RULE = "\n\n___.\n\n"
FILLER = (
    "Turnout was high along the coast, and the count ran late into the evening in every town "
    "that held a vote. Officials in three harbour towns said the ballots were tallied by hand "
    "because the machines had been stored in a damp shed. A spokesman for the county clerk "
    "said the results would be certified at the end of the week. "
)
MORE = (
    "Ben Ode, who trailed all night, did not appear before his supporters. His campaign "
    "manager told them to go home and rest, and promised a statement in the morning. "
)


def _source(occasion: str, date: str, body: str, name: str) -> quotecheck.Source:
    text = f"---\nkind: transcript\noccasion: {occasion}\ndate: {date}\n---\n\n{body}\n"
    src = quotecheck.make_source(text, id=name)
    return src.model_copy(update={"shared": True})  # given for every article, as --source does


PARTY = _source(
    "Speech, Victory Party, Harbour Hall, ME",
    ARTICLE_DATE,
    f"Ann Lee: Thank you, thank you all. {LINE} Good night.",
    "party.md",
)
OLD_RALLY = _source(
    "Speech, Rally, Eastport, ME",
    "2025-06-04",
    f"Ann Lee: Eastport, hello. {LINE} Thank you.",
    "east.md",
)


def _check(article: str, sources: list[quotecheck.Source]) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(f"---\ndate: {ARTICLE_DATE}\n---\n\n{article}", sources=sources)
    assert report.quotes, article
    return report.quotes[-1]


def _errors(q: quotecheck.QuoteResult) -> list[object]:
    return [f for f in q.findings if f.level is Level.ERROR]


NAMED = "Ann Lee is marking her win with a party at the Harbour Hall."
QUOTED = f"Lee thanked the crowd and said “{ALTERED}”"
OTHER_ITEM = "Ben Ode conceded in a short statement to reporters at the county offices."
# More of the night's items: a live blog is cut into many (two or three rule lines may set off
# an ordinary article's byline and footer: tests/test_occasion_said_before.py).
LATER = RULE.join(
    [
        "The ferry union, which backed Lee from the first week, sent a brass band to the quay. "
        "Its members played until the harbour master asked them to stop, a little after "
        "midnight, because the night boats could not hear their own horns over the trumpets.",
        "County officials said turnout in the islands beat the last record by a wide margin, "
        "helped by the mild weather and by a free shuttle that ran every half hour between the "
        "smaller villages and the polling station in the old school hall.",
        "The count in the last two villages was delayed by a power cut. Election workers "
        "finished by lantern light, and the clerk read the figures aloud from the steps of the "
        "town hall to a small crowd that had waited in the rain.",
    ]
)

TIED = [
    pytest.param(
        "10:05 p.m.\n\n"
        + NAMED
        + "\n\n"
        + FILLER
        + MORE
        + "\n\n"
        + QUOTED
        + RULE
        + OTHER_ITEM
        + RULE
        + LATER,
        id="live blog: the first item names the hall far before the quote",
    ),
    pytest.param(
        "10:05 p.m."
        + RULE
        + NAMED
        + "\n\n"
        + FILLER
        + MORE
        + "\n\n"
        + QUOTED
        + RULE
        + OTHER_ITEM
        + RULE
        + LATER,
        id="live blog: a middle item names the hall",
    ),
]

UNTIED = [
    pytest.param(
        NAMED + RULE + FILLER + MORE + "\n\n" + QUOTED + RULE + OTHER_ITEM,
        id="live blog: the hall is named in the item before",
    ),
    pytest.param(
        NAMED + "\n\n" + FILLER + MORE + "\n\n" + QUOTED,
        id="ordinary article: the hall named far before the quote",
    ),
]


@pytest.mark.parametrize("article", TIED)
def test_live_blog_item_ties_the_quote_to_its_occasion(article: str) -> None:
    q = _check(article, [OLD_RALLY, PARTY])
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert not _errors(q)


@pytest.mark.parametrize("article", UNTIED)
def test_occasion_named_outside_the_item_ties_nothing(article: str) -> None:
    q = _check(article, [OLD_RALLY, PARTY])
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
    assert "similar words" in q.explanation


# The words stand first in a supporter's turn at the old rally, then in Ann Lee's own turn
# there and at the party the article names: the own-turn reading is read once more on the
# party, the occasion the article reports.
ECHOED_RALLY = _source(
    "Speech, Rally, Eastport, ME",
    "2025-06-04",
    f"Cal Dunn: {LINE}\n\nAnn Lee: Eastport, hello. {LINE} Thank you.",
    "east-echo.md",
)

OWN_TURN = [
    pytest.param(
        f"Ann Lee spoke at the Harbour Hall party. “{ALTERED}” Lee said.",
        Verdict.ALTERED,
        id="own turn, then the party the article names",
    ),
    pytest.param(
        f"Ann Lee has often told crowds: “{ALTERED}”",
        Verdict.UNVERIFIABLE,
        id="said on several occasions, none named: stays similar words",
    ),
]


@pytest.mark.parametrize(("article", "verdict"), OWN_TURN)
def test_own_turn_reading_is_read_on_the_reported_occasion(article: str, verdict: Verdict) -> None:
    q = _check(article, [ECHOED_RALLY, PARTY])
    assert q.verdict is verdict, q.explanation
    assert not _errors(q)


# The headline names a kind of occasion; among the speaker's sources of the article's days,
# one is of that kind: the article is about it.  A stock line as close at an old rally and
# an interview of the same week is then checked against the debate.
DEBATE = _source(
    "Debate with Ben Ode, Harbour Hall, ME",
    "2026-03-04",
    f"Moderator: Ms. Lee, the ferry.\n\nAnn Lee: {LINE} I mean it.",
    "debate.md",
)
SECOND_DEBATE = _source(
    "Debate with Ben Ode, Northport, ME",
    "2026-03-02",
    f"Ann Lee: Good evening. {LINE} Thank you.",
    "debate2.md",
)
OLD_DEBATE = _source(
    "Debate with Ben Ode, Eastport, ME",
    "2025-06-04",
    f"Ann Lee: Good evening. {LINE} Thank you.",
    "debate2025.md",
)
INTERVIEW = _source(
    "Interview with Cal Dunn, 'Harbour Morning', WHRB",
    "2026-03-03",
    f"Cal Dunn: Welcome.\n\nAnn Lee: {LINE} That is all.",
    "radio.md",
)

HEADLINE = "Lee And Ode Clash Over Ferry Fares In Tense Debate"
PLAIN = "Lee And Ode Clash Over Ferry Fares"
BODY = f"Ann Lee spoke about the boats.\n\n“{ALTERED}” Lee said."

HEADLINED = [
    pytest.param(
        HEADLINE, [OLD_RALLY, DEBATE], Verdict.ALTERED, id="headline debate, an old rally alike"
    ),
    pytest.param(
        HEADLINE,
        [OLD_RALLY, INTERVIEW, DEBATE],
        Verdict.ALTERED,
        id="headline debate, an interview of the week and an old rally alike",
    ),
    pytest.param(
        PLAIN, [OLD_RALLY, INTERVIEW, DEBATE], Verdict.UNVERIFIABLE, id="no kind in the headline"
    ),
    pytest.param(
        HEADLINE,
        [OLD_RALLY, DEBATE, SECOND_DEBATE],
        Verdict.UNVERIFIABLE,
        id="two debates in the article's days: the headline names neither",
    ),
    pytest.param(
        HEADLINE,
        [OLD_RALLY, OLD_DEBATE],
        Verdict.UNVERIFIABLE,
        id="the only debate is of last year: not the article's",
    ),
]


@pytest.mark.parametrize(("headline", "sources", "verdict"), HEADLINED)
def test_headline_names_the_one_occasion_of_its_kind_in_the_days(
    headline: str, sources: list[quotecheck.Source], verdict: Verdict
) -> None:
    q = _check(f"{headline}\n\n{BODY}", sources)
    assert q.verdict is verdict, q.explanation
    assert not _errors(q)


ELSEWHERE_IN_HEADLINED = [
    pytest.param(
        f"“{ALTERED}” Lee told a rally in Westport last year.", id="placed at an old rally"
    ),
    pytest.param(f"“{ALTERED}” Lee has said at every stop.", id="said on several occasions"),
]


@pytest.mark.parametrize("body", ELSEWHERE_IN_HEADLINED)
def test_headline_does_not_tie_a_quote_placed_elsewhere(body: str) -> None:
    q = _check(f"{HEADLINE}\n\nAnn Lee spoke about the boats.\n\n{body}", [OLD_RALLY, DEBATE])
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
    assert not _errors(q)


# Reworded throughout on an occasion the article names near the quote, said more nearly the
# article's way at an old rally: "similar words" (unverifiable), never judged as a rewording
# on the named occasion. A name near the quote does not say the words were said there: the
# debate may be days after them, named in a clause about someone else, or a word of another
# quote may happen to be the source's name.
REWORDED = (
    "The ferry fares stay flat as long as I am in office, and the council knows that, believe me."
)
QUOTED_AS = "Fares on the ferry will not go up while I am in office."
DEBATE_REWORDED = _source(
    "Debate with Ben Ode, Harbour Hall, ME",
    "2026-03-04",
    f"Moderator: Ms. Lee, the ferry.\n\nAnn Lee: Look. {REWORDED} That is my promise.",
    "debate-reworded.md",
)
SPEECH_REWORDED = _source(
    "Speech on Avonlea's Ferries, Westport, ME",
    "2026-03-04",
    f"Ann Lee: Good morning. {REWORDED} That is my promise.",
    "speech-reworded.md",
)
RALLY_CLOSER = _source(
    "Speech, Rally, Eastport, ME",
    "2025-06-04",
    "Ann Lee: Eastport, hello. Fares on the ferry will not go up while I am mayor. Thanks.",
    "east-closer.md",
)

REWORDED_CASES = [
    pytest.param(
        f"{HEADLINE}\n\nAnn Lee spoke about the boats.\n\n“{QUOTED_AS}” Lee said.",
        DEBATE_REWORDED,
        id="headline names the debate",
    ),
    pytest.param(
        f"{PLAIN}\n\nAnn Lee spoke about the boats.\n\n“{QUOTED_AS}” Lee said.",
        DEBATE_REWORDED,
        id="nothing names the debate",
    ),
    pytest.param(
        f"{HEADLINE}\n\nAnn Lee spoke about the boats.\n\n"
        f"“{QUOTED_AS}” Lee told a rally in Westport last year.",
        DEBATE_REWORDED,
        id="placed at another rally under a debate headline",
    ),
    pytest.param(
        f"{PLAIN}\n\nDays before the Harbour Hall debate, Lee said: “{QUOTED_AS}”",
        DEBATE_REWORDED,
        id="said days before the debate it names",
    ),
    pytest.param(
        f"{PLAIN}\n\nAnn Lee, who sparred with Ben Ode at Harbour Hall, spoke about the boats. "
        f"“{QUOTED_AS}” Lee said.",
        DEBATE_REWORDED,
        id="the debate named in a clause about the speaker",
    ),
    pytest.param(
        f"{PLAIN}\n\nSupporters chanted “Avonlea first” as Ann Lee spoke about the boats. "
        f"“{QUOTED_AS}” Lee said.",
        SPEECH_REWORDED,
        id="the source's name in the words of another quote",
    ),
]


@pytest.mark.parametrize(("article", "reworded_in"), REWORDED_CASES)
def test_rewording_on_a_named_occasion_stays_similar_words(
    article: str, reworded_in: quotecheck.Source
) -> None:
    q = _check(article, [RALLY_CLOSER, reworded_in])
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
    assert not _errors(q)
