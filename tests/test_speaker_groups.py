"""Words the article gives to several people (red team 18, F7): "they said" after two aides,
"the aides said", resolved by the extractor to the one candidate named before them, are a
group's words, never one person's without a word: a doubt (QC205) that says so, the verdict
unchanged; and words found in none of the candidate's sources are no accusation of him
(unverifiable, not fabricated).  One person's words ("the candidate said", "he said", "Dorsey
said") raise none, and stay fabricated when made up.

Every sentence here is made up for these tests: a valley town, its candidate Martin Dorsey and
two of his aides, on a Friday in May 2026.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Martin Dorsey
occasion: campaign rally in Elmbrook
date: 2026-05-01
---
Good evening, Elmbrook. We will reopen the valley railway by next summer.
Every village will have a bus on Sundays.
"""

LEDE = (
    "Candidate Martin Dorsey spoke in Elmbrook on Friday. Two of his aides later briefed reporters."
)


def _check(sentence: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SOURCE, id="dorsey.md")
    article = f"---\ndate: 2026-05-02\n---\n\n{LEDE}\n\n{sentence}\n"
    return quotecheck.check_text(article, sources=[src], path="a.md").quotes[-1]


@pytest.mark.parametrize(
    ("sentence", "doubt"),
    [
        ("“We will reopen the valley railway by next summer,” they said.", True),
        ("“Every village will have a bus on Sundays,” the aides said.", True),
        ("“Every village will have a bus on Mondays,” the aides said.", True),
        ("“Every village will have a bus on Sundays,” the candidate said.", False),
        ("“We will reopen the valley railway by next summer,” Dorsey said.", False),
        ("“Every village will have a bus on Sundays,” he said.", False),
    ],
)
def test_a_group_is_never_one_person(sentence: str, doubt: bool) -> None:
    q = _check(sentence)
    assert q.speaker == "Martin Dorsey", (q.speaker_mention, q.findings)
    assert ("QC205" in q.codes) is doubt, (q.speaker_mention, q.findings)
    assert "QC201" not in q.codes, q.findings


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("“We will build a new school in every village,” they said.", Verdict.UNVERIFIABLE),
        ("“We will build a new school in every village,” the aides said.", Verdict.UNVERIFIABLE),
        ("“We will build a new school in every village,” he said.", Verdict.FABRICATED),
        ("“We will build a new school in every village,” Dorsey said.", Verdict.FABRICATED),
    ],
)
def test_words_a_group_said_accuse_no_one_of_them(sentence: str, verdict: Verdict) -> None:
    q = _check(sentence)
    assert q.verdict is verdict, (q.speaker, q.speaker_mention, q.explanation)
    if verdict is Verdict.UNVERIFIABLE:
        assert "QC205" not in q.codes, q.findings  # taken as no one's: no "taken as his"


ONE_PERSON = """---
speaker: Robin Tal
date: 2026-05-01
---
The library will open on Sundays from June. We will hire two more librarians.
"""


def _check_one(body: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(ONE_PERSON, id="tal.md")
    article = (
        f"---\ndate: 2026-05-02\n---\n\nLibrarian Robin Tal spoke to the town council.\n\n{body}\n"
    )
    return quotecheck.check_text(article, sources=[src], path="b.md").quotes[-1]


@pytest.mark.parametrize(
    ("body", "verdict", "doubt"),
    [
        pytest.param(
            "Tal, who uses they/them pronouns, said the branch was busy. "
            "“The library will open on Sundays from June,” they said.",
            Verdict.VERBATIM,
            False,
            id="singular they: faithful, no doubt",
        ),
        pytest.param(
            "Tal said the branch was busy. “We will close the reading room in July,” they said.",
            Verdict.FABRICATED,
            False,
            id="singular they: made-up words stay fabricated",
        ),
        pytest.param(
            "Tal and Morgan Pike met the press. “The library will open on Sundays from June,” "
            "they said.",
            Verdict.VERBATIM,
            True,
            id="still a group: two people named before",
        ),
        pytest.param(
            "Tal's two spokespersons met the press. "
            "“We will close the reading room in July,” they said.",
            Verdict.UNVERIFIABLE,
            False,
            id="still a group: a plural noun of people before",
        ),
    ],
)
def test_they_of_one_person_named_is_that_person(body: str, verdict: Verdict, doubt: bool) -> None:
    """Singular "they" (review 20-2, 3): with one person named before it, "they" is that
    person's pronoun — their made-up words are fabricated and faithful ones raise no doubt; a
    group named before (two people, a plural noun of people) still makes "they" several."""
    q = _check_one(body)
    assert q.speaker == "Robin Tal", (q.speaker_mention, q.findings)
    assert q.verdict is verdict, (q.verdict, q.codes, q.explanation)
    assert ("QC205" in q.codes) is doubt, q.findings
