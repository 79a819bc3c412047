"""How each language writes numbers, dates, ordinals, fractions, negation, modality and names:
the same meaning passes the cross-language checks, a changed one is the right edit kind
(cases in ``tests/fixtures/xling/language_forms.yml``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from quotecheck.lang import get_language
from quotecheck.xling.checks import Side, amounts, compare, compose, negations, number_word_value
from quotecheck.xling.segment import tokens

CASES: dict[str, list[list[Any]]] = yaml.safe_load(
    (Path(__file__).parent / "fixtures" / "xling" / "language_forms.yml").read_text("utf-8")
)


def side(text: str, code: str) -> Side:
    return Side(text, 0, len(text), code)


def kinds(q: str, ql: str, s: str, sl: str) -> list[str]:
    return [e.kind.value for e in compare(side(q, ql), side(s, sl))]


@pytest.mark.parametrize(("ql", "quote", "sl", "source"), CASES["same"], ids=lambda x: str(x)[:40])
def test_same_meaning_passes(ql: str, quote: str, sl: str, source: str) -> None:
    assert kinds(quote, ql, source, sl) == []
    assert kinds(source, sl, quote, ql) == []  # either way round


@pytest.mark.parametrize(
    ("ql", "quote", "sl", "source", "expected"), CASES["changed"], ids=lambda x: str(x)[:40]
)
def test_changed_meaning_is_the_right_edit(
    ql: str, quote: str, sl: str, source: str, expected: list[str]
) -> None:
    assert kinds(quote, ql, source, sl) == expected


@pytest.mark.parametrize(
    ("code", "word", "value"),
    [
        ("de", "fünfundzwanzig", 25),
        ("de", "einundzwanzig", 21),
        ("de", "zweihundertfünfzig", 250),
        ("de", "dreitausend", 3000),
        ("de", "zwölf", 12),
        ("en", "twenty-five", 25),
        ("en", "ninety-nine", 99),
        ("fr", "vingt-cinq", 25),
        ("fr", "vingt-et-un", 21),
        ("fr", "quatre-vingt-dix", 90),
        ("es", "veinticinco", 25),
        ("es", "dieciséis", 16),
    ],
)
def test_number_written_as_one_word(code: str, word: str, value: int) -> None:
    lang = get_language(code)
    assert number_word_value(word, lang, lang.number_parts) == value


@pytest.mark.parametrize(
    ("code", "word"),
    [("de", "eins"), ("en", "one"), ("de", "undine"), ("en", "tent"), ("de", "achtung")],
)
def test_not_a_number_word(code: str, word: str) -> None:
    lang = get_language(code)
    assert number_word_value(word, lang, lang.number_parts) is None


@pytest.mark.parametrize(
    ("parts", "value"), [([2, 100, 50], 250), ([5, 20], 25), ([3, 1000, 200], 3200), ([7], 7)]
)
def test_compose(parts: list[float], value: float) -> None:
    assert compose(parts) == value


@pytest.mark.parametrize(
    ("code", "text", "values"),
    [
        ("en", "two hundred and fifty ships", [250.0]),
        ("ru", "двадцать пять школ", [25.0]),
        ("de", "drei, vier Schulen", [3.0, 4.0]),  # a comma keeps numbers apart
        ("de", "am 8. November", [8.0]),
        ("de", "zum Zweiten Mal", [2.0]),
        ("en", "a third of them", [3.0]),  # the ordinal, with 1/3 as the other reading
        ("de", "ein Drittel", [1 / 3]),
        ("en", "a dozen", [12.0]),
        ("en", "half a million", [500_000.0]),
        ("de", "eine halbe Million", [500_000.0]),
        ("de", "eine Million", [1_000_000.0]),
        ("de", "Millionen Menschen", []),  # a scale alone is no number
        ("de", "am 01.10.2023", [1.0, 2023.0]),  # the month is a calendar id
        ("de", "am 31.13.2023", [3113.2023]),  # no month 13: not a date (read as a number)
    ],
)
def test_amounts(code: str, text: str, values: list[float]) -> None:
    assert [a.value for a in amounts(side(text, code))] == pytest.approx(values)


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("de", "nicht … kein", 2),
        ("de", "Wir wollen nicht, dass es keine Lösung gibt", 2),
        ("en", "we don't want no trouble", 2),
        ("en", "we cannot", 1),
        ("fr", "il ne dit pas", 1),
        ("fr", "personne ne sait rien", 1),
        ("es", "no dijo nada", 1),
        ("ru", "никто ничего не сказал", 1),
        ("en", "neither the money nor the time", 1),
        ("de", "weder Geld noch Zeit", 1),
        ("es", "ni dinero ni tiempo", 1),
        ("en", "not now, nor later", 2),  # "nor" alone opens a negation of its own
    ],
)
def test_negations_counted_by_meaning(code: str, text: str, count: int) -> None:
    assert len(negations(side(text, code))) == count


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("in the U.S. today", ["in", "the", "U.S.", "today"]),
        ("the E.U. and NATO", ["the", "E.U.", "and", "NATO"]),
        ("U.S.-Russia ties", ["U.S.", "Russia", "ties"]),
        ("plan B. Then", ["plan", "B", "Then"]),  # one letter and a full stop: no abbreviation
    ],
)
def test_dotted_abbreviation_is_one_token(text: str, words: list[str]) -> None:
    assert [t.text for t in tokens(text) if t.kind == "word"] == words
