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


@pytest.mark.parametrize(
    ("words", "source"),
    [
        ("We will lower the ferry fare by next to nothing at all", "two pounds on the first"),
        ("We will lower the ferry fare by a tiny sum really", "two pounds on the"),
    ],
)
def test_words_put_for_the_sentences_own_end_keep_its_number(words: str, source: str) -> None:
    # The changed words close the quote where the source sentence itself goes on ("by two
    # pounds on the first day."): the quote put its words for the sentence's own end, not
    # for padding beyond it, so the source words (and their number) stay in the evidence.
    result = _checked(words)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    changed = [e for e in result.edits if not e.convention]
    assert [e.source for e in changed] == [source], changed


PIER = """---
speaker: Rhea Tull
date: 2026-04-02
---
We will open the new pier this summer. It will cost 40 million pounds in all.
"""


def test_words_added_past_the_sentence_end_are_added_words() -> None:
    # Padding beyond the matched sentence ("It will cost 40 million") is no source wording the
    # quote changed: the quote's closing words are added, and no number is said to change.
    article = (
        "---\ndate: 2026-04-03\n---\n\nRhea Tull spoke in Harwick on Thursday.\n\n"
        "“We will open the new pier this summer, just as every sailor hoped,” Tull said.\n"
    )
    src = quotecheck.make_source(PIER, id="pier.md")
    result = quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]
    assert "QC111" not in result.codes, (result.codes, result.edits)
    changed = [e for e in result.edits if not e.convention]
    assert [(e.quote, e.source) for e in changed] == [("just as every sailor hoped", "")], changed
