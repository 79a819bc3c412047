"""Words a source quotes from someone are a rendering of what that someone said: evidence about
who said them, never of the words they used (red team 18 F10).

Every sentence here is made up for these tests: a harbour town, its councillor Bo Tan and his
rival, the mayor Ann Lee.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

RALLY = (
    "---\nspeaker: Bo Tan\noccasion: harbour rally\ndate: 2026-05-02\n---\n"
    "We will keep the ferry running every single day of the year. Last week my rival stood "
    'on this pier and said, "We will sell the old ferry if the budget demands it." I think '
    'that is shameful. Last month my rival, Ann Lee, said, "The night market can move to the '
    'car park for a year." I disagree.\n'
)
"""Bo Tan's rally speech: his own words, an unnamed rival's line he quotes, and a line he
quotes and credits to Ann Lee."""

LEDE = "The harbour campaign went on at the weekend.\n\n"


def _check(article: str) -> quotecheck.QuoteResult:
    rally = quotecheck.make_source(RALLY, id="rally.txt")
    report = quotecheck.check_text(LEDE + article, sources=[rally])
    assert report.quotes, article
    return report.quotes[0]


@pytest.mark.parametrize(
    ("article", "verdicts", "absent"),
    [
        pytest.param(
            "“We will sell the old ferry only if the budget demands it,” Ann Lee said.",
            {Verdict.UNVERIFIABLE},
            {"QC101", "QC201"},
            id="a word added to a rival's rendering of her line: no alteration shown",
        ),
        pytest.param(
            "“We will sell the old ferry whatever the budget demands,” Ann Lee said.",
            {Verdict.UNVERIFIABLE},
            {"QC101", "QC112", "QC201"},
            id="reworded against a rival's rendering: no alteration shown",
        ),
        pytest.param(
            "“The night market can move to the car park for two years,” Ann Lee said.",
            {Verdict.UNVERIFIABLE},
            {"QC101", "QC111", "QC201"},
            id="a rendering the rival credits to her by name is still his rendering",
        ),
        pytest.param(
            "“The night market cannot move to the car park for a year,” Ann Lee said.",
            {Verdict.UNVERIFIABLE},
            {"QC101", "QC110", "QC201"},
            id="a negation against a rival's rendering: no alteration shown",
        ),
        pytest.param(
            "“The night market can move to the car park for a year,” Ann Lee said.",
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            {"QC201"},
            id="control: the words as the rival renders them, second-hand",
        ),
        pytest.param(
            "“We will keep the ferry running every single day of the month,” Bo Tan said.",
            {Verdict.ALTERED},
            set(),
            id="must stay: the speaker's own words changed are altered",
        ),
        pytest.param(
            "“We will not keep the ferry running every single day of the year,” Bo Tan said.",
            {Verdict.ALTERED},
            set(),
            id="must stay: a negation added to the speaker's own words",
        ),
        pytest.param(
            "“We will keep the ferry running every single day of the year,” Ann Lee said.",
            {Verdict.MISATTRIBUTED},
            set(),
            id="must stay: his own first sentence given to her is misattributed",
        ),
    ],
)
def test_a_rendering_shows_who_not_the_words(
    article: str, verdicts: set[Verdict], absent: set[str]
) -> None:
    q = _check(article)
    assert q.verdict in verdicts, (q.verdict, q.explanation, q.codes)
    assert not absent & set(q.codes), q.codes


def test_the_rendering_is_named_as_such() -> None:
    q = _check("“We will sell the old ferry only if the budget demands it,” Ann Lee said.")
    assert "second-hand rendering" in q.explanation
    assert "Bo Tan" in q.explanation


KITCHEN = (
    "---\nspeaker: Bo Tan\noccasion: harbour rally\ndate: 2026-05-02\n---\n"
    'The fleet is our future. My grandmother used to tell me, "Never borrow against the '
    'harbour." I have kept that promise all my life.\n'
)
"""Bo Tan's rally speech quoting his grandmother (red team 18 F11)."""


@pytest.mark.parametrize(
    ("article", "verdicts", "present", "absent"),
    [
        pytest.param(
            "Bo Tan quoted his grandmother: “Never borrow against the harbour.”",
            {Verdict.VERBATIM, Verdict.NORMALIZED},
            {"QC206"},
            {"QC201"},
            id="the article itself gives the words to the one he quotes",
        ),
        pytest.param(
            "“Never borrow against the harbour,” Bo Tan said.",
            {Verdict.MISATTRIBUTED},
            {"QC201"},
            set(),
            id="must stay: words he quotes, given to him as his own",
        ),
    ],
)
def test_quoted_his_grandmother(
    article: str, verdicts: set[Verdict], present: set[str], absent: set[str]
) -> None:
    src = quotecheck.make_source(KITCHEN, id="rally.txt")
    q = quotecheck.check_text(LEDE + article, sources=[src]).quotes[0]
    assert q.verdict in verdicts, (q.verdict, q.explanation, q.codes)
    assert present <= set(q.codes), q.codes
    assert not absent & set(q.codes), q.codes
