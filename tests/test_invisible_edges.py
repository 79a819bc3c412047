"""Invisible characters web copy leaves at a quote's edges (red team 20 F12): a zero-width
space or an LRM right after a straight closing mark leaves it a closing mark (the quote is
read, no QC150), and an LRM or RLM with only punctuation between it and the quote's end
reorders none of its words — QC116 and `normalized`, as any other hidden character, not
`altered`.  A bidi mark between the quote's words, and every override, still make it
`altered`.

Every sentence here is made up for these tests: a harbour master, Ines Holm.
"""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import Verdict

ZWSP, LRM, RLM, RLO, PDF = "\u200b", "\u200e", "\u200f", "\u202e", "\u202c"
SAID = "The new breakwater will be finished in 2027. The old crane stays."


def _check(nlp: Any, article: str) -> quotecheck.ArticleReport:
    source = quotecheck.make_source(SAID, speaker="Ines Holm")
    return quotecheck.check_text(article, sources=[source], nlp=nlp)


@pytest.mark.parametrize("mark", [ZWSP, LRM], ids=["zero-width space", "LRM"])
def test_an_invisible_character_after_a_straight_closing_mark(nlp: Any, mark: str) -> None:
    result = _check(nlp, f'Ines Holm said: "The new breakwater will be finished in 2027."{mark}\n')
    assert [q.text for q in result.quotes] == ["The new breakwater will be finished in 2027."]
    assert "QC150" not in {f.code for f in result.findings}


@pytest.mark.parametrize("mark", [LRM, RLM], ids=["LRM", "RLM"])
def test_a_bidi_mark_at_the_quotes_end_reorders_nothing(nlp: Any, mark: str) -> None:
    [q] = _check(
        nlp, f"Ines Holm said: “The new breakwater will be finished in 2027.{mark}”\n"
    ).quotes
    assert q.verdict is Verdict.NORMALIZED, q.explanation
    codes = {f.code for f in q.findings}
    assert "QC116" in codes and "QC101" not in codes


@pytest.mark.parametrize(
    "quoted",
    [
        f"The new breakwater will be finished in 20{RLM}27.",
        f"The new breakwater will be finished in {RLO}2027{PDF}.",
        f"The new breakwater will be finished in 2027.{RLO}",
    ],
    ids=["RLM inside a number", "override around a number", "override at the end"],
)
def test_a_bidi_control_that_may_reorder_still_alters(nlp: Any, quoted: str) -> None:
    [q] = _check(nlp, f"Ines Holm said: “{quoted}”\n").quotes
    assert q.verdict is Verdict.ALTERED, q.explanation


LEVEL = "-5 metres is the lowest the harbour basin has been. The crane stays."


@pytest.mark.parametrize(
    ("quoted", "verdict"),
    [
        (f"{RLM}-5 metres is the lowest the harbour basin has been.", Verdict.ALTERED),
        (f"-5 metres is the lowest the harbour basin has been.{RLM}", Verdict.NORMALIZED),
    ],
    ids=["RLM before the minus", "RLM at the end"],
)
def test_a_bidi_mark_beside_a_sign_may_move_it(nlp: Any, quoted: str, verdict: Verdict) -> None:
    """An RLM at the quote's start before "-5" shows the minus after the 5 ("5-") in a
    left-to-right line: not an edge that reorders nothing (review 21-3 F8)."""
    source = quotecheck.make_source(LEVEL, speaker="Ines Holm")
    [q] = quotecheck.check_text(f"Ines Holm said: “{quoted}”\n", sources=[source], nlp=nlp).quotes
    assert q.verdict is verdict, q.explanation
