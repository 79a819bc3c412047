"""A speech's text as prepared for delivery and its record as delivered, both given as sources
of one occasion (red team 18, F15).  Speakers depart from their prepared texts, and reporters
quote either: a quote that follows either text word for word is faithful to a text of the
speaker's for that occasion and is accused of nothing; a change that neither text has is an
alteration, flagged as before.  Which text the quote follows is the match's source.

Every sentence here is made up for these tests: a candidate, Wendel Ashgrove, who spoke at a
rally in Orrin on Thursday 2 April 2026, departing from his prepared text in a few words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import quotecheck
from quotecheck.models import Verdict

FRONT = "---\nspeaker: Wendel Ashgrove\noccasion: rally in Orrin\ndate: 2026-04-02\n"
PREPARED = (
    FRONT + "title: Remarks as prepared for delivery\n---\n\n"
    "We will open the new clinic on the first day, and we will keep the night buses for five"
    " years. Every school roof in this valley will be repaired by 2029. That is my word to"
    " Orrin.\n"
)
DELIVERED = (
    FRONT + "---\n\nThank you, Orrin! Thank you. We will open the new clinic on day one, and we"
    " will keep the night buses for five years. And I tell you, every school roof in this"
    " valley will be fixed by 2029. That is my word.\n"
)

ACCUSING = {
    Verdict.ALTERED,
    Verdict.SPLICED,
    Verdict.NARRATION_INSERTED,
    Verdict.MISATTRIBUTED,
    Verdict.FABRICATED,
}


def _check(tmp_path: Path, body: str) -> list[quotecheck.QuoteResult]:
    (tmp_path / "prepared.txt").write_text(PREPARED, encoding="utf-8")
    (tmp_path / "delivered.txt").write_text(DELIVERED, encoding="utf-8")
    art = tmp_path / "story.md"
    art.write_text(
        "---\ndate: 2026-04-03\nquotecheck:\n  sources: [delivered.txt, prepared.txt]\n---\n\n"
        "# Ashgrove in Orrin\n\nWendel Ashgrove spoke at a rally in Orrin on Thursday.\n\n"
        f"{body}\n",
        encoding="utf-8",
    )
    report = quotecheck.check([art], sources=[], isolated=True)
    return list(report.articles[0].quotes)


@pytest.mark.parametrize(
    ("body", "source"),
    [
        pytest.param(
            "“We will open the new clinic on day one,” Ashgrove said.",
            "delivered.txt",
            id="as delivered",
        ),
        pytest.param(
            "“We will open the new clinic on the first day,” Ashgrove said.",
            "prepared.txt",
            id="as prepared",
        ),
        pytest.param(
            "“Every school roof in this valley will be fixed by 2029,” he said.",
            "delivered.txt",
            id="as delivered, an ad-lib left out before",
        ),
        pytest.param(
            "“Every school roof in this valley will be repaired by 2029,” he said.",
            "prepared.txt",
            id="as prepared, the word he changed",
        ),
        pytest.param(
            "“That is my word to Orrin,” Ashgrove said.",
            "prepared.txt",
            id="only in the prepared text",
        ),
    ],
)
def test_a_quote_that_follows_either_text_is_faithful(
    tmp_path: Path, body: str, source: str
) -> None:
    [quote] = _check(tmp_path, body)
    assert quote.verdict is Verdict.VERBATIM, quote.findings
    assert quote.match is not None and quote.match.source.endswith(source)
    assert not [f for f in quote.findings if f.level.value in ("warning", "error")]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            "“Every school roof in this valley will be fixed by 2031,” he said.",
            id="a year neither text has, delivered wording",
        ),
        pytest.param(
            "“Every school roof in this valley will be repaired by 2031,” he said.",
            id="a year neither text has, prepared wording",
        ),
        pytest.param(
            "“We will keep the night buses for ten years,” Ashgrove said.",
            id="a number both texts share, changed",
        ),
    ],
)
def test_a_change_neither_text_has_is_flagged(tmp_path: Path, body: str) -> None:
    [quote] = _check(tmp_path, body)
    assert quote.verdict is Verdict.ALTERED, quote.findings
    assert quote.verdict in ACCUSING
    assert "QC111" in {f.code for f in quote.findings}
