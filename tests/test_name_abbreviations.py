"""A title or name word written out where the source abbreviates it ("Doctor Ruiz at Saint
Anne's" for "Dr. Ruiz at St. Anne's") is the same name in house style (``normalized``), not a
changed name (QC113); the words are the language's ``name_abbreviations`` table, read only
capitalised.  Another name stays a changed name.

Every sentence here is made up for these tests: a river town, its councillor Lena Brook.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import Verdict

SOURCE = """---
speaker: Lena Brook
---
Dr. Ruiz at St. Anne's Clinic has kept the night ward open. Prof. Obi will chair the flood
inquiry. The new path runs up Mt. Kell from the ferry landing.
"""


def _checked(words: str) -> quotecheck.QuoteResult:
    src = quotecheck.make_source(SOURCE, id="brook.txt")
    article = f"Councillor Lena Brook said: “{words}”\n"
    report = quotecheck.check_text(article, sources=[src], path="a.md")
    assert report.quotes
    return report.quotes[-1]


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "Doctor Ruiz at Saint Anne's Clinic has kept the night ward open.", id="Doctor, Saint"
        ),
        pytest.param("Professor Obi will chair the flood inquiry.", id="Professor"),
        pytest.param("The new path runs up Mount Kell from the ferry landing.", id="Mount"),
    ],
)
def test_a_written_out_abbreviation_in_a_name_is_house_style(words: str) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.NORMALIZED, (result.verdict, result.explanation)
    assert "QC113" not in result.codes


@pytest.mark.parametrize(
    "words",
    [
        pytest.param(
            "Doctor Ortiz at Saint Anne's Clinic has kept the night ward open.", id="another name"
        ),
        pytest.param(
            "Doctor Ruiz at Saint Agnes's Clinic has kept the night ward open.",
            id="another saint",
        ),
    ],
)
def test_another_name_is_still_a_changed_name(words: str) -> None:
    result = _checked(words)
    assert result.verdict is Verdict.ALTERED, (result.verdict, result.explanation)
    assert "QC113" in result.codes
