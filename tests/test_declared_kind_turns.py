"""A source's declared ``kind:`` never switches its speaker labels off (red team 17, F22),
and a web page or PDF transcript gives turns as a text one does (F9)."""

from __future__ import annotations

import pytest

from quotecheck.inputs.places import Extracted
from quotecheck.inputs.sources import make_source, source_from_extracted

_QA = (
    "Q: Is the ferry running on Sundays?\n\n"
    "A: Yes. The ferry runs every Sunday from April.\n\n"
    "Q: And in the winter?\n\n"
    "A: Only on Saturdays then.\n"
)
_NAMED = (
    "HERALD: Will the market move?\n\n"
    "OKAFOR: No. The market stays on the quay.\n\n"
    "HERALD: For how long?\n\n"
    "OKAFOR: For as long as I am mayor.\n"
)


def _front(kind: str | None) -> str:
    lines = ["---", "speaker: Ruth Okafor"] + ([f"kind: {kind}"] if kind else []) + ["---", ""]
    return "\n".join(lines)


@pytest.mark.parametrize(
    "kind", [None, "transcript", "interview", "speech", "statement", "document"]
)
@pytest.mark.parametrize("body", [_QA, _NAMED], ids=["qa", "named"])
def test_declared_kind_keeps_the_turns(kind: str | None, body: str) -> None:
    src = make_source(_front(kind) + body, id="s.md")
    speakers = [t.speaker for t in src.turns if not t.quoted]
    assert len(speakers) == 4
    assert speakers[1] == speakers[3] == "Ruth Okafor"
    assert speakers[0] != "Ruth Okafor"
    assert src.kind == (kind or "transcript")


def test_a_question_of_an_interview_is_the_interviewers() -> None:
    src = make_source(_front("interview") + _QA, id="s.md")
    text = src.text
    ask = text.index("And in the winter?")
    turn = next(t for t in src.turns if t.start <= ask < t.end and not t.quoted)
    assert turn.speaker == "Interviewer"


def test_interview_with_two_labels_is_read() -> None:
    body = "Q: Where will the bus stop?\n\nA: Outside the library, from June.\n"
    src = make_source(_front("interview") + body, id="s.md")
    assert [t.speaker for t in src.turns if not t.quoted] == ["Interviewer", "Ruth Okafor"]


@pytest.mark.parametrize("kind", [None, "statement", "speech"])
def test_one_stray_label_in_a_statement_is_no_turn(kind: str | None) -> None:
    body = "The quay will be repaved in May.\n\nUpdate: the works start on 4 May.\n"
    src = make_source(_front(kind) + body, id="s.md")
    assert not [t for t in src.turns if not t.quoted]


@pytest.mark.parametrize("fmt", ["web", "pdf"])
def test_extracted_transcript_text_gives_turns(fmt: str) -> None:
    text = (
        "Transcript: harbour committee, 3 March\n"
        "THE CHAIR: We move to the budget.\n"
        "CLLR OKAFOR: The market stays on the quay.\n"
        "CLLR DUNNE: We will fight any move of the market.\n"
    )
    src = source_from_extracted(Extracted(text=text, places=(), format=fmt), id="p")
    assert [t.speaker for t in src.turns if not t.quoted] == [
        "THE CHAIR",
        "CLLR OKAFOR",
        "CLLR DUNNE",
    ]
    assert src.kind == "transcript"
