"""Occasions, mended (#16, review of 6d542c8 and 41db247): phrases that read as a time or a
kind of occasion but say nothing of when or how the quote was said.

"Ines Rook said, according to reporters at the pier" places nothing: the reporters only
tell of it.  A quote these phrases had wrongly put on another occasion is checked against
the source again: a changed word there is `altered`.

Every sentence here is made up for these tests: a lake town, its mayor Ines Rook, a debate at
Harbour Hall on Friday 10 April 2026; the article is of Wednesday 15 April.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SAID = "The ferry to the north shore will run every hour from May, and the fares stay the same."
CHANGED = "The ferry to the north shore will run every hour from June, and the fares stay the same."
ARTICLE_DATE = "2026-04-15"  # a Wednesday
SOURCE_DATE = "2026-04-10"  # the Friday before: in the article's days

DEBATE = "Mayoral debate, Harbour Hall"


def _check(sentence: str, *, kind: str = "transcript", occasion: str | None = DEBATE) -> object:
    head = f"kind: {kind}\ndate: {SOURCE_DATE}\n" + (f"occasion: {occasion}\n" if occasion else "")
    src = quotecheck.make_source(f"---\n{head}---\n\nInes Rook: {SAID}\n", id="rook.md")
    article = f"---\ndate: {ARTICLE_DATE}\n---\n\n{sentence.replace('{Q}', CHANGED)}"
    report = quotecheck.check_text(article, sources=[src])
    assert report.quotes, sentence
    return report.quotes[0]


REPORTERS_TELL = [
    pytest.param("“{Q}” Ines Rook said, according to reporters at the pier.", id="according to"),
    pytest.param("“{Q}” Ines Rook said in remarks released to reporters.", id="released to"),
    pytest.param("“{Q}” Ines Rook said in notes handed to reporters.", id="handed to"),
]


@pytest.mark.parametrize("sentence", REPORTERS_TELL)
def test_reporters_who_only_tell_of_it_place_nothing(sentence: str) -> None:
    q = _check(sentence)
    assert q.verdict is Verdict.ALTERED, (q.verdict, q.explanation)  # type: ignore[attr-defined]
