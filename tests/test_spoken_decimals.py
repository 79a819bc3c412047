"""Numbers said in words (red team 17 F21, red team 19, red team 20 F3): an auto-caption writes
numbers as they are spoken, "one point five million", "a hundred and twenty", "twenty twenty
eight", and a quote of it in house style, "1.5 million", "120", "2028", is the same number
(``lang/en/decimal_words.txt``: "point" between number words, then words for single digits;
"a" before "hundred" is one hundred; a year said in two pairs of digits is that year).
A quote that starts inside the spoken number ("1.5 million" matched from "five million
…") reads the source's number whole.  Another value stays a changed number (QC111), and "a ten
point lead" is no decimal.

Every sentence here is made up for these tests: a harbour master's caption at Wexmouth.
"""

from __future__ import annotations

import pytest

import quotecheck
from quotecheck.models import EditKind, Verdict
from quotecheck.xling.checks import Side, amounts, compare, spoken_readings

CAPTION = """---
speaker: Nell Abery
kind: transcript
---
ABERY: the harbour board set aside one point five million for the sea wall and
three point two five percent more for dredging. we had a ten point lead in the ballot on the
new quay. the tide gauge read zero point seven metres above the mark at dawn.
we moored a hundred and twenty boats last winter.
the old quay was built in nineteen ninety and the new one opens in twenty twenty eight
"""


def judged(quote: str) -> quotecheck.QuoteResult:
    article = f'Harbour master Nell Abery said: "{quote}"\n'
    sources = [quotecheck.make_source(CAPTION, id="abery.md")]
    [q] = quotecheck.check_text(article, sources=sources).quotes
    return q


@pytest.mark.parametrize(
    "quote",
    [
        "The harbour board set aside 1.5 million for the sea wall",
        "1.5 million for the sea wall",
        "The harbour board set aside one point five million for the sea wall",
        "3.25 percent more for dredging",
        "The tide gauge read 0.7 metres above the mark at dawn",
        "We moored 120 boats last winter",
        "The old quay was built in 1990 and the new one opens in 2028",
    ],
)
def test_a_decimal_said_in_words_is_the_same_number(quote: str) -> None:
    q = judged(quote)
    assert q.verdict in {Verdict.VERBATIM, Verdict.NORMALIZED}, (q.explanation, q.edits)
    assert not any(e.meaning_changing for e in q.edits), q.explanation
    assert "QC111" not in q.codes


@pytest.mark.parametrize(
    "quote",
    [
        "The harbour board set aside 5.1 million for the sea wall",
        "The harbour board set aside 1.6 million for the sea wall",
        "The harbour board set aside 15 million for the sea wall",
        "3.52 percent more for dredging",
        "The tide gauge read 7 metres above the mark at dawn",
        "We moored 102 boats last winter",
        "The old quay was built in 1990 and the new one opens in 2029",
        "The old quay was built in 1909 and the new one opens in 2028",
    ],
)
def test_another_value_is_still_a_changed_number(quote: str) -> None:
    q = judged(quote)
    assert q.verdict is Verdict.ALTERED, q.explanation
    assert any(e.kind is EditKind.NUMBER for e in q.edits), q.explanation


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("one point five million", [1_500_000.0]),
        ("three point two five percent", [3.25]),
        ("zero point seven metres", [0.7]),
        ("a ten point lead", [10.0]),
        ("point twenty", [20.0]),
        ("one point of order", []),
        ("a hundred and twenty boats", [120.0]),
        ("twenty twenty eight", [2028.0]),
        ("nineteen ninety", [1990.0]),
        ("nineteen hundred", [1900.0]),
        ("twenty five", [25.0]),
    ],
)
def test_how_a_spoken_decimal_is_read(text: str, values: list[float]) -> None:
    assert [a.value for a in amounts(Side(text, 0, len(text), "en"))] == values


# A caption writes no commas: "at one point two ferries ran aground" is "at one point, two
# ferries" as much as 1.2 ferries.  "One point" is also a noun phrase, so a translation that
# agrees with either reading is no changed number (review 20-1, 2); a decimal from another
# number word ("three point two") has one reading.
FERRIES = "at one point two ferries ran aground off the north pier"
LEVY = "the levy rose three point two percent that winter"


def number_edits(quote: str, code: str) -> list[tuple[str, str]]:
    source = LEVY if "Abgabe" in quote else FERRIES
    edits = compare(Side(quote, 0, len(quote), code), Side(source, 0, len(source), "en"))
    return [(e.quote, e.source) for e in edits if e.kind is EditKind.NUMBER]


@pytest.mark.parametrize(
    ("quote", "code"),
    [
        ("Irgendwann liefen zwei Fähren vor dem Nordanleger auf Grund", "de"),
        ("Irgendwann liefen 1,2 Fähren vor dem Nordanleger auf Grund", "de"),
        ("À un moment, deux ferries se sont échoués au large de la jetée nord", "fr"),
        ("Die Abgabe stieg in jenem Winter um 3,2 Prozent", "de"),
    ],
)
def test_a_translation_agreeing_with_either_reading_changes_no_number(
    quote: str, code: str
) -> None:
    assert number_edits(quote, code) == []


@pytest.mark.parametrize(
    ("quote", "code"),
    [
        ("Irgendwann liefen drei Fähren vor dem Nordanleger auf Grund", "de"),
        ("À un moment, trois ferries se sont échoués au large de la jetée nord", "fr"),
        ("Die Abgabe stieg in jenem Winter um 2 Prozent", "de"),
        ("Die Abgabe stieg in jenem Winter um 3 Prozent", "de"),
    ],
)
def test_a_translation_agreeing_with_no_reading_changes_a_number(quote: str, code: str) -> None:
    assert number_edits(quote, code) != []


