"""A PDF saved as text (pdftotext) keeps page numbers and running headers as lines of their
own, often mid-sentence: they are no one's words (red team 22 F10).  A quote that runs across
such a page break was `altered` "dropped “215”" (+ QC111 number changed) or "added" words; the
text source now has them blanked, as the PDF reader drops them.  Lines inside a paragraph, a
speaker's repeated "Thank you." far from any page break, and numbers in sentences are kept.

Every sentence here is made up for these tests: a marine biologist, Wen Okafor.
"""

from __future__ import annotations

from typing import Any

import pytest

import quotecheck
from quotecheck.inputs.furniture import furniture_spans
from quotecheck.models import Verdict

FRONT = "---\nkind: document\nspeaker: Wen Okafor\ndate: 2026-05-04\n---\n"
HEADER = "Harbour Ecology Letters 7 (2026) 88-96"
PAGES = (
    f"{HEADER}\n\n"
    "Results. The eelgrass beds recovered faster than any model had predicted, and the\n"
    "seal colony returned to the north spit in the second spring. We saw no sign of the\n"
    "\n                                              {number}\n\n"
    "{header}"
    "algal bloom that had closed the bay in earlier years. Further work is planned.\n"
)


def _paper(number: str = "91", header: bool = True) -> str:
    return FRONT + PAGES.format(number=number, header=f"{HEADER}\n\n" if header else "")


def _blanked(text: str) -> list[str]:
    body = text.index("---\n", 4) + 4 if text.startswith("---\n") else 0
    return [text[a:b].strip() for a, b in furniture_spans(text, body)]


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        (_paper(), [HEADER, "91", HEADER]),
        (_paper(header=False), ["91"]),
        (_paper(number="Page 91 of 96", header=False), ["Page 91 of 96"]),
        # a form feed marks the page break: the header after it recurs
        (
            f"{HEADER}\n\nWe saw no sign of the\f{HEADER}\n\nalgal bloom this year.\n",
            [HEADER, HEADER],
        ),
        # a speaker's words said twice, no page break near: kept
        ("Thank you.\n\nWe saw no bloom this year.\n\nThank you.\n", []),
        # a number inside a paragraph, or ending a sentence's line: kept
        ("The colony counted\n91\nseals this spring.\n", []),
        ("We counted 91 seals.\n\nThe colony grew.\n", []),
    ],
    ids=[
        "number-and-header",
        "number-only",
        "page-n-of-m",
        "form-feed-header",
        "repeated-words",
        "number-in-a-paragraph",
        "number-in-a-sentence",
    ],
)
def test_page_furniture_lines(text: str, blanked: list[str]) -> None:
    assert _blanked(text) == blanked


@pytest.mark.parametrize(
    ("paper", "quoted", "verdict"),
    [
        (_paper(), "We saw no sign of the algal bloom that had closed the bay", Verdict.VERBATIM),
        (
            _paper(header=False),
            "We saw no sign of the algal bloom that had closed the bay",
            Verdict.VERBATIM,
        ),
        (_paper(), "We saw a sign of the algal bloom that had closed the bay", Verdict.ALTERED),
    ],
    ids=["across-number-and-header", "across-number", "changed-across-the-break"],
)
def test_a_quote_across_a_page_break(nlp: Any, paper: str, quoted: str, verdict: Verdict) -> None:
    source = quotecheck.make_source(paper, id="paper.txt")
    [q] = quotecheck.check_text(
        f"Okafor wrote in the paper: “{quoted}.”\n", sources=[source], nlp=nlp
    ).quotes
    assert q.verdict is verdict, q.explanation
    assert all("91" not in f.message for f in q.findings)


def test_the_source_keeps_its_offsets() -> None:
    paper = _paper()
    source = quotecheck.make_source(paper, id="paper.txt")
    assert len(source.text) == len(paper)
    assert HEADER not in source.text[source.body_start :]
    assert "Results. The eelgrass" in source.text
