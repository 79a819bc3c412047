"""An interview printed as a Q&A, its answers as labelled turns in no quote marks (red teams 16
and 21: "No. Not a rate increase." printed "Yes. I'd support a small rate increase." passed):
each answer paragraph is a quote of the interviewee, label left out, checked as any quote; the
interviewer's questions are not the interviewee's words and are left; with the article's note
that the interview was edited for length, words left out of an answer are the declared
convention (elided, QC152), never an alteration for omission alone — but a negation, a number,
a word added, a condition or a limiter cut, or an answer given to the wrong guest, is flagged.
Sentences invented."""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.cli import main
from quotecheck.fixes import FixRefusal, plan_fix
from quotecheck.inputs.sources import make_source
from quotecheck.models import QuoteResult, Source, Verdict

QUIST = make_source(
    "Q: Will the mooring levy go up this winter?\n"
    "A: No. Not a rate increase. We will hold the levy at 40 dollars a berth through 2027.\n"
    "Q: And the night ferry?\n"
    "A: The night ferry stays. Well, I mean, it stays as long as the council funds it. "
    "We will, we will paint the waiting room in spring. But only if the grant comes through.\n"
    "Q: What about the old slipway?\n"
    "A: We are not selling the slipway to the marina. It belongs to the fishing families.\n",
    id="quist-interview.txt",
    speaker="Mara Quist",
    kind="interview",
)
OSK = make_source(
    "The dredger arrives in March. We will close the north channel for nine days.",
    id="osk-statement.txt",
    speaker="Tomas Osk",
)

HEAD = (
    "# Mara Quist on the winter harbour\n\n"
    "Mara Quist, the harbour master, spoke with the Gazette about the coming season.\n\n"
)
NOTE = "\n*This interview has been edited for length and clarity.*\n"
ACCUSING = {
    Verdict.ALTERED,
    Verdict.SPLICED,
    Verdict.NARRATION_INSERTED,
    Verdict.MISATTRIBUTED,
    Verdict.FABRICATED,
}


def _check(
    article: str, sources: tuple[Source, ...] = (QUIST, OSK), head: str = HEAD
) -> list[QuoteResult]:
    report = quotecheck.check_text(head + article, sources=list(sources))
    return [q for q in report.quotes if q.turn_label is not None]


def _qa(answer_one: str, answer_two: str = "The night ferry stays.") -> str:
    return (
        "Q: Will the mooring levy go up this winter?\n\n"
        f"A: {answer_one}\n\n"
        "Q: And the night ferry?\n\n"
        f"A: {answer_two}\n"
    )


def test_each_answer_is_a_quote_of_the_interviewee_label_left_out() -> None:
    article = _qa(
        "No. Not a rate increase. We will hold the levy at 40 dollars a berth through 2027."
    )
    answers = _check(article)
    assert [q.verdict for q in answers] == [Verdict.VERBATIM, Verdict.VERBATIM]
    first = answers[0]
    text = HEAD + article
    assert first.text == text[first.start : first.end]
    assert first.text.startswith("No. Not a rate")
    assert first.speaker == "Mara Quist"
    assert first.turn_label == "A"
    line_text = text.splitlines()[first.line - 1]
    assert line_text[first.column - 1 :].startswith("No. Not a rate")


@pytest.mark.parametrize(
    ("answer", "code"),
    [
        # the red team's reversal
        (
            "Yes. I'd support a small rate increase. We will hold the levy at 40 dollars a "
            "berth through 2027.",
            "QC110",
        ),
        # a number
        (
            "No. Not a rate increase. We will hold the levy at 45 dollars a berth through 2027.",
            "QC111",
        ),
        # a negation dropped
        ("We are selling the slipway to the marina.", "QC110"),
    ],
)
@pytest.mark.parametrize("note", ["", NOTE])
def test_a_changed_answer_is_flagged_with_or_without_the_note(
    answer: str, code: str, note: str
) -> None:
    first = _check(_qa(answer) + note)[0]
    assert first.verdict in ACCUSING
    assert code in first.codes


