"""A noun that counts in a group of a fixed size ("dozen" = 12, "score" = 20) multiplies the
number before it as a scale word does: "two dozen" is 24, "a score of" 20, "half a dozen" 6
(``lang/en/counting_nouns.txt``) — but only before what it counts ("of", or a word that is
no function word): "settle a score with" holds no number.  A quote that writes the figure for
the spoken count is the same number (normalized), one that writes another figure changes it.

Every sentence here is made up for these tests: a ferry company's hiring, told by its chief.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict
from quotecheck.xling.checks import Side, amounts


def _values(text: str) -> list[float]:
    return [a.value for a in amounts(Side(text, 0, len(text), "en"))]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("we hired two dozen deckhands", [24.0]),
        ("we hired three dozen deckhands", [36.0]),
        ("we hired a score of deckhands", [20.0]),
        ("we hired half a dozen deckhands", [6.0]),
        ("we hired 4 dozen deckhands", [48.0]),
        ("we have a score to settle with them", []),
        ("the score was three", [3.0]),
    ],
)
def test_a_counting_noun_multiplies(text: str, values: list[float]) -> None:
    assert _values(text) == values


def _check(said: str, quoted: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        f"---\nspeaker: Nell Quayle\nkind: interview\n---\n\n{said}.\n", id="interview.md"
    )
    article = f"---\n---\n\n“{quoted},” Nell Quayle said.\n"
    return quotecheck.check_text(article, sources=[src]).quotes[-1]


SENTENCE = "We took on {} deckhands this winter and kept every one"


@pytest.mark.parametrize(
    ("said", "quoted", "verdict"),
    [
        ("two dozen", "24", Verdict.NORMALIZED),
        ("24", "two dozen", Verdict.NORMALIZED),
        ("a score of", "20", Verdict.NORMALIZED),
        ("three dozen", "36", Verdict.NORMALIZED),
        ("two dozen", "12", Verdict.ALTERED),
        ("half a dozen", "12", Verdict.ALTERED),
        ("dozens of", "12", Verdict.ALTERED),
    ],
)
def test_the_figure_for_a_spoken_count(said: str, quoted: str, verdict: Verdict) -> None:
    q = _check(SENTENCE.format(said), SENTENCE.format(quoted))
    assert q.verdict is verdict, (q.verdict, q.explanation)
    if verdict is Verdict.NORMALIZED:
        assert "QC111" not in {f.code for f in q.findings}
