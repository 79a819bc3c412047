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


def test_a_real_question_between_is_still_left_out() -> None:
    result = _checked(
        "The bridge stays shut until the inspectors have been. The bakery on the square needs "
        "the path more than anyone"
    )
    assert result.verdict not in (Verdict.VERBATIM, Verdict.NORMALIZED), result.explanation
