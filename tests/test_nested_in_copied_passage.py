"""A quote nested in an enclosing quote that copies the source's passage around it (red team 24
F9): a Markdown block quote of a memoir, "> Every winter he said to me, “…” I sold it …", got
QC202 "a quote within a quote" and, for the same nested line, a QC205 warning that the article
gives the words to the attributed speaker — while the article, like the book, gives them to
the one the writer quotes.  The enclosing quote reproduces the source's words around the
nested one, so the nested words are credited as the source credits them: info at most.  An
enclosing quote with other words around the nested line keeps its doubt."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck

MEMOIR = """Low Water, a memoir by Ola Rask.

My father kept the ferry for thirty years. Every winter he said to me, "Never sell the boat \
to a stranger." I sold it in the end.

The harbour board met twice a year and decided nothing.
"""

INTRO = "Ola Rask's memoir is about the ferry her family ran. One passage sums it up:\n\n"


def _nested(nlp: Any, body: str) -> quotecheck.QuoteResult:
    source = quotecheck.make_source(MEMOIR, speaker="Ola Rask")
    report = quotecheck.check_text(INTRO + body, sources=[source], path="a.md", nlp=nlp)
    (inner,) = [q for q in report.quotes if q.text.startswith("Never sell")]
    return inner


@pytest.mark.parametrize(
    "body",
    [
        '> Every winter he said to me, "Never sell the boat to a stranger." '
        "I sold it in the end.\n",
        # the frame before the nested line reworded, the source's words after it copied
        '> Each winter he told me, "Never sell the boat to a stranger." I sold it in the end.\n',
    ],
)
def test_a_nested_quote_in_a_copied_passage_is_not_doubted(nlp: Any, body: str) -> None:
    inner = _nested(nlp, body)
    assert "QC205" not in inner.codes
    assert inner.verdict in (quotecheck.Verdict.VERBATIM, quotecheck.Verdict.NORMALIZED)


def test_a_nested_quote_in_other_words_keeps_its_doubt(nlp: Any) -> None:
    """The twin: the enclosing quote gives the line to someone in words the book does not
    have; who said it is the article's claim, and the doubt stays."""
    inner = _nested(
        nlp,
        '> My neighbour warned the whole quay, "Never sell the boat to a stranger." No one did.\n',
    )
    assert "QC205" in inner.codes or inner.verdict is quotecheck.Verdict.MISATTRIBUTED
