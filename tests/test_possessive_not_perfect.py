"""A clitic "'s" before a noun cue is a possessive ("the mayor's promise that “…”"), not the
perfect "has" that makes a quote one said on earlier occasions ("she's promised").

Every sentence here is made up for these tests (a harbour town, its mayor, a councillor).
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from quotecheck.lang import get_language
from quotecheck.score.checks.placement import repeated
from quotecheck.score.settings import ScoreSettings


def _repeated(text: str, cue: str) -> str | None:
    start, end, at = text.index("“") + 1, text.index("”"), text.index(cue)
    att = SimpleNamespace(
        cue=cue,
        cue_start=at,
        cue_end=at + len(cue),
        speaker="Ann Lee",
        mention_start=0,
        mention_end=6,
    )
    quote = SimpleNamespace(start=start, end=end, text=text[start:end], attribution=att)
    ctx = SimpleNamespace(
        view=text,
        outside_marks=text,
        raw=text,
        lang=get_language("en"),
        memo={},
        settings=ScoreSettings(),
        quotes=(quote,),  # the article's quotes: f9f4211 reads other speakers' from them
    )
    return repeated(ctx, quote)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "Bo Tan quoted the mayor's promise that “no family will pay more.”",
        "Bo Tan read out Ann Lee's statement: “The quay opens in spring.”",
    ],
)
def test_a_possessive_before_a_speech_noun_is_no_perfect(text: str) -> None:
    cue = "promise" if "promise" in text else "statement"
    assert _repeated(text, cue) is None


def test_a_clitic_perfect_before_a_verb_still_counts() -> None:
    text = "Ann Lee said on Monday that she's promised “no family will pay more.”"
    assert _repeated(text, "promised") == "she's promised"  # the whole word (bbbf272)