def test_an_answer_given_to_the_other_guest_is_misattributed() -> None:
    article = (
        "**Gazette:** When does the dredging start?\n\n"
        "**Osk:** The dredger arrives in March.\n\n"
        "**Gazette:** And the levy?\n\n"
        "**Quist:** We will hold the levy at 40 dollars a berth through 2027.\n\n"
        "**Gazette:** And the channel?\n\n"
        "**Quist:** We will close the north channel for nine days.\n"
    )
    head = "Mara Quist and Tomas Osk spoke with the Gazette about the winter works.\n\n"
    answers = _check(article, head=head)
    assert [q.speaker for q in answers] == ["Tomas Osk", "Mara Quist", "Mara Quist"]
    assert [q.verdict for q in answers] == [
        Verdict.VERBATIM,
        Verdict.VERBATIM,
        Verdict.MISATTRIBUTED,
    ]
    # the bold label is left out of the words, and the column points at them
    text = head + article
    last = answers[-1]
    assert text.splitlines()[last.line - 1][last.column - 1 :].startswith("We will close")


@pytest.mark.parametrize(
    ("answer", "verdict", "left_out"),
    [
        # a whole sentence left out
        (
            "No. We will hold the levy at 40 dollars a berth through 2027.",
            Verdict.ELIDED,
            "Not a rate increase",
        ),
        # a discourse marker and a restart left out, sentences run together
        (
            "The night ferry stays as long as the council funds it.",
            Verdict.ELIDED,
            "stays. Well, I mean, it",
        ),
    ],
)
def test_with_the_note_words_left_out_are_the_declared_convention(
    answer: str, verdict: Verdict, left_out: str
) -> None:
    first = _check(_qa(answer) + NOTE)[0]
    assert first.verdict is verdict
    (note,) = [f for f in first.findings if f.code == "QC152"]
    assert note.level.value == "info"
    assert f"“{left_out}”" in note.message


@pytest.mark.parametrize(
    "answer",
    [
        "It stays as long as the council funds it. We will paint the waiting room in spring.",
        "The night ferry stays. It stays as long as the council funds it.",
    ],
)
@pytest.mark.parametrize("note", ["", NOTE])
def test_a_false_start_or_filler_left_out_is_normalized(answer: str, note: str) -> None:
    second = _check(_qa("No.", answer) + note)[1]
    assert second.verdict is Verdict.NORMALIZED


def test_with_the_note_a_word_added_is_still_an_alteration() -> None:
    answer = "No. We will proudly hold the levy at 40 dollars a berth through 2027."
    first = _check(_qa(answer) + NOTE)[0]
    assert "QC152" not in first.codes
    assert first.verdict in ACCUSING


def test_a_condition_left_out_is_not_condensed() -> None:
    # "But only if the grant comes through." qualifies the sentence kept before it
    source = make_source(
        "Q: And the waiting room?\n"
        "A: We will paint the waiting room in spring. But only if the grant comes through. "
        "The benches stay.\n",
        id="room.txt",
        speaker="Mara Quist",
        kind="interview",
    )
    article = (
        "Q: And the waiting room?\n\n"
        "A: We will paint the waiting room in spring. The benches stay.\n\n"
        "Q: Anything else?\n\n"
        "A: The benches stay.\n" + NOTE
    )
    first = _check(article, (source,))[0]
    assert "QC152" not in first.codes
    assert first.verdict not in (Verdict.ELIDED, Verdict.NORMALIZED, Verdict.VERBATIM)


def test_without_the_note_words_left_out_are_read_as_in_any_quote() -> None:
    answer = "No. We will hold the levy at 40 dollars a berth through 2027."
    first = _check(_qa(answer))[0]
    assert "QC152" not in first.codes
    assert first.verdict is not Verdict.ELIDED


