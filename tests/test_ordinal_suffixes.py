"""An ordinal written with digits ("1st", "2nd", "3rd") for the word ("first", "second",
"third") is house style, `normalized` (``docs/verdicts.md``, *The normalisation ladder*): the
letters written onto the digits (``ordinal_suffixes``) are no added word.  Another value is
still a changed number (QC111).

Every sentence here is made up for these tests: a lake town, its reeve Oona Vell.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Oona Vell
occasion: lakeside council meeting
date: 2026-05-04
---
This is our first budget in ten years. The second ferry arrives in May. We finished third in
the regatta.
"""


def _checked(words: str, source: str = SOURCE) -> quotecheck.QuoteResult:
    article = (
        "---\ndate: 2026-05-05\n---\n\nReeve Oona Vell spoke to the Lakeside council on Monday."
        f"\n\n“{words},” Vell said.\n"
    )
    src = quotecheck.make_source(source, id="src.md")
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    "words",
    [
        "This is our 1st budget in 10 years",
        "The 2nd ferry arrives in May",
        "We finished 3rd in the regatta",
    ],
)
def test_digits_for_an_ordinal_word_are_house_style(words: str) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.NORMALIZED, (result.verdict, result.explanation)


@pytest.mark.parametrize(
    "words", ["This is our 2nd budget in ten years", "The 1st ferry arrives in May"]
)
def test_another_value_is_still_a_changed_number(words: str) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "QC111" in result.codes, result.codes


SWAPPED = """---
speaker: Oona Vell
occasion: lakeside council meeting
date: 2026-05-04
---
Our rowers came 4th at the spring regatta. The new jetty is in its 5th season. We came 6
times to the county show.
"""


@pytest.mark.parametrize(
    "words",
    [
        pytest.param("Our rowers came 4 times at the spring regatta", id="4th -> 4 times"),
        pytest.param("The new jetty is in its 5 season", id="5th -> 5"),
        pytest.param("We came 6th to the county show", id="6 times -> 6th"),
    ],
)
def test_a_suffix_against_no_ordinal_word_is_a_change(words: str) -> None:
    # The suffix is house style only against the ordinal word of the same value: a place
    # ("4th") is not a count ("4 times"), nor a bare number ("its 5 season").
    result = _checked(words, SWAPPED)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
