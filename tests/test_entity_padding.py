"""A web page pads quote marks with no-break spaces ("&#8220;&nbsp;We …,&nbsp;&#8221;", or the
character itself) and hyphenates words with soft hyphens ("fer&shy;ry"): what readers see is the
quote, its words unchanged.  The padding neither loses the quote nor moves its offsets off its
words, and a soft hyphen is no edit; a word really changed inside the same padding is still
shown.

Every sentence here is made up for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = "TEA MORROW: We will not close the ferry over the winter. The quay needs it."

WORDS = "We will not close the ferry over the winter,"

HTML = "<p>The council met on Tuesday.</p>\n<p>{open}{words}{close} Morrow said.</p>\n"

MARKDOWN = "The council met on Tuesday.\n\n{open}{words}{close} Morrow said.\n"

PADDED = [
    pytest.param("html", "&#8220;&nbsp;", "&nbsp;&#8221;", id="html numeric marks, nbsp both"),
    pytest.param("html", "&ldquo;&nbsp;", "&rdquo;", id="html named marks, nbsp inside open"),
    pytest.param("html", "&#8220;", "&#160;&#8221;", id="html, numeric nbsp inside close"),
    pytest.param("html", "“&nbsp;", "&nbsp;”", id="html, marks as characters"),
    pytest.param("html", "&quot;&nbsp;", "&nbsp;&quot;", id="html, straight marks"),
    pytest.param("markdown", "&#8220;&nbsp;", "&nbsp;&#8221;", id="markdown references"),
    pytest.param("text", "“\u00a0", "\u00a0”", id="text, no-break space"),
    pytest.param("text", "“\u202f", "\u202f”", id="text, narrow no-break space"),
    pytest.param("text", "“\u00a0", "”", id="text, padded open only"),
]


def _quotes(nlp: Any, fmt: str, open_: str, close: str, words: str) -> list[Any]:
    source = quotecheck.make_source(SAID, id="radio.txt", speaker="Tea Morrow")
    layout = HTML if fmt == "html" else MARKDOWN
    article = layout.format(open=open_, words=words, close=close)
    report = quotecheck.check_text(article, sources=[source], fmt=fmt, nlp=nlp)
    return [(q, article) for q in report.quotes]


@pytest.mark.parametrize(("fmt", "open_", "close"), PADDED)
def test_padding_inside_the_marks_keeps_the_quote(
    nlp: Any, fmt: str, open_: str, close: str
) -> None:
    [(quote, article)] = _quotes(nlp, fmt, open_, close, WORDS)
    assert quote.verdict is Verdict.VERBATIM, (quote.verdict, quote.explanation)
    assert quote.reader_text.strip("\u00a0\u202f") == WORDS
    # The offsets hold the quote's words, the padding around them at most.
    assert article[quote.start : quote.end].strip("\u00a0\u202f") == WORDS


@pytest.mark.parametrize(("fmt", "open_", "close"), PADDED)
def test_a_change_inside_the_padding_is_still_shown(
    nlp: Any, fmt: str, open_: str, close: str
) -> None:
    """The must-still-accuse twin: the same padding around a dropped "not"."""
    [(quote, _)] = _quotes(nlp, fmt, open_, close, WORDS.replace("not ", ""))
    assert quote.verdict is Verdict.ALTERED, (quote.verdict, quote.explanation)
    assert "QC110" in quote.codes, quote.codes


@pytest.mark.parametrize(
    ("fmt", "words"),
    [
        pytest.param("html", "We will not close the fer&shy;ry over the win&shy;ter,", id="&shy;"),
        pytest.param("html", "We will not close the fer&#173;ry over the winter,", id="&#173;"),
        pytest.param("text", "We will not close the fer\u00adry over the winter,", id="U+00AD"),
    ],
)
def test_a_soft_hyphen_inside_a_word_is_no_edit(nlp: Any, fmt: str, words: str) -> None:
    [(quote, _)] = _quotes(nlp, fmt, "“", "”", words)
    assert quote.verdict is Verdict.VERBATIM, (quote.verdict, quote.explanation)
    assert not quote.edits, quote.edits


def test_a_changed_word_with_a_soft_hyphen_is_still_shown(nlp: Any) -> None:
    """The twin: a soft hyphen in a word that is another word ("fer&shy;ries")."""
    [(quote, _)] = _quotes(
        nlp, "html", "“", "”", "We will not close the fer&shy;ries over the winter,"
    )
    assert quote.verdict is not Verdict.VERBATIM, (quote.verdict, quote.explanation)
    assert quote.edits
