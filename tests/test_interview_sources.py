"""Q&A interviews as sources: the answers are the interviewee's turns, the questions the
interviewer's (sentences invented)."""

from __future__ import annotations

import pytest

import quotecheck

QA_PLAIN = (
    "Q: Is the new pier going to be finished this year?\n\n"
    "A: The pier will open in May, and the ferries will dock there from the first week.\n\n"
    "Q: Has the project wasted millions of kroner on consultants?\n\n"
    "A: Every krona went into concrete and steel, not into consultants.\n"
)
QA_BOLD = (
    "**Reporter:** Is the new pier going to be finished this year?\n\n"
    "**Varga:** The pier will open in May, and the ferries will dock there from the first "
    "week.\n\n"
    "**Reporter:** Has the project wasted millions of kroner on consultants?\n\n"
    "**Varga:** Every krona went into concrete and steel, not into consultants.\n"
)
QA_CAPS = (
    "INTERVIEWER: Is the new pier going to be finished this year?\n\n"
    "VARGA: The pier will open in May, and the ferries will dock there from the first week.\n\n"
    "INTERVIEWER: Has the project wasted millions of kroner on consultants?\n\n"
    "VARGA: Every krona went into concrete and steel, not into consultants.\n"
)
QA_SOURCES = [
    ("---\nspeaker: Ines Varga\n---\n" + QA_PLAIN, "Interviewer"),
    ('---\ntitle: "Interview with Ines Varga, harbour master"\n---\n' + QA_PLAIN, "Interviewer"),
    ("---\nspeaker: Ines Varga\n---\n" + QA_BOLD, "Reporter"),
    ("---\nspeaker: Ines Varga\n---\n" + QA_CAPS, "INTERVIEWER"),
]
QA_ARTICLE = (
    "Harbour master Ines Varga gave an interview this week.\n\n"
    '"The pier will open in May, and the ferries will dock there from the first week," '
    "Varga said.\n\n"
    'Varga admitted that the project had "wasted millions of kroner on consultants."\n\n'
    '"Every krona went into concrete and steel," she said.\n'
)


@pytest.mark.parametrize(("source", "asker"), QA_SOURCES)
def test_interview_turns(source: str, asker: str) -> None:
    src = quotecheck.make_source(source)
    assert src.kind == "transcript"
    assert src.speaker == "Ines Varga"
    assert [t.speaker for t in src.turns] == [asker, "Ines Varga", asker, "Ines Varga"]


@pytest.mark.parametrize(("source", "asker"), QA_SOURCES)
def test_answers_are_the_interviewees_and_questions_are_not(source: str, asker: str) -> None:
    src = quotecheck.make_source(source)
    quotes = quotecheck.check_text(QA_ARTICLE, sources=[src]).quotes
    assert [q.verdict.value for q in quotes] == ["verbatim", "misattributed", "verbatim"]
    assert quotes[1].match is not None and quotes[1].match.speaker == asker


def test_a_town_hall_question_label_without_answers_stays() -> None:
    text = (
        "MODERATOR: Our first question comes from the floor.\n\n"
        "QUESTION: Will the ferry fares go up next year?\n\n"
        "LEE: The fares will stay where they are.\n"
    )
    src = quotecheck.make_source(text, kind="transcript")
    assert [t.speaker for t in src.turns] == ["MODERATOR", "QUESTION", "LEE"]
