"""A parliamentary record's notes inside a member's turn (red team 23, F10): "[Interruption.]"
and a bracketed interjection "[Hon. Members: "Shame!"]" are the record's furniture and others'
shouts, never the member's words; a quote that leaves them out is faithful, a real change
beside them is still caught.  Sentences invented."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict


def _check(turn: str, quoted: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        "---\nkind: transcript\noccasion: Commons debate on the Ferries Bill\n"
        "date: 2026-11-18\n---\n\n"
        "Mr Aldous Pryor: I beg to move the motion.\n\n"
        f"Mrs Wenna Tregarth: {turn}\n\n"
        "Mr Aldous Pryor: I thank the hon. Lady.\n",
        id="hansard.md",
    )
    article = f"---\ndate: 2026-11-19\n---\n\n“{quoted}” Mrs Tregarth said.\n"
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    return q


TURNS = [
    "The ferry was cut in 2021. [Interruption.] They may groan, but it was cut.",
    "The ferry was cut in 2021. [Interruptions.] They may groan, but it was cut.",
    'The ferry was cut in 2021. [Hon. Members: "Shame!"] They may groan, but it was cut.',
    "The ferry was cut in 2021. [An hon. Member: Rubbish.] They may groan, but it was cut.",
]


@pytest.mark.parametrize("turn", TURNS)
def test_a_record_s_note_left_out_is_faithful(turn: str) -> None:
    q = _check(turn, "The ferry was cut in 2021. They may groan, but it was cut.")
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), q.explanation


@pytest.mark.parametrize("turn", TURNS)
@pytest.mark.parametrize(
    "quoted",
    [
        # a number changed beside the note
        "The ferry was cut in 2019. They may groan, but it was cut.",
        # a negation added beside the note
        "The ferry was not cut in 2021. They may groan, but it was cut.",
    ],
)
def test_a_change_beside_a_record_s_note_is_still_caught(turn: str, quoted: str) -> None:
    assert _check(turn, quoted).verdict is Verdict.ALTERED


@pytest.mark.parametrize(
    "turn",
    [
        # a bracket naming no interjector: words that may be the member's
        "The ferry was cut in 2021. [Members: two ferries] They may groan, but it was cut.",
        # a member's own aside about who interjected, no colon: compared
        "The ferry was cut in 2021. [Hon. Members groan] They may groan, but it was cut.",
    ],
)
def test_other_brackets_are_still_compared(turn: str) -> None:
    q = _check(turn, "The ferry was cut in 2021. They may groan, but it was cut.")
    assert q.verdict is Verdict.ALTERED, q.explanation


@pytest.mark.parametrize("turn", TURNS[2:])
def test_the_shout_kept_in_the_member_s_quote_is_still_a_change(turn: str) -> None:
    """Others' words put in the member's mouth: the shout kept, who shouted it dropped."""
    shout = "Shame!" if "Shame" in turn else "Rubbish."
    quoted = f"The ferry was cut in 2021. {shout} They may groan, but it was cut."
    assert _check(turn, quoted).verdict is Verdict.ALTERED


# Session 24: an interjection of any length, bracketed or a line of its own ("An hon. Member:
# …", the member going on after it unlabelled), is others' words and the record's note.
LONG = "Who closed the lifeboat station at Porthkerris, if not you?"
NOTES = [
    f"[An hon. Member: {LONG}]",
    f'[Hon. Members: "{LONG}"]',
    f"\n\nAn hon. Member: {LONG}\n\n",
    f"\n\nHon. Members: {LONG}\n\n",
]
BEFORE = "The station will stay open through the winter storms."
AFTER = "We found the money for it, every penny of it."


def _turn(note: str) -> str:
    return f"{BEFORE} {note} {AFTER}"


@pytest.mark.parametrize("note", NOTES)
def test_a_long_interjection_left_out_is_faithful(note: str) -> None:
    q = _check(_turn(note), f"{BEFORE} {AFTER}")
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), q.explanation
    assert not q.findings, q.findings


@pytest.mark.parametrize("note", NOTES)
@pytest.mark.parametrize(
    ("quoted", "code"),
    [
        # a word of the member's changed beside the note
        (f"The station will stay open through the summer storms. {AFTER}", "QC101"),
        # a negation added beside it
        (f"The station will not stay open through the winter storms. {AFTER}", "QC110"),
        # a number made up beside it
        (f"{BEFORE} We found the money for it, all 40,000 pounds of it.", "QC101"),
    ],
)
def test_a_change_beside_a_long_interjection_is_still_caught(
    note: str, quoted: str, code: str
) -> None:
    q = _check(_turn(note), quoted)
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert code in q.codes


@pytest.mark.parametrize("note", NOTES)
def test_the_member_s_words_dropped_beside_an_interjection_are_still_dropped(note: str) -> None:
    """Words of the member's own left out beside the note: a change, said of the member's
    words only — the interjection's "not" is no negation of theirs dropped."""
    turn = f"{BEFORE[:-1]}, whatever it costs. {note} {AFTER}"
    q = _check(turn, f"{BEFORE} {AFTER}")
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert "whatever it costs" in q.explanation
    assert "Porthkerris" not in q.explanation
    assert "QC110" not in q.codes


@pytest.mark.parametrize("note", NOTES[:2])
def test_the_long_shout_kept_in_the_member_s_quote_is_still_a_change(note: str) -> None:
    q = _check(_turn(note), f"{BEFORE} {LONG} {AFTER}")
    assert q.verdict not in (Verdict.VERBATIM, Verdict.NORMALIZED), q.explanation


