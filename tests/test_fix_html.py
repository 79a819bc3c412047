"""``--fix`` in an HTML article writes HTML: the source's words escaped (``&`` as ``&amp;``,
``<`` as ``&lt;``), and a quote whose words hold a tag (emphasis, a link) is refused with its
reason, since rewriting it would delete the article's markup.  Plain text and Markdown get
the words as they are."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.fixes import FixRefusal, QuoteFix, plan_fix

SAID = "The B&B tax will rise for fewer than <5 rooms. The quay stays open on Sundays."


def _plan(nlp: Any, article: str, fmt: str) -> Any:
    source = quotecheck.make_source(SAID, speaker="Ines Vale")
    report = quotecheck.check_text(article, sources=[source], nlp=nlp, fmt=fmt)
    (q,) = report.quotes
    return plan_fix(q, article, "en", fmt)


def test_html_fix_is_escaped(nlp: Any) -> None:
    article = "<p>“The B&amp;B tax will fall for fewer than &lt;5 rooms,” Ines Vale said.</p>"
    fix = _plan(nlp, article, "html")
    assert isinstance(fix, QuoteFix)
    assert "B&amp;B tax will rise for fewer than &lt;5 rooms" in fix.replacement


@pytest.mark.parametrize(
    "inside",
    [
        "The quay stays <em>shut</em> on Sundays",
        'The quay stays shut on <a href="/s">Sundays</a>',
    ],
    ids=["emphasis", "link"],
)
def test_html_markup_in_the_quote_is_refused(nlp: Any, inside: str) -> None:
    plan = _plan(nlp, f"<p>“{inside},” Ines Vale said.</p>", "html")
    assert isinstance(plan, FixRefusal)
    assert "HTML markup" in plan.reason


def test_text_fix_is_not_escaped(nlp: Any) -> None:
    fix = _plan(nlp, "“The B&B tax will fall for fewer than <5 rooms,” Ines Vale said.", "text")
    assert isinstance(fix, QuoteFix)
    assert "B&B tax will rise for fewer than <5 rooms" in fix.replacement
