"""A word of an organisation's name ("the Lantern Guild") that the source writes before words
it quotes is no author of those words (red team 17, F20): a joint release quoting two people,
the article swapping them, is not "reading out words of Guild"."""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

RELEASE = """---
speaker: Petra Lund
kind: statement
date: 2026-09-14
---
Kellan Town Council and the Lantern Guild today agreed to restore the old harbour lamps.

"Every lamp on the quay will shine again by Christmas," said Mayor Petra Lund.
"The town pays for the glass."

"The guild will give two hundred hours of work," said Aldo Finch, warden of the
Lantern Guild. "Our volunteers have already started."
"""

LEDE = "Kellan Town Council and the Lantern Guild agreed a lamp plan on Monday.\n\n"


def _only(article: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(RELEASE, id="release.md")
    report = quotecheck.check_text(article, sources=[src])
    assert len(report.quotes) == 1, article
    return report.quotes[0]


@pytest.mark.parametrize(
    "article",
    [
        LEDE + "\u201cOur volunteers have already started,\u201d Lund said.",
        "The Lantern Guild joined the plan. "
        "\u201cOur volunteers have already started,\u201d Lund said.",
    ],
)
def test_the_guilds_words_are_not_the_mayors(article: str) -> None:
    result = _only(article)
    assert result.verdict is not Verdict.VERBATIM
    shown = " ".join(f.message for f in result.findings)
    assert "words of Guild" not in shown and "words of Lantern" not in shown


def test_the_mayors_own_words_stay_verbatim() -> None:
    own = "\u201cEvery lamp on the quay will shine again by Christmas,\u201d Lund said."
    result = _only(LEDE + own)
    assert result.verdict is Verdict.VERBATIM