@pytest.mark.parametrize("note", NOTES)
def test_an_interjection_s_words_are_not_the_member_s(note: str) -> None:
    """Item 2: the interjector's words, written with or without marks, quoted as the
    member's: another voice, never verbatim."""
    q = _check(_turn(note), LONG)
    assert q.verdict is not Verdict.VERBATIM, q.explanation
    assert q.verdict is Verdict.MISATTRIBUTED or {"QC201", "QC205"} & set(q.codes), q.explanation


@pytest.mark.parametrize("note", NOTES)
def test_the_member_s_own_words_around_an_interjection_stay_hers(note: str) -> None:
    """The twin: her words after the note (the line form's unlabelled paragraph too) are
    hers, verbatim."""
    q = _check(_turn(note), AFTER)
    assert q.verdict is Verdict.VERBATIM, q.explanation


def test_a_line_interjection_ends_with_its_line() -> None:
    src = quotecheck.make_source(
        f"Mrs Wenna Tregarth: {BEFORE}\n\nAn hon. Member: {LONG}\n\n{AFTER}\n\n"
        "Mr Aldous Pryor: I thank the hon. Lady.\n",
        kind="transcript",
    )
    said = [(t.speaker, src.text[t.start : t.end].strip()) for t in src.turns]
    assert said == [
        ("Mrs Wenna Tregarth", BEFORE),
        ("An hon. Member", LONG),
        ("Mrs Wenna Tregarth", AFTER),
        ("Mr Aldous Pryor", "I thank the hon. Lady."),
    ]


@pytest.mark.parametrize(
    "line",
    [
        # a member's own label, no interjector: her turn runs on as labelled
        "Mr Aldous Pryor: Who closed it?",
        # "hon." before a name is an address, no interjection label
        "Hon. Aldous Pryor: Who closed it?",
    ],
)
def test_other_labels_are_turns_as_before(line: str) -> None:
    src = quotecheck.make_source(
        f"Mrs Wenna Tregarth: {BEFORE}\n\n{line}\n\n{AFTER}\n", kind="transcript"
    )
    last = max(src.turns, key=lambda t: t.start)
    assert AFTER in src.text[last.start : last.end]
    assert last.speaker != "Mrs Wenna Tregarth"


# Review 24-1 #5: a hard-wrapped record breaks an interjection's line mid-sentence; its turn
# ended at the first line break, so the wrapped rest went to the member, and a bracketed note
# over a line break was no note at all.  A wrapped line goes on to its sentence's end.
WRAPPED_SHOUT = "Who closed the lifeboat station at\nPorthkerris, if not you?"
WRAPPED = [
    f"{BEFORE}\n\nAn hon. Member: {WRAPPED_SHOUT}\n\n{AFTER}",
    f"{BEFORE} [An hon. Member: {WRAPPED_SHOUT}] {AFTER}",
    f'{BEFORE} [Hon. Members: "Who closed the lifeboat\nstation at Porthkerris?"] {AFTER}',
]


def _wrapped(record: str, quoted: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        "---\nkind: transcript\noccasion: Commons debate on the Ferries Bill\n"
        f"date: 2026-11-18\n---\n\nMrs Wenna Tregarth: {record}\n\n"
        "Mr Aldous Pryor: I thank the hon. Lady.\n",
        id="hansard.md",
    )
    article = f"---\ndate: 2026-11-19\n---\n\n“{quoted}” Mrs Tregarth said.\n"
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    return q


@pytest.mark.parametrize("record", WRAPPED)
def test_a_wrapped_interjection_left_out_is_faithful(record: str) -> None:
    q = _wrapped(record, f"{BEFORE} {AFTER}")
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), q.explanation
    assert not q.findings, q.findings


@pytest.mark.parametrize("record", WRAPPED)
def test_a_wrapped_interjection_s_tail_is_not_the_member_s(record: str) -> None:
    q = _wrapped(record, "Porthkerris, if not you?")
    assert q.verdict is not Verdict.VERBATIM or {"QC201", "QC205"} & set(q.codes), q.explanation
    assert q.match is None or q.match.speaker != "Mrs Wenna Tregarth", q.match


@pytest.mark.parametrize("record", WRAPPED)
def test_a_change_beside_a_wrapped_interjection_is_still_caught(record: str) -> None:
    q = _wrapped(record, f"The station will not stay open through the winter storms. {AFTER}")
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert "QC110" in q.codes


def test_a_wrapped_line_interjection_runs_to_its_sentence_end() -> None:
    src = quotecheck.make_source(
        f"Mrs Wenna Tregarth: {BEFORE}\n\nAn hon. Member: {WRAPPED_SHOUT}\n\n{AFTER}\n\n"
        "Mr Aldous Pryor: I thank the hon. Lady.\n",
        kind="transcript",
    )
    said = [(t.speaker, " ".join(src.text[t.start : t.end].split())) for t in src.turns]
    assert said[1] == ("An hon. Member", " ".join(WRAPPED_SHOUT.split()))
    assert said[2] == ("Mrs Wenna Tregarth", AFTER)


def test_a_line_interjection_ending_its_sentence_ends_at_the_line_break() -> None:
    # the twin: a record with no blank lines, the member going on at the next line
    src = quotecheck.make_source(
        f"Mrs Wenna Tregarth: {BEFORE}\nAn hon. Member: {LONG}\n{AFTER}\n"
        "Mr Aldous Pryor: I thank the hon. Lady.\n",
        kind="transcript",
    )
    said = [(t.speaker, src.text[t.start : t.end].strip()) for t in src.turns]
    assert said[1:3] == [("An hon. Member", LONG), ("Mrs Wenna Tregarth", AFTER)]
