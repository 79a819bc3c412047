"""The quote-mark scanner on raw characters: pairs, apostrophes, nesting, unbalanced marks."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.lang import get_language
from quotecheck.scanner import scan

APOS = get_language("en").apostrophe_words


def inside(text: str) -> list[str]:
    return [text[q.start : q.end] for q in scan(text, apostrophe_words=APOS).quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('She said "yes" twice.', ["yes"]),
        ("She said “yes” twice.", ["yes"]),
        ("Sie sagte „ja“ zweimal.", ["ja"]),
        ("Sie sagte »ja« zweimal.", ["ja"]),
        ("Elle a dit «oui» deux fois.", ["oui"]),
        ("Elle a dit « oui » deux fois.", [" oui "]),
        ("« Nous restons », a-t-elle dit.", [" Nous restons "]),
        ("Le projet est « trop cher ».", [" trop cher "]),
        ("Il a dit : « Non ! » Puis il est parti.", [" Non ! "]),
        ("the Trans-”north Shore” line", ["north Shore"]),
        ("彼は「はい」と言った。", ["はい"]),
        ("He said ‘fine’ and left.", ["fine"]),
        ("He said 'fine' and left.", ["fine"]),
        ("“Two,” he said, “parts.”", ["Two,", "parts."]),
    ],
)
def test_pairs(text: str, expected: list[str]) -> None:
    assert inside(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # careless typography: a curly opener closed by a straight mark and the reverse
        (
            '“We will build it," she added. "It will be cheap.”',
            ["We will build it,", "It will be cheap."],
        ),
        ('“I disagree," said Ann Lee, a judge. "It is wrong.”', ["I disagree,", "It is wrong."]),
        ('"Fine,” he said.', ["Fine,"]),
        # not a mixed pair: a nested straight quote, inches
        ('“He called it "a mess."” she said.', ['He called it "a mess."', "a mess."]),
        ('“The "best" plan,” he said.', ['The "best" plan,', "best"]),
        ('“A 12" pipe burst,” he said.', ['A 12" pipe burst,']),
    ],
)
def test_mixed_straight_and_curly_double_marks(text: str, expected: list[str]) -> None:
    assert inside(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The ministry’s plan",
        "The workers’ union met.",
        "Music of the ’90s returned.",
        "Rock 'n' roll lives.",
        "'Tis the season.",
        "It don’t matter.",
        "An empty string '' is not a quote.",
        'She typed "" and left.',
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    result = scan(text, apostrophe_words=APOS)
    assert result.quotes == []
    assert result.problems == []


def test_apostrophe_inside_a_quote_does_not_close_it() -> None:
    text = "He said “the members’ vote… is final,” and left."
    assert inside(text) == ["the members’ vote… is final,"]


def test_possessive_plural_inside_single_quotes() -> None:
    text = "'The voters' choice is clear,' she said."
    assert inside(text) == ["The voters' choice is clear,"]


def test_nested_quote_links_parent() -> None:
    text = "“He told me ‘go home’ at once,” she said."
    quotes = scan(text, apostrophe_words=APOS).quotes
    assert [text[q.start : q.end] for q in quotes] == ["He told me ‘go home’ at once,", "go home"]
    assert quotes[1].parent == 0 and quotes[0].parent is None


PARAGRAPH_BREAKS = pytest.mark.parametrize(
    "blank",
    [
        pytest.param("\n\n", id="blank-line"),
        pytest.param("\r\n\r\n", id="crlf"),
        pytest.param("\n \t\n", id="spaces-and-tab"),
        pytest.param("\n\u00a0\n", id="no-break-space"),
        pytest.param("\n\n\u00a0", id="no-break-space-indent"),
        pytest.param("\n\u3000\n", id="ideographic-space"),
    ],
)
"""Paragraph breaks the scanner reads as the rest of the library does
(``lang.sentences.BLANK_LINE``): a blank line holding blanks of any kind."""


@PARAGRAPH_BREAKS
def test_multi_paragraph_quote_is_linked(blank: str) -> None:
    text = f"“First part of the speech.{blank}“Second part,” she said."
    quotes = scan(text, apostrophe_words=APOS).quotes
    assert len(quotes) == 2
    assert quotes[0].unclosed and quotes[1].continues == 0


@PARAGRAPH_BREAKS
def test_unbalanced_mark_is_reported_and_others_kept(blank: str) -> None:
    text = f'Broken "opening here.{blank}Then "fine" again.'
    result = scan(text, apostrophe_words=APOS)
    assert [text[q.start : q.end] for q in result.quotes] == ["fine"]
    assert len(result.problems) == 1 and result.problems[0].start == 7


MARKS = st.sampled_from(list("\"“”„«»‘’'‚‹›「」 abc.,\n"))


@settings(max_examples=300, deadline=None)
@given(st.lists(MARKS, max_size=80).map("".join))
def test_offsets_always_slice_the_text(text: str) -> None:
    result = scan(text, apostrophe_words=APOS)
    for q in result.quotes:
        assert 0 <= q.open_start < q.open_end <= q.close_start <= q.close_end <= len(text)
        assert text[q.open_start : q.open_end] == q.open_mark
    for p in result.problems:
        assert text[p.start : p.end] == p.mark
    assert scan(text, apostrophe_words=APOS).quotes == result.quotes  # deterministic
