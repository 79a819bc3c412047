"""An adverb of how often ("rarely", "always") added to or left out of what a record in indirect
speech reports changes the claim as a modal does: "I rarely regret the delay" is not what "she
said that she regretted the delay" records, so it is shown as a change (`altered`), not doubt.
The record's own wording — person, tense, an intensifier — stays doubt (`unverifiable`, "in
its own words").

Every sentence here is made up for these tests: a river town, its reeve Ines Karrow.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

RECORD = """---
kind: document
occasion: riverside council minutes
speaker: Riverside Town Secretary
date: 2026-06-08
---

Minutes of the Riverside council, 8 June 2026.

Item 3. The Reeve said that she regretted the long closure of the towpath caused by the
summer floods along the east bank of the river below the old mill. She said that the town
always paid the ferry crews before the end of each month, whatever the weather on the river.
"""

CLOSURE = (
    "the long closure of the towpath caused by the summer floods along the east bank of the "
    "river below the old mill"
)
"""What the record says the Reeve regretted, as a quote words it."""

ARTICLE = """---
date: 2026-06-09
---

Reeve Ines Karrow spoke to the Riverside council on Monday.

“{words},” Karrow said.
"""


def _checked(words: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(RECORD, id="minutes.md")
    report = quotecheck.check_text(ARTICLE.format(words=words), sources=[src], path="a.md")
    return report.quotes[-1]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "I rarely regret " + CLOSURE,
            id="rarely added",
        ),
        pytest.param(
            "I seldom regret " + CLOSURE,
            id="seldom added",
        ),
        pytest.param(
            "I always regret " + CLOSURE,
            id="always added",
        ),
        pytest.param(
            "The town pays the ferry crews before the end of each month, whatever the weather "
            "on the river",
            id="always left out",
        ),
        pytest.param(
            "The town sometimes pays the ferry crews before the end of each month, whatever "
            "the weather on the river",
            id="sometimes for always",
        ),
    ],
)
def test_how_often_against_a_record_is_a_change(words: str) -> None:
    result = _checked(words)
    assert result.verdict in {Verdict.ALTERED, Verdict.PARAPHRASED}, (
        result.verdict,
        result.explanation,
    )
    assert "QC101" in result.codes or "QC102" in result.codes, result.codes


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "I regret " + CLOSURE,
            id="person and tense only",
        ),
        pytest.param(
            "I deeply regret " + CLOSURE,
            id="an intensifier: the record's wording",
        ),
        pytest.param(
            "The town always pays the ferry crews before the end of each month, whatever the "
            "weather on the river",
            id="always kept",
        ),
    ],
)
def test_the_records_own_wording_stays_doubt(words: str) -> None:
    """The twins: what indirect speech shifts (person, tense) or words its own way is no
    change shown."""
    result = _checked(words)
    assert result.verdict is Verdict.UNVERIFIABLE, (result.verdict, result.explanation)
    assert "indirect speech" in result.explanation, result.explanation
