"""An intro that ties two people to the interview leaves its "A:" answers unchecked (speakers24,
item 3): "Ruth Dorset and a bus driver spoke with the Courier" then "A: …" turns gave every
answer to Ruth Dorset, the one declared speaker — the driver's answers too.  Two interviewees
under one answer label: no answer is one person's, and QC151 says so; nothing is guessed.

Sentences invented for these tests.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import make_source

SOURCE = make_source(
    "Q: Will the ferry fare go up?\n"
    "A: No. The ferry fare stays at four dollars through 2029.\n"
    "Q: And the night boat?\n"
    "A: The night boat runs every Friday.\n",
    id="dorset-interview.txt",
    speaker="Ruth Dorset",
    kind="interview",
)
FIRST = "No. The ferry fare stays at four dollars through 2029."
SECOND = "The night boat runs every Friday."


def _answers(head: str, second: str = SECOND) -> tuple[list[quotecheck.QuoteResult], str]:
    article = (
        f"# Ferries\n\n{head}\n\n"
        f"Q: Will the ferry fare go up?\n\nA: {FIRST}\n\n"
        f"Q: And the night boat?\n\nA: {second}\n"
    )
    report = quotecheck.check_text(article, sources=[SOURCE])
    notices = " ".join(f.message for f in report.findings if f.code == "QC151")
    return [q for q in report.quotes if q.turn_label is not None], notices


@pytest.mark.parametrize(
    "head",
    [
        "Ruth Dorset and a deckhand spoke with the Courier about the ferries.",
        "Ruth Dorset and her deputy talked to the Courier on Monday.",
        "Ruth Dorset, who runs the ferry board, and a deckhand who asked not to be named "
        "sat down with the Courier.",
    ],
)
def test_two_interviewees_leave_the_answers_unchecked(head: str) -> None:
    answers, notice = _answers(head)
    assert answers == []
    assert "several people answered" in notice, notice


@pytest.mark.parametrize(
    "head",
    [
        "Ruth Dorset spoke with the Courier about the ferries.",
        "Ruth Dorset, who runs the bus and ferry board, spoke with the Courier.",
        "Ruth Dorset spoke with the Courier about the fares and the night boat.",
    ],
)
def test_one_interviewee_keeps_the_answers(head: str) -> None:
    answers, notice = _answers(head)
    assert [q.attribution.speaker for q in answers] == ["Ruth Dorset", "Ruth Dorset"]
    assert not notice


def test_one_interviewees_changed_answer_is_still_flagged() -> None:
    # the twin: with one interviewee, a changed answer is still caught
    answers, _ = _answers(
        "Ruth Dorset spoke with the Courier about the ferries.",
        "The night boat runs every Saturday.",
    )
    assert answers[-1].verdict.value == "altered", answers[-1].explanation
