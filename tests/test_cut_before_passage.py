"""A quote's first words that stand a few words before its passage, in the same sentence, were
joined to it with the words between cut (no ellipsis): the edit is those words dropped, never
the quote's first word "for" the passage's first word ("never" where the source has "tax" read
as a changed negation, QC110).

Every sentence here is made up for these tests: a hill town, its mayor Oren Pike.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind

SOURCE = """---
speaker: Oren Pike
date: 2026-05-02
---
Good evening, Dunmore. I will never close the hill school, not now, not ever.
We will always keep the library open, every week of the year.
Pike wants to be -- he wants to be a friend of the footbridge tonight.
"""


def _checked(sentence: str) -> quotecheck.QuoteResult:
    article = (
        f"---\ndate: 2026-05-03\n---\n\nMayor Oren Pike spoke in Dunmore on Friday.\n\n{sentence}\n"
    )
    src = quotecheck.make_source(SOURCE, id="src.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("sentence", "dropped"),
    [
        ("Pike repeated his “never, not now, not ever” vow.", "close the hill school"),
        ("Pike made an “always, every week of the year” promise.", "keep the library open"),
    ],
)
def test_words_cut_after_the_first_are_dropped_not_changed(sentence: str, dropped: str) -> None:
    result = _checked(sentence)
    assert "QC110" not in result.codes and "QC112" not in result.codes, result.codes
    changed = [e for e in result.edits if not e.convention]
    assert [(e.kind, e.quote, e.source) for e in changed] == [(EditKind.DELETION, "", dropped)], (
        changed
    )


def test_a_restart_before_the_passage_is_no_cut() -> None:
    """The same first words before a dash are the speaker's broken-off attempt, which the quote
    gives (a transcription convention), not words cut after them."""
    result = _checked("“Pike wants to be a friend of the footbridge tonight,” Oren Pike said.")
    assert result.verdict in (quotecheck.Verdict.NORMALIZED, quotecheck.Verdict.VERBATIM), (
        result.verdict,
        result.edits,
    )
