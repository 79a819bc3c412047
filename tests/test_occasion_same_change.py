"""A line changed the same way against every occasion that holds it (#16, twenty-first round).

Every sentence here is made up for these tests: a mountain county, its candidate Rosa Varga,
her rallies in the valley towns and the transcripts of them.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Level, Verdict

LINE = "We will rebuild the old stone bridge at Kessel before the snow comes this year."
CHANGED = "We will rebuild the old iron bridge at Kessel before the snow comes this year."
OTHER_WAY = "We will rebuild the old brick bridge at Kessel before the snow comes this year."
ARTICLE_DATE = "2027-04-10"


def _source(occasion: str, date: str, body: str, name: str) -> quotecheck.Source:
    text = f"---\nkind: transcript\noccasion: {occasion}\ndate: {date}\n---\n\n{body}\n"
    src = quotecheck.make_source(text, id=name)
    return src.model_copy(update={"shared": True})  # given for every article, as --source does


ALTDORF = _source(
    "Speech, Rally, Altdorf", "2027-04-07", f"Rosa Varga: Hello Altdorf. {LINE} Thank you.", "a.md"
)
BERGEN = _source(
    "Speech, Rally, Bergen", "2027-04-09", f"Rosa Varga: Good evening. {LINE} Thanks.", "b.md"
)
LAST_AUTUMN = _source(
    "Speech, Rally, Feldkirch", "2026-10-02", f"Rosa Varga: Friends. {LINE} Goodbye.", "f.md"
)
LATER = _source(
    "Interview, Valley Radio", "2027-04-20", f"Rosa Varga: As I keep saying, {LINE}", "r.md"
)
BERGEN_OTHER = _source(
    "Speech, Rally, Bergen", "2027-04-09", f"Rosa Varga: Good evening. {OTHER_WAY} Thanks.", "b.md"
)
BERGEN_COPY = _source(
    "Speech, Rally, Bergen (second transcript)",
    "2027-04-09",
    f"Rosa Varga: Good evening, Bergen. {LINE} Thanks.",
    "b2.md",
)
UNRELATED = _source(
    "Speech, Rally, Zell", "2027-03-01", "Rosa Varga: The school in Zell stays open.", "z.md"
)


def _check(article: str, sources: list[quotecheck.Source]) -> quotecheck.QuoteResult:
    report = quotecheck.check_text(f"---\ndate: {ARTICLE_DATE}\n---\n\n{article}", sources=sources)
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("quote", "sources"),
    [
        pytest.param(
            CHANGED,
            [ALTDORF, BERGEN, UNRELATED],
            id="two rallies of the week say 'stone', the article 'iron', naming neither",
        ),
        pytest.param(
            CHANGED,
            [ALTDORF, LAST_AUTUMN],
            id="a rally of the week and one of last autumn say it alike: changed either way",
        ),
        pytest.param(
            CHANGED,
            [LAST_AUTUMN, LATER],
            id="said alike before and after the article, neither its occasion: changed either way",
        ),
    ],
)
def test_a_line_changed_alike_on_every_occasion_is_altered_as_a_warning(
    quote: str, sources: list[quotecheck.Source]
) -> None:
    q = _check(f"“{quote}” Rosa Varga said.", sources)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)
    assert "differs from both in the same way" in q.explanation
    assert "“stone”" in q.explanation or "stone" in q.explanation
    assert not [f for f in q.findings if f.level is Level.ERROR]


@pytest.mark.parametrize(
    ("quote", "sources", "verdict"),
    [
        pytest.param(
            LINE,
            [ALTDORF, BERGEN_OTHER],
            Verdict.VERBATIM,
            id="identical to one rally's words, changed from the other's: that rally's words",
        ),
        pytest.param(
            CHANGED,
            [ALTDORF, BERGEN_OTHER],
            Verdict.UNVERIFIABLE,
            id="the two rallies say it differently (stone, brick): no one way the speaker says it",
        ),
        pytest.param(
            CHANGED,
            [LAST_AUTUMN, UNRELATED],
            Verdict.UNVERIFIABLE,
            id="one occasion of last autumn alone: the words may be from one no source holds",
        ),
        pytest.param(
            CHANGED,
            [BERGEN, BERGEN_COPY, UNRELATED],
            Verdict.UNVERIFIABLE,
            id="two transcripts of one rally are one occasion, not two",
        ),
    ],
)
def test_what_stays_doubt(quote: str, sources: list[quotecheck.Source], verdict: Verdict) -> None:
    q = _check(f"“{quote}” Rosa Varga said.", sources)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert "differs from both" not in q.explanation


def test_a_common_phrase_at_two_occasions_is_no_line() -> None:
    # "Get out of here" is in any speech: a quote that adds a word to it is no stock line
    # changed, and no run of five words ties it to either rally.
    a = _source("Speech, Rally, Altdorf", "2027-04-07", "Rosa Varga: Get out of here.", "a.md")
    b = _source("Speech, Rally, Bergen", "2027-04-09", "Rosa Varga: Get out of here!", "b.md")
    q = _check("Supporters chanted as she said “Get them out of here,” Rosa Varga said.", [a, b])
    assert q.verdict is not Verdict.ALTERED, q.explanation


def test_a_place_the_article_gives_rules_the_rallies_out() -> None:
    # "told supporters in Ohio": neither Vermont rally is the occasion, and the article says
    # where it was: the resemblance stays similar words.
    a = _source("Speech, Rally, Altdorf, VT", "2027-04-07", f"Rosa Varga: {LINE}", "a.md")
    b = _source("Speech, Rally, Bergen, VT", "2027-04-09", f"Rosa Varga: Hi. {LINE}", "b.md")
    q = _check(f"“{CHANGED}” Rosa Varga told supporters in Ohio.", [a, b])
    assert q.verdict is Verdict.UNVERIFIABLE, q.explanation
