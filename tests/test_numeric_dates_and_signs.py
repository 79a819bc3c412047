"""A date in digits is the date in words; a sign word dropped changes the number (red team 19
F3 and the sign flip; sentences written for these tests).

"9/11" (``numeric_dates``: month first in English) and "9-11" (``named_numeric_dates``) are
"September 11" written another way, either side; "9/12" for "September 11" is another day;
other digits joined by a hyphen ("voted 6-3") are a score, never a date.  "4" for "minus 4"
changes the number (QC111), "-4" for "minus 4" does not.
"""

from __future__ import annotations

import pytest

import quotecheck


def _check(source_sentence: str, quote: str) -> tuple[str, tuple[str, ...]]:
    source = (
        "---\nspeaker: Odile Brack\ndate: 2026-04-09\noccasion: Dunmore town hall\n---\n"
        f"Thank you all for coming. {source_sentence} We will open the ferry office in spring.\n"
    )
    article = (
        "DUNMORE — Senator Odile Brack spoke at a town hall on Thursday.\n\n"
        f"Brack said: “{quote}”\n"
    )
    report = quotecheck.check_text(article, sources=[quotecheck.make_source(source, id="hall.md")])
    [q] = report.quotes
    return q.verdict.value, tuple(f.code for f in q.findings)


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        (
            "Since 9/11 the harbour patrols have doubled.",
            "Since September 11 the harbour patrols have doubled.",
        ),
        (
            "Since September 11 the harbour patrols have doubled.",
            "Since 9/11 the harbour patrols have doubled.",
        ),
        (
            "Since 9/11 the harbour patrols have doubled.",
            "Since 9-11 the harbour patrols have doubled.",
        ),
        (
            "The levy falls due on March 4 every year.",
            "The levy falls due on 3/4 every year.",
        ),
    ],
)
def test_a_date_in_digits_is_the_same_date(source: str, quote: str) -> None:
    verdict, codes = _check(source, quote)
    assert verdict == "normalized"
    assert "QC111" not in codes


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        (
            "Since September 11 the harbour patrols have doubled.",
            "Since 9/12 the harbour patrols have doubled.",
        ),
        (
            "Since 9/11 the harbour patrols have doubled.",
            "Since September 12 the harbour patrols have doubled.",
        ),
        (
            "The pipes froze at minus 6 degrees on Tuesday night.",
            "The pipes froze at 6 degrees on Tuesday night.",
        ),
        (
            "The pipes froze at 6 degrees on Tuesday night.",
            "The pipes froze at minus 6 degrees on Tuesday night.",
        ),
    ],
)
def test_another_day_or_a_dropped_sign_is_a_number_change(source: str, quote: str) -> None:
    verdict, codes = _check(source, quote)
    assert verdict == "altered"
    assert "QC111" in codes


def test_a_sign_in_digits_is_the_sign_word() -> None:
    verdict, codes = _check(
        "The pipes froze at minus 6 degrees on Tuesday night.",
        "The pipes froze at -6 degrees on Tuesday night.",
    )
    assert verdict == "normalized"
    assert "QC111" not in codes


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        # digits joined by a hyphen are a score or a vote, no date (review 19-2 finding 3)
        (
            "The council voted 6-3 to close the ferry office.",
            "The council voted June 3 to close the ferry office.",
        ),
        (
            "Our rowers beat Kilmore 2-1 in the cup.",
            "Our rowers beat Kilmore February 1 in the cup.",
        ),
        (
            "The council voted June 3 to close the ferry office.",
            "The council voted 6-3 to close the ferry office.",
        ),
    ],
)
def test_a_score_with_a_hyphen_is_no_date(source: str, quote: str) -> None:
    verdict, codes = _check(source, quote)
    assert verdict == "altered"
    assert "QC111" in codes


@pytest.mark.parametrize(
    ("source", "quote"),
    [
        (
            "Since 9-11 the harbour patrols have doubled.",
            "Since September 11 the harbour patrols have doubled.",
        ),
        (
            "Since September 11 the harbour patrols have doubled.",
            "Since 9-11 the harbour patrols have doubled.",
        ),
        (
            "Since 9-11 the harbour patrols have doubled.",
            "Since 9/11 the harbour patrols have doubled.",
        ),
    ],
)
def test_the_named_date_9_11_with_a_hyphen_stays_a_date(source: str, quote: str) -> None:
    verdict, codes = _check(source, quote)
    assert verdict == "normalized"
    assert "QC111" not in codes
