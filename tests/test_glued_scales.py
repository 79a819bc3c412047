"""Digits with a scale's or a unit's short form written onto them (red team 15, A2).

"3m" is three million and "£4m" four million pounds ("m" for "million" in
``lang/en/scale_abbreviations.txt``); "2m" is also two metres (``lang/en/glued_units.txt``):
the quote is the source's number in house style, ``normalized``.  The suffix counts only when
the value is the same under one of its readings: "3bn" for "three million", "£4k" for "four
million pounds" or "2km" for "two metres" stay changed numbers.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind, Verdict

SOURCE = """---
speaker: Ruth Okafor
---
Remarks by Mayor Ruth Okafor at the Kestrel Bay harbour

The second phase will cost another three million, and the council knows it. The new wall is two
metres higher than the old one. The first phase will protect twelve hundred homes on the north
shore. The pier costs four million pounds, and the port is paying half of it. The national flood
fund holds five billion euros this year.
"""


def judged(quote: str) -> quotecheck.QuoteResult:
    article = f'Mayor Ruth Okafor said at the harbour: "{quote}"\n'
    sources = [quotecheck.make_source(SOURCE, id="okafor.md")]
    [q] = quotecheck.check_text(article, sources=sources).quotes
    return q


@pytest.mark.parametrize(
    "quote",
    [
        "The second phase will cost another 3m, and the council knows it.",
        "The new wall is 2m higher than the old one.",
        "The first phase will protect 1.2k homes on the north shore.",
        "The pier costs £4m, and the port is paying half of it.",
        "The national flood fund holds €5bn this year.",
    ],
)
def test_a_scale_or_unit_written_onto_digits_is_the_same_number(quote: str) -> None:
    q = judged(quote)
    assert q.verdict is Verdict.NORMALIZED, q.explanation
    assert not any(f.level == "error" for f in q.findings)


@pytest.mark.parametrize(
    "quote",
    [
        "The second phase will cost another 3bn, and the council knows it.",
        "The second phase will cost another 4m, and the council knows it.",
        "The pier costs £4k, and the port is paying half of it.",
        "The new wall is 3m higher than the old one.",
        "The first phase will protect 1.2m homes on the north shore.",
        "The national flood fund holds €5m this year.",
    ],
)
def test_another_value_is_still_a_changed_number(quote: str) -> None:
    q = judged(quote)
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert any(e.kind is EditKind.NUMBER for e in q.edits), q.explanation


def test_another_unit_is_still_a_change() -> None:
    q = judged("The new wall is 2km higher than the old one.")
    assert q.verdict is Verdict.ALTERED, q.explanation