@pytest.mark.parametrize(
    "article",
    [
        _qa("No. Not a rate increase."),
        "**Gazette:** Will the mooring levy go up this winter?\n\n"
        "**Quist:** No. Not a rate increase.\n\n"
        "**Gazette:** And the night ferry?\n\n"
        "**Quist:** The night ferry stays.\n",
    ],
)
def test_the_questions_are_left_as_the_interviewers(article: str) -> None:
    answers = _check(article)
    assert [q.text for q in answers] == ["No. Not a rate increase.", "The night ferry stays."]
    report = quotecheck.check_text(HEAD + article, sources=[QUIST, OSK])
    assert not [f for f in report.findings if f.code == "QC151"]


def test_a_multi_paragraph_answer_is_one_quote_per_paragraph() -> None:
    article = (
        "Q: Will the mooring levy go up this winter?\n\n"
        "A: No. Not a rate increase.\n\n"
        "We will hold the levy at 40 dollars a berth through 2027.\n\n"
        "Q: And the night ferry?\n\n"
        "A: The night ferry stays.\n\n"
        "Quist has run the harbour since 2019.\n"
    )
    answers = _check(article)
    assert [q.text for q in answers] == [
        "No. Not a rate increase.",
        "We will hold the levy at 40 dollars a berth through 2027.",
        "The night ferry stays.",
    ]
    assert all(q.verdict is Verdict.VERBATIM for q in answers)


def test_fix_never_rewrites_an_answer() -> None:
    article = _qa(
        "No. Not a rate increase. We will hold the levy at 45 dollars a berth through 2027."
    )
    first = _check(article)[0]
    assert first.verdict is Verdict.ALTERED
    plan = plan_fix(first, HEAD + article)
    assert isinstance(plan, FixRefusal)
    assert "interview" in plan.reason


@pytest.mark.parametrize(
    ("kind", "verdict"),
    [("statement", Verdict.UNVERIFIABLE), ("speech", Verdict.UNVERIFIABLE)],
)
def test_an_answer_in_no_record_of_an_interview_is_not_called_made_up(
    kind: str, verdict: Verdict
) -> None:
    source = make_source(
        "The harbour will stay open all winter. We thank the crews.",
        id="statement.txt",
        speaker="Mara Quist",
        kind=kind,
    )
    article = _qa("The breakwater repairs begin in the second week of February.")
    first = _check(article, (source,))[0]
    assert first.verdict is verdict


def test_an_answer_missing_from_the_interview_transcript_is_fabricated() -> None:
    article = _qa("The breakwater repairs begin in the second week of February.")
    first = _check(article)[0]
    assert first.verdict is Verdict.FABRICATED


LONG = make_source(
    "Q: What changes at the harbour this winter?\n"
    "A: Three things change. The night ferry keeps running until ten, and the council pays "
    "for the extra crew. I argued for that for two years, and I am glad it finally happened. "
    "The committee was slow, frankly. We also open the fish market on Sundays from December. "
    "And the slipway gets a new winch, which the fishing families asked for.\n"
    "Q: Anything else?\n"
    "A: No, that is it for now.\n",
    id="long.txt",
    speaker="Mara Quist",
    kind="interview",
)
LONG_ARTICLE = (
    "Q: What changes at the harbour this winter?\n\n"
    "A: Three things change. The night ferry keeps running until ten, and the council pays "
    "for the extra crew. We also open the fish market on Sundays from December. And the "
    "slipway gets a new winch.\n\n"
    "Q: Anything else?\n\n"
    "A: No, that is it for now.\n"
)


@pytest.mark.parametrize(
    ("note", "condensed"),
    [("\n_This interview was condensed and edited._\n", True), ("", False)],
)
def test_sentences_left_out_of_a_long_answer(note: str, condensed: bool) -> None:
    first = _check(LONG_ARTICLE + note, (LONG,))[0]
    if condensed:
        assert first.verdict is Verdict.ELIDED
        (finding,) = [f for f in first.findings if f.code == "QC152"]
        assert "I argued for that" in finding.message
    else:
        assert first.verdict in ACCUSING


