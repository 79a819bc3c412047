"""A Q&A checked against a recording's transcript that declares no speaker, its turns labelled
"DORSET:"/"RUTH DORSET:" and "COURIER:"/"KANE:" (final22 "left alone", the reverted 90a1dc5,
review 22-3 #2): the one answering "A: …" is the transcript's speaker whose turns answer — the
label whose turns the article prints as its questions ("Q: …"), or whose turns are questions,
is the interviewer's and never the one answering — and the intro must name that person; two
candidates, or none named, is QC151, never a guess.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import make_source
from quotecheck.models import ArticleReport, QuoteResult

FIRST = "No. Not a toll rise. We keep the bridge toll at three dollars until 2028."
SECOND = "The late bus stays. It runs five nights a week, and that is plenty for now."
THIRD = "I drive the late bus on Fridays myself."


def _source(asker: str = "KANE", answerer: str = "DORSET", questions: bool = True) -> str:
    one = "Is the bridge toll going up?" if questions else "Tell me about the bridge toll."
    two = "And the late bus?" if questions else "Turning to evening services."
    return (
        "RECORDING, RIVERSIDE COURIER, TUESDAY\n\n"
        f"{asker}: {one}\n\n{answerer}: {FIRST}\n\n"
        f"{asker}: {two}\n\n{answerer}: {SECOND}\n\n"
        f"LOMAX: {THIRD}\n"
    )


def _article(head: str, first: str = FIRST, second: str = SECOND) -> str:
    return (
        f"# Tolls and buses\n\n{head}\n\n"
        f"**Q: Is the bridge toll going up?**\n\nA: {first}\n\n"
        f"**Q: And the late bus?**\n\nA: {second}\n"
    )


def _check(article: str, source: str) -> ArticleReport:
    src = make_source(source, id="recording.txt", kind="transcript")
    return quotecheck.check_text(article, sources=[src])


def _answers(report: ArticleReport) -> list[QuoteResult]:
    return [q for q in report.quotes if q.turn_label is not None]


def _notice(report: ArticleReport) -> str:
    found = [f.message for f in report.findings if f.code == "QC151"]
    return found[0] if found else ""


@pytest.mark.parametrize(
    ("head", "source"),
    [
        # the surname label of the one person the intro names in full
        ("Ruth Dorset has run the county transit board since 2019. She spoke with us.", _source()),
        # the label in capitals, the intro in ordinary case
        (
            "Ruth Dorset has run the county transit board since 2019. She spoke with us.",
            _source(answerer="RUTH DORSET"),
        ),
        # the interviewer named in full, tying the interviewee to the interview
        (
            "Courier reporter Martin Kane sat down with Ruth Dorset on Tuesday.",
            _source(),
        ),
        # a byline for the interviewer, whose label the questions are
        ("By Martin Kane\n\nRuth Dorset spoke with the Courier on Tuesday.", _source()),
    ],
)
def test_an_answer_goes_to_the_transcript_speaker_who_answers(head: str, source: str) -> None:
    report = _check(_article(head), source)
    answers = _answers(report)
    assert [q.verdict.value for q in answers] == ["verbatim", "verbatim"]
    assert all(q.speaker is not None and "DORSET" in q.speaker for q in answers)
    assert not _notice(report)


@pytest.mark.parametrize(
    ("first", "second", "verdicts"),
    [
        # a number changed in an answer
        (FIRST.replace("2028", "2030"), SECOND, ["altered", "verbatim"]),
        (FIRST, SECOND.replace("five", "six"), ["verbatim", "altered"]),
        # another speaker's words printed as her answer
        (FIRST, THIRD, ["verbatim", "misattributed"]),
    ],
)
def test_a_changed_or_misattributed_answer_is_still_flagged(
    first: str, second: str, verdicts: list[str]
) -> None:
    head = "By Martin Kane\n\nRuth Dorset spoke with the Courier on Tuesday."
    report = _check(_article(head, first, second), _source())
    assert [q.verdict.value for q in _answers(report)] == verdicts


@pytest.mark.parametrize(
    ("head", "source", "why"),
    [
        # the interviewer named in full, the one answering by role only (review 22-3 #2)
        (
            "By Martin Kane\n\nThe head of the county transit board spoke with the Courier.",
            _source(),
            "names no one",
        ),
        (
            "Courier reporter Martin Kane sat down with the head of the transit board.",
            _source(),
            "",
        ),
        # the same, the transcript's labels in full and ordinary case
        (
            "Courier reporter Martin Kane sat down with the head of the transit board.",
            _source(asker="Martin Kane", answerer="Ruth Dorset"),
            "",
        ),
        # two of the transcript's speakers named in the intro
        (
            "Ruth Dorset and Victor Lomax spoke with the Courier on Tuesday.",
            _source(),
            "several people",
        ),
        # two people of the label's surname
        (
            "Ruth Dorset and her brother Victor Dorset spoke with the Courier on Tuesday.",
            _source(),
            "",
        ),
        # the article's questions are in no turn and no label's turns are questions
        ("Ruth Dorset spoke with the Courier on Tuesday.", _source(questions=False), ""),
        # the intro names only the interviewer
        ("Martin Kane spoke with the transit board on Tuesday.", _source(), ""),
        # … and with the answers repeating the questions' words, never the answerer taken
        # for the one asking and the other person named given her answers
        (
            "Ruth Dorset and Victor Lomax spoke with the Courier on Tuesday.",
            _source()
            .replace("Is the bridge toll going up?", "Your view on tolls, please?")
            .replace("And the late bus?", "Your view on buses, please?"),
            "",
        ),
        # the article's questions are in no turn: the transcript's questions (a debate's
        # moderator) are another exchange's, and its answers no record of this interview
        (
            "Ruth Dorset spoke with the Courier on Tuesday.",
            _source()
            .replace("Is the bridge toll going up?", "Your view on tolls, please?")
            .replace("And the late bus?", "Your view on buses, please?"),
            "",
        ),
    ],
)
def test_an_answer_is_unchecked_when_the_one_answering_is_not_clear(
    head: str, source: str, why: str
) -> None:
    report = _check(_article(head), source)
    assert not _answers(report)
    assert why in _notice(report)
    assert not [q for q in report.quotes if q.verdict.value == "misattributed"]


def test_a_named_label_in_ordinary_case_goes_to_a_capitals_label() -> None:
    """ "**Dorset:**" in the article for the transcript's "RUTH DORSET:", the article naming
    Ruth Dorset in full: hers (it was QC151, "does not name RUTH DORSET in full")."""
    article = (
        "# Tolls and buses\n\nRuth Dorset has run the county transit board since 2019.\n\n"
        "**Courier:** Is the bridge toll going up?\n\n"
        f"**Dorset:** {FIRST}\n\n"
        "**Courier:** And the late bus?\n\n"
        f"**Dorset:** {SECOND.replace('five', 'six')}\n"
    )
    report = _check(article, _source(asker="COURIER", answerer="RUTH DORSET"))
    assert [q.verdict.value for q in _answers(report)] == ["verbatim", "altered"]
    assert not _notice(report)


def test_a_transcript_of_another_exchange_is_no_record_of_the_interview() -> None:
    """A debate's moderator asks every question of the transcript, none of the article's: the
    interview's answers, found in none of its turns, are left unchecked (QC151), never called
    made up against another occasion's record."""
    article = (
        "# Fares\n\nRuth Dorset spoke with the Courier after the debate.\n\n"
        "**Q: Will the fares change in spring?**\n\n"
        "A: Fares stay flat for the whole of next year.\n\n"
        "**Q: What about parking at the depot?**\n\nA: We are adding forty spaces by the gate.\n"
    )
    report = _check(article, _source(asker="MODERATOR"))
    assert not _answers(report)
    assert _notice(report)
    assert not [q for q in report.quotes if q.verdict.value in ("fabricated", "misattributed")]
