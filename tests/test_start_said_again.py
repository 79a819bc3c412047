"""A start the speaker broke off and then said again word for word (#16, round 24).

A speaker who begins "and if the levy passes…", is drowned out ("(CROWD BOOING)") and begins
again "If the levy passes in May, …" said those words twice. A quote that gives them once,
with what the speaker went on to say, leaves nothing out: every word of the start stands in
the quote. It is `normalized`, the left-out start shown as a convention ("a false start the
speaker broke off and began again"), whether the quote's alignment is one passage or two
pieces around the start — a long start said again is no splice. So are words said twice in a
row ("if the levy passes, if the levy passes") when they part the quote into two pieces.

What stays a change: a start not said again in full (its words differ from the new start's),
the first attempt kept in place of the words the speaker settled on, a start opened by "but"
(a contrast said), and any of this against a source declared written.

Every sentence here is made up for these tests: a lake ferry, its skipper, a town council.
"""

from __future__ import annotations

import pytest
from harbour_council import check_said

import quotecheck
from quotecheck.models import Verdict

ACCUSING = {Verdict.ALTERED, Verdict.SPLICED, Verdict.MISATTRIBUTED, Verdict.FABRICATED}

OPENING = "Thank you all for coming tonight. "
GOES_ON = "there is nothing the council can do about the ferry, folks."


@pytest.mark.parametrize(
    ("said", "quoted", "note"),
    [
        pytest.param(
            "By the way, and if the levy passes... (CROWD BOOING) If the levy passes in May, "
            + GOES_ON,
            "By the way, if the levy passes in May, " + GOES_ON,
            "false start",
            id="a joining and, an ellipsis and a stage note, two pieces",
        ),
        pytest.param(
            "By the way, if the levy passes -- if the levy passes in May, " + GOES_ON,
            "By the way, if the levy passes in May, " + GOES_ON,
            "repeated",
            id="a dash between",
        ),
        pytest.param(
            "By the way, if the levy passes (APPLAUSE) if the levy passes in May, " + GOES_ON,
            "By the way, if the levy passes in May, " + GOES_ON,
            "false start",
            id="a stage note alone between",
        ),
        pytest.param(
            "By the way, if the council gets to vote, if the council gets to vote on the levy, "
            "there is nothing you can do, folks.",
            "By the way, if the council gets to vote on the levy, there is nothing you can do, "
            "folks.",
            "repeated",
            id="said twice in a row, two pieces",
        ),
        pytest.param(
            "The skipper will sail the old boat until the new one comes, and the timetable "
            "will stay as it is. By the way, and if the levy passes... (CHEERING) If the levy "
            "passes in May, " + GOES_ON,
            "The skipper will sail the old boat until the new one comes, and the timetable "
            "will stay as it is. By the way, if the levy passes in May, " + GOES_ON,
            "false start",
            id="a long quote found as one passage",
        ),
    ],
)
def test_a_start_said_again_word_for_word_is_no_change(said: str, quoted: str, note: str) -> None:
    result = check_said(OPENING + said, quoted)
    assert result.verdict is Verdict.NORMALIZED, result.explanation
    notes = [e.note or "" for e in result.edits if e.convention]
    assert any(note in n for n in notes), result.edits
    assert not result.findings, result.findings


@pytest.mark.parametrize(
    ("said", "quoted"),
    [
        pytest.param(
            "By the way, and if the levy passes... (CROWD BOOING) If the levy fails in May, "
            + GOES_ON,
            "By the way, if the levy passes in May, " + GOES_ON,
            id="must stay: the first attempt kept, the new start's word left out",
        ),
        pytest.param(
            "By the way, and if the levy passes... (CROWD BOOING) If the levy passes in May, "
            + GOES_ON,
            "By the way, if the levy fails in May, " + GOES_ON,
            id="must stay: a word of the quote's own",
        ),
        pytest.param(
            "By the way, and if the levy never passes... (CROWD BOOING) If the levy passes in "
            "May, " + GOES_ON,
            "By the way, if the levy passes in May, " + GOES_ON,
            id="must stay: a negation in the start, not said again",
        ),
        pytest.param(
            "By the way, but if the levy passes... (CROWD BOOING) If the levy passes in May, "
            + GOES_ON,
            "By the way, if the levy passes in May, " + GOES_ON,
            id="must stay: a start opened by but",
        ),
        pytest.param(
            "By the way, if the levy passes in April (CROWD BOOING) if the levy passes in May, "
            + GOES_ON,
            "By the way, if the levy passes in May, " + GOES_ON,
            id="must stay: the start said more than the new start",
        ),
    ],
)
def test_what_is_not_said_again_stays_a_change(said: str, quoted: str) -> None:
    result = check_said(OPENING + said, quoted)
    assert result.verdict in ACCUSING, result.explanation


def test_a_written_source_has_no_start_said_again() -> None:
    """A statement was written, not spoken: words left out of it are left out."""
    text = (
        "By the way, and if the levy passes... If the levy passes in May, "
        + GOES_ON
        + " We thank the skipper."
    )
    src = quotecheck.make_source(text, id="statement.txt", speaker="Mara Lind", kind="statement")
    quoted = "By the way, if the levy passes in May, " + GOES_ON
    result = quotecheck.check_text(f"“{quoted}” Mara Lind said.", sources=[src]).quotes[0]
    assert result.verdict in ACCUSING, result.explanation