@pytest.mark.parametrize(
    ("head", "article", "why"),
    [
        # "A:" when the intro names someone no source speaks for beside a declared speaker
        (
            "Ada Marsh, who took over the harbour office from Mara Quist, spoke with the "
            "Gazette.\n\n",
            _qa("No. Not a rate increase.", "The night ferry stays."),
            "the article names several people (Mara Quist, Ada Marsh)",
        ),
        # a surname label where the article names another person of that surname
        (
            "Tom Quist, the ferry skipper, spoke with the Gazette.\n\n",
            "**Gazette:** Will the mooring levy go up this winter?\n\n"
            "**Quist:** No. Not a rate increase.\n\n"
            "**Gazette:** And the night ferry?\n\n"
            "**Quist:** The night ferry stays.\n",
            "the article does not name Mara Quist in full beside the label “Quist”",
        ),
    ],
)
def test_an_answer_is_never_guessed_onto_a_declared_speaker(
    head: str, article: str, why: str
) -> None:
    report = quotecheck.check_text(head + article, sources=[QUIST, OSK])
    assert not [q for q in report.quotes if q.turn_label is not None]
    (notice,) = [f for f in report.findings if f.code == "QC151"]
    assert why in notice.message


def test_a_condensed_answer_cut_before_a_condition_keeps_the_cut_warning() -> None:
    source = make_source(
        "Q: And the clinic?\n"
        "A: The clinic stays shut this winter. Frankly, the roof leaks. We will open the "
        "clinic if the grant comes.\n"
        "Q: Fares?\n"
        "A: Fares stay.\n",
        id="clinic.txt",
        speaker="Mara Quist",
        kind="interview",
    )
    article = (
        "Q: And the clinic?\n\n"
        "A: The clinic stays shut this winter. We will open the clinic.\n\n"
        "Q: Fares?\n\n"
        "A: Fares stay.\n" + NOTE
    )
    first = _check(article, (source,))[0]
    assert first.verdict is Verdict.ELIDED
    assert {"QC152", "QC106"} <= set(first.codes)


@pytest.mark.parametrize(
    ("code", "text", "note"),
    [
        ("en", "The harbour.\n\n*This interview has been edited for length.*", "edited for length"),
        ("en", "Answers were condensed and edited.", "were condensed"),
        ("en", "The budget was cut for the winter.", ""),
        # the phrase only in a sentence that names the interview or its answers
        ("en", "The council has published an abridged budget for the harbour.", ""),
        ("en", "Her memoir was lightly edited.\n\nThe dock is shut.", ""),
        ("en", "Our conversation was lightly edited.", "lightly edited"),
        ("de", "Das Gespräch wurde gekürzt und redigiert.", "Gespräch wurde gekürzt"),
        ("de", "Die Zuschüsse werden gekürzt.", ""),
        ("fr", "L'entretien a été édité et condensé.", "entretien a été édité"),
        ("fr", "Le budget a été raccourci.", ""),
        ("es", "La entrevista ha sido editada y condensada.", "entrevista ha sido editada"),
        ("es", "La foto fue recortada.", ""),
    ],
)
def test_the_note_that_an_interview_was_condensed(code: str, text: str, note: str) -> None:
    from quotecheck.extract.turns import condensed_note
    from quotecheck.lang import get_language

    assert condensed_note(text, get_language(code)) == note


