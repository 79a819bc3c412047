"""A quote that joins, without an ellipsis, a short answer to the sentence of another answer
before or after it (the other speaker's question between): words from two places joined without
a mark (``spliced``, QC103), not words the quote added (``altered``, QC110 "it is not in the
source": it is, in the other answer).  A short sentence is looked up only near the rest, in the
order of the quote (``near_sentence``); one found nowhere there stays added words.

Every sentence here is made up for these tests: a harbour town, its harbourmaster Ines Varga.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

INTERVIEW = """---
kind: transcript
speaker: Ines Varga
---

HOST: Is the new dredger paid for?

VARGA: Paid in full.

HOST: And will you raise the mooring fees?

VARGA: No, never. Not while the fishermen have such a hard season.

HOST: When will the ferry run on Sundays?

VARGA: Every Sunday from May.
"""


def _checked(words: str) -> quotecheck.QuoteResult:
    article = f"Harbourmaster Ines Varga said: “{words}”\n"
    src = quotecheck.make_source(INTERVIEW, id="varga.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Paid in full. No, never.", id="tail: the next answer"),
        pytest.param("No, never. Every Sunday from May.", id="head: the answer before"),
    ],
)
def test_a_short_answer_joined_across_a_question_is_spliced(words: str) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.SPLICED, (result.verdict, result.explanation)
    assert "QC103" in result.codes
    assert "QC110" not in result.codes
    assert "not in the source" not in result.explanation


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Paid in full. No, not ever.", id="words found nowhere"),
        pytest.param("Paid in full. Never.", id="one word: too short to tell"),
    ],
)
def test_a_short_sentence_not_in_the_source_is_still_added(words: str) -> None:
    result = _checked(words)
    assert result.verdict is not Verdict.SPLICED, (result.verdict, result.explanation)


def test_the_whole_answer_is_still_verbatim() -> None:
    result = _checked("No, never. Not while the fishermen have such a hard season.")
    assert result.verdict is Verdict.VERBATIM, (result.verdict, result.explanation)


def test_a_name_found_only_as_a_label_is_no_piece() -> None:
    # "Ines Varga" after the quote's words stands in the source only as the next turn's label:
    # no words of hers, so nothing is joined from there.
    labelled = (
        "Tom Hale: Is the new dredger paid for?\n\n"
        "Ines Varga: Paid in full.\n\n"
        "Tom Hale: And will you raise the mooring fees?\n\n"
        "Ines Varga: Not while the fishermen have such a hard season.\n"
    )
    src = quotecheck.make_source(labelled, id="hale.md", speaker="Ines Varga")
    article = "Harbourmaster Ines Varga said: “Paid in full. Ines Varga.”\n"
    result = quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]
    assert result.verdict is not Verdict.SPLICED, (result.verdict, result.explanation)
