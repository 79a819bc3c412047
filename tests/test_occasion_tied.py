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
from harbour_hall import (
    ALTERED,
    ARTICLE_DATE,
    ECHOED_RALLY,
    FILLER,
    LINE,
    MORE,
    NAMED,
    OLD_RALLY,
    PARTY,
    QUOTED,
    check,
    shared_source,
)

import quotecheck
from quotecheck.models import Level, Verdict

RULE = "\n\n___.\n\n"


def _errors(q: quotecheck.QuoteResult) -> list[object]:
    return [f for f in q.findings if f.level is Level.ERROR]


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

# The quote's item: the hall named, then the night's news, then the quote.
ITEM = NAMED + "\n\n" + FILLER + MORE + "\n\n" + QUOTED
TAIL = RULE + OTHER_ITEM + RULE + LATER

TIED = [
    pytest.param(
        "10:05 p.m.\n\n" + ITEM + TAIL,
        id="live blog: the first item names the hall far before the quote",
    ),
    pytest.param(
        "10:05 p.m." + RULE + ITEM + TAIL,
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
    q = check(article, [OLD_RALLY, PARTY])
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert not _errors(q)


@pytest.mark.parametrize("article", UNTIED)
def test_occasion_named_outside_the_item_ties_nothing(article: str) -> None:
    q = check(article, [OLD_RALLY, PARTY])
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
    assert "similar words" in q.explanation


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
    q = check(article, [ECHOED_RALLY, PARTY])
    assert q.verdict is verdict, q.explanation
    assert not _errors(q)


# The quote's own sentence places it at a kind of occasion, and the headline names that kind
# too; among the speaker's sources that are or may be of the article's days, one is of that
# kind: it is the one reported.  A stock line as close at a debate of last year is then
# checked against the debate of the days.
DEBATE = shared_source(
    "Debate with Ben Ode, Harbour Hall, ME",
    "2026-03-04",
    f"Moderator: Ms. Lee, the ferry.\n\nAnn Lee: {LINE} I mean it.",
    "debate.md",
)
SECOND_DEBATE = shared_source(
    "Debate with Ben Ode, Northport, ME",
    "2026-03-02",
    f"Ann Lee: Good evening. {LINE} Thank you.",
    "debate2.md",
)
OLD_DEBATE = shared_source(
    "Debate with Ben Ode, Eastport, ME",
    "2025-06-04",
    f"Ann Lee: Good evening. {LINE} Thank you.",
    "debate2025.md",
)
INTERVIEW = shared_source(
    "Interview with Cal Dunn, 'Harbour Morning', WHRB",
    "2026-03-03",
    f"Cal Dunn: Welcome.\n\nAnn Lee: {LINE} That is all.",
    "radio.md",
)

UNDATED_DEBATE = shared_source(
    "Debate with Ben Ode, Southport, ME",
    "",
    f"Ann Lee: Good evening. {LINE} Thank you.",
    "debate-undated.md",
)
MONTH_DEBATE = shared_source(
    "Debate with Ben Ode, Westport, ME",
    "2026-03",
    f"Ann Lee: Good evening. {LINE} Thank you.",
    "debate-march.md",
)
WEEK_RALLY = shared_source(
    "Speech, Rally, Northport, ME",
    "2026-03-03",
    f"Ann Lee: Northport, hello. {LINE} Thank you.",
    "north.md",
)

HEADLINE = "Lee And Ode Clash Over Ferry Fares In Tense Debate"
PLAIN = "Lee And Ode Clash Over Ferry Fares"
PLACED = f"Ann Lee spoke about the boats.\n\n“{ALTERED}” Lee said at the debate."
UNPLACED = f"Ann Lee spoke about the boats.\n\n“{ALTERED}” Lee said."

# The headline adds only "the only one of its kind in the days" to a quote its own sentence
# places at that kind of occasion ("at the debate"): a debate of last year as close, which
# the kind alone does not rule out, is then not the article's.
HEADLINED = [
    pytest.param(
        HEADLINE,
        PLACED,
        [OLD_DEBATE, DEBATE],
        Verdict.ALTERED,
        id="at the debate, an old one alike",
    ),
    pytest.param(
        HEADLINE,
        PLACED,
        [OLD_RALLY, INTERVIEW, OLD_DEBATE, DEBATE],
        Verdict.ALTERED,
        id="at the debate, an interview of the week, an old rally and debate alike",
    ),
    pytest.param(
        PLAIN, PLACED, [OLD_DEBATE, DEBATE], Verdict.UNVERIFIABLE, id="no kind in the headline"
    ),
    pytest.param(
        HEADLINE,
        PLACED,
        [OLD_DEBATE, DEBATE, SECOND_DEBATE],
        Verdict.UNVERIFIABLE,
        id="two debates in the article's days: the headline names neither",
    ),
    pytest.param(
        HEADLINE,
        PLACED,
        [OLD_RALLY, OLD_DEBATE],
        Verdict.UNVERIFIABLE,
        id="the only debate is of last year: not the article's",
    ),
    # The article's sentence places the quote nowhere: a kind word in the headline names no
    # occasion ("debate" as a dispute, a coming debate, "rally" of prices).
    pytest.param(
        HEADLINE,
        UNPLACED,
        [OLD_RALLY, DEBATE],
        Verdict.UNVERIFIABLE,
        id="the quote placed nowhere: the headline alone ties nothing",
    ),
    pytest.param(
        "Lee Revives The Debate Over Ferry Fares",
        UNPLACED,
        [OLD_RALLY, DEBATE],
        Verdict.UNVERIFIABLE,
        id="debate as a dispute, opening the headline's object",
    ),
    pytest.param(
        "Debate On Ferry Fares Divides The Harbour Towns",
        UNPLACED,
        [OLD_RALLY, DEBATE],
        Verdict.UNVERIFIABLE,
        id="debate as a dispute, opening the headline",
    ),
    pytest.param(
        "Lee Prepares For Saturday's Debate Against Ode",
        UNPLACED,
        [OLD_RALLY, DEBATE],
        Verdict.UNVERIFIABLE,
        id="a coming debate names none of last week's",
    ),
    pytest.param(
        "Harbour Shares Rally As Lee Gains",
        UNPLACED,
        [OLD_RALLY, WEEK_RALLY],
        Verdict.UNVERIFIABLE,
        id="rally as a rise in prices, a rally of the week alike",
    ),
    # A lede is no headline: a first line ending as a sentence does, or with a reporting verb.
    pytest.param(
        "Ann Lee told reporters she would skip any further debate with Ben Ode before May.",
        PLACED,
        [OLD_DEBATE, DEBATE],
        Verdict.UNVERIFIABLE,
        id="a lede with a reporting verb and a stop",
    ),
    pytest.param(
        "Ann Lee, the winner of Wednesday's debate, spent Thursday at the fish market.",
        PLACED,
        [OLD_DEBATE, DEBATE],
        Verdict.UNVERIFIABLE,
        id="a lede ending with a stop",
    ),
    pytest.param(
        "Ann Lee Says Debate Went Her Way",
        PLACED,
        [OLD_DEBATE, DEBATE],
        Verdict.UNVERIFIABLE,
        id="a first line with a reporting verb",
    ),
    # Another debate of the speaker's whose day is unknown may be the one of the days.
    pytest.param(
        HEADLINE,
        PLACED,
        [OLD_DEBATE, DEBATE, UNDATED_DEBATE],
        Verdict.UNVERIFIABLE,
        id="an undated debate counts against the one of the days",
    ),
    pytest.param(
        HEADLINE,
        PLACED,
        [OLD_DEBATE, DEBATE, MONTH_DEBATE],
        Verdict.UNVERIFIABLE,
        id="a debate dated by its month only counts against it",
    ),
]


@pytest.mark.parametrize(("headline", "body", "sources", "verdict"), HEADLINED)
def test_headline_names_the_one_occasion_of_its_kind_in_the_days(
    headline: str, body: str, sources: list[quotecheck.Source], verdict: Verdict
) -> None:
    q = check(f"{headline}\n\n{body}", sources)
    assert q.verdict is verdict, q.explanation
    assert not _errors(q)


TITLED = [
    pytest.param(
        "Lee And Ode Trade Barbs In A Tense Debate", Verdict.ALTERED, id="a title naming a debate"
    ),
    pytest.param("Lee And Ode Trade Barbs", Verdict.UNVERIFIABLE, id="a title naming no kind"),
]


@pytest.mark.parametrize(("title", "verdict"), TITLED)
def test_declared_title_is_the_headline(title: str, verdict: Verdict) -> None:
    # The first line is a lede that names the debate; the declared title decides.
    article = (
        f"---\ndate: {ARTICLE_DATE}\ntitle: {title}\n---\n\n"
        f"Lee And Ode Met In Tense Debate\n\n{PLACED}"
    )
    report = quotecheck.check_text(article, sources=[OLD_DEBATE, DEBATE])
    q = report.quotes[-1]
    assert q.verdict is verdict, q.explanation
    assert not _errors(q)


ELSEWHERE_IN_HEADLINED = [
    pytest.param(
        f"“{ALTERED}” Lee told a rally in Westport last year.", id="placed at an old rally"
    ),
    pytest.param(f"“{ALTERED}” Lee has said at every stop.", id="said on several occasions"),
    pytest.param(
        f"“{ALTERED}” Lee said at the debate, repeating her stump speech.",
        id="repeating her stump speech",
    ),
    pytest.param(
        f"“{ALTERED}” Lee said at the debate, repeating a line from her stump speech.",
        id="repeating a line from her stump speech",
    ),
    pytest.param(
        f"“{ALTERED}” is a line Lee often uses, and she used it at the debate.",
        id="a line she often uses",
    ),
    pytest.param(f"“{ALTERED}” Lee said again at the debate.", id="said again"),
    pytest.param(f"“{ALTERED}” Lee said, repeating her stump speech.", id="stump speech, unplaced"),
    pytest.param(f"“{ALTERED}” Lee said again.", id="said again, unplaced"),
]


@pytest.mark.parametrize("body", ELSEWHERE_IN_HEADLINED)
def test_headline_does_not_tie_a_quote_placed_elsewhere(body: str) -> None:
    q = check(
        f"{HEADLINE}\n\nAnn Lee spoke about the boats.\n\n{body}", [OLD_RALLY, OLD_DEBATE, DEBATE]
    )
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
DEBATE_REWORDED = shared_source(
    "Debate with Ben Ode, Harbour Hall, ME",
    "2026-03-04",
    f"Moderator: Ms. Lee, the ferry.\n\nAnn Lee: Look. {REWORDED} That is my promise.",
    "debate-reworded.md",
)
SPEECH_REWORDED = shared_source(
    "Speech on Avonlea's Ferries, Westport, ME",
    "2026-03-04",
    f"Ann Lee: Good morning. {REWORDED} That is my promise.",
    "speech-reworded.md",
)
RALLY_CLOSER = shared_source(
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
    q = check(article, [RALLY_CLOSER, reworded_in])
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
    assert not _errors(q)
