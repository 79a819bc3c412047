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


# 30f6845 read any "and" before the tie as a second person (review 24-1 #4): an aside naming a
# department or a firm, or two days before her name, left her answers unchecked and a changed
# answer unreported.  Only a conjunction joined to her name — right after it, or after an aside
# set off by commas — joins someone to her.
WARDEN = make_source(
    "Q: Is the quarry trail open again?\n"
    "A: Yes. The quarry trail opened again on the first of May.\n"
    "Q: And the upper loop?\n"
    "A: The upper loop stays shut until the bridge is mended in August.\n",
    id="castell-interview.txt",
    speaker="Amira Castell",
    kind="interview",
)
OPENED = "Yes. The quarry trail opened again on the first of May."
SHUT = "The upper loop stays shut until the bridge is mended in August."


def _warden(head: str, second: str = SHUT) -> tuple[list[quotecheck.QuoteResult], str]:
    article = (
        f"# Trails\n\n{head}\n\n"
        f"Q: Is the quarry trail open again?\n\nA: {OPENED}\n\n"
        f"Q: And the upper loop?\n\nA: {second}\n"
    )
    report = quotecheck.check_text(article, sources=[WARDEN])
    notices = " ".join(f.message for f in report.findings if f.code == "QC151")
    return [q for q in report.quotes if q.turn_label is not None], notices


ONE_WARDEN = [
    "Amira Castell, who oversees Trails and Open Spaces, talked to the Ledger.",
    "Amira Castell, chief warden of the Office of Parks and Wildlife, spoke with the Ledger.",
    "Amira Castell, a surveyor with Brook and Hale, sat down with the Ledger.",
    "Amira Castell, who has walked the quarry trail for years and the upper loop since May, "
    "spoke to the Ledger.",
    "On Saturday and Sunday, Amira Castell talked with the Ledger.",
    "Amira Castell, 61, spoke with the Ledger and the Gazette.",
]


@pytest.mark.parametrize("head", ONE_WARDEN)
def test_an_and_not_joined_to_her_name_keeps_her_answers(head: str) -> None:
    answers, notice = _warden(head)
    assert [q.attribution.speaker for q in answers] == ["Amira Castell", "Amira Castell"]
    assert not notice


@pytest.mark.parametrize("head", ONE_WARDEN)
def test_her_changed_answer_is_flagged_whatever_the_aside(head: str) -> None:
    answers, _ = _warden(head, "The upper loop stays shut until the bridge is mended in July.")
    assert answers[-1].verdict.value == "altered", answers[-1].explanation


@pytest.mark.parametrize(
    "head",
    [
        # the twins: a conjunction joined to her name still makes two interviewees
        "Amira Castell and a ranger talked to the Ledger.",
        "Amira Castell, who oversees Trails and Open Spaces, and her deputy spoke with the Ledger.",
        "Amira Castell, 61, and her husband sat down with the Ledger.",
        "Amira Castell, her deputy, and a ranger spoke to the Ledger.",
    ],
)
def test_a_person_joined_to_her_name_leaves_the_answers_unchecked(head: str) -> None:
    answers, notice = _warden(head)
    assert answers == []
    assert "several people answered" in notice, notice
