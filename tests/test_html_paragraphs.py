"""HTML paragraphs are paragraphs: a quote running over several of them, each opening with the
quote mark and only the last closed (the news convention), is read as in Markdown, where a
blank line parts them.  Every paragraph of it is checked."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = (
    "The lido will not reopen this summer. The pumps are forty years old. "
    "We will repair the harbour wall before the storms come."
)
FIRST_TRUE = "The lido will not reopen this summer. The pumps are forty years old."
FIRST_CHANGED = "The lido will reopen this summer. The pumps are forty years old."
LAST = "We will repair the harbour wall before the storms come"


def _html(first: str, glue: str) -> str:
    return (
        "<p>Mayor Odile Frey spoke at the harbour on Friday.</p>"
        f"{glue}<p>“{first}</p>{glue}<p>“{LAST},” Frey said.</p>"
    )


def _md(first: str) -> str:
    return f"Mayor Odile Frey spoke at the harbour on Friday.\n\n“{first}\n\n“{LAST},” Frey said.\n"


@pytest.mark.parametrize(
    ("article", "fmt"),
    [
        (_html(FIRST_CHANGED, "\n"), "html"),
        (_html(FIRST_CHANGED, ""), "html"),
        (_md(FIRST_CHANGED), "markdown"),
    ],
    ids=["html-lines", "html-one-line", "markdown"],
)
def test_every_paragraph_of_a_long_quote_is_checked(nlp: Any, article: str, fmt: str) -> None:
    source = quotecheck.make_source(SAID, speaker="Odile Frey")
    report = quotecheck.check_text(article, sources=[source], nlp=nlp, fmt=fmt)
    assert "QC150" not in {f.code for q in report.quotes for f in q.findings}
    assert [q.verdict for q in report.quotes] == [Verdict.ALTERED, Verdict.VERBATIM]
    assert "QC110" in report.quotes[0].codes


@pytest.mark.parametrize("glue", ["\n", ""], ids=["html-lines", "html-one-line"])
def test_a_faithful_long_quote_passes(nlp: Any, glue: str) -> None:
    source = quotecheck.make_source(SAID, speaker="Odile Frey")
    report = quotecheck.check_text(_html(FIRST_TRUE, glue), sources=[source], nlp=nlp, fmt="html")
    assert [q.verdict for q in report.quotes] == [Verdict.VERBATIM, Verdict.VERBATIM]
