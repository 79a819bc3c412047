"""A correction notice quoting the article's own earlier misquote (``misquote_frames``;
``docs/verdicts.md``, *The source as evidence*): "An earlier version of this article misquoted
Vell as saying “…”" admits the words were wrong; it is no claim that she said them, so never
an accusation (altered, fabricated) — `unverifiable`, saying why.  The corrected quote and a
changed quote without such a notice are judged as before.

Every sentence here is made up for these tests: a lake town, its reeve Oona Vell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Oona Vell
occasion: lakeside council meeting
date: 2026-05-04
---
The new boathouse will cost the town 3.6 million pounds. It opens in the spring.
"""


def _last(sentence: str) -> quotecheck.QuoteResult:
    article = (
        "---\ndate: 2026-05-05\n---\n\nReeve Oona Vell spoke to the Lakeside council on Monday.\n\n"
        "“The new boathouse will cost the town 3.6 million pounds,” Vell said.\n\n"
        f"{sentence}\n"
    )
    src = quotecheck.make_source(SOURCE, id="src.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert len(report.quotes) == 2, report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Correction: An earlier version of this article misquoted Vell as saying “the new "
            "boathouse will cost the town 6.3 million pounds.”",
            id="a changed number",
        ),
        pytest.param(
            "An earlier version of this story incorrectly quoted Oona Vell as saying “the "
            "boathouse will be sold to a hotel chain.”",
            id="words not in the source",
        ),
    ],
)
def test_an_admitted_misquote_is_no_accusation(sentence: str) -> None:
    result = _last(sentence)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "misquoted" in result.explanation, result.explanation


def test_a_changed_quote_without_a_notice_is_still_altered() -> None:
    result = _last("Vell later said “the new boathouse will cost the town 6.3 million pounds.”")
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Correction: An earlier version of this article misquoted Vell as saying that the "
            "cost was lower, when she said “the new boathouse will cost the town 6.3 million "
            "pounds.”",
            id="no first quote, her verb before the corrected words",
        ),
        pytest.param(
            "Correction: We misquoted Vell as saying it was “cheap,” when she actually said “the "
            "new boathouse will cost the town 6.3 million pounds.”",
            id="the second quote of the notice",
        ),
    ],
)
def test_the_corrected_words_are_still_checked(sentence: str) -> None:
    article = (
        "---\ndate: 2026-05-05\n---\n\nReeve Oona Vell spoke to the Lakeside council on "
        f"Monday.\n\n{sentence}\n"
    )
    src = quotecheck.make_source(SOURCE, id="src.md")
    result = quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "misquoted" not in result.explanation, result.explanation
