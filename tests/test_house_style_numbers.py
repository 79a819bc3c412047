"""House-style writings of the same value or the same words (red team 16, F3/F3b/F3c).

"7%" = "7 percent" = "7 per cent" (``lang/en/written_apart.txt``: "%" and "percent" are "per
cent" written together), "£500,000" = "£0.5m" = "half a million pounds", "2.5 million" = "two
and a half million", "£3.6m" = "3.6 million pounds", "-2" = "minus 2" (``sign_words.txt``),
"No one" = "Nobody" and "can not" = "cannot" (also ``written_apart.txt``): the quote is the
source's words in house style, ``normalized``.  Another value stays a changed number, a
dropped sign stays a change, and another word for "nobody" or a dropped "not" stays one.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.lang import get_language
from quotecheck.match.normalize import tokenize
from quotecheck.models import EditKind, Verdict

SOURCE = """---
speaker: Ines Varga
---
Remarks by Ines Varga at the Lowmoor depot

The levy went up 7 percent. Rents will climb by 4 per cent over the winter. The new roof will
cost half a million pounds. The ferry upgrade costs two and a half million euros. The depot will
cost the county 3.6 million pounds. Output fell to minus 2 per cent last quarter. Nobody on the
night shift will be moved. We cannot keep the pool open past nine.
"""


def judged(quote: str) -> quotecheck.QuoteResult:
    article = f'Ines Varga said at the depot: "{quote}"\n'
    sources = [quotecheck.make_source(SOURCE, id="varga.md")]
    [q] = quotecheck.check_text(article, sources=sources).quotes
    return q


@pytest.mark.parametrize(
    "quote",
    [
        "The levy went up 7%.",
        "The levy went up 7 per cent.",
        "Rents will climb by 4% over the winter.",
        "Rents will climb by four percent over the winter.",
        "The new roof will cost £500,000.",
        "The new roof will cost £0.5m.",
        "The ferry upgrade costs 2.5 million euros.",
        "The ferry upgrade costs €2.5m.",
        "The depot will cost the county £3.6m.",
        "Output fell to -2 per cent last quarter.",
        "No one on the night shift will be moved.",
        "We can not keep the pool open past nine.",
    ],
)
def test_the_same_value_or_words_in_house_style_are_normalized(quote: str) -> None:
    q = judged(quote)
    assert q.verdict is Verdict.NORMALIZED, q.explanation
    assert not any(e.meaning_changing for e in q.edits), q.explanation


@pytest.mark.parametrize(
    "quote",
    [
        "The levy went up 70%.",
        "Rents will climb by 40 per cent over the winter.",
        "The new roof will cost £5m.",
        "The new roof will cost £0.5bn.",
        "The ferry upgrade costs 2.5 billion euros.",
        "The depot will cost the county £6.3m.",
        "Output fell to -3 per cent last quarter.",
    ],
)
def test_another_value_is_still_a_changed_number(quote: str) -> None:
    q = judged(quote)
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert any(e.kind is EditKind.NUMBER for e in q.edits), q.explanation


@pytest.mark.parametrize(
    "quote",
    [
        "Output fell to 2 per cent last quarter.",
        "Someone on the night shift will be moved.",
        "We can keep the pool open past nine.",
    ],
)
def test_a_dropped_sign_or_negation_is_still_a_change(quote: str) -> None:
    q = judged(quote)
    assert q.verdict is Verdict.ALTERED, q.explanation


@pytest.mark.parametrize(
    ("a", "b"),
    [("up 7%", "up 7 percent"), ("up 7%", "up 7 per cent"), ("9.5% more", "9.5 per cent more")],
)
def test_per_cent_forms_give_the_same_tokens(a: str, b: str) -> None:
    en = get_language("en")
    assert [t.norm for t in tokenize(a, lang=en)] == [t.norm for t in tokenize(b, lang=en)]


def test_a_sign_piece_keeps_its_own_offsets() -> None:
    text = "up 12% now"
    toks = tokenize(text, lang=get_language("en"))
    assert [(t.norm, text[t.start : t.end]) for t in toks] == [
        ("up", "up"),
        ("12", "12"),
        ("per", "%"),
        ("cent", "%"),
        ("now", "now"),
    ]


@pytest.mark.parametrize("word", ["nobody", "cannot"])
def test_a_written_apart_negation_stays_one_token(word: str) -> None:
    # the negation checks read "nobody" and "cannot" whole
    [tok] = tokenize(word, lang=get_language("en"))
    assert tok.norm == word


DATED = """---
speaker: Ines Varga
---
Remarks by Ines Varga at the Lowmoor depot

The night bus will leave the depot at 5am. The tender closes in September. We will hire fourty
new drivers.
"""


def judged_dated(quote: str) -> quotecheck.QuoteResult:
    article = f'Ines Varga said at the depot: "{quote}"\n'
    sources = [quotecheck.make_source(DATED, id="varga2.md")]
    [q] = quotecheck.check_text(article, sources=sources).quotes
    return q


@pytest.mark.parametrize(
    "quote",
    [
        "The night bus will leave the depot at 5 a.m.",
        "The tender closes in Sept.",
    ],
)
def test_a_time_or_month_abbreviated_is_normalized(quote: str) -> None:
    q = judged_dated(quote)
    assert q.verdict is Verdict.NORMALIZED, q.explanation


@pytest.mark.parametrize(
    "quote",
    [
        "The night bus will leave the depot at 5 p.m.",
        "The tender closes in Oct.",
        "We will hire fourteen new drivers.",
        # a corrected typo is a changed word, newsroom policy (verdicts.md; test_typo_codes.py)
        "We will hire forty new drivers.",
    ],
)
def test_another_time_or_month_is_still_a_change(quote: str) -> None:
    q = judged_dated(quote)
    assert q.verdict is Verdict.ALTERED, q.explanation


@pytest.mark.parametrize(("a", "b"), [("at 5 a.m", "at 5 a.m."), ("the U.S", "the U.S.")])
def test_a_dotted_abbreviation_without_its_last_stop_is_the_same_word(a: str, b: str) -> None:
    en = get_language("en")
    assert [t.norm for t in tokenize(a, lang=en)] == [t.norm for t in tokenize(b, lang=en)]
