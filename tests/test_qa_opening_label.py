"""A Q&A interview's record that names its interviewee once, by a label at its head, then
gives only "Q." / "A." lines (session 24, records item 3): the answers are the named
person's, the questions never.  A label heading a second turn, another label beside it, a
post's label ("HOST:") or a declared speaker leave the turns as before.  Sentences
invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

OPENING = "Thank you all for coming out to the boathouse tonight."
QUESTION = "Will the night ferry still run once the new pier opens?"
ANSWER = "The night ferry runs until midnight, seven days a week, pier or no pier."
AGAIN = "Do the fares change?"
FARES = "Fares stay where they are for the whole of next year."


def _record(
    label: str = "MAYOR OSTERGREN", tail: str = "", marks: tuple[str, str] = ("Q.", "A.")
) -> str:
    q, a = marks
    return (
        f"{label}: {OPENING}\n\n{q} {QUESTION}\n\n{a} {ANSWER}\n\n"
        f"{q} {AGAIN}\n\n{a} {FARES}\n{tail}"
    )


def _source(text: str, **declared: str) -> quotecheck.Source:
    return quotecheck.make_source(
        "---\nkind: interview\noccasion: interview at the boathouse\ndate: 2026-10-02\n---\n\n"
        + text,
        id="boathouse.md",
        **declared,
    )


def _check(text: str, sentence: str, **declared: str) -> quotecheck.QuoteResult:
    head = "Mayor Lise Ostergren spoke at the boathouse."
    article = f"---\ndate: 2026-10-03\n---\n\n{head}\n\n{sentence}\n"
    (q,) = quotecheck.check_text(article, sources=[_source(text, **declared)]).quotes
    return q


def _speaker_of(src: quotecheck.Source, words: str) -> str | None:
    return src.speaker_at(src.text.index(words))[0]


@pytest.mark.parametrize("marks", [("Q.", "A."), ("Q:", "A:")])
def test_the_answers_are_the_named_interviewee_s(marks: tuple[str, str]) -> None:
    src = _source(_record(marks=marks))
    assert _speaker_of(src, ANSWER) == "MAYOR OSTERGREN"
    assert _speaker_of(src, FARES) == "MAYOR OSTERGREN"
    assert _speaker_of(src, QUESTION) != "MAYOR OSTERGREN"


@pytest.mark.parametrize("words", [ANSWER, FARES])
def test_an_answer_quoted_as_hers_is_faithful(words: str) -> None:
    q = _check(_record(), f"“{words}” Ostergren said.")
    assert q.verdict is Verdict.VERBATIM, q.explanation
    assert not q.findings


def test_a_question_quoted_as_hers_is_still_not_hers() -> None:
    """The twin: the interviewer's words put in her mouth stay another voice's."""
    q = _check(_record(), f"“{QUESTION}” Ostergren said.")
    assert q.verdict is not Verdict.VERBATIM
    assert {"QC201", "QC205"} & set(q.codes), q.codes


def test_a_changed_answer_is_still_altered() -> None:
    q = _check(
        _record(),
        "“The night ferry runs until ten, seven days a week, pier or no pier.” Ostergren said.",
    )
    assert q.verdict is Verdict.ALTERED, q.explanation


@pytest.mark.parametrize(
    ("text", "declared"),
    [
        # the label heads a second turn: someone who speaks beside the Q&A (counsel)
        (_record(tail="\nMAYOR OSTERGREN: Thank you, that is all.\n"), {}),
        # another label beside it: no one interviewee named
        (_record(tail="\nPER HALL: Can I add one thing?\n"), {}),
        # a post, not a person
        (_record(label="HOST"), {}),
        # a declared speaker: the labels say as before whose the answers are
        (_record(), {"speaker": "Lise Ostergren"}),
    ],
)
def test_other_records_keep_their_answers_as_before(text: str, declared: dict[str, str]) -> None:
    src = _source(text, **declared)
    assert _speaker_of(src, ANSWER) != "MAYOR OSTERGREN"


def test_a_label_after_the_first_question_is_no_opening() -> None:
    text = f"Q. {AGAIN}\n\nMAYOR OSTERGREN: {OPENING}\n\nQ. {QUESTION}\n\nA. {ANSWER}\n"
    assert _speaker_of(_source(text), ANSWER) != "MAYOR OSTERGREN"
