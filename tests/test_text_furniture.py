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
    "\n                                              {after}\n"
)


def _paper(number: str = "91", header: bool = True, after: str = "92") -> str:
    return FRONT + PAGES.format(
        number=number, after=after, header=f"{HEADER}\n\n" if header else ""
    )


def _blanked(text: str) -> list[str]:
    body = text.index("---\n", 4) + 4 if text.startswith("---\n") else 0
    return [text[a:b].strip() for a, b in furniture_spans(text, body)]


@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        (_paper(), [HEADER, "91", HEADER, "92"]),
        (_paper(header=False), ["91", "92"]),
        (_paper(number="Page 91 of 96", header=False, after=""), ["Page 91 of 96"]),
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


# Review 22-2 #3: a speaker's words on a line of their own are no page furniture — a lone
# spoken number is no pagination (page numbers count up, or stand at a form feed), and a
# refrain said twice is a sentence, not a running header.  Sentences made up for these tests:
# a ferry captain, Odile Brannock.
@pytest.mark.parametrize(
    ("text", "blanked"),
    [
        # one lone number said as a paragraph: kept
        ("How many crossings did we lose? I will tell you.\n\n14\n\nFourteen too many.\n", []),
        # two lone numbers that do not count up by one: kept
        ("The first bid was\n\n40\n\nand the second\n\n35\n\nthousand.\n", []),
        # a refrain said twice with a lone number between: kept
        (
            "We will keep the ferry running.\n\nThe winter was long.\n\n"
            "12\n\nThe crew never missed a tide.\n\nWe will keep the ferry running.\n",
            [],
        ),
        # the same refrain at real page breaks (pages 12, 13) is still a sentence: kept
        (
            "We will keep the ferry running.\n\nThe winter was long.\n\n12\n\n"
            "We will keep the ferry running.\n\nThe crew never missed a tide.\n\n13\n",
            ["12", "13"],
        ),
        # a recurring line only one of whose occurrences is near a page break: kept
        (
            "Ferry update\n\nThe winter was long.\n\nThe crew held on.\n\nThe tides were high."
            "\n\nFerry update\n\nWe sailed.\n\n12\n\nWe docked.\n\n13\n",
            ["12", "13"],
        ),
        # consecutive bare page numbers and a header at each: furniture
        (
            "Ferry Board Minutes\n\nThe winter was long.\n\n12\n\nFerry Board Minutes\n\n"
            "The crew held on.\n\n13\n",
            ["Ferry Board Minutes", "12", "Ferry Board Minutes", "13"],
        ),
        # a lone number next to a form feed: a page number
        ("The winter was long and the\n\n7\fcrew held on.\n", ["7"]),
    ],
    ids=[
        "spoken-number",
        "numbers-not-counting-up",
        "refrain-around-a-number",
        "refrain-at-page-breaks",
        "recurring-line-far-from-a-break",
        "numbered-pages-with-header",
        "number-at-form-feed",
    ],
)
def test_spoken_lines_are_not_furniture(text: str, blanked: list[str]) -> None:
    assert _blanked(text) == blanked


@pytest.mark.parametrize(
    ("source", "quoted"),
    [
        (
            "Captain Odile Brannock, remarks at the quay, 4 May 2026\n\n"
            "We will keep the ferry running.\n\nThe winter was long.\n\n12\n\n"
            "The crew never missed a tide.\n\nWe will keep the ferry running.\n",
            "We will keep the ferry running",
        ),
        (
            "How many crossings did we lose this winter? Let me tell you.\n\n14\n\n"
            "That is fourteen too many.\n",
            "How many crossings did we lose this winter? Let me tell you. 14. "
            "That is fourteen too many",
        ),
    ],
    ids=["refrain", "spoken-number"],
)
def test_a_speakers_own_lines_stay_verbatim(nlp: Any, source: str, quoted: str) -> None:
    src = quotecheck.make_source(
        "---\nspeaker: Odile Brannock\ndate: 2026-05-04\n---\n" + source, id="quay.txt"
    )
    [q] = quotecheck.check_text(
        f"“{quoted},” Brannock said at the quay.\n", sources=[src], nlp=nlp
    ).quotes
    assert q.verdict is Verdict.VERBATIM, q.explanation
