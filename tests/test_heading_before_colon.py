"""A fact-check's heading before a colon is no speaker when a name stands between the quote and
its verb (red team 18, F12): "**The claim:** “…,” Nell Varga said" is Nell Varga's, checked
against her source, not "The claim"'s.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import make_source

SOURCE = make_source(
    "The harbour bridge will open in March. My rival wants to close the ferry.",
    id="speech.txt",
    speaker="Nell Varga",
)


@pytest.mark.parametrize(
    "line",
    [
        "**The claim:** “My rival wants to close the ferry,” Nell Varga said at the quay.",
        "The claim: “My rival wants to close the ferry,” Nell Varga said at the quay.",
        "**What was said:** “My rival wants to close the ferry,” Nell Varga wrote.",
        "The statement: “My rival wants to close the ferry,” Nell Varga said on Monday.",
    ],
)
def test_the_name_after_the_quote_speaks_not_the_heading(line: str) -> None:
    article = f"# Fact check: the ferry\n\n{line}\n\nOur ruling: false.\n"
    (q,) = quotecheck.check_text(article, sources=[SOURCE], fmt="markdown").quotes
    assert q.attribution.speaker == "Nell Varga"
    assert q.verdict.value == "verbatim"
    changed = article.replace("close the ferry", "sell the ferry")
    (q,) = quotecheck.check_text(changed, sources=[SOURCE], fmt="markdown").quotes
    assert q.attribution.speaker == "Nell Varga"
    assert q.verdict.value == "altered"


@pytest.mark.parametrize(
    "line",
    [
        # a pronoun after the quote stands for the name before the colon
        "Nell Varga: “My rival wants to close the ferry,” she said.",
        # one subject: the colon label's name
        "Nell Varga said: “My rival wants to close the ferry.”",
    ],
)
def test_the_name_before_the_colon_still_speaks(line: str) -> None:
    (q,) = quotecheck.check_text(line, sources=[SOURCE]).quotes
    assert q.attribution.speaker == "Nell Varga"
