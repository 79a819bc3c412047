"""Whitespace runs take a fast path through the tokenizer (``extract.nlp._fast_whitespace``):
the tokens and their lexeme flags must be exactly spaCy's own.

The reference is a second tokenizer with the same rules and vocabulary and no fast path; the
one lexeme flag computed differently, ``IS_ASCII``, is compared with spaCy's function.  Texts:
fixed cases like those focused parsing hands the pipeline (blanked lines, blanked quote
interiors, tabs and line breaks next to punctuation), and hypothesis texts mixing words,
punctuation and whitespace.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotecheck.extract.nlp import _is_ascii, _WhitespaceFirst

CASES = [
    "Ann Lee said:" + " " * 300 + "\n" + " " * 120 + "\n\n“We will,” she said.",
    "\n\n   \n\t \n" + " " * 2000 + "\nEnd.",
    "“Three    words      here” —  Lee,\n" + " " * 64 + "\n(D-MA)  \n \n",
    " \u00a0 \u2009word\u3000\n\u2028line",
    "Im   Wont\n\n\nI'm  won't   can't",
    "",
    "   ",
    "https://example.org/a   b@c.de\n\n:)   ;-)\n",
]


@pytest.fixture(scope="module")
def pair(nlp: Any) -> tuple[Any, Any]:
    """The pipeline's tokenizer and a plain one with its rules (no fast path)."""
    from spacy.tokenizer import Tokenizer

    assert isinstance(nlp.tokenizer.token_match, _WhitespaceFirst)
    t = nlp.tokenizer
    plain = Tokenizer(
        nlp.vocab,
        rules=t.rules,
        prefix_search=t.prefix_search,
        suffix_search=t.suffix_search,
        infix_finditer=t.infix_finditer,
        token_match=t.token_match.rule,
        url_match=t.url_match,
    )
    return t, plain


def _rows(doc: Any) -> list[tuple[Any, ...]]:
    return [(t.idx, t.text, t.whitespace_, t.norm_, t.is_space, t.is_ascii) for t in doc]


def _same(pair: tuple[Any, Any], text: str) -> None:
    fast, plain = pair
    assert _rows(fast(text)) == _rows(plain(text))


@pytest.mark.parametrize("text", CASES)
def test_fixed_texts(pair: tuple[Any, Any], text: str) -> None:
    _same(pair, text)


_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        " " * 40,
        "\n",
        "\n\n",
        "\t",
        "\r\n",
        "\u00a0",
        "word",
        "Lee",
        "“",
        "”",
        ",",
        ".",
        ":",
        "—",
        "(D-MA)",
        "can't",
        "Im",
        "3.5",
        "e-mail",
        "...",
        "'s",
        "U.S.",
    ]
)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_generated_texts(pair: tuple[Any, Any], text: str) -> None:
    _same(pair, text)


@given(st.text(max_size=200))
def test_is_ascii_is_spacys(text: str) -> None:
    from spacy.lang.lex_attrs import is_ascii

    assert _is_ascii(text) == is_ascii(text)