@pytest.mark.parametrize(
    "between",
    [
        # the article's narration between turns names the speaker
        "Quist has run the harbour office since the spring floods.",
        # an editor's note set in italics
        "*The council voted on the levy two days after this conversation.*",
        "[The council voted on the levy two days after this conversation.]",
    ],
)
def test_the_articles_words_between_turns_are_no_answer(between: str) -> None:
    article = (
        "Q: Will the mooring levy go up this winter?\n\n"
        "A: No. Not a rate increase.\n\n"
        f"{between}\n\n"
        "Q: And the night ferry?\n\n"
        "A: The night ferry stays.\n"
    )
    answers = _check(article)
    assert [q.text for q in answers] == ["No. Not a rate increase.", "The night ferry stays."]


def test_a_later_paragraph_in_no_source_is_not_called_made_up() -> None:
    article = (
        "Q: Will the mooring levy go up this winter?\n\n"
        "A: No. Not a rate increase.\n\n"
        "The council voted on the levy two days after this conversation.\n\n"
        "Q: And the night ferry?\n\n"
        "A: The night ferry stays.\n"
    )
    answers = _check(article)
    assert answers[1].text.startswith("The council voted")
    assert answers[1].verdict is Verdict.UNVERIFIABLE


def test_cli_fix_leaves_an_answer_as_printed_and_formats_point_at_its_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    source = (
        "---\nspeaker: Mara Quist\nkind: interview\n---\n"
        "Q: Will the mooring levy go up this winter?\n"
        "A: No. Not a rate increase. We will hold the levy at 40 dollars a berth through 2027.\n"
        "Q: And the night ferry?\n"
        "A: The night ferry stays.\n"
    )
    article = (
        HEAD + "**Gazette:** Will the mooring levy go up this winter?\n\n"
        "**Quist:** No. Not a rate increase. We will hold the levy at 45 dollars a berth "
        "through 2027.\n\n"
        "**Gazette:** And the night ferry?\n\n"
        "**Quist:** The night ferry stays.\n"
    )
    (tmp_path / "interview.txt").write_text(source, encoding="utf-8")
    story = tmp_path / "story.md"
    story.write_text(article, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(["check", "story.md", "--source", "interview.txt", "--fix", "--no-progress", "--no-cache"])
    assert story.read_text(encoding="utf-8") == article
    capsys.readouterr()
    main(["check", "story.md", "--source", "interview.txt", "-f", "concise", "--no-progress"])
    out = capsys.readouterr().out
    line = article.splitlines().index(
        "**Quist:** No. Not a rate increase. We will hold the levy at 45 dollars a berth "
        "through 2027."
    )
    assert f"story.md:{line + 1}:12: QC111" in out


# Review 22-1: with the note, a cut inside a clause or a dropped sentence denying a kept
# verb can reverse the answer; a whole aside or a sentence that says something else cannot.
_DOCK = make_source(
    "Q: What about the dock?\n"
    "A: I back the harbour school and oppose the new car park. We will close the slipway. "
    "We will not close it before the regatta, though. The benches, painted in green, "
    "stay where they are. Nobody likes the paint.\n"
    "Q: Fares?\n"
    "A: Fares stay.\n",
    id="dock.txt",
    speaker="Mara Quist",
    kind="interview",
)


@pytest.mark.parametrize(
    ("answer", "condensed"),
    [
        ("I back the new car park.", False),
        ("We will close the slipway. The benches stay where they are.", False),
        ("We will close the slipway. Nobody likes the paint.", False),
    ],
)
def test_a_condensed_answer_never_hides_a_reversal(answer: str, condensed: bool) -> None:
    article = "Q: What about the dock?\n\nA: " + answer + "\n\nQ: Fares?\n\nA: Fares stay.\n"
    first = _check(article + NOTE, (_DOCK,))[0]
    assert ("QC152" in first.codes) is condensed
    if not condensed:
        assert first.verdict not in (Verdict.ELIDED, Verdict.NORMALIZED, Verdict.VERBATIM)


@pytest.mark.parametrize(
    ("answer", "verdicts", "notice"),
    [
        # the answer's own sentence before the marks is checked: a changed number is flagged
        (
            "We will hold the levy at 50 dollars a berth through 2027. "
            "As the treasurer put it, “the dredger comes first.”",
            [Verdict.ALTERED, Verdict.VERBATIM],
            False,
        ),
        # a sentence after the marks cannot be a piece of the answer: said, not passed
        (
            "As the treasurer put it, “the dredger comes first.” We will hold the levy at 50.",
            [Verdict.VERBATIM],
            True,
        ),
        # words in the marks only, with a lead-in: nothing of the answer's own left unchecked
        ("As the treasurer put it, “the dredger comes first.”", [Verdict.VERBATIM], False),
    ],
)
def test_an_answer_holding_quote_marks_is_checked_or_said_unchecked(
    answer: str, verdicts: list[Verdict], notice: bool
) -> None:
    report = quotecheck.check_text(HEAD + _qa(answer), sources=[QUIST, OSK])
    answers = [q for q in report.quotes if q.turn_label is not None]
    assert [q.verdict for q in answers] == verdicts
    found = [f for f in report.findings if f.code == "QC151"]
    assert bool(found) is notice
    if notice:
        assert "holds quote marks" in found[0].message


@pytest.mark.parametrize(
    ("later", "notice"),
    [
        # a later paragraph's own sentences outside the marks may be the answer going on or
        # the article's narration: said unchecked, before the marks or after them
        (
            "We will hold the levy at 55 dollars a berth. The harbour clerk put it "
            "plainly: “no berth, no vote.”",
            True,
        ),
        (
            "The harbour clerk put it plainly: “no berth, no vote.” We will hold the levy "
            "at 55 dollars a berth.",
            True,
        ),
        # narration with a pronoun credit: never read as her changed words
        ("We will hold the levy, she added. “The dredger comes first,” she said.", True),
        # words in the marks only, with a lead-in: nothing of the answer's own left unchecked
        ("The harbour clerk put it plainly: “no berth, no vote.”", False),
    ],
)
def test_a_later_answer_paragraph_holding_quote_marks_is_said_unchecked(
    later: str, notice: bool
) -> None:
    article = (
        "Q: Will the mooring levy go up this winter?\n\n"
        "A: No. Not a rate increase.\n\n"
        f"{later}\n\n"
        "Q: And the night ferry?\n\n"
        "A: The night ferry stays.\n"
    )
    report = quotecheck.check_text(HEAD + article, sources=[QUIST, OSK])
    answers = [q for q in report.quotes if q.turn_label is not None]
    assert [q.text for q in answers] == ["No. Not a rate increase.", "The night ferry stays."]
    assert not [q for q in report.quotes if q.verdict in ACCUSING]
    found = [f for f in report.findings if f.code == "QC151"]
    assert bool(found) is notice
    if notice:
        assert "later paragraph of an answer holds quote marks" in found[0].message


@pytest.mark.parametrize(
    ("head", "answered"),
    [
        # the intro ties an unnamed person to the interview: the answers are not the mayor's
        (
            "# A skipper's view\n\nMayor Mara Quist set the levy on Monday. A ferry skipper "
            "who asked not to be named spoke with the Gazette about it.\n\n",
            False,
        ),
        # the named speaker, or a pronoun for her, is the one tied: hers
        ("# Levy\n\nMara Quist set the levy. She spoke with the Gazette.\n\n", True),
        ("# Levy\n\nThe harbour master, Mara Quist, sat down with the Gazette.\n\n", True),
    ],
)
def test_an_answer_goes_to_the_person_the_intro_ties_to_the_interview(
    head: str, answered: bool
) -> None:
    report = quotecheck.check_text(head + _qa("No. Not a rate increase."), sources=[QUIST])
    answers = [q for q in report.quotes if q.turn_label is not None]
    assert bool(answers) is answered
    if not answered:
        (notice,) = [f for f in report.findings if f.code == "QC151"]
        assert "says someone else answered" in notice.message
