"""House style writes an organisation by its initials or in full, and a date's day and month in
its own order and form (``docs/verdicts.md``, *The normalisation ladder*): "the QFA" quoted as
"the Quarry Falls Authority", "the 4th of June" as "June 4", are the same words, `normalized`
— never `fabricated` or `altered`, and "May" next to a day is the month, never a modal.  A name
with other initials, an initialism the sources write out two ways, and a day or month of
another value stay changes.

Every sentence here is made up for these tests: a valley town, its warden Ilse Marr.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Ilse Marr
date: 2026-03-02
---
We wrote to the QFA last week. The Valley Rowing League has a new boat. The ferry sails again
on the 4th of May. The toll ends on the ninth of June. The vote is on July 12. We met the
TBA twice. The gala is on 8 August. The TSW report is late. Although the Second Ward voted,
we lost.
"""

TWO_WAYS = """---
speaker: Ilse Marr
date: 2026-03-02
---
The Tarn Boat Association is old. The Tern Bird Alliance is young. We met the TBA twice.
"""


PAIRED = " The Quarry Falls Authority (QFA) runs the dam."


def _checked(words: str, source: str = SOURCE, lead: str = PAIRED) -> quotecheck.QuoteResult:
    article = (
        "---\ndate: 2026-03-03\n---\n\nWarden Ilse Marr spoke to the valley council on Monday."
        f"{lead}\n\n“{words},” Marr said.\n"
    )
    src = quotecheck.make_source(source, id="src.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    ("words", "edit"),
    [
        ("We wrote to the Quarry Falls Authority last week", "alias"),
        ("The VRL has a new boat", "alias"),
        ("The ferry sails again on May 4", "spelling"),
        ("The ferry sails again on 4 May", "spelling"),
        ("The toll ends on June 9", "spelling"),
        ("The vote is on the 12th of July", "spelling"),
        ("The gala is on August 8", "spelling"),
        # a sentence's first word is capitalised by its place, no initial: never "TSW"
        ("Though the Second Ward voted, we lost", "spelling"),
    ],
)
def test_initials_and_dates_written_another_way_are_house_style(words: str, edit: str) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.NORMALIZED, (result.verdict, result.explanation)
    assert not result.codes, result.codes
    assert [e.kind.value for e in result.edits] == [edit], result.edits


@pytest.mark.parametrize(
    ("words", "code"),
    [
        # another day, another month: a changed number, never house style
        ("The ferry sails again on May 5", "QC111"),
        ("The toll ends on July 9", "QC101"),
        # a name with other initials is another organisation
        ("We wrote to the Quarry Falls Board last week", "QC101"),
    ],
)
def test_another_value_or_name_stays_a_change(words: str, code: str) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert code in result.codes, result.codes
    assert "QC112" not in result.codes, result.codes  # "May" by a day is no modal


def test_an_initialism_written_out_two_ways_is_neither() -> None:
    result = _checked("We met the Tarn Boat Association twice", TWO_WAYS)
    assert result.verdict is not Verdict.NORMALIZED, (result.verdict, result.explanation)
    assert not any(e.kind.value == "alias" for e in result.edits), result.edits


@pytest.mark.parametrize(
    ("words", "lead"),
    [
        # the letters fit, but nothing says this is the QFA's name
        ("We wrote to the Quarry Falls Authority last week", ""),
        ("We wrote to the Quarry Fishing Alliance last week", ""),
        ("We wrote to the Quarry Fishing Alliance last week", PAIRED),
        # the pairing inside the quote marks is the quote's own words, no evidence
        ("We wrote to the Quarry Falls Authority (QFA) last week", ""),
    ],
)
def test_an_expansion_no_text_gives_is_a_changed_name(words: str, lead: str) -> None:
    result = _checked(words, lead=lead)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "QC113" in result.codes, result.codes


@pytest.mark.parametrize(
    "lead",
    [
        " The Quarry Falls Authority (QFA) runs the dam.",
        " The QFA (Quarry Falls Authority) runs the dam.",
    ],
)
def test_an_expansion_the_article_pairs_with_the_initialism_is_house_style(lead: str) -> None:
    result = _checked("We wrote to the Quarry Falls Authority last week", lead=lead)
    assert result.verdict is Verdict.NORMALIZED, (result.verdict, result.explanation)
    assert not result.codes, result.codes
    assert [e.kind.value for e in result.edits] == ["alias"], result.edits
