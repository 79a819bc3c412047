"""A quote that runs on across an interviewer's backchannel ("HOST: Right.") between two of
the speaker's own turns (``docs/verdicts.md``, *Transcription conventions*): the host's word
and the speaker labels are no words of the quote, so they are never "dropped" from it — the
quote is the speaker's words, a transcription convention noted.  A longer turn of the other
speaker between (a real question) is still words left out.

Every sentence here is made up for these tests: a valley town, its warden Ida Roon.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.formats.text import _quote_lines
from quotecheck.models import Verdict

RADIO = """---
kind: transcript
occasion: interview with Valley Radio
date: 2026-03-02
---

HOST: Warden, the flood gates. When?

ROON: The flood gates will be closed by the end of March.

HOST: Right.

ROON: And the river path will open again in April.

HOST: Mm-hm, okay.

ROON: The bridge stays shut until the inspectors have been.

HOST: I see.

ROON: The bridge keeps its toll until the council has paid for the repairs.

HOST: Fine. And the ferry?

ROON: He has been a disgrace to this valley since the spring.

HOST: I see. So the mill?

ROON: We will sell it to the highest bidder before the harvest.

HOST: Yes, sure, but the school roof?

ROON: The roof is the first job after the bridge.

HOST: Why should the bridge stay shut when the inspectors have already been twice this winter?

ROON: The bakery on the square needs the path more than anyone.
"""


def _checked(words: str) -> quotecheck.QuoteResult:
    article = (
        "---\ndate: 2026-03-03\n---\n\nWarden Ida Roon spoke to Valley Radio on Monday.\n\n"
        f"“{words},” Roon said.\n"
    )
    src = quotecheck.make_source(RADIO, id="radio.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "The flood gates will be closed by the end of March. And the river path will open "
            "again in April",
            id="across 'Right.'",
        ),
        pytest.param(
            "And the river path will open again in April. The bridge stays shut until the "
            "inspectors have been",
            id="across 'Mm-hm, okay.'",
        ),
        pytest.param(
            "The bridge stays shut until the inspectors have been. The bridge keeps its toll until "
            "the council has paid for the repairs",
            id="across 'I see.'",
        ),
    ],
)
def test_a_backchannel_is_no_word_of_the_quote(words: str) -> None:
    result = _checked(words)
    assert result.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), (
        result.verdict,
        result.explanation,
    )
    assert "QC101" not in result.codes
    assert "dropped" not in result.explanation
    shown = " ".join(_quote_lines(result, color=False))
    assert "dropped" not in shown, shown
    assert "another speaker's turn" in shown, shown


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "The bridge stays shut until the inspectors have been. The bakery on the square needs "
            "the path more than anyone",
            id="a real question",
        ),
        pytest.param(
            "The bridge keeps its toll until the council has paid for the repairs. He has been a "
            "disgrace to this valley since the spring",
            id="'Fine. And the ferry?'",
        ),
        pytest.param(
            "He has been a disgrace to this valley since the spring. We will sell it to the "
            "highest bidder before the harvest",
            id="'I see. So the mill?'",
        ),
        pytest.param(
            "We will sell it to the highest bidder before the harvest. The roof is the first job "
            "after the bridge",
            id="'Yes, sure, but the school roof?'",
        ),
    ],
)
def test_a_question_between_is_still_left_out(words: str) -> None:
    # A question is words left out, even one of a few words: it is what the answer after it
    # answers ("he", "it", "the roof"), so joining the answers across it is no backchannel
    # run on.
    result = _checked(words)
    assert result.verdict not in (Verdict.VERBATIM, Verdict.NORMALIZED), result.explanation
    assert "another speaker's turn" not in result.explanation


def test_another_convention_is_still_shown_as_dropped_words() -> None:
    # Only the other speaker's turn is shown by its note; a filler the quote leaves out is
    # shown as before, as the words dropped.
    src = quotecheck.make_source(RADIO.replace("square needs", "square, um, needs"), id="r.md")
    article = (
        "---\ndate: 2026-03-03\n---\n\nWarden Ida Roon spoke to Valley Radio on Monday.\n\n"
        "“The bakery on the square needs the path more than anyone,” Roon said.\n"
    )
    result = quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]
    shown = " ".join(_quote_lines(result, color=False))
    assert "dropped “um”" in shown, shown
    assert "a filler" not in shown, shown


CAPTION = """---
kind: transcript
---

ROON: the flood gates will be closed by the end of march and the river path opens in april

HOST: and the ferry

ROON: the ferry will run every sunday from may until the end of the summer

HOST: right

ROON: and the bakery on the square will stay open late on market days
"""
"""An auto-caption's words: lower case, no punctuation. Every turn would seem to run on."""


@pytest.mark.parametrize(
    ("words", "run_across"),
    [
        pytest.param(
            "The river path opens in April. The ferry will run every Sunday from May",
            False,
            id="a question: words left out",
        ),
        pytest.param(
            "The ferry will run every Sunday from May until the end of the summer. And the "
            "bakery on the square will stay open late",
            True,
            id="a backchannel: run across",
        ),
    ],
)
def test_an_unpunctuated_caption_shows_no_sentence_running_on(words: str, run_across: bool) -> None:
    src = quotecheck.make_source(CAPTION, id="caption.md", speaker="Ida Roon")
    article = f"Warden Ida Roon spoke on the radio.\n\n“{words},” Roon said.\n"
    result = quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]
    assert ("another speaker's turn" in result.explanation) is run_across, result.explanation
    if not run_across:
        assert result.verdict not in (Verdict.VERBATIM, Verdict.NORMALIZED), result.explanation
