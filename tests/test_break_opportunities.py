"""Line-break helpers web editors put inside words are no change to the words.

A zero-width space right after the hyphen or slash of a compound (``half-``ZWSP``baked``,
``9/``ZWSP``11``) is a line-break opportunity: readers see the hyphen or slash, nothing else.
It is no QC116 finding and does not split the number.  In HTML, a soft hyphen or zero-width
space written as a character reference (``&shy;``, ``&#8203;``) is one word with its
neighbours, as the raw character is.  A zero-width space glued inside a word (``fer``ZWSP``ry``)
stays a finding (tests/test_invisible_shown.py)."""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.inputs.document import make_document, reader_text
from quotecheck.models import Verdict

ZWSP = "\u200b"
SAID = (
    "The half-baked plan is gone. The depot will run 9/11 services a week. "
    "Our telephone line answers 24/7 from June. We will rebuild the boathouse this winter."
)


def _one(nlp: Any, article: str, fmt: str) -> Any:
    source = quotecheck.make_source(SAID, speaker="Tove Arnesen")
    (q,) = quotecheck.check_text(article, sources=[source], nlp=nlp, fmt=fmt).quotes
    return q


@pytest.mark.parametrize(
    ("quoted", "fmt"),
    [
        (f"The half-{ZWSP}baked plan is gone", "text"),
        (f"The half-{ZWSP}baked plan is gone", "html"),
        (f"Our telephone line answers 24/{ZWSP}7 from June", "text"),
        (f"Our telephone line answers 24/{ZWSP}7 from June", "markdown"),
        ("Our telephone line answers 24/&#8203;7 from June", "html"),
        ("The depot will run 9/&#x200B;11 services a week", "html"),
        ("We will re&shy;build the boat&shy;house this winter", "html"),
        ("The half-&#8203;baked plan is gone", "html"),
    ],
    ids=[
        "hyphen-raw",
        "hyphen-raw-html",
        "slash-raw",
        "slash-raw-md",
        "slash-entity",
        "slash-hex-entity",
        "shy-entity",
        "hyphen-entity",
    ],
)
def test_a_break_opportunity_changes_no_word(nlp: Any, quoted: str, fmt: str) -> None:
    article = (
        f"<p>“{quoted},” Tove Arnesen said.</p>"
        if fmt == "html"
        else (f"“{quoted},” Tove Arnesen said.")
    )
    q = _one(nlp, article, fmt)
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED)
    assert not {"QC101", "QC111", "QC116"} & set(q.codes)


def test_reader_text_keeps_one_invisible_character_per_reference() -> None:
    raw = "<p>We will re&shy;build it.</p>"
    doc = make_document(raw, fmt="html")
    start, end = raw.index("We"), raw.index("</p>")
    assert reader_text(doc, start, end) == "We will re\u00adbuild it."
