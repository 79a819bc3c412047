"""A spokesperson relaying the mayor's words (red team 23 F3): "Hale quoted Lee as saying
“…”", "“…,” Lee said, according to Hale".  The article gives the words to the mayor,
second-hand via her spokeswoman, and the source shows the spokeswoman quoting them: faithful,
with an info note (QC206) — not `misattributed` because the extractor credits the sentence's
subject (the corpus convention).  "“…,” Hale said" of words she only quotes stays
`misattributed`; so does the passive "Hale was quoted as saying", her own words.

Every sentence here is made up for these tests: a harbour town's mayor, Ann Lee, and her
spokeswoman, Dana Hale.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

BRIEFING = """---
kind: transcript
occasion: harbour office briefing
date: 2026-05-04
---

MS. HALE: Good afternoon. I spoke with the mayor this morning, and she told me, "We will \
not close the ferry while I am in office." She was very firm about that.

Q: Will the ferry run in winter?

MS. HALE: The timetable is being drawn up this week. Next question.
"""

RELEASE = """---
speaker: Dana Hale
kind: statement
date: 2026-05-04
---
STATEMENT FROM THE MAYOR'S SPOKESWOMAN

The mayor has been clear on the ferry. "We will not close the ferry while I am in office," \
the mayor said on Monday.
"""

SOURCES = {"briefing": BRIEFING, "release": RELEASE}

LEDE = "---\ndate: 2026-05-05\n---\nMayor Ann Lee spoke about the ferry on Monday.\n\n"

WORDS = "We will not close the ferry while I am in office"


def _last(body: str, source: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(source, id="source.md")
    report = quotecheck.check_text(LEDE + body, sources=[src])
    assert report.quotes, body
    return report.quotes[-1]


@pytest.mark.parametrize("source", list(SOURCES.values()), ids=list(SOURCES))
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"Her spokeswoman, Dana Hale, quoted Lee as saying, “{WORDS}.”",
            id="quoted Lee as saying",
        ),
        pytest.param(
            f"Hale quoted the mayor as saying that “{WORDS}.”",
            id="quoted the mayor as saying that",
        ),
        pytest.param(
            f"Hale quoted Mayor Ann Lee as having said “{WORDS}.”",
            id="quoted a titled name as having said",
        ),
        pytest.param(
            f"“{WORDS},” Lee said, according to her spokeswoman, Dana Hale.",
            id="said, according to the spokeswoman",
        ),
        pytest.param(
            f"“{WORDS},” the mayor told aides, according to Hale.",
            id="told, according to Hale",
        ),
    ],
)
def test_relayed_words_are_second_hand(body: str, source: str) -> None:
    q = _last(body, source)
    assert q.verdict in (Verdict.VERBATIM, Verdict.NORMALIZED), (q.explanation, q.codes)
    assert "QC206" in q.codes
    assert "QC201" not in q.codes
    assert any("relays" in f.message for f in q.findings), q.findings


@pytest.mark.parametrize("source", list(SOURCES.values()), ids=list(SOURCES))
@pytest.mark.parametrize(
    "body",
    [
        pytest.param(f"“{WORDS},” Hale said.", id="her own says-so"),
        pytest.param(f"Hale was quoted as saying “{WORDS}.”", id="the passive: her words"),
        pytest.param(
            f"Hale was quoted in Monday's paper as saying “{WORDS}.”",
            id="the passive with a place between: her words",
        ),
        pytest.param(
            f"Hale, who was quoted by reporters as saying “{WORDS},” left early.",
            id="the passive with its agent: her words",
        ),
        pytest.param(f"Hale said: “{WORDS}.”", id="her own verb before a colon"),
    ],
)
def test_the_spokeswoman_credited_with_them_is_still_accused(body: str, source: str) -> None:
    q = _last(body, source)
    assert q.verdict is Verdict.MISATTRIBUTED, (q.verdict, q.explanation, q.codes)
