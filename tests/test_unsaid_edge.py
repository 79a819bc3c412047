"""Words a quote adds at the edge of its passage, sharing nothing with the source words the
passage was padded with there, are words not in the source: an insertion ("added “…”: it is
not in the source"), never a changed number (QC111) of the source's words they happen to sit
against.  A number changed (one on each side, or one dropped alone) is still QC111.

Every sentence here is made up for these tests: a harbour town, its candidate Rhea Tull.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind, Verdict

SOURCE = """---
speaker: Rhea Tull
date: 2026-04-02
---
Thank you, Harwick! We will lower the ferry fare by two pounds on the first day. Every commuter
will save money. My rival wants to raise it.
"""


def _checked(words: str) -> quotecheck.QuoteResult:
    article = (
        "---\ndate: 2026-04-03\n---\n\nRhea Tull spoke at a rally in Harwick on Thursday.\n\n"
        f"“My rival wants to raise it,” said Tull. “{words}.”\n"
    )
    src = quotecheck.make_source(SOURCE, id="src.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("words", "added"),
    [
        ("She will raise it on the first day", "She will raise it"),
        ("They would close it on the first day", "They would close it"),
    ],
)
def test_words_added_at_the_edge_are_no_changed_number(words: str, added: str) -> None:
    result = _checked(words)
    assert result.verdict is not Verdict.VERBATIM, (result.verdict, result.explanation)
    assert "QC111" not in result.codes, (result.codes, result.edits)
    changed = [e for e in result.edits if not e.convention]
    assert [(e.quote, e.source) for e in changed] == [(added, "")], changed


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("We will lower the ferry fare by three pounds on the first day", EditKind.NUMBER),
        ("We will lower the ferry fare on the first day", EditKind.NUMBER),
    ],
)
def test_a_number_changed_or_dropped_is_still_one(words: str, kind: EditKind) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "QC111" in result.codes, result.codes
    assert [e.kind for e in result.edits] == [kind], result.edits
