"""An interview's byline names its interviewee only with "with"/"of": "Interview by NAME"
names the one who asks, never the source's speaker (review1 item 6; sentences invented)."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import infer_byline

ANSWER = "The winter timetable of the night ferry stays as it is until the thaw."
QA = f"Q: Will the night ferry keep running?\n\nA: {ANSWER}\n"


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("Interview by Tom Reyes.", None),
        ("Harbour master Ines Varga on the ferries. Interview by Tom Reyes.", None),
        ("Interview with Ines Varga", "Ines Varga"),
        ("An interview of Ines Varga, harbour master", "Ines Varga"),
        ("Speech by Ines Varga", "Ines Varga"),
    ],
)
def test_interview_byline_names_the_interviewee_only(head: str, name: str | None) -> None:
    found = infer_byline(head, 0, "en")
    assert (found[0] if found else None) == name


def test_interviewers_byline_leaves_a_faithful_answer_alone() -> None:
    src = quotecheck.make_source(
        f"Ines Varga on the ferries. Interview by Tom Reyes.\n\n{QA}", id="qa.txt"
    )
    article = f"Harbour master Ines Varga spoke to us.\n\n“{ANSWER}” Ines Varga said.\n"
    (q,) = quotecheck.check_text(article, sources=[src]).quotes
    assert q.verdict.value != "misattributed"
    assert "QC201" not in q.codes
