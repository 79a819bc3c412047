"""A headline's "Who on topic: “…”" names its speaker before the preposition: a role
("Mayor on …") is resolved as "the mayor said" is — to the person the article describes so,
or no one — never a person called "Mayor on Eastside pipes" whom the source then contradicts
(red team 21 F4: a faithful headline quote was ``misattributed``).

Every sentence here is made up for these tests: a valley town, its mayor Ines Quillan.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.extract import extract_quotes
from quotecheck.models import Verdict

TRANSCRIPT = """---
kind: transcript
occasion: valley town council meeting
date: 2026-10-05
---

THE CLERK: Item two, the reservoir.

MAYOR QUILLAN: The dam is older than the town hall. We will reline it next summer.
"""

HEADLINE = "{label}: “Older than the town hall”\n\n{lede}\n"


@pytest.mark.parametrize(
    ("label", "lede", "speaker"),
    [
        (
            "Mayor on the dam",
            "VALE — “We will reline it next summer,” Mayor Ines Quillan told the council.",
            "Ines Quillan",
        ),
        ("Mayor on valley dam", "VALE — The council met on Tuesday.", None),
        ("Quillan on the dam", "VALE — The council met on Tuesday.", "Quillan"),
    ],
)
def test_a_headline_label_names_its_speaker_before_the_topic(
    label: str, lede: str, speaker: str | None
) -> None:
    quotes = extract_quotes(HEADLINE.format(label=label, lede=lede))
    assert quotes[0].attribution.speaker == speaker


@pytest.mark.parametrize(
    "lede",
    ["VALE — Mayor Ines Quillan spoke on Tuesday.", "VALE — The council met on Tuesday."],
)
def test_a_faithful_headline_quote_of_a_role_is_not_misattributed(lede: str) -> None:
    src = quotecheck.make_source(TRANSCRIPT, id="council.md")
    heading = HEADLINE.format(label="Mayor on the dam", lede=lede)
    article = "---\ndate: 2026-10-05\n---\n# " + heading
    q = quotecheck.check_text(article, sources=[src], path="a.md").quotes[0]
    assert q.verdict is not Verdict.MISATTRIBUTED, q.explanation
