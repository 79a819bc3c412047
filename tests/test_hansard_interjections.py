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