def test_one_point_has_two_readings_three_point_one() -> None:
    def values(text: str) -> list[list[float]]:
        return [[a.value for a in r] for r in spoken_readings(Side(text, 0, len(text), "en"))]

    assert values(FERRIES) == [[1.2], [2.0]]
    assert values(LEVY) == [[3.2]]


# Review 20-4, finding 6: a scale word or a unit after "one point two" makes the words one
# amount — "one point" is no noun phrase there, so the plain reading is not offered.
SLIPWAY = "the new slipway will cost one point four million pounds next year"
DUES = "the mooring dues went up one point five percent in spring"


@pytest.mark.parametrize(
    ("quote", "source"),
    [
        pytest.param(
            "Die neue Slipanlage wird nächstes Jahr vier Millionen Pfund kosten",
            SLIPWAY,
            id="a scale and a unit after the decimal",
        ),
        pytest.param(
            "Die Liegegebühren stiegen im Frühjahr um fünf Prozent", DUES, id="percent after it"
        ),
    ],
)
def test_a_decimal_before_a_scale_or_unit_has_one_reading(quote: str, source: str) -> None:
    edits = compare(Side(quote, 0, len(quote), "de"), Side(source, 0, len(source), "en"))
    assert [e for e in edits if e.kind is EditKind.NUMBER], edits


@pytest.mark.parametrize(
    ("text", "readings"),
    [
        pytest.param(SLIPWAY, [[1_400_000.0]], id="one point four million pounds"),
        pytest.param(DUES, [[1.5]], id="one point five percent"),
        pytest.param(FERRIES, [[1.2], [2.0]], id="must stay: one point two ferries"),
    ],
)
def test_readings_of_one_point(text: str, readings: list[list[float]]) -> None:
    got = [[a.value for a in r] for r in spoken_readings(Side(text, 0, len(text), "en"))]
    assert got == readings


# A caption writes a clock time as it is said, "ten fifteen"; an article as "10:15" or, in
# British style, "10.15" (review 20-3, 8: read as the year 1015 before, a changed number).
CLOCK = """---
speaker: Nell Abery
kind: transcript
---
ABERY: the last ferry leaves at ten fifteen tonight and the night bus at twelve forty-five.
"""


def clock_judged(quote: str) -> quotecheck.QuoteResult:
    article = f'Harbour master Nell Abery said: "{quote}"\n'
    [q] = quotecheck.check_text(article, sources=[quotecheck.make_source(CLOCK, id="c.md")]).quotes
    return q


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        pytest.param(
            "The last ferry leaves at 10:15 tonight and the night bus at 12:45", False, id="10:15"
        ),
        pytest.param(
            "The last ferry leaves at 10.15 tonight and the night bus at 12.45", False, id="10.15"
        ),
        pytest.param(
            "The last ferry leaves at 10:50 tonight and the night bus at 12:45",
            True,
            id="must stay: another time",
        ),
        pytest.param(
            "The last ferry leaves at 11:15 tonight and the night bus at 12:45",
            True,
            id="must stay: another hour",
        ),
    ],
)
def test_a_clock_time_said_in_words_is_the_time_in_figures(quote: str, changed: bool) -> None:
    q = clock_judged(quote)
    assert (q.verdict is Verdict.ALTERED) is changed, (q.verdict, q.explanation)
    assert ("QC111" in q.codes) is changed, q.explanation


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("at 10:15 tonight", [10.15]),
        ("at 9:30 sharp", [9.3]),
        ("a 3:1 vote", [3.0, 1.0]),
        ("ten fifteen", [1015.0, 10.15]),
        ("nine thirty", [39.0, 9.3]),
        ("ten sixty-six", [1066.0]),
    ],
)
def test_how_a_clock_time_is_read(text: str, values: list[float]) -> None:
    found = amounts(Side(text, 0, len(text), "en"))
    clocks = [a.clock for a in found if a.clock is not None]
    assert [v for a in found for v in a.values] + clocks == values


# The clock reading of number words is compared only with a figure written as a time
# (review 21-3, F3): a count or a percentage is no clock, and "9.5" has no minutes.
DEPOT = """---
speaker: Wren Otterby
kind: interview
---
OTTERBY: The depot will take on nine fifty drivers. Bus fares rose two thirty percent. The
depot opens at nine fifty, and the first bus runs at seven twenty tonight.
"""


def depot_judged(quote: str) -> quotecheck.QuoteResult:
    article = f'Depot manager Wren Otterby said: "{quote}"\n'
    [q] = quotecheck.check_text(article, sources=[quotecheck.make_source(DEPOT, id="d.md")]).quotes
    return q


@pytest.mark.parametrize(
    ("quote", "changed"),
    [
        pytest.param("The depot will take on 9.5 drivers.", True, id="a count is no clock"),
        pytest.param("The depot will take on 9.50 drivers.", True, id="two digits before a noun"),
        pytest.param("Bus fares rose 2.3 percent.", True, id="a percentage is no clock"),
        pytest.param("Bus fares rose 2.30 percent.", True, id="two digits before percent"),
        pytest.param("The depot opens at 9.5", True, id="one digit is no minutes"),
        pytest.param("The depot opens at 9.50", False, id="must stay: the time with a point"),
        pytest.param("The depot opens at 9:50", False, id="must stay: the time with a colon"),
        pytest.param(
            "the first bus runs at 7.20 tonight", False, id="must stay: a word of time after"
        ),
    ],
)
def test_a_clock_reading_is_only_a_time(quote: str, changed: bool) -> None:
    q = depot_judged(quote)
    assert ("QC111" in q.codes) is changed, (q.verdict, q.explanation)
