"""The second piece of a quote the article gives in two (`“…,” she said in a 2019
documentary. “…”`) is said on the occasion the first is placed on (red team 22 F5).

Two holes let the second piece lose it: with the speaker unresolved (a "she" the article
names only in the lede, as an obituary does) the pieces were not read as one, so the second
was judged against a source of another occasion — `altered`, and `--fix` wrote that
source's words into it; and the sentences before the first piece ("In a phone interview
Tuesday, Okafor said …") were never read for the second, so its verdict turned on whether
an unrelated lede happened to share a word with a source's occasion — `fabricated`.

Every sentence here is made up for these tests: a glassblower, Tove Lindqvist, and a
hydrologist, Ada Okafor.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

INTERVIEW_1994 = (
    "---\nspeaker: Tove Lindqvist\nkind: interview\noccasion: interview with the Harbour "
    "Weekly\ndate: 1994-05-11\n---\n\nQ: Why glass?\n\nA: Clay is patient. Glass punishes "
    "you for a short time, and then it forgives. I like that.\n"
)


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            '"Glass is honest," she said in a 2021 film. "It punishes you for a while."',
            id="unresolved she, film of 2021",
        ),
        pytest.param(
            '"Glass is honest," she said in 2021. "It punishes you for a while."',
            id="unresolved she, said in 2021",
        ),
    ],
)
def test_the_second_piece_keeps_the_first_ones_occasion(paragraph: str) -> None:
    article = (
        "---\ndate: 2026-03-02\n---\n\nTove Lindqvist, the glassblower, died Sunday at 91.\n\n"
        f"{paragraph}\n"
    )
    source = quotecheck.make_source(INTERVIEW_1994, id="weekly1994.txt")
    report = quotecheck.check_text(article, sources=[source], path="obit.md")
    assert len(report.quotes) == 2
    assert [q.verdict for q in report.quotes] == [Verdict.UNVERIFIABLE] * 2


def test_the_second_piece_on_the_sources_occasion_is_still_checked() -> None:
    """Must stay: the pieces placed on the source's own occasion are judged against it."""
    article = (
        "---\ndate: 2026-03-02\n---\n\nTove Lindqvist, the glassblower, died Sunday at 91.\n\n"
        '"Clay is patient," she told the Harbour Weekly in 1994. "Glass punishes you for a '
        'long time."\n'
    )
    source = quotecheck.make_source(INTERVIEW_1994, id="weekly1994.txt")
    report = quotecheck.check_text(article, sources=[source], path="obit.md")
    assert [q.verdict for q in report.quotes] == [Verdict.VERBATIM, Verdict.ALTERED]


PAPER = (
    "---\nkind: document\nspeaker: Ada Okafor\noccasion: paper in the Review of Marsh "
    "Hydrology\ndate: 2026-05-04\n---\n\nWater held in the restored marsh rose by a third over "
    "two winters. The reeds returned before the birds did.\n"
)


@pytest.mark.parametrize(
    "lede",
    [
        "Restored reed beds held more water than drained ones in a two-year marsh study.",
        "A hydrology study drew notice this week.",
    ],
    ids=["lede sharing a word with the paper's occasion", "lede sharing none"],
)
def test_the_second_piece_of_an_interview_quote_is_not_judged_by_the_lede(lede: str) -> None:
    article = (
        f"---\ndate: 2026-05-14\n---\n\n{lede}\n\n"
        "In a phone interview Tuesday, Okafor said the farmers nearby had been curious. "
        '"Every grower asked when the water would reach them," she said. "I told them to '
        'wait a season."\n'
    )
    paper = quotecheck.make_source(PAPER, id="paper.txt")
    report = quotecheck.check_text(article, sources=[paper], path="story.md")
    assert [q.verdict for q in report.quotes] == [Verdict.UNVERIFIABLE] * 2
