"""A quote the article says was said before, or many times, is not tied to an occasion it
names only outside the quote's own frame (#16, review of d6bb532); nor do a footer's rule
lines make an ordinary article a live blog.

"Lee once said: “…”" a few sentences after (or right after) a sentence naming the hall of
the party a shared source transcribes does not put the words at the party: the article says
they were said on an earlier occasion, or on several, and names none of them for the quote.
A look-alike in the party's transcript then shows no alteration ("similar words"), whether
it was read first (an old rally holds the line too), read again on the occasion the article
reports, or read in the speaker's own turn after a first reading in someone else's.  Named
in the quote's own frame, the hall still ties it.

Every sentence here is made up for these tests: a coastal county, its candidate Ann Lee, her
victory party at the Harbour Hall and her rallies in the harbour towns.
"""

from __future__ import annotations

import pytest
from harbour_hall import ALTERED, ECHOED_RALLY, FILLER, MORE, NAMED, OLD_RALLY, PARTY, QUOTED, check

import quotecheck
from quotecheck.models import Level, Verdict

RULE = "\n\n---\n\n"
FILLER_AND_MORE = FILLER + MORE

LATER_ITEMS = [
    "Ben Ode conceded in a short statement to reporters at the county offices. He thanked "
    "his volunteers, wished his rival well and said he would spend the spring on his boat, "
    "far from any microphone, before deciding whether to run for anything again.",
    "The ferry union, which backed Lee from the first week, sent a brass band to the quay. "
    "Its members played until the harbour master asked them to stop, a little after midnight, "
    "because the night boats could not hear their own horns over the trumpets.",
    "County officials said turnout in the islands beat the last record by a wide margin, "
    "helped by the mild weather and by a free shuttle that ran every half hour between the "
    "smaller villages and the polling station in the old school hall.",
]

# Each says the words were said before, or on several occasions, none of them named.
SAID_BEFORE = [
    pytest.param("Lee once said: “{q}”", id="once said"),
    pytest.param("Lee has said many times: “{q}”", id="has said many times"),
    pytest.param("Ann Lee has often told crowds: “{q}”", id="has often told crowds"),
    pytest.param("Earlier in the campaign, Lee said: “{q}”", id="earlier in the campaign"),
    pytest.param("Years ago, Lee said: “{q}”", id="years ago"),
    pytest.param("Lee used to say: “{q}”", id="used to say"),
    pytest.param("Lee said, as she has so often in the past: “{q}”", id="as she has in the past"),
]


def _live_blog(quoted: str) -> str:
    """A live blog of four items; the first names the hall far above the quote."""
    first = "10:05 p.m.\n\n" + NAMED + "\n\n" + FILLER_AND_MORE + "\n\n" + quoted
    return RULE.join([first, *LATER_ITEMS])


def _similar_words(q: quotecheck.QuoteResult) -> None:
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
    assert "similar words" in q.explanation
    assert not [f for f in q.findings if f.level in (Level.ERROR, Level.WARNING)]


@pytest.mark.parametrize("framing", SAID_BEFORE)
def test_said_before_in_a_live_blog_item_naming_the_hall(framing: str) -> None:
    _similar_words(check(_live_blog(framing.format(q=ALTERED)), [OLD_RALLY, PARTY]))


@pytest.mark.parametrize("framing", SAID_BEFORE)
def test_said_before_right_after_the_hall_is_named(framing: str) -> None:
    _similar_words(check(NAMED + " " + framing.format(q=ALTERED), [OLD_RALLY, PARTY]))


@pytest.mark.parametrize("framing", SAID_BEFORE)
def test_said_before_read_in_the_speakers_own_turn(framing: str) -> None:
    _similar_words(check(NAMED + " " + framing.format(q=ALTERED), [ECHOED_RALLY, PARTY]))


NAMED_IN_FRAME = [
    pytest.param(
        "At the Harbour Hall party, Lee repeated what she has often told crowds: “{q}”",
        id="often told, the hall in the quote's own sentence",
    ),
    pytest.param(
        "Lee thanked the crowd at the Harbour Hall and said: “{q}”", id="no said-before phrase"
    ),
]


@pytest.mark.parametrize("framing", NAMED_IN_FRAME)
def test_the_hall_named_in_the_quotes_own_frame_ties_it(framing: str) -> None:
    q = check(_live_blog(framing.format(q=ALTERED)), [OLD_RALLY, PARTY])
    assert q.verdict is Verdict.ALTERED, q.explanation


# "At the time" points back to the occasion just named, not to an earlier one: the party.
AT_THE_TIME = "“{q}” Lee said at the time."


@pytest.mark.parametrize(
    "article",
    [
        pytest.param(NAMED + " " + AT_THE_TIME, id="right after the hall is named"),
        pytest.param(_live_blog(AT_THE_TIME), id="in a live blog item naming the hall"),
    ],
)
def test_said_at_the_time_points_back_to_the_occasion_named(article: str) -> None:
    q = check(article.format(q=ALTERED), [OLD_RALLY, PARTY])
    assert q.verdict is Verdict.ALTERED, q.explanation


BODY = NAMED + "\n\n" + FILLER_AND_MORE + "\n\n" + QUOTED

# Rule lines that set off a byline, a correction or a contributor line: one story, not a
# live blog's items; the hall named far above the quote ties nothing.
RULED = [
    pytest.param(
        BODY
        + RULE
        + "Correction: an earlier version of this story misspelled the harbour master's name."
        + RULE
        + "Staff writer Dot Vance contributed to this report.",
        id="a correction and a contributor line under rules",
    ),
    pytest.param(
        "By Dot Vance, staff writer"
        + RULE
        + BODY
        + RULE
        + "Correction: an earlier version of this story gave the wrong date for the count.",
        id="a byline rule and a footer rule",
    ),
    pytest.param(
        "By Dot Vance" + RULE + BODY + RULE + "Correction: a date was wrong." + RULE + "Write us.",
        id="three rules around one story",
    ),
]


@pytest.mark.parametrize("article", RULED)
def test_footer_rules_do_not_make_a_live_blog(article: str) -> None:
    _similar_words(check(article, [OLD_RALLY, PARTY]))


def test_a_live_blog_item_still_names_the_quotes_occasion() -> None:
    q = check(_live_blog(QUOTED), [OLD_RALLY, PARTY])
    assert q.verdict is Verdict.ALTERED, q.explanation
