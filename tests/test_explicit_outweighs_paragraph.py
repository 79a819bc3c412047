"""An explicit attribution — the named subject of a cue in the quote's own sentence ("“…,”
Brandt said.") — against the source's speaker named only in another paragraph (red team 21
F5, red team 17 F2): words moved from Parrow to Brandt are no longer taken as Parrow's in
silence (QC204).  When Brandt speaks in the same transcript, in turns of her own that do not
hold the words, the source shows both and the quote is `misattributed` (red team 23 F2, red
team 24 F10; tests/test_words_moved_between_speakers.py), wherever Parrow is named; when she
has no turn there, a doubt showing both names (QC205, a warning) — not an accusation: a
faithful quote of the real-news report split is written so.  Parrow named in the quote's own
paragraph then makes her the plausible speaker, as before.

Every sentence here is made up for these tests: a river town's council and its ferry landing.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

TRANSCRIPT = """---
kind: transcript
occasion: river town council meeting
date: 2026-09-14
---

THE CLERK: Public comment on the ferry landing.

NELL PARROW: The landing has flooded four times this year.

COUNCILMEMBER BRANDT: The repair money is already in the budget.
"""

ARTICLE = """---
date: 2026-09-15
---
The council took up the ferry landing on Monday.

Resident Nell Parrow spoke during public comment.{gap}"{words}," Brandt said.
"""


WITHOUT_BRANDT = TRANSCRIPT.replace(
    "COUNCILMEMBER BRANDT: The repair money is already in the budget.",
    "COUNCILMEMBER VOSS: The repair money is already in the budget.",
)
"""The same meeting, Brandt not speaking at it."""


def _quote(gap: str, words: str, transcript: str = TRANSCRIPT) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(transcript, id="council.md")
    article = ARTICLE.format(gap=gap, words=words)
    return quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]


@pytest.mark.parametrize("gap", ["\n\n", " "], ids=["another paragraph", "same paragraph"])
def test_words_moved_to_an_explicit_speaker_who_speaks_there_too(gap: str) -> None:
    q = _quote(gap, "The landing has flooded four times this year")
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation)
    assert "QC201" in q.codes


def test_words_moved_to_an_explicit_speaker_from_another_paragraph() -> None:
    q = _quote("\n\n", "The landing has flooded four times this year", WITHOUT_BRANDT)
    assert "QC205" in q.codes and "QC204" not in q.codes, (q.verdict, q.explanation)
    assert q.verdict is not Verdict.MISATTRIBUTED


@pytest.mark.parametrize(
    ("gap", "words", "transcript", "verdict"),
    [
        # the same paragraph names Parrow, Brandt not at the meeting: taken as hers, with a
        # note, as before
        (" ", "The landing has flooded four times this year", WITHOUT_BRANDT, Verdict.VERBATIM),
        # Brandt's own words, Parrow in the paragraph before: nothing to say
        ("\n\n", "The repair money is already in the budget", TRANSCRIPT, Verdict.VERBATIM),
    ],
)
def test_the_explicit_speakers_own_words_and_a_name_in_the_paragraph(
    gap: str, words: str, transcript: str, verdict: Verdict
) -> None:
    q = _quote(gap, words, transcript)
    assert q.verdict is verdict, (q.verdict, q.explanation)
    assert "QC201" not in q.codes and "QC205" not in q.codes
