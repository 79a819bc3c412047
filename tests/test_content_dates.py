"""A date that belongs to what the article reports, not to the saying, places nothing (red team
23 F6): "He wrote that he had asked for a dredger in August “…”" dates the asking; "“…,” he
wrote as he left the board meeting on Monday" dates the saying (review 23-3: a clause after the
verb is read as the saying's, so a quote placed on another day than its source's is never
altered against it).  A date that governs the reporting verb ("wrote on Monday that", "wrote
Monday of …") is when the words were said, and is checked against the source's date (QC203).

Every sentence here is made up for these tests: the port town of Adair and its harbour master
Jon Dahl, who posts a thread on Tuesday 13 October 2026.
"""

from __future__ import annotations

import pytest

import quotecheck

THREAD = """---
speaker: Jon Dahl
kind: post
occasion: thread on X by harbour master Jon Dahl
date: 2026-10-13
---
I asked the board for a new dredger and was told the old one would do. It will not. The basin
will silt up by spring unless we act this winter.
"""

ARTICLE = """---
date: 2026-10-14
---
Harbour master Jon Dahl took to X to press the board over the silting basin.

{sentence}
"""


def _placements(sentence: str) -> list[str]:
    source = quotecheck.make_source(THREAD, id="thread.md")
    report = quotecheck.check_text(ARTICLE.format(sentence=sentence), sources=[source])
    assert report.quotes, sentence
    result = report.quotes[-1]
    return [f.message for f in result.findings if f.code == "QC203"]


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Dahl wrote that he had asked for a new dredger in August “and was told "
            "the old one would do.”",
            id="a date inside the reported clause, after a verb with its own object",
        ),
    ],
)
def test_a_date_of_the_reported_content_places_nothing(sentence: str) -> None:
    assert _placements(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Dahl wrote on Monday that he had asked for a new dredger “and was told "
            "the old one would do.”",
            id="the date governs 'wrote'",
        ),
        pytest.param(
            "“The basin will silt up by spring,” he wrote Monday of a dredging contract he "
            "plans to put to the board.",
            id="the date right after the verb",
        ),
    ],
)
def test_a_date_of_the_saying_is_still_checked(sentence: str) -> None:
    """The must-still-flag twins: the same sentences with the date on the reporting verb (the
    thread is of Tuesday, not Monday)."""
    assert _placements(sentence), sentence


SPEECH = """---
speaker: Jon Dahl
occasion: speech at the Adair harbour forum
date: 2026-10-12
---
Thank you all. We will dredge thirty berths this winter, and every berth will be for rent.
"""

VISIT = """---
date: 2026-10-17
---
Harbour master Jon Dahl walked the silted basin this week.

{sentence}
"""


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "“We will dredge forty berths this winter,” he said as he walked the quay on Thursday.",
            id="as-clause after the verb",
        ),
        pytest.param(
            "“Every berth will be for sale,” Dahl said when he met the boat owners on Thursday.",
            id="when-clause after the verb",
        ),
    ],
)
def test_a_clause_after_the_verb_still_dates_the_saying(sentence: str) -> None:
    """Review 23-3: the day in "said as he walked the quay on Thursday" is the saying's; the
    Monday speech is another occasion, so words unlike it are not called altered against it."""
    source = quotecheck.make_source(SPEECH, id="speech.md")
    report = quotecheck.check_text(VISIT.format(sentence=sentence), sources=[source])
    result = report.quotes[-1]
    assert result.verdict.value != "altered", (sentence, result.verdict)
