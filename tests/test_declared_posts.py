"""A social-media post the article declares as its source is checkable (red team 20 F7): a
source may declare ``kind: post`` (a written kind: one text, no transcript's variants), and a
post declared by its occasion (``occasion: post on X``) is the occasion "wrote on X" names —
so a changed quote of it is `altered`, not "another occasion".  An undeclared file stays
what it was (the article's "on X" is no evidence that a file which never said what it is
was posted there).

Every sentence here is made up for these tests: a lake town and its mayor, Mara Lind.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.inputs.sources import written_source
from quotecheck.models import Verdict

POST = (
    "Mara Lind (@MaraLindMayor) · Apr 2, 2026\n"
    "The lake ferry returns on Friday. Tickets stay at $3 for children."
)


def _check(front: str, sentence: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(
        f"---\nspeaker: Mara Lind\n{front}date: 2026-04-02\n---\n{POST}\n", id="post.md"
    )
    article = f"---\ndate: 2026-04-03\n---\n\nMayor Mara Lind announced the ferry.\n\n{sentence}\n"
    return quotecheck.check_text(article, sources=[src.model_copy(update={"shared": True})]).quotes[
        0
    ]


@pytest.mark.parametrize(
    ("front", "sentence", "verdict"),
    [
        pytest.param(
            "occasion: post on X\n",
            "Lind wrote on X: “The lake ferry returns on Sunday.”",
            Verdict.ALTERED,
            id="occasion post on X, wrote on X, day changed: altered",
        ),
        pytest.param(
            "kind: post\n",
            "Lind wrote on X: “The lake ferry returns on Sunday.”",
            Verdict.ALTERED,
            id="kind post, wrote on X, day changed: altered",
        ),
        pytest.param(
            "kind: post\n",
            "Lind tweeted: “Tickets stay at $4 for children.”",
            Verdict.ALTERED,
            id="kind post, tweeted, price changed: altered",
        ),
        pytest.param(
            "kind: post\n",
            "In a post on X, Lind wrote: “Tickets stay at $4 for children.”",
            Verdict.ALTERED,
            id="kind post, in a post on X: altered",
        ),
        pytest.param(
            "kind: post\n",
            "Lind wrote on X: “The lake ferry returns on Friday.”",
            Verdict.VERBATIM,
            id="kind post, the words as posted: verbatim",
        ),
        pytest.param(
            "",
            "Lind wrote on X: “The lake ferry returns on Sunday.”",
            Verdict.UNVERIFIABLE,
            id="undeclared file: still not shown to be the post",
        ),
        pytest.param(
            "kind: post\n",
            "Lind told Lake Radio: “The lake ferry returns on Sunday.”",
            Verdict.UNVERIFIABLE,
            id="kind post, a radio interview named: another occasion",
        ),
    ],
)
def test_declared_post(front: str, sentence: str, verdict: Verdict) -> None:
    q = _check(front, sentence)
    assert q.verdict is verdict, (q.verdict, q.explanation)


def test_post_is_a_written_kind() -> None:
    src = quotecheck.make_source(f"---\nspeaker: Mara Lind\nkind: post\n---\n{POST}\n", id="p.md")
    assert src.kind == "post"
    assert written_source(src)
