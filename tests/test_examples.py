"""The bundled newsroom example gives the verdicts its articles were written to show."""

from __future__ import annotations

from pathlib import Path

import quotecheck
from quotecheck.models import Verdict


def verdicts(examples: Path, name: str) -> list[tuple[str, Verdict, str | None]]:
    base = examples / "newsroom"
    report = quotecheck.check(
        [base / "articles" / name], sources=[base / "sources" / "harbour-statement.txt"]
    )
    art = report.articles[0]
    assert art.error is None
    return [(q.text, q.verdict, q.speaker) for q in art.quotes]


def test_faithful_article(examples: Path) -> None:
    got = verdicts(examples, "faithful.md")
    assert [v for _, v, _ in got] == [
        Verdict.VERBATIM,
        Verdict.VERBATIM,
        Verdict.ELIDED,
        Verdict.NORMALIZED,
        Verdict.NORMALIZED,
    ]
    assert {s for _, _, s in got} == {"Mara Lindqvist"}


def test_drifted_article(examples: Path) -> None:
    got = verdicts(examples, "drifted.md")
    assert [v for _, v, _ in got] == [
        Verdict.MISATTRIBUTED,  # the statement quotes its critics; the article blames her
        Verdict.ALTERED,  # "will not be cancelled" lost its "not"
        Verdict.ALTERED,  # 4,200 became 4,800
        Verdict.NARRATION_INSERTED,  # "I went on to say that …"
        Verdict.ALTERED,  # "may need to" became "must"
        # No such sentence in the statement, but the statement is given for every article
        # (not declared by this one): "not in the given sources", not fabricated (#16).
        Verdict.UNVERIFIABLE,
        Verdict.UNVERIFIABLE,  # the mayor has no source
    ]
    assert got[-1][2] == "Jonas Berg"
